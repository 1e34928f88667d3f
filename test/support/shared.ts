/**
 * @fileoverview Where the tests find the shared spec material: the manual and the conformance
 * cases live in `../shared` beside the repository (or $CFWASM_SHARED). Missing material is an
 * error, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDir(): string {
  const dir = process.env.CFWASM_SHARED ?? join(REPO, '..', 'shared');
  if (!existsSync(join(dir, 'seeds')) || !existsSync(join(dir, 'conformance'))) {
    throw new Error(`shared spec material not found at ${dir} (set CFWASM_SHARED)`);
  }
  return dir;
}

export const manualPath = () => join(sharedDir(), 'seeds', 'cfengine-1.4.9-manual.texi');
export const conformanceCasesDir = () => join(sharedDir(), 'conformance', 'cases');

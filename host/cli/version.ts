/** @fileoverview The version the CLI reports: package.json's. */
import { readFileSync } from 'node:fs';

/**
 * package.json's version as the CLI bundle was built (scripts/bundle-cli.mjs defines it); not
 * defined in the modules, which read package.json.
 */
declare const CFWASM_BUILT_VERSION: string | undefined;

export function cfwasmVersion(): string {
  // A constant in the bundle: reading and parsing package.json, and the URL code that finds it,
  // were ≈4 M instructions of every run (the policy cache's stamp names the version).
  if (typeof CFWASM_BUILT_VERSION === 'string') return `cfwasm ${CFWASM_BUILT_VERSION}`;
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
  return `cfwasm ${pkg.version}`;
}

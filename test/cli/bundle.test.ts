/**
 * The installed command runs the CLI bundle with its build-time code cache (bin/load-cli.js,
 * scripts/bundle-cli.mjs): a fresh Node accepts the cache, and the bundle is the code the tests
 * of the CLI run.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const probe = (code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: REPO, encoding: 'utf8' });

describe('the CLI bundle', () => {
  it('is newer than the modules it was made of, and has a code cache', () => {
    const bundle = join(REPO, 'dist', 'host', 'cli', 'cfwasm.bundle.cjs');
    expect(fs.statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(join(REPO, 'dist', 'host', 'cli', 'entry.js')).mtimeMs);
    expect(fs.statSync(`${bundle}.cache`).size).toBeGreaterThan(10_000);
  });

  it('a fresh Node compiles it from the cache (not rejected) and gets the CLI', () => {
    const out = probe(`const { compileBundle } = await import('./bin/load-cli.js');
      const { exports, script } = compileBundle();
      console.log(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof exports.main, tiering: typeof exports.baselineCompilerOnly }));`);
    expect(JSON.parse(out)).toEqual({ rejected: false, main: 'function', tiering: 'function' });
  });

  it('is what bin/cfwasm.js loads', () => {
    const out = probe(`const { loadCli } = await import('./bin/load-cli.js');
      const cli = await loadCli();
      console.log(JSON.stringify({ fromBundle: !(Symbol.toStringTag in cli) }));`);
    // The modules' namespace object has a toStringTag ('Module'); the bundle's exports do not.
    expect(JSON.parse(out)).toEqual({ fromBundle: true });
  });
});

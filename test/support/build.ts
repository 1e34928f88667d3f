/**
 * vitest global setup: build the core wasm, compile the TypeScript and make the CLI bundle once
 * (npm run build's steps), so tests never run a stale core and CLI tests run the shipped
 * `bin/cfwasm.js` as it starts when installed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './shared.js';

export default function setup(): void {
  // npm run mutate builds once before Stryker, whose test runner starts again after every mutant
  // that times out: building each time would cost minutes, and would compile the mutated sources.
  if (process.env.CFWASM_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'assemblyscript', 'bin', 'asc.js'),
    join(REPO, 'engine', 'src', 'index.ts'), '--config', join(REPO, 'engine', 'asconfig.json')],
  { stdio: 'inherit', cwd: REPO });
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', REPO],
    { stdio: 'inherit' });
  execFileSync(process.execPath, [join(REPO, 'scripts', 'bundle-cli.mjs')], { stdio: 'inherit', cwd: REPO });
}

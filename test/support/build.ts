/**
 * vitest global setup: build the core wasm and compile the TypeScript once, so tests never run
 * a stale core and CLI tests run the shipped `bin/cfwasm.js`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './shared.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'assemblyscript', 'bin', 'asc.js'),
    join(REPO, 'engine', 'src', 'index.ts'), '--config', join(REPO, 'engine', 'asconfig.json')],
  { stdio: 'inherit', cwd: REPO });
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', REPO],
    { stdio: 'inherit' });
}

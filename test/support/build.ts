/** vitest global setup: compile the TypeScript once, so CLI tests run the shipped `bin/cfwasm.js`. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './shared.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', REPO],
    { stdio: 'inherit' });
}

/**
 * bin/cfwasm.js starts the remote copy worker before the CLI loads when the policy (`run -f
 * FILE`) names a server (host/node/remote/early.ts); it reads the policy for that, so it must
 * leave alone what is not a regular file (the CLI refuses it with its own message). A worker that
 * cannot start fails the copies at once instead of being waited for.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cfwasmAsync } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-early-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

it('-f naming a pipe nobody writes to: the CLI says what it is at once (opening it to look for server= would wait forever)', async () => {
  const pipe = join(scratch, 'policy.fifo');
  execFileSync('mkfifo', [pipe]);
  const r = await cfwasmAsync(['run', '-f', pipe, '--state-dir', join(scratch, 'state')]);
  expect(r.out).toContain('cannot read: not a regular file (a device, FIFO or socket)');
  expect(r.status).not.toBe(0);
}, 60_000);

it('a worker whose code cannot load (a broken installation): the copy fails with one line and exit 1, nothing waits forever', () => {
  // An installation of its own: bin/ and dist/ copied, the worker's bundle broken.
  const install = join(scratch, 'install');
  fs.mkdirSync(install);
  for (const dir of ['bin', 'dist']) fs.cpSync(join(REPO, dir), join(install, dir), { recursive: true });
  for (const link of ['node_modules', 'package.json', 'grammar', 'engine']) fs.symlinkSync(join(REPO, link), join(install, link));
  fs.writeFileSync(join(install, 'dist/host/node/remote/worker.bundle.cjs'), "throw new Error('worker code broken for the test');\n");
  const policy = join(scratch, 'broken.conf');
  // Nothing listens on port 1: only the worker could say so, and it never starts.
  fs.writeFileSync(policy, 'control:\n actionsequence = ( copy )\n port = ( 1 )\ncopy:\n /etc/motd dest=/motd server=127.0.0.1 trustkey=true\n');
  fs.mkdirSync(join(scratch, 'root'));
  const r = spawnSync(process.execPath, [join(install, 'bin', 'cfwasm.js'), 'run', '-f', policy, '--root', join(scratch, 'root'), '--state-dir', join(scratch, 'state')],
    { encoding: 'utf8', timeout: 45_000 });
  expect(r.signal).toBeNull(); // not killed by the timeout: it did not wait forever
  expect(r.status).toBe(1);
  const lines = `${r.stdout}${r.stderr}`.split('\n').filter(l => /remote copy worker/.test(l));
  expect(lines).toEqual([expect.stringMatching(/cannot copy from 127\.0\.0\.1: the remote copy worker ended: worker code broken for the test/)]);
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/internal error|    at /);
}, 60_000);

/**
 * bin/cfwasm.js starts the remote copy worker before the CLI loads when the policy (`run -f
 * FILE`) names a server (host/node/remote/early.ts); it reads the policy for that, so it must
 * leave alone what is not a regular file (the CLI refuses it with its own message).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cfwasmAsync } from '../support/cli.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-early-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

it('-f naming a pipe nobody writes to: the CLI says what it is at once (opening it to look for server= would wait forever)', async () => {
  const pipe = join(scratch, 'policy.fifo');
  execFileSync('mkfifo', [pipe]);
  const r = await cfwasmAsync(['run', '-f', pipe, '--state-dir', join(scratch, 'state')]);
  expect(r.out).toContain('cannot read: not a regular file (a device, FIFO or socket)');
  expect(r.status).not.toBe(0);
}, 60_000);

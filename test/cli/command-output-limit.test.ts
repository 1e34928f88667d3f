/**
 * A command's output is held in memory (spawnSync) up to 1 MiB; past it the command is stopped.
 * Before, that was silent: the output was cut and the run said only "exited with status 1", as if
 * the command had failed by itself.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { REPO } from '../support/shared.js';

const dir = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-output-limit-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a command printing more than 1 MiB is stopped, and the run says so', () => {
  fs.writeFileSync(join(dir, 'loud.sh'), '#!/bin/sh\nhead -c 3145728 /dev/zero | tr "\\0" a\necho never\n', { mode: 0o755 });
  fs.writeFileSync(join(dir, 'p.conf'), `control:\n   actionsequence = ( shellcommands )\nshellcommands:\n   "${dir}/loud.sh"\n`);
  // Not support/cli.ts: the run prints the megabyte, past spawnSync's own default buffer.
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, 'p.conf'), '-q', '-K', '--state-dir', join(dir, 'state')],
    { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  expect(r.status).toBe(0); // a command's failure is a warning (D15)
  const lines = (r.stdout + r.stderr).split('\n');
  expect(lines).toContainEqual(expect.stringMatching(/^cfengine:[^:]+:\S+: \(stopped: it printed more than 1 MiB\)$/));
  expect(lines).toContainEqual(expect.stringMatching(/loud\.sh exited with status 1$/));
  expect(r.stdout.length).toBeLessThan(3 << 20);
  expect(r.stdout).not.toContain('never');
});

/**
 * A command's output goes to a file, of which the run keeps the first MiB (node-host.ts
 * OutputFile); the command is not stopped for printing more, and the run says what was left out.
 * Before round 15 it was stopped at 1 MiB ("exited with status 1"), and before that silently cut.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { REPO } from '../support/shared.js';

const dir = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-output-limit-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a command printing more than 1 MiB runs to its end, and the run says its output was cut', () => {
  fs.writeFileSync(join(dir, 'loud.sh'), `#!/bin/sh\nhead -c 3145728 /dev/zero | tr "\\0" a\necho never\ntouch ${dir}/ended\n`, { mode: 0o755 });
  fs.writeFileSync(join(dir, 'p.conf'), `control:\n   actionsequence = ( shellcommands )\nshellcommands:\n   "${dir}/loud.sh"\n`);
  // Not support/cli.ts: the run prints the megabyte, past spawnSync's own default buffer.
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, 'p.conf'), '-q', '-K', '--state-dir', join(dir, 'state')],
    { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  expect(r.status).toBe(0);
  const lines = (r.stdout + r.stderr).split('\n');
  expect(lines).toContainEqual(expect.stringMatching(/^cfengine:[^:]+:\S+: \(output cut: it printed 3145734 bytes; the first 1 MiB are kept\)$/));
  expect(lines.filter(l => /exited with status/.test(l))).toEqual([]);
  expect(fs.existsSync(join(dir, 'ended'))).toBe(true);
  expect(r.stdout.length).toBeLessThan(2 << 20);
  expect(r.stdout).not.toContain('never'); // past the first MiB
  // The output's temp files are gone from the state directory.
  expect(fs.readdirSync(join(dir, 'state')).filter(n => n.includes('std'))).toEqual([]);
});

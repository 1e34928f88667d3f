/**
 * The installed command ends as soon as nothing is left to do (bin/cfwasm.js: process.exit from
 * 'beforeExit', skipping Node's piecewise teardown of the heap and the core's memory), with the
 * command's exit status and every byte of its output, on a pipe as on a file.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-exit-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Loaded before the bin: says on stderr when process.exit is called, and with what status. */
const preload = join(base, 'exit-spy.cjs');
fs.writeFileSync(preload, `const exit = process.exit;
process.exit = (...args) => { process.stderr.write('[process.exit ' + (args[0] ?? process.exitCode ?? 0) + ']\\n'); exit.apply(process, args); };
`);

function run(args: string[], stdio: 'pipe' | 'file' = 'pipe') {
  const out = join(base, `out-${Math.random().toString(36).slice(2)}`);
  const fd = stdio === 'file' ? fs.openSync(out, 'w') : null;
  const r = spawnSync(process.execPath, ['--require', preload, join(REPO, 'bin', 'cfwasm.js'), ...args], {
    cwd: base, encoding: 'utf8', env: { ...process.env, CFWASM_STATE_DIR: join(base, 'state') },
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
  });
  if (fd !== null) fs.closeSync(fd);
  return { status: r.status, stdout: fd !== null ? fs.readFileSync(out, 'utf8') : r.stdout, stderr: r.stderr };
}

describe('the end of a cfwasm process', () => {
  it('a run that changed a file ends through process.exit, with its status and its whole diff', () => {
    const root = join(base, 'root');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const policy = join(base, 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\neditfiles:\n { /etc/f\n ReplaceAll "line" With "row"\n }\n');
    for (const stdio of ['pipe', 'file'] as const) {
      fs.writeFileSync(join(root, 'etc', 'f'), `${lines.join('\n')}\n`);
      const r = run(['run', '-f', policy, '--root', root, '--diff', '-q'], stdio);
      expect(r.stderr).toBe('[process.exit 0]\n');
      expect(r.status).toBe(0);
      // Every line of the diff came through (about 600 KB): -old and +new for each line.
      expect(r.stdout.split('\n').filter(l => l.startsWith('+row ')).length).toBe(20_000);
      expect(r.stdout.trimEnd().endsWith('+row 19999')).toBe(true);
    }
  });

  it('the exit status of a failing command stays', () => {
    const bad = join(base, 'bad.cf');
    fs.writeFileSync(bad, 'control:\n actionsequence = ( editfiles\n');
    const r = run(['run', '-f', bad, '--root', base]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[process.exit 1]');
    expect(run(['run', '--no-such-option']).status).toBe(2);
  });
});

/**
 * A command's output goes to temp files, not pipes (node-host.ts OutputFile). spawnSync waited for
 * its pipes to close: a command that started a daemon in the background without redirecting its
 * output held the run until the timeout (3600 s by default; a processes restart has none) and
 * was then reported as failed, status 124. The files are made exclusively in a private directory
 * (the state directory, else a mkdtemp), never through a link, and removed after.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { nextTempBeside } from '../../host/node/atomic-write.js';
import { cfwasm } from '../support/cli.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-exec-output-')));
const started: number[] = [];
afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch { /* ended */ }
  }
  fs.rmSync(base, { recursive: true, force: true });
});

/** The pid a command wrote to `file`, remembered to be ended after the tests. */
function pidIn(file: string): number {
  const pid = Number(fs.readFileSync(file, 'utf8'));
  expect(pid).toBeGreaterThan(1);
  started.push(pid);
  return pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a command that leaves a process behind with its output', () => {
  it('returns when the command ends, with its status and output, and the process left running', () => {
    const dir = join(base, 'daemon');
    fs.mkdirSync(dir);
    // The timeout is what the old run waited for: it returned 124 and "killed after 20 seconds".
    const r = new NodeHost().exec(`sleep 120 & echo $! > ${dir}/pid; echo started; echo warm >&2`, { timeout: 20 });
    expect(r).toEqual({ status: 0, output: 'started\nwarm\n' });
    expect(alive(pidIn(join(dir, 'pid')))).toBe(true);
  });

  it('through the CLI: shellcommands and a processes restart both end normally', () => {
    const dir = join(base, 'cli');
    fs.mkdirSync(dir);
    fs.writeFileSync(join(dir, 'daemon.sh'), `#!/bin/sh\nsleep 120 &\necho $! > ${dir}/$1.pid\necho "$1 up"\n`, { mode: 0o755 });
    // No process matches the pattern: the restart runs, no signal is sent to anything.
    fs.writeFileSync(join(dir, 'p.cf'), 'control:\n actionsequence = ( shellcommands processes )\n' +
      `shellcommands:\n "${dir}/daemon.sh shell" timeout=20\n` +
      `processes:\n "cfwasm-no-such-process-[0-9]+-zz" restart "${dir}/daemon.sh restart" useshell=false\n`);
    const r = cfwasm(['run', '-f', join(dir, 'p.cf'), '-q', '-K', '-v', '--state-dir', join(dir, 'state')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^cfengine:[^:]+:[^:]+: shell up$/m);
    expect(r.stdout).toMatch(/^cfengine:[^:]+: Restarted: \S+daemon\.sh restart$/m);
    expect(r.stdout + r.stderr).not.toMatch(/status 124|killed after/);
    expect(alive(pidIn(join(dir, 'shell.pid')))).toBe(true);
    expect(alive(pidIn(join(dir, 'restart.pid')))).toBe(true);
    // Nothing of the output files is left in the state directory.
    expect(fs.readdirSync(join(dir, 'state')).filter(n => n.includes('.cfwasm-'))).toEqual([]);
  });
});

describe("the output's temp files", () => {
  it('are never opened through a link planted at the next name, and are removed', () => {
    const state = join(base, 'state-link');
    fs.mkdirSync(state, { mode: 0o700 });
    const victim = join(base, 'victim');
    fs.writeFileSync(victim, 'precious\n');
    // The names are unguessable; a test can know the next one, and plant a link exactly there.
    fs.symlinkSync(victim, nextTempBeside(join(state, 'stdout')));
    const r = new NodeHost({ stateDir: state }).exec('echo through');
    expect(r).toEqual({ status: 0, output: 'through\n' });
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n');
    // Only the planted link is left: the command's own files are gone.
    expect(fs.readdirSync(state).map(n => fs.lstatSync(join(state, n)).isSymbolicLink())).toEqual([true]);
  });

  it('without a state directory: a private directory of their own, removed after', () => {
    const tmp = join(base, 'tmp');
    fs.mkdirSync(tmp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const host = new NodeHost();
      // The command sees its own output file's directory: private to root (0700).
      const r = host.exec('stat -c %a "$(dirname "$(readlink /proc/$$/fd/1)")"');
      expect(r).toEqual({ status: 0, output: '700\n' });
      expect(host.exec('exit 3')).toEqual({ status: 3, output: '' });
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('a command that runs as another user still writes its output (the descriptor is given, not the name)', () => {
    if (process.getuid?.() !== 0) return;
    const r = new NodeHost().exec('id -u; echo e >&2', { uid: 65534, gid: 65534 });
    expect(r).toEqual({ status: 0, output: '65534\ne\n' });
  });
});

/**
 * A command runs in a process group of its own (node-host.ts COMMAND_GROUP): a timeout, or a
 * SIGINT/SIGTERM that ends cfwasm, ends everything the command started, not only the shell
 * spawnSync made. Before, `shellcommands "backup.sh" timeout=10` killed the shell and left its
 * rsync running, and ^C left a command's background children behind.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-exec-group-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Whether process `pid` still runs (a zombie has ended: only its parent has not reaped it yet). */
function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Waits (up to `ms`) for `test` to hold; whether it did. */
async function eventually(test: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise(r => setTimeout(r, 50))) if (test()) return true;
  return test();
}

describe('a command in a process group of its own', () => {
  it('a timeout ends the children the command started', () => {
    const pidFile = join(base, 'timeout.pid');
    const r = new NodeHost().exec(`sleep 60 & echo $! > ${pidFile}; sleep 60`, { timeout: 1 });
    expect(r.status).toBe(124);
    expect(r.output).toMatch(/killed after 1 seconds/);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(child).toBeGreaterThan(0);
    expect(running(child)).toBe(false);
  });

  it('passes the status, the output and the words through unchanged, with no signal ignored', () => {
    const host = new NodeHost();
    expect(host.exec('echo out; echo err >&2; exit 7')).toEqual({ status: 7, output: 'out\nerr\n' });
    expect(host.exec('printf %s| a "b c"', { useShell: false })).toEqual({ status: 0, output: 'a|"b|c"|' });
    expect(host.exec('umask', { umask: '027' }).output.trim()).toBe('0027');
    // A shell's `&` would start the command with SIGINT and SIGQUIT ignored; they are given back.
    const ignored = /SigIgn:\s*([0-9a-f]+)/.exec(host.exec('cat /proc/self/status').output)?.[1];
    expect(ignored).toBeDefined();
    expect(BigInt(`0x${ignored}`) & 0x6n).toBe(0n);
  });

  it("cfwasm stopped by ^C (SIGINT to its process group) ends a command's children", async () => {
    const dir = join(base, 'sigint');
    fs.mkdirSync(dir);
    const pidFile = join(dir, 'child.pid');
    fs.writeFileSync(join(dir, 'job.sh'), `sleep 60 & echo $! > ${pidFile}.tmp; mv ${pidFile}.tmp ${pidFile}; wait\n`);
    fs.writeFileSync(join(dir, 'p.cf'), `control:\n actionsequence = ( shellcommands )\nshellcommands:\n "/bin/sh ${dir}/job.sh"\n`);
    // Its own process group, as a shell gives a job: the test's SIGINT reaches cfwasm's group only.
    const cli = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, 'p.cf'), '--state-dir', join(dir, 'state')],
      { detached: true, stdio: 'ignore' });
    const closed = new Promise(resolve => cli.on('close', (code, signal) => resolve(signal ?? code)));
    expect(await eventually(() => fs.existsSync(pidFile))).toBe(true);
    const child = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(running(child)).toBe(true);
    process.kill(-cli.pid!, 'SIGINT');
    expect(await closed).toBe('SIGINT');
    expect(await eventually(() => !running(child))).toBe(true);
  });
  it('a command a signal killed: status 128 + N and its own output only, with or without setsid', () => {
    // The wrapper's `wait` said "Killed" as if the command had; without the wrapper (no setsid on
    // PATH) the status was 1 where the wrapper gave 137.
    expect(new NodeHost().exec('echo hi; kill -9 $$')).toEqual({ status: 137, output: 'hi\n' });
    expect(new NodeHost().exec('echo hi; kill -s TERM $$')).toEqual({ status: 143, output: 'hi\n' });
    const dir = join(base, 'no-setsid');
    fs.mkdirSync(dir);
    const policy = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n "echo hi; kill -9 $$"\n';
    for (const path of [process.env.PATH ?? '', '/nonexistent']) {
      const r = cfwasm(['run', '-f', '-', '--root', dir, '--allow-exec', '-I'], { input: policy, env: { PATH: path } });
      const out = r.stdout + r.stderr;
      expect(out, path).toContain('exited with status 137');
      expect(out, path).not.toMatch(/Killed/);
    }
  });
});

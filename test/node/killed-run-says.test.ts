/**
 * A run killed in the middle of its changes (systemd's or timeout(1)'s SIGTERM, ^C's SIGINT, a
 * hang-up) dies of the signal at once and prints nothing itself: the temp reaper's helper then
 * says on the run's stderr that it was killed, once its temps are removed (temp-reaper.ts). Round
 * 21's kill probe found every such run silent. The helper starts at the run's first change, not
 * only at its first temp: a tidy or a sweep of modes makes no temp and was silent too.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-killed-says-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const SAID = /^cfwasm: pid (\d+) was killed before its end \(a signal\); its temporary files are removed, each file it was writing is as it was or complete; run it again to finish\n$/;

let n = 0;
function stage(policyText: (root: string) => string) {
  const dir = join(base, `case${n++}`);
  const root = join(dir, 'root');
  fs.mkdirSync(root, { recursive: true });
  const policy = join(dir, 'p.cf');
  fs.writeFileSync(policy, policyText(root));
  return { dir, root, policy, state: join(dir, 'state') };
}

/**
 * Runs the policy; once `started()` is true, sends `signal`. Resolves with how the run ended and
 * all of stderr (the helper holds the run's stderr open until it has spoken: 'close' waits for it).
 */
function runKilledWhen(s: ReturnType<typeof stage>, started: () => boolean, signal: NodeJS.Signals | null) {
  const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', s.policy, '--root', s.root,
    '--state-dir', s.state], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', d => { stderr += d; });
  const ended = new Promise<{ status: number | null; signal: string | null; stderr: string }>(done =>
    child.on('close', (status, sig) => done({ status, signal: sig, stderr })));
  if (signal) {
    const poll = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (started()) child.kill(signal);
      else setTimeout(poll, 1);
    };
    poll();
  }
  return { pid: child.pid, ended };
}

describe('a killed run says so on stderr', () => {
  it('SIGTERM during the save of a big edit: one line naming the run, after its temp is gone', async () => {
    const s = stage(() => 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n' +
      'editfiles:\n { /big\n AppendIfNoSuchLine "added"\n }\n');
    const before = Buffer.alloc(64 << 20, 'line of a big file\n');
    fs.writeFileSync(join(s.root, 'big'), before);
    const temps = () => fs.readdirSync(s.root).filter(name => name.endsWith('.tmp'));
    const run = runKilledWhen(s, () => temps().length > 0, 'SIGTERM');
    const r = await run.ended;
    expect(r.signal).toBe('SIGTERM');
    expect(r.stderr).toMatch(SAID);
    expect(Number(SAID.exec(r.stderr)![1])).toBe(run.pid);
    // Said once the temp is removed: 'close' came after the line, so the temp is gone by now.
    expect(temps()).toEqual([]);
    const after = fs.readFileSync(join(s.root, 'big'));
    expect(after.equals(before) || after.equals(Buffer.concat([before, Buffer.from('added\n')]))).toBe(true);
  }, 120_000);

  it.each(['SIGINT', 'SIGHUP', 'SIGTERM'] as const)('%s during a tidy (no temp made): said too', async (signal) => {
    const s = stage(() => 'control:\n actionsequence = ( tidy )\ntidy:\n /t pattern=*.old age=0 r=inf\n');
    const t = join(s.root, 't');
    fs.mkdirSync(t);
    for (let i = 0; i < 20_000; i++) fs.writeFileSync(join(t, `f${i}.old`), '');
    const listed = fs.statSync(t).mtimeMs;
    // The directory's time moves at the tidy's first removal: the run has changed something.
    const r = await runKilledWhen(s, () => fs.statSync(t).mtimeMs !== listed, signal).ended;
    expect(r.signal).toBe(signal);
    expect(r.stderr).toMatch(SAID);
    const left = fs.readdirSync(t).length;
    expect(left).toBeGreaterThan(0); // killed in the middle, not after the end
    expect(left).toBeLessThan(20_000);
  }, 120_000);

  it('a run that ends by itself, having changed files, says nothing of the kind', async () => {
    const s = stage(() => 'control:\n actionsequence = ( editfiles tidy )\n editfilesize = ( 0 )\n' +
      'editfiles:\n { /big\n AppendIfNoSuchLine "added"\n }\ntidy:\n /t pattern=*.old age=0\n');
    fs.writeFileSync(join(s.root, 'big'), 'line\n'.repeat(400_000)); // 2 MB: the helper starts before its read
    fs.mkdirSync(join(s.root, 't'));
    fs.writeFileSync(join(s.root, 't', 'x.old'), '');
    const r = await runKilledWhen(s, () => false, null).ended;
    expect(r).toEqual({ status: 0, signal: null, stderr: '' });
    expect(fs.readFileSync(join(s.root, 'big'), 'latin1').endsWith('line\nadded\n')).toBe(true);
    expect(fs.readdirSync(join(s.root, 't'))).toEqual([]);
  }, 60_000);
});

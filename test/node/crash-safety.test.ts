/**
 * Crash safety: `cfwasm run` killed with SIGKILL at random moments while it saves a multi-megabyte
 * edit leaves the file exactly old or exactly new, and a backup, when present, complete.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const SEED = 4242;
function prng(seed: number) {
  let a = seed;
  return () => ((a = (a * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function runUntilKilled(root: string, policy: string, afterMs: number): Promise<void> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', policy, '--root', root, '--state-dir', join(root, '..', 'state')], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Runs the CLI paused in the middle of its write (CFWASM_TEST_PAUSE_MID_WRITE), then kills it there. */
async function killMidWrite(root: string, policy: string): Promise<void> {
  const marker = join(root, '..', `paused-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-q', '-K', '-f', policy, '--root', root,
    '--state-dir', join(root, '..', 'state')], { stdio: 'ignore', env: { ...process.env, CFWASM_TEST_PAUSE_MID_WRITE: marker } });
  const exited = new Promise<void>(resolve => child.on('exit', () => resolve()));
  for (let waited = 0; !fs.existsSync(marker); waited += 20) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error('the run never reached the middle of its write');
    await new Promise(r => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await exited;
}

describe('crash safety of saves', () => {
  it('killed in the middle of writing the new contents, the file is the old one and any backup complete', async () => {
    const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-midwrite-'));
    const old = 'keep = this line exactly\n'.repeat(100_000);
    try {
      for (const [what, section] of [
        ['an edit', 'editfiles:\n { /etc/big.conf\n ReplaceAll "keep" With "gone"\n }\n'],
        ['a copy', 'copy:\n /etc/master dest=/etc/big.conf type=checksum\n'],
      ]) {
        const root = join(base, what.replace(' ', '-'), 'root');
        fs.mkdirSync(join(root, 'etc'), { recursive: true });
        fs.writeFileSync(join(root, 'etc', 'big.conf'), old);
        fs.writeFileSync(join(root, 'etc', 'master'), old.replaceAll('keep', 'new!'));
        const policy = join(base, `${what.replace(' ', '-')}.cf`);
        fs.writeFileSync(policy, `control:\n actionsequence = ( ${section.split(':')[0]} )\n editfilesize = ( 0 )\n${section}`);
        await killMidWrite(root, policy);
        expect(fs.readFileSync(join(root, 'etc', 'big.conf'), 'utf8') === old, `${what}: the file changed`).toBe(true);
        const backup = join(root, 'etc', 'big.conf.cfsaved');
        if (fs.existsSync(backup)) expect(fs.readFileSync(backup, 'utf8') === old, `${what}: partial backup`).toBe(true);
      }
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  }, 120_000);


  it('after SIGKILL at random moments the file is old or new, never a mix', async () => {
    const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-crash-'));
    const line = 'value = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';
    const old = line.repeat(Math.ceil(4_000_000 / line.length));
    const fresh = old.replaceAll('a', 'b');
    const policy = join(base, 'policy.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n' +
      'editfiles:\n { /etc/big.conf\n ReplaceAll "a" With "b"\n }\n');
    const rand = prng(SEED);
    let sawOld = 0;
    let sawNew = 0;
    try {
      // Kills land anywhere in a whole run's time, measured first: a run that got faster must not
      // leave every kill after its end.
      const timed = join(base, 'timed');
      fs.mkdirSync(join(timed, 'etc'), { recursive: true });
      fs.writeFileSync(join(timed, 'etc', 'big.conf'), old);
      const started = performance.now();
      await runUntilKilled(timed, policy, 60_000);
      const runMs = performance.now() - started;
      for (let round = 0; round < 12; round++) {
        const root = join(base, `r${round}`);
        fs.mkdirSync(join(root, 'etc'), { recursive: true });
        fs.writeFileSync(join(root, 'etc', 'big.conf'), old);
        await runUntilKilled(root, policy, Math.floor((0.3 + 0.7 * rand()) * runMs));
        const now = fs.readFileSync(join(root, 'etc', 'big.conf'), 'utf8');
        expect(now === old || now === fresh, `round ${round}: the file is neither old nor new`).toBe(true);
        if (now === old) sawOld++; else sawNew++;
        const backup = join(root, 'etc', 'big.conf.cfsaved');
        if (fs.existsSync(backup)) expect(fs.readFileSync(backup, 'utf8') === old, `round ${round}: partial backup`).toBe(true);
      }
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
    console.log(`crash safety: seed ${SEED}, 12 kills: ${sawOld} left the old file, ${sawNew} the new one`);
  }, 120_000);
});

/**
 * The helper that removes a killed run's temps (host/node/temp-reaper.ts): told each directory
 * once, it removes this run's temps there and nobody else's, whatever the directory's name holds,
 * started through Node's handles or through child_process alike.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-reaper-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** Runs `cfwasm run` until it is paused half-way through its save, SIGTERMs it; its stderr. */
async function termMidSave(root: string, policy: string, env: NodeJS.ProcessEnv, paused: (pid: number) => void): Promise<string> {
  const marker = join(base, `paused-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-q', '-f', policy, '--root', root,
    '--state-dir', join(base, 'state')], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, CFWASM_TEST_PAUSE_MID_WRITE: marker } });
  let stderr = '';
  child.stderr.on('data', d => { stderr += d; });
  const exited = new Promise<string | null>(done => child.on('exit', (_code, signal) => done(signal)));
  const closed = new Promise<void>(done => child.on('close', () => done())); // all of stderr, the helper's line too
  for (let waited = 0; !fs.existsSync(marker); waited += 20) {
    if (waited > 60_000 || child.exitCode !== null) throw new Error(`the run never reached the middle of its write: ${stderr}`);
    await new Promise(r => setTimeout(r, 20));
  }
  paused(child.pid!);
  child.kill('SIGTERM');
  expect(await exited).toBe('SIGTERM');
  await closed;
  return stderr;
}

describe('the temp reaper', () => {
  it.each([
    ['Node\'s handles', {}],
    ['child_process (--pending-deprecation: no warning printed)', { NODE_OPTIONS: '--pending-deprecation' }],
  ])('started through %s: a run killed mid-save under a directory named with a newline, a space and * leaves no temp of its own and all others', async (_how, extra) => {
    const root = join(base, `r${Math.random().toString(36).slice(2)} *\nx`);
    const etc = join(root, 'etc');
    fs.mkdirSync(etc, { recursive: true });
    const old = 'keep this line\n'.repeat(150_000);
    fs.writeFileSync(join(etc, 'big'), old);
    // A live process's temp, and one with the killed run's pid but other random bits (an earlier
    // process with that pid): not the killed run's.
    const others = [`.big.cfwasm-${process.pid}-0123456789abcdef0.tmp`];
    const policy = join(base, 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n' +
      'editfiles:\n { /etc/big\n ReplaceAll "keep" With "gone"\n }\n');
    const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;
    const stderr = await termMidSave(root, policy, { ...env, ...extra }, (pid) => {
      others.push(`.big.cfwasm-${pid}-0123456789abcdef0.tmp`);
      for (const name of others) fs.writeFileSync(join(etc, name), 'not mine');
    });
    const leftover = () => fs.readdirSync(etc).filter(n => n.endsWith('.tmp') && !others.includes(n));
    // The helper works once the run is gone: wait for it, bounded.
    for (let i = 0; i < 200 && leftover().length > 0; i++) await new Promise(r => setTimeout(r, 25));
    expect(leftover()).toEqual([]);
    expect(fs.readdirSync(etc).sort()).toEqual([...others, 'big'].sort());
    for (const name of others) expect(fs.readFileSync(join(etc, name), 'utf8')).toBe('not mine');
    expect(fs.readFileSync(join(etc, 'big'), 'utf8') === old).toBe(true);
    // No deprecation warning: only the helper's line that the run was killed (killed-run-says.test.ts).
    expect(stderr).toMatch(/^cfwasm: pid \d+ was killed before its end [^\n]*\n$/);
  }, 120_000);
});

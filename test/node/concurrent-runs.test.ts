/**
 * Runs at the same time do not lose each other's work: eight `cfwasm run` started together, each
 * appending its own line to one file, leave all eight lines (a save that finds the file saved by
 * another run since it read it edits it again); sharing a --state-dir, a run skips what another
 * holds and says so, and the shared locks file keeps every run's atoms (combined under a lock,
 * not overwritten).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-concurrent-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const RUNS = 8;

function run(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), ...args]);
    let out = '';
    child.stdout.on('data', d => { out += d; });
    child.stderr.on('data', d => { out += d; });
    child.on('close', status => resolve({ status, out }));
  });
}

async function together(name: string, sharedState: boolean, control = '') {
  const dir = join(base, name);
  const root = join(dir, 'root');
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  // A big file: reading, editing and writing it takes long enough for the runs to overlap.
  const filler = `${'# filler line of a big configuration file\n'.repeat(50_000)}`;
  fs.writeFileSync(join(root, 'etc', 'shared'), filler);
  const runs = [];
  for (let n = 0; n < RUNS; n++) {
    fs.writeFileSync(join(root, 'etc', `own-${n}`), '');
    const policy = join(dir, `p${n}.cf`);
    fs.writeFileSync(policy, `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n${control}editfiles:\n` +
      ` { /etc/shared\n AppendIfNoSuchLine "line from run ${n}"\n }\n { /etc/own-${n}\n AppendIfNoSuchLine "mine"\n }\n`);
    const state = join(dir, sharedState ? 'state' : `state-${n}`);
    runs.push(run(['run', '-f', policy, '--root', root, '--state-dir', state, '--no-cache']));
  }
  const results = await Promise.all(runs);
  const text = fs.readFileSync(join(root, 'etc', 'shared'), 'utf8');
  return { dir, results, text, filler };
}

const lineOf = (n: number) => `line from run ${n}`;

describe('concurrent runs on one file', () => {
  it(`${RUNS} runs, each with its own --state-dir: every line is there`, async () => {
    const { dir, results, text, filler } = await together('separate', false);
    for (const r of results) expect(r.out).toBe('');
    for (const r of results) expect(r.status).toBe(0);
    expect(text.startsWith(filler)).toBe(true);
    const added = text.slice(filler.length).split('\n').filter(Boolean).sort();
    expect(added).toEqual(Array.from({ length: RUNS }, (_, n) => lineOf(n)).sort());
    expect(fs.readdirSync(join(dir, 'root', 'etc')).filter(n => n.includes('.cfwasm-'))).toEqual([]);
  }, 120_000);

  // With one state directory the runs also share the locks (L5090-5230): a run finding editfiles
  // being done by another live run skips it and says so, as cfengine did; a later run does it.
  // Every run that did the action has its line, and its atoms are all in the locks file.
  it(`${RUNS} runs sharing --state-dir: every run's line is there, or the run said another run held the action`, async () => {
    const { dir, results, text, filler } = await together('shared', true);
    expect(text.startsWith(filler)).toBe(true);
    const added = text.slice(filler.length).split('\n').filter(Boolean);
    const did = results.map((r, n) => n).filter(n => !/editfiles is being done by another run \(pid \d+\).*: skipped/.test(results[n].out));
    expect(did.length).toBeGreaterThan(0);
    expect(added.sort()).toEqual(did.map(lineOf).sort());
    for (const r of results) expect(r.out).not.toMatch(/error|internal/);
    for (const r of results) expect(r.status).toBe(0);
    const locks = JSON.parse(fs.readFileSync(join(dir, 'state', 'locks'), 'utf8'));
    expect(Object.keys(locks.last).sort()).toEqual(['editfiles:/etc/shared', ...did.map(n => `editfiles:/etc/own-${n}`)].sort());
    expect(locks.running).toEqual({});
  }, 120_000);

  // ExpireAfter = ( 0 ): no run waits for another, all eight edit at once.
  it(`${RUNS} runs sharing --state-dir with ExpireAfter 0: every line, and every run's atoms in the locks file`, async () => {
    const { results, text, filler, dir } = await together('expire0', true, ' ExpireAfter = ( 0 )\n');
    for (const r of results) expect(r.out).not.toMatch(/error|internal|skipped/);
    for (const r of results) expect(r.status).toBe(0);
    const locks = JSON.parse(fs.readFileSync(join(dir, 'state', 'locks'), 'utf8'));
    expect(Object.keys(locks.last).sort())
      .toEqual(['editfiles:/etc/shared', ...Array.from({ length: RUNS }, (_, n) => `editfiles:/etc/own-${n}`)].sort());
    expect(locks.running).toEqual({});
    const added = text.slice(filler.length).split('\n').filter(Boolean).sort();
    expect(added).toEqual(Array.from({ length: RUNS }, (_, n) => lineOf(n)).sort());
  }, 120_000);
});

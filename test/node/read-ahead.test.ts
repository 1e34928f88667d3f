/**
 * Sweeps read the directories they will come to on worker threads (host/node/dir-listing.ts):
 * what a worker gives must be exactly what the main thread would read, a failure there must
 * fall back to the main thread (which reports it), and a run whose workers read ahead must end
 * as one without them. Needs the built worker (dist/host/node/list-worker.js).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ListingAhead, readDirStat } from '../../host/node/dir-listing.js';
import { encodeStatRecords } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { decodePolicyBytes } from '../../host/ir/policy-text.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-read-ahead-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const LATIN1 = Buffer.from('caf\xe9.log', 'latin1'); // not UTF-8: its name crosses as \udce9

/** `dirs` directories under a fresh `top`, each with `files` files (mode 600) and one non-UTF-8 name. */
function tree(name: string, dirs: number, files: number): { top: string; paths: string[] } {
  const top = join(base, name);
  const paths: string[] = [];
  for (let d = 0; d < dirs; d++) {
    const dir = join(top, `d${String(d).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let f = 0; f < files; f++) fs.writeFileSync(join(dir, `f${f}`), 'x'.repeat(f), { mode: 0o600 });
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), LATIN1]), '', { mode: 0o600 });
    fs.symlinkSync('f0', join(dir, 'link'));
    paths.push(dir);
  }
  return { top, paths };
}

function waitUntil(done: () => boolean): void {
  const deadline = Date.now() + 20_000;
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (!done()) {
    if (Date.now() > deadline) throw new Error('the workers did not finish within 20 s');
    Atomics.wait(nap, 0, 0, 10);
  }
}

describe('reading directories ahead on a worker thread', () => {
  it('gives, for each directory, the records the main thread reads itself', () => {
    const { paths } = tree('same', 12, 30);
    const ahead = new ListingAhead({ threads: 2, startAfter: 0, share: 1 });
    try {
      ahead.ahead(paths, p => p);
      waitUntil(() => ahead.settled());
      for (const p of paths) {
        const records = ahead.take(p);
        expect(records, p).not.toBeNull();
        expect(Buffer.from(records!)).toEqual(Buffer.from(encodeStatRecords(readDirStat(p))));
      }
      expect(ahead.counts).toEqual({ named: paths.length, byWorkers: paths.length, byThisThread: 0 });
      // Asked for again, or never named: the caller reads it.
      expect(ahead.take(paths[0])).toBeNull();
      expect(ahead.take(join(base, 'never-named'))).toBeNull();
    } finally {
      ahead.close();
    }
  });

  it('shared with this thread, taken at once as a sweep takes them: whoever read a directory, its records are the same', () => {
    const { paths } = tree('shared', 40, 200);
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
    try {
      for (let i = 0; i < paths.length; i++) {
        ahead.ahead(paths.slice(i + 1, i + 5), p => p); // as a sweep names them: the next four
        const records = ahead.take(paths[i]) ?? encodeStatRecords(readDirStat(paths[i]));
        expect(Buffer.from(records)).toEqual(Buffer.from(encodeStatRecords(readDirStat(paths[i]))));
      }
      expect(ahead.counts.byWorkers + ahead.counts.byThisThread).toBe(paths.length);
    } finally {
      ahead.close();
    }
  });

  it('names not ASCII, in a directory whose own name is plain or not UTF-8: each entry as the system has it, from a worker and from this thread', () => {
    // UTF-8 (two and three bytes), Latin-1, a cut UTF-8 sequence, and ASCII around them: each
    // file of its own size, so an lstat of another name than the one listed shows.
    const names = ['plain', 'caf\u00e9', '\u65e5\u672c', 'a\u00e9b\u00e9'].map(n => Buffer.from(n))
      .concat([LATIN1, Buffer.from([0x61, 0xc3]), Buffer.from([0xff, 0x2e, 0x6c])]);
    const dirs = [Buffer.from(join(base, 'names-plain')), Buffer.concat([Buffer.from(join(base, 'names-')), Buffer.from([0xe9, 0xff])])];
    const paths: string[] = [];
    for (const dir of dirs) {
      fs.mkdirSync(dir);
      names.forEach((n, i) => fs.writeFileSync(Buffer.concat([dir, Buffer.from('/'), n]), 'x'.repeat(i + 1)));
      paths.push(decodePolicyBytes(dir));
    }
    // What each directory holds, read without the listing's code: its names in the mapping, sorted.
    const expected = dirs.map(dir => fs.readdirSync(dir, { encoding: 'buffer' })
      .map(n => ({ name: decodePolicyBytes(n), size: fs.lstatSync(Buffer.concat([dir, Buffer.from('/'), n])).size }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
    expect(expected[0].map(e => e.size).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(expected[0].map(e => e.name)).toContain('caf\udce9.log');
    paths.forEach((p, i) => expect(readDirStat(p).map(e => ({ name: e.name, size: e.info.size })), p).toEqual(expected[i]));
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    try {
      ahead.ahead(paths, p => p);
      waitUntil(() => ahead.settled());
      for (const p of paths) {
        const records = ahead.take(p);
        expect(records, p).not.toBeNull();
        expect(Buffer.from(records!), p).toEqual(Buffer.from(encodeStatRecords(readDirStat(p))));
      }
      expect(ahead.counts.byWorkers).toBe(2);
    } finally {
      ahead.close();
    }
  });

  it('leaves a directory it could not read to the main thread (which reports why)', () => {
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    try {
      const missing = join(base, 'no-such-dir');
      ahead.ahead([missing], p => p);
      waitUntil(() => ahead.settled());
      expect(ahead.take(missing)).toBeNull();
      expect(ahead.counts.byThisThread).toBe(1);
    } finally {
      ahead.close();
    }
  });

  it('keeps part of the directories for the main thread; closed with jobs pending, it works again for the next run', () => {
    const { paths } = tree('share', 10, 3);
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
    ahead.ahead(paths, p => p);
    // Half were kept for this thread: taking one of those reads nothing ahead.
    const kept = paths.filter((_, i) => i % 2 === 0);
    for (const p of kept) expect(ahead.take(p)).toBeNull();
    ahead.close(); // the other half are pending: settled, the workers let go
    // The next run starts workers afresh (a closed port would leave this waiting for ever).
    ahead.ahead(paths, p => p);
    waitUntil(() => ahead.settled());
    const given = paths.filter((_, i) => i % 2 === 1).map(p => ahead.take(p));
    expect(given.every(r => r !== null)).toBe(true);
    expect(given.map(r => Buffer.from(r!))).toEqual(paths.filter((_, i) => i % 2 === 1).map(p => Buffer.from(encodeStatRecords(readDirStat(p)))));
    ahead.close();
  });

  it('a run whose sweep reads ahead changes every file once, and only those', async () => {
    const runtime = await nodeRuntime();
    const { top, paths } = tree('run', 60, 20); // past the directories a sweep reads before the workers start
    const expected: string[] = [];
    for (const dir of paths) {
      for (let f = 0; f < 20; f++) expected.push(`${dir}/f${f}`);
      expected.push(`${dir}/caf\udce9.log`);
    }
    const policy = `control:\n actionsequence = ( files )\nfiles:\n ${top} mode=644 recurse=inf action=fixplain\n`;
    const host = new NodeHost();
    const r = runPolicyOn(runtime, policy, host, { now: 1_800_000_000, hostname: 'h', noLocks: true });
    expect(r.exitCode).toBe(0);
    // The sweep named its next directories and the host gave some to a worker (what became of
    // each job depends on timing; that jobs were given does not).
    const { counts } = (host as unknown as { readAhead: ListingAhead }).readAhead;
    expect(counts.named).toBeGreaterThan(0);
    expect(r.changes.map(c => (c as { path: string }).path).sort()).toEqual(expected.sort());
    for (const dir of paths) {
      for (const f of fs.readdirSync(dir, { encoding: 'buffer' })) {
        const st = fs.lstatSync(Buffer.concat([Buffer.from(`${dir}/`), f]));
        expect(st.isSymbolicLink() || (st.mode & 0o777) === 0o644, `${dir}/${f}`).toBe(true);
      }
    }
  });
});

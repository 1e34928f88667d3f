/**
 * host/node/dir-listing.ts's bookkeeping, in process: which directories ListingAhead hands to its
 * workers (none before `startAfter` calls, each path once, at most 16 in flight, the part `share`
 * says), how many worker threads it starts (once), that close() starts the next run afresh; and
 * the listing itself: the same records whole-path (as on a worker thread) as from inside the
 * directory, the working directory given back, names sorted as the core sorts text (a name past
 * U+FFFF before U+FF71, though its UTF-8 bytes sort after). read-ahead.test.ts checks the records
 * the workers give. Needs the built worker (dist/host/node/list-worker.js).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListingAhead, readDirRecords, readDirStat } from '../../host/node/dir-listing.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-listing-ahead-');
/** This process's threads (each worker is one). */
const threads = () => fs.readdirSync('/proc/self/task').length;
/** The thread count once the workers of earlier cases are gone (terminate() does not wait): unchanged over 100 ms. */
async function settledThreads(): Promise<number> {
  let last = threads();
  for (let same = 0, i = 0; same < 5 && i < 300; i++) {
    await new Promise(r => setTimeout(r, 20));
    const now = threads();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** `n` directories, each with a file, as the core's paths mapped to their real ones. */
function directories(n: number): { paths: string[]; resolve: (p: string) => string | null } {
  const d = fresh();
  const paths = Array.from({ length: n }, (_, i) => `/d${i}`);
  for (const p of paths) {
    fs.mkdirSync(join(d, p));
    fs.writeFileSync(join(d, p, 'f'), p);
  }
  return { paths, resolve: (p) => join(d, p) };
}

/** Takes every path (settling its job) and closes `ahead`. */
function finish(ahead: ListingAhead, paths: string[]) {
  for (const p of paths) ahead.take(p);
  ahead.close();
}

describe('ListingAhead: what it names', () => {
  it('nothing before startAfter calls; then each new path once, given all to the workers with share 1', () => {
    const { paths, resolve } = directories(6);
    const ahead = new ListingAhead({ threads: 1, startAfter: 2, share: 1 });
    try {
      ahead.ahead(paths.slice(0, 2), resolve);
      ahead.ahead(paths.slice(0, 2), resolve);
      expect(ahead.counts.named).toBe(0);
      ahead.ahead([paths[0], paths[0], paths[1]], resolve);
      expect(ahead.counts.named).toBe(2);
      ahead.ahead(paths.slice(0, 4), resolve);
      expect(ahead.counts.named).toBe(4);
    } finally {
      finish(ahead, paths);
    }
  });

  it('at most 16 in flight: the rest wait until some are taken', () => {
    const { paths, resolve } = directories(20);
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    try {
      ahead.ahead(paths, resolve);
      expect(ahead.counts.named).toBe(16);
      ahead.take(paths[0]);
      ahead.take(paths[1]);
      ahead.ahead(paths, resolve);
      expect(ahead.counts.named).toBe(18);
    } finally {
      finish(ahead, paths);
    }
  });

  it('share 0.5: every other new path is kept for this thread', () => {
    const { paths, resolve } = directories(8);
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
    try {
      ahead.ahead(paths, resolve);
      expect(ahead.counts.named).toBe(4);
      ahead.ahead(paths, resolve); // none new: the kept ones are not named again
      expect(ahead.counts.named).toBe(4);
    } finally {
      finish(ahead, paths);
    }
  });

  it('close(): the next run begins as the first did (startAfter counted again)', () => {
    const { paths, resolve } = directories(4);
    const ahead = new ListingAhead({ threads: 1, startAfter: 1, share: 1 });
    ahead.ahead(paths.slice(0, 1), resolve);
    ahead.ahead(paths.slice(0, 1), resolve);
    expect(ahead.counts.named).toBe(1);
    finish(ahead, paths);
    ahead.ahead(paths.slice(2), resolve);
    expect(ahead.counts.named).toBe(1);
    ahead.ahead(paths.slice(2), resolve);
    expect(ahead.counts.named).toBe(3);
    finish(ahead, paths);
  });

  it('its worker threads are started once: as many as asked, by default one per core but this one, 1 to 2', async () => {
    const { availableParallelism } = await import('node:os');
    for (const [asked, expected] of [[2, 2], [undefined, Math.max(1, Math.min(2, availableParallelism() - 1))]] as const) {
      const { paths, resolve } = directories(8);
      const before = await settledThreads();
      const ahead = new ListingAhead({ threads: asked, startAfter: 0, share: 1 });
      try {
        ahead.ahead(paths.slice(0, 3), resolve);
        ahead.ahead(paths.slice(3), resolve);
        expect(ahead.counts.named).toBe(8);
        expect(threads() - before, String(asked)).toBe(expected);
      } finally {
        finish(ahead, paths);
      }
    }
  });
});

describe('the listing', () => {
  it('whole paths (a worker thread\'s way) give the same records as from inside the directory, / included; the working directory is given back', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'file'), 'x');
    fs.mkdirSync(join(d, 'dir'));
    fs.symlinkSync('file', join(d, 'link'));
    const cwd = process.cwd();
    for (const dir of [d, '/']) {
      const inside = readDirRecords(dir);
      expect(process.cwd()).toBe(cwd);
      expect(Buffer.from(readDirRecords(dir, true)).equals(Buffer.from(inside)), dir).toBe(true);
    }
    expect(readDirStat(d).map(e => e.name)).toEqual(['dir', 'file', 'link']);
    expect(process.cwd()).toBe(cwd);
  });

  it('names sorted as text is: one past U+FFFF (a surrogate pair) before U+FF71, though its UTF-8 bytes come after', () => {
    const d = fresh();
    for (const name of ['\u{ff71}', '\u{1f600}', 'a', '\u{e9}']) fs.writeFileSync(join(d, name), name);
    expect(readDirStat(d).map(e => e.name)).toEqual(['a', '\u{e9}', '\u{1f600}', '\u{ff71}']);
    // Enough of them for a merge sort's runs (V8 sorts short arrays by insertion).
    const many = fresh();
    const made = [0x61, 0xff71, 0x1f600, 0xe9].flatMap(c => Array.from({ length: 30 }, (_, i) => `${String.fromCodePoint(c)}${i}`));
    for (const name of made) fs.writeFileSync(join(many, name), '');
    expect(readDirStat(many).map(e => e.name)).toEqual([...made].sort());
    expect(Buffer.from(readDirRecords(many, true)).equals(Buffer.from(readDirRecords(many)))).toBe(true);
  });
});

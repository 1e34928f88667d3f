/**
 * host/node/dir-listing.ts's ListingAhead with a stand-in for its worker threads, driven by the
 * test: what take() does with a job in each phase (not begun: taken back and read here, never
 * waited for; done: the worker's records; begun: waited for, this thread reading the directories
 * it kept for itself meanwhile, and giving those records when asked), how the part handed to the
 * workers moves (up 0.05 when a job was done before it was asked for, down 0.05 when this thread
 * took one back or had to wait), how many workers it starts by default (one per other core, one to
 * two), and what it does when the worker was not built. With real workers (listing-ahead.test.ts)
 * which of those happens depends on their timing; here the test is the worker.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ListingJob } from '../../host/node/dir-listing.js';
import { readDirRecords } from '../../host/node/dir-listing.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-listing-jobs-');
const LAZY = '../../host/node/lazy-builtins.js';
afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock(LAZY);
  vi.doUnmock('node:os');
  vi.doUnmock('node:fs');
});// Under Stryker one module cache serves every test file and run: the last fresh instance (with its
// stand-ins) must not be what the next file imports.
afterAll(() => {
  vi.resetModules();
});


/** A worker thread as the test plays it: its end of the port and the shared phase words. */
interface StandIn { port: MessagePort; state: Int32Array; terminated: boolean }

/**
 * dir-listing.ts afresh, its Worker a stand-in (recorded in `workers`, never run); the other
 * worker_threads calls the real ones. `cores`: what availableParallelism() says, if given.
 */
async function withStandIns(opts: { cores?: number; noWorkerBuilt?: boolean } = {}) {
  const workers: StandIn[] = [];
  vi.doMock(LAZY, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../host/node/lazy-builtins.js')>();
    class Worker {
      private readonly me: StandIn;
      constructor(_path: URL, options: { workerData: { port: MessagePort; state: SharedArrayBuffer } }) {
        this.me = { port: options.workerData.port, state: new Int32Array(options.workerData.state), terminated: false };
        workers.push(this.me);
      }
      unref() {}
      terminate() {
        this.me.terminated = true;
        return Promise.resolve(0);
      }
    }
    return { ...real, workerThreads: () => ({ MessageChannel, receiveMessageOnPort, Worker }) };
  });
  if (opts.cores !== undefined) {
    const cores = opts.cores;
    vi.doMock('node:os', async (importOriginal) => ({ ...await importOriginal<typeof import('node:os')>(), availableParallelism: () => cores }));
  }
  if (opts.noWorkerBuilt) {
    vi.doMock('node:fs', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:fs')>();
      return { ...real, existsSync: (p: fs.PathLike) => (String(p).includes('list-worker') ? false : real.existsSync(p)) };
    });
  }
  vi.resetModules();
  const listing = await import('../../host/node/dir-listing.js');
  const { Phase, word } = listing;
  /** The next job sent to `w` (by its port, as the worker would get it). */
  const job = (w: StandIn): ListingJob => receiveMessageOnPort(w.port)!.message as ListingJob;
  /** The worker begins `j` as list-worker.ts does: only if it is still queued. */
  const begin = (w: StandIn, j: ListingJob) =>
    Atomics.compareExchange(w.state, j.slot, word(j.seq, Phase.Queued), word(j.seq, Phase.Working)) === word(j.seq, Phase.Queued);
  /** The worker answers `j`, then marks it done (list-worker.ts's order). */
  const answer = (w: StandIn, j: ListingJob, records: Uint8Array | null) => {
    w.port.postMessage({ seq: j.seq, records });
    Atomics.store(w.state, j.slot, word(j.seq, Phase.Done));
  };
  return { ...listing, workers, job, begin, answer };
}

/**
 * A ListingAhead of one thread's worker (share 0.5) over `paths`, the worker having begun its
 * first job: `resolve(p, begun)` answers for each path this thread resolves, `begun` being that
 * job once it is begun (null while the paths are handed out, so the handing out is not disturbed).
 */
function withBegunJob(s: Awaited<ReturnType<typeof withStandIns>>, paths: string[],
  resolve: (p: string, begun: { w: StandIn; j: ListingJob } | null) => string | null) {
  let begun: { w: StandIn; j: ListingJob } | null = null;
  const ahead = new s.ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
  ahead.ahead(paths, p => resolve(p, begun));
  const w = s.workers[0];
  const j = s.job(w);
  const began = s.begin(w, j);
  begun = { w, j };
  return { ahead, w, j, began };
}

/** `n` directories `/NAMEi`, each with a file of its own name, and resolve() mapping them to their real paths. */
function directories(name: string, n: number) {
  const d = fresh();
  const paths = Array.from({ length: n }, (_, i) => `/${name}${i}`);
  for (const p of paths) {
    fs.mkdirSync(join(d, p));
    fs.writeFileSync(join(d, p, 'f'), p);
  }
  return { paths, real: (p: string) => join(d, p) };
}

/** Atomics.wait made to fail the test: this thread had a directory of its own to read instead (and would block forever here). */
function neverBlocks() {
  return vi.spyOn(Atomics, 'wait').mockImplementation(() => {
    throw new Error('blocked while it had a directory of its own to read');
  });
}

// Every case: a take() or close() that blocks where it should not fails at once rather than hang.
beforeEach(() => {
  neverBlocks();
});

/** Records no directory would give: they can only have come from the stand-in worker. */
const fromWorker = () => new Uint8Array([9, 8, 7, 6]);

/**
 * How many of 15 new paths are handed to the workers, starting with nothing owed: the part
 * each path adds is the share, so 0.5 hands 7, 0.45 hands 6, 0.55 hands 8 (0.9: 13, 0.1: 1).
 */
function handedOf15(ahead: { ahead(p: string[], r: (p: string) => string | null): void; counts: { named: number } }) {
  const before = ahead.counts.named;
  ahead.ahead(Array.from({ length: 15 }, (_, i) => `/later${i}`), p => `/nonexistent${p}`);
  return ahead.counts.named - before;
}

describe('take(): a job in each phase', () => {
  it('not begun by a worker: taken back (the worker will not begin it), read here, not waited for; the share goes down', async () => {
    const s = await withStandIns();
    const { paths, real } = directories('q', 2);
    const ahead = new s.ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
    ahead.ahead(paths, real); // q0 kept for this thread, q1 to the worker
    expect(ahead.counts.named).toBe(1);
    const j = s.job(s.workers[0]);
    expect(j.real).toBe(real('/q1'));
    expect(ahead.take('/q1')).toBeNull();
    expect(s.begin(s.workers[0], j)).toBe(false);
    expect(Atomics.load(s.workers[0].state, j.slot)).toBe(s.word(j.seq, s.Phase.Cancelled));
    expect(ahead.counts).toEqual({ named: 1, byWorkers: 0, byThisThread: 1 });
    expect(handedOf15(ahead)).toBe(6);
    ahead.close();
  });

  it('done before it was asked for: the worker\'s records; the share goes up', async () => {
    const s = await withStandIns();
    const { paths, real } = directories('d', 2);
    const ahead = new s.ListingAhead({ threads: 1, startAfter: 0, share: 0.5 });
    ahead.ahead(paths, real);
    const w = s.workers[0];
    const j = s.job(w);
    expect(s.begin(w, j)).toBe(true);
    s.answer(w, j, fromWorker());
    expect(ahead.take('/d1')).toEqual(fromWorker());
    expect(ahead.counts).toEqual({ named: 1, byWorkers: 1, byThisThread: 0 });
    expect(handedOf15(ahead)).toBe(8);
    ahead.close();
  });

  it('begun, not done: waited for, this thread reading a directory it kept meanwhile (given when asked); the share goes down', async () => {
    const s = await withStandIns();
    const { paths, real } = directories('w', 4);
    const asked: string[] = [];
    const { ahead, j, began } = withBegunJob(s, paths, (p, begun) => {
      asked.push(p);
      // Asked for its own directory while it waits: the worker finishes now.
      if (p === '/w0' && begun) s.answer(begun.w, begun.j, fromWorker());
      return real(p);
    });
    expect(asked).toEqual(['/w1', '/w3']); // w0, w2 kept for this thread; w1, w3 to the worker
    expect(j.real).toBe(real('/w1'));
    expect(began).toBe(true);
    expect(ahead.take('/w1')).toEqual(fromWorker());
    expect(asked).toEqual(['/w1', '/w3', '/w0']); // w2 not read: the worker was done by then
    expect(ahead.counts).toEqual({ named: 2, byWorkers: 1, byThisThread: 0 });
    // w0 as this thread read it while it waited; w2 for the caller to read (null).
    const w0 = ahead.take('/w0');
    expect(w0 && Buffer.from(w0).equals(Buffer.from(readDirRecords(real('/w0'))))).toBe(true);
    expect(ahead.take('/w2')).toBeNull();
    expect(ahead.counts).toEqual({ named: 2, byWorkers: 1, byThisThread: 2 });
    // w3 was never begun: taken back (the share down once more, to 0.4), not waited for.
    expect(ahead.take('/w3')).toBeNull();
    ahead.close();
  });

  it('begun, not done, the share moving: down 0.05 for the wait (0.45: 6 of 15 handed next)', async () => {
    const s = await withStandIns();
    const { paths, real } = directories('v', 2);
    const { ahead } = withBegunJob(s, paths, (p, begun) => {
      if (p === '/v0' && begun) s.answer(begun.w, begun.j, fromWorker());
      return real(p);
    });
    expect(ahead.take('/v1')).toEqual(fromWorker());
    expect(handedOf15(ahead)).toBe(6);
    ahead.close();
  });

  it('while it waits it reads every directory it kept (one resolved to null skipped) before it blocks; it blocks on the job\'s word only then', async () => {
    for (const unresolved of [null, '/k0']) {
      const s = await withStandIns();
      const { paths, real } = directories('k', 4);
      const events: string[] = [];
      // k0, k2 kept for this thread
      const { ahead, w, j } = withBegunJob(s, paths, (p, begun) => (begun && events.push(p), p === unresolved && begun ? null : real(p)));
      // Blocking is where the worker, played here, finishes: a thread that never blocked would spin forever.
      vi.spyOn(Atomics, 'wait').mockImplementation((state, slot, value) => {
        events.push('wait');
        expect([slot, value]).toEqual([j.slot, s.word(j.seq, s.Phase.Working)]);
        s.answer(w, j, fromWorker());
        return 'ok';
      });
      expect(ahead.take('/k1')).toEqual(fromWorker());
      neverBlocks();
      expect(events, String(unresolved)).toEqual(['/k0', '/k2', 'wait']);
      const k0 = ahead.take('/k0');
      if (unresolved) expect(k0).toBeNull();
      else expect(k0 && Buffer.from(k0).equals(Buffer.from(readDirRecords(real('/k0'))))).toBe(true);
      const k2 = ahead.take('/k2');
      expect(k2 && Buffer.from(k2).equals(Buffer.from(readDirRecords(real('/k2'))))).toBe(true);
      ahead.close();
    }
  });

  it('a directory kept for this thread that cannot be read while it waits: null when asked (the caller reads it and reports why)', async () => {
    const s = await withStandIns();
    const { paths, real } = directories('u', 2);
    fs.rmSync(real('/u0'), { recursive: true });
    const { ahead } = withBegunJob(s, paths, (p, begun) => {
      if (p === '/u0' && begun) s.answer(begun.w, begun.j, fromWorker());
      return real(p);
    });
    expect(ahead.take('/u1')).toEqual(fromWorker());
    expect(ahead.take('/u0')).toBeNull();
    ahead.close();
  });
});

describe('its workers', () => {
  it('by default one per other core, at least one, at most two', async () => {
    for (const [cores, started] of [[1, 1], [2, 1], [3, 2], [4, 2], [16, 2]]) {
      const s = await withStandIns({ cores });
      const { paths, real } = directories(`c${cores}-`, 1);
      const ahead = new s.ListingAhead({ startAfter: 0, share: 1 });
      ahead.ahead(paths, real);
      expect(s.workers.length, `${cores} cores`).toBe(started);
      ahead.close();
      expect(s.workers.every(w => w.terminated)).toBe(true);
    }
  });

  it('not built (no list-worker.js): none started, and no path resolved again; this thread reads every directory', async () => {
    const s = await withStandIns({ noWorkerBuilt: true });
    const { paths, real } = directories('n', 4);
    const asked: string[] = [];
    const ahead = new s.ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    ahead.ahead(paths.slice(0, 2), p => (asked.push(p), real(p)));
    ahead.ahead(paths.slice(2), p => (asked.push(p), real(p)));
    expect(asked).toEqual(['/n0']); // the first one handed, before it found no worker
    expect(s.workers).toEqual([]);
    expect(paths.map(p => ahead.take(p))).toEqual([null, null, null, null]);
    expect(ahead.counts).toEqual({ named: 0, byWorkers: 0, byThisThread: 4 });
    ahead.close();
  });
});

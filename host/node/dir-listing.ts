/**
 * @fileoverview A directory's entries with their lstat (the `list-stat` a sweep asks once per
 * directory), and reading the directories a sweep names as coming next on other threads. A
 * sweep over 100,000 files spends most of its time in lstat; while a worker (list-worker.ts)
 * lstats the next directories, this thread runs the core on the current one (chmods and all).
 *
 * Safe because a sweep changes only the entry it was given, and the directories it names are
 * never entries of the current one nor below it (it names none when it follows links:
 * actions/sweep.ts): what a worker read is what this thread would read a moment later.
 */
import * as nodeFs from 'node:fs';
import { existsSync } from 'node:fs';
import { nameOf, pathBytes } from './byte-fs.js';
import { plainText } from './path-bytes.js';
import { Field, leanLstat } from './lean-stat.js';
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { STAT_RECORD_HEADER, StatRecordWriter, TYPE_CODES } from '../core/host-interface.js';
import type { DirEntryInfo, FileType } from '../core/host-interface.js';
import { workerThreads } from './lazy-builtins.js';

/**
 * Each entry of the directory at real path `real`, sorted by name, with what lstat says of it
 * (lean-stat.ts's fields, valid during the call). Throws fs errors. `inWorker`: on a worker
 * thread, which cannot change the working directory.
 */
function eachLstat(real: string, inWorker: boolean, each: (name: string, st: Float64Array) => void,
  listed?: (names: string[]) => void): void {
  // Names as Latin-1 strings: one character per byte, so every name is kept as the system gave
  // it, and an ASCII name (nearly every one) is at once its text for the core and its path for
  // lstat. Buffers cost a Buffer and a strict UTF-8 decode per name, and a whole path a
  // Buffer.concat: readdir and lstat of 100,000 names took 470 ms of CPU from inside their
  // directories (now 360), 590 by whole paths on a worker (now 430).
  const raw = nodeFs.readdirSync(pathBytes(real), { encoding: 'latin1' });
  let names = raw.map(textOfLatin1);
  let order: number[] | null = null;
  if (!inOrder(names)) { // libuv's listing usually is
    order = names.map((_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
    names = order.map(i => names[i]);
  }
  listed?.(names);
  // Each name is looked up from inside the directory (as find does with fts), not through the
  // whole path again: a third less time per entry in a sweep. Where the working directory
  // cannot be changed (a worker thread, a deleted directory), the whole path is used.
  const cwd = names.length > 0 && !inWorker ? enterDir(real) : null;
  const prefix = cwd !== null ? '' : real === '/' ? '/' : `${real}/`;
  const plainPrefix = plainText(prefix);
  let prefixBytes: Buffer | null = null; // the prefix as bytes, for a name or a directory not plain
  try {
    for (let k = 0; k < names.length; k++) {
      const name = raw[order ? order[k] : k];
      // A name is its own text only if it is ASCII (textOfLatin1): then one string is its path.
      const path = plainPrefix && name === names[k] ? prefix + name
        : Buffer.concat([prefixBytes ??= Buffer.from(pathBytes(prefix)), Buffer.from(name, 'latin1')]);
      const st = leanLstat(path);
      if (st) each(names[k], st); // else gone since the directory was read
    }
  } finally {
    if (cwd !== null) process.chdir(cwd);
  }
}

/**
 * A name read as Latin-1 (one character per byte) as text in the mapping (byte-fs.ts nameOf).
 * An ASCII name is itself; any other byte turns into fewer characters (UTF-8) or a surrogate,
 * so the text equals the Latin-1 string exactly when the name is ASCII.
 */
function textOfLatin1(name: string): string {
  return NON_ASCII.test(name) ? nameOf(Buffer.from(name, 'latin1')) : name;
}
const NON_ASCII = /[^\x00-\x7f]/;

const S_IFMT = 0o170000;
/** The list-stat type code (TYPE_CODES) of an lstat mode. */
function typeCode(mode: number): number {
  switch (mode & S_IFMT) {
    case 0o100000: return TYPE_CODES.file;
    case 0o040000: return TYPE_CODES.dir;
    case 0o120000: return TYPE_CODES.link;
    default: return TYPE_CODES.special; // a FIFO, a socket or a device
  }
}
const TYPES: FileType[] = ['none', 'file', 'dir', 'link', 'special'];

/** The entries of the directory at real path `real`, sorted by name, each with its lstat. Throws fs errors. */
export function readDirStat(real: string): DirEntryInfo[] {
  const out: DirEntryInfo[] = [];
  eachLstat(real, false, (name, st) => out.push({ name, info: {
    type: TYPES[typeCode(st[Field.Mode])], mode: st[Field.Mode] & 0o7777, mtime: st[Field.MtimeSec], atime: st[Field.AtimeSec],
    size: st[Field.Size], uid: st[Field.Uid], gid: st[Field.Gid], ino: st[Field.Ino],
  } }));
  return out;
}

/** readDirStat as list-stat records, written as the entries are read (no object per entry). */
export function readDirRecords(real: string, inWorker = false): Uint8Array {
  let out: StatRecordWriter | null = null;
  eachLstat(real, inWorker, (name, st) => out!.add(name, typeCode(st[Field.Mode]), st[Field.Mode] & 0o7777, st[Field.Uid], st[Field.Gid],
    st[Field.Size], st[Field.MtimeSec], st[Field.AtimeSec], st[Field.Ino]), (names) => {
    // Sized for every name at once (an entry gone since adds nothing): one buffer, never grown.
    let size = 0;
    for (const name of names) size += STAT_RECORD_HEADER + 2 * name.length;
    out = new StatRecordWriter(size);
  });
  return out!.records();
}

/** Makes `dir` the working directory and returns the one to go back to, or null if it cannot. */
function enterDir(dir: string): string | null {
  // process.chdir takes text only: a name whose bytes are not UTF-8 would lead elsewhere.
  if (!plainText(dir)) return null;
  try {
    const cwd = process.cwd();
    process.chdir(dir);
    return cwd;
  } catch {
    return null;
  }
}

function inOrder(names: string[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i - 1] > names[i]) return false;
  return true;
}

/** What a worker is asked: read `real` (job `seq`, whose phase is in slot `slot` of the shared words). */
export interface ListingJob { seq: number; slot: number; real: string }
/** What it answers: the list-stat records, or null if reading failed (the main thread then reads and reports). */
export interface ListingReply { seq: number; records: Uint8Array | null }

/**
 * The phases of a job, in the low bits of its slot's shared word; the job's number is in the
 * others, so a word left by an earlier job in the same slot never passes for the current one's.
 */
export enum Phase { Queued = 1, Working = 2, Done = 3, Cancelled = 4 }
export const word = (seq: number, phase: Phase): number => ((seq & 0xfffffff) << 3) | phase;

/** Sweeps with fewer directories than this never start the workers (each costs ≈20 ms of a core). */
const DIRECTORIES_BEFORE_WORKERS = 8;
/** Jobs in flight at most (the slots of the shared words). */
const SLOTS = 16;

function workerPath(): URL | null {
  // Beside this module in dist/, or from the CLI bundle (dist/host/cli/), or from the sources.
  for (const rel of ['./list-worker.js', '../node/list-worker.js', '../../dist/host/node/list-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  return null;
}

interface Pending { seq: number; slot: number; port: MessagePort }

/**
 * Reads the directories a sweep names as coming next on worker threads (one per other core).
 * The main thread shares the work: it keeps some of them to read itself (share); of the others,
 * one no worker has begun yet it also reads itself (the job is cancelled) rather than wait; for
 * one a worker has begun it waits, reading its own meanwhile.
 */
export class ListingAhead {
  /**
   * Directories handed to a worker (whatever became of the job), those whose records a worker
   * gave, and those the main thread read itself.
   */
  readonly counts = { named: 0, byWorkers: 0, byThisThread: 0 };
  private readonly threads: number;
  private readonly startAfter: number;
  private ports: MessagePort[] = [];
  private workers: Worker[] = [];
  private state = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
  private seq = 0;
  private turn = 0;
  private asked = 0;
  private unavailable = false;
  /** Jobs not yet taken, by the core's path. */
  private pending = new Map<string, Pending>();
  /** Replies received for jobs not yet taken (a port answers in its own order). */
  private replies = new Map<number, Uint8Array | null>();
  /** Directories named ahead that the main thread keeps for itself (see share). */
  private mine = new Set<string>();
  /** Of those, the ones it read while it waited for a worker, until asked for. */
  private early = new Map<string, Uint8Array>();
  /** The real path of a path named ahead (the host's, given with the names). */
  private resolve: (path: string) => string | null = () => null;
  /**
   * The part of the directories named ahead given to the workers; the main thread reads the
   * rest itself, at the same time. It moves toward whichever side is waiting: up when a worker's
   * job was done before it was asked for, down when the main thread had to wait for one.
   */
  private share: number;
  private readonly firstShare: number;
  private owed = 0;

  /**
   * `threads`: workers (default one per core but this one, at most two); `startAfter`: how
   * many list-stat calls with directories named come before the workers start; `share`: the
   * part of the named directories given to them at first.
   */
  constructor(options: { threads?: number; startAfter?: number; share?: number } = {}) {
    this.threads = options.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
    this.startAfter = options.startAfter ?? DIRECTORIES_BEFORE_WORKERS;
    this.firstShare = this.share = options.share ?? 0.5;
  }

  /**
   * Starts reading each of `paths` not already named (while slots are free), or keeps it for this
   * thread. Paths are the core's; `resolve` gives a path's real one (null: not to be read ahead),
   * asked once per directory.
   */
  ahead(paths: string[], resolve: (path: string) => string | null): void {
    if (this.unavailable || this.asked++ < this.startAfter) return;
    this.resolve = resolve;
    for (const path of paths) {
      if (this.pending.size >= SLOTS) break; // no free slot until one is taken
      if (this.pending.has(path) || this.mine.has(path)) continue;
      this.owed += this.share;
      if (this.owed < 1) {
        this.mine.add(path);
        continue;
      }
      const real = resolve(path);
      if (real === null) continue;
      this.owed -= 1;
      const ports = this.start();
      if (!ports) return;
      const slot = this.freeSlot();
      this.seq = (this.seq + 1) & 0xfffffff;
      const port = ports[this.turn++ % ports.length];
      Atomics.store(this.state, slot, word(this.seq, Phase.Queued));
      port.postMessage({ seq: this.seq, slot, real } satisfies ListingJob);
      this.counts.named++;
      this.pending.set(path, { seq: this.seq, slot, port });
    }
  }

  private freeSlot(): number {
    const used = new Set([...this.pending.values()].map(p => p.slot));
    for (let i = 0; i < SLOTS; i++) if (!used.has(i)) return i;
    throw new Error('ListingAhead: no free slot'); // ahead() checks pending.size first
  }

  /**
   * The records of `path` if a worker read it, else null (the caller reads it). A job no worker
   * has begun is cancelled; one begun is waited for.
   */
  take(path: string): Uint8Array | null {
    const early = this.early.get(path);
    if (early) {
      this.early.delete(path);
      this.counts.byThisThread++;
      return early;
    }
    const records = this.taken(path);
    if (records) this.counts.byWorkers++;
    else this.counts.byThisThread++;
    return records;
  }

  /** Whether every job named is done (tests wait for it). */
  settled(): boolean {
    for (const { seq, slot } of this.pending.values()) {
      const phase = Atomics.load(this.state, slot);
      if (phase !== word(seq, Phase.Done) && phase !== word(seq, Phase.Cancelled)) return false;
    }
    return true;
  }

  private taken(path: string): Uint8Array | null {
    this.mine.delete(path);
    const job = this.pending.get(path);
    if (!job) return null;
    this.pending.delete(path);
    const { seq, slot, port } = job;
    if (Atomics.compareExchange(this.state, slot, word(seq, Phase.Queued), word(seq, Phase.Cancelled)) === word(seq, Phase.Queued)) {
      this.share = Math.max(0.1, this.share - 0.05); // the workers are behind
      return null;
    }
    if (Atomics.load(this.state, slot) === word(seq, Phase.Done)) this.share = Math.min(0.9, this.share + 0.05);
    else this.share = Math.max(0.1, this.share - 0.05);
    for (;;) {
      // A worker answers every job it begins (failures too), then marks it done.
      if (Atomics.load(this.state, slot) === word(seq, Phase.Done)) {
        for (let got = workerThreads().receiveMessageOnPort(port); got; got = workerThreads().receiveMessageOnPort(port)) {
          const reply = got.message as ListingReply;
          this.replies.set(reply.seq, reply.records);
        }
        if (this.replies.has(seq)) {
          const records = this.replies.get(seq)!;
          this.replies.delete(seq);
          return records;
        }
      }
      // Rather than wait, read one of this thread's own directories now.
      if (!this.readOneEarly()) Atomics.wait(this.state, slot, word(seq, Phase.Working), 100);
    }
  }

  /** Reads the first directory kept for this thread; false if there is none. */
  private readOneEarly(): boolean {
    const first = this.mine.values().next();
    if (first.done) return false;
    const path = first.value;
    this.mine.delete(path);
    const real = this.resolve(path);
    if (real === null) return true;
    try {
      this.early.set(path, readDirRecords(real));
    } catch { /* read again, and reported, when asked for */ }
    return true;
  }

  private start(): MessagePort[] | null {
    if (this.ports.length > 0) return this.ports;
    const path = workerPath();
    if (!path) {
      this.unavailable = true; // not built (tests from the sources): the main thread reads every directory
      return null;
    }
    for (let i = 0; i < this.threads; i++) {
      const { MessageChannel, Worker } = workerThreads();
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(path, { workerData: { port: port2, state: this.state.buffer }, transferList: [port2] });
      worker.unref();
      port1.unref();
      this.workers.push(worker);
      this.ports.push(port1);
    }
    return this.ports;
  }

  /** Settles what is pending and lets the workers go (the run is over). */
  close(): void {
    for (const path of [...this.pending.keys()]) this.taken(path);
    this.replies.clear();
    this.mine.clear();
    this.early.clear();
    for (const w of this.workers) void w.terminate();
    for (const p of this.ports) p.close();
    this.workers = [];
    this.ports = [];
    // The next run begins as the first did.
    this.asked = 0;
    this.share = this.firstShare;
    this.owed = 0;
  }
}

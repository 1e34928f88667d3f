/**
 * @fileoverview The worker thread that owns the TLS connections to cfengine servers (one per
 * server and port, kept for the run, as cfengine caches them). The main thread is blocked in
 * Atomics.wait while a request runs (client.ts): each reply is posted on the port, then the
 * shared flag is set and notified.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { ensureKeyPair, KeyPair, loadKeyPair } from './keys.js';
import { defaultPort, WORKER_RUNNING } from './shared.js';
import type { EarlyHint } from './early.js';
import { digestMismatch, RemoteError, Session } from './session.js';
import type { SessionOptions } from './session.js';
import { AHEAD_FILE, aheadKey, PREFETCH_MAX } from './ahead.js';
import { packListing } from './packed-listing.js';
import type { Listing } from './packed-listing.js';
import type { Took } from './ahead.js';
import type { RemoteRequest, RemoteReply } from './client.js';
import type { ServerRef } from '../../core/host-interface.js';

interface Config { stateDir: string; user: string; timeout: number }

const { port, flag: shared, hint } = workerData as { port: MessagePort; flag: SharedArrayBuffer; hint?: EarlyHint };
const flag = new Int32Array(shared);
Atomics.store(flag, 1, WORKER_RUNNING); // loaded: the main thread no longer times our start
/** The first message (the worker may start before the CLI knows them: early.ts). */
let config: Config = { stateDir: '', user: '', timeout: 30 };
const sessions = new Map<string, Promise<Session>>();
/** The open connections (read-ahead uses one only if it is there: it never opens one). */
const live = new Map<string, Session>();
/** Servers that failed as a whole: asked again, they fail at once with the same words. */
const down = new Map<string, string>();
let keys: KeyPair | null = null;
let notes: string[] = [];

/**
 * Connections opened at the worker's start, before the run asked (early.ts gives the servers the
 * policy names literally): the TLS handshake and greeting then overlap the CLI's loading and the
 * policy's parsing. Each is only for a key already pinned for its name; the run's first request
 * to the server takes it (and checks its key again), and the second becomes the read-ahead one.
 * Unused, they are closed with the rest; a failure is only forgotten (the run opens its own).
 */
interface Guess { first: Promise<Session | null>; second: Promise<Session | null> | null; started: number }
const guesses = new Map<string, Guess>();
/** The run is over: no connection is opened any more. */
let ending = false;

function speculate(h: EarlyHint): void {
  let early: KeyPair | null = null;
  try {
    early = loadKeyPair(h.stateDir); // never made here: a new key pair is the run's to make and say
  } catch { /* the run says what is wrong with it */ }
  if (!early) return;
  keys = early;
  const user = os.userInfo().username;
  for (const server of h.servers) {
    const options: SessionOptions = {
      host: server.host, port: server.port || defaultPort(), trustKey: false, keys: early, stateDir: h.stateDir, user,
      timeout: config.timeout, note: () => {}, speculative: true,
    };
    const open = () => Session.open(options).catch(() => null);
    const first = open();
    // The read-ahead one for trees, once the first is in (a key refused is refused once).
    const second = h.trees ? first.then(s => (s && !ending ? open() : null)) : null;
    guesses.set(`${options.host}:${options.port}`, { first, second, started: Date.now() });
  }
}

/** The run's settings arrived: guesses made with another state directory or user are dropped. */
function configured(c: Config): void {
  config = c;
  if (!hint || (hint.stateDir === resolve(c.stateDir) && os.userInfo().username === c.user)) return;
  keys = null;
  for (const g of guesses.values()) for (const p of [g.first, g.second]) void p?.then(s => s?.close());
  guesses.clear();
}

/**
 * The speculative connection to `id` for the run, or null to open one. It has been trying since
 * the worker started: no answer within the run's timeout from then is the server's failure, as
 * for a connection the run opened.
 */
async function adopted(id: string, options: SessionOptions): Promise<Session | null> {
  const g = guesses.get(id);
  if (!g) return null;
  guesses.delete(id);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), Math.max(0, g.started + options.timeout * 1000 - Date.now())); });
  const s = await Promise.race([g.first, late]);
  clearTimeout(timer);
  if (s === 'late') {
    void g.first.then(x => x?.close());
    void g.second?.then(x => x?.close());
    throw new RemoteError('server', `cannot connect to ${id}: no answer in ${options.timeout} s`);
  }
  if (!s || s.broken) {
    void g.second?.then(x => x?.close());
    return null;
  }
  s.adopt(options); // throws (and closes) if the key is no longer right for this run
  if (g.second) helpers.set(id, g.second.then((h) => {
    if (!h || h.broken) return null;
    try {
      h.adopt({ ...options, trustKey: false, note: () => {} });
      return h;
    } catch {
      return null;
    }
  }));
  return s;
}

async function session(r: RemoteRequest): Promise<Session> {
  const id = `${r.server.host}:${r.server.port}`;
  const failed = down.get(id);
  if (failed) throw new RemoteError('server', failed);
  const have = sessions.get(id);
  if (have) {
    const s = await have.catch(() => null);
    if (s && !s.broken) return s;
  }
  keys ??= ensureKeyPair(config.stateDir, (m) => notes.push(m));
  const options: SessionOptions = {
    host: r.server.host, port: r.server.port, trustKey: r.server.trustKey, keys, stateDir: config.stateDir,
    user: config.user, timeout: r.server.timeout || config.timeout, note: (m) => notes.push(m),
  };
  optionsOf.set(id, options);
  const guessed = adopted(id, options);
  const opening = guessed.then(s => s ?? Session.open(options));
  sessions.set(id, opening);
  try {
    const s = await opening;
    live.set(id, s);
    return s;
  } catch (e) {
    sessions.delete(id);
    if (e instanceof RemoteError && e.kind === 'server') down.set(id, e.message);
    throw e;
  }
}

/**
 * Each server's second connection, for read-ahead only: cf-serverd answers each connection on a
 * thread of its own, so two listings or files are served side by side. Opened at the first
 * read-ahead, after the first connection accepted the server's key (so it only ever meets a
 * pinned key, and learns none); one that cannot be had is not asked for again and costs nothing
 * (its failures are never the server's: read-ahead that fails is asked again on the first).
 */
const helpers = new Map<string, Promise<Session | null>>();
const optionsOf = new Map<string, SessionOptions>();

/** The server's read-ahead connection, opened at the first read-ahead (null: none to be had). */
function helperOf(id: string): Promise<Session | null> {
  let helper = helpers.get(id);
  if (!helper) {
    const o = optionsOf.get(id);
    helper = o ? Session.open({ ...o, trustKey: false, note: () => {} }).catch(() => null) : Promise.resolve(null);
    helpers.set(id, helper);
  }
  return helper;
}

/**
 * Read-ahead waiting for a connection, per server. Each of the server's connections takes the
 * next when it has none of its own running, so the two share a tree's listings as each frees up.
 * (Choosing a connection when the work was handed out sent it all to one: the choices were made
 * before any was queued.) The first connection serves the main thread's own requests: of the
 * read-ahead it takes only listings, and files too only when there is no second connection.
 */
interface AheadJob { key: string; list: boolean; run: (s: Session) => Promise<void>; wanted?: boolean }
const aheadJobs = new Map<string, AheadJob[]>();
/** Each server's second connection once its opening ended (null: none to be had). */
const helperNow = new Map<string, Session | null>();
/** Connections running a read-ahead now (one each, behind the main thread's requests). */
const pulling = new WeakSet<Session>();

function pull(id: string, s: Session): void {
  const jobs = aheadJobs.get(id);
  if (!jobs?.length || pulling.has(s)) return;
  const helper = helperNow.get(id);
  const listsOnly = s !== helper && helper !== null && !helper?.broken;
  const at = listsOnly ? jobs.findIndex(j => j.list || j.wanted) : 0;
  if (at < 0) return;
  const [job] = jobs.splice(at, 1);
  pulling.add(s);
  // A job never rejects (its outcome goes to its own promise); on a broken connection it fails at once.
  void s.exclusive(false, () => job.run(s)).finally(() => {
    pulling.delete(s);
    pull(id, s);
  });
}

/**
 * The main thread asked for what read-ahead `key` will bring: if it has not started, it goes
 * first, and the first connection may take it too (it is then the main thread's own request).
 */
function hurry(key: string): void {
  for (const [id, jobs] of aheadJobs) {
    const at = jobs.findIndex(j => j.key === key);
    if (at < 0) continue;
    const [job] = jobs.splice(at, 1);
    job.wanted = true;
    jobs.unshift(job);
    const first = live.get(id);
    if (first) pull(id, first);
    return;
  }
}

/** `op` as read-ahead `key` (behind the requests), on whichever of the server's connections takes it first. */
function onLessBusy<T>(id: string, first: Session, key: string, list: boolean, op: (s: Session) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let jobs = aheadJobs.get(id);
    if (!jobs) aheadJobs.set(id, jobs = []);
    jobs.push({ key, list, run: s => op(s).then(resolve, reject) });
    pull(id, first);
    void helperOf(id).then((h) => {
      helperNow.set(id, h);
      pull(id, h && !h.broken ? h : first);
    });
  });
}

/**
 * Read-ahead: while the main thread works through one answer, the worker already asks for what
 * it will most likely want next, on the same connection behind its own requests: the listings of
 * the subdirectories of a directory just listed, and the small files after one just fetched (in
 * a fresh tree, all of them are). Each answer is sent to the main thread as it comes, unasked
 * (`{ ahead }`): the main thread takes it from there without a request, and tells us (`{ took }`)
 * so the next are asked for. Each is taken once, and only if asked for with the same size; a
 * read-ahead that failed is simply asked again, so messages are the ones a direct request gives.
 * Bounded: 64 answers, 4 MB of file contents, not yet taken.
 */
interface Ahead { value: Promise<unknown>; bytes: number; claimed: boolean; sent: boolean }
const ahead = new Map<string, Ahead>();
let aheadBytes = 0;
const AHEAD_COUNT = 64;
const AHEAD_BYTES = 4 * 1024 * 1024;
const AHEAD_FILES = 16;
/** A streamed file is written in pieces of this size. */
const STAGE = 1024 * 1024;
/** The files of each directory listed, in order: what a fetch reads ahead from. */
const listed = new Map<string, { path: string; size: number }[]>();

/** `send`: to the main thread as it comes; else kept for a request (a verified fetch: the worker compares the digest). */
function later(key: string, bytes: number, start: () => Promise<unknown>, send = true): void {
  if (ahead.has(key) || ahead.size >= AHEAD_COUNT || aheadBytes + bytes > AHEAD_BYTES) return;
  const entry: Ahead = { value: start(), bytes, claimed: false, sent: false };
  ahead.set(key, entry);
  aheadBytes += bytes;
  entry.value.then((value) => {
    if (entry.claimed || !send) return;
    entry.sent = true;
    if (value instanceof Uint8Array) port.postMessage({ ahead: key, value }, [value.buffer as ArrayBuffer]);
    else port.postMessage({ ahead: key, value: Array.isArray(value) ? packListing(value as Listing) : value });
  }, () => release(key));
}

function release(key: string): Ahead | undefined {
  const got = ahead.get(key);
  if (got) {
    ahead.delete(key);
    aheadBytes -= got.bytes;
  }
  return got;
}

/** Said in place of a value: the read-ahead answer sent under this key (the main thread has it, ahead of this reply). */
interface Sent { sent: string; value: Promise<unknown> }

/**
 * A read-ahead's answer for a request, if it is still here; if it was sent to the main thread
 * while the request was on its way, `Sent` (a verified request fetches again: what was sent was
 * not compared by digest).
 */
async function taken<T>(key: string, verify = false): Promise<T | Sent | undefined> {
  const got = release(key);
  if (!got) return undefined;
  if (got.sent) return verify ? undefined : { sent: key, value: got.value };
  got.claimed = true;
  hurry(key);
  return (got.value as Promise<T>).catch(() => undefined);
}

function isSent(x: unknown): x is Sent {
  return typeof x === 'object' && x !== null && 'sent' in x;
}

/** The main thread took a read-ahead's answer: the next ones are asked for, as after a request. */
async function took(t: Took): Promise<void> {
  const got = release(t.key);
  const id = `${t.server.host}:${t.server.port}`;
  if (!got || !live.get(id)) return;
  if (t.op === 'read') readAhead(t.server, live.get(id)!, t.path);
  else listedNow(t.server, t.path, await got.value as Listing);
}

/** `op` on the server's connection, before any read-ahead; again on a new one if it broke while we waited. */
async function run<T>(r: RemoteRequest, op: (s: Session) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const s = await session(r);
    let stale = false;
    const value = await s.exclusive(true, async () => {
      if (s.broken && attempt === 0) {
        stale = true;
        return undefined;
      }
      return op(s);
    });
    if (!stale) return value as T;
  }
}

async function listing(s: Session, path: string): Promise<Listing> {
  return (await s.listWithStats(path, Date.now() / 1000)).map(e => ('error' in e ? { name: e.name, error: e.error.message } : e));
}

function childPath(dir: string, name: string): string {
  return `${dir.endsWith('/') ? dir : `${dir}/`}${name}`;
}

/**
 * A file's bytes on their way into the caller's temp file (a write request's fd): gathered into
 * writes of up to 1 MB (a read-ahead's bytes at once), which the TLS layer reads into itself
 * (into: its own memory, not the shared pool; Session.fetch). Until the fd is given (a GET
 * started before its temp was made: prefetch), each full stage waits in memory.
 */
class Streamed {
  /** Why writing the local file failed (the disk full…): the reply says so, not the server's failure. */
  local: NodeJS.ErrnoException | null = null;
  private out = -1;
  private stage: Buffer;
  private staged = 0;
  /** The file's offset of the stage's first byte. */
  private at = 0;
  /** Full stages waiting for the fd, with their offsets. */
  private waiting: { bytes: Buffer; at: number }[] = [];

  constructor(private readonly size: number) {
    this.stage = Buffer.allocUnsafeSlow(Math.min(size, STAGE));
  }

  /** The temp file is there: what waited is written now. */
  fd(fd: number): void {
    this.out = fd;
    for (const w of this.waiting.splice(0)) this.write(w.bytes, w.at);
  }

  private write(bytes: Buffer, at: number): void {
    try {
      for (let done = 0; done < bytes.length;) done += fs.writeSync(this.out, bytes, done, bytes.length - done, at + done);
    } catch (e) {
      this.local = e as NodeJS.ErrnoException;
      throw e;
    }
  }

  flush(): void {
    if (this.staged === 0) return;
    if (this.out >= 0) this.write(this.stage.subarray(0, this.staged), this.at);
    else {
      this.waiting.push({ bytes: this.stage.subarray(0, this.staged), at: this.at });
      this.stage = Buffer.allocUnsafeSlow(Math.min(this.size - this.at - this.staged, STAGE) || 1);
    }
    this.at += this.staged;
    this.staged = 0;
  }

  /** Asked again from the start on a new connection (run()): what was staged is dropped. */
  private restart(at: number): void {
    if (at !== this.at + this.staged) {
      this.staged = 0;
      this.at = at;
      this.waiting = this.waiting.filter(w => w.at + w.bytes.length <= at);
      if (this.stage.length < Math.min(this.size - at, STAGE)) this.stage = Buffer.allocUnsafeSlow(Math.min(this.size - at, STAGE));
    }
  }

  into = (at: number, max: number): Uint8Array => {
    this.restart(at);
    return new Uint8Array(this.stage.buffer, this.stage.byteOffset + this.staged, Math.min(max, this.stage.length - this.staged));
  };

  sink = (bytes: Uint8Array, at: number): void => {
    if (this.local) throw this.local;
    this.restart(at);
    const stage = this.stage;
    if (bytes.buffer === stage.buffer && bytes.byteOffset === stage.byteOffset + this.staged) {
      // Read into place (into).
      this.staged += bytes.length;
      if (this.staged === stage.length) this.flush();
      return;
    }
    for (let from = 0; from < bytes.length;) {
      const n = Math.min(bytes.length - from, this.stage.length - this.staged);
      this.stage.set(bytes.subarray(from, from + n), this.staged);
      this.staged += n;
      from += n;
      if (this.staged === this.stage.length) this.flush();
    }
  };
}

/**
 * GETs started before the main thread asked to write them (prefetch), by key. The next request
 * is the write (or a cancel: the temp could not be made; the connection is then closed, as a GET
 * cannot be stopped midway).
 */
interface Prefetched { file: Streamed; done: Promise<void>; session: Session | null; cancelled: boolean }
const prefetched = new Map<string, Prefetched>();

function prefetch(r: Extract<RemoteRequest, { op: 'write' }>): void {
  const key = aheadKey(r.server, 'read', r.path, r.size);
  if (r.size <= AHEAD_FILE || r.size > PREFETCH_MAX || ahead.has(key) || prefetched.has(key)) return;
  const file = new Streamed(r.size);
  const started: Prefetched = { file, done: Promise.resolve(), session: null, cancelled: false };
  started.done = run(r, (s) => {
    if (started.cancelled) return Promise.resolve();
    started.session = s;
    return s.fetch(r.path, r.size, file.sink, r.verify, file.into);
  });
  started.done.catch(() => {}); // the write request takes the outcome
  prefetched.set(key, started);
}

function cancelPrefetch(key: string): void {
  const started = prefetched.get(key);
  if (!started) return;
  prefetched.delete(key);
  started.cancelled = true;
  // A GET cannot be stopped midway: its connection is closed (the next request opens another).
  void started.session?.close();
}

async function handle(r: RemoteRequest): Promise<{ reply: RemoteReply; transfer: ArrayBuffer[] }> {
  try {
    const id = `${r.server.host}:${r.server.port}`;
    switch (r.op) {
      case 'stat':
        return { reply: { ok: true, value: await run(r, s => s.stat(r.path, Date.now() / 1000)), notes: drain() }, transfer: [] };
      case 'list': {
        const key = aheadKey(r.server, 'list', r.path);
        const early = await taken<Listing>(key);
        if (isSent(early)) {
          listedNow(r.server, r.path, await early.value as Listing);
          return { reply: { ok: true, value: null, sent: key, notes: drain() }, transfer: [] };
        }
        const entries = early ?? await run(r, s => listing(s, r.path));
        listedNow(r.server, r.path, entries);
        return { reply: { ok: true, value: packListing(entries), notes: drain() }, transfer: [] };
      }
      case 'differs-many':
        return { reply: { ok: true, value: await run(r, s => s.differsMany(r.items)), notes: drain() }, transfer: [] };
      case 'differs':
        return { reply: { ok: true, value: await run(r, s => s.differs(r.path, r.local!)), notes: drain() }, transfer: [] };
      case 'read': {
        const size = r.size!;
        const key = aheadKey(r.server, 'read', r.path, size);
        const early = await taken<Uint8Array>(key, r.verify);
        const bytes = isSent(early) ? null : await verified(r, early) ?? await run(r, s => s.get(r.path, size, r.verify));
        const s = live.get(id);
        if (s) readAhead(r.server, s, r.path, r.verify);
        if (!bytes) return { reply: { ok: true, value: null, sent: key, notes: drain() }, transfer: [] };
        return { reply: { ok: true, value: bytes, notes: drain() }, transfer: [bytes.buffer as ArrayBuffer] };
      }
      case 'write': {
        const key = aheadKey(r.server, 'read', r.path, r.size);
        const started = prefetched.get(key);
        prefetched.delete(key);
        const early = started ? undefined : await taken<Uint8Array>(key, r.verify);
        if (isSent(early)) {
          // The main thread has the bytes: it writes them itself.
          const s = live.get(id);
          if (s) readAhead(r.server, s, r.path, r.verify);
          return { reply: { ok: true, value: null, sent: key, notes: drain() }, transfer: [] };
        }
        const file = started?.file ?? new Streamed(r.size);
        try {
          file.fd(r.fd);
          if (started) await started.done;
          else {
            const ready = await verified(r, early);
            if (ready) file.sink(ready, 0);
            else await run(r, s => s.fetch(r.path, r.size, file.sink, r.verify, file.into));
          }
          file.flush();
        } catch (e) {
          const failed = file.local;
          if (!failed) throw e;
          return { reply: { ok: false, kind: 'local', code: failed.code ?? 'EIO', message: failed.message, notes: drain() }, transfer: [] };
        }
        const s = live.get(id);
        if (s) readAhead(r.server, s, r.path, r.verify);
        return { reply: { ok: true, value: true, notes: drain() }, transfer: [] };
      }
      default:
        return { reply: { ok: false, kind: 'failed', message: `unknown remote operation ${(r as { op: string }).op}`, notes: drain() }, transfer: [] };
    }
  } catch (e) {
    const kind = e instanceof RemoteError ? e.kind : 'failed';
    return { reply: { ok: false, kind, message: (e as Error).message, notes: drain() }, transfer: [] };
  }
}

/** Bytes read ahead, their digest compared with the server's file's where the request verifies. */
async function verified(r: RemoteRequest, bytes: Uint8Array | undefined): Promise<Uint8Array | undefined> {
  if (!bytes || !('verify' in r) || !r.verify) return bytes;
  if (await run(r, s => s.differs(r.path, bytes))) throw digestMismatch(`${r.server.host}:${r.server.port}`);
  return bytes;
}

/** A listing given to the main thread: its subdirectories are listed ahead, its files kept for readAhead. */
function listedNow(server: Took['server'], dir: string, entries: Listing): void {
  const id = `${server.host}:${server.port}`;
  const s = live.get(id);
  const files: { path: string; size: number }[] = [];
  for (const e of entries) {
    if ('error' in e) continue;
    const path = childPath(dir, e.name);
    if (!s) break;
    if (e.type === 'dir') {
      const key = aheadKey(server, 'list', path);
      later(key, 0, () => onLessBusy(id, s, key, true, t => listing(t, path)));
    } else if (e.type === 'file') files.push({ path, size: e.size });
  }
  listed.set(`${id} ${dir}`, files);
}

/** The small files listed after `path` in its directory, fetched ahead (for a verified fetch: kept here, as the next will be too). */
function readAhead(server: Took['server'], s: Session, path: string, verify = false): void {
  const id = `${server.host}:${server.port}`;
  const files = listed.get(`${id} ${path.slice(0, path.lastIndexOf('/')) || '/'}`);
  if (!files) return;
  const at = files.findIndex(f => f.path === path);
  if (at < 0) return;
  for (const f of files.slice(at + 1, at + 1 + AHEAD_FILES)) {
    const key = aheadKey(server, 'read', f.path, f.size);
    if (f.size <= AHEAD_FILE) later(key, f.size, () => onLessBusy(id, s, key, false, t => t.get(f.path, f.size)), !verify);
  }
}

function drain(): string[] {
  const out = notes;
  notes = [];
  return out;
}

port.on('message', (r: RemoteRequest | 'close' | { config: Config } | { took: Took[] } | { prefetch: Extract<RemoteRequest, { op: 'write' }> } | { cancel: string }) => {
  if (typeof r === 'object' && 'config' in r) {
    configured(r.config);
    return;
  }
  if (typeof r === 'object' && 'prefetch' in r) {
    prefetch(r.prefetch);
    return;
  }
  if (typeof r === 'object' && 'cancel' in r) {
    cancelPrefetch(r.cancel);
    return;
  }
  if (typeof r === 'object' && 'took' in r) {
    for (const t of r.took) void took(t);
    return;
  }
  if (r === 'close') {
    // Each connection ends with close_notify; the main thread waits (a little) for that.
    ending = true;
    const unused = [...guesses.values()].flatMap(g => (g.second ? [g.first, g.second] : [g.first]));
    const closing = [...sessions.values(), ...helpers.values(), ...unused].map(s => s.then((x) => x?.close(), () => {}));
    sessions.clear();
    helpers.clear();
    guesses.clear();
    void Promise.all(closing).then(() => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
    return;
  }
  handle(r).then(({ reply, transfer }) => {
    port.postMessage(reply, transfer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
});
parentPort?.unref();
if (hint) speculate(hint);

// The main thread waits for every reply: a failure here must still answer it.
process.on('uncaughtException', (e) => {
  port.postMessage({ ok: false, kind: 'failed', message: `the remote copy worker failed: ${e.message}`, notes: drain() });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});

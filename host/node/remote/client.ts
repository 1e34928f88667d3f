/**
 * @fileoverview Synchronous access to cfengine servers for the Node host: the core and the host
 * interface are synchronous, TLS in Node is not, so a worker thread (worker.ts) owns the
 * connections and this side blocks in Atomics.wait until the worker sets the shared flag, then
 * takes the reply with receiveMessageOnPort (file contents are transferred, not copied).
 */
import * as os from 'node:os';
import type { MessagePort } from 'node:worker_threads';
import { workerThreads } from '../lazy-builtins.js'; // not loaded by a run that asks no server
import { HostError } from '../../core/host-interface.js';
import type { RemoteEntry, RemoteInfo, ServerRef } from '../../core/host-interface.js';
import type { RemoteFailure, RemoteStat } from './session.js';
import { endWorker, spawnWorker, takeEarly, workerPath } from './early.js';
import { WORKER_GONE, WORKER_LOADING } from './shared.js';
export { defaultPort } from './shared.js'; // NodeHost's, from here as before
import type { WorkerHandle } from './early.js';
import { writeAll } from '../atomic-write.js';
import { AHEAD_FILE, aheadKey, PREFETCH_MAX, TOLD_EVERY } from './ahead.js';
import type { Took } from './ahead.js';
import { unpackListing } from './packed-listing.js';
import type { PackedListing } from './packed-listing.js';

export type RemoteRequest =
  { op: 'stat' | 'list'; server: ServerRef; path: string; size?: number; local?: Uint8Array } |
  { op: 'read'; server: ServerRef; path: string; size: number; local?: Uint8Array; verify?: boolean } |
  { op: 'write'; server: ServerRef; path: string; size: number; fd: number; verify?: boolean } |
  { op: 'differs'; server: ServerRef; path: string; local: Uint8Array; size?: number } |
  { op: 'differs-many'; server: ServerRef; path: ''; items: { path: string; digest: Uint8Array }[] };

export type RemoteReply =
  /** `sent`: the value is the read-ahead answer sent under that key just before (worker.ts taken). */
  { ok: true; value: unknown; sent?: string; notes: string[] } |
  { ok: false; kind: RemoteFailure; message: string; notes: string[] } |
  /** Writing the local file failed (the disk full…): the error as fs gave it. */
  { ok: false; kind: 'local'; code: string; message: string; notes: string[] };

export interface RemoteClientOptions {
  /** Where the key pair (ppkeys/) and the servers' trusted keys are kept. */
  stateDir: string;
  /** Seconds without a byte from a server before a request fails (default 30). */
  timeout?: number;
  /** Told of keys made or learnt. */
  note?: (message: string) => void;
}

function info(st: RemoteStat): RemoteInfo {
  return {
    type: st.type === 'other' ? 'none' : st.type, mode: st.mode, mtime: st.mtime, atime: st.atime, size: st.size,
    uid: st.uid, gid: st.gid, ino: st.ino, dev: st.dev, ...(st.target !== undefined ? { target: st.target } : {}),
  };
}

/**
 * The longest a worker thread may take to start its code (a local matter, not the servers'
 * timeout): one that has not started by then is taken to be stuck.
 */
const WORKER_START_S = 30;

export class RemoteClient {
  private handle: WorkerHandle | null = null;
  private port: MessagePort | null = null;
  private flag: Int32Array = new Int32Array(new SharedArrayBuffer(8));
  private notes: string[] = [];
  /** Why the worker could not load its code, as it said before it ended. */
  private failure = '';

  constructor(private readonly options: RemoteClientOptions) {}

  /**
   * Starts the worker (at the first request, or earlier: NodeHost.startRemote), or adopts the one
   * bin/cfwasm.js started before the CLI loaded (early.ts); its settings are its first message.
   */
  start(): MessagePort {
    if (this.port) return this.port;
    const url = workerPath();
    if (!url) throw new HostError('ENOTAVAIL', 'the remote copy worker (dist/host/node/remote/worker.js) is missing: run npm run build');
    const started = takeEarly() ?? spawnWorker(url);
    started.connections = true;
    this.handle = started;
    this.flag = started.flag;
    this.port = started.port;
    this.port.postMessage({
      config: { stateDir: this.options.stateDir, user: os.userInfo().username, timeout: this.options.timeout ?? 30 },
    });
    return this.port;
  }

  /** Read-ahead answers the worker sent unasked (worker.ts), by their key, until taken. */
  private ahead = new Map<string, unknown>();
  /** A reply that came while read-ahead answers were collected (the worker's failure report). */
  private stray: { message: unknown } | null = null;

  /** Keeps a message the worker sent unasked; false for a reply. */
  private keep(message: unknown): boolean {
    const m = message as { ahead?: string; value?: unknown; workerFailed?: string };
    if (typeof m.workerFailed === 'string') {
      this.failure = m.workerFailed;
      return true;
    }
    if (typeof m.ahead !== 'string') return false;
    this.ahead.set(m.ahead, m.value);
    return true;
  }

  /** A read-ahead answer for `op` on `path` if there is one (then the worker is told, and reads on). */
  private takeAhead(server: ServerRef, op: 'list' | 'read', path: string, size?: number): unknown {
    if (!this.port) return undefined;
    for (let got; !this.stray && (got = workerThreads().receiveMessageOnPort(this.port));) {
      if (!this.keep(got.message)) this.stray = got;
    }
    const key = aheadKey(server, op, path, size);
    const value = this.ahead.get(key);
    if (value === undefined) return undefined;
    this.ahead.delete(key);
    // Told in batches (each message wakes the worker): at once for a listing (its subdirectories
    // are listed next), else every few files, or with the next request.
    this.took.push({ key, op, server, path });
    if (op === 'list' || this.took.length >= TOLD_EVERY) this.tell();
    return value;
  }

  /** Read-ahead answers taken that the worker has not been told of yet. */
  private took: Took[] = [];

  private tell(): void {
    if (!this.took.length || !this.port) return;
    this.port.postMessage({ took: this.took });
    this.took = [];
  }

  /** The GET started by prefetch that no write request has taken yet (its key). */
  private prefetched: string | null = null;

  /**
   * Starts the GET of a file that writeInto is asked for next, before its temp file is made (the
   * temp, and the helper that removes a killed run's temps, are made while the server sends).
   * Only a file bigger than a read-ahead one (up to PREFETCH_MAX: what arrives first waits in
   * memory). If the next request is not that write, the GET is cancelled first.
   */
  prefetch(server: ServerRef, path: string, size: number, verify = false): void {
    if (size <= AHEAD_FILE || size > PREFETCH_MAX) return;
    const port = this.start();
    this.tell();
    this.cancelPrefetch();
    this.prefetched = aheadKey(server, 'read', path, size);
    const request: RemoteRequest = { op: 'write', server, path, size, fd: -1, verify };
    port.postMessage({ prefetch: request });
  }

  private cancelPrefetch(): void {
    if (this.prefetched === null || !this.port) return;
    this.port.postMessage({ cancel: this.prefetched });
    this.prefetched = null;
  }

  private call(request: RemoteRequest): unknown {
    const port = this.start();
    this.tell();
    // A write takes its own prefetched GET (the worker matches it); any other request cancels it.
    if (request.op === 'write' && this.prefetched === aheadKey(request.server, 'read', request.path, request.size)) this.prefetched = null;
    else this.cancelPrefetch();
    Atomics.store(this.flag, 0, 0);
    port.postMessage(request);
    const loading = Date.now() + WORKER_START_S * 1000;
    // Every request ends: the worker answers each, failures included, and its reads time out; a
    // worker that ended, or that has not started its code within the timeout, fails it.
    for (;;) {
      // (A failure the worker reported between requests stands for the next reply, as ever.)
      let got = this.stray;
      this.stray = null;
      while (!got) {
        const m = workerThreads().receiveMessageOnPort(port);
        if (!m) break;
        if (!this.keep(m.message)) got = m;
      }
      if (!got) {
        const state = Atomics.load(this.flag, 1);
        if (state === WORKER_GONE || (state === WORKER_LOADING && Date.now() > loading)) throw this.workerLost(state);
        Atomics.wait(this.flag, 0, 0, 1000);
      } else {
        const reply = got.message as RemoteReply;
        // Asked for directly: a read-ahead of the same that came meanwhile is the answer if the
        // worker says so, else it is not used later.
        const key = request.op === 'list' ? aheadKey(request.server, 'list', request.path)
          : request.op === 'read' || request.op === 'write' ? aheadKey(request.server, 'read', request.path, request.size) : null;
        const came = key === null ? undefined : this.ahead.get(key);
        if (key !== null) this.ahead.delete(key);
        for (const n of reply.notes) {
          if (this.options.note) this.options.note(n);
          else this.notes.push(n);
        }
        if (reply.ok && reply.sent !== undefined) {
          if (reply.sent !== key || came === undefined) throw new HostError('EFAIL', 'the remote copy worker referred to an answer that never came');
          return came;
        }
        if (reply.ok) return reply.value;
        if (reply.kind === 'local') throw Object.assign(new Error(reply.message), { code: reply.code });
        throw new HostError(reply.kind === 'server' ? 'EREMOTE' : reply.kind === 'missing' ? 'ENOENT'
          : reply.kind === 'denied' ? 'EACCES' : reply.kind === 'changed' ? 'ECHANGED' : 'EFAIL', reply.message);
      }
    }
  }

  /** The worker ended, or never started: every request fails at once, naming why (status -6: said once per server). */
  private workerLost(state: number): HostError {
    return new HostError('EREMOTE', state === WORKER_GONE
      ? `the remote copy worker ended${this.failure ? `: ${this.failure}` : ' unexpectedly'}`
      : `the remote copy worker did not start within ${WORKER_START_S} s`);
  }

  /** Notes (keys made or learnt) not yet given to anyone. */
  takeNotes(): string[] {
    const out = this.notes;
    this.notes = [];
    return out;
  }

  stat(server: ServerRef, path: string): RemoteInfo {
    return info(this.call({ op: 'stat', server, path }) as RemoteStat);
  }

  list(server: ServerRef, path: string): RemoteEntry[] {
    return unpackListing((this.takeAhead(server, 'list', path) ?? this.call({ op: 'list', server, path })) as PackedListing);
  }

  /** `verify`: the digest of what arrived is compared with the server's (HostError ECHANGED if not the same). */
  read(server: ServerRef, path: string, size: number, verify = false): Uint8Array {
    // A read-ahead was not compared by digest: a verified read asks the worker (which does).
    const early = verify ? undefined : this.takeAhead(server, 'read', path, size);
    return (early ?? this.call({ op: 'read', server, path, size, verify })) as Uint8Array;
  }

  /**
   * Fetches the file into `fd` (a new file, from offset 0) as it arrives: a large file is never
   * whole in memory, and the disk writes overlap the transfer. A failure of the local write is
   * thrown as fs threw it (with its code). A small file read ahead is written here at once.
   */
  writeInto(server: ServerRef, path: string, size: number, fd: number, verify = false): void {
    const early = verify ? undefined : this.takeAhead(server, 'read', path, size) as Uint8Array | undefined;
    if (early) writeAll(fd, early);
    else {
      // The bytes themselves when the worker had sent them ahead meanwhile.
      const sent = this.call({ op: 'write', server, path, size, fd, verify });
      if (sent instanceof Uint8Array) writeAll(fd, sent);
    }
  }

  differs(server: ServerRef, path: string, local: Uint8Array): boolean {
    return this.call({ op: 'differs', server, path, local: local.slice() }) as boolean;
  }

  /** For each file, whether the server's differs from `digest` (its MD5), or why the server would not say. */
  differsMany(server: ServerRef, items: { path: string; digest: Uint8Array }[]): (boolean | string)[] {
    return items.length ? this.call({ op: 'differs-many', server, path: '', items }) as (boolean | string)[] : [];
  }

  /** Closes the connections and ends the worker. */
  close(): void {
    if (!this.handle) return;
    endWorker(this.handle);
    this.handle = null;
    this.port = null;
  }
}

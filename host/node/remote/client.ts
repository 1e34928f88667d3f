/**
 * @fileoverview Synchronous access to cfengine servers for the Node host: the core and the host
 * interface are synchronous, TLS in Node is not, so a worker thread (worker.ts) owns the
 * connections and this side blocks in Atomics.wait until the worker sets the shared flag, then
 * takes the reply with receiveMessageOnPort (file contents are transferred, not copied).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { workerThreads } from '../lazy-builtins.js'; // not loaded by a run that asks no server
import { HostError, noFile } from '../../core/host-interface.js';
import type { RemoteEntry, RemoteInfo, ServerRef } from '../../core/host-interface.js';
import type { RemoteFailure, RemoteStat } from './session.js';

export type RemoteRequest =
  { op: 'stat' | 'list'; server: ServerRef; path: string; size?: number; local?: Uint8Array } |
  { op: 'read'; server: ServerRef; path: string; size: number; local?: Uint8Array; verify?: boolean } |
  { op: 'write'; server: ServerRef; path: string; size: number; fd: number; verify?: boolean } |
  { op: 'differs'; server: ServerRef; path: string; local: Uint8Array; size?: number };

export type RemoteReply =
  { ok: true; value: unknown; notes: string[] } |
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

/** The worker's compiled module: beside this one in dist/, or from the CLI bundle, or from the sources. */
function workerPath(): URL {
  for (const rel of ['./worker.js', '../node/remote/worker.js', '../../../dist/host/node/remote/worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (fs.existsSync(url)) return url;
  }
  throw new HostError('ENOTAVAIL', 'the remote copy worker (dist/host/node/remote/worker.js) is missing: run npm run build');
}

/** The default port: the `cfengine` entry of /etc/services, else 5308. */
export function defaultPort(): number {
  try {
    const m = /^cfengine\s+(\d+)\/tcp/m.exec(fs.readFileSync('/etc/services', 'utf8'));
    if (m) return Number(m[1]);
  } catch { /* none */ }
  return 5308;
}

function info(st: RemoteStat): RemoteInfo {
  return {
    type: st.type === 'other' ? 'none' : st.type, mode: st.mode, mtime: st.mtime, atime: st.atime, size: st.size,
    uid: st.uid, gid: st.gid, ino: st.ino, dev: st.dev, ...(st.target !== undefined ? { target: st.target } : {}),
  };
}

export class RemoteClient {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private flag = new Int32Array(new SharedArrayBuffer(4));
  private notes: string[] = [];

  constructor(private readonly options: RemoteClientOptions) {}

  /** Starts the worker (at the first request, or earlier: NodeHost.startRemote). */
  start(): MessagePort {
    if (this.port) return this.port;
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(workerPath(), {
      workerData: {
        port: port2, flag: this.flag.buffer, stateDir: this.options.stateDir,
        user: os.userInfo().username, timeout: this.options.timeout ?? 30,
      },
      transferList: [port2],
    });
    this.worker.unref();
    port1.unref();
    this.port = port1;
    return port1;
  }

  private call(request: RemoteRequest): unknown {
    const port = this.start();
    Atomics.store(this.flag, 0, 0);
    port.postMessage(request);
    // Every request ends: the worker answers each, failures included, and its reads time out.
    for (;;) {
      Atomics.wait(this.flag, 0, 0, 1000);
      const got = workerThreads().receiveMessageOnPort(port);
      if (got) {
        const reply = got.message as RemoteReply;
        for (const n of reply.notes) {
          if (this.options.note) this.options.note(n);
          else this.notes.push(n);
        }
        if (reply.ok) return reply.value;
        if (reply.kind === 'local') throw Object.assign(new Error(reply.message), { code: reply.code });
        throw new HostError(reply.kind === 'server' ? 'EREMOTE' : reply.kind === 'missing' ? 'ENOENT'
          : reply.kind === 'denied' ? 'EACCES' : reply.kind === 'changed' ? 'ECHANGED' : 'EFAIL', reply.message);
      }
    }
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
    const entries = this.call({ op: 'list', server, path }) as ((RemoteStat & { name: string }) | { name: string; error: string })[];
    return entries.map(e => ('error' in e ? { ...noFile(), name: e.name, error: e.error } : { ...info(e), name: e.name }));
  }

  /** `verify`: the digest of what arrived is compared with the server's (HostError ECHANGED if not the same). */
  read(server: ServerRef, path: string, size: number, verify = false): Uint8Array {
    return this.call({ op: 'read', server, path, size, verify }) as Uint8Array;
  }

  /**
   * Fetches the file into `fd` (a new file, from offset 0) as it arrives: a large file is never
   * whole in memory, and the disk writes overlap the transfer. A failure of the local write is
   * thrown as fs threw it (with its code).
   */
  writeInto(server: ServerRef, path: string, size: number, fd: number, verify = false): void {
    this.call({ op: 'write', server, path, size, fd, verify });
  }

  differs(server: ServerRef, path: string, local: Uint8Array): boolean {
    return this.call({ op: 'differs', server, path, local: local.slice() }) as boolean;
  }

  /** Closes the connections and ends the worker. */
  close(): void {
    if (!this.worker) return;
    // The worker ends its connections with close_notify first (at most about a second).
    Atomics.store(this.flag, 0, 0);
    this.port!.postMessage('close');
    Atomics.wait(this.flag, 0, 0, 1500);
    void this.worker.terminate();
    this.worker = null;
    this.port?.close();
    this.port = null;
  }
}

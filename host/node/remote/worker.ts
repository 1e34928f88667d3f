/**
 * @fileoverview The worker thread that owns the TLS connections to cfengine servers (one per
 * server and port, kept for the run, as cfengine caches them). The main thread is blocked in
 * Atomics.wait while a request runs (client.ts): each reply is posted on the port, then the
 * shared flag is set and notified.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { ensureKeyPair, KeyPair } from './keys.js';
import { RemoteError, Session } from './session.js';
import type { RemoteRequest, RemoteReply } from './client.js';

interface Config { port: MessagePort; flag: SharedArrayBuffer; stateDir: string; user: string; timeout: number }

const config = workerData as Config;
const flag = new Int32Array(config.flag);
const sessions = new Map<string, Promise<Session>>();
/** Servers that failed as a whole: asked again, they fail at once with the same words. */
const down = new Map<string, string>();
let keys: KeyPair | null = null;
let notes: string[] = [];

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
  const opening = Session.open({
    host: r.server.host, port: r.server.port, trustKey: r.server.trustKey, keys, stateDir: config.stateDir,
    user: config.user, timeout: config.timeout, note: (m) => notes.push(m),
  });
  sessions.set(id, opening);
  try {
    return await opening;
  } catch (e) {
    sessions.delete(id);
    if (e instanceof RemoteError && e.kind === 'server') down.set(id, e.message);
    throw e;
  }
}

async function handle(r: RemoteRequest): Promise<{ reply: RemoteReply; transfer: ArrayBuffer[] }> {
  try {
    const s = await session(r);
    switch (r.op) {
      case 'stat':
        return { reply: { ok: true, value: await s.stat(r.path, Date.now() / 1000), notes: drain() }, transfer: [] };
      case 'list': {
        const entries = (await s.listWithStats(r.path, Date.now() / 1000))
          .map(e => ('error' in e ? { name: e.name, error: e.error.message } : e));
        return { reply: { ok: true, value: entries, notes: drain() }, transfer: [] };
      }
      case 'differs':
        return { reply: { ok: true, value: await s.differs(r.path, r.local!), notes: drain() }, transfer: [] };
      case 'read': {
        const bytes = await s.get(r.path, r.size!);
        return { reply: { ok: true, value: bytes, notes: drain() }, transfer: [bytes.buffer as ArrayBuffer] };
      }
      default:
        return { reply: { ok: false, kind: 'failed', message: `unknown remote operation ${(r as { op: string }).op}`, notes: drain() }, transfer: [] };
    }
  } catch (e) {
    const kind = e instanceof RemoteError ? e.kind : 'failed';
    return { reply: { ok: false, kind, message: (e as Error).message, notes: drain() }, transfer: [] };
  }
}

function drain(): string[] {
  const out = notes;
  notes = [];
  return out;
}

config.port.on('message', (r: RemoteRequest | 'close') => {
  if (r === 'close') {
    for (const s of sessions.values()) s.then((x) => x.close(), () => {});
    sessions.clear();
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
    return;
  }
  handle(r).then(({ reply, transfer }) => {
    config.port.postMessage(reply, transfer);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
});
parentPort?.unref();

// The main thread waits for every reply: a failure here must still answer it.
process.on('uncaughtException', (e) => {
  config.port.postMessage({ ok: false, kind: 'failed', message: `the remote copy worker failed: ${e.message}`, notes: drain() });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});

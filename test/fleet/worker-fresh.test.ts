/**
 * host/node/remote/worker.ts loaded in this process, as test/fleet/worker-calls.test.ts does, but
 * afresh for each case (vi.resetModules) with the `workerData` a Worker would get: its own port,
 * flag and, here, the early hint (early.ts hintOf), so the connections it opens before the run
 * asks (speculate), the run's settings that drop them (configured) and the run taking them
 * (adopted) are seen from the server's side: how many connections, what each was asked, which
 * were ended. The test plays the main thread and the server (fake-server.ts) in one event loop.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort as WorkerPort } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { EarlyHint } from '../../host/node/remote/early.js';
import { keyPaths, makeKeyPair } from '../../host/node/remote/keys.js';
import { Session } from '../../host/node/remote/session.js';
import { fakeKeys, FakeServer } from './fake-server.js';
import type { FakeEntry, FakeScript } from './fake-server.js';

const side = vi.hoisted(() => ({ data: {} as Record<string, unknown> }));
vi.mock('node:worker_threads', async (original) => ({
  ...(await original<typeof import('node:worker_threads')>()),
  // Read by worker.ts when it loads: each load() below fills it first.
  workerData: side.data,
  parentPort: null,
}));

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-worker-fresh-'));
const servers: FakeServer[] = [];
const serverKeys = fakeKeys();
const me = os.userInfo().username;
let dirs = 0;

interface Loaded {
  /** Posts a request as the main thread does and waits for its reply (or, for 'close', the flag). */
  ask(message: unknown): Promise<any>;
  post(message: unknown): void;
  /** Replies no request was waiting for (the uncaught-exception answer). */
  stray: unknown[];
  flag: Int32Array;
  /** worker.ts's uncaughtException listener (taken off the process: the test calls it). */
  crashed: NodeJS.UncaughtExceptionListener;
}
const loaded: { main: WorkerPort; worker: WorkerPort; closed: boolean; ask: Loaded['ask'] }[] = [];

/** A fresh worker.ts with `hint` in its workerData. */
async function load(hint?: EarlyHint): Promise<Loaded> {
  const { port1: main, port2: worker } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(8));
  side.data.port = worker;
  side.data.flag = flag.buffer;
  side.data.hint = hint;
  const before = process.listeners('uncaughtException');
  vi.resetModules();
  await import('../../host/node/remote/worker.js');
  const added = process.listeners('uncaughtException').filter((l) => !before.includes(l));
  for (const l of added) process.removeListener('uncaughtException', l);
  expect(added).toHaveLength(1);
  const waiting: ((reply: any) => void)[] = [];
  const stray: unknown[] = [];
  main.on('message', (m: any) => {
    if (m && typeof m === 'object' && 'ahead' in m) return;
    const w = waiting.shift();
    if (w) w(m);
    else stray.push(m);
  });
  const post = (message: unknown) => main.postMessage(message);
  const ask = (message: unknown): Promise<any> => {
    Atomics.store(flag, 0, 0);
    if (message === 'close') {
      post(message);
      const w = Atomics.waitAsync(flag, 0, 0);
      return w.async ? w.value : Promise.resolve(w.value);
    }
    const reply = new Promise((resolve) => waiting.push(resolve));
    post(message);
    return reply;
  };
  const entry = { main, worker, closed: false, ask };
  loaded.push(entry);
  return { ask, post, stray, flag, crashed: added[0] };
}

/** Each case's worker closes its connections (as the run's end does) and its ports. */
afterEach(async () => {
  for (const l of loaded.splice(0)) {
    if (!l.closed) await l.ask('close');
    l.main.close();
    l.worker.close();
  }
});
afterAll(async () => {
  for (const f of servers) await f.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
}

const file = (content: string, ino = 7): FakeEntry => ({ type: 'file', content: Buffer.from(content), ino });
const dir = (ino = 2): FakeEntry => ({ type: 'dir', ino });
const treeScript = (tree: Record<string, FakeEntry>): FakeScript => ({
  stat: (p) => tree[p],
  list: (p) => (tree[p]?.type === 'dir' ? Object.keys(tree).filter((k) => k !== p && k.slice(0, k.lastIndexOf('/') || 1) === p).map((k) => k.slice(k.lastIndexOf('/') + 1)) : undefined),
});
const TREE = { '/t': dir(2), '/t/a': dir(3), '/t/b': dir(4), '/t/a/x': file('x', 5), '/t/b/y': file('yy', 6) };

/** A state directory with a key pair (small: made fast), and the server's key pinned in it if `pin`. */
async function stateDir(pin?: FakeServer): Promise<string> {
  const d = join(scratch, `state${++dirs}`);
  fs.mkdirSync(d);
  const keys = makeKeyPair(d, 1024);
  if (pin) {
    const s = await Session.open({ host: '127.0.0.1', port: pin.port, trustKey: true, keys, stateDir: d, user: me, timeout: 30, note: () => {} });
    await s.close();
    await until(() => pin.ended === pin.byConnection.length);
  }
  return d;
}

async function serve(script: FakeScript = treeScript(TREE)): Promise<FakeServer> {
  const fake = await FakeServer.start(script, { keys: serverKeys });
  servers.push(fake);
  return fake;
}

/** The fake server's counts from here on (the pinning connection before it not counted). */
function since(fake: FakeServer): { connections: () => string[][]; ended: () => number } {
  const c = fake.byConnection.length;
  const e = fake.ended;
  return { connections: () => fake.byConnection.slice(c), ended: () => fake.ended - e };
}

describe('connections opened before the run asks (the early hint)', () => {
  it('one per server named, and for trees a second once the first is in; the run takes both and opens none', async () => {
    const fake = await serve();
    const state = await stateDir(fake);
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: false };
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: true });
    await until(() => seen.connections().length === 2);
    // Nothing asked on them yet: the run has not asked.
    expect(seen.connections()).toEqual([[], []]);
    // The same directory, spelt with a trailing slash: the guesses stand.
    w.post({ config: { stateDir: `${state}/`, user: me, timeout: 30 } });
    expect(await w.ask({ op: 'stat', server, path: '/t' })).toMatchObject({ ok: true, value: { type: 'dir' } });
    expect(seen.connections()[0]).toEqual([expect.stringMatching(/^SYNCH \d+ STAT \/t$/)]);
    const listed = await w.ask({ op: 'list', server, path: '/t' });
    expect(listed.ok).toBe(true);
    // Both subdirectories listed ahead, on the two connections it had: no third opened.
    await until(() => fake.requests.filter((r) => /^OPENDIR \/t\/[ab]$/.test(r)).length === 2);
    await w.ask('close');
    loaded[loaded.length - 1].closed = true;
    expect(seen.connections()).toHaveLength(2);
    expect(seen.ended()).toBe(2);
  });

  it('without trees, one connection only: the read-ahead one is opened at the first read-ahead', async () => {
    const fake = await serve();
    const state = await stateDir(fake);
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: false };
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: false });
    await until(() => seen.connections().length === 1);
    w.post({ config: { stateDir: state, user: me, timeout: 30 } });
    expect(await w.ask({ op: 'stat', server, path: '/t/a/x' })).toMatchObject({ ok: true, value: { type: 'file', size: 1 } });
    await w.ask('close');
    loaded[loaded.length - 1].closed = true;
    expect(seen.connections()).toHaveLength(1);
    expect(seen.connections()[0]).toHaveLength(1);
  });

  it('the run\'s settings name another state directory: the guesses are closed, the run opens its own with its own keys', async () => {
    const fake = await serve();
    const early = await stateDir(fake);
    const mine = await stateDir();
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: true };
    const w = await load({ stateDir: early, servers: [{ host: server.host, port: server.port }], trees: true });
    await until(() => seen.connections().length === 2);
    w.post({ config: { stateDir: mine, user: me, timeout: 30 } });
    await until(() => seen.ended() === 2);
    const reply = await w.ask({ op: 'stat', server, path: '/t' });
    expect(reply).toMatchObject({ ok: true, value: { type: 'dir' } });
    // Learnt into the run's state directory, on a third connection.
    expect(reply.notes.join('\n')).toContain(fake.digest);
    expect(seen.connections()).toHaveLength(3);
    expect(seen.connections()[2]).toEqual([expect.stringMatching(/^SYNCH \d+ STAT \/t$/)]);
    // The certificate it showed is the run's key pair's, kept in the run's directory.
    const cert = new (await import('node:crypto')).X509Certificate(fs.readFileSync(keyPaths(mine).cert));
    const pub = fs.readFileSync(keyPaths(mine).pub);
    expect(cert.publicKey.export({ type: 'spki', format: 'pem' })).toBe((await import('node:crypto')).createPublicKey(pub).export({ type: 'spki', format: 'pem' }));
  });

  it('the run is another user\'s: the guesses are closed too', async () => {
    const fake = await serve();
    const state = await stateDir(fake);
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: false };
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: false });
    await until(() => seen.connections().length === 1);
    w.post({ config: { stateDir: state, user: `${me}x`, timeout: 30 } });
    await until(() => seen.ended() === 1);
    expect(await w.ask({ op: 'stat', server, path: '/t' })).toMatchObject({ ok: true });
    expect(seen.connections()).toHaveLength(2);
  });

  it('a key not pinned for the name: the guess decides nothing and the run opens its own', async () => {
    const fake = await serve();
    const state = await stateDir();
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: true };
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: false });
    await until(() => seen.connections().length === 1);
    w.post({ config: { stateDir: state, user: me, timeout: 30 } });
    const reply = await w.ask({ op: 'stat', server, path: '/t' });
    expect(reply).toMatchObject({ ok: true, value: { type: 'dir' } });
    expect(reply.notes.join('\n')).toContain(fake.digest);
    expect(seen.connections()).toEqual([[], [expect.stringMatching(/^SYNCH \d+ STAT \/t$/)]]);
  });

  it('no key pair yet: no guess (a new key pair is the run\'s to make)', async () => {
    const fake = await serve();
    const state = join(scratch, `state${++dirs}`);
    fs.mkdirSync(state);
    const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: fake.port }], trees: true });
    expect(fs.readdirSync(state)).toEqual([]);
    makeKeyPair(state, 1024);
    w.post({ config: { stateDir: state, user: me, timeout: 30 } });
    expect(await w.ask({ op: 'stat', server: { host: '127.0.0.1', port: fake.port, trustKey: true }, path: '/t' })).toMatchObject({ ok: true });
    expect(fake.byConnection).toHaveLength(1);
  });

  it('a guess with no answer within the run\'s timeout from the worker\'s start: the server\'s failure, said again at once', async () => {
    // Takes the TCP connection, never answers the TLS handshake.
    const held: net.Socket[] = [];
    const silent = net.createServer((c) => held.push(c));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const fake = await serve();
      const state = await stateDir(fake);
      const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port }], trees: true });
      w.post({ config: { stateDir: state, user: me, timeout: 1 } });
      const server = { host: '127.0.0.1', port, trustKey: false };
      const first = await w.ask({ op: 'stat', server, path: '/t' });
      expect(first).toEqual({ ok: false, kind: 'server', message: `cannot connect to 127.0.0.1:${port}: no answer in 1 s`, notes: [] });
      expect(await w.ask({ op: 'list', server, path: '/t' })).toEqual(first);
    } finally {
      for (const c of held) c.destroy();
      silent.close();
    }
  });
});

describe('a failure the worker did not catch', () => {
  it('is still the reply the main thread waits for, with the notes, and the flag set', async () => {
    const w = await load();
    Atomics.store(w.flag, 0, 0);
    w.crashed(new Error('boom'), 'uncaughtException');
    await until(() => w.stray.length === 1);
    expect(w.stray[0]).toEqual({ ok: false, kind: 'failed', message: 'the remote copy worker failed: boom', notes: [] });
    expect(Atomics.load(w.flag, 0)).toBe(1);
  });
});

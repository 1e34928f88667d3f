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
import { aheadKey } from '../../host/node/remote/ahead.js';
import { keyPaths, loadKeyPair, makeKeyPair } from '../../host/node/remote/keys.js';
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
  /** Read-ahead answers sent unasked (`{ ahead, value }`), in order. */
  unasked: { ahead: string; value: unknown }[];
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
  const unasked: { ahead: string; value: unknown }[] = [];
  main.on('message', (m: any) => {
    if (m && typeof m === 'object' && 'ahead' in m) {
      unasked.push(m);
      return;
    }
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
  return { ask, post, stray, unasked, flag, crashed: added[0] };
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
  for (const r of relays) r.close();
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
    // The certificate pinning kept, removed: a guess decides and writes nothing.
    fs.rmSync(keyPaths(state).cert);
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: false };
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: false });
    await until(() => seen.connections().length === 1);
    w.post({ config: { stateDir: state, user: `${me}x`, timeout: 30 } });
    await until(() => seen.ended() === 1);
    expect(fs.existsSync(keyPaths(state).cert)).toBe(false);
    expect(await w.ask({ op: 'stat', server, path: '/t' })).toMatchObject({ ok: true });
    expect(seen.connections()).toHaveLength(2);
  });

  it('a key not pinned for the name: the guess decides nothing and the run opens its own', async () => {
    const fake = await serve();
    const state = await stateDir();
    const seen = since(fake);
    const server = { host: '127.0.0.1', port: fake.port, trustKey: true };
    // Trees: but the first guess came to nothing, so no second is opened either.
    const w = await load({ stateDir: state, servers: [{ host: server.host, port: server.port }], trees: true });
    await until(() => seen.connections().length === 1 && seen.ended() === 1);
    w.post({ config: { stateDir: state, user: me, timeout: 30 } });
    const reply = await w.ask({ op: 'stat', server, path: '/t' });
    expect(reply).toMatchObject({ ok: true, value: { type: 'dir' } });
    expect(reply.notes.join('\n')).toContain(fake.digest);
    await w.ask('close');
    loaded[loaded.length - 1].closed = true;
    expect(seen.connections()).toEqual([[], [expect.stringMatching(/^SYNCH \d+ STAT \/t$/)]]);
  });

  it('no key pair yet: no guess (a new key pair is the run\'s to make)', async () => {
    const fake = await serve();
    const state = join(scratch, `state${++dirs}`);
    fs.mkdirSync(state);
    const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: fake.port }], trees: true });
    expect(fs.readdirSync(state)).toEqual([]);
    w.post({ config: { stateDir: state, user: me, timeout: 30 } });
    const reply = await w.ask({ op: 'stat', server: { host: '127.0.0.1', port: fake.port, trustKey: true }, path: '/t' });
    expect(reply).toMatchObject({ ok: true });
    expect(fake.byConnection).toHaveLength(1);
    // The run made the key pair, and said so in the reply's notes.
    expect(reply.notes[0]).toMatch(new RegExp(`^made this host's key pair in ${keyPaths(state).dir} \\(`));
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
      // Said by the run's timeout, while the guess's own connection (30 s) is still waiting.
      expect(held.map((c) => c.destroyed || c.readableEnded)).toEqual([false]);
      expect(await w.ask({ op: 'list', server, path: '/t' })).toEqual(first);
      // Remembered as down: not tried again.
      expect(held).toHaveLength(1);
    } finally {
      for (const c of held) c.destroy();
      silent.close();
    }
  });
});

/** A TCP relay to `to` that holds each connection `delay` ms before passing it on (a slow handshake). */
async function slowRelay(to: number, delay: number): Promise<{ port: number; stop: () => void }> {
  const sockets: net.Socket[] = [];
  const relay = net.createServer((c) => {
    sockets.push(c);
    c.on('error', () => {});
    c.pause();
    setTimeout(() => {
      const u = net.connect(to, '127.0.0.1');
      sockets.push(u);
      u.on('error', () => c.destroy());
      c.on('error', () => u.destroy());
      c.pipe(u);
      u.pipe(c);
      c.resume();
    }, delay);
  });
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  return { port: (relay.address() as net.AddressInfo).port, stop: () => { for (const s of sockets) s.destroy(); relay.close(); } };
}

describe('a guess still on its way when the run asks', () => {
  it('is waited for within the run\'s timeout, and taken', async () => {
    const fake = await serve();
    const relay = await slowRelay(fake.port, 400);
    try {
      const state = await stateDir(fake);
      // Pinned for the relay's port too (the name and port the run asks for).
      const seen = since(fake);
      const server = { host: '127.0.0.1', port: relay.port, trustKey: true };
      const pin = await Session.open({ host: '127.0.0.1', port: relay.port, trustKey: true, keys: loadKeyPair(state)!, stateDir: state, user: me, timeout: 30, note: () => {} });
      await pin.close();
      await until(() => seen.ended() === 1);
      const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: relay.port }], trees: false });
      w.post({ config: { stateDir: state, user: me, timeout: 30 } });
      // Asked at once: the guess's handshake is still held by the relay.
      expect(await w.ask({ op: 'stat', server, path: '/t' })).toMatchObject({ ok: true, value: { type: 'dir' } });
      expect(seen.connections()).toHaveLength(2);
      expect(seen.connections()[1]).toEqual([expect.stringMatching(/^SYNCH \d+ STAT \/t$/)]);
    } finally {
      relay.stop();
    }
  });

  it('not in within the run\'s timeout: the server\'s failure; the guess and its second are closed once they come in', async () => {
    const fake = await serve();
    const relay = await slowRelay(fake.port, 700);
    try {
      const state = await stateDir(fake);
      const keys = loadKeyPair(state)!;
      const pin = await Session.open({ host: '127.0.0.1', port: relay.port, trustKey: true, keys, stateDir: state, user: me, timeout: 30, note: () => {} });
      await pin.close();
      await until(() => fake.ended === fake.byConnection.length);
      const seen = since(fake);
      const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: relay.port }], trees: true });
      w.post({ config: { stateDir: state, user: me, timeout: 30 } });
      const server = { host: '127.0.0.1', port: relay.port, trustKey: false, timeout: 0.2 };
      expect(await w.ask({ op: 'stat', server, path: '/t' })).toEqual({ ok: false, kind: 'server', message: `cannot connect to 127.0.0.1:${relay.port}: no answer in 0.2 s`, notes: [] });
      await until(() => seen.connections().length === 2 && seen.ended() === 2);
      expect(seen.connections()).toEqual([[], []]);
    } finally {
      relay.stop();
    }
  });
});

/** A fresh worker told the run's settings (a state directory with a key pair), and a server of `tree`. */
async function started(script: FakeScript, relayed?: (port: number) => Promise<number>): Promise<{ w: Loaded; fake: FakeServer; server: { host: string; port: number; trustKey: boolean } }> {
  const fake = await serve(script);
  const w = await load();
  w.post({ config: { stateDir: await stateDir(), user: me, timeout: 30 } });
  return { w, fake, server: { host: '127.0.0.1', port: relayed ? await relayed(fake.port) : fake.port, trustKey: true } };
}
/** The run ends: every connection closed (the server's counts are final). */
async function ended(w: Loaded): Promise<void> {
  await w.ask('close');
  for (const l of loaded) if (l.ask === w.ask) l.closed = true;
}
const gets = (requests: string[]) => requests.filter((r) => r.startsWith('GET')).map((r) => r.replace(/^GET \d+ /, ''));
const opendirs = (requests: string[]) => requests.filter((r) => r.startsWith('OPENDIR ')).map((r) => r.slice(8));
/** `n` files `/d/fNN` of `size` bytes each (their bytes tell their number), and `/d`. */
function filesTree(n: number, size: number, extra: Record<string, FakeEntry> = {}): Record<string, FakeEntry> {
  const tree: Record<string, FakeEntry> = { '/d': dir(2), ...extra };
  for (let i = 1; i <= n; i++) tree[`/d/f${String(i).padStart(2, '0')}`] = { type: 'file', content: Buffer.alloc(size, i), ino: 100 + i };
  return tree;
}

describe('read-ahead on the server\'s two connections', () => {
  it('the first connection takes the first listing at once, the second the rest and every file; two connections in all', async () => {
    const { w, fake, server } = await started(treeScript(filesTree(4, 10, { '/d/s1': dir(3), '/d/s2': dir(4) })));
    await w.ask({ op: 'list', server, path: '/d' });
    await until(() => w.unasked.length === 2);
    // s1 on the first at once (the second is still in its handshake); s2 on whichever frees first.
    expect(opendirs(fake.byConnection[0]).slice(0, 2)).toEqual(['/d', '/d/s1']);
    expect(opendirs(fake.byConnection.flat()).sort()).toEqual(['/d', '/d/s1', '/d/s2']);
    const reply = await w.ask({ op: 'read', server, path: '/d/f01', size: 10 });
    expect(Buffer.from(reply.value)).toEqual(Buffer.alloc(10, 1));
    await until(() => w.unasked.length === 5);
    expect(gets(fake.byConnection[0])).toEqual(['/d/f01']);
    expect(gets(fake.byConnection[1])).toEqual(['/d/f02', '/d/f03', '/d/f04']);
    await ended(w);
    expect(fake.byConnection).toHaveLength(2);
  });

  it('no second connection to be had: the first takes the files too', async () => {
    const { w, fake, server } = await started(treeScript(filesTree(4, 10)), async (to) => (await oneConnection(to)).port);
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 10 });
    await until(() => w.unasked.length === 3);
    expect(w.unasked.map((u) => Buffer.from(u.value as Uint8Array)[0])).toEqual([2, 3, 4]);
    expect(fake.byConnection).toHaveLength(1);
    expect(gets(fake.byConnection[0])).toEqual(['/d/f01', '/d/f02', '/d/f03', '/d/f04']);
  });

  it('a file the main thread asks for while its read-ahead waits its turn: it goes first, on the first connection, and is the reply', async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((r) => { open = r; });
    const { w, fake, server } = await started({ ...treeScript(filesTree(5, 10)), pause: (req) => (/^GET \d+ \/d\/f02$/.test(req) ? gate : undefined) });
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 10 });
    // The second connection is held by f02; f03, f04 and f05 wait in the queue, in that order.
    await until(() => fake.byConnection.length === 2 && gets(fake.byConnection[1]).includes('/d/f02'));
    const replying = w.ask({ op: 'read', server, path: '/d/f04', size: 10 });
    // f04, not the queue's first, taken by the first connection while the second is held.
    await until(() => gets(fake.byConnection[0]).length === 2);
    expect(gets(fake.byConnection[0])).toEqual(['/d/f01', '/d/f04']);
    const reply = await replying;
    expect(reply.sent).toBeUndefined();
    expect(Buffer.from(reply.value)).toEqual(Buffer.alloc(10, 4));
    open();
    await until(() => w.unasked.length === 3);
    // The others sent unasked, in turn on the second connection; f04 only as the reply.
    expect(w.unasked.map((u) => u.ahead)).toEqual(['f02', 'f03', 'f05'].map((f) => aheadKey(server, 'read', `/d/${f}`, 10)));
  });

  it('the file asked for is the queue\'s first: the first connection takes it the same', async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((r) => { open = r; });
    const { w, fake, server } = await started({ ...treeScript(filesTree(4, 10)), pause: (req) => (/^GET \d+ \/d\/f02$/.test(req) ? gate : undefined) });
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 10 });
    await until(() => fake.byConnection.length === 2 && gets(fake.byConnection[1]).includes('/d/f02'));
    const reply = await w.ask({ op: 'read', server, path: '/d/f03', size: 10 });
    expect(reply.sent).toBeUndefined();
    expect(Buffer.from(reply.value)).toEqual(Buffer.alloc(10, 3));
    expect(gets(fake.byConnection[0])).toEqual(['/d/f01', '/d/f03']);
    open();
    await until(() => w.unasked.length === 2);
    expect(w.unasked.map((u) => u.ahead)).toEqual(['f02', 'f04'].map((f) => aheadKey(server, 'read', `/d/${f}`, 10)));
  });

  it('a directory listed twice: its subdirectories are read ahead once', async () => {
    const { w, fake, server } = await started(treeScript({ '/t': dir(2), '/t/a': dir(3), '/t/b': dir(4) }));
    await w.ask({ op: 'list', server, path: '/t' });
    await until(() => w.unasked.length === 2);
    await w.ask({ op: 'list', server, path: '/t' });
    await ended(w);
    expect(opendirs(fake.requests).sort()).toEqual(['/t', '/t', '/t/a', '/t/b']);
  });

  it('at most 64 answers wait for the main thread: the listings past them are asked for when wanted', async () => {
    const tree: Record<string, FakeEntry> = { '/m': dir(2) };
    for (let i = 1; i <= 70; i++) tree[`/m/s${String(i).padStart(2, '0')}`] = dir(10 + i);
    const { w, fake, server } = await started(treeScript(tree));
    await w.ask({ op: 'list', server, path: '/m' });
    await until(() => w.unasked.length === 64);
    await new Promise((r) => setTimeout(r, 200));
    expect(w.unasked.map((u) => u.ahead)).toEqual(Array.from({ length: 64 }, (_, i) => aheadKey(server, 'list', `/m/s${String(i + 1).padStart(2, '0')}`)));
    for (let i = 65; i <= 70; i++) {
      const reply = await w.ask({ op: 'list', server, path: `/m/s${i}` });
      expect(reply).toMatchObject({ ok: true });
      expect(reply.sent).toBeUndefined();
    }
    expect(opendirs(fake.requests).filter((p) => p !== '/m').sort()).toEqual(Object.keys(tree).filter((p) => p !== '/m'));
  });

  it('read-ahead that failed holds no place: 64 listings refused, the next directory is still read ahead', async () => {
    const tree: Record<string, FakeEntry> = { '/m': dir(2), '/n': dir(3), '/n/x': dir(4) };
    for (let i = 1; i <= 64; i++) tree[`/m/s${String(i).padStart(2, '0')}`] = dir(10 + i);
    const script = treeScript(tree);
    // The subdirectories of /m are there but cannot be listed.
    const { w, fake, server } = await started({ ...script, list: (p) => (p.startsWith('/m/') ? undefined : script.list(p)) });
    await w.ask({ op: 'list', server, path: '/m' });
    await until(() => opendirs(fake.requests).length === 65);
    await w.ask({ op: 'list', server, path: '/n' });
    await until(() => w.unasked.length === 1);
    expect(w.unasked[0].ahead).toBe(aheadKey(server, 'list', '/n/x'));
  });

  it('files of 64 KiB: 64 of them wait (4 MB), the bound reached exactly', async () => {
    const { w, server } = await started(treeScript(filesTree(68, 64 * 1024)));
    await w.ask({ op: 'list', server, path: '/d' });
    // Each read reads ahead the 16 files after it; those sent stay counted until taken.
    for (const n of [1, 18, 35, 52]) {
      const reply = await w.ask({ op: 'read', server, path: `/d/f${String(n).padStart(2, '0')}`, size: 64 * 1024 });
      expect(reply.sent).toBeUndefined();
    }
    await until(() => w.unasked.length === 64);
    expect(w.unasked.map((u) => Buffer.from(u.value as Uint8Array)[0]).sort((a, b) => a - b))
      .toEqual(Array.from({ length: 68 }, (_, i) => i + 1).filter((i) => ![1, 18, 35, 52].includes(i)));
  });

  it('each answer the main thread takes and tells of: the files after it are read ahead in turn, to the last', async () => {
    const { w, server } = await started(treeScript(filesTree(80, 64 * 1024)));
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 64 * 1024 });
    let told = 0;
    await until(() => {
      for (; told < w.unasked.length; told++) {
        const n = Buffer.from(w.unasked[told].value as Uint8Array)[0];
        w.post({ took: [{ key: w.unasked[told].ahead, op: 'read', server, path: `/d/f${String(n).padStart(2, '0')}` }] });
      }
      return w.unasked.length === 79;
    });
    expect(w.unasked.map((u) => Buffer.from(u.value as Uint8Array)[0])).toEqual(Array.from({ length: 79 }, (_, i) => i + 2));
  });

  it('a verified read whose bytes read ahead no longer have the file\'s digest: refused, naming the server', async () => {
    const script = treeScript(filesTree(2, 10));
    const { w, fake, server } = await started({ ...script, differs: (p) => p === '/d/f02' });
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 10, verify: true });
    await until(() => gets(fake.requests).length === 2);
    expect(await w.ask({ op: 'read', server, path: '/d/f02', size: 10, verify: true })).toEqual({
      ok: false, kind: 'changed', notes: [],
      message: `what arrived does not have the MD5 digest of the file on 127.0.0.1:${server.port} (it changed while it was copied)`,
    });
  });

  it('a verified read taken from read-ahead is taken once: asked again, it is fetched again', async () => {
    const { w, fake, server } = await started(treeScript(filesTree(3, 10)));
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/f01', size: 10, verify: true });
    await until(() => gets(fake.requests).length === 3);
    for (let i = 0; i < 2; i++) {
      const reply = await w.ask({ op: 'read', server, path: '/d/f02', size: 10, verify: true });
      expect(Buffer.from(reply.value)).toEqual(Buffer.alloc(10, 2));
    }
    expect(gets(fake.requests)).toEqual(['/d/f01', '/d/f02', '/d/f03', '/d/f02']);
  });
});

describe('what is read ahead, and from where', () => {
  it('the root directory: its subdirectories and files by their paths under /', async () => {
    const { w, fake, server } = await started(treeScript({ '/': dir(2), '/sub': dir(3), '/sub/x': file('x', 4), '/f1': file('1', 5), '/f2': file('22', 6) }));
    await w.ask({ op: 'list', server, path: '/' });
    await until(() => w.unasked.length === 1);
    expect(w.unasked[0].ahead).toBe(aheadKey(server, 'list', '/sub'));
    await w.ask({ op: 'read', server, path: '/f1', size: 1 });
    await until(() => w.unasked.length === 2);
    expect(w.unasked[1].ahead).toBe(aheadKey(server, 'read', '/f2', 2));
    expect(opendirs(fake.requests)).toEqual(['/', '/sub']);
    // Each listing's STATs carry this host's clock in seconds.
    for (const r of fake.requests.filter((q) => q.startsWith('SYNCH'))) expect(Math.abs(Number(r.split(' ')[1]) - Date.now() / 1000)).toBeLessThan(3600);
  });

  it('only plain files up to 64 KiB after the one read: not a link, not a bigger file', async () => {
    const big = { type: 'file', content: Buffer.alloc(64 * 1024 + 1, 9), ino: 40 } as FakeEntry;
    const { w, fake, server } = await started(treeScript({ '/d': dir(2), '/d/a': file('a', 3), '/d/b': { type: 'link', target: '/d/a', ino: 4 }, '/d/c': big, '/d/e': file('e', 6) }));
    await w.ask({ op: 'list', server, path: '/d' });
    await w.ask({ op: 'read', server, path: '/d/a', size: 1 });
    await until(() => w.unasked.length === 1);
    await ended(w);
    expect(w.unasked.map((u) => u.ahead)).toEqual([aheadKey(server, 'read', '/d/e', 1)]);
    expect(gets(fake.requests)).toEqual(['/d/a', '/d/e']);
  });

  it('a file its directory\'s listing did not name: nothing read ahead', async () => {
    const tree = filesTree(3, 10);
    const script = treeScript(tree);
    const { w, fake, server } = await started({ ...script, list: (p) => script.list(p)?.filter((n) => n !== 'f02') });
    await w.ask({ op: 'list', server, path: '/d' });
    expect(Buffer.from((await w.ask({ op: 'read', server, path: '/d/f02', size: 10 })).value)).toEqual(Buffer.alloc(10, 2));
    await ended(w);
    expect(gets(fake.requests)).toEqual(['/d/f02']);
    expect(w.unasked).toEqual([]);
  });
});

describe('prefetch: a GET started before its write', () => {
  const big = (n: number, size = 300 * 1024) => ({ type: 'file', content: Buffer.alloc(size, n), ino: 50 + n }) as FakeEntry;

  it('only for a file over 64 KiB and up to 64 MiB, and once', async () => {
    let held: () => void = () => {};
    const hold = new Promise<void>((r) => { held = r; });
    const tree = { '/d': dir(2), '/d/small': big(1, 64 * 1024), '/d/one': big(2, 64 * 1024 + 1), '/d/max': big(3, 10), '/d/over': big(4, 10) };
    const script = treeScript(tree);
    // /d/max and /d/over claim their sizes (the GET is held, never answered whole).
    const { w, fake, server } = await started({ ...script, get: async (p, send) => { if (p === '/d/max' || p === '/d/over') await hold; else send((tree as Record<string, FakeEntry>)[p].content!); } });
    const prefetch = (path: string, size: number) => w.post({ prefetch: { op: 'write', server, path, size, fd: -1 } });
    prefetch('/d/small', 64 * 1024);
    prefetch('/d/one', 64 * 1024 + 1);
    prefetch('/d/one', 64 * 1024 + 1);
    prefetch('/d/over', 64 * 1024 * 1024 + 1);
    prefetch('/d/max', 64 * 1024 * 1024);
    // A request after them: they have been seen.
    expect(await w.ask({ op: 'stat', server, path: '/d' })).toMatchObject({ ok: true });
    await until(() => gets(fake.requests).length === 2);
    expect(gets(fake.requests)).toEqual(['/d/one', '/d/max']);
    w.post({ cancel: aheadKey(server, 'read', '/d/max', 64 * 1024 * 1024) });
    held();
  });

  it('asked twice before its write: one GET, which the write takes', async () => {
    const content = Buffer.alloc(300 * 1024, 5);
    const { w, fake, server } = await started(treeScript({ '/d': dir(2), '/d/p': { type: 'file', content, ino: 9 } }));
    for (let i = 0; i < 2; i++) w.post({ prefetch: { op: 'write', server, path: '/d/p', size: content.length, fd: -1 } });
    const out = join(scratch, `twice${++dirs}`);
    const fd = fs.openSync(out, 'w+');
    try {
      expect(await w.ask({ op: 'write', server, path: '/d/p', size: content.length, fd })).toMatchObject({ ok: true, value: true });
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(out).equals(content)).toBe(true);
    await ended(w);
    expect(gets(fake.requests)).toEqual(['/d/p']);
  });

  it('a file over 64 MiB: no GET ahead of its write (the next request is answered at once)', async () => {
    const { w, fake, server } = await started({ ...treeScript({ '/d': dir(2), '/d/over': big(4, 10) }), get: () => new Promise<void>(() => {}) });
    w.post({ prefetch: { op: 'write', server, path: '/d/over', size: 64 * 1024 * 1024 + 1, fd: -1 } });
    expect(await w.ask({ op: 'stat', server, path: '/d' })).toMatchObject({ ok: true });
    expect(gets(fake.requests)).toEqual([]);
  });

  it('cancelled before its GET was sent: none is sent', async () => {
    const { w, fake, server } = await started(treeScript({ '/d': dir(2), '/d/p': big(1) }));
    w.post({ prefetch: { op: 'write', server, path: '/d/p', size: 300 * 1024, fd: -1 } });
    w.post({ cancel: aheadKey(server, 'read', '/d/p', 300 * 1024) });
    expect(await w.ask({ op: 'stat', server, path: '/d' })).toMatchObject({ ok: true });
    await ended(w);
    expect(gets(fake.requests)).toEqual([]);
  });

  it('a file of several stages, all arrived before its descriptor: each stage kept, then written in order', async () => {
    const size = 2 * 1024 * 1024 + 1234;
    const content = Buffer.alloc(size);
    for (let i = 0; i + 4 <= size; i += 4) content.writeUInt32BE(i, i);
    let sent = false;
    const tree = { '/d': dir(2), '/d/p': { type: 'file', content, ino: 9 } as FakeEntry };
    const { w, fake, server } = await started({ ...treeScript(tree), get: (_p, send) => { send(content); sent = true; } });
    w.post({ prefetch: { op: 'write', server, path: '/d/p', size, fd: -1 } });
    await until(() => sent && fake.requests.filter((r) => /^SYNCH \d+ STAT \/d\/p$/.test(r)).length === 1);
    // The STAT after the GET answered: the bytes are the worker's by now (a moment more to be sure).
    await new Promise((r) => setTimeout(r, 100));
    const out = join(scratch, `prefetched${++dirs}`);
    const fd = fs.openSync(out, 'w+');
    try {
      expect(await w.ask({ op: 'write', server, path: '/d/p', size, fd })).toMatchObject({ ok: true, value: true });
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(out).equals(content)).toBe(true);
    expect(gets(fake.requests)).toEqual(['/d/p']);
  });
});

describe('a connection that broke while a request waited for it', () => {
  it('the request is asked again on a new connection', async () => {
    let socket: import('node:tls').TLSSocket | null = null;
    const tree = { '/d': dir(2), '/d/p': { type: 'file', content: Buffer.alloc(300 * 1024, 1), ino: 9 } as FakeEntry };
    // The prefetch's GET holds the first connection; the test then breaks it.
    const { w, fake, server } = await started({ ...treeScript(tree), get: (_p, _send, s) => { socket = s; return new Promise<void>(() => {}); } });
    w.post({ prefetch: { op: 'write', server, path: '/d/p', size: 300 * 1024, fd: -1 } });
    await until(() => socket !== null);
    const asked = w.ask({ op: 'stat', server, path: '/d' });
    await new Promise((r) => setTimeout(r, 50));
    socket!.destroy();
    expect(await asked).toMatchObject({ ok: true, value: { type: 'dir' } });
    expect(fake.byConnection).toHaveLength(2);
    expect(fake.byConnection[1]).toEqual([expect.stringMatching(/^SYNCH \d+ STAT \/d$/)]);
    w.post({ cancel: aheadKey(server, 'read', '/d/p', 300 * 1024) });
  });
});

describe('the run\'s end', () => {
  it('closes the guesses it never took, both of a tree\'s', async () => {
    for (const trees of [true, false]) {
      const fake = await serve();
      const state = await stateDir(fake);
      const seen = since(fake);
      const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: fake.port }], trees });
      await until(() => seen.connections().length === (trees ? 2 : 1));
      await ended(w);
      await until(() => seen.ended() === (trees ? 2 : 1));
    }
  });

  it('a guess that comes in after it: no second one is opened', async () => {
    const fake = await serve();
    const relay = await slowRelay(fake.port, 300);
    try {
      const state = await stateDir(fake);
      const pin = await Session.open({ host: '127.0.0.1', port: relay.port, trustKey: true, keys: loadKeyPair(state)!, stateDir: state, user: me, timeout: 30, note: () => {} });
      await pin.close();
      await until(() => fake.ended === fake.byConnection.length);
      const seen = since(fake);
      const w = await load({ stateDir: state, servers: [{ host: '127.0.0.1', port: relay.port }], trees: true });
      await ended(w);
      await until(() => seen.connections().length === 1 && seen.ended() === 1);
      await new Promise((r) => setTimeout(r, 800));
      expect(seen.connections()).toHaveLength(1);
    } finally {
      relay.stop();
    }
  });
});

/** A TCP relay to `to` that passes on only its first connection (the server's second cannot be had). */
async function oneConnection(to: number): Promise<{ port: number }> {
  let n = 0;
  const relay = net.createServer((c) => {
    c.on('error', () => {});
    if (n++ > 0) {
      c.destroy();
      return;
    }
    const u = net.connect(to, '127.0.0.1');
    u.on('error', () => c.destroy());
    c.on('close', () => u.destroy());
    c.pipe(u);
    u.pipe(c);
  });
  relays.push(relay);
  await new Promise<void>((r) => relay.listen(0, '127.0.0.1', () => r()));
  return { port: (relay.address() as net.AddressInfo).port };
}
const relays: net.Server[] = [];

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

/**
 * host/node/remote/worker.ts driven in this process: the module is loaded here, its
 * `node:worker_threads` mocked to give it the port and flag a Worker would (workerData), and the
 * test plays the main thread: it posts the run's settings and requests on the other end of the
 * port and reads the replies, against the scripted server (fake-server.ts) in the same event loop.
 * A worker thread loads dist/, where no mutant of Stryker's can be seen; loaded here, the module's
 * code is the instrumented source, like every other module a test imports.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aheadKey } from '../../host/node/remote/ahead.js';
import { makeKeyPair } from '../../host/node/remote/keys.js';
import { unpackListing } from '../../host/node/remote/packed-listing.js';
import { fakeKeys, FakeServer } from './fake-server.js';
import type { FakeEntry, FakeScript } from './fake-server.js';

const side = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MessageChannel } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  return { main: port1, worker: port2, flag: new Int32Array(new SharedArrayBuffer(8)) };
});
vi.mock('node:worker_threads', async (original) => ({
  ...(await original<typeof import('node:worker_threads')>()),
  workerData: { port: side.worker, flag: side.flag.buffer },
  parentPort: null,
}));

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-worker-calls-'));
const servers: FakeServer[] = [];
let serverKeys: ReturnType<typeof fakeKeys>;
/** The process's uncaughtException listeners before worker.ts added its own (removed after). */
let listeners: NodeJS.UncaughtExceptionListener[] = [];

beforeAll(async () => {
  makeKeyPair(scratch, 1024); // the worker's ensureKeyPair finds it: no 3,072-bit key made here
  serverKeys = fakeKeys();
  listeners = process.listeners('uncaughtException');
  vi.resetModules(); // a fresh module each run of this file: its state and port are this run's
  await import('../../host/node/remote/worker.js');
  side.main.postMessage({ config: { stateDir: scratch, user: 'root', timeout: 30 } });
});
afterAll(async () => {
  for (const l of process.listeners('uncaughtException')) if (!listeners.includes(l)) process.removeListener('uncaughtException', l);
  await ask('close');
  side.main.close();
  for (const f of servers) await f.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Every message the worker posted that is not a reply: read-ahead answers sent unasked. */
const unasked: { ahead: string; value: unknown }[] = [];
let waiting: ((reply: any) => void)[] = [];
side.main.on('message', (m: any) => {
  if (m && typeof m === 'object' && 'ahead' in m) unasked.push(m);
  else waiting.shift()?.(m);
});

/** Posts `message` as the main thread does and waits for the reply (or, for 'close', the flag). */
function ask(message: unknown): Promise<any> {
  Atomics.store(side.flag, 0, 0);
  if (message === 'close') {
    side.main.postMessage(message);
    const w = Atomics.waitAsync(side.flag, 0, 0);
    return w.async ? w.value : Promise.resolve(w.value);
  }
  const reply = new Promise((resolve) => waiting.push(resolve));
  side.main.postMessage(message);
  return reply;
}

/** Waits until `ok` holds, a turn of the event loop at a time (the server and worker are in this loop). */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
}

async function serve(script: FakeScript): Promise<{ fake: FakeServer; server: { host: string; port: number; trustKey: boolean } }> {
  const fake = await FakeServer.start(script, { keys: serverKeys });
  servers.push(fake);
  return { fake, server: { host: '127.0.0.1', port: fake.port, trustKey: true } };
}

const file = (content: string | Buffer, ino = 7): FakeEntry => ({ type: 'file', content: Buffer.from(content), ino });
const dir = (ino = 2): FakeEntry => ({ type: 'dir', ino });
/** A server of `tree`: path → entry, a directory's names from the paths under it. */
const treeScript = (tree: Record<string, FakeEntry>): FakeScript => ({
  stat: (p) => tree[p],
  list: (p) => (tree[p]?.type === 'dir' ? Object.keys(tree).filter((k) => k !== p && k.slice(0, k.lastIndexOf('/') || 1) === p).map((k) => k.slice(k.lastIndexOf('/') + 1)) : undefined),
});

describe('the worker, in process', () => {
  it('marks itself running as it loads', () => {
    expect(Atomics.load(side.flag, 1)).toBe(1);
  });

  it('STAT: the record, the key learnt said once in the notes, the flag set', async () => {
    const { fake, server } = await serve(treeScript({ '/f': file('hello') }));
    const reply = await ask({ op: 'stat', server, path: '/f' });
    expect(reply).toMatchObject({ ok: true, value: { type: 'file', size: 5, ino: 7, mode: 0o644 } });
    expect(reply.notes.join('\n')).toContain(fake.digest);
    expect(Atomics.load(side.flag, 0)).toBe(1);
    const again = await ask({ op: 'stat', server, path: '/none' });
    expect(again).toEqual({ ok: false, kind: 'missing', message: 'not there, or access denied (cf-serverd does not tell which; its log does): no such file', notes: [] });
    // One connection for both.
    expect(fake.byConnection.length).toBe(1);
    // The STAT carries this host's clock in seconds (cf-serverd compares it with its own).
    const sent = Number(/^SYNCH (\d+) STAT \/f$/.exec(fake.requests[0])?.[1]);
    expect(Math.abs(sent - Date.now() / 1000)).toBeLessThan(3600);
  });

  it('a listing: packed, each name stat-ed; its subdirectories listed ahead and sent unasked', async () => {
    const { fake, server } = await serve(treeScript({ '/t': dir(2), '/t/a': file('aa', 3), '/t/sub': dir(4), '/t/sub/x': file('x', 5) }));
    const reply = await ask({ op: 'list', server, path: '/t' });
    expect(reply.ok).toBe(true);
    const entries = unpackListing(reply.value);
    expect(entries.map((e) => [e.name, e.type, e.size])).toEqual([['a', 'file', 2], ['sub', 'dir', 4096]]);
    const key = aheadKey(server, 'list', '/t/sub');
    await until(() => unasked.some((u) => u.ahead === key));
    const sent = unasked.find((u) => u.ahead === key)!;
    expect(unpackListing(sent.value as never).map((e) => e.name)).toEqual(['x']);
    // Asked for after it was sent: the reply says where the answer went, not the listing again.
    expect(await ask({ op: 'list', server, path: '/t/sub' })).toEqual({ ok: true, value: null, sent: key, notes: [] });
    expect(fake.requests.filter((r) => r === 'OPENDIR /t/sub')).toHaveLength(1);
    expect(await ask({ op: 'list', server, path: '/nodir' })).toMatchObject({ ok: false, kind: 'missing' });
  });

  it('a read: the bytes; the small files after it in its directory read ahead and sent unasked', async () => {
    const { fake, server } = await serve(treeScript({ '/d': dir(2), '/d/1': file('one', 3), '/d/2': file('two!', 4), '/d/3': file('three', 5) }));
    await ask({ op: 'list', server, path: '/d' });
    const reply = await ask({ op: 'read', server, path: '/d/1', size: 3 });
    expect(reply.ok).toBe(true);
    expect(Buffer.from(reply.value).toString()).toBe('one');
    for (const [name, size, text] of [['2', 4, 'two!'], ['3', 5, 'three']] as const) {
      const key = aheadKey(server, 'read', `/d/${name}`, size);
      await until(() => unasked.some((u) => u.ahead === key));
      expect(Buffer.from(unasked.find((u) => u.ahead === key)!.value as Uint8Array).toString()).toBe(text);
    }
    // A GET each, none twice.
    expect(fake.requests.filter((r) => r.startsWith('GET')).map((r) => r.replace(/^GET \d+ /, '')).sort()).toEqual(['/d/1', '/d/2', '/d/3']);
    expect(await ask({ op: 'read', server, path: '/d/2', size: 4 })).toEqual({ ok: true, value: null, sent: aheadKey(server, 'read', '/d/2', 4), notes: [] });
  });

  it('differs and differs-many: by MD5, as the server answers', async () => {
    const { server } = await serve(treeScript({ '/a': file('same'), '/b': file('other') }));
    const md5 = (t: string) => new Uint8Array(crypto.createHash('md5').update(t).digest());
    expect(await ask({ op: 'differs', server, path: '/a', local: new TextEncoder().encode('same') })).toMatchObject({ ok: true, value: false });
    expect(await ask({ op: 'differs', server, path: '/a', local: new TextEncoder().encode('nope') })).toMatchObject({ ok: true, value: true });
    const many = await ask({ op: 'differs-many', server, path: '', items: [{ path: '/a', digest: md5('same') }, { path: '/b', digest: md5('same') }] });
    expect(many).toMatchObject({ ok: true, value: [false, true] });
  });

  it('a write: the file\'s bytes into the descriptor given, a big one in stages; a descriptor it cannot write: a local failure', async () => {
    const big = crypto.randomBytes(2.5 * 1024 * 1024);
    const { server } = await serve(treeScript({ '/big': file(big), '/small': file('small') }));
    const out = join(scratch, 'out');
    const fd = fs.openSync(out, 'w+');
    try {
      expect(await ask({ op: 'write', server, path: '/big', size: big.length, fd })).toMatchObject({ ok: true, value: true });
      expect(fs.readFileSync(out).equals(big)).toBe(true);
    } finally {
      fs.closeSync(fd);
    }
    const ro = fs.openSync(out, 'r');
    try {
      expect(await ask({ op: 'write', server, path: '/small', size: 5, fd: ro })).toMatchObject({ ok: false, kind: 'local', code: 'EBADF' });
    } finally {
      fs.closeSync(ro);
    }
  });

  it('a prefetched write: the GET started before the descriptor, the bytes written once it comes', async () => {
    const big = crypto.randomBytes(300 * 1024);
    const { fake, server } = await serve(treeScript({ '/p': file(big) }));
    side.main.postMessage({ prefetch: { op: 'write', server, path: '/p', size: big.length, fd: -1 } });
    await until(() => fake.requests.some((r) => r.startsWith('GET')));
    const out = join(scratch, 'prefetched');
    const fd = fs.openSync(out, 'w+');
    try {
      expect(await ask({ op: 'write', server, path: '/p', size: big.length, fd })).toMatchObject({ ok: true, value: true });
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(out).equals(big)).toBe(true);
    expect(fake.requests.filter((r) => r.startsWith('GET'))).toHaveLength(1);
  });

  it('a server that cannot be reached: failed as a whole, and at once with the same words when asked again', async () => {
    const { fake, server } = await serve(treeScript({}));
    await fake.stop();
    servers.splice(servers.indexOf(fake), 1);
    const first = await ask({ op: 'stat', server, path: '/f' });
    expect(first).toMatchObject({ ok: false, kind: 'server' });
    expect(first.message).toContain(`127.0.0.1:${server.port}`);
    expect(await ask({ op: 'stat', server, path: '/g' })).toEqual({ ...first, notes: [] });
  });

  it('an operation it does not know: said so', async () => {
    const { server } = await serve(treeScript({}));
    expect(await ask({ op: 'chmod', server, path: '/f' })).toEqual({ ok: false, kind: 'failed', message: 'unknown remote operation chmod', notes: [] });
  });
  it('a listing the main thread took from read-ahead: the worker lists on below it', async () => {
    const { fake, server } = await serve(treeScript({ '/u': dir(2), '/u/v': dir(3), '/u/v/w': dir(4), '/u/v/w/f': file('f', 5) }));
    await ask({ op: 'list', server, path: '/u' });
    const key = aheadKey(server, 'list', '/u/v');
    await until(() => unasked.some((u) => u.ahead === key));
    const deeper = aheadKey(server, 'list', '/u/v/w');
    expect(unasked.some((u) => u.ahead === deeper)).toBe(false);
    side.main.postMessage({ took: [{ key, op: 'list', server, path: '/u/v' }] });
    await until(() => unasked.some((u) => u.ahead === deeper));
    expect(fake.requests.filter((r) => r.startsWith('OPENDIR'))).toEqual(['OPENDIR /u', 'OPENDIR /u/v', 'OPENDIR /u/v/w']);
  });

  it('a verified read: compared by MD5 after the GET; the files after it read ahead are kept, not sent', async () => {
    const { fake, server } = await serve(treeScript({ '/e': dir(2), '/e/1': file('one', 3), '/e/2': file('two', 4) }));
    await ask({ op: 'list', server, path: '/e' });
    const before = unasked.length;
    const reply = await ask({ op: 'read', server, path: '/e/1', size: 3, verify: true });
    expect(Buffer.from(reply.value).toString()).toBe('one');
    await until(() => fake.requests.filter((r) => r.startsWith('GET')).length === 2);
    expect(unasked.length).toBe(before);
    // Asked for, verified: the kept bytes, compared by MD5, and no second GET.
    const second = await ask({ op: 'read', server, path: '/e/2', size: 3, verify: true });
    expect(Buffer.from(second.value).toString()).toBe('two');
    expect(fake.requests.filter((r) => r.startsWith('GET'))).toHaveLength(2);
    expect(fake.requests.filter((r) => r.startsWith('MD5')).length).toBeGreaterThanOrEqual(2);
  });

  it('a prefetch cancelled: its connection is closed, the next request opens another', async () => {
    const big = crypto.randomBytes(200 * 1024);
    let release: () => void = () => {};
    const { fake, server } = await serve({ ...treeScript({ '/c': file(big), '/f': file('f') }), get: (_p, send) => new Promise<void>((r) => { release = () => { send(big); r(); }; }) });
    side.main.postMessage({ prefetch: { op: 'write', server, path: '/c', size: big.length, fd: -1 } });
    await until(() => fake.requests.some((r) => r.startsWith('GET')));
    side.main.postMessage({ cancel: aheadKey(server, 'read', '/c', big.length) });
    await until(() => fake.ended === 1);
    release();
    expect(await ask({ op: 'stat', server, path: '/f' })).toMatchObject({ ok: true, value: { size: 1 } });
    expect(fake.byConnection).toHaveLength(2);
  });
});

describe('closing', () => {
  it('ends each connection with close_notify, then sets the flag', async () => {
    const { fake, server } = await serve(treeScript({ '/f': file('f') }));
    await ask({ op: 'stat', server, path: '/f' });
    expect(fake.ended).toBe(0);
    await ask('close');
    expect(Atomics.load(side.flag, 0)).toBe(1);
    // Every connection of every server, the read-ahead ones too.
    await until(() => servers.every((f) => f.ended === f.byConnection.length));
  });
});

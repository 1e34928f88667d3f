/**
 * The connection to a server (host/node/remote/session.ts) driven directly, in this process,
 * against the scripted server (fake-server.ts; the Session is asynchronous, so both share the
 * event loop): how a listing's STAT replies are read, the one idle timer a connection keeps, and
 * the transaction header's reader.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyDigest, keyPaths, makeKeyPair, trustKey } from '../../host/node/remote/keys.js';
import type { KeyPair } from '../../host/node/remote/keys.js';
import { headerLength, Session } from '../../host/node/remote/session.js';
import { FakeEntry, FakeScript, FakeServer } from './fake-server.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-session-'));
let keys: KeyPair;
beforeAll(() => {
  keys = makeKeyPair(scratch, 1024);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const servers: FakeServer[] = [];
const sessions: Session[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) await s.close();
  for (const f of servers.splice(0)) await f.stop();
});

async function open(script: FakeScript, timeout = 30): Promise<{ fake: FakeServer; s: Session }> {
  const fake = await FakeServer.start(script);
  servers.push(fake);
  const s = await Session.open({ host: '127.0.0.1', port: fake.port, trustKey: true, keys, stateDir: scratch, user: 'root', timeout, note: () => {} });
  sessions.push(s);
  return { fake, s };
}

const file = (ino: number): FakeEntry => ({ type: 'file', content: Buffer.from(`file ${ino}\n`), ino });
const sleep = (ms: number) => new Promise<void>(done => setTimeout(done, ms));

describe("a listing's STAT replies", () => {
  const names = Array.from({ length: 300 }, (_, i) => `f${String(i).padStart(3, '0')}`);
  // Refused (one transaction, not two) in the middle and as the very last reply.
  const refused = new Set(['f100', 'f299']);
  const script: FakeScript = {
    list: () => names,
    stat: (p) => {
      const name = p.slice(p.lastIndexOf('/') + 1);
      return refused.has(name) ? 'BAD: no such file' : file(Number(name.slice(1)) + 1);
    },
    // Every 25th reply late: the client must wait for the rest many times over.
    pause: (request) => (/ STAT .*\/f\d{3}$/.test(request) && Number(request.slice(-3)) % 25 === 0 ? sleep(2) : undefined),
  };

  it('each entry gets its own stat, a refusal its error (also the last one), in the order listed', async () => {
    const { s } = await open(script);
    const out = await s.listWithStats('/d', 1_700_000_000);
    expect(out.map(e => e.name)).toEqual(names);
    for (const e of out) {
      if (refused.has(e.name)) expect('error' in e && e.error.kind).toBe('missing');
      else expect('error' in e ? e.error.message : e.ino).toBe(Number(e.name.slice(1)) + 1);
    }
    // The connection is still in step: the next request gets its own reply.
    expect((await s.stat('/d/f007', 1_700_000_000)).ino).toBe(8);
  });

  it('are read without a timer per wait: the connection keeps its one timer (a timer per wait cost a timer list each)', async () => {
    const { s } = await open(script);
    const armed = vi.spyOn(globalThis, 'setTimeout');
    const out = await s.listWithStats('/d', 1_700_000_000);
    expect(out).toHaveLength(300);
    expect(armed.mock.calls.filter(([, ms]) => Number(ms) >= 1000).length).toBeLessThanOrEqual(1);
  });
});

describe('the idle timeout, from the one timer', () => {
  it('counts from the current wait, not from one before it: a reply later than the first wait\'s limit still arrives', async () => {
    let slow = false;
    const { s } = await open({ list: () => [], stat: () => file(5), pause: () => (slow ? sleep(700) : undefined) }, 1);
    expect((await s.stat('/a', 1_700_000_000)).ino).toBe(5); // arms the timer for 1 s from now
    await sleep(600);
    slow = true;
    // Its reply comes at about 1.3 s from the first wait: the timer fires in between and must let it wait.
    expect((await s.stat('/b', 1_700_000_000)).ino).toBe(5);
  });

  it('a server that falls silent fails the wait with "sent nothing for N s", and the connection is closed', async () => {
    const { s } = await open({ list: () => [], stat: () => file(5), pause: (r) => (r.endsWith('/silent') ? sleep(5000) : undefined) }, 1);
    expect((await s.stat('/a', 1_700_000_000)).ino).toBe(5);
    await expect(s.stat('/silent', 1_700_000_000)).rejects.toThrow(/sent nothing for 1 s/);
    expect(s.broken).toBe(true);
  });
});

describe('our certificate, kept for the next runs', () => {
  it('a speculative connection (opened before the run checked the state directory) keeps nothing; the run that takes it keeps it', async () => {
    const dir = join(scratch, 'speculative');
    const mine = makeKeyPair(dir, 1024); // a key pair of its own: its TLS context is made here
    const fake = await FakeServer.start({ list: () => [], stat: () => file(5) });
    servers.push(fake);
    // The server's key pinned for its name, as a speculative connection requires.
    trustKey(dir, 'root', fake.keys.publicKey);
    fs.writeFileSync(join(dir, 'ppkeys', 'lastseen.json'), JSON.stringify({ [`127.0.0.1:${fake.port}`]: keyDigest(fake.keys.publicKey) }), { mode: 0o600 });
    const o = { host: '127.0.0.1', port: fake.port, trustKey: false, keys: mine, stateDir: dir, user: 'root', timeout: 30, note: () => {} };
    const s = await Session.open({ ...o, speculative: true });
    sessions.push(s);
    expect(fs.existsSync(keyPaths(dir).cert)).toBe(false);
    s.adopt(o);
    expect(new (await import('node:crypto')).X509Certificate(fs.readFileSync(keyPaths(dir).cert)).publicKey.equals(mine.publicKey)).toBe(true);
    expect((await s.stat('/a', 1_700_000_000)).ino).toBe(5);
  });
});

describe('closing a connection', () => {
  it("is done once our close_notify is sent: it does not wait for the server's own close (the run ends a round trip sooner)", async () => {
    // The server never closes its side; the 500 ms timer that would cut the socket off is faked
    // and never fires, so a close() that waited for the socket's end would never be done.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const fake = await FakeServer.start({ list: () => [], stat: () => file(5) }, { halfOpen: true });
      servers.push(fake);
      const s = await Session.open({ host: '127.0.0.1', port: fake.port, trustKey: true, keys, stateDir: scratch, user: 'root', timeout: 30, note: () => {} });
      expect((await s.stat('/a', 1_700_000_000)).ino).toBe(5);
      let done = false;
      void s.close().then(() => { done = true; });
      // The server has our close_notify and FIN, and has not answered them.
      while (fake.ended === 0) await new Promise<void>(go => setImmediate(go));
      await new Promise<void>(go => setImmediate(go));
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a GET's bytes, read where they go", () => {
  const BLOCK = 2048;
  // 64 blocks of 2 KB; blocks that start with 'B' or 't' (the first bytes of an in-band error or
  // a transaction) are looked at as possible errors, so some are put in the middle.
  const content = Buffer.alloc(64 * BLOCK);
  for (let i = 0; i < content.length; i++) content[i] = (i * 7 + (i >> 11)) & 0xff;
  for (const k of [9, 10, 30, 47]) content[k * BLOCK] = k % 2 ? 0x42 : 0x74;
  const CHANGED = Buffer.concat([Buffer.from('BAD: File changed while copying'), Buffer.alloc(BLOCK - 31)]);

  /** Fetches /f with `into`: which bytes reached the sink as views of `target` at their place. */
  async function fetchInto(s: Session, size: number) {
    const target = new Uint8Array(size);
    let inPlace = 0;
    const at: number[] = [];
    const sink = (bytes: Uint8Array, offset: number) => {
      at.push(offset);
      if (bytes.buffer === target.buffer && bytes.byteOffset === offset) inPlace += bytes.length;
      else target.set(bytes, offset);
    };
    const done = s.fetch('/f', size, sink, false, (offset, max) => target.subarray(offset, offset + max));
    return { done, target, at, inPlace: () => inPlace };
  }

  it('most are read by the TLS layer into the memory given, not copied; all exact and in order, the blocks that looked like errors too', async () => {
    // In pieces of 16 KB, as a server's TLS records come.
    const { s } = await open({ list: () => [], stat: () => ({ ...file(3), content }), get: async (_p, send) => {
      for (let i = 0; i < content.length; i += 8 * BLOCK) {
        send(content.subarray(i, i + 8 * BLOCK));
        await sleep(1);
      }
    } });
    const f = await fetchInto(s, content.length);
    await f.done;
    expect(Buffer.from(f.target).equals(content)).toBe(true);
    expect(f.at).toEqual([...f.at].sort((a, b) => a - b));
    expect(f.inPlace()).toBeGreaterThan(content.length / 2);
    // The connection is still in step: the STAT's reply after the bytes was not taken for them.
    expect((await s.stat('/f', 1_700_000_000)).ino).toBe(3);
  });

  it('in 2 KB records, as cf-serverd sends them: handed on a landing place at a time, not record by record; a block that looked like an error is looked at as it comes', async () => {
    // Each block its own TLS record (a write per turn of the event loop).
    const { s } = await open({ list: () => [], stat: () => ({ ...file(3), content }), get: async (_p, send) => {
      for (let i = 0; i < content.length; i += BLOCK) {
        send(content.subarray(i, i + BLOCK));
        await new Promise<void>(go => setImmediate(go));
      }
    } });
    const f = await fetchInto(s, content.length);
    await f.done;
    expect(Buffer.from(f.target).equals(content)).toBe(true);
    // 64 records: the first alone (the TLS layer took the place for it as the reply before it
    // ended, before the GET: not a landing place), then the bytes before each block that looked
    // like an error (9, 10, 30, 47) in one piece, each such block alone (looked at, then taken),
    // and the rest to the end in one. Record by record, it was 64 pieces or more.
    expect(f.at).toEqual([0, 1, 9, 10, 11, 30, 31, 47, 48].map(k => k * BLOCK));
    expect(f.inPlace()).toBeGreaterThan(content.length / 2);
    expect((await s.stat('/f', 1_700_000_000)).ino).toBe(3);
  });

  it('"BAD: File changed while copying" in place of a block that is read in place: the fetch fails as changed, the connection is closed', async () => {
    const { s } = await open({ list: () => [], stat: () => ({ ...file(3), content }), get: async (_p, send) => {
      send(content.subarray(0, 8 * BLOCK));
      await sleep(5);
      send(content.subarray(8 * BLOCK, 20 * BLOCK));
      await sleep(5);
      send(CHANGED);
    } });
    const f = await fetchInto(s, content.length);
    await expect(f.done).rejects.toMatchObject({ kind: 'changed' });
    expect(f.inPlace()).toBeGreaterThan(0);
    expect(Buffer.from(f.target.subarray(0, 20 * BLOCK)).equals(content.subarray(0, 20 * BLOCK))).toBe(true);
    expect(s.broken).toBe(true);
  });
});

describe('the transaction header reader', () => {
  it('accepts exactly what /^[tm] \\d{1,5}\\0*$/ accepts, with that length', () => {
    const alphabet = [0x74, 0x6d, 0x20, 0x30, 0x31, 0x39, 0x00, 0x78, 0x2f, 0x3a];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const cases: Buffer[] = [Buffer.from('t 12345\0'), Buffer.from('t 123456'), Buffer.from('m 1\0\0\0\0\0'), Buffer.from('t \0\0\0\0\0\0'), Buffer.from('t 1\0\0\x001\0')];
    for (let i = 0; i < 20000; i++) {
      const b = Buffer.alloc(8);
      // Mostly well-formed starts, so the digits and padding are what is tried.
      b[0] = next() % 3 ? [0x74, 0x6d][next() % 2] : alphabet[next() % alphabet.length];
      b[1] = next() % 4 ? 0x20 : alphabet[next() % alphabet.length];
      const digits = next() % 7;
      for (let k = 2; k < 8; k++) b[k] = k < 2 + digits ? 0x30 + (next() % 10) : (next() % 6 ? 0 : alphabet[next() % alphabet.length]);
      cases.push(b);
    }
    for (const b of cases) {
      const m = /^[tm] (\d{1,5})\0*$/.exec(b.toString('latin1'));
      expect(headerLength(b), JSON.stringify(b.toString('latin1'))).toBe(m ? Number(m[1]) : -1);
    }
  });
});

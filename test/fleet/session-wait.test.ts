/**
 * How host/node/remote/session.ts waits for and reads what a server sends, in this process:
 * survivors of Stryker's round 17 run of its lines 406-717 that a test can tell apart — which limit
 * ends a wait that a server stops answering (idle, or the transfer's deadline), the longest line
 * taken, a zero-length transaction, a reply to OPENDIR that is no transaction, and more bytes than
 * one slab holds arriving through the copying path. And of lines 718-882: a listing's limits (names,
 * bytes) at their bounds, a listing in several transactions, STAT replies that refuse one entry of
 * a listing or whose second transaction is no target, and differsMany's failures.
 */
import * as crypto from 'node:crypto';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../host/node/remote/keys.js';
import { RemoteError, Session } from '../../host/node/remote/session.js';
import { FakeServer } from './fake-server.js';
import type { FakeScript } from './fake-server.js';
import { sessionsToFakes } from './fake-sessions.js';

// The scratch directory and key pairs; this file's own servers and sessions are closed by `closers`.
const fakes = sessionsToFakes('cfwasm-session-wait-');
const scratch = fakes.scratch;

const closers: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

interface Options { timeout?: number; minRate?: number }
async function session(port: number, o: Options = {}): Promise<{ s: Session; where: string }> {
  const s = await Session.open({ host: '127.0.0.1', port, trustKey: true, keys: fakes.keys(), stateDir: scratch, user: 'root',
    timeout: o.timeout ?? 30, minRate: o.minRate, note: () => {} });
  closers.push(() => s.close());
  return { s, where: `127.0.0.1:${port}` };
}
async function fake(script: FakeScript): Promise<FakeServer> {
  const f = await FakeServer.start(script, { keys: fakes.serverKeys() });
  closers.push(() => f.stop());
  return f;
}
/** A TLS server with the fake's key that plays `serve` on each connection. */
async function rawServer(serve: (socket: tls.TLSSocket) => void): Promise<number> {
  const held = new Set<tls.TLSSocket>();
  const srv = tls.createServer({
    key: fakes.serverKeys().privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    cert: selfSignedCertificate(fakes.serverKeys(), 'raw'), requestCert: true, rejectUnauthorized: false,
  }, (socket) => {
    held.add(socket);
    socket.on('error', () => {});
    serve(socket);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  closers.push(() => new Promise((r) => {
    for (const socket of held) socket.destroy();
    srv.close(() => r(undefined));
  }));
  return (srv.address() as net.AddressInfo).port;
}
/**
 * Reads what a client sends on `s` as cf-serverd does: its two greeting lines (then `welcome()`),
 * then each request's transaction (`request(body)`).
 */
function onRequests(s: tls.TLSSocket, welcome: () => void, request: (body: string) => void): void {
  let buffer = Buffer.alloc(0);
  let lines = 0;
  s.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (lines < 2) {
      const nl = buffer.indexOf(0x0a);
      if (nl < 0) return;
      buffer = buffer.subarray(nl + 1);
      if (++lines === 2) welcome();
    }
    while (buffer.length >= 8) {
      const n = Number(/^t (\d+)/.exec(buffer.subarray(0, 8).toString('latin1'))?.[1] ?? -1);
      if (n < 0 || buffer.length < 8 + n) return;
      const body = buffer.subarray(8, 8 + n).toString('latin1');
      buffer = buffer.subarray(8 + n);
      request(body);
    }
  });
}
/** A raw server that greets and welcomes, then answers each request's body with `answer`'s bytes. */
function answering(answer: (body: string) => Buffer | string): Promise<number> {
  return rawServer((s) => {
    s.write('CFE_v2 cf-serverd 3.21.0\n');
    onRequests(s, () => s.write('OK WELCOME\n'), (body) => s.write(answer(body)));
  });
}
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('it succeeded'); }, (e: unknown) => {
  expect(e).toBeInstanceOf(RemoteError);
  return e as RemoteError;
});
const digits = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => String(i % 10)).join(''));
const NOW = 1_700_000_000;

describe('a server that stops answering a GET', () => {
  it('after some bytes: idle for the timeout, "sent nothing", long before the transfer\'s deadline', async () => {
    // Deadline: 1 s and 5,000 bytes at 1 KB/s, about 6 s; the idle limit: 1 s after the last byte.
    const f = await fake({ list: () => undefined, stat: () => ({ type: 'file', ino: 3, content: digits(5000) }),
      get: async (_p, send) => {
        send(digits(1000));
        // Past the idle limit: the wait has failed by then (not at the deadline, with 2,000 bytes).
        await new Promise((r) => setTimeout(r, 1500));
        send(digits(1000));
        await new Promise(() => {});
      } });
    const { s, where } = await session(f.port, { timeout: 1, minRate: 1024 });
    // The connection's one timer, armed by the wait for the welcome, has fired: the GET arms its own.
    await new Promise((r) => setTimeout(r, 1300));
    const e = await failure(s.get('/f', 5000));
    expect(e.kind).toBe('server');
    expect(e.message).toBe(`the transfer of /f stopped after 1000 of 5000 bytes: ${where} sent nothing for 1 s`);
  });

  it('before any byte, the deadline no later than the idle limit: "sent nothing", not "too slow"', async () => {
    const f = await fake({ list: () => undefined, stat: () => ({ type: 'file', ino: 3, content: digits(5000) }),
      get: () => new Promise(() => {}) });
    // No time allowed for the size: the deadline is the idle limit from the request on.
    const { s, where } = await session(f.port, { timeout: 1, minRate: Infinity });
    const e = await failure(s.get('/f', 5000));
    expect(e.message).toBe(`the transfer of /f stopped after 0 of 5000 bytes: ${where} sent nothing for 1 s`);
  });
});

describe('lines and transactions at their bounds', () => {
  it('a greeting of 4,096 bytes whose newline comes later is taken; one byte more without it is refused', async () => {
    const port = await rawServer((s) => {
      s.write(`CFE_v2 ${'x'.repeat(4096 - 7)}`);
      setTimeout(() => s.write('\n'), 100);
      s.once('data', () => s.write('OK WELCOME\n'));
    });
    expect((await session(port)).s).toBeInstanceOf(Session);
    const long = await rawServer((s) => s.write(`CFE_v2 ${'x'.repeat(4097 - 7)}`));
    const e = await failure(session(long));
    expect(e.message).toBe(`127.0.0.1:${long} sent a line too long`);
  });

  it('a STAT reply whose second transaction is empty (no bytes after its header), another reply behind it: read, no target', async () => {
    // The two replies in one write: what follows the empty transaction has arrived with it.
    const reply = (ino: number, second: string) => Buffer.concat([tx(`OK: 0 420 0 0 0 5 1 1 1 0 ${ino} 1 2049`), tx(second)]);
    const port = await answering((body) => (body.startsWith('OPENDIR') ? listing(['a', 'b'], 10)
      : body.endsWith('/d/b') ? Buffer.concat([reply(1, ''), reply(2, 'OK:')]) : ''));
    const { s } = await session(port, { timeout: 1 });
    const out = await s.listWithStats('/d', NOW);
    expect(out).toEqual([
      { name: 'a', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, atime: 1, mtime: 1, ctime: 1, ino: 1, dev: 2049 },
      { name: 'b', type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, atime: 1, mtime: 1, ctime: 1, ino: 2, dev: 2049 },
    ]);
    expect(s.broken).toBe(false);
  });

  it('a STAT reply whose second transaction is empty, the last thing that arrived: read, no target', async () => {
    // take(0) with nothing buffered threw a TypeError (not a RemoteError) out of the listing.
    const reply = (ino: number, second: string) => Buffer.concat([tx(`OK: 0 420 0 0 0 5 1 1 1 0 ${ino} 1 2049`), tx(second)]);
    const port = await answering((body) => (body.startsWith('OPENDIR') ? listing(['a', 'b'], 10)
      : body.endsWith('/d/b') ? Buffer.concat([reply(1, 'OK:'), reply(2, '')]) : ''));
    const { s } = await session(port, { timeout: 1 });
    const out = await s.listWithStats('/d', NOW);
    expect(out.map((e) => [e.name, e.type, e.ino])).toEqual([['a', 'file', 1], ['b', 'file', 2]]);
    expect(s.broken).toBe(false);
  });

  it('a reply to OPENDIR or MD5 that is no transaction: "sent a bad transaction header", the connection closed', async () => {
    const digest = Buffer.alloc(16);
    for (const ask of [(s: Session) => s.list('/d'), (s: Session) => s.differs('/f', Buffer.from('x')), (s: Session) => s.differsMany([{ path: '/f', digest }])]) {
      const port = await answering(() => 'HTTP/1.1 400 Bad Request\r\n\r\n');
      const { s, where } = await session(port);
      const e = await failure(ask(s));
      expect(e.kind).toBe('failed');
      expect(e.message).toBe(`${where} sent a bad transaction header`);
      expect(s.broken).toBe(true);
    }
  });
});

describe('bytes copied as they arrive', () => {
  it('more than a slab (256 KiB) through the copying path: every byte, in order', async () => {
    const content = Buffer.from(Array.from({ length: 700 * 1024 }, (_, i) => 0x30 + ((i * 7 + (i >> 11)) % 10)));
    const f = await fake({ list: () => undefined, stat: () => ({ type: 'file', ino: 3, content }) });
    const { s } = await session(f.port);
    const parts: Buffer[] = [];
    await s.fetch('/f', content.length, (bytes, at) => {
      expect(at).toBe(parts.reduce((n, p) => n + p.length, 0));
      parts.push(Buffer.from(bytes));
    });
    expect(Buffer.concat(parts).equals(content)).toBe(true);
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
  });
});

/** Transactions of `names` (NUL after each), at most `per` names a transaction, then the terminator's. */
function listing(names: string[], per: number): Buffer {
  const out: Buffer[] = [];
  for (let i = 0; i < names.length; i += per) out.push(tx(names.slice(i, i + per).map((n) => `${n}\0`).join('')));
  out.push(tx('---cfXen/gine/cfXen/gine---\0'));
  return Buffer.concat(out);
}
function tx(body: string | Buffer): Buffer {
  const b = Buffer.from(body as string, 'latin1');
  const header = Buffer.alloc(8);
  header.write(`t ${b.length}`, 'latin1');
  return Buffer.concat([header, b]);
}

describe('listings, round 18 (lines 718-882)', () => {
  it('in several transactions, a later one starting with a name that starts with BAD: every name', async () => {
    const port = await answering(() => Buffer.concat([tx('.\0..\0a\0'), tx('BADGER\0z\0'), tx('---cfXen/gine/cfXen/gine---\0')]));
    const { s } = await session(port);
    expect(await s.list('/d')).toEqual(['BADGER', 'a', 'z']);
  });

  it('200,000 names are listed; 200,001 are refused, and the connection closed', async () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `n${String(i).padStart(6, '0')}`);
    const port = await answering((body) => listing(names(body.endsWith('/more') ? 200_001 : 200_000), 12_000));
    const { s, where } = await session(port);
    const listed = await s.list('/d');
    expect(listed).toHaveLength(200_000);
    expect([listed[0], listed[199_999]]).toEqual(['n000000', 'n199999']);
    const e = await failure(s.list('/d/more'));
    expect(e.kind).toBe('failed');
    expect(e.message).toBe(`the listing of /d/more on ${where} has more than 200000 names or 32 MB; refused`);
    expect(s.broken).toBe(true);
  });

  it('32 MiB of names are listed; a byte more is refused', async () => {
    // 512 transactions of 256 names of 255 bytes: 32 MiB exactly, then the terminator's.
    const names = Array.from({ length: 512 * 256 }, (_, i) => `${String(i).padStart(7, '0')}${'x'.repeat(248)}`);
    const whole = listing(names, 256);
    const port = await answering((body) => (body.endsWith('/more') ? Buffer.concat([whole.subarray(0, whole.length - 36), tx('\0'), whole.subarray(whole.length - 36)]) : whole));
    const { s, where } = await session(port);
    const listed = await s.list('/d');
    expect(listed).toHaveLength(names.length);
    expect(listed[names.length - 1]).toBe(names[names.length - 1]);
    const e = await failure(s.list('/d/more'));
    expect(e.message).toBe(`the listing of /d/more on ${where} has more than 200000 names or 32 MB; refused`);
  });
});

describe('STAT replies, round 18 (lines 718-882)', () => {
  const replies: Record<string, [string, string]> = {
    '/d/huge': ['OK: 0 420 0 0 0 9007199254740993 1 1 1 0 4 1 1', 'OK:'],
    '/d/ok': ['OK: 0 420 0 0 0 5 1 1 1 0 5 1 1', 'OK:'],
    '/type': ['OK: 9007199254740993 420 0 0 0 5 1 1 1 0 6 1 1', 'OK:'],
    '/lmode': ['OK: 0 420 511 0 0 5 1 1 1 0 7 1 1', 'OK:/t'],
    '/second': ['OK: 0 420 0 0 0 5 1 1 1 0 8 1 1', 'NO:/t'],
    '/blanks': ['OK: 0 420  0 0 0 5 1 1 1 10 9 1 2049', 'OK:'],
    '/not-ok': ['XOK: 0 420 0 0 0 5 1 1 1 0 10 1 2049', 'OK:'],
  };
  async function open(): Promise<{ s: Session; where: string }> {
    const f = await fake({ list: (p) => (p === '/d' ? ['huge', 'ok'] : undefined),
      stat: (p) => (replies[p] ? { type: 'file', ino: 0, reply: replies[p] } : undefined) });
    return session(f.port);
  }

  it('with a listing: a number too large refuses that entry alone ("denied"), the others read', async () => {
    const { s, where } = await open();
    const out = await s.listWithStats('/d', NOW);
    expect(out[0]).toMatchObject({ name: 'huge', error: { kind: 'denied', message: `${where} sent a STAT of /d/huge whose size is too large to be true (9007199254740992); refused` } });
    expect(out[1]).toMatchObject({ name: 'ok', type: 'file', size: 5, ino: 5 });
  });

  it('the first number too large: refused, naming the type', async () => {
    const { s, where } = await open();
    await expect(s.stat('/type', NOW)).rejects.toThrow(`${where} sent a STAT of /type whose type is too large to be true (9007199254740992); refused`);
  });

  it('two blanks before the link mode, a makeholes of two digits: read; a first transaction not starting with OK: cannot be', async () => {
    const { s, where } = await open();
    expect(await s.stat('/blanks', NOW)).toEqual({ type: 'file', mode: 0o644, uid: 0, gid: 0, size: 5, atime: 1, mtime: 1, ctime: 1, ino: 9, dev: 2049 });
    await expect(s.stat('/not-ok', NOW)).rejects.toMatchObject({ kind: 'failed', message: `${where} sent a STAT reply we cannot read: XOK: 0 420 0 0 0 5 1 1 1 0 10 1 2049` });
  });

  it('a file the server reports as a link (a link mode and a target): a link; a second transaction without OK: names no target', async () => {
    const { s } = await open();
    expect(await s.stat('/lmode', NOW)).toMatchObject({ type: 'link', target: '/t' });
    const second = await s.stat('/second', NOW);
    expect(second.type).toBe('file');
    expect('target' in second).toBe(false);
  });
});

describe('replies trickled under the idle limit (found by the round-19 fuzzer)', () => {
  // Timeout 1 s, minRate 256 bytes/s: a reply must end within 1 s plus 1 s per 256 bytes of it,
  // from its request; each server below sends a byte or a piece well within the idle limit.
  const o = { timeout: 1, minRate: 256 };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  type Piece = Buffer | number;
  /** A raw server that greets with `greeting` and answers each request with `answer`'s pieces (a number: a pause of so many ms). */
  function trickling(greeting: Piece[], answer: (body: string) => Piece[]): Promise<number> {
    let stopped = false;
    closers.push(() => { stopped = true; });
    return rawServer((s) => {
      const play = async (pieces: Piece[]) => {
        for (const p of pieces) {
          if (stopped || s.destroyed) return;
          if (typeof p === 'number') await sleep(p);
          else s.write(p);
        }
      };
      let queue = play(greeting);
      onRequests(s, () => { queue = queue.then(() => play([Buffer.from('OK WELCOME\n')])); },
        (body) => { queue = queue.then(() => play(answer(body))); });
    });
  }
  const tx = (body: string, more = false) => {
    const header = Buffer.alloc(8);
    header.write(`${more ? 'm' : 't'} ${body.length}`, 'latin1');
    return Buffer.concat([header, Buffer.from(body, 'latin1')]);
  };
  /** Each byte of `b`, `gap` ms apart. */
  const bytes = (b: Buffer, gap = 100) => Array.from(b, (x) => [Buffer.from([x]), gap]).flat();
  const greeting = [Buffer.from('CFE_v2 cf-serverd 3.21.0\n')];
  const tooSlow = (where: string) => new RegExp(`^${where.replace(/\./g, '\\.')} is too slow: its reply did not end in its time \\(1 s and 1 s per 0\\.25 KB\\)$`);

  it('a greeting a byte every 100 ms: refused once the timeout and its size at minRate have passed, not when it ends', async () => {
    const port = await trickling(bytes(Buffer.from(`CFE_v2 cf-serverd ${'x'.repeat(60)}\n`)), () => []);
    const started = Date.now();
    const e = await failure(Session.open({ host: '127.0.0.1', port, trustKey: true, keys: fakes.keys(), stateDir: scratch, user: 'root', ...o, note: () => {} }));
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(tooSlow(`127.0.0.1:${port}`));
    // 79 bytes at 10 a second would take 7.9 s; the budget is 1 s + 79/256 s.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a STAT reply a byte every 100 ms: "too slow", the connection closed', async () => {
    const reply = Buffer.concat([tx('OK: 0 420 0 0 0 5 1 1 1 0 4 1 2049'), tx('OK:')]);
    const port = await trickling(greeting, () => bytes(reply));
    const { s, where } = await session(port, o);
    const e = await failure(s.stat('/f', NOW));
    expect(e.kind).toBe('server');
    expect(e.message).toMatch(tooSlow(where));
    expect(s.broken).toBe(true);
  });

  it('a listing in transactions 400 ms apart (each within the idle limit): its budget is the request\'s, not each wait\'s', async () => {
    // 20 transactions of 28 bytes: 560 bytes over 8 s; the budget is 1 s + 560/256 s.
    const names = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(19, 'n')}\0`);
    const port = await trickling(greeting, () => [...names.flatMap((n) => [tx(n, true), 400]), tx('---cfXen/gine/cfXen/gine---\0')]);
    const { s, where } = await session(port, o);
    const e = await failure(s.list('/d'));
    expect(e.message).toMatch(tooSlow(where));
  });

  it('replies sent together and answered in turn (a listing\'s STATs, a window of MD5s), each 700 ms after the last: each has its own budget, all read', async () => {
    const sleepy = (r: string) => (/^(SYNCH|MD5)/.test(r) ? sleep(700) : undefined);
    const f = await fake({ list: () => ['a', 'b', 'c', 'd'], stat: (p) => ({ type: 'file', ino: p.length, content: Buffer.from('x') }), pause: sleepy });
    const { s } = await session(f.port, o);
    // 4 replies 700 ms apart: 2.8 s, past one budget (1 s and a few bytes) but within each.
    expect((await s.listWithStats('/d', NOW)).map(e => ('ino' in e ? e.ino : e.error.message))).toEqual([4, 4, 4, 4]);
    const md5 = crypto.createHash('md5').update('x').digest();
    expect(await s.differsMany(['/a', '/b', '/c', '/d'].map(path => ({ path, digest: md5 })))).toEqual([false, false, false, false]);
  });

  it('a reply that starts late but within the idle limit, then comes at once: read (the budget starts with the timeout)', async () => {
    const reply = Buffer.concat([tx('OK: 0 420 0 0 0 5 1 1 1 0 4 1 2049'), tx('OK:')]);
    const port = await trickling(greeting, () => [800, reply]);
    const { s } = await session(port, o);
    expect((await s.stat('/f', NOW)).ino).toBe(4);
    expect((await s.stat('/g', NOW)).ino).toBe(4);
  });
});

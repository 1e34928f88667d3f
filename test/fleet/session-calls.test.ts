/**
 * Each request of a connection (host/node/remote/session.ts) driven directly, in this process,
 * against the scripted server (fake-server.ts): what a STAT reply's numbers become, how a
 * refusal reads, a listing's names, the MD5 questions one by one and in windows, a GET's bytes
 * and the ways it fails. test/fleet/hostile.test.ts asks the same of the CLI as a child; these
 * run in the test's process, where a mutant of the module can be seen.
 */
import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestMismatch, RemoteError, statReplyAtEnd } from '../../host/node/remote/session.js';
import type { FakeEntry, FakeScript } from './fake-server.js';
import { sessionsToFakes } from './fake-sessions.js';

const { open } = sessionsToFakes('cfwasm-session-calls-');

/** A transaction as the server frames it: `t LEN` padded to 8 bytes, then the body. */
function tx(body: string): Buffer {
  const header = Buffer.alloc(8);
  header.write(`t ${body.length}`, 'latin1');
  return Buffer.concat([header, Buffer.from(body, 'latin1')]);
}

const NOW = 1_700_000_000;
const MISSING = 'not there, or access denied (cf-serverd does not tell which; its log does): ';

describe('statReplyAtEnd: the STAT reply a stream that ran short ends with', () => {
  const junk = Buffer.from('some bytes of a file, t 5 nothing');

  it('is the length of a refusal, one transaction, that ends the stream', () => {
    const bad = tx('BAD: no such file');
    expect(statReplyAtEnd(Buffer.concat([junk, bad]))).toBe(bad.length);
    expect(statReplyAtEnd(bad)).toBe(bad.length);
  });

  it('is the length of both transactions of a reply that ends the stream', () => {
    const ok = Buffer.concat([tx('OK: 0 420 0 0 0 5 1 1 1 0 7 1 2049'), tx('OK:')]);
    expect(statReplyAtEnd(Buffer.concat([junk, ok]))).toBe(ok.length);
    expect(statReplyAtEnd(ok)).toBe(ok.length);
  });

  it('is -1 when something follows the reply, or it is cut, or no reply is there', () => {
    const ok = Buffer.concat([tx('OK: 0 420 0 0 0 5 1 1 1 0 7 1 2049'), tx('OK:')]);
    expect(statReplyAtEnd(Buffer.concat([junk, ok, Buffer.from('x')]))).toBe(-1);
    expect(statReplyAtEnd(ok.subarray(0, ok.length - 1))).toBe(-1);
    expect(statReplyAtEnd(Buffer.concat([junk, tx('BAD: x'), Buffer.from('y')]))).toBe(-1);
    expect(statReplyAtEnd(junk)).toBe(-1);
    expect(statReplyAtEnd(Buffer.alloc(0))).toBe(-1);
    // A first transaction that is neither BAD nor OK:, and an OK: whose second is not a header.
    expect(statReplyAtEnd(Buffer.concat([tx('NO: x'), tx('OK:')]))).toBe(-1);
    expect(statReplyAtEnd(Buffer.concat([tx('OK: 1'), Buffer.from('x 3\0\0\0\0\0OK:')]))).toBe(-1);
    // A header of six digits is no header.
    expect(statReplyAtEnd(Buffer.from('t 123456'))).toBe(-1);
  });

  it('the refusal must be whole: a BAD whose length runs past the end is not one', () => {
    const bad = tx('BAD: no such file');
    expect(statReplyAtEnd(bad.subarray(0, bad.length - 1))).toBe(-1);
  });
});

describe('digestMismatch', () => {
  it('is a "changed" failure naming the server', () => {
    const e = digestMismatch('h:5308');
    expect(e).toBeInstanceOf(RemoteError);
    expect(e.kind).toBe('changed');
    expect(e.message).toBe('what arrived does not have the MD5 digest of the file on h:5308 (it changed while it was copied)');
  });
});

describe('STAT', () => {
  const entries: Record<string, FakeEntry | string> = {
    '/f': { type: 'file', content: Buffer.from('hello'), ino: 11, mode: 0o104755, time: '1600000000', dev: 77 },
    '/d': { type: 'dir', ino: 12 },
    '/l': { type: 'link', target: '/f', ino: 13 },
    '/raw': { type: 'file', ino: 0, reply: ['OK: 0 420 0 12 34 5 100 200 300 0 77 1 2049', 'OK:'] },
    '/short': { type: 'file', ino: 0, reply: ['OK: 2 493 0 1 2 4096 100 200 300 0 78', 'OK:'] },
    '/fifo': { type: 'file', ino: 0, reply: ['OK: 3 420 0 0 0 0 1 1 1 0 79 1 1', 'OK:'] },
    '/odd': { type: 'file', ino: 0, reply: ['OK: 9 420 0 0 0 0 1 1 1 0 80 1 1', 'OK:'] },
    '/lmode-only': { type: 'file', ino: 0, reply: ['OK: 0 420 511 0 0 3 1 1 1 0 81 1 1', 'OK:'] },
    '/target-no-lmode': { type: 'file', ino: 0, reply: ['OK: 0 420 0 0 0 3 1 1 1 0 82 1 1', 'OK:/t'] },
    '/huge': { type: 'file', ino: 0, reply: ['OK: 0 420 0 0 0 9007199254740993 1 1 1 0 83 1 1', 'OK:'] },
    '/huge-ino': { type: 'file', ino: 0, reply: ['OK: 0 420 0 0 0 1 1 1 1 0 99999999999999999 1 1', 'OK:'] },
    '/clock': 'BAD: unsynchronized clocks',
    '/gone': 'BAD: no such file',
    '/garbled': { type: 'file', ino: 0, reply: ['OK: 0 420 x', 'OK:'] },
  };
  const script: FakeScript = { list: () => [], stat: (p) => entries[p] };

  it('a file\'s numbers: its type, permission bits (the type\'s bits dropped), times, inode, device', async () => {
    const { s, fake } = await open(script);
    expect(await s.stat('/f', NOW + 0.9)).toEqual({ type: 'file', mode: 0o4755, uid: 0, gid: 0, size: 5, atime: 1600000000, mtime: 1600000000, ctime: 1600000000, ino: 11, dev: 77 });
    expect(fake.requests).toEqual([`SYNCH ${NOW} STAT /f`]);
    expect(await s.stat('/raw', NOW)).toEqual({ type: 'file', mode: 0o644, uid: 12, gid: 34, size: 5, atime: 100, mtime: 200, ctime: 300, ino: 77, dev: 2049 });
  });

  it('a directory, a link as the server reports it, and types the protocol does not name', async () => {
    const { s } = await open(script);
    expect(await s.stat('/d', NOW)).toMatchObject({ type: 'dir', mode: 0o755, size: 4096, ino: 12 });
    const link = await s.stat('/l', NOW);
    expect(link).toMatchObject({ type: 'link', target: '/f', ino: 13 });
    expect((await s.stat('/fifo', NOW)).type).toBe('other');
    expect((await s.stat('/odd', NOW)).type).toBe('other');
    // A link mode without a target, or a target without a link mode, is no link.
    const lmodeOnly = await s.stat('/lmode-only', NOW);
    expect(lmodeOnly.type).toBe('file');
    expect('target' in lmodeOnly).toBe(false);
    expect(await s.stat('/target-no-lmode', NOW)).toMatchObject({ type: 'file', target: '/t' });
  });

  it('a reply without the link count and device: the device is 0', async () => {
    const { s } = await open(script);
    expect(await s.stat('/short', NOW)).toEqual({ type: 'dir', mode: 0o755, uid: 1, gid: 2, size: 4096, atime: 100, mtime: 200, ctime: 300, ino: 78, dev: 0 });
  });

  it('a number no double holds exactly refuses that file alone, naming the field; the connection stays in step', async () => {
    const { s, where } = await open(script);
    await expect(s.stat('/huge', NOW)).rejects.toThrow(new RemoteError('denied', `${where} sent a STAT of /huge whose size is too large to be true (9007199254740992); refused`));
    await expect(s.stat('/huge-ino', NOW)).rejects.toThrow(/whose inode is too large to be true/);
    expect(s.broken).toBe(false);
    expect((await s.stat('/d', NOW)).ino).toBe(12);
  });

  it('a refusal is "missing" (cf-serverd does not tell a forbidden file from a missing one)', async () => {
    const { s } = await open(script);
    const e = await s.stat('/gone', NOW).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RemoteError);
    expect(e).toMatchObject({ kind: 'missing', message: `${MISSING}no such file` });
    expect((await s.stat('/d', NOW)).ino).toBe(12);
  });

  it('clocks too far apart fail the server, with the reason', async () => {
    const { s, where } = await open(script);
    await expect(s.stat('/clock', NOW)).rejects.toMatchObject({ kind: 'server',
      message: `the clocks of this host and ${where} differ by more than an hour; the server refuses copies by date` });
  });

  it('a reply it cannot read fails and closes the connection', async () => {
    const { s, where } = await open(script);
    await expect(s.stat('/garbled', NOW)).rejects.toMatchObject({ kind: 'failed', message: `${where} sent a STAT reply we cannot read: OK: 0 420 x` });
    expect(s.broken).toBe(true);
  });
});

describe('OPENDIR', () => {
  const script: FakeScript = {
    list: (p) => (p === '/d' || p === '/d/' ? ['b', 'a', '', 'c/d', 'b'] : undefined),
    stat: (p) => (p.endsWith('/c/d') ? 'BAD: no' : p.endsWith('/b') ? 'BAD: no such file' : { type: 'file', ino: p.length, content: Buffer.from(p) }),
  };

  it('the names sorted, without . and .. (and no empty one), a repeat kept', async () => {
    const { s, fake } = await open(script);
    expect(await s.list('/d')).toEqual(['a', 'b', 'b', 'c/d']);
    expect(fake.requests).toEqual(['OPENDIR /d']);
  });

  it('a refused directory is "missing", with the server\'s words', async () => {
    const { s } = await open(script);
    await expect(s.list('/nope')).rejects.toMatchObject({ kind: 'missing', message: `${MISSING}no such directory` });
  });

  it('with stats: each name asked once, under the directory (one slash), a name that is none not asked', async () => {
    for (const dir of ['/d', '/d/']) {
      const { s, fake } = await open(script);
      const out = await s.listWithStats(dir, NOW + 0.5);
      expect(fake.requests).toEqual([`OPENDIR ${dir}`, `SYNCH ${NOW} STAT /d/a`, `SYNCH ${NOW} STAT /d/b`]);
      expect(out.map(e => e.name)).toEqual(['a', 'b', 'b', 'c/d']);
      expect(out[0]).toMatchObject({ name: 'a', type: 'file', ino: 4 });
      expect(out[1]).toMatchObject({ name: 'b', error: { kind: 'missing', message: `${MISSING}no such file` } });
      expect(out[2]).toMatchObject({ name: 'b', error: { kind: 'missing' } });
      expect(out[3]).toMatchObject({ name: 'c/d', error: { kind: 'failed', message: 'not usable as a file name' } });
    }
  });

  it('with stats: a path too long for a request is not asked; one just short enough is', async () => {
    const long = 'n'.repeat(4000 - 3); // '/d/' + name: 4000, too long
    const fits = 'm'.repeat(4000 - 4);
    const { s, fake } = await open({ list: () => [long, fits], stat: () => ({ type: 'file', ino: 5, content: Buffer.from('x') }) });
    const out = await s.listWithStats('/d', NOW);
    expect(fake.requests).toEqual(['OPENDIR /d', `SYNCH ${NOW} STAT /d/${fits}`]);
    expect(out.find(e => e.name === long)).toMatchObject({ error: { kind: 'failed' } });
    expect(out.find(e => e.name === fits)).toMatchObject({ ino: 5 });
  });

  it('with stats: clocks too far apart fail the whole listing', async () => {
    const { s } = await open({ list: () => ['a'], stat: () => 'BAD: unsynchronized' });
    await expect(s.listWithStats('/d', NOW)).rejects.toMatchObject({ kind: 'server' });
  });
});

describe('MD5', () => {
  const content = Buffer.from('the file\n');
  const md5 = (b: Buffer) => crypto.createHash('md5').update(b).digest();
  const script: FakeScript = {
    list: () => [],
    stat: () => ({ type: 'file', ino: 3, content }),
    differs: (p, digest) => (p === '/refused' ? 'BAD: access denied' : p === '/broken' ? 'BAD: unsynchronized' : !digest.equals(md5(content))),
  };

  it('differs: false for the same bytes, true for others; the digest sent after the path and two NULs', async () => {
    const { s, fake } = await open(script);
    expect(await s.differs('/f', content)).toBe(false);
    expect(await s.differs('/f', Buffer.from('other'))).toBe(true);
    expect(fake.requests).toEqual(['MD5 /f', 'MD5 /f']);
  });

  it('differs: a refusal is "denied", naming the server and the request', async () => {
    const { s, where } = await open(script);
    await expect(s.differs('/refused', content)).rejects.toMatchObject({ kind: 'denied', message: `refused by ${where} (MD5): access denied` });
  });

  it('differsMany: in order, across windows, a refusal as its message, a path too long as such', async () => {
    const { s, where, fake } = await open(script);
    const items = Array.from({ length: 300 }, (_, i) => ({ path: `/f${i}`, digest: i % 3 ? md5(content) : md5(Buffer.from('x')) }));
    items[5] = { path: '/refused', digest: md5(content) };
    // A request is the path, 22 bytes more and an 8-byte header, in at most 4,096.
    items[270] = { path: `/${'p'.repeat(4066)}`, digest: md5(content) }; // 4,067 bytes: one too many
    items[271] = { path: `/${'q'.repeat(4065)}`, digest: md5(content) }; // 4,066: fits
    const out = await s.differsMany(items);
    expect(out).toHaveLength(300);
    for (let i = 0; i < 300; i++) {
      const want = i === 5 ? `refused by ${where} (MD5): access denied` : i === 270 ? 'request too long for the protocol' : i === 271 ? false : i % 3 === 0;
      expect(out[i], String(i)).toBe(want);
    }
    expect(fake.requests).toHaveLength(299);
  });

  it('differsMany: a refusal of any word is that file\'s message; a lost connection stops it', async () => {
    const { s, where, fake } = await open(script);
    expect(await s.differsMany([{ path: '/f', digest: md5(content) }, { path: '/broken', digest: md5(content) }]))
      .toEqual([false, `refused by ${where} (MD5): unsynchronized`]);
    await fake.stop();
    await expect(s.differsMany([{ path: '/f', digest: md5(content) }])).rejects.toMatchObject({ kind: 'server' });
  });

  it('differsMany of nothing sends nothing', async () => {
    const { s, fake } = await open(script);
    expect(await s.differsMany([])).toEqual([]);
    expect(fake.requests).toEqual([]);
  });
});

describe('GET', () => {
  const content = Buffer.from(Array.from({ length: 5000 }, (_, i) => `${i % 10}`).join(''));

  it('the bytes exactly, the STAT sent with the GET; verified by MD5 when asked', async () => {
    const { s, fake } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content }) });
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
    expect(fake.requests).toEqual(['GET 2048 /f', expect.stringMatching(/^SYNCH \d+ STAT \/f$/)]);
    expect(Buffer.from(await s.get('/f', content.length, true)).equals(content)).toBe(true);
    expect(fake.requests.slice(2)).toEqual(['GET 2048 /f', expect.stringMatching(/^SYNCH \d+ STAT \/f$/), 'MD5 /f']);
    expect((await s.stat('/f', NOW)).ino).toBe(3);
  });

  it('an empty file is not asked for', async () => {
    const { s, fake } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content: Buffer.alloc(0) }) });
    expect(await s.get('/e', 0)).toEqual(new Uint8Array(0));
    expect(fake.requests).toEqual([]);
    expect(await s.get('/e', 0, true)).toEqual(new Uint8Array(0));
    expect(fake.requests).toEqual(['MD5 /e']);
  });

  it('verified, bytes the server\'s file does not have: "changed"', async () => {
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content }), differs: () => true });
    await expect(s.get('/f', content.length, true)).rejects.toMatchObject({ kind: 'changed', message: digestMismatch(where).message });
  });

  it('a file whose STAT after the bytes gives another size: "changed", with both sizes', async () => {
    let n = 0;
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content, size: n++ ? 6000 : content.length }) });
    await expect(s.get('/f', content.length)).rejects.toMatchObject({ kind: 'changed',
      message: `it changed on ${where} while it was copied (${content.length} bytes, now 6000)` });
  });

  it('a file gone after its bytes were sent whole: what arrived stands', async () => {
    let n = 0;
    const { s } = await open({ list: () => [], stat: () => (n++ ? undefined : { type: 'file', ino: 3, content }) });
    expect(Buffer.from(await s.get('/f', content.length)).equals(content)).toBe(true);
  });

  it('refused at the start: "denied", with the server\'s words; the connection is closed', async () => {
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content }),
      get: (_p, send) => send(Buffer.concat([Buffer.from('BAD: access denied'), Buffer.alloc(2048 - 18)])) });
    await expect(s.get('/f', content.length)).rejects.toMatchObject({ kind: 'denied', message: `refused by ${where} (GET): access denied` });
    expect(s.broken).toBe(true);
  });

  it('refused at the start in a transaction of its own: "denied" too', async () => {
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content }),
      get: (_p, send) => send(tx('BAD: no access')) });
    await expect(s.get('/f', content.length)).rejects.toMatchObject({ kind: 'denied', message: `refused by ${where} (GET): no access` });
  });

  it('a file that grew: more bytes than its STAT gave, "changed"', async () => {
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content, size: content.length }),
      get: (_p, send) => send(Buffer.concat([content, Buffer.from('more bytes than were stated, enough to fill a header')])) });
    await expect(s.get('/f', content.length)).rejects.toMatchObject({ kind: 'changed',
      message: `${where} sent more than the ${content.length} bytes its STAT gave (the file grew while it was copied)` });
    expect(s.broken).toBe(true);
  });

  it('a file that shrank: its STAT\'s reply read as its last bytes, then nothing: "changed"', async () => {
    const { s, where } = await open({ list: () => [], stat: () => ({ type: 'file', ino: 3, content: content.subarray(0, 3000), size: content.length }) });
    await expect(s.get('/f', content.length)).rejects.toMatchObject({ kind: 'changed' });
    expect(s.broken).toBe(true);
    void where;
  });
});

describe('replies found by the round-19 fuzzer', () => {
  it('with stats: a name of two-byte characters short enough in characters but not in bytes is not asked; the rest of the listing is read', async () => {
    // '/d/' + 1,999 × 'é': 2,002 characters, 4,001 bytes (too long); 1,998 × 'é': 3,999 bytes (fits).
    const long = 'é'.repeat(1999);
    const fits = 'é'.repeat(1998);
    const { s, fake } = await open({ list: () => ['a', long, fits], stat: (p) => ({ type: 'file', ino: p.length, content: Buffer.from('x') }) });
    const out = await s.listWithStats('/d', NOW);
    expect(fake.requests).toEqual(['OPENDIR /d', `SYNCH ${NOW} STAT /d/a`, `SYNCH ${NOW} STAT /d/${fits}`]);
    expect(out.find(e => e.name === long)).toMatchObject({ error: { kind: 'failed', message: 'not usable as a file name' } });
    expect(out.find(e => e.name === 'a')).toMatchObject({ type: 'file', ino: 4 });
    expect(out.find(e => e.name === fits)).toMatchObject({ type: 'file' });
    expect(s.broken).toBe(false);
  });

  it('a request too long for the protocol names the server and how it starts', async () => {
    const { s, where } = await open({ list: () => [], stat: () => undefined });
    await expect(s.stat(`/${'é'.repeat(2040)}`, NOW)).rejects.toMatchObject({ kind: 'failed',
      message: expect.stringMatching(new RegExp(`^request too long for the protocol \\(4103 bytes to ${where}: "SYNCH ${NOW} STAT /é+"…\\)$`)) });
  });

  const replies: Record<string, [string, string]> = {
    '/type-link': ['OK: 1 511 0 0 0 5 1 1 1 0 7 1 1', 'OK:'],
    '/lmode-bad': ['OK: 1 511 511 0 0 5 1 1 1 0 8 1 1', 'BAD: no target'],
    '/lmode-file-bad': ['OK: 0 420 511 0 0 5 1 1 1 0 9 1 1', 'BAD: no target'],
    '/d': ['OK: 2 493 0 0 0 4096 1 1 1 0 10 1 1', 'OK:'],
  };
  const script: FakeScript = { list: () => [], stat: (p) => (replies[p] ? { type: 'file', ino: 0, reply: replies[p] } : undefined) };

  it('a link with no target (type 1, or a link mode with a second transaction that is no target): refused for that file, by the server\'s name; in step', async () => {
    const { s, where } = await open(script);
    for (const p of ['/type-link', '/lmode-bad']) {
      await expect(s.stat(p, NOW)).rejects.toThrow(new RemoteError('denied', `${where} sent a STAT of ${p} as a link with no target; refused`));
    }
    // A link mode whose second transaction names no target is no link: the type the reply gives.
    const file = await s.stat('/lmode-file-bad', NOW);
    expect(file.type).toBe('file');
    expect('target' in file).toBe(false);
    expect(s.broken).toBe(false);
    expect((await s.stat('/d', NOW)).ino).toBe(10);
  });
});

describe('names that are not UTF-8 (found by the round-19 fuzzer)', () => {
  it('are not asked about (their decoded name is another file\'s), and say so by the server\'s name; a name that holds U+FFFD itself is asked', async () => {
    const latin1 = Buffer.from([0x66, 0xe9, 0x67]); // "fég" in Latin-1
    const other = Buffer.from([0x66, 0xff, 0x67]); // decodes to the same "f\uFFFDg"
    const { s, fake, where } = await open({ list: () => ['a', latin1, other, 'h\uFFFDi'], stat: (p) => ({ type: 'file', ino: p.length, content: Buffer.from('x') }) });
    const out = await s.listWithStats('/d', NOW);
    expect(fake.requests).toEqual(['OPENDIR /d', `SYNCH ${NOW} STAT /d/a`, `SYNCH ${NOW} STAT /d/h\uFFFDi`]);
    const message = `${where} listed a name that is not UTF-8 (its bad bytes shown as U+FFFD); not copied`;
    expect(out.filter(e => e.name === 'f\uFFFDg')).toEqual([{ name: 'f\uFFFDg', error: expect.objectContaining({ kind: 'failed', message }) },
      { name: 'f\uFFFDg', error: expect.objectContaining({ kind: 'failed', message }) }]);
    expect(out.find(e => e.name === 'h\uFFFDi')).toMatchObject({ type: 'file' });
    expect(out.find(e => e.name === 'a')).toMatchObject({ type: 'file', ino: 4 });
    expect(await s.list('/d')).toEqual(['a', 'f\uFFFDg', 'f\uFFFDg', 'h\uFFFDi']);
  });
});

/**
 * host/node/dir-listing.ts's listing (readDirStat, readDirRecords) field by field, and the system
 * calls it makes to get there. A sweep lists every directory once, so how it asks matters: from
 * inside the directory (chdir, then each entry's bare name: a third less time per entry) where
 * this thread may change its working directory, by whole paths on a worker thread, never by a
 * chdir into a path that is not text (process.chdir would go elsewhere), nor for an empty
 * directory; the working directory always given back; an ASCII name's path one string, any other
 * name's bytes; the records in one buffer sized for every name at once.
 *
 * The calls are watched on a fresh instance of the module with lean-stat.ts wrapped and
 * process.chdir/cwd replaced by a stand-in that keeps its own working directory (a relative
 * lstat is answered from it): under Stryker the tests run on a worker thread, where the real
 * process.chdir is refused, and the in-directory way could not be seen at all.
 */
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { nameOf } from '../../host/node/byte-fs.js';
import { readDirRecords, readDirStat } from '../../host/node/dir-listing.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-listing-ways-');
const LEAN_STAT = '../../host/node/lean-stat.js';
afterEach(() => {
  vi.doUnmock(LEAN_STAT);
  vi.restoreAllMocks();
});// Under Stryker one module cache serves every test file and run: the last fresh instance (with its
// stand-ins) must not be what the next file imports.
afterAll(() => {
  vi.resetModules();
});


interface Rec { name: string; type: number; mode: number; uid: number; gid: number; size: number; mtime: number; atime: number; ino: number }

/** list-stat records read back (docs/host-interface.md: a 52-byte header, then the name's UTF-16 units). */
function decode(records: Uint8Array): Rec[] {
  const v = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const out: Rec[] = [];
  for (let at = 0; at < records.byteLength;) {
    const bytes = v.getUint32(at, true);
    let name = '';
    for (let i = 0; i < bytes; i += 2) name += String.fromCharCode(v.getUint16(at + 52 + i, true));
    out.push({ name, type: v.getUint32(at + 4, true), mode: v.getUint32(at + 8, true), uid: v.getInt32(at + 12, true),
      gid: v.getInt32(at + 16, true), size: v.getFloat64(at + 20, true), mtime: v.getFloat64(at + 28, true),
      atime: v.getFloat64(at + 36, true), ino: v.getFloat64(at + 44, true) });
    at += 52 + bytes;
  }
  return out;
}

/** What a record should say of `path`, from fs.lstatSync (the host's type codes: 1 file, 2 dir, 3 link, 4 other). */
function expected(name: string, path: string | Buffer): Rec {
  const st = fs.lstatSync(path);
  const type = st.isFile() ? 1 : st.isDirectory() ? 2 : st.isSymbolicLink() ? 3 : 4;
  return { name, type, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, size: st.size,
    mtime: Math.floor(st.mtimeMs / 1000), atime: Math.floor(st.atimeMs / 1000), ino: st.ino };
}

/** A directory with a file, a directory, a link, a FIFO and a name that is not UTF-8, made out of order. */
function stocked(): { dir: string; names: string[]; paths: (string | Buffer)[] } {
  const dir = fresh();
  const odd = Buffer.from([0x6e, 0xff]); // "n" then a byte that is no UTF-8
  fs.writeFileSync(join(dir, 'b'), 'bytes', { mode: 0o640 });
  fs.chmodSync(join(dir, 'b'), 0o640);
  fs.mkdirSync(join(dir, 'a'), { mode: 0o750 });
  fs.chmodSync(join(dir, 'a'), 0o750);
  fs.symlinkSync('b', join(dir, 'c'));
  expect(spawnSync('mkfifo', ['-m', '0604', join(dir, 'f')]).status).toBe(0);
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), odd]), 'odd', { mode: 0o600 });
  return { dir, names: ['a', 'b', 'c', 'f', nameOf(odd)], paths: ['a', 'b', 'c', 'f'].map(n => join(dir, n) as string | Buffer).concat([Buffer.concat([Buffer.from(`${dir}/`), odd])]) };
}

describe('what a listing gives', () => {
  it('every entry with its lstat, in the core\'s order, both ways (as this thread and as a worker); a link is not followed, a FIFO is "special"', () => {
    const { dir, names, paths } = stocked();
    const want = names.map((n, i) => expected(n, paths[i]));
    expect(want.map(r => r.type)).toEqual([2, 1, 3, 4, 1]);
    expect(decode(readDirRecords(dir))).toEqual(want);
    expect(decode(readDirRecords(dir, true))).toEqual(want);
    expect(readDirStat(dir)).toEqual(want.map(r => ({ name: r.name, info: {
      type: ['none', 'file', 'dir', 'link', 'special'][r.type], mode: r.mode, mtime: r.mtime, atime: r.atime,
      size: r.size, uid: r.uid, gid: r.gid, ino: r.ino } })));
  });

  it('/ by whole paths (a worker\'s way): each of its entries as lstat says of /NAME', () => {
    const names = fs.readdirSync('/').sort();
    // Only what does not change while the suite runs (/tmp's size and times do).
    const keep = ({ name, type, mode, uid, ino }: Rec) => ({ name, type, mode, uid, ino });
    expect(decode(readDirRecords('/', true)).map(keep)).toEqual(names.map(n => keep(expected(n, `/${n}`))));
  });

  it('two names whose bytes sort apart from their text (U+FF71 before U+1F600 in UTF-8, after it in UTF-16) come in the text\'s order', () => {
    const dir = fresh();
    for (const name of ['\u{ff71}', '\u{1f600}']) fs.writeFileSync(join(dir, name), name);
    expect(fs.readdirSync(dir)).toEqual(['\u{ff71}', '\u{1f600}']); // libuv's order: the bytes'
    expect(readDirStat(dir).map(e => e.name)).toEqual(['\u{1f600}', '\u{ff71}']);
    expect(decode(readDirRecords(dir, true)).map(e => e.name)).toEqual(['\u{1f600}', '\u{ff71}']);
  });

  it('the records are one buffer sized for every name at once, never grown', () => {
    const { dir } = stocked();
    for (const inWorker of [false, true]) {
      const records = readDirRecords(dir, inWorker);
      expect(records.byteLength).toBe(5 * 52 + 2 * (4 + 2)); // four one-letter names, and "n" with its byte's stand-in
      expect(records.buffer.byteLength).toBe(records.byteLength);
    }
  });

  it('an empty directory: no records', () => {
    const dir = fresh();
    expect(readDirStat(dir)).toEqual([]);
    expect(readDirRecords(dir).byteLength).toBe(0);
  });
});

/** A stand-in working directory for process.chdir and process.cwd (a worker thread may not change the real one). */
function standInCwd(start: string, refuse = false) {
  let cwd = start;
  const chdirs: string[] = [];
  vi.spyOn(process, 'chdir').mockImplementation((dir: string) => {
    chdirs.push(dir);
    if (refuse) throw Object.assign(new Error(`ENOENT: no such file or directory, chdir '${dir}'`), { code: 'ENOENT' });
    cwd = dir;
  });
  vi.spyOn(process, 'cwd').mockImplementation(() => cwd);
  return { chdirs, cwd: () => cwd };
}

/**
 * dir-listing.ts afresh, with every path given to lstat recorded (a string, or bytes shown as
 * `bytes:` and their Latin-1) and a relative one answered from `cwd()`.
 */
async function watched(cwd: () => string) {
  const lstats: string[] = [];
  vi.doMock(LEAN_STAT, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../host/node/lean-stat.js')>();
    return { ...real, leanLstat: (path: string | Buffer) => {
      lstats.push(typeof path === 'string' ? path : `bytes:${path.toString('latin1')}`);
      const absolute = (typeof path === 'string' ? path[0] : String.fromCharCode(path[0])) === '/';
      if (absolute) return real.leanLstat(path);
      return real.leanLstat(typeof path === 'string' ? join(cwd(), path) : Buffer.concat([Buffer.from(`${cwd()}/`), path]));
    } };
  });
  vi.resetModules();
  const listing = await import('../../host/node/dir-listing.js');
  return { listing, lstats };
}

describe('how it asks the system', () => {
  it('this thread: chdir into the directory, each entry by its bare name (bytes for a name not ASCII), then back', async () => {
    const { dir, names, paths } = stocked();
    const want = names.map((n, i) => expected(n, paths[i]));
    const wd = standInCwd('/nowhere');
    const { listing, lstats } = await watched(wd.cwd);
    expect(decode(listing.readDirRecords(dir))).toEqual(want);
    expect(wd.chdirs).toEqual([dir, '/nowhere']);
    expect(wd.cwd()).toBe('/nowhere');
    expect(lstats).toEqual(['a', 'b', 'c', 'f', 'bytes:n\xff']);
    lstats.length = 0;
    expect(listing.readDirStat(dir).map(e => [e.name, e.info.ino])).toEqual(want.map(r => [r.name, r.ino]));
    expect(wd.chdirs).toEqual([dir, '/nowhere', dir, '/nowhere']);
    expect(lstats).toEqual(['a', 'b', 'c', 'f', 'bytes:n\xff']);
  });

  it('as a worker: no chdir, each entry by its whole path (one string when the name is ASCII)', async () => {
    const { dir, names, paths } = stocked();
    const wd = standInCwd('/nowhere');
    const { listing, lstats } = await watched(wd.cwd);
    expect(decode(listing.readDirRecords(dir, true))).toEqual(names.map((n, i) => expected(n, paths[i])));
    expect(wd.chdirs).toEqual([]);
    expect(lstats).toEqual(['a', 'b', 'c', 'f'].map(n => `${dir}/${n}`).concat([`bytes:${dir}/n\xff`]));
  });

  it('/ as a worker: /NAME for each entry, never //NAME', async () => {
    const wd = standInCwd('/nowhere');
    const { listing, lstats } = await watched(wd.cwd);
    listing.readDirRecords('/', true);
    expect(lstats.filter(p => !p.startsWith('bytes:'))).toEqual(fs.readdirSync('/').sort().map(n => `/${n}`));
  });

  it('an empty directory is not entered', async () => {
    const dir = fresh();
    const wd = standInCwd('/nowhere');
    const { listing, lstats } = await watched(wd.cwd);
    expect(listing.readDirStat(dir)).toEqual([]);
    expect(listing.readDirRecords(dir).byteLength).toBe(0);
    expect(wd.chdirs).toEqual([]);
    expect(lstats).toEqual([]);
  });

  it('a directory whose path is not UTF-8 is not entered (chdir takes text): its entries by whole path, as bytes', async () => {
    const parent = fresh();
    const rawDir = Buffer.concat([Buffer.from(`${parent}/d`), Buffer.from([0xfe])]);
    fs.mkdirSync(rawDir);
    fs.writeFileSync(Buffer.concat([rawDir, Buffer.from('/x')]), 'x');
    const dir = nameOf(rawDir); // the host's text for those bytes
    const wd = standInCwd('/nowhere');
    const { listing, lstats } = await watched(wd.cwd);
    expect(listing.readDirStat(dir).map(e => [e.name, e.info.size])).toEqual([['x', 1]]);
    expect(wd.chdirs).toEqual([]);
    expect(lstats).toEqual([`bytes:${parent}/d\xfe/x`]);
  });

  it('a chdir refused (a directory removed meanwhile, a worker thread): whole paths instead, the working directory unchanged', async () => {
    const { dir, names, paths } = stocked();
    const wd = standInCwd('/nowhere', true);
    const { listing, lstats } = await watched(wd.cwd);
    expect(decode(listing.readDirRecords(dir))).toEqual(names.map((n, i) => expected(n, paths[i])));
    expect(wd.chdirs).toEqual([dir]);
    expect(wd.cwd()).toBe('/nowhere');
    expect(lstats[0]).toBe(`${dir}/a`);
  });
});

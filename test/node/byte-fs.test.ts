/**
 * byte-fs.ts and path-bytes.ts in process, on a fresh temporary directory: a name that is not
 * UTF-8 reaches the system as its own bytes (not as U+FFFD), names read come back in the
 * mapping, and the "if any" calls answer undefined for nothing there but still throw the rest.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as bfs from '../../host/node/byte-fs.js';
import { pathBytes, plainText } from '../../host/node/path-bytes.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-byte-fs-');
/** `new\xe9.log`: Latin-1, not UTF-8; in the mapping its 0xe9 is the lone surrogate U+DCE9. */
const LATIN1 = Buffer.from([0x6e, 0x65, 0x77, 0xe9, 0x2e, 0x6c, 0x6f, 0x67]);
const LATIN1_TEXT = 'new\udce9.log';

describe('path-bytes', () => {
  it('a plain path stays a string; one with a lone surrogate becomes the bytes it stands for', () => {
    expect(plainText('/a/b é €')).toBe(true);
    expect(plainText(`/a/${LATIN1_TEXT}`)).toBe(false);
    expect(pathBytes('/a/é')).toBe('/a/é');
    expect(pathBytes(`/a/${LATIN1_TEXT}`)).toEqual(Buffer.concat([Buffer.from('/a/'), LATIN1]));
  });

  it('the system gets the bytes: a file made by bytes is found by its mapped name, not by U+FFFD', () => {
    const d = fresh();
    fs.writeFileSync(Buffer.concat([Buffer.from(`${d}/`), LATIN1]), 'latin');
    fs.writeFileSync(join(d, 'new\ufffd.log'), 'replacement');
    expect(bfs.readFileSync(join(d, LATIN1_TEXT), 'utf8')).toBe('latin');
    expect(bfs.existsSync(join(d, LATIN1_TEXT))).toBe(true);
  });
});

describe('byte-fs', () => {
  it('readdirSync: names in the mapping, sorted as the system gives them; with types, Dirents of those names', () => {
    const d = fresh();
    fs.writeFileSync(Buffer.concat([Buffer.from(`${d}/`), LATIN1]), '');
    fs.mkdirSync(join(d, 'sub'));
    const names = bfs.readdirSync(d).sort();
    expect(names).toEqual([LATIN1_TEXT, 'sub'].sort());
    expect(names.every(x => typeof x === 'string')).toBe(true);
    const entries = bfs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(entries.map(e => [e.name, e.isDirectory(), e.isFile()])).toEqual([[LATIN1_TEXT, false, true], ['sub', true, false]].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });

  it('lstatIfAny and statIfAny: undefined where nothing is, numbers or bigints as asked, a link followed or not', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'hello');
    fs.symlinkSync('f', join(d, 'l'));
    expect(bfs.lstatIfAny(join(d, 'missing'))).toBeUndefined();
    expect(bfs.lstatIfAny(join(d, 'missing'), { bigint: true })).toBeUndefined();
    expect(bfs.statIfAny(join(d, 'missing'))).toBeUndefined();
    expect(bfs.statIfAny(join(d, 'dangling-none'))).toBeUndefined();
    expect(bfs.lstatIfAny(join(d, 'f'))!.size).toBe(5);
    expect(bfs.lstatIfAny(join(d, 'f'), { bigint: true })!.size).toBe(5n);
    expect(bfs.lstatIfAny(join(d, 'l'))!.isSymbolicLink()).toBe(true);
    expect(bfs.statIfAny(join(d, 'l'))!.isFile()).toBe(true);
    expect(bfs.statIfAny(join(d, 'l'))!.size).toBe(5);
    // Not ENOENT: still thrown (a file where a directory should be).
    expect(() => bfs.lstatIfAny(join(d, 'f', 'x'))).toThrow(/ENOTDIR/);
    expect(() => bfs.statIfAny(join(d, 'f', 'x'))).toThrow(/ENOTDIR/);
  });

  it('a link\'s target and a real path come back in the mapping', () => {
    const d = fresh();
    fs.writeFileSync(Buffer.concat([Buffer.from(`${d}/`), LATIN1]), '');
    bfs.symlinkSync(LATIN1_TEXT, join(d, 'to-latin'));
    expect(bfs.readlinkSync(join(d, 'to-latin'))).toBe(LATIN1_TEXT);
    expect(bfs.realpathSync(join(d, 'to-latin'))).toBe(join(fs.realpathSync(d), LATIN1_TEXT));
  });
});

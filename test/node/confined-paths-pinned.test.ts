/**
 * host/node/confined-paths.ts's pinned() as a sweep calls it (with the inode listed: any path to
 * that inode, links on the way allowed, but only that inode) and without (the path itself, no link
 * on the way), and a ConfinedPaths rooted at / (paths as they are). confined-paths-cache.test.ts
 * and confined-paths-edges.test.ts have the rest.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfinedPaths, pinned, pinsAvailable } from '../../host/node/confined-paths.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-pinned-');

describe.skipIf(!pinsAvailable())('pinned', () => {
  it('with an inode: that inode by any path (a link on the way too), never another', () => {
    const d = fresh();
    fs.mkdirSync(join(d, 'real'));
    fs.writeFileSync(join(d, 'real', 'f'), 'x');
    fs.symlinkSync('real', join(d, 'via'));
    const ino = fs.statSync(join(d, 'real', 'f')).ino;
    const seen: string[] = [];
    expect(pinned(join(d, 'via', 'f'), p => seen.push(fs.readlinkSync(p)), ino)).toBe(true);
    expect(seen).toEqual([join(d, 'real', 'f')]);
    expect(pinned(join(d, 'real', 'f'), p => seen.push(p), ino + 1)).toBe(false);
    expect(pinned(join(d, 'via'), p => seen.push(p), fs.lstatSync(join(d, 'via')).ino)).toBe(false); // the link itself: never
    expect(seen).toHaveLength(1);
  });

  it('without: only the path itself, no link on the way; use is not called otherwise', () => {
    const d = fresh();
    fs.mkdirSync(join(d, 'real'));
    fs.writeFileSync(join(d, 'real', 'f'), 'x');
    fs.symlinkSync('real', join(d, 'via'));
    const seen: string[] = [];
    expect(pinned(join(d, 'via', 'f'), p => seen.push(p))).toBe(false);
    expect(pinned(join(d, 'none'), p => seen.push(p))).toBe('missing');
    expect(seen).toEqual([]);
    expect(pinned(join(d, 'real', 'f'), p => seen.push(fs.readlinkSync(p)))).toBe(true);
    expect(seen).toEqual([join(d, 'real', 'f')]);
  });
});

describe('ConfinedPaths rooted at /', () => {
  it('gives paths as they are, links followed from /', () => {
    const d = fresh();
    fs.mkdirSync(join(d, 'real'));
    fs.symlinkSync(join(d, 'real'), join(d, 'abs'));
    const paths = new ConfinedPaths('/');
    expect(paths.resolve(join(d, 'real', 'f'))).toBe(join(d, 'real', 'f'));
    expect(paths.resolve(join(d, 'abs', 'f'))).toBe(join(d, 'real', 'f'));
    expect(paths.resolve('/')).toBe('/');
    expect(paths.resolveParent(join(d, 'abs'))).toBe(join(d, 'abs'));
  });
});

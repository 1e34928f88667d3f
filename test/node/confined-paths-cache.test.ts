/**
 * ConfinedPaths (host/node/confined-paths.ts) where round 10's Stryker survivors showed no test:
 * a root of `/` or with trailing slashes, the `missing` flag after a link, the bounds of its
 * memory of checked directories and missing names (4096 each, then forgotten), forget(), and
 * pinned()'s answers for a missing path and a path through a file, and its closing of what it
 * opened.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfinedPaths, pinned, pinsAvailable } from '../../host/node/confined-paths.js';

const root = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-confined-cache-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.mkdirSync(join(root, 'etc'));
fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
fs.symlinkSync('/etc', join(root, 'ln'));

/** The size of ConfinedPaths' memories (MAX_CHECKED): one more entry forgets the others. */
const REMEMBERED = 4096;

describe('ConfinedPaths: the root as given', () => {
  it('a root with trailing slashes gives paths without a doubled slash', () => {
    const paths = new ConfinedPaths(`${root}//`);
    expect(paths.resolve('/etc/motd')).toBe(`${root}/etc/motd`);
    expect(paths.resolve('/')).toBe(root);
  });

  it('the root `/`: `/` is itself, a name in it has one slash, and a missing one there is remembered', () => {
    const paths = new ConfinedPaths('/');
    expect(paths.resolve('/')).toBe('/');
    expect(paths.resolve(`${root}/etc/motd`)).toBe(`${root}/etc/motd`);
    expect(paths.resolveParent('/cfwasm-no-such-name')).toBe('/cfwasm-no-such-name');
    // The check at once of `/` itself: the second time, the name is known missing unasked.
    expect(paths.resolve('/cfwasm-no-such-name')).toBe('/cfwasm-no-such-name');
    expect(paths.resolve('/cfwasm-no-such-name')).toBe('/cfwasm-no-such-name');
    expect(paths.missing).toBe(true);
  });
});

describe('ConfinedPaths: what it remembers', () => {
  it('after a link, the rest of the path is checked at once: a missing directory there is known missing', () => {
    const paths = new ConfinedPaths(root);
    expect(paths.resolve('/ln/nodir/file')).toBe(`${root}/etc/nodir/file`);
    expect(paths.missing).toBe(true);
    expect(paths.resolve('/ln/motd')).toBe(`${root}/etc/motd`);
    expect(paths.missing).toBe(false);
  });

  it('forget() makes the next path check its directory in full again', () => {
    const paths = new ConfinedPaths(root);
    paths.resolve('/etc/a');
    paths.resolve('/etc/b');
    expect(paths.fullChecks).toBe(1);
    paths.forget();
    paths.resolve('/etc/a');
    expect(paths.fullChecks).toBe(2);
  });

  it('remembers 4096 checked directories: the next one forgets the others', () => {
    const dirs = join(root, 'many-dirs');
    for (let i = 0; i <= REMEMBERED; i++) fs.mkdirSync(join(dirs, `d${i}`), { recursive: true });
    const paths = new ConfinedPaths(root);
    for (let i = 0; i < REMEMBERED; i++) paths.resolve(`/many-dirs/d${i}/f`);
    paths.resolve('/many-dirs/d0/f');
    expect(paths.fullChecks).toBe(REMEMBERED); // all still remembered
    paths.resolve(`/many-dirs/d${REMEMBERED}/f`);
    paths.resolve('/many-dirs/d0/f');
    expect(paths.fullChecks).toBe(REMEMBERED + 2); // d0 was forgotten
  });

  it('remembers 4096 missing names: the next one forgets the others', () => {
    const paths = new ConfinedPaths(root);
    for (let i = 0; i < REMEMBERED; i++) paths.resolve(`/etc/m${i}`);
    paths.resolve('/etc/m0');
    expect(paths.missing).toBe(true);
    paths.resolve(`/etc/m${REMEMBERED}`);
    paths.resolve('/etc/m0');
    expect(paths.missing).toBe(false); // asked the system again
    expect(paths.fullChecks).toBe(1);
  });
});

describe('pinned', () => {
  it('is available here (Linux with /proc)', () => {
    expect(pinsAvailable()).toBe(true);
  });

  it('answers missing for a missing path, false through a file, and still works after either', () => {
    const calls: string[] = [];
    const use = (proc: string) => { calls.push(proc); };
    expect(pinned(join(root, 'nothing'), use)).toBe('missing');
    expect(pinned(join(root, 'etc', 'motd', 'x'), use)).toBe(false);
    expect(calls).toEqual([]);
    expect(pinned(join(root, 'etc'), use)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^\/proc\/self\/fd\/\d+$/);
    expect(pinsAvailable()).toBe(true);
  });

  it('closes what it opened (the descriptor numbers are used again)', () => {
    const fds = new Set<string>();
    for (let i = 0; i < 50; i++) pinned(join(root, 'etc'), proc => { fds.add(proc); });
    // Leaked, all 50 would differ; closed, the lowest free number comes back.
    expect(fds.size).toBeLessThan(50);
  });
});

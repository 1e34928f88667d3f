/**
 * Under --root, a sweep's chmod or chown of an entry it was just given is not checked again with
 * system calls (node-host.ts lastListing): the directory is resolved once, an entry that was no
 * link is taken as listed and pinned without following links. What must still hold: a link is
 * walked (and one leaving the root is refused), after any call that changes names the listing is
 * not trusted, and a link swapped in by someone else after the listing is never followed.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ConfinedPaths } from '../../host/node/confined-paths.js';
import { NodeHost } from '../../host/node/node-host.js';
import { refused } from '../support/refused.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-root-listing-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A root with /data/{a,b,c} (mode 0600), /data/esc a link leaving the root, and a file outside. */
function stage(name: string) {
  const root = join(base, name, 'root');
  const outside = join(base, name, 'outside');
  fs.mkdirSync(join(root, 'data'), { recursive: true });
  for (const f of ['a', 'b', 'c']) fs.writeFileSync(join(root, 'data', f), f, { mode: 0o600 });
  fs.writeFileSync(outside, 'not the policy\'s', { mode: 0o600 });
  fs.symlinkSync('../../outside', join(root, 'data', 'esc'));
  return { root, outside, mode: (f: string) => fs.statSync(join(root, 'data', f)).mode & 0o777 };
}

describe('chmod of the entries a sweep was just given, under a root', () => {
  it('resolves the directory once, not each entry', () => {
    const { root, mode } = stage('once');
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    const resolve = vi.spyOn(ConfinedPaths.prototype, 'resolve');
    for (const f of ['a', 'b', 'c']) host.chmod(`/data/${f}`, 0o644);
    host.chown('/data/a', -1, -1);
    expect(['a', 'b', 'c'].map(mode)).toEqual([0o644, 0o644, 0o644]);
    expect(resolve).toHaveBeenCalledTimes(1); // /data, at the first chmod
  });

  it('still walks a link, and refuses one that leaves the root', () => {
    const { root, outside } = stage('link');
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    expect(refused(() => host.chmod('/data/esc', 0o666))).toBe(true);
    expect(fs.statSync(outside).mode & 0o777).toBe(0o600);
  });

  it('does not trust the listing after a call that changes names: a link put in an entry\'s place is walked', () => {
    const { root, outside, mode } = stage('changed');
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    host.remove('/data/b');
    host.symlink('../../outside', '/data/b');
    expect(refused(() => host.chmod('/data/b', 0o666))).toBe(true);
    expect(fs.statSync(outside).mode & 0o777).toBe(0o600);
    host.listStatRecords('/data');
    host.rename('/data/c', '/data/c2');
    host.symlink('../../outside', '/data/c');
    expect(refused(() => host.chmod('/data/c', 0o666))).toBe(true);
    expect(fs.statSync(outside).mode & 0o777).toBe(0o600);
    expect(mode('a')).toBe(0o600);
  });

  it('an entry swapped for a link behind the host\'s back (a race) is not followed', () => {
    const { root, outside, mode } = stage('race-entry');
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    host.chmod('/data/a', 0o640); // the directory is resolved now
    fs.rmSync(join(root, 'data', 'b'));
    fs.symlinkSync('../../outside', join(root, 'data', 'b'));
    expect(refused(() => host.chmod('/data/b', 0o666))).toBe(true);
    expect(refused(() => host.chown('/data/b', -1, -1))).toBe(true);
    expect(fs.statSync(outside).mode & 0o777).toBe(0o600);
    expect(mode('a')).toBe(0o640);
  });

  it('a directory on the way swapped for a link behind the host\'s back is caught', () => {
    const { root, outside } = stage('race-dir');
    const elsewhere = join(base, 'race-dir', 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(join(elsewhere, 'b'), 'b', { mode: 0o600 });
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    host.chmod('/data/a', 0o640);
    fs.renameSync(join(root, 'data'), join(root, 'data.old'));
    fs.symlinkSync('../elsewhere', join(root, 'data')); // leaves the root
    expect(refused(() => host.chmod('/data/b', 0o666))).toBe(true);
    expect(fs.statSync(join(elsewhere, 'b')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(outside).mode & 0o777).toBe(0o600);
  });

  it('an entry of another directory is resolved as always', () => {
    const { root } = stage('other');
    fs.mkdirSync(join(root, 'other'));
    fs.writeFileSync(join(root, 'other', 'a'), '');
    const host = new NodeHost({ root });
    host.listStatRecords('/data');
    const resolve = vi.spyOn(ConfinedPaths.prototype, 'resolve');
    host.chmod('/other/a', 0o640);
    expect(resolve).toHaveBeenCalledWith('/other/a');
    expect(fs.statSync(join(root, 'other', 'a')).mode & 0o777).toBe(0o640);
  });
});

/**
 * NodeHost's guard cache without a root, as root (node-host.ts: `guarded`, dirState,
 * guardedParent, forgetGuardsAt, checkWay's early return): which directories it takes as
 * guarded (no one but root can swap a name in them, so a link there is followed and an entry
 * changed by name), what it must look at again after the run renames or removes a name, and what
 * it promises to spare: a name in a directory known guarded costs no lstat (a sweep of a tree only
 * root can write), and the cache holds at most 4,096 directories.
 * Real files under a mkdtemp directory; "another user" is uid 65534, links chowned to it.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { hostOver, undoHostOver } from '../support/host-over.js';

const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-guard-cache-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const NOBODY = 65534;
const NOT_FOLLOWED = /a link in a directory another user can write; not followed$/;
const bytes = (s: string) => new TextEncoder().encode(s);
const modeOf = (p: string) => fs.statSync(p).mode & 0o7777;

let cases = 0;
/** A fresh directory of root's, 0755, under the base (itself root's 0700 in the system's temp directory). */
function rootsTree(): string {
  const top = join(base, `t${cases++}`);
  fs.mkdirSync(top);
  fs.chmodSync(top, 0o755);
  return top;
}
/** A directory of root's with `mode` (past the umask). */
function dir(path: string, mode = 0o755, uid = 0): string {
  fs.mkdirSync(path);
  fs.chmodSync(path, mode);
  if (uid) fs.chownSync(path, uid, uid);
  return path;
}
/** A link at `path` to `target`, owned by `uid`. */
function link(target: string, path: string, uid: number): string {
  fs.symlinkSync(target, path);
  fs.lchownSync(path, uid, uid);
  return path;
}
/** A file only root may read or write, that a followed link would change. */
function victim(top: string): string {
  const v = join(top, 'victim');
  fs.writeFileSync(v, 'secret\n');
  fs.chmodSync(v, 0o600);
  return v;
}

describe.skipIf(!asRoot)('which directories are taken as guarded (refusesLinkAt, as the dry run asks)', () => {
  it('/ is root\'s: a name in it is not refused; a name given without a directory is', () => {
    // Only looked at (lstat of /): nothing outside the scratch directory is changed.
    const host = new NodeHost();
    expect(host.refusesLinkAt('/cfwasm-no-such-name')).toBe(false);
    expect(host.refusesLinkAt('cfwasm-relative')).toBe(true);
  });

  it('root\'s 0755 tree is guarded; a directory others may write, or another user\'s, is not', () => {
    const top = rootsTree();
    const g = dir(join(top, 'g'));
    dir(join(top, 'world'), 0o777);
    dir(join(top, 'sticky'), 0o1777);
    dir(join(top, 'hers'), 0o755, NOBODY);
    const host = new NodeHost();
    expect(host.refusesLinkAt(join(g, 'x'))).toBe(false);
    expect(host.refusesLinkAt(join(top, 'world', 'x'))).toBe(true);
    expect(host.refusesLinkAt(join(top, 'sticky', 'x'))).toBe(true);
    expect(host.refusesLinkAt(join(top, 'hers', 'x'))).toBe(true);
    // root's own directory inside hers: she can swap it for a link of her own, so it guards nothing.
    const under = dir(join(top, 'hers', 'roots'));
    expect(host.refusesLinkAt(join(under, 'x'))).toBe(true);
  });

  it('a link in root\'s directory stays, whoever owns it: it is as guarded as its target', () => {
    const top = rootsTree();
    const g = dir(join(top, 'g'));
    const world = dir(join(top, 'world'), 0o777);
    const host = new NodeHost();
    expect(host.refusesLinkAt(join(link(g, join(top, 'byroot'), 0), 'x'))).toBe(false);
    expect(host.refusesLinkAt(join(link(g, join(top, 'byher'), NOBODY), 'x'))).toBe(false);
    expect(host.refusesLinkAt(join(link(world, join(top, 'toworld'), 0), 'x'))).toBe(true);
  });

  it('a link in a sticky directory stays only if it is root\'s: hers she may swap', () => {
    const top = rootsTree();
    const g = dir(join(top, 'g'));
    const sticky = dir(join(top, 'sticky'), 0o1777);
    const mine = dir(join(sticky, 'mine'));
    const host = new NodeHost();
    expect(host.refusesLinkAt(join(link(g, join(sticky, 'roots'), 0), 'x'))).toBe(false);
    expect(host.refusesLinkAt(join(link(g, join(sticky, 'hers'), NOBODY), 'x'))).toBe(true);
    expect(host.refusesLinkAt(join(mine, 'x'))).toBe(false); // root's own directory in /tmp stays root's
  });
});

describe.skipIf(!asRoot)('what the cache knows is not trusted past a change it cannot follow', () => {
  it('her link in a sticky directory, to root\'s directory, swapped for one to her own: a link she planted there is not followed', () => {
    const top = rootsTree();
    const v = victim(top);
    const g = dir(join(top, 'g'));
    const sticky = dir(join(top, 'sticky'), 0o1777);
    const own = dir(join(top, 'own'), 0o755, NOBODY);
    link(v, join(own, 'f'), NOBODY);
    const hers = link(g, join(sticky, 'hers'), NOBODY);
    const host = new NodeHost();
    expect(host.refusesLinkAt(join(hers, 'f'))).toBe(true); // hers to swap: the sticky bit leaves her own names to her
    fs.unlinkSync(hers);
    link(own, hers, NOBODY);
    expect(() => host.chmod(join(hers, 'f'), 0o666)).toThrow(NOT_FOLLOWED);
    expect(modeOf(v)).toBe(0o600);
  });

  it('a directory one level below the one last found guarded is looked at for itself', () => {
    const top = rootsTree();
    const v = victim(top);
    fs.writeFileSync(join(top, 'a'), 'a\n');
    const hers = dir(join(top, 'hers'), 0o755, NOBODY);
    link(v, join(hers, 'f'), NOBODY);
    const host = new NodeHost();
    host.chmod(join(top, 'a'), 0o644); // top found guarded, last
    expect(() => host.chmod(join(hers, 'f'), 0o666)).toThrow(NOT_FOLLOWED);
    expect(modeOf(v)).toBe(0o600);
  });

  it('root\'s own link in a guarded directory is followed, also right after another name of that directory', () => {
    const top = rootsTree();
    fs.writeFileSync(join(top, 'a'), 'a\n');
    const target = join(top, 'target');
    fs.writeFileSync(target, 't\n');
    fs.chmodSync(target, 0o600);
    link(target, join(top, 'l'), 0);
    const host = new NodeHost();
    host.chmod(join(top, 'a'), 0o644);
    expect(host.refusesLinkAt(join(top, 'l'))).toBe(false);
    host.chmod(join(top, 'l'), 0o640);
    expect(modeOf(target)).toBe(0o640);
  });

  // The run renames a directory it knows guarded by a path not in the form of the cache's keys,
  // or one it never looked at, then makes a directory anyone may write in its place (a links
  // force=true, a mkdir): what the cache said of the old directory must not hold for the new one.
  const renames = [
    { how: 'through /./', from: (d: string) => d.replace(/\/d$/, '/./d'), knownBefore: true },
    { how: 'by its plain path, never looked at before', from: (d: string) => d, knownBefore: false },
  ];
  for (const { how, from, knownBefore } of renames) {
    it(`a guarded directory renamed ${how}, one anyone may write made in its place: a link planted there is not followed`, () => {
      const top = rootsTree();
      const v = victim(top);
      const d = dir(join(top, 'd'));
      const host = new NodeHost();
      host.writeFile(join(top, 'beside'), bytes('b'), 0o644); // top is known guarded
      if (knownBefore) host.writeFile(join(d, 'f'), bytes('x'), 0o644); // and d
      host.rename(from(d), join(top, 'old'));
      host.mkdir(d, 0o777);
      link(v, join(d, 'f'), NOBODY);
      expect(() => host.chmod(join(d, 'f'), 0o666)).toThrow(NOT_FOLLOWED);
      expect(modeOf(v)).toBe(0o600);
    });
  }

  it('a guarded directory renamed with a trailing slash: what was known of the directories below it is looked at again', () => {
    // (Not d itself: the rename's own check of `d/`, made after the cache was emptied, looks at
    // d as the directory holding the name and caches it again as guarded. A fault of node-host.ts,
    // reported in round 18: the test would make d open and fail.)
    const top = rootsTree();
    const v = victim(top);
    const d = dir(join(top, 'd'));
    dir(join(d, 'sub'));
    const host = new NodeHost();
    host.writeFile(join(d, 'sub', 'f'), bytes('x'), 0o644); // d/sub known guarded
    host.rename(`${d}/`, join(top, 'old'));
    host.mkdir(d, 0o755);
    host.mkdir(join(d, 'sub'), 0o777);
    link(v, join(d, 'sub', 'f'), NOBODY);
    expect(() => host.chmod(join(d, 'sub', 'f'), 0o666)).toThrow(NOT_FOLLOWED);
    expect(modeOf(v)).toBe(0o600);
  });
});

describe.skipIf(!asRoot)('the syscalls the cache spares (byte-fs.ts counted, fresh modules)', () => {
  afterEach(undoHostOver);
  /** A fresh NodeHost class over byte-fs.ts whose lstat calls (lstatSync, lstatIfAny) are counted. */
  async function countedHost() {
    const seen: string[] = [];
    const Host = await hostOver(real => ({
      lstatSync: (p: string) => { seen.push(p); return real.lstatSync(p); },
      lstatIfAny: (p: string, o?: { bigint: true }) => { seen.push(p); return real.lstatIfAny(p, o as { bigint: true }); },
    }));
    /** The paths `call` lstat'ed. */
    const lstats = (call: () => unknown) => {
      const from = seen.length;
      call();
      return seen.slice(from);
    };
    return { Host, lstats };
  }

  /** root's tree with a sticky directory of root's on the way (as /tmp), and guarded directories below it. */
  function stickyTree() {
    const top = rootsTree();
    const mine = dir(join(dir(join(top, 'sticky'), 0o1777), 'mine'));
    const g = dir(join(mine, 'guarded'));
    const sub = dir(join(g, 'sub'));
    for (const f of ['x', 'y', 'w', 'v']) fs.writeFileSync(join(sub, f), f);
    for (const f of ['z', 'a.cfnew', 'b', 'c', 'e']) fs.writeFileSync(join(g, f), f);
    return { g, sub };
  }

  it('a sweep in a guarded tree: after the first entry, no lstat per entry, per directory, per chmod of a directory that stays closed', async () => {
    const { Host, lstats } = await countedHost();
    const { g, sub } = stickyTree();
    const host = new Host();
    expect(lstats(() => host.chmod(join(sub, 'x'), 0o644)).length).toBeGreaterThan(3); // the way looked at once
    expect(lstats(() => host.chmod(join(sub, 'y'), 0o644))).toEqual([]);
    expect(lstats(() => host.chmod(join(g, 'z'), 0o644))).toEqual([]); // another directory known guarded
    expect(lstats(() => host.chmod(sub, 0o755))).toEqual([]); // a guarded directory kept closed
    expect(lstats(() => host.chmod(join(sub, 'w'), 0o644))).toEqual([]);
    expect(lstats(() => host.chmod(join(sub, 'w'), 0o666))).toEqual([]); // a file opened to others: no directory changed
    expect(lstats(() => host.chmod(join(sub, 'v'), 0o644))).toEqual([]);
    // The checks before a change (checkWay) stop at the guarded directory.
    expect(lstats(() => host.mayChange(join(sub, 'new')))).toEqual([]);
    expect(lstats(() => host.mayChange(join(g, 'new')))).toEqual([]);
    // Opened to others, the directory is looked at again.
    host.chmod(sub, 0o777);
    expect(lstats(() => host.chmod(join(sub, 'x'), 0o644))).not.toEqual([]);
  });

  it('a copy renaming FILE.cfnew into place, a tidy removing a file, a link made: the directories known stay known', async () => {
    const { Host, lstats } = await countedHost();
    const { g } = stickyTree();
    const host = new Host();
    host.chmod(join(g, 'z'), 0o644); // the way found guarded
    // Each call's own check of its path finds the way known (an emptied cache: a walk from /).
    expect(lstats(() => host.rename(join(g, 'a.cfnew'), join(g, 'a')))).toEqual([]);
    expect(lstats(() => host.chmod(join(g, 'b'), 0o644))).toEqual([]);
    expect(lstats(() => host.remove(join(g, 'c')))).toEqual([join(g, 'c')]); // a file or a directory?
    expect(lstats(() => host.chmod(join(g, 'b'), 0o600))).toEqual([]);
    expect(lstats(() => host.symlink(join(g, 'b'), join(g, 'l')))).toEqual([]);
    expect(lstats(() => host.chmod(join(g, 'e'), 0o644))).toEqual([]);
  });

  it('a rename in another user\'s directory inside a guarded tree keeps what is known of the tree', async () => {
    const { Host, lstats } = await countedHost();
    const { g } = stickyTree();
    const hers = dir(join(g, 'hers'), 0o755, NOBODY);
    fs.writeFileSync(join(hers, 'a'), 'a');
    const host = new Host();
    host.chmod(join(g, 'z'), 0o644);
    // The rename looks at her directory and its way (a name there is hers to swap), not at the
    // directories known guarded above it.
    const looked = lstats(() => host.rename(join(hers, 'a'), join(hers, 'b')));
    expect(looked).toContain(hers);
    for (const known of ['/', g, dirname(dirname(g))]) expect(looked).not.toContain(known);
    expect(lstats(() => host.chmod(join(g, 'e'), 0o644))).toEqual([]);
  });

  // 4,200 directories, each asked of once: past 4,096 known, the cache starts over (its memory
  // is bounded), and not before. Entries known = lstat calls of dirState since the last start.
  const bounds = [
    { by: 'guardedParent (refusesLinkAt)', ask: (host: NodeHost, p: string) => host.refusesLinkAt(p) },
    { by: 'checkWay (mayChange)', ask: (host: NodeHost, p: string) => host.mayChange(p) },
  ];
  let many: string | null = null;
  const manyDirs = () => {
    if (many) return many;
    many = dir(join(rootsTree(), 'many'));
    for (let i = 0; i < 4200; i++) fs.mkdirSync(join(many, `d${i}`));
    return many;
  };
  for (const { by, ask } of bounds) {
    it(`the cache holds at most 4,096 directories: ${by}`, async () => {
      const { Host, lstats } = await countedHost();
      const many = manyDirs();
      const host = new Host();
      let known = 0;
      const startedOver: number[] = [];
      for (let i = 0; i < 4200; i++) {
        const looked = lstats(() => ask(host, join(many, `d${i}`, 'x'))).length;
        if (i > 0 && looked > 1) {
          startedOver.push(known);
          known = 0;
        }
        known += looked;
      }
      expect(startedOver).toEqual([4097]);
    });
  }
});

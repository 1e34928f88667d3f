/**
 * --root on deep trees and through links (issue 16: resolution was cubic in the depth). A path of
 * plain names is checked at once (host/node/confined-paths.ts); these tests hold it to the
 * guarantee of the walk it shortcuts: on random paths through a tree of links (relative,
 * absolute, escaping, dangling, loops) it gives exactly what a plain component-by-component walk
 * gives, and a sweep of a tree 1,000 levels deep reaches every level. No timing here: the cost is
 * in bench/deep-root.mjs.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { ConfinedPaths } from '../../host/node/confined-paths.js';
import { cfwasm } from '../support/cli.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-deep-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** The plain walk: an lstat of every prefix, links followed by the root's rules. */
function walk(root: string, path: string): string {
  const stack: string[] = [];
  let queue = path.split('/').filter(Boolean);
  let hops = 0;
  while (queue.length) {
    const part = queue.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      if (stack.length === 0) throw new HostError('EACCES', 'leaves the root');
      stack.pop();
      continue;
    }
    const real = `${root}/${[...stack, part].join('/')}`;
    let st: fs.Stats | null = null;
    try {
      st = fs.lstatSync(real);
    } catch { /* missing: taken as a name */ }
    if (st?.isSymbolicLink()) {
      if (++hops > 40) throw new HostError('EFAIL', 'too many levels of symbolic links');
      const target = fs.readlinkSync(real);
      if (target.startsWith('/')) stack.length = 0;
      queue = [...target.split('/').filter(Boolean), ...queue];
      continue;
    }
    stack.push(part);
  }
  return `${root}/${stack.join('/')}`.replace(/\/$/, '') || '/';
}

const outcome = (f: () => string) => {
  try {
    return f();
  } catch (e) {
    return e instanceof HostError ? `error ${e.code}` : `other ${e}`;
  }
};

describe('ConfinedPaths agrees with a plain walk', () => {
  const root = join(base, 'random');
  const outside = join(base, 'outside');
  fs.mkdirSync(outside);
  fs.writeFileSync(join(outside, 'secret'), 'secret\n');
  // mulberry32: a small seeded generator with all 32 bits random.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const present = (p: string) => fs.existsSync(p) || fs.readdirSync(join(p, '..')).includes(p.slice(p.lastIndexOf('/') + 1));
  const dirs = [''];
  fs.mkdirSync(root);
  // A tree of directories a/b/c up to 5 deep, files f, and links of every kind.
  for (let i = 0; i < 60; i++) {
    const parent = dirs[next(dirs.length)];
    const name = 'abc'[next(3)];
    if (parent.split('/').length > 5 || present(join(root, parent, name))) continue;
    fs.mkdirSync(join(root, parent, name));
    fs.writeFileSync(join(root, parent, name, 'f'), '');
    dirs.push(`${parent}/${name}`);
  }
  let links = 0;
  const targets = ['..', '../..', '../../..', '../../../../../../../../..', `${outside}/secret`, '/a', '/a/b', '.', 'f',
    'missing', '../outside', 'l1', '/l2', 'a/../..', '../../outside/secret'];
  for (let i = 0; i < 40; i++) {
    const dir = dirs[next(dirs.length)];
    const name = `l${next(4)}`;
    if (present(join(root, dir, name))) continue;
    fs.symlinkSync(targets[next(targets.length)], join(root, dir, name));
    links++;
  }
  const confined = new ConfinedPaths(root);
  const parts = ['a', 'b', 'c', 'f', 'l0', 'l1', 'l2', 'l3', '..', '.', 'x'];

  it('on 3,000 random paths: the same real path, or the same refusal', () => {
    let inside = 0;
    for (let i = 0; i < 3000; i++) {
      // From the top or from a directory of the tree, then names, links, dots.
      const from = next(2) ? '' : dirs[next(dirs.length)];
      const path = `${from}/${Array.from({ length: 1 + next(5) }, () => parts[next(parts.length)]).join('/')}`;
      const got = outcome(() => confined.resolve(path));
      expect({ path, got }).toEqual({ path, got: outcome(() => walk(root, path)) });
      if (!got.startsWith('error')) {
        expect(got === root || got.startsWith(`${root}/`)).toBe(true);
        inside++;
      }
    }
    expect(inside).toBeGreaterThan(500); // the paths do reach things, not only refusals
    expect(links).toBeGreaterThan(25);
  });

  it('on every directory of the tree, deep links included', () => {
    for (const dir of dirs) {
      for (const tail of ['', '/f', '/l0', '/l1/f', '/x/y', '/..']) {
        const path = `${dir}${tail}` || '/';
        expect({ path, got: outcome(() => confined.resolve(path)) }).toEqual({ path, got: outcome(() => walk(root, path)) });
      }
    }
  });
});

describe('a tree 1,000 levels deep under --root', () => {
  const root = join(base, 'deep-root');
  const DEPTH = 1000;
  const levels: string[] = [];
  let dir = join(root, 'deep');
  for (let i = 0; i < DEPTH; i++) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(join(dir, 'f'), `${i}\n`, { mode: 0o644 });
    fs.chmodSync(join(dir, 'f'), 0o644);
    levels.push(dir);
    dir = join(dir, 'd');
  }
  const policyPath = (level: number) => `/deep${'/d'.repeat(level)}`;
  const confined = new ConfinedPaths(fs.realpathSync(root));

  it('resolves the deepest path, a link deep down (counted from the root), and .. back up', () => {
    expect(confined.resolve(`${policyPath(DEPTH - 1)}/f`)).toBe(join(levels[DEPTH - 1], 'f'));
    fs.symlinkSync('/deep/d/d', join(levels[900], 'to-top'));
    expect(confined.resolve(`${policyPath(900)}/to-top/f`)).toBe(join(levels[2], 'f'));
    expect(confined.resolve(`${policyPath(900)}${'/..'.repeat(899)}/f`)).toBe(join(levels[1], 'f'));
    fs.symlinkSync(`${'../'.repeat(905)}outside`, join(levels[900], 'escape'));
    expect(outcome(() => confined.resolve(`${policyPath(900)}/escape`))).toBe('error EACCES');
    expect(outcome(() => confined.resolve(`${policyPath(900)}${'/..'.repeat(902)}`))).toBe('error EACCES');
    fs.rmSync(join(levels[900], 'to-top'));
    fs.rmSync(join(levels[900], 'escape'));
  });

  it('cfwasm run --root: a files sweep reaches every level', () => {
    const policy = join(base, 'deep.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\nfiles:\n /deep mode=600 recurse=inf action=fixall\n');
    const r = cfwasm(['run', '-f', policy, '--root', root, '-K']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(levels.filter(d => (fs.statSync(join(d, 'f')).mode & 0o777) !== 0o600)).toEqual([]);
  });
});

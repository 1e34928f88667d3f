/**
 * Under --root, a directory checked at once is remembered with its identity (confined-paths.ts
 * directory), so many names in one directory (a big policy's files, most of them missing) cost
 * one full check. What must still hold: a directory, or one above it, swapped for a link behind
 * the host's back after the check is never followed out of the root; the run's own changes are
 * seen at once; a missing file costs no exception.
 */
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ConfinedPaths } from '../../host/node/confined-paths.js';
import { NodeHost } from '../../host/node/node-host.js';
import { refused } from '../support/refused.js';

/** Node's fs as a CommonJS object (its functions can be replaced; the ES namespace cannot). */
const nodeFs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-checked-dirs-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A root with /etc/motd and /a/b/c/file, and outside it a secret at outside/etc/secret and outside/a/b/c/secret. */
function stage(name: string) {
  const root = join(base, name, 'root');
  const outside = join(base, name, 'outside');
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  fs.mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
  fs.writeFileSync(join(root, 'a', 'b', 'c', 'file'), 'in the root\n');
  for (const dir of ['etc', 'a/b/c']) {
    fs.mkdirSync(join(outside, dir), { recursive: true });
    fs.writeFileSync(join(outside, dir, 'secret'), 'secret\n', { mode: 0o600 });
  }
  return { root, outside };
}

describe('directories checked once under a root', () => {
  it('many names in one directory, there or missing, cost one full check of it', () => {
    const { root } = stage('once');
    const paths = new ConfinedPaths(root);
    for (let i = 0; i < 200; i++) expect(paths.resolve(`/etc/missing${i}`)).toBe(join(root, 'etc', `missing${i}`));
    expect(paths.resolve('/etc/motd')).toBe(join(root, 'etc', 'motd'));
    // Under a missing directory: the nearest directory there (the root) is the one checked.
    for (let i = 0; i < 200; i++) expect(paths.resolve(`/bench/f${i}`)).toBe(join(root, 'bench', `f${i}`));
    expect(paths.fullChecks).toBe(2); // /etc and the root itself
  });

  it('a directory changed since its check (an entry made in it) is checked again, and still resolves', () => {
    const { root } = stage('changed');
    const paths = new ConfinedPaths(root);
    paths.resolve('/etc/x');
    fs.writeFileSync(join(root, 'etc', 'new'), '');
    expect(paths.resolve('/etc/new')).toBe(join(root, 'etc', 'new'));
    expect(paths.fullChecks).toBe(2);
  });

  it('a checked directory swapped for a link behind the host\'s back is not followed out of the root', () => {
    const { root, outside } = stage('swap-dir');
    const host = new NodeHost({ root });
    expect(host.stat('/etc/secret').type).toBe('none'); // /etc checked, and remembered
    expect(host.stat('/etc/motd').type).toBe('file');
    fs.renameSync(join(root, 'etc'), join(root, 'etc.old'));
    fs.symlinkSync(join(outside, 'etc'), join(root, 'etc')); // absolute: counted from the root
    expect(host.stat('/etc/secret').type).toBe('none');
    expect(host.stat('/etc/secret', false).type).toBe('none');
    expect(() => host.readFile('/etc/secret')).toThrow(/no such file/);
    fs.rmSync(join(root, 'etc'));
    fs.symlinkSync('../outside/etc', join(root, 'etc')); // relative, climbing out
    expect(host.stat('/etc/secret').type).toBe('none'); // refused: nothing there for the policy
    expect(host.stat('/etc/secret').refused).toMatch(/^\/etc\/secret: /); // and why, for the core to say
    expect(refused(() => host.readFile('/etc/secret'))).toBe(true);
    expect(refused(() => host.writeFile('/etc/planted', new TextEncoder().encode('x'), 0o644))).toBe(true);
    expect(refused(() => host.chmod('/etc/secret', 0o666))).toBe(true);
    expect(fs.existsSync(join(outside, 'etc', 'planted'))).toBe(false);
    expect(fs.statSync(join(outside, 'etc', 'secret')).mode & 0o777).toBe(0o600);
  });

  it('a directory above a checked one swapped for a link is not followed out of the root', () => {
    const { root, outside } = stage('swap-above');
    const host = new NodeHost({ root });
    expect(host.stat('/a/b/c/file', false).type).toBe('file'); // /a/b/c checked
    expect(host.stat('/a/b/c/secret', false).type).toBe('none');
    fs.renameSync(join(root, 'a'), join(root, 'a.old'));
    fs.symlinkSync('../outside/a', join(root, 'a'));
    expect(host.stat('/a/b/c/secret', false).type).toBe('none');
    expect(refused(() => host.readFile('/a/b/c/secret'))).toBe(true);
    expect(refused(() => host.chmod('/a/b/c/secret', 0o666))).toBe(true);
    expect(refused(() => host.writeFile('/a/b/c/secret', new TextEncoder().encode('x'), 0o644))).toBe(true);
    expect(fs.readFileSync(join(outside, 'a', 'b', 'c', 'secret'), 'utf8')).toBe('secret\n');
    expect(fs.statSync(join(outside, 'a', 'b', 'c', 'secret')).mode & 0o777).toBe(0o600);
  });

  it('the run\'s own change of a checked directory is seen at the next path in it', () => {
    const { root, outside } = stage('own-change');
    const host = new NodeHost({ root });
    expect(host.stat('/etc/motd').type).toBe('file');
    host.rename('/etc', '/etc.old');
    host.symlink('../outside/etc', '/etc');
    expect(refused(() => host.readFile('/etc/secret'))).toBe(true);
    host.remove('/etc');
    host.symlink('/a/b/c', '/etc'); // inside the root: followed by the root's rules
    expect(new TextDecoder().decode(host.readFile('/etc/file'))).toBe('in the root\n');
    expect(fs.readFileSync(join(outside, 'etc', 'secret'), 'utf8')).toBe('secret\n');
  });

  it('a name missing from a checked directory, or under a missing one, costs no lstat of its own the next times', () => {
    const { root } = stage('absent');
    const paths = new ConfinedPaths(root);
    paths.resolve('/etc/missing');
    paths.resolve('/bench/f');
    paths.resolve('/bench');
    const lstat = vi.spyOn(nodeFs, 'lstatSync');
    syncBuiltinESMExports();
    try {
      for (let i = 0; i < 50; i++) {
        expect(paths.resolve('/etc/missing')).toBe(join(root, 'etc', 'missing'));
        expect(paths.resolve(`/bench/f${i}`)).toBe(join(root, 'bench', `f${i}`));
        expect(paths.resolve('/bench')).toBe(join(root, 'bench'));
      }
      expect(lstat.mock.calls.length).toBe(0);
    } finally {
      vi.restoreAllMocks();
      syncBuiltinESMExports();
    }
  });

  it('a file under a directory known missing is answered missing without asking the system again', () => {
    const { root } = stage('absent-stat');
    const host = new NodeHost({ root });
    expect(host.stat('/bench/f').type).toBe('none');
    expect(host.stat('/etc/gone').type).toBe('none');
    const spies = (['lstatSync', 'statSync'] as const).map(name => vi.spyOn(nodeFs, name));
    syncBuiltinESMExports();
    try {
      for (let i = 0; i < 50; i++) {
        expect(host.stat(`/bench/f${i}`).type).toBe('none');
        expect(host.stat(`/bench/f${i}`, false).type).toBe('none');
        expect(host.stat(`/etc/gone/f${i}`).type).toBe('none');
      }
      expect(spies.map(s => s.mock.calls.length)).toEqual([0, 0]);
    } finally {
      vi.restoreAllMocks();
      syncBuiltinESMExports();
    }
    expect(host.stat('/etc/motd').type).toBe('file'); // a name there is still asked about
  });

  it('a name remembered missing, then made behind the host\'s back, is seen: a directory, or a link out of the root', () => {
    const { root, outside } = stage('absent-made');
    const host = new NodeHost({ root });
    expect(host.stat('/bench/f').type).toBe('none');
    expect(host.stat('/etc/x').type).toBe('none');
    expect(host.stat('/link').type).toBe('none');
    fs.mkdirSync(join(root, 'bench'));
    fs.writeFileSync(join(root, 'bench', 'f'), 'made\n');
    expect(host.stat('/bench/f').type).toBe('file');
    fs.symlinkSync('../../outside/etc/secret', join(root, 'etc', 'x'));
    expect(host.stat('/etc/x').type).toBe('none'); // climbs out: nothing there for the policy
    expect(refused(() => host.readFile('/etc/x'))).toBe(true);
    fs.symlinkSync('../outside/etc', join(root, 'link'));
    expect(refused(() => host.readFile('/link/secret'))).toBe(true);
    expect(refused(() => host.chmod('/link/secret', 0o666))).toBe(true);
    expect(fs.statSync(join(outside, 'etc', 'secret')).mode & 0o777).toBe(0o600);
  });

  it('a missing file costs no exception (stat, lstat, and the confinement check)', () => {
    const { root } = stage('no-throw');
    const host = new NodeHost({ root });
    host.stat('/etc/warm-up');
    // Node's fs as the host's modules see it: spied on the CommonJS object, then synced into the
    // ES module namespace they import.
    const spies = (['openSync', 'lstatSync', 'statSync', 'readlinkSync'] as const).map(name => vi.spyOn(nodeFs, name));
    syncBuiltinESMExports();
    let results: { type: string }[];
    try {
      for (let i = 0; i < 50; i++) {
        expect(host.stat(`/etc/missing${i}`).type).toBe('none');
        expect(host.stat(`/etc/missing${i}`, false).type).toBe('none');
        expect(host.stat(`/bench/f${i}`, false).type).toBe('none');
      }
      results = spies.flatMap(s => s.mock.results);
    } finally {
      vi.restoreAllMocks();
      syncBuiltinESMExports();
    }
    expect(results.length).toBeGreaterThanOrEqual(150); // the spies saw the host's calls
    expect(results.filter(r => r.type === 'throw')).toEqual([]);
  });
});

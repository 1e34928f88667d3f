/**
 * The parsed-policy cache stays bounded: one entry per policy file name (a new text replaces it),
 * entries of other versions removed at the next put, at most MAX_ENTRIES in all (the oldest by
 * mtime go), and nothing but its own entry names ever removed — not a link, not a directory,
 * not anything else in the state directory.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ENTRIES, PolicyCache } from '../../host/cli/policy-cache.js';
import type { ParsedPolicy } from '../../host/api/runtime.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-cache-bound-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let count = 0;
const fresh = () => join(base, String(++count));
const secret = () => new Uint8Array(32).fill(7);
const noImports = () => null;
const parsedOf = (n: number) => ({ policy: { n }, diagnostics: [] }) as unknown as ParsedPolicy;

describe('policy cache bounds', () => {
  it('keeps one entry per file name over many texts of that file, the newest usable', () => {
    const dir = fresh();
    const cache = new PolicyCache(dir, 'v1', secret, null);
    for (let i = 0; i < 100; i++) cache.put('/in/cf.main', `text ${i}`, parsedOf(i), noImports, []);
    expect(fs.readdirSync(dir)).toHaveLength(1);
    expect(cache.get('/in/cf.main', 'text 99', noImports)).toEqual(parsedOf(99));
    expect(cache.get('/in/cf.main', 'text 98', noImports)).toBeNull();
  });

  it('keeps at most MAX_ENTRIES over many files, removing the oldest by mtime', () => {
    const dir = fresh();
    const cache = new PolicyCache(dir, 'v1', secret, null);
    fs.mkdirSync(dir);
    let p7 = '';
    for (let i = 0; i < MAX_ENTRIES; i++) {
      const before = new Set(fs.readdirSync(dir));
      cache.put(`/in/p${i}.cf`, 'x', parsedOf(i), noImports, []);
      if (i === 7) [p7] = fs.readdirSync(dir).filter(n => !before.has(n));
    }
    expect(fs.readdirSync(dir)).toHaveLength(MAX_ENTRIES);
    // p7's entry made the oldest: the next new file's put removes it, and only it.
    fs.utimesSync(join(dir, p7), new Date(2000, 0, 1), new Date(2000, 0, 1));
    cache.put('/in/new.cf', 'x', parsedOf(-1), noImports, []);
    const after = fs.readdirSync(dir);
    expect(after).toHaveLength(MAX_ENTRIES);
    expect(cache.get('/in/new.cf', 'x', noImports)).toEqual(parsedOf(-1));
    expect(cache.get('/in/p7.cf', 'x', noImports)).toBeNull();
    for (let i = 0; i < MAX_ENTRIES; i++) if (i !== 7) expect(cache.get(`/in/p${i}.cf`, 'x', noImports)).toEqual(parsedOf(i));
    for (let i = 0; i < 3 * MAX_ENTRIES; i++) cache.put(`/in/q${i}.cf`, 'x', parsedOf(i), noImports, []);
    expect(fs.readdirSync(dir)).toHaveLength(MAX_ENTRIES);
  });

  it('removes other versions\' entries at a put, and nothing that is not an entry of its own form', () => {
    const dir = fresh();
    new PolicyCache(dir, 'v0', secret, null).put('/in/cf.main', 'x', parsedOf(0), noImports, []);
    const [other] = fs.readdirSync(dir);
    const outside = join(base, `outside-${count}`);
    fs.writeFileSync(outside, 'keep\n');
    // Named as entries of another version: a link, a directory. Not named as entries: the rest.
    fs.symlinkSync(outside, join(dir, '0000aaaa-0000bbbb.json'));
    fs.mkdirSync(join(dir, '0000cccc-0000dddd.json'));
    const others = ['notes.json', '0000aaaa-0000bbbb.json.1234.tmp', 'ABCDEF12-00000000.json', 'deadbeef'];
    for (const name of others) fs.writeFileSync(join(dir, name), name);
    fs.writeFileSync(join(dir, '0123abcd.json'), 'an entry named as before round 12');
    const v1 = new PolicyCache(dir, 'v1', secret, null);
    v1.put('/in/cf.main', 'x', parsedOf(1), noImports, []); // must not throw on what it cannot remove
    const names = fs.readdirSync(dir);
    expect(names).not.toContain(other);
    expect(names).not.toContain('0123abcd.json');
    expect(names).toContain('0000aaaa-0000bbbb.json');
    expect(fs.lstatSync(join(dir, '0000aaaa-0000bbbb.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(outside, 'utf8')).toBe('keep\n');
    expect(fs.statSync(join(dir, '0000cccc-0000dddd.json')).isDirectory()).toBe(true);
    for (const name of others) expect(fs.readFileSync(join(dir, name), 'utf8')).toBe(name);
    expect(v1.get('/in/cf.main', 'x', noImports)).toEqual(parsedOf(1));
  });
});

describe('policy cache bounds, through cfwasm run', () => {
  function world() {
    const dir = fresh();
    const state = join(dir, 'state');
    const policy = join(dir, 'policy.cf');
    fs.mkdirSync(join(dir, 'root'), { recursive: true });
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\nfiles:\n /etc/a action=touch\n');
    fs.mkdirSync(join(dir, 'root', 'etc'));
    const run = () => cfwasm(['run', '-f', policy, '--root', join(dir, 'root'), '--state-dir', state]);
    return { dir, state, policy, run };
  }

  it('an entry of another version is gone after a run; the rest of the state directory is untouched', () => {
    const w = world();
    expect(w.run().status).toBe(0);
    const policies = join(w.state, 'policies');
    const [mine] = fs.readdirSync(policies);
    // An entry an older cfwasm left, under its version's prefix.
    const stale = `${mine.startsWith('00000000') ? '11111111' : '00000000'}${mine.slice(8)}`;
    fs.copyFileSync(join(policies, mine), join(policies, stale));
    fs.rmSync(join(policies, mine));
    fs.mkdirSync(join(w.state, 'ppkeys'), { recursive: true, mode: 0o700 });
    fs.writeFileSync(join(w.state, 'ppkeys', 'root-127.0.0.1.pub'), 'key', { mode: 0o600 });
    fs.writeFileSync(join(w.state, 'deadbeef.json'), 'not in the cache', { mode: 0o600 });
    const snapshot = () => {
      const out: Record<string, string> = {};
      for (const name of fs.readdirSync(w.state, { recursive: true }) as string[]) {
        if (name.startsWith('policies')) continue;
        const p = join(w.state, name);
        const st = fs.statSync(p);
        out[name] = st.isFile() ? `${fs.readFileSync(p, 'hex')} ${st.mtimeMs}` : 'dir';
      }
      return out;
    };
    const before = snapshot();
    delete before.locks; // the run's own lock bookkeeping
    expect(w.run().status).toBe(0);
    const after = snapshot();
    delete after.locks;
    expect(after).toEqual(before);
    expect(fs.readdirSync(policies)).toEqual([mine]);
  });

  it('a link planted in the cache directory is refused as before, and left where it is', () => {
    const w = world();
    expect(w.run().status).toBe(0);
    const policies = join(w.state, 'policies');
    const target = join(w.dir, 'target');
    fs.writeFileSync(target, 'keep\n');
    fs.symlinkSync(target, join(policies, '00000000-00000000.json'));
    const r = w.run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/00000000-00000000\.json is a symbolic link; remove it/);
    expect(fs.lstatSync(join(policies, '00000000-00000000.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep\n');
  });
});

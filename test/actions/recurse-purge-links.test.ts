/**
 * Filesystem actions as the manual says: tidy recurse=N opens N levels of subdirectories
 * (L10657-10663, L10768-10769); copy purge=true leaves an exact image, backups included
 * (L7720-7727); a directory master without recurse= gives its child files (L7590-7594,
 * L7748-7760, D27); a link whose leading directories are missing gets them, and a relative
 * target resolves from the link's own directory (L9643-9646).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { policyOf, run, runtime, NOW } from './helpers.js';

const tidy = (body: string) => policyOf('tidy', `tidy:\n ${body}`);
const copy = (body: string) => policyOf('copy', `copy:\n ${body}`);
const links = (body: string) => policyOf('links', `links:\n ${body}`);

describe('tidy recurse=', () => {
  const tree = { '/t/core': 'x', '/t/a/core': 'x', '/t/a/b/core': 'x', '/t/a/b/c/core': 'x' };
  const left = (r: ReturnType<typeof run>) =>
    ['/t/core', '/t/a/core', '/t/a/b/core', '/t/a/b/c/core'].filter(p => r.exists(p));

  it('recurse=N opens N levels of subdirectories below the named one', () => {
    expect(left(run(tidy('/t pattern=core age=0 recurse=0'), tree))).toEqual(['/t/a/core', '/t/a/b/core', '/t/a/b/c/core']);
    expect(left(run(tidy('/t pattern=core age=0 recurse=1'), tree))).toEqual(['/t/a/b/core', '/t/a/b/c/core']);
    expect(left(run(tidy('/t pattern=core age=0 R=2'), tree))).toEqual(['/t/a/b/c/core']);
    expect(left(run(tidy('/t pattern=core age=0 r=inf'), tree))).toEqual([]);
  });

  it('without recurse= only the named directory\'s own files (as recurse=0)', () => {
    expect(left(run(tidy('/t pattern=core age=0'), tree))).toEqual(['/t/a/core', '/t/a/b/core', '/t/a/b/c/core']);
  });
});

describe('copy', () => {
  it('purge=true leaves an exact image: .cfsaved files go too', () => {
    const spec = {
      '/s/f': { content: 'new', age: 1 }, '/d/f': { content: 'old', age: 5 }, '/d/f.cfsaved': 'older',
      '/d/g.cfsaved': 'x', '/d/stale': 'x',
    };
    const r = run(copy('/s dest=/d r=inf purge=true'), spec);
    expect(r.read('/d/f')).toBe('new');
    expect(['/d/f.cfsaved', '/d/g.cfsaved', '/d/stale'].filter(p => r.exists(p))).toEqual([]);
  });

  it('a directory master without recurse= copies its plain child files, not its subdirectories (D27)', () => {
    const spec = { '/s/services': 'svc', '/s/aliases': 'al', '/s/sub/deep': 'x', '/s/l': { link: 'services' } };
    const r = run(copy('/s dest=/etc'), spec);
    expect([r.read('/etc/services'), r.read('/etc/aliases'), r.link('/etc/l')]).toEqual(['svc', 'al', 'services']);
    expect(r.exists('/etc/sub')).toBe(false);
    const zero = run(copy('/s dest=/etc r=0'), spec);
    expect([zero.read('/etc/services'), zero.exists('/etc/sub')]).toEqual(['svc', false]);
  });

  it('purge with child files only removes child files the master lacks, never a subdirectory', () => {
    const r = run(copy('/s dest=/d purge=true'), { '/s/a': 'a', '/d/stale': 'x', '/d/keepdir/x': 'x', '/d/emptydir': { dir: true } });
    expect([r.read('/d/a'), r.exists('/d/stale'), r.exists('/d/keepdir/x'), r.exists('/d/emptydir')]).toEqual(['a', false, true, true]);
  });
});

describe('links whose directories are missing', () => {
  it('makes the leading directories, then resolves a relative target from the link\'s directory', () => {
    const r = run(links('/new/bin/tool -> ../opt/tool'), { '/new/opt/tool': 'x' });
    expect(r.log).not.toContain('does not exist');
    expect(r.link('/new/bin/tool')).toBe('../opt/tool');
    expect(r.read('/new/bin/tool')).toBe('x');
  });

  it('several missing levels, and a target that climbs back into what exists', () => {
    const r = run(links('/a/b/c/link -> ../../../opt/tool'), { '/opt/tool': 'y', '/a/keep': 'k' });
    expect(r.read('/a/b/c/link')).toBe('y');
    const missing = run(links('/new/bin/tool -> ../opt/none'), { '/x': 'x' });
    expect(missing.log).toContain('does not exist');
    expect(missing.exists('/new/bin/tool')).toBe(false);
  });
});

describe('links whose directories are missing, on a real filesystem (the Node host)', () => {
  // memfs resolves `dir/../x` by name even where dir is missing; a kernel does not.
  const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-links-'));
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
  // Both ways of running: confined with --root, and with the real paths written in the policy.
  const onDisk = (name: string, policy: string, files: Record<string, string>, dryRun = false) => {
    const logs: string[] = [];
    let root = '';
    for (const confined of [true, false]) {
      root = join(base, `${name}-${confined ? 'root' : 'paths'}`);
      fs.mkdirSync(root);
      for (const [p, text] of Object.entries(files)) {
        fs.mkdirSync(join(root, p, '..'), { recursive: true });
        fs.writeFileSync(join(root, p), text);
      }
      const text = confined ? policy : policy.replace(/(^|\s)\//gm, `$1${root}/`);
      const r = runPolicyOn(runtime, text, new NodeHost(confined ? { root } : {}), { now: NOW, hostname: 'h', dryRun, noLocks: true });
      logs.push(r.log.map(l => l.message).join('\n'));
      if (confined) {
        // The unconfined run must leave the same tree: compare after it.
        continue;
      }
      expect(tree(root)).toEqual(tree(join(base, `${name}-root`)));
    }
    return { root, log: logs.join('\n') };
  };
  const tree = (dir: string): string[] => {
    const out: string[] = [];
    const walk = (d: string, rel: string) => {
      for (const n of fs.readdirSync(d).sort()) {
        const st = fs.lstatSync(join(d, n));
        out.push(`${rel}${n}${st.isSymbolicLink() ? ` -> ${fs.readlinkSync(join(d, n))}` : st.isDirectory() ? '/' : ''}`);
        if (st.isDirectory()) walk(join(d, n), `${rel}${n}/`);
      }
    };
    walk(dir, '');
    return out;
  };

  it('a relative target resolves from the link\'s own directory once it is made', () => {
    const { root, log } = onDisk('one', links('/new/bin/tool -> ../opt/tool'), { '/new/opt/tool': 'x' });
    expect(log).not.toContain('does not exist');
    expect(fs.readlinkSync(join(root, 'new/bin/tool'))).toBe('../opt/tool');
    expect(fs.readFileSync(join(root, 'new/bin/tool'), 'utf8')).toBe('x');
  });

  it('through several missing levels back into what exists; a dry run plans the same', () => {
    const dry = onDisk('dry', links('/a/b/c/link -> ../../../opt/tool'), { '/opt/tool': 'y' }, true);
    expect(dry.log).toContain('would link files');
    expect(fs.existsSync(join(dry.root, 'a'))).toBe(false);
    const { root } = onDisk('deep', links('/a/b/c/link -> ../../../opt/tool'), { '/opt/tool': 'y' });
    expect(fs.readFileSync(join(root, 'a/b/c/link'), 'utf8')).toBe('y');
    const missing = onDisk('missing', links('/new/bin/tool -> ../opt/none'), { '/x': 'x' });
    expect(missing.log).toContain('does not exist');
    expect(fs.existsSync(join(missing.root, 'new'))).toBe(false);
  });
});

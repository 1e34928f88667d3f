// A directory's identity is its device and inode number, not the number alone: the roots of two
// file systems mounted one inside the other share an inode number (2 on ext4). A files sweep
// under -l, links `+>` and a hard link's "already there" took the number alone, and so passed
// over a mounted file system's root as "already swept" (the sweep silently), or took a file of
// another file system for the link wanted.
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import type { FileInfo } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NOW, runtime, volume } from './helpers.js';
import type { Spec } from './helpers.js';

/**
 * A memory host where `mount` is the root of a second file system (device 2, the rest device 1)
 * whose inode number is `top`'s; `same`, if given, a file there given `top`'s number too.
 */
function mounted(spec: Spec, top: string, mount: string, same?: string) {
  const vol = volume(spec);
  class Mounted extends MemoryHost {
    stat(path: string, follow = true): FileInfo {
      const info = super.stat(path, follow);
      if (info.type === 'none') return info;
      const root = info.type === 'dir' && info.ino === super.stat(mount).ino; // by its name or a link to it
      if (root || path === same) return { ...info, dev: 2, ino: super.stat(top).ino };
      return { ...info, dev: path.startsWith(`${mount}/`) ? 2 : 1 };
    }
  }
  return { vol, host: new Mounted(vol, { now: NOW }) };
}

const policy = (section: string, body: string) => `control:\n actionsequence = ( ${section} )\n${section}:\n ${body}\n`;
const warnings = (r: { log: { level: string; message: string }[] }) => r.log.filter(l => l.level === 'warning').map(l => l.message);

describe('a file system mounted inside a tree', () => {
  it('a files sweep with -l goes into its root', () => {
    const { vol, host } = mounted({ '/data/f': { mode: 0o600 }, '/data/mnt/g': { mode: 0o600 } }, '/data', '/data/mnt');
    const r = runPolicyOn(runtime, policy('files', '/data mode=0644 r=inf action=fixall'), host, { now: NOW, hostname: 'h', traverseLinks: true });
    expect(warnings(r)).toEqual([]);
    expect([vol.statSync('/data/f').mode & 0o777, vol.statSync('/data/mnt/g').mode & 0o777]).toEqual([0o644, 0o644]);
  });

  it('links +> follows a link to its root', () => {
    const { host } = mounted({ '/loop/f': 'x', '/mnt/g': 'y', '/loop/m': { link: '/mnt' } }, '/loop', '/mnt');
    const r = runPolicyOn(runtime, policy('links', '/new +>! /loop recurse=inf'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual([]);
    expect(r.changes.filter(c => c.op === 'symlink').map(c => c.path).sort()).toEqual(['/new/f', '/new/m/g']);
  });

  it('a hard link wanted is not taken as there for a file of another file system with its inode number', () => {
    const { vol, host } = mounted({ '/a': 'wanted', '/mnt/b': 'other' }, '/a', '/mnt', '/mnt/b');
    const r = runPolicyOn(runtime, policy('links', '/mnt/b -> /a type=hard'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual(['cfengine:h: /mnt/b does not appear to be a hard link to /a. Doing nothing!']);
    expect(vol.readFileSync('/mnt/b', 'utf8')).toBe('other');
  });
});

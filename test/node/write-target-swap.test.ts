/**
 * Without a root, as root: the name a write replaces is looked at once (node-host.ts
 * writeTarget). Before, followed() saw a link of the user's at the name and took its target,
 * then writeTarget's own lstat saw a plain file she had swapped in meanwhile and wrote the link's
 * target: the round 20 probe's disable rotate=2 of root's file in a sticky directory emptied
 * /etc/shadow and made it 0644 (1 of 8 racing runs). Here the swap is made, every time, just
 * after the host has taken the link's real path (a hook on byte-fs's realpathSync, this file only).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const hook = vi.hoisted(() => ({
  afterRealpath: null as (() => void) | null,
  beforeReadlink: null as ((p: string) => boolean) | null,
  beforeLink: null as ((to: string) => boolean) | null,
}));
vi.mock('../../host/node/byte-fs.js', async (original) => {
  const real = await original<typeof import('../../host/node/byte-fs.js')>();
  return {
    ...real,
    realpathSync: (p: string) => {
      const r = real.realpathSync(p);
      const h = hook.afterRealpath;
      hook.afterRealpath = null;
      h?.();
      return r;
    },
    linkSync: (from: string, to: string) => {
      if (hook.beforeLink?.(to)) hook.beforeLink = null;
      return real.linkSync(from, to);
    },
    readlinkSync: (p: string) => {
      if (hook.beforeReadlink?.(p)) hook.beforeReadlink = null;
      return real.readlinkSync(p);
    },
  };
});
const { NodeHost } = await import('../../host/node/node-host.js');

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-write-target-swap-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** A sticky directory `sticky` (1777), root's `shadow` (0600), and nobody's link `name` in it to shadow: its path. */
function hersToShadow(sticky: string, shadow: string, name: string): string {
  fs.mkdirSync(sticky);
  fs.chmodSync(sticky, 0o1777);
  fs.writeFileSync(shadow, 'root:secret\n', { mode: 0o600 });
  const link = join(sticky, name);
  fs.symlinkSync(shadow, link);
  fs.lchownSync(link, NOBODY, NOBODY);
  return link;
}

/** What nobody does next: her link replaced by her own plain file. */
function swapForFile(name: string): void {
  fs.unlinkSync(name);
  fs.writeFileSync(name, 'planted\n');
  fs.chownSync(name, NOBODY, NOBODY);
}

describe.skipIf(!asRoot)('a link swapped for a plain file while the host looks at the name (as root, no root directory)', () => {
  it("the link's target (root's file) is not written; the write is refused", () => {
    const shadow = join(base, 'shadow');
    const name = hersToShadow(join(base, 'tmp'), shadow, 'rf');
    hook.afterRealpath = () => swapForFile(name);
    const host = new NodeHost();
    expect(() => host.writeFile(name, new Uint8Array(0), 0o644)).toThrow(/not written through \(another user may have planted it\)/);
    expect(fs.readFileSync(shadow, 'utf8')).toBe('root:secret\n');
    expect(fs.statSync(shadow).mode & 0o7777).toBe(0o600);
  });

  it('a plain file at the name is replaced by the write (her file there was only a name)', () => {
    const name = join(base, 'tmp', 'plain');
    fs.writeFileSync(name, 'hers\n');
    fs.chownSync(name, NOBODY, NOBODY);
    new NodeHost().writeFile(name, new TextEncoder().encode('new\n'), 0o644);
    expect(fs.readFileSync(name, 'utf8')).toBe('new\n');
    expect(fs.statSync(name).uid).toBe(0);
  });
});

describe('a link swapped for a file while the root\'s walk reads it', () => {
  it('is said as a change while resolving (a refusal), not the system\'s raw EINVAL', () => {
    const root = join(base, 'root');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.writeFileSync(join(root, 'etc', 'conf'), 'x\n');
    fs.symlinkSync('/etc/conf', join(root, 'l'));
    const host = new NodeHost({ root });
    hook.beforeReadlink = (p) => {
      if (p !== join(root, 'l')) return false; // the link itself, not a /proc/self/fd name
      fs.unlinkSync(join(root, 'l'));
      fs.writeFileSync(join(root, 'l'), 'planted\n');
      return true;
    };
    expect(() => host.resolve('/l')).toThrow(/\/l: \/l changed while the path was being resolved \(a link swapped\?\)/);
  });
});

describe.skipIf(!asRoot)('an edit of a name the core saw as a link, a plain file when saved (as root)', () => {
  it('is a change under the edit (edited again), not a save whose backup goes beside the old target', () => {
    const etc = join(base, 'etc2');
    fs.mkdirSync(etc);
    const name = hersToShadow(join(base, 'tmp2'), join(etc, 'shadow'), 'newe');
    const host = new NodeHost();
    expect(host.stat(name, false).type).toBe('link'); // what the core's save looks at first
    swapForFile(name);
    let code = '';
    try {
      host.saveFile(name, new TextEncoder().encode('added\n'), join(etc, 'shadow.cfsaved'));
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).toBe('ECHANGED');
    expect(fs.readdirSync(etc)).toEqual(['shadow']);
    // Looked at again as a plain file: saved, its backup beside it.
    expect(host.stat(name, false).type).toBe('file');
    host.saveFile(name, new TextEncoder().encode('added\n'), `${name}.cfsaved`);
    expect(fs.readFileSync(name, 'utf8')).toBe('added\n');
  });
});

describe.skipIf(!asRoot)('the directory swapped for a link just before the backup is made (as root)', () => {
  for (const root of [false, true]) {
    it(`the backup goes into the directory checked, not the linked one${root ? ' (under --root)' : ''}`, () => {
      const top = join(base, `backup-${root}`);
      const etc = join(top, 'etc');
      const d = join(top, 'home', 'd');
      fs.mkdirSync(etc, { recursive: true });
      fs.mkdirSync(d, { recursive: true });
      fs.writeFileSync(join(etc, 'shadow'), 'root:secret\n', { mode: 0o600 });
      fs.writeFileSync(join(d, 'f'), 'hers\n');
      for (const p of [join(top, 'home'), d, join(d, 'f')]) fs.chownSync(p, NOBODY, NOBODY);
      const host = new NodeHost(root ? { root: top } : {});
      const path = root ? '/home/d/f' : join(d, 'f');
      host.readFile(path);
      hook.beforeLink = (to) => {
        if (!to.endsWith('f.cfsaved')) return false;
        fs.renameSync(d, `${d}.real`);
        fs.symlinkSync('../etc', d); // relative: the same place for the kernel and the root's rules
        fs.lchownSync(d, NOBODY, NOBODY);
        return true;
      };
      try {
        host.saveFile(path, new TextEncoder().encode('hers\nx\n'), `${path}.cfsaved`);
      } catch { /* refused: either way etc/ is untouched */ } finally {
        hook.beforeLink = null;
      }
      expect(fs.readdirSync(etc)).toEqual(['shadow']);
      expect(fs.readFileSync(join(`${d}.real`, 'f.cfsaved'), 'utf8')).toBe('hers\n');
    });
  }
});

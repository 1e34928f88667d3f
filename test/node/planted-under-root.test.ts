/**
 * Under --root, as root, a link another user planted in the root is not followed to what another
 * uid owns (confined-paths.ts refusePlanted), as without a root (checkWay, writeTarget). The
 * round 20 probe found the root's walk following any link that stays inside it: nobody's
 * `f.cfsaved -> /etc/shadow` beside a file root edits in her directory made the backup replace
 * etc/shadow with her file (her owner, mode 0644); her `~/nd -> /etc` had `directories` make and
 * chown etc/nd/deeper; a link to nothing had `files action=create` or a copy make the file it
 * names in etc/; `files action=touch` set the time of etc/shadow through her link (that one
 * without a root too: node-host.ts touch goes through the pinned change now).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost, pinSeam } from '../../host/node/node-host.js';
import { ownTemps } from '../../host/node/atomic-write.js';
import { cfwasm } from '../support/cli.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log('planted-under-root tests skipped: not root (the rule is for runs as root)');
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-planted-root-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** ROOT/etc (root's: shadow 0600), ROOT/home/alice (nobody's: f, and her own directory own/). */
function stage(name: string) {
  const root = join(base, name);
  const etc = join(root, 'etc');
  const alice = join(root, 'home', 'alice');
  fs.mkdirSync(etc, { recursive: true });
  fs.mkdirSync(join(alice, 'own'), { recursive: true });
  fs.writeFileSync(join(etc, 'shadow'), 'root:secret\n', { mode: 0o600 });
  fs.writeFileSync(join(root, 'master'), 'master\n');
  fs.writeFileSync(join(alice, 'f'), 'hers\n');
  for (const p of [alice, join(alice, 'own'), join(alice, 'f')]) fs.chownSync(p, NOBODY, NOBODY);
  /** A link of nobody's at home/alice/NAME to `target` (a path inside the root). */
  const plant = (at: string, target: string) => {
    fs.symlinkSync(target, join(alice, at));
    fs.lchownSync(join(alice, at), NOBODY, NOBODY);
  };
  const shadow = () => {
    const st = fs.statSync(join(etc, 'shadow'));
    return [fs.readFileSync(join(etc, 'shadow'), 'utf8'), st.uid, st.mode & 0o7777, st.mtimeMs];
  };
  const run = (body: string, args: string[] = []) => {
    const r = cfwasm(['run', '-f', '-', '-I', '-K', '--root', root, ...args], { input: `control:\n actionsequence = ( ${body.split(':')[0]} )\n${body}\n` });
    return { ...r, out: r.stdout + r.stderr };
  };
  return { root, etc, alice, plant, shadow, run };
}

describe.skipIf(!asRoot)('a link another user planted in the root (as root, --root)', () => {
  it("an edit's backup name linked to etc/shadow: shadow is not replaced; the backup takes the name (as without a root)", () => {
    const { etc, alice, plant, shadow, run } = stage('backup');
    const before = shadow();
    plant('f.cfsaved', '/etc/shadow');
    const r = run('editfiles:\n { /home/alice/f\n AppendIfNoSuchLine "x"\n }');
    expect(shadow()).toEqual(before);
    expect(fs.readdirSync(etc)).toEqual(['shadow']);
    expect(fs.lstatSync(join(alice, 'f.cfsaved')).isFile()).toBe(true);
    expect(fs.readFileSync(join(alice, 'f.cfsaved'), 'utf8')).toBe('hers\n');
    expect(fs.readFileSync(join(alice, 'f'), 'utf8')).toBe('hers\nx\n');
    expect(r.status).toBe(0);
  });

  it('a directory on the way linked to etc/: directories, create and copy make nothing in etc/ and say why', () => {
    const { etc, plant, run } = stage('way');
    plant('nd', '/etc');
    const r = run('directories:\n /home/alice/nd/deeper mode=0750 owner=nobody');
    const r2 = run('files:\n /home/alice/nd/new mode=0644 action=create');
    const r3 = run('copy:\n /master dest=/home/alice/nd/copied');
    expect(fs.readdirSync(etc)).toEqual(['shadow']);
    for (const out of [r.out, r2.out, r3.out]) expect(out).toContain('/home/alice/nd is a link owned by uid 65534 to a directory owned by uid 0; not followed');
    expect(fs.statSync(etc).mode & 0o7777).toBe(0o755);
  });

  it('a link to nothing in etc/: create and copy do not make the file it names', () => {
    const { etc, plant, run } = stage('dangling');
    plant('new', '/etc/made');
    plant('copied', '/etc/copied');
    const r = run('files:\n /home/alice/new mode=0644 action=create');
    const r2 = run('copy:\n /master dest=/home/alice/copied');
    expect(fs.readdirSync(etc)).toEqual(['shadow']);
    expect(r.out).toContain('/home/alice/new is a link owned by uid 65534 to nothing, in a directory owned by uid 0; not followed');
    expect(r2.out).toContain('/home/alice/copied is a link owned by uid 65534 to nothing, in a directory owned by uid 0; not followed');
  });

  it('touch through her link at the last name: etc/shadow keeps its time', () => {
    const { plant, shadow, run } = stage('touch');
    fs.utimesSync(join(base, 'touch', 'etc', 'shadow'), 1000, 1000);
    const before = shadow();
    plant('t', '/etc/shadow');
    const r = run('files:\n /home/alice/t action=touch');
    expect(shadow()).toEqual(before);
    expect(r.out).toContain('/home/alice/t is a link owned by uid 65534 to a file owned by uid 0; not followed');
  });

  it("followed: her link to her own directory, and a link of hers in root's own directory (root put it there)", () => {
    const { root, alice, plant, run } = stage('followed');
    plant('mine', '/home/alice/own');
    fs.mkdirSync(join(root, 'opt'));
    fs.symlinkSync('/etc', join(root, 'opt', 'conf'));
    fs.lchownSync(join(root, 'opt', 'conf'), NOBODY, NOBODY);
    const r = run('files:\n /home/alice/mine/new mode=0644 action=create\n /opt/conf/made mode=0600 action=create');
    expect(fs.existsSync(join(alice, 'own', 'new'))).toBe(true);
    expect(fs.existsSync(join(root, 'etc', 'made'))).toBe(true);
    expect(r.out).not.toContain('not followed');
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!asRoot)('touch without a root (as root)', () => {
  it("her link at the last name in her directory is not followed; root's file keeps its time; her plain file is touched", () => {
    const { etc, alice, plant } = stage('touch-plain');
    const shadowFile = join(etc, 'shadow');
    fs.utimesSync(shadowFile, 1000, 1000);
    plant('t', shadowFile);
    fs.utimesSync(join(alice, 'f'), 1000, 1000);
    const host = new NodeHost();
    expect(() => host.touch(join(alice, 't'))).toThrow(/not followed/);
    expect(fs.statSync(shadowFile).mtimeMs).toBe(1000_000);
    host.touch(join(alice, 'f'));
    expect(fs.statSync(join(alice, 'f')).mtimeMs).toBeGreaterThan(1000_000);
  });
});

/**
 * What nobody does to her directory `d` mid-write: moves it aside (to d.real) and puts her link to
 * ../etc in its place. Relative: the kernel and the root's rules both take it to the test's own
 * etc (an absolute /etc would be the machine's own under --root, should the host ever follow it).
 */
function swapForLink(d: string): void {
  fs.renameSync(d, `${d}.real`);
  fs.symlinkSync('../etc', d);
  fs.lchownSync(d, NOBODY, NOBODY);
}

describe.skipIf(!asRoot)('a directory swapped for a link between the check and the write (as root)', () => {
  // ownTemps.onTemp is told of each temp just before it is created: the swap lands exactly between
  // the host's check of the way and the system calls of the write, every time.
  const swapped = (name: string, root: boolean) => {
    const top = join(base, name);
    const etc = join(top, 'etc');
    const d = join(top, 'home', 'd');
    fs.mkdirSync(etc, { recursive: true });
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(join(etc, 'f'), 'root:secret\n', { mode: 0o600 });
    fs.writeFileSync(join(d, 'f'), 'hers\n');
    for (const p of [join(top, 'home'), d, join(d, 'f')]) fs.chownSync(p, NOBODY, NOBODY);
    const host = new NodeHost(root ? { root: top } : {});
    const path = root ? '/home/d/f' : join(d, 'f');
    const write = (op: () => void) => {
      ownTemps.onTemp = () => {
        ownTemps.onTemp = null;
        swapForLink(d);
      };
      try {
        op();
      } catch { /* refused: either way etc/ is untouched */ } finally {
        ownTemps.onTemp = null;
      }
      expect(fs.readdirSync(etc)).toEqual(['f']); // no temp left there either
      expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('root:secret\n');
      expect(fs.statSync(join(etc, 'f')).mode & 0o7777).toBe(0o600);
    };
    return { host, path, write, d };
  };
  for (const root of [false, true]) {
    it(`writeFile (copy, disable, create)${root ? ' under --root' : ''}: the temp and the rename stay in the directory checked`, () => {
      const { host, path, write, d } = swapped(`swap-write-${root}`, root);
      write(() => host.writeFile(path, new TextEncoder().encode('new\n'), 0o644));
      expect(fs.readFileSync(join(`${d}.real`, 'f'), 'utf8')).toBe('new\n');
    });
    it(`saveFile (editfiles)${root ? ' under --root' : ''}: the same (a file not read first: no identity to compare, as AutoCreate's)`, () => {
      const { host, path, write } = swapped(`swap-save-${root}`, root);
      write(() => host.saveFile(path, new TextEncoder().encode('hers\nx\n'), null));
    });
  }
});

describe.skipIf(!asRoot)('names made, renamed or removed while a directory is swapped for a link (as root)', () => {
  // pinSeam.beforePin runs after the host's check of the way, just before the system call: the
  // swap lands there every time. The link is relative (../etc): the same place for the kernel and
  // for the root's rules.
  const stageSwap = (name: string, root: boolean) => {
    const top = join(base, name);
    const etc = join(top, 'etc');
    const d = join(top, 'home', 'd');
    fs.mkdirSync(etc, { recursive: true });
    fs.mkdirSync(d, { recursive: true });
    for (const f of ['f', 'x']) fs.writeFileSync(join(etc, f), `root ${f}\n`, { mode: 0o600 });
    for (const f of ['f', 'x']) fs.writeFileSync(join(d, f), `hers ${f}\n`);
    for (const p of [join(top, 'home'), d, join(d, 'f'), join(d, 'x')]) fs.chownSync(p, NOBODY, NOBODY);
    const host = new NodeHost(root ? { root: top } : {});
    const p = (n: string) => (root ? `/home/d/${n}` : join(d, n));
    const swapping = (op: () => void) => {
      pinSeam.beforePin = () => {
        pinSeam.beforePin = null;
        swapForLink(d);
      };
      try {
        op();
      } catch { /* refused: either way etc/ is untouched */ } finally {
        pinSeam.beforePin = null;
      }
      expect(fs.readdirSync(etc).sort()).toEqual(['f', 'x']);
      for (const f of ['f', 'x']) expect(fs.readFileSync(join(etc, f), 'utf8')).toBe(`root ${f}\n`);
    };
    return { host, p, swapping, top };
  };
  for (const root of [false, true]) {
    const under = root ? ' under --root' : '';
    const makes: [string, (h: NodeHost, p: (n: string) => string, top: string) => void][] = [
      ['create', (h, p) => h.createFile(p('new'), 0o644)],
      ['mkdir', (h, p) => h.mkdir(p('nd'), 0o755)],
      ['symlink', (h, p) => h.symlink('/anywhere', p('l'))],
      ['link', (h, p, top) => h.link(root ? '/src' : join(top, 'src'), p('hl'))],
    ];
    for (const [what, op] of makes) {
      it(`${what}${under} makes nothing in the linked directory`, () => {
        const { host, p, swapping, top } = stageSwap(`swap-${what}-${root}`, root);
        fs.writeFileSync(join(top, 'src'), 'src\n');
        swapping(() => op(host, p, top));
      });
    }
    it(`rename and remove${under} do not rename over or remove the linked directory's files`, () => {
      const a = stageSwap(`swap-rename-${root}`, root);
      a.swapping(() => a.host.rename(a.p('x'), a.p('f')));
      const b = stageSwap(`swap-remove-${root}`, root);
      b.swapping(() => b.host.remove(b.p('f')));
    });
  }
});

describe.skipIf(!asRoot)('a directory moved aside when the host pins it, a link put there just after (as root)', () => {
  it('the write fails (no such directory); it is not made by path through the link that came after', () => {
    const top = join(base, 'aside');
    const etc = join(top, 'etc');
    const d = join(top, 'home', 'd');
    fs.mkdirSync(etc, { recursive: true });
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(join(etc, 'f'), 'root:secret\n', { mode: 0o600 });
    for (const p of [join(top, 'home'), d]) fs.chownSync(p, NOBODY, NOBODY);
    pinSeam.beforePin = () => {
      pinSeam.beforePin = null;
      fs.renameSync(d, `${d}.real`);
    };
    ownTemps.onTemp = () => {
      ownTemps.onTemp = null;
      fs.symlinkSync('../etc', d);
      fs.lchownSync(d, NOBODY, NOBODY);
    };
    try {
      expect(() => new NodeHost().writeFile(join(d, 'f'), new TextEncoder().encode('new\n'), 0o644)).toThrow(/: no such directory$/);
    } finally {
      pinSeam.beforePin = null;
      ownTemps.onTemp = null;
    }
    expect(fs.readdirSync(etc)).toEqual(['f']);
    expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('root:secret\n');
  });
});

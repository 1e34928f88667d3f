/**
 * The state directory's checks in process (host/node/state-dir.ts; the CLI tests run them in a
 * child): each refusal is one line naming the path and what is wrong, a missing directory is made
 * 0700, the walk stops at its depth, and the secret is 32 random bytes kept 0600 and reused.
 * Runs as any user: ownership is tested with a uid that is neither the runner's nor root's.
 */
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ownTemps } from '../../host/node/atomic-write.js';
import { defaultStateDir, openStateDir, StateDirError } from '../../host/node/state-dir.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-statedir-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let n = 0;
/** A fresh directory for one case, 0700 (the test base is under /tmp: sticky, so allowed above). */
const fresh = () => {
  const dir = join(base, `s${n++}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  return dir;
};
const isRoot = process.getuid?.() === 0;
const uid = process.getuid?.() ?? 0;

function refusal(dir: string): string {
  try {
    openStateDir(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(StateDirError);
    return (e as Error).message;
  }
  throw new Error(`expected ${dir} to be refused`);
}

describe('openStateDir', () => {
  it('makes a missing directory 0700 and gives back the path as named', () => {
    const dir = join(fresh(), 'new', 'state');
    const state = openStateDir(dir);
    expect(state.path).toBe(dir);
    expect(fs.statSync(dir).mode & 0o7777).toBe(0o700);
  });

  it('refuses a directory, or anything in it, writable by its group or others, naming who and the mode', () => {
    const dir = fresh();
    fs.chmodSync(dir, 0o770);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir} is writable by its group (mode 0770); chmod go-w it`);
    fs.chmodSync(dir, 0o702);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir} is writable by others (mode 0702); chmod go-w it`);
    fs.chmodSync(dir, 0o1777);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir} is writable by its group and others (mode 1777); chmod go-w it`);
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(join(dir, 'locks'), '', { mode: 0o666 });
    fs.chmodSync(join(dir, 'locks'), 0o666);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/locks is writable by its group and others (mode 0666); chmod go-w it`);
    fs.chmodSync(join(dir, 'locks'), 0o644);
    expect(openStateDir(dir).path).toBe(dir);
  });

  it('a directory above may be world-writable only with the sticky bit', () => {
    const up = fresh();
    const dir = join(up, 'state');
    fs.mkdirSync(dir, { mode: 0o700 });
    fs.chmodSync(up, 0o777);
    expect(refusal(dir)).toBe(`state directory ${dir}: a directory above it: ${up} is writable by its group and others (mode 0777); chmod go-w it`);
    fs.chmodSync(up, 0o1777);
    expect(openStateDir(dir).path).toBe(dir);
    // A sticky file in the directory itself is no excuse.
    fs.writeFileSync(join(dir, 'f'), '');
    fs.chmodSync(join(dir, 'f'), 0o1666);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/f is writable by its group and others (mode 1666); chmod go-w it`);
  });

  it.runIf(isRoot)('refuses what belongs to another user (neither the runner nor root)', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'trusted'), '');
    fs.chownSync(join(dir, 'trusted'), 4321, 4321);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/trusted is owned by uid 4321, not by you (uid ${uid}) or root`);
    fs.chownSync(dir, 4321, 4321);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir} is owned by uid 4321, not by you (uid ${uid}) or root`);
  });

  it('refuses a symbolic link or a FIFO in it; a link to the directory itself is followed and checked', () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, 'ppkeys'));
    fs.symlinkSync('/etc/passwd', join(dir, 'ppkeys', 'root.pub'));
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/ppkeys/root.pub is a symbolic link; remove it`);
    fs.unlinkSync(join(dir, 'ppkeys', 'root.pub'));
    execFileSync('mkfifo', [join(dir, 'lock')]);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/lock is not a regular file or directory; remove it`);
    fs.unlinkSync(join(dir, 'lock'));
    const link = join(base, `link${n++}`);
    fs.symlinkSync(dir, link);
    expect(openStateDir(link).path).toBe(link);
    fs.chmodSync(dir, 0o777);
    expect(refusal(link)).toBe(`state directory ${link}: ${dir} is writable by its group and others (mode 0777); chmod go-w it`);
  });

  it('goes four levels deep, not five', () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    expect(openStateDir(dir).path).toBe(dir);
    fs.mkdirSync(join(dir, 'a', 'b', 'c', 'd'));
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/a/b/c/d is deeper than a state directory goes; remove it`);
  });

  it('a sticky world-writable directory inside it is refused; above it only the sticky bit excuses, at any height', () => {
    const dir = fresh();
    fs.mkdirSync(join(dir, 'policies'));
    fs.chmodSync(join(dir, 'policies'), 0o1777);
    expect(refusal(dir)).toBe(`state directory ${dir}: ${dir}/policies is writable by its group and others (mode 1777); chmod go-w it`);
    const top = fresh();
    const deep = join(top, 'mid', 'state');
    fs.mkdirSync(deep, { recursive: true, mode: 0o700 });
    fs.chmodSync(top, 0o777);
    expect(refusal(deep)).toBe(`state directory ${deep}: a directory above it: ${top} is writable by its group and others (mode 0777); chmod go-w it`);
  });

  it('a link that leads into a kernel file system is refused as that file system', () => {
    const link = join(fresh(), 'proc');
    fs.symlinkSync('/proc', link);
    expect(refusal(join(link, 'state'))).toBe(`state directory ${join(link, 'state')}: is under /proc, a kernel file system; give a directory on a disk`);
  });

  it('never under a kernel file system', () => {
    expect(refusal('/proc/cfwasm')).toBe('state directory /proc/cfwasm: is under /proc, a kernel file system; give a directory on a disk');
    expect(refusal('/sys')).toBe('state directory /sys: is under /sys, a kernel file system; give a directory on a disk');
    expect(refusal('/proc/self/../cfwasm')).toBe('state directory /proc/self/../cfwasm: is under /proc, a kernel file system; give a directory on a disk');
  });

  it('a name that cannot be a directory is one line', () => {
    const file = join(fresh(), 'file');
    fs.writeFileSync(file, '');
    expect(refusal(join(file, 'state'))).toMatch(new RegExp(`^state directory ${file}/state: cannot be made: ENOTDIR`));
  });

  it('removes the temps of writers that are gone, keeps everything else', () => {
    const dir = fresh();
    const stale = '.secret.cfwasm-999999999-0123456789abcdef0.tmp';
    fs.writeFileSync(join(dir, stale), '');
    fs.writeFileSync(join(dir, 'keep'), '');
    openStateDir(dir);
    expect(fs.readdirSync(dir)).toEqual(['keep']);
  });
});

describe('the secret', () => {
  it('is 32 bytes made once, 0600, the same on every call and every open', () => {
    const dir = fresh();
    const first = openStateDir(dir).secret();
    expect(first.length).toBe(32);
    expect(fs.statSync(join(dir, 'secret')).mode & 0o7777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(join(dir, 'secret'))).equals(Buffer.from(first))).toBe(true);
    const again = openStateDir(dir);
    expect(Buffer.from(again.secret()).equals(Buffer.from(first))).toBe(true);
    expect(again.secret()).toBe(again.secret());
    expect(fs.readdirSync(dir)).toEqual(['secret']);
    expect(Buffer.from(openStateDir(fresh()).secret()).equals(Buffer.from(first))).toBe(false);
  });

  it('a secret of the wrong size is refused, not replaced', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'secret'), 'short', { mode: 0o600 });
    const state = openStateDir(dir);
    expect(() => state.secret()).toThrow(new StateDirError(`state directory ${dir}: ${dir}/secret is not 32 bytes; remove it (a new one is made)`));
    expect(fs.readFileSync(join(dir, 'secret'), 'utf8')).toBe('short');
  });

  it('a link put in its place after the directory was checked is refused, not followed', () => {
    const dir = fresh();
    const state = openStateDir(dir);
    fs.writeFileSync(join(base, `known${n}`), Buffer.alloc(32, 7));
    fs.symlinkSync(join(base, `known${n}`), join(dir, 'secret'));
    expect(() => state.secret()).toThrow(new StateDirError(`state directory ${dir}: ${dir}/secret: cannot read: is a symbolic link`));
  });

  it('leaves no descriptor open when it makes secrets', () => {
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 10; i++) openStateDir(fresh()).secret();
    expect(open()).toBe(before);
  });

  it('a secret that cannot be read is one line naming it', () => {
    const dir = fresh();
    const state = openStateDir(dir);
    fs.mkdirSync(join(dir, 'secret'));
    expect(() => state.secret()).toThrow(new StateDirError(`state directory ${dir}: ${dir}/secret: cannot read: is a directory`));
  });
});

describe('defaultStateDir', () => {
  const saved = process.env.CFWASM_STATE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.CFWASM_STATE_DIR;
    else process.env.CFWASM_STATE_DIR = saved;
  });

  it('$CFWASM_STATE_DIR if set and not empty, else /var/lib/cfwasm for root and ~/.cfwasm for others', () => {
    process.env.CFWASM_STATE_DIR = '/some/state';
    expect(defaultStateDir()).toBe('/some/state');
    for (const unset of ['', undefined]) {
      if (unset === undefined) delete process.env.CFWASM_STATE_DIR;
      else process.env.CFWASM_STATE_DIR = unset;
      expect(defaultStateDir()).toBe(isRoot ? '/var/lib/cfwasm' : join(homedir(), '.cfwasm'));
    }
  });
});

/**
 * A cgroup file system mounted under /sys, if there is one (statfs's type a kernel one itself, so
 * a check that went by the type alone would still refuse it: nothing is made there either way).
 */
const cgroupMount = ['/sys/fs/cgroup/pids', '/sys/fs/cgroup/unified', '/sys/fs/cgroup'].find((p) => {
  try {
    return [0x27e0eb, 0x63677270].includes(fs.statfsSync(p).type);
  } catch {
    return false;
  }
});

describe('kernel file systems by name and by type', () => {
  it.runIf(cgroupMount)('a path under /sys is said to be under /sys, though its own file system is another kernel one', () => {
    const dir = `${cgroupMount}/cfwasm-no-such/state`;
    expect(refusal(dir)).toBe(`state directory ${dir}: is under /sys, a kernel file system; give a directory on a disk`);
  });

  it.runIf(cgroupMount)('a link to a kernel file system that no name tells (a cgroup mount) is refused by its type', () => {
    const link = join(fresh(), 'cg');
    fs.symlinkSync(cgroupMount!, link);
    const type = fs.statfsSync(cgroupMount!).type === 0x27e0eb ? 'cgroup' : 'cgroup2';
    expect(refusal(join(link, 'state'))).toBe(`state directory ${join(link, 'state')}: is under ${type}, a kernel file system; give a directory on a disk`);
  });
});

describe('the secret, further', () => {
  it('one too big is refused by its size, naming what it is', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'secret'), Buffer.alloc(1025), { mode: 0o600 });
    const state = openStateDir(dir);
    expect(() => state.secret()).toThrow(new StateDirError(`state directory ${dir}: ${dir}/secret: cannot read: larger than 1 KiB, too big for a secret`));
  });

  it('is made without telling the temp reaper (its temp is left for the next run\'s sweep)', () => {
    const told: string[] = [];
    const was = ownTemps.onTemp;
    ownTemps.onTemp = (p) => told.push(p);
    try {
      expect(openStateDir(fresh()).secret().length).toBe(32);
    } finally {
      ownTemps.onTemp = was;
    }
    expect(told).toEqual([]);
  });

  it('one that cannot be made (the directory made immutable after its check) is one line naming it', (ctx) => {
    const dir = fresh();
    const state = openStateDir(dir);
    try {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // no chattr, or no such attribute on this file system
    }
    try {
      expect(() => state.secret()).toThrow(new RegExp(`^state directory ${dir}: ${dir}/secret: cannot be made: EPERM: operation not permitted, open '${dir}/\\.secret\\.cfwasm-`));
    } finally {
      execFileSync('chattr', ['-i', dir]);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

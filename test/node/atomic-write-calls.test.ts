/**
 * host/node/atomic-write.ts's calls one by one, in this process, on fresh temporary directories:
 * the temp and lock names, which left-over temps are removed, what a write does with its mode,
 * owner, size check, lock and hook, and when a lock file found in place is taken over or waited
 * for. temp-files.test.ts and locks-writes.test.ts check the same through NodeHost.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusive, lockBeside, lockPathOf, nextTempBeside, ownTemps, ownTempTag, removeSoon, removeStaleTemps, tempBeside, writeAll, writeAtomically } from '../../host/node/atomic-write.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-atomic-calls-');
const bytes = (t: string) => new TextEncoder().encode(t);
/** A pid no process has (above any pid_max). */
const NO_PID = 2 ** 31 - 2;
const asRoot = process.getuid?.() === 0;
/** A temp name as another writer (pid `pid`) would have made it. */
const tempOf = (name: string, pid: number) => `.${name}.cfwasm-${pid}-0123456789abcdef0.tmp`;

describe('names', () => {
  it('a temp: hidden, beside the file, this process\'s tag and a counter; the next one foretold', () => {
    const tag = ownTempTag();
    expect(tag).toMatch(new RegExp(`^${process.pid}-[0-9a-f]{16}$`));
    const next = nextTempBeside('/a/b/file');
    const t1 = tempBeside('/a/b/file');
    const t2 = tempBeside('/a/b/file');
    expect(t1).toBe(next);
    expect(t1).toMatch(new RegExp(`^/a/b/\\.file\\.cfwasm-${tag}[0-9a-z]+\\.tmp$`));
    expect(t2).not.toBe(t1);
    expect(tempBeside('file').startsWith(`./.file.cfwasm-${tag}`)).toBe(true);
    expect(tempBeside('/file').startsWith(`//.file.cfwasm-${tag}`)).toBe(true);
    expect(ownTempTag()).toBe(tag);
  });

  it('a lock: hidden, beside the file', () => {
    expect(lockPathOf('/a/b/file')).toBe('/a/b/.file.cfwasm-lock');
    expect(lockPathOf('file')).toBe('./.file.cfwasm-lock');
    expect(lockPathOf('/file')).toBe('//.file.cfwasm-lock'); // as tempBeside's: the root's entry, two slashes
  });
});

describe('removeStaleTemps', () => {
  it('removes the temps of writers that are gone and this pid\'s unlisted ones; not a live writer\'s, nor other names', () => {
    const d = fresh();
    const names = {
      dead: tempOf('a', NO_PID),
      mine: tempOf('b', process.pid),
      live: tempOf('c', 1),
      short: '.d.cfwasm-123-abc.tmp',
      other: 'e.tmp',
      noDot: `f.cfwasm-${NO_PID}-0123456789abcdef0.tmp`,
    };
    for (const name of Object.values(names)) fs.writeFileSync(join(d, name), '');
    fs.mkdirSync(join(d, tempOf('dir', NO_PID)));
    const listed = tempBeside(join(d, 'g'));
    fs.writeFileSync(listed, '');
    ownTemps.live.add(listed);
    try {
      expect(removeStaleTemps(d).sort()).toEqual([names.dead, names.mine].sort());
      expect(fs.readdirSync(d).sort()).toEqual([names.live, names.short, names.other, names.noDot, tempOf('dir', NO_PID), listed.slice(d.length + 1)].sort());
    } finally {
      ownTemps.live.delete(listed);
    }
  });

  it('only the names given, when given; nothing for a directory that is not there', () => {
    const d = fresh();
    fs.writeFileSync(join(d, tempOf('a', NO_PID)), '');
    fs.writeFileSync(join(d, tempOf('b', NO_PID)), '');
    expect(removeStaleTemps(d, [tempOf('b', NO_PID)])).toEqual([tempOf('b', NO_PID)]);
    expect(fs.readdirSync(d)).toEqual([tempOf('a', NO_PID)]);
    expect(removeStaleTemps(join(d, 'none'))).toEqual([]);
  });

  it('the first write in a directory removes its stale temps', () => {
    const d = fresh();
    fs.writeFileSync(join(d, tempOf('x', NO_PID)), '');
    writeAtomically(join(d, 'f'), bytes('f'), { mode: 0o644 });
    expect(fs.readdirSync(d)).toEqual(['f']);
  });
});

describe('writeAtomically', () => {
  it('the mode exactly (setuid kept after the owner), the owner, the bytes; no temp left', () => {
    const d = fresh();
    writeAtomically(join(d, 'f'), bytes('hello'), { mode: 0o104755, owner: asRoot ? { uid: 4321, gid: 4322 } : undefined, durable: false });
    const st = fs.statSync(join(d, 'f'));
    expect(st.mode & 0o7777).toBe(0o4755);
    if (asRoot) expect(st).toMatchObject({ uid: 4321, gid: 4322 });
    expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('hello');
    expect(fs.readdirSync(d)).toEqual(['f']);
  });

  it('streamed: the size written must be the size said, else EIO and the file as it was', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'old');
    const content = { size: 5, writeTo: (fd: number) => { fs.writeSync(fd, 'abc'); } };
    expect(() => writeAtomically(join(d, 'f'), content, { mode: 0o644 })).toThrow(expect.objectContaining({ code: 'EIO', message: 'EIO: 3 of 5 bytes written' }));
    expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('old');
    expect(fs.readdirSync(d)).toEqual(['f']);
    writeAtomically(join(d, 'f'), { size: 3, writeTo: (fd: number) => { fs.writeSync(fd, 'new'); } }, { mode: 0o644 });
    expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('new');
  });

  it('a hook that throws before the rename: the file as it was, no temp, no lock', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'old');
    let lockSeen = false;
    expect(() => writeAtomically(join(d, 'f'), bytes('new'), { mode: 0o644, locked: true, beforeRename: () => {
      lockSeen = fs.readFileSync(lockPathOf(join(d, 'f')), 'utf8') === `${process.pid}\n`;
      throw new Error('no');
    } })).toThrow('no');
    expect(lockSeen).toBe(true);
    expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('old');
    expect(fs.readdirSync(d)).toEqual(['f']);
  });

  it('noReplace: a new name only; an existing file is EEXIST and stays', () => {
    const d = fresh();
    writeAtomically(join(d, 'n'), bytes('1'), { mode: 0o600, noReplace: true });
    expect(fs.readFileSync(join(d, 'n'), 'utf8')).toBe('1');
    expect(() => writeAtomically(join(d, 'n'), bytes('2'), { mode: 0o600, noReplace: true })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.readFileSync(join(d, 'n'), 'utf8')).toBe('1');
    expect(fs.readdirSync(d)).toEqual(['n']);
  });

  it('each temp told as it is named, unless it is left for the next run; none listed after', () => {
    const d = fresh();
    const told: string[] = [];
    const was = ownTemps.onTemp;
    ownTemps.onTemp = (p) => told.push(p);
    try {
      writeAtomically(join(d, 'a'), bytes('a'), { mode: 0o644 });
      writeAtomically(join(d, 'b'), bytes('b'), { mode: 0o644, leftForNextRun: true });
    } finally {
      ownTemps.onTemp = was;
    }
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(new RegExp(`^${d}/\\.a\\.cfwasm-`));
    expect([...ownTemps.live].filter(p => p.startsWith(d))).toEqual([]);
  });
});

describe('removeSoon', () => {
  /** Calls removeSoon(path) with ownTemps.onTemp watched: the temps it was told of. */
  function removeWatched(path: string): string[] {
    const told: string[] = [];
    const was = ownTemps.onTemp;
    ownTemps.onTemp = (p) => told.push(p);
    try {
      removeSoon(path);
    } finally {
      ownTemps.onTemp = was;
    }
    return told;
  }
  /** Waits (the event loop turning) until `done` holds, for at most two seconds. */
  async function until(done: () => boolean): Promise<boolean> {
    for (let i = 0; i < 200 && !done(); i++) await new Promise(r => setTimeout(r, 10));
    return done();
  }

  it('a file under 64 KiB: unlinked at once, no temp told', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'small'), Buffer.alloc((1 << 16) - 1));
    expect(removeWatched(join(d, 'small'))).toEqual([]);
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('a file of 64 KiB or more: renamed aside to a temp of this process (told, listed) at once, unlinked off the run\'s path', async () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'big'), Buffer.alloc(1 << 16));
    fs.writeFileSync(join(d, 'other'), 'stays');
    const told = removeWatched(join(d, 'big'));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(new RegExp(`^${d}/\\.big\\.cfwasm-${ownTempTag()}[0-9a-z]+\\.tmp$`));
    expect(fs.existsSync(join(d, 'big'))).toBe(false);
    expect(ownTemps.live.has(told[0])).toBe(true); // until the unlink on the thread pool is done
    expect(await until(() => !ownTemps.live.has(told[0]))).toBe(true);
    expect(fs.readdirSync(d)).toEqual(['other']);
  });

  it('a link to a big file: the link alone, at once; a directory or nothing: thrown as unlink does', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'big'), Buffer.alloc(1 << 17));
    fs.symlinkSync('big', join(d, 'link'));
    expect(removeWatched(join(d, 'link'))).toEqual([]);
    expect(fs.readdirSync(d)).toEqual(['big']);
    fs.mkdirSync(join(d, 'dir'));
    expect(() => removeWatched(join(d, 'dir'))).toThrow(/EISDIR|EPERM/);
    expect(() => removeWatched(join(d, 'none'))).toThrow(/ENOENT/);
    expect(fs.readdirSync(d).sort()).toEqual(['big', 'dir']);
  });
});

describe('writeAll and createExclusive', () => {
  it('writeAll: a file that ends up another size than written is EIO', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'abc');
    const fd = fs.openSync(join(d, 'f'), 'a');
    try {
      expect(() => writeAll(fd, bytes('xy'))).toThrow(expect.objectContaining({ code: 'EIO', message: 'EIO: 5 of 2 bytes written' }));
    } finally {
      fs.closeSync(fd);
    }
    const fd2 = fs.openSync(join(d, 'g'), 'w');
    try {
      writeAll(fd2, bytes('whole'));
    } finally {
      fs.closeSync(fd2);
    }
    expect(fs.readFileSync(join(d, 'g'), 'utf8')).toBe('whole');
  });

  it('createExclusive: never over a name taken, a link to nothing included; the mode without the type\'s bits', () => {
    const d = fresh();
    fs.symlinkSync(join(d, 'target'), join(d, 'l'));
    expect(() => createExclusive(join(d, 'l'), 0o644)).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(fs.existsSync(join(d, 'target'))).toBe(false);
    // The umask read, not set: a worker thread (Stryker's runner) may not set it.
    fs.closeSync(createExclusive(join(d, 'f'), 0o104777));
    expect(fs.statSync(join(d, 'f')).mode & 0o7777).toBe(0o777 & ~process.umask());
  });
});

describe('lockBeside', () => {
  /** Puts a lock file holding `text` at `path`'s lock, dated `ageMs` ago. */
  function planted(path: string, text: string, ageMs = 0): string {
    const lock = lockPathOf(path);
    fs.writeFileSync(lock, text);
    const t = (Date.now() - ageMs) / 1000;
    fs.utimesSync(lock, t, t);
    return lock;
  }

  it('holds this pid in a 0600 file while taken; the release removes it', () => {
    const f = join(fresh(), 'f');
    const release = lockBeside(f);
    expect(fs.readFileSync(lockPathOf(f), 'utf8')).toBe(`${process.pid}\n`);
    expect(fs.statSync(lockPathOf(f)).mode & 0o777).toBe(0o600);
    release();
    expect(fs.existsSync(lockPathOf(f))).toBe(false);
  });

  it('a release leaves a lock another run took over (stale to it)', () => {
    const f = join(fresh(), 'f');
    const release = lockBeside(f);
    fs.writeFileSync(lockPathOf(f), '1\n');
    release();
    expect(fs.readFileSync(lockPathOf(f), 'utf8')).toBe('1\n');
  });

  it('a directory that is not there: no lock needed, nothing thrown', () => {
    const release = lockBeside(join(fresh(), 'none', 'f'));
    release();
  });

  it('a live run\'s fresh lock is waited for, then refused after waitMs, naming it', () => {
    const f = join(fresh(), 'f');
    const lock = planted(f, '1\n'); // pid 1 is alive, and root's as we are
    if (!asRoot) return;
    expect(() => lockBeside(f, 300)).toThrow(expect.objectContaining({ code: 'ELOCKED', message: `locked by another run (${lock}) for 0 s` }));
    expect(fs.readFileSync(lock, 'utf8')).toBe('1\n');
    // An empty one (being written) is waited for too.
    planted(f, '');
    expect(() => lockBeside(f, 1400)).toThrow(`locked by another run (${lock}) for 1 s`);
  });

  it('taken over when stale: its holder gone, this pid, old, dated ahead, not a pid, too long, no file, another user\'s', () => {
    const cases: [string, (f: string) => void][] = [
      ['gone', f => planted(f, `${NO_PID}\n`)],
      ['this pid', f => planted(f, `${process.pid}\n`)],
      ['old', f => planted(f, '1\n', 31_000)],
      ['ahead', f => planted(f, '1\n', -60_000)],
      ['not a pid', f => planted(f, 'x1\n')],
      ['eleven digits', f => planted(f, '12345678901')],
      ['too long', f => planted(f, `1${' '.repeat(40)}\n`)],
      ['empty and old', f => planted(f, '', 31_000)],
      ['a directory', f => fs.mkdirSync(lockPathOf(f))],
      ['a link', f => fs.symlinkSync('/nonexistent', lockPathOf(f))],
      ...(asRoot ? [['another user\'s', (f: string) => fs.chownSync(planted(f, '1\n'), 4321, 4321)] as [string, (f: string) => void]] : []),
    ];
    for (const [why, plant] of cases) {
      const d = fresh();
      const f = join(d, 'f');
      plant(f);
      const release = lockBeside(f, 200);
      expect(fs.readFileSync(lockPathOf(f), 'utf8'), why).toBe(`${process.pid}\n`);
      release();
      expect(fs.readdirSync(d), why).toEqual([]);
    }
  });

  it('not stale just under the limits: 29 s old, 4 s ahead', () => {
    if (!asRoot) return;
    for (const age of [29_000, -4_000]) {
      const f = join(fresh(), 'f');
      planted(f, '1\n', age);
      expect(() => lockBeside(f, 100), String(age)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    }
  });
});

/**
 * host/node/atomic-write.ts at its edges, in this process, on fresh temporary directories: a temp
 * name taken (five tries, then the error), a write that cannot start or fails half way (the
 * error, no descriptor left open, nothing told twice), lock files at the size bound and with
 * text after the pid, a lock beside a file that is no directory, or in a directory nobody may
 * write (chattr +i: EPERM even for root). atomic-write-calls.test.ts has the ordinary cases.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockBeside, lockPathOf, nextTempBeside, openTemp, ownTemps, ownTempTag, writeAtomically } from '../../host/node/atomic-write.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-atomic-edges-');
const asRoot = process.getuid?.() === 0;
const bytes = (t: string) => new TextEncoder().encode(t);
/** How many descriptors this process has open. */
const openFds = () => fs.readdirSync('/proc/self/fd').length;

/** The next `n` temp names beside `path`, foretold from nextTempBeside's (its counter in base 36). */
function nextTemps(path: string, n: number): string[] {
  const next = nextTempBeside(path);
  const head = `${path.slice(0, path.lastIndexOf('/'))}/.${path.slice(path.lastIndexOf('/') + 1)}.cfwasm-${ownTempTag()}`;
  expect(next.startsWith(head) && next.endsWith('.tmp')).toBe(true);
  const counter = parseInt(next.slice(head.length, -'.tmp'.length), 36);
  return Array.from({ length: n }, (_, i) => `${head}${(counter + i).toString(36)}.tmp`);
}

/** Runs `f` with ownTemps.onTemp recording; the temps it was told of. */
function told(f: () => void): string[] {
  const seen: string[] = [];
  const was = ownTemps.onTemp;
  ownTemps.onTemp = (p) => seen.push(p);
  try {
    f();
  } finally {
    ownTemps.onTemp = was;
  }
  return seen;
}

describe('openTemp', () => {
  it('a name taken costs another; five taken in a row is the error, each told, none listed after', () => {
    const d = fresh();
    const f = join(d, 'f');
    const names = nextTemps(f, 5);
    for (const name of names.slice(0, 4)) fs.writeFileSync(name, 'planted');
    let opened: { temp: string; fd: number } | undefined;
    expect(told(() => { opened = openTemp(f, 0o600, true); })).toEqual(names);
    expect(opened!.temp).toBe(names[4]);
    fs.closeSync(opened!.fd);
    ownTemps.live.delete(opened!.temp);
    for (const name of names.slice(0, 4)) expect(fs.readFileSync(name, 'utf8')).toBe('planted');

    const five = nextTemps(f, 6);
    for (const name of five.slice(0, 5)) fs.writeFileSync(name, 'planted');
    const seen = told(() => expect(() => openTemp(f, 0o600, true)).toThrow(expect.objectContaining({ code: 'EEXIST' })));
    expect(seen).toEqual(five.slice(0, 5));
    expect(fs.existsSync(five[5])).toBe(false);
    expect([...ownTemps.live].filter(p => p.startsWith(d))).toEqual([]);
  });

  it('any other error at once: one name tried, told once, the error thrown', () => {
    const missing = join(fresh(), 'none', 'f');
    const seen = told(() => expect(() => openTemp(missing, 0o600, true)).toThrow(expect.objectContaining({ code: 'ENOENT' })));
    expect(seen).toHaveLength(1);
    expect(nextTempBeside(missing)).not.toBe(seen[0]);
  });

  it('writeAtomically into a directory that is not there: ENOENT, nothing made, nothing left listed', () => {
    const d = fresh();
    expect(() => writeAtomically(join(d, 'none', 'f'), bytes('x'), { mode: 0o644 })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(fs.readdirSync(d)).toEqual([]);
    expect([...ownTemps.live].filter(p => p.startsWith(d))).toEqual([]);
  });
});

describe('descriptors', () => {
  it('a write that fails before its temp is closed closes it (and removes the temp)', () => {
    const d = fresh();
    const before = openFds();
    for (let i = 0; i < 5; i++) {
      expect(() => writeAtomically(join(d, 'f'), { size: 9, writeTo: (fd) => { fs.writeSync(fd, 'short'); } }, { mode: 0o644 }))
        .toThrow('EIO: 5 of 9 bytes written');
    }
    expect(openFds()).toBe(before);
    expect(fs.readdirSync(d)).toEqual([]);
  });

  it('taking, waiting on and releasing locks leaves no descriptor open', () => {
    const d = fresh();
    const f = join(d, 'f');
    const before = openFds();
    for (let i = 0; i < 5; i++) {
      lockBeside(f)();
      fs.writeFileSync(lockPathOf(f), '2147483646\n'); // no such pid: stale, read and taken over
      lockBeside(f)();
    }
    expect(openFds()).toBe(before);
    expect(fs.readdirSync(d)).toEqual([]);
  });
});

describe('lock files', () => {
  /** Plants `text` as the lock of `path` (fresh: not old) and returns the lock's path. */
  const plant = (path: string, text: string) => {
    fs.writeFileSync(lockPathOf(path), text);
    return lockPathOf(path);
  };

  it.skipIf(!asRoot)('32 bytes is a lock (pid 1\'s, alive: waited for); 32 with text after the pid, or 33, is not', () => {
    const f = join(fresh(), 'f');
    const lock = plant(f, `1${' '.repeat(30)}\n`);
    expect(fs.statSync(lock).size).toBe(32);
    expect(() => lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(`1${' '.repeat(30)}\n`);
    for (const text of [`1${' '.repeat(30)}x`, `1${' '.repeat(31)}\n`, '1x\n', '1 2\n']) {
      plant(f, text);
      const release = lockBeside(f, 100);
      expect(fs.readFileSync(lock, 'utf8'), JSON.stringify(text)).toBe(`${process.pid}\n`);
      release();
      expect(fs.existsSync(lock)).toBe(false);
    }
  });

  it('beside a path whose directory is a file: ENOTDIR at once, not a wait', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'file'), 'x');
    expect(() => lockBeside(join(d, 'file', 'f'), 1_000)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('in a directory where no file can be made (immutable: EPERM even for root), no lock is needed', (ctx) => {
    const d = fresh();
    try {
      execFileSync('chattr', ['+i', d], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // no chattr, or a file system without the attribute
    }
    try {
      const release = lockBeside(join(d, 'f'), 5_000);
      release();
      expect(fs.readdirSync(d)).toEqual([]);
      expect(() => writeAtomically(join(d, 'f'), bytes('x'), { mode: 0o644, locked: true })).toThrow(expect.objectContaining({ code: 'EPERM' }));
    } finally {
      execFileSync('chattr', ['-i', d]);
    }
  });
});

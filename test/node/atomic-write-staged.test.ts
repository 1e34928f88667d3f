/**
 * host/node/atomic-write.ts at the moments only a staged system call shows: byte-fs.ts's calls
 * wrapped (per case: `hooks`) in a fresh module instance, so that a race happens exactly between
 * two of its calls (a lock replaced after its lstat, gone before it is moved aside, a fresh one
 * taken meanwhile; a directory put where a file was), write(2) writes less than asked or nothing
 * (a disk filling up), and the crash test's pause (CFWASM_TEST_PAUSE_MID_WRITE, read at load) is
 * reached with Atomics.wait made to throw instead of sleeping for good. Module-level values (the
 * temp name pattern) are only mutated in a fresh instance, so its name checks are here too.
 */
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-atomic-staged-');
const BYTE_FS = '../../host/node/byte-fs.js';
/** A pid no process has (above any pid_max). */
const NO_PID = 2 ** 31 - 2;
const bytes = (t: string) => new TextEncoder().encode(t);

type Call = (...args: never[]) => unknown;
/** Per case: byte-fs.ts calls replaced (each gets the real one's arguments; node:fs does the real work). */
const hooks: { openSync?: Call; readSync?: Call; writeSync?: Call; renameSync?: Call; lstatSync?: Call; lstatIfAny?: Call; fstatSync?: Call } = {};

afterEach(() => {
  for (const k of Object.keys(hooks) as (keyof typeof hooks)[]) delete hooks[k];
  vi.restoreAllMocks();
  vi.doUnmock(BYTE_FS);
  delete process.env.CFWASM_TEST_PAUSE_MID_WRITE;
});
// Under Stryker one module cache serves every test file and run: the last fresh instance (its
// byte-fs wrapped, maybe its pause set) must not be what the next file imports.
afterAll(() => {
  vi.resetModules();
});

/** atomic-write.ts afresh over a byte-fs.ts whose calls go through `hooks` (CFWASM_TEST_PAUSE_MID_WRITE=`pause` if given). */
async function staged(pause?: string) {
  if (pause) process.env.CFWASM_TEST_PAUSE_MID_WRITE = pause;
  vi.doMock(BYTE_FS, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../host/node/byte-fs.js')>();
    const through = (k: keyof typeof hooks) => (...a: never[]) => (hooks[k] ?? (real[k] as Call))(...a);
    return { ...real, openSync: through('openSync'), readSync: through('readSync'), writeSync: through('writeSync'), renameSync: through('renameSync'),
      lstatSync: through('lstatSync'), lstatIfAny: through('lstatIfAny'), fstatSync: through('fstatSync') };
  });
  vi.resetModules();
  return await import('../../host/node/atomic-write.js');
}

/** A case of lockBeside: atomic-write.ts staged, a file `f` in a fresh directory, and its lock's path. */
async function lockCase() {
  const a = await staged();
  const f = join(fresh(), 'f');
  return { a, f, lock: a.lockPathOf(f) };
}

/** Plants `text` as the lock of `path`, dated `ageMs` ago (integer seconds when `exact`). */
function plantLock(lock: string, text: string, ageMs = 0) {
  fs.writeFileSync(lock, text);
  const t = (Date.now() - ageMs) / 1000;
  fs.utimesSync(lock, t, t);
}
/**
 * Puts a new file holding `text` at `path` in place of what is there, as another inode: made
 * beside it first, then renamed over it. (Removed first and made again, it would get the same
 * inode number back at once: ext4 and tmpfs reuse a freed one.)
 */
function replaceWith(path: string, text: string) {
  fs.writeFileSync(`${path}.other`, text);
  fs.renameSync(`${path}.other`, path);
}
/**
 * The stat hooks report inode number `from` as `to` (what ext4 and tmpfs do when a number is freed
 * and taken again at once; staged, since in a full test run another process may take it first).
 */
function reportInode(from: number, to: number) {
  const as = <T extends fs.Stats | undefined>(st: T): T =>
    (st && st.ino === from ? Object.assign(Object.create(Object.getPrototypeOf(st)), st, { ino: to }) : st);
  hooks.lstatSync = ((...a: Parameters<typeof fs.lstatSync>) => as(fs.lstatSync(...a) as fs.Stats)) as Call;
  hooks.lstatIfAny = ((p: string) => as(fs.lstatSync(p, { throwIfNoEntry: false }))) as Call;
  hooks.fstatSync = ((fd: number) => as(fs.fstatSync(fd))) as Call;
}
/** A live process of ours that is not this one: a lock naming it is held. */
const LIVE = `${process.ppid}\n`;
/**
 * The wait allowed where the lock is to be taken over: lockBeside checks the time after breaking a
 * stale lock and before taking it, so on a loaded machine a short limit could run out in between.
 */
const TAKEN_WITHIN = 10_000;
/** Whether an open of `flags` is readLock's (O_NONBLOCK: a lock is only ever read so). */
const reading = (flags: unknown) => typeof flags === 'number' && (flags & fs.constants.O_NONBLOCK) !== 0;
/** The write hook: at most `chunk` bytes a call (as write(2) may), every call recorded; 1,000 calls at most (a loop that never ends fails). */
function shortWrites(chunk: number, calls: [number, number][], after?: (n: number) => number) {
  hooks.writeSync = ((fd: number, buf: Uint8Array, off: number, len: number) => {
    calls.push([off, len]);
    if (calls.length > 1000) throw new Error('still writing after 1,000 calls');
    const n = fs.writeSync(fd, buf, off, Math.min(len, chunk));
    return after ? after(n) : n;
  }) as Call;
}

describe('temp names (a fresh instance: the pattern is the module\'s own)', () => {
  it('a dead writer\'s temp is known by its whole name: hidden, any name with dots, a counter of two digits; nothing else', async () => {
    const a = await staged();
    const d = fresh();
    const tag = `${NO_PID}-0123456789abcdef`;
    const gone = [`.some.long.name.cfwasm-${tag}1z.tmp`, `.f.cfwasm-${tag}0.tmp`];
    const other = [`x.f.cfwasm-${tag}0.tmp`, `.f.cfwasm-${NO_PID}-abc0.tmp`, `.f.cfwasm-${tag}0.tmp.x`, `.f.cfwasm-${tag}.tmp`];
    for (const name of [...gone, ...other]) fs.writeFileSync(join(d, name), '');
    expect(a.removeStaleTemps(d).sort()).toEqual([...gone].sort());
    expect(fs.readdirSync(d).sort()).toEqual([...other].sort());
  });

  it('the tag\'s bits are /dev/urandom\'s, as read', async () => {
    const reads: number[] = [];
    hooks.readSync = ((fd: number, buf: Buffer) => {
      reads.push(buf.length);
      buf.fill(0xab);
      return buf.length;
    }) as Call;
    const a = await staged();
    expect(a.ownTempTag()).toBe(`${process.pid}-${'ab'.repeat(8)}`);
    expect(reads).toEqual([8]);
  });

  it('another user\'s live writer (kill says EPERM): its temp is left', async () => {
    const a = await staged();
    const d = fresh();
    const name = `.f.cfwasm-${NO_PID}-0123456789abcdef0.tmp`;
    fs.writeFileSync(join(d, name), '');
    const kill = process.kill.bind(process);
    vi.spyOn(process, 'kill').mockImplementation((pid: number, signal?: string | number) => {
      if (pid === NO_PID) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return kill(pid, signal);
    });
    expect(a.removeStaleTemps(d)).toEqual([]);
    expect(fs.readdirSync(d)).toEqual([name]);
  });
});

describe('write(2) writing less than asked', () => {
  it('the rest asked for again from where it stopped, until all is written', async () => {
    const a = await staged();
    const d = fresh();
    const content = new Uint8Array(10_000).map((_, i) => i * 7);
    const calls: [number, number][] = [];
    shortWrites(4096, calls);
    a.writeAtomically(join(d, 'f'), content, { mode: 0o644 });
    expect(calls).toEqual([[0, 10_000], [4096, 5904], [8192, 1808]]);
    expect(fs.readFileSync(join(d, 'f')).equals(content)).toBe(true);
  });

  it('nothing written (a full disk): ENOSPC, the temp removed, the file as it was; with the crash test\'s pause set too (a small write never pauses)', async () => {
    for (const pause of [undefined, 'pause']) {
      const d = fresh();
      const a = await staged(pause && join(d, pause));
      fs.writeFileSync(join(d, 'f'), 'old');
      const calls: [number, number][] = [];
      shortWrites(4096, calls, n => (calls.length === 1 ? n : 0));
      expect(() => a.writeAtomically(join(d, 'f'), new Uint8Array(10_000), { mode: 0o644 }))
        .toThrow(expect.objectContaining({ code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' }));
      expect(calls).toEqual([[0, 10_000], [4096, 5904]]);
      expect(fs.readdirSync(d)).toEqual(['f']);
      expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('old');
    }
  });
});

describe('the crash test\'s pause (Atomics.wait made to throw: it would sleep for good)', () => {
  /** Atomics.wait throwing "paused" after `seen()`; its arguments recorded. */
  function paused(seen: () => void = () => {}) {
    const waits: unknown[][] = [];
    vi.spyOn(Atomics, 'wait').mockImplementation((...args: unknown[]) => {
      waits.push(args.slice(1));
      seen();
      throw new Error('paused');
    });
    return waits;
  }

  it('pauseIfMidWrite at exactly half of exactly 1 MiB: the flag file holds the pid, then it waits', async () => {
    const d = fresh();
    const a = await staged(join(d, 'flag'));
    const waits = paused();
    expect(() => a.pauseIfMidWrite(1 << 19, 1 << 20)).toThrow('paused');
    expect(fs.readFileSync(join(d, 'flag'), 'utf8')).toBe(`${process.pid}\n`);
    expect(waits).toEqual([[0, 0, 60_000]]);
  });

  it('a write of 1 MiB and more pauses with exactly its first half in the temp, short writes and all; then nothing is left', async () => {
    for (const size of [1 << 20, (1 << 20) + 12_345]) {
      const d = fresh();
      const a = await staged(join(d, 'flag'));
      const content = new Uint8Array(size).map((_, i) => i % 251);
      const calls: [number, number][] = [];
      shortWrites(100_000, calls);
      const atPause: { temp?: Buffer } = {};
      paused(() => {
        const name = fs.readdirSync(d).find(n => n.startsWith('.f.cfwasm-'))!;
        atPause.temp = fs.readFileSync(join(d, name));
      });
      expect(() => a.writeAtomically(join(d, 'f'), content, { mode: 0o644 }), String(size)).toThrow('paused');
      expect(atPause.temp!.equals(Buffer.from(content.subarray(0, size >> 1))), String(size)).toBe(true);
      expect(calls.every(([off, len]) => off + len === size >> 1)).toBe(true);
      expect(fs.readdirSync(d)).toEqual(['flag']);
    }
  });
});

describe('removeSoon', () => {
  it('a directory put where the big file was, just before it is moved aside: moved back, and refused as unlink refuses it', async () => {
    const a = await staged();
    const d = fresh();
    const f = join(d, 'big');
    fs.writeFileSync(f, new Uint8Array(1 << 16));
    hooks.renameSync = ((from: string, to: string) => {
      if (from === f) {
        fs.mkdirSync(`${f}.dir`); // another inode than the file's
        fs.rmSync(f);
        fs.renameSync(`${f}.dir`, f);
      }
      return fs.renameSync(from, to);
    }) as Call;
    expect(() => a.removeSoon(f)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(fs.statSync(f).isDirectory()).toBe(true);
    expect(fs.readdirSync(d)).toEqual(['big']);
    expect([...a.ownTemps.live].filter(t => t.startsWith(d))).toEqual([]);
  });

  it('a directory made where the big file was, with its freed inode number (staged): moved back too, not hidden under a temp name', async () => {
    const a = await staged();
    const d = fresh();
    const f = join(d, 'big');
    fs.writeFileSync(f, new Uint8Array(1 << 16));
    const ino = fs.lstatSync(f).ino;
    hooks.renameSync = ((from: string, to: string) => {
      if (from === f) {
        fs.rmSync(f);
        fs.mkdirSync(f);
        reportInode(fs.lstatSync(f).ino, ino); // the file's freed number, given to the directory
      }
      return fs.renameSync(from, to);
    }) as Call;
    expect(() => a.removeSoon(f)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(fs.statSync(f).isDirectory()).toBe(true);
    expect(fs.readdirSync(d)).toEqual(['big']);
  });
});

describe('lockBeside', () => {
  it('waits 1 ms, then twice as long each time, at most 50 ms, until the holder lets go', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, LIVE);
    const waits: number[] = [];
    vi.spyOn(Atomics, 'wait').mockImplementation((_a, _i, _v, ms) => {
      waits.push(ms!);
      if (waits.length === 9) fs.rmSync(lock); // the holder is done
      return 'timed-out';
    });
    const release = a.lockBeside(f, TAKEN_WITHIN);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 50, 50, 50]);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('no lock file can be made for want of rights or a read-only file system: none needed, none made', async () => {
    for (const code of ['EACCES', 'EROFS', 'EPERM', 'ENOENT']) {
      const a = await staged();
      const d = fresh();
      const f = join(d, 'f');
      hooks.openSync = ((p: string, flags: number, mode?: number) => {
        if (p === a.lockPathOf(f)) throw Object.assign(new Error(`${code}: open`), { code });
        return fs.openSync(p, flags, mode);
      }) as Call;
      const release = a.lockBeside(f, TAKEN_WITHIN);
      release();
      expect(fs.readdirSync(d), code).toEqual([]);
    }
  });

  it('a lock that lstat shows is no regular file of a few bytes is taken over without being opened (a FIFO, 33 bytes)', async () => {
    const plants: [string, (lock: string) => void][] = [
      ['FIFO', lock => expect(spawnSync('mkfifo', [lock]).status).toBe(0)],
      ['33 bytes naming a live pid', lock => plantLock(lock, `${process.ppid}${' '.repeat(32 - String(process.ppid).length)}\n`)],
    ];
    for (const [what, plant] of plants) {
      const a = await staged();
      const f = join(fresh(), 'f');
      const lock = a.lockPathOf(f);
      plant(lock);
      const reads: string[] = [];
      hooks.openSync = ((p: string, flags: number, mode?: number) => {
        if (reading(flags)) reads.push(p);
        return fs.openSync(p, flags, mode);
      }) as Call;
      const release = a.lockBeside(f, TAKEN_WITHIN);
      expect(reads, what).toEqual([]);
      expect(fs.readFileSync(lock, 'utf8'), what).toBe(`${process.pid}\n`);
      release();
    }
  });

  it('a link swapped in for the instant of the open after its lstat, a live lock again after: looked at again, so held, and waited for', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, LIVE);
    let opens = 0;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      if (!(reading(flags) && p === lock)) return fs.openSync(p, flags, mode);
      if (++opens > 1) return fs.openSync(p, flags, mode);
      fs.rmSync(lock);
      fs.symlinkSync('/dev/null', lock);
      try {
        return fs.openSync(p, flags, mode); // ELOOP: O_NOFOLLOW
      } finally {
        fs.rmSync(lock);
        plantLock(lock, LIVE); // a regular file naming a live pid again, for every later look
      }
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
    expect(opens).toBeGreaterThan(1);
  });

  it('a name that is another file at every open after its lstat: each look ends (four tries, then stale), and the lock is never taken from under the swapper', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, LIVE);
    let swaps = 0;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      if (reading(flags) && p === lock && fs.existsSync(lock)) {
        swaps++;
        replaceWith(lock, LIVE); // another inode at every look
      }
      return fs.openSync(p, flags, mode);
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
    expect(swaps).toBeGreaterThanOrEqual(4);
  });

  it('a lock removed after its lstat and taken by another run before this one looks again: released meanwhile, so the new one is waited for', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    let once = true;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      if (!(once && reading(flags) && p === lock)) return fs.openSync(p, flags, mode);
      once = false;
      fs.rmSync(lock);
      try {
        return fs.openSync(p, flags, mode); // ENOENT
      } finally {
        plantLock(lock, LIVE); // the other run's
      }
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
  });

  it('a lock replaced by another file after its lstat (a run that broke a stale lock and took its own): looked at again, held, waited for', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`); // stale: its holder is gone
    let once = true;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      if (once && reading(flags) && p === lock) {
        once = false;
        replaceWith(lock, LIVE); // the other run's fresh lock, another inode
      }
      return fs.openSync(p, flags, mode);
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
  });

  it('a lock longer than 32 bytes when it is read (a live pid, then blanks), though not at its lstat, is not a lock of ours: taken over', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, LIVE);
    let lockFd = -1;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      const fd = fs.openSync(p, flags, mode);
      if (lockFd === -1 && reading(flags) && p === lock) {
        lockFd = fd;
        fs.appendFileSync(lock, ' '.repeat(40)); // grown after the lstat...
      }
      return fd;
    }) as Call;
    hooks.readSync = ((fd: number, ...rest: never[]) => {
      const n = (fs.readSync as Call)(fd, ...rest);
      if (fd === lockFd) {
        fs.truncateSync(lock, LIVE.length); // ...and back once read: every later look finds a live lock
        lockFd = -2; // once (a later open may be given the same descriptor number)
      }
      return n;
    }) as Call;
    const release = a.lockBeside(f, TAKEN_WITHIN);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('30 s old exactly, or 5 s ahead exactly, is still held; a millisecond more is stale', async () => {
    for (const [ageMs, taken] of [[30_000, false], [30_001, true], [-5_000, false], [-5_001, true]] as const) {
      const a = await staged();
      const f = join(fresh(), 'f');
      const lock = a.lockPathOf(f);
      fs.writeFileSync(lock, LIVE);
      const mtime = Math.floor(Date.now() / 1000) - 100;
      fs.utimesSync(lock, mtime, mtime);
      // lockBeside reads the clock as it starts, then breakIfStale for the lock's age, then for how
      // long it waited: made to have waited past its limit at that third reading.
      let reads = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => (++reads <= 2 ? mtime * 1000 + ageMs : mtime * 1000 + ageMs + 3_600_000));
      if (taken) { // broken, and taken at once (the clock no longer matters then)
        const release = a.lockBeside(f, 1_000);
        expect(fs.readFileSync(lock, 'utf8'), String(ageMs)).toBe(`${process.pid}\n`);
        release();
      } else {
        expect(() => a.lockBeside(f, 1_000), String(ageMs)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
        expect(fs.readFileSync(lock, 'utf8'), String(ageMs)).toBe(LIVE);
      }
      vi.restoreAllMocks();
    }
  });

  it('waited for waitMs in full: at exactly waitMs it tries once more (and gets it if the holder let go), past it the error', async () => {
    for (const [past, taken] of [[0, true], [1, false]] as const) {
      const a = await staged();
      const f = join(fresh(), 'f');
      const lock = a.lockPathOf(f);
      plantLock(lock, LIVE);
      // The clock: lockBeside's start, the lock's age (fresh), then how long it has waited.
      const start = Date.now();
      let reads = 0;
      vi.spyOn(Date, 'now').mockImplementation(() => (++reads <= 2 ? start : start + 1_000 + past));
      vi.spyOn(Atomics, 'wait').mockImplementation(() => {
        fs.rmSync(lock); // the holder lets go while this run pauses
        return 'timed-out';
      });
      if (taken) {
        const release = a.lockBeside(f, 1_000);
        expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
        release();
      } else {
        expect(() => a.lockBeside(f, 1_000)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
        expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
      }
    }
  });

  it('a lock owned by another user than this process\'s effective one is no lock of a run beside it: taken over', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, LIVE);
    const owner = fs.statSync(lock).uid;
    vi.spyOn(process, 'geteuid').mockReturnValue(owner === 0 ? 4321 : owner + 1);
    const release = a.lockBeside(f, TAKEN_WITHIN);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('a stale lock gone just before it is moved aside: taken at the next try', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    hooks.renameSync = ((from: string, to: string) => {
      if (from === lock) fs.rmSync(lock);
      return fs.renameSync(from, to);
    }) as Call;
    const release = a.lockBeside(f, TAKEN_WITHIN);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(fs.readdirSync(join(f, '..'))).toEqual([]);
  });

  it('a stale lock whose breaking outlasts the whole wait (a loaded machine): taken at once all the same, not given up', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    const now = Date.now();
    hooks.renameSync = ((from: string, to: string) => {
      if (from === lock) vi.spyOn(Date, 'now').mockReturnValue(now + 60_000); // a minute passes
      return fs.renameSync(from, to);
    }) as Call;
    const release = a.lockBeside(f, 100);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('stale locks planted again after every break: three taken-at-once retries, then the deadline holds (ELOCKED, no endless loop)', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    let breaks = 0;
    const real = fs.renameSync;
    hooks.renameSync = ((from: string, to: string) => {
      real(from, to);
      if (from === lock) {
        breaks++;
        plantLock(lock, `${NO_PID}\n`); // stale again at once
      }
    }) as Call;
    hooks.openSync = ((p: string, flags: number, mode?: number) => {
      // Creating the lock always finds the planted one (as if planted again just before).
      if (p === lock && !reading(flags) && breaks > 0 && !fs.existsSync(lock)) plantLock(lock, `${NO_PID}\n`);
      return fs.openSync(p, flags, mode);
    }) as Call;
    expect(() => a.lockBeside(f, 50)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(breaks).toBeGreaterThan(3);
  });

  it('a fresh lock another run took just before the stale one was moved aside: given back, and waited for', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    let once = true;
    hooks.renameSync = ((from: string, to: string) => {
      if (once && from === lock) {
        once = false;
        replaceWith(lock, LIVE); // the other run broke it first and holds it now
      }
      return fs.renameSync(from, to);
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
    expect(fs.readdirSync(join(f, '..'))).toEqual(['.f.cfwasm-lock']);
  });
  it('a fresh lock another run took with the stale one\'s inode number (freed and given back; staged): given back, and waited for', async () => {
    const { a, f, lock } = await lockCase();
    plantLock(lock, `${NO_PID}\n`);
    const ino = fs.lstatSync(lock).ino;
    let once = true;
    hooks.renameSync = ((from: string, to: string) => {
      if (once && from === lock) {
        once = false;
        // The other run broke the stale lock first (removed it) and took a new one, which got
        // the freed inode number back.
        fs.rmSync(lock);
        fs.writeFileSync(lock, LIVE);
        reportInode(fs.lstatSync(lock).ino, ino);
      }
      return fs.renameSync(from, to);
    }) as Call;
    expect(() => a.lockBeside(f, 100)).toThrow(expect.objectContaining({ code: 'ELOCKED' }));
    expect(fs.readFileSync(lock, 'utf8')).toBe(LIVE);
    expect(fs.readdirSync(join(f, '..'))).toEqual(['.f.cfwasm-lock']);
  });
});

/**
 * @fileoverview The one way cfwasm writes a file on a real machine (edits, copies, files made,
 * disable, the state directory, the policy cache, `fmt --write`): a temp file beside the target,
 * created exclusively (O_EXCL|O_NOFOLLOW: never through a link planted there) under an
 * unpredictable name, written in full (short writes continued; a full disk or a file-size limit
 * is an error, never a shorter file), its size checked on the descriptor, mode and owner set on
 * the descriptor, synced, then renamed over the target. Anything that fails removes the temp and
 * leaves the target as it was.
 *
 * Also the advisory lock beside a file (`lockBeside`): an exclusively created file holding the
 * holder's pid; one whose holder has ended is stale and taken over. Node has no flock(2). A lock
 * file is only ever looked at with lstat and opened O_NOFOLLOW|O_NONBLOCK: anything but a regular
 * file of a few bytes (a link to /dev/zero, a FIFO), or one dated in the future, is stale.
 *
 * A temp's name holds its writer's pid, so a later run can remove the temps of a writer that is
 * gone (removeStaleTemps); each temp is told to `ownTemps.onTemp` before it is made, which the CLI
 * points at the helper that removes a killed run's temps (temp-reaper.ts).
 */
import { unlink } from 'node:fs';
import * as fs from './byte-fs.js'; // names are bytes, as in the host

export interface AtomicWriteOptions {
  /** Permission bits of the new file (set with fchmod, so the umask does not narrow them). */
  mode: number;
  /** Owner and group of the new file (fchown; only root may give a file away). */
  owner?: { uid: number; gid: number };
  /** fsync before the rename (default true): after a power cut the file is old or new, not empty. */
  durable?: boolean;
  /**
   * Take the lock beside `path` (lockBeside) from the moment the temp is complete until it is
   * renamed: concurrent writers of one file then replace it one at a time.
   */
  locked?: boolean;
  /** Runs after the temp is complete, just before the rename (under the lock if `locked`): a
   * check that the file is still the one the new contents came from, a backup. */
  beforeRename?: () => void;
  /** Never replace a file at `path` (link(2) instead of rename): EEXIST if there is one. */
  noReplace?: boolean;
  /**
   * The state directory's files: every run writes there, and its first write there removes the
   * temps of runs that are gone (removeStaleTemps), so a killed run's temp needs no helper
   * (`ownTemps.onTemp` is not told: a converged run starts no process).
   */
  leftForNextRun?: boolean;
  /**
   * The directory to make the temp and rename in, as the caller pinned it (`/proc/self/fd/N` of
   * the target's directory, opened and checked: node-host.ts inPinnedDir): a directory on the way
   * swapped for a link after the caller's check cannot send the temp or the rename elsewhere.
   * The names kept (ownTemps, the temp reaper) stay the real ones.
   */
  at?: string;
}

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
const O_CLOEXEC = (fs.constants as Record<string, number>).O_CLOEXEC ?? 0;
const EXCLUSIVE = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;

function splitPath(path: string): { dir: string; name: string } {
  const slash = path.lastIndexOf('/');
  return { dir: slash < 0 ? '.' : path.slice(0, slash) || '/', name: path.slice(slash + 1) };
}

let seed = '';
let counter = 0;

/**
 * This process's 64 random bits, in hex, read once from /dev/urandom (node:crypto would cost a
 * small run several milliseconds to load): with a counter, names nobody can guess in advance.
 */
function randomSeed(): string {
  if (!seed) {
    const bytes = Buffer.alloc(8);
    try {
      const fd = fs.openSync('/dev/urandom', 'r');
      try {
        fs.readSync(fd, bytes, 0, 8, null);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      for (let i = 0; i < 8; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    seed = bytes.toString('hex');
  }
  return seed;
}

/**
 * What every temp name of this process holds after `.cfwasm-`: its pid and its random bits
 * (`PID-RANDOM`); no other process's temps hold it. Fixed once the first temp is named.
 */
export function ownTempTag(): string {
  return `${process.pid}-${randomSeed()}`;
}

/**
 * A fresh temp name beside `path`: `.NAME.cfwasm-PID-RANDOM.tmp` (no two runs pick the same; the
 * pid says whose it is, for removeStaleTemps).
 */
export function tempBeside(path: string): string {
  const { dir, name } = splitPath(path);
  return `${dir}/.${name}.cfwasm-${ownTempTag()}${(counter++).toString(36)}.tmp`;
}

/** A temp of tempBeside's, with its writer's pid. */
const TEMP_NAME = /^\..*\.cfwasm-(\d+)-[0-9a-f]{16}[0-9a-z]+\.tmp$/s;

/**
 * The temps this process has made and not yet renamed or removed (a temp is listed before it is
 * created: it may exist, or not yet), who is told of each new one, and who is told that temps
 * are likely soon (a big file about to be read for an edit: node-host.ts readFileInto).
 */
export const ownTemps = {
  live: new Set<string>(),
  onTemp: null as ((path: string) => void) | null,
  expected: null as (() => void) | null,
  /**
   * Told of a private directory this run made for its temps alone (a command's output without a
   * state directory): removed, once empty, if the run is killed (temp-reaper.ts).
   */
  onOwnDir: null as ((dir: string) => void) | null,
};

/**
 * Directories whose stale temps this run removed already (once each: at its first write there,
 * or when the state directory was checked, state-dir.ts).
 */
const swept = new Set<string>();

/**
 * Removes the temps of writers that are gone from directory `dir`: `.NAME.cfwasm-PID-….tmp` whose
 * PID is no running process (or is this process, which did not make it: a killed run had the same
 * pid, as pid 1 in a container). A temp of a live writer is left alone. Returns the names removed.
 */
export function removeStaleTemps(dir: string, names?: string[]): string[] {
  const removed: string[] = [];
  let list: string[];
  try {
    list = names ?? fs.readdirSync(dir);
  } catch {
    return removed;
  }
  swept.add(dir);
  for (const name of list) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const path = `${dir}/${name}`;
    const pid = Number(m[1]);
    if (ownTemps.live.has(path) || (pid !== process.pid && alive(pid))) continue;
    try {
      fs.unlinkSync(path);
      removed.push(name);
    } catch { /* removed meanwhile, or a directory */ }
  }
  return removed;
}


/**
 * The name the next tempBeside(path) will give, without taking it: for tests that plant a link
 * or a file exactly where the next write will open its temp.
 */
export function nextTempBeside(path: string): string {
  const { dir, name } = splitPath(path);
  return `${dir}/.${name}.cfwasm-${ownTempTag()}${counter.toString(36)}.tmp`;
}

/** `path`'s name in directory `at` (a pinned directory) if given, else `path`. */
function via(path: string, at?: string): string {
  return at === undefined ? path : `${at}/${path.slice(path.lastIndexOf('/') + 1)}`;
}

/** Opens a new file exclusively: fails if anything, a link included, is at `path`. */
export function createExclusive(path: string, mode: number): number {
  return fs.openSync(path, EXCLUSIVE, mode & 0o777);
}

/**
 * A new temp file beside `path`, opened exclusively. Something already at the name (nobody can
 * guess it, but a link planted there must never be written through) only costs another name.
 * `flags` replaces O_WRONLY (O_RDWR: a command's output, read back on the same descriptor).
 */
export function openTemp(path: string, mode: number, tell: boolean, flags = O_WRONLY, at?: string): { temp: string; fd: number } {
  for (let tries = 1; ; tries++) {
    const temp = tempBeside(path);
    // Listed before it exists: a signal between the two leaves nothing unlisted (ownTemps).
    ownTemps.live.add(temp);
    if (tell) ownTemps.onTemp?.(temp);
    try {
      return { temp, fd: fs.openSync(via(temp, at), (EXCLUSIVE & ~O_WRONLY) | flags, mode & 0o777) };
    } catch (e) {
      ownTemps.live.delete(temp);
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries === 5) throw e;
    }
  }
}

/**
 * Writes all of `content` at the descriptor's position: write(2) may write less than asked (a
 * disk filling up, a file-size limit reached part way); the rest is written again, and the error
 * that stops it (ENOSPC, EFBIG, EDQUOT) is thrown rather than taken for the end.
 */
export function writeAll(fd: number, content: Uint8Array): void {
  let done = 0;
  if (PAUSE_MID_WRITE && content.length >= 1 << 20) done = pauseMidWrite(fd, content);
  while (done < content.length) {
    const n = fs.writeSync(fd, content, done, content.length - done);
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    done += n;
  }
  const size = fs.fstatSync(fd).size;
  if (size !== content.length) {
    throw Object.assign(new Error(`EIO: ${size} of ${content.length} bytes written`), { code: 'EIO' });
  }
}

/**
 * For the crash-safety test only: with CFWASM_TEST_PAUSE_MID_WRITE=FILE, a write of 1 MiB or more
 * (whole, or streamed by a copy) stops once half is written, creates FILE and waits there to be
 * killed, so the kill lands inside the write every time instead of when a timer happens to fire.
 */
const PAUSE_MID_WRITE = process.env.CFWASM_TEST_PAUSE_MID_WRITE;

/** Called as a write goes: `done` of `total` bytes written. */
export function pauseIfMidWrite(done: number, total: number): void {
  if (!PAUSE_MID_WRITE || total < 1 << 20 || done < total >> 1) return;
  fs.writeFileSync(PAUSE_MID_WRITE, `${process.pid}\n`);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) Atomics.wait(sleeper, 0, 0, 60_000);
}

function pauseMidWrite(fd: number, content: Uint8Array): number {
  const half = content.length >> 1;
  let done = 0;
  while (done < half) done += fs.writeSync(fd, content, done, half - done);
  pauseIfMidWrite(done, content.length);
  return done;
}

/**
 * Contents that arrive while they are written (a copy from a server): `writeTo` writes all `size`
 * bytes into the temp file's descriptor from offset 0, or throws.
 */
export interface StreamedContent { size: number; writeTo: (fd: number) => void }

/** Replaces (or creates) `path` with `content`: complete or not at all (see the file comment). */
export function writeAtomically(path: string, content: Uint8Array | StreamedContent, options: AtomicWriteOptions): void {
  const { dir } = splitPath(path);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeStaleTemps(dir);
  }
  // 0600 until complete: the final mode (maybe wider, maybe setuid) comes after the owner.
  const at = options.at;
  const { temp, fd } = openTemp(path, 0o600, !options.leftForNextRun, O_WRONLY, at);
  let open = true;
  try {
    if (content instanceof Uint8Array) writeAll(fd, content);
    else {
      content.writeTo(fd);
      const size = fs.fstatSync(fd).size;
      if (size !== content.size) throw Object.assign(new Error(`EIO: ${size} of ${content.size} bytes written`), { code: 'EIO' });
    }
    // Owner first: chown clears the setuid and setgid bits, which the mode then restores.
    if (options.owner) fs.fchownSync(fd, options.owner.uid, options.owner.gid);
    fs.fchmodSync(fd, options.mode & 0o7777);
    if (options.durable !== false) fs.fsyncSync(fd);
    open = false;
    fs.closeSync(fd); // may report a deferred write error (NFS)
    const release = options.locked ? lockBeside(path) : null;
    try {
      options.beforeRename?.();
      if (options.noReplace) {
        fs.linkSync(via(temp, at), via(path, at));
        fs.unlinkSync(via(temp, at));
      } else fs.renameSync(via(temp, at), via(path, at));
      ownTemps.live.delete(temp);
    } finally {
      release?.();
    }
  } catch (e) {
    if (open) fs.closeSync(fd);
    try {
      fs.unlinkSync(via(temp, at));
    } catch { /* already gone */ }
    ownTemps.live.delete(temp);
    throw e;
  }
}

/** A file this big is freed off the run's path by removeSoon (ext4 takes ≈1 ms per MB). */
const REMOVE_LATER_BYTES = 1 << 16;

/**
 * Removes the file at `path` now as far as its name goes: a big regular file (an old backup being
 * replaced) is renamed aside to a temp name of this process (told as any temp: a run killed
 * before the end leaves nothing) and its blocks freed by an unlink on Node's thread pool while the
 * run goes on; anything else is unlinked at once. Throws as unlinkSync does (none, a directory).
 */
export function removeSoon(path: string): void {
  const st = fs.lstatIfAny(path);
  if (st?.isFile() && st.size >= REMOVE_LATER_BYTES) {
    const aside = tempBeside(path);
    ownTemps.live.add(aside);
    ownTemps.onTemp?.(aside);
    try {
      fs.renameSync(path, aside);
      // The very file looked at (a directory put there meanwhile goes back, and is refused below;
      // it may have the file's freed inode number).
      const now = fs.lstatIfAny(aside);
      if (now?.isFile() && now.ino === st.ino) {
        unlink(fs.pathBytes(aside), () => ownTemps.live.delete(aside));
        return;
      }
      fs.renameSync(aside, path);
    } catch { /* renamed back, or never moved: as for any other file */ }
    ownTemps.live.delete(aside);
  }
  fs.unlinkSync(path);
}

/** The lock file of `path`: `.NAME.cfwasm-lock` beside it. */
export function lockPathOf(path: string): string {
  const { dir, name } = splitPath(path);
  return `${dir}/.${name}.cfwasm-lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock this old is left over whoever it names (a lock is held for a rename and a backup). */
const STALE_AFTER_MS = 30_000;

/** How many stale locks in a row lockBeside breaks and retries at once, before it waits (and looks at the clock). */
const STALE_RETRIES = 3;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Takes the lock beside `path` (waiting up to `waitMs` for its holder) and returns its release.
 * Where no lock file can be made at all (a read-only or unwritable directory), nothing can be
 * written there either: no lock is needed, and the write itself reports why.
 */
export function lockBeside(path: string, waitMs = 60_000): () => void {
  const lock = lockPathOf(path);
  const started = Date.now();
  let delay = 1;
  let broken = 0;
  for (;;) {
    let fd: number;
    try {
      fd = createExclusive(lock, 0o600);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT') return () => {};
      if (code !== 'EEXIST') throw e;
      // A stale lock just broken is taken at once, however long breaking it took (a loaded
      // machine): only a few times in a row, so that stale locks planted again and again
      // still meet the deadline.
      if (breakIfStale(lock) && ++broken <= STALE_RETRIES) continue;
      if (Date.now() - started > waitMs) {
        throw Object.assign(new Error(`locked by another run (${lock}) for ${Math.round(waitMs / 1000)} s`), { code: 'ELOCKED' });
      }
      pause(delay);
      delay = Math.min(delay * 2, 50);
      broken = 0;
      continue;
    }
    try {
      fs.writeSync(fd, `${process.pid}\n`);
    } finally {
      fs.closeSync(fd);
    }
    return () => releaseLock(lock);
  }
}

/** Removes lock file `lock` if it is still this process's (another run may have taken it over as stale). */
function releaseLock(lock: string): void {
  const found = readLock(lock);
  if (found && found !== 'stale' && found.pid === process.pid) {
    try {
      fs.unlinkSync(lock);
    } catch { /* removed meanwhile */ }
  }
}

/** The most a lock file holds: a pid and a newline. Anything longer is not a lock of ours. */
const LOCK_MAX_BYTES = 32;
/** A lock dated this far past now was not made by a run on this clock: stale. */
const FUTURE_SLACK_MS = 5_000;

/**
 * What lock file `lock` is: its stat and pid (NaN if it holds none yet), or 'stale' if it is
 * not a regular file of a few bytes, or null if it is gone. Never follows a link, never waits on
 * a FIFO (lstat first; O_NOFOLLOW|O_NONBLOCK; the same file checked on the descriptor).
 */
function readLock(lock: string): { st: fs.Stats; pid: number } | 'stale' | null {
  // Another file put at the name between the lstat and the open (another run breaking a stale
  // lock and taking its own) is looked at again: judged on what was looked at before, a fresh,
  // live lock would be broken, and two runs would hold it. Only a name that keeps changing is
  // called stale.
  for (let tries = 1; ; tries++) {
    const found = readLockOnce(lock);
    if (found !== 'changed') return found;
    if (tries === LOCK_LOOKS) return 'stale';
  }
}

/** How many times readLock looks at a lock that changes under it before it calls it stale. */
const LOCK_LOOKS = 4;

/** One look of readLock's; 'changed' if the file at the name changed between its lstat and its open. */
function readLockOnce(lock: string): { st: fs.Stats; pid: number } | 'stale' | 'changed' | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(lock);
  } catch {
    return null;
  }
  if (!st.isFile() || st.size > LOCK_MAX_BYTES) return 'stale';
  let fd: number;
  try {
    fd = fs.openSync(lock, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK | O_CLOEXEC);
  } catch (e) {
    // Gone, or a link now where the lstat saw a regular file (ELOOP), or unreadable (stale).
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? null : code === 'ELOOP' ? 'changed' : 'stale';
  }
  try {
    const now = fs.fstatSync(fd);
    if (now.ino !== st.ino || now.dev !== st.dev) return 'changed';
    if (!now.isFile()) return 'stale';
    const bytes = Buffer.alloc(LOCK_MAX_BYTES + 1);
    const n = fs.readSync(fd, bytes, 0, bytes.length, 0);
    if (n > LOCK_MAX_BYTES) return 'stale';
    const text = bytes.toString('latin1', 0, n).trim();
    return { st, pid: /^[0-9]{1,10}$/.test(text) ? Number(text) : text === '' ? NaN : -1 };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What tells a lock file from another one made in its place, or null if none is there. Not its
 * inode number alone: ext4 and tmpfs give a freed one straight back, so a lock another run took
 * after breaking the same stale one would pass for it and be removed (two runs holding one lock).
 * Also its mtime, owner and what it says: a rename changes none of them, and a fresh lock names
 * a live run, written just now.
 */
function lockIdentity(path: string): string | null {
  const found = readLock(path);
  if (found === null) return null;
  const st = found === 'stale' ? fs.lstatIfAny(path) : found.st;
  if (!st) return null;
  return `${st.dev}:${st.ino}:${st.uid}:${st.mtimeMs}:${st.size}:${found === 'stale' ? 'stale' : found.pid}`;
}

/**
 * Removes the lock at `lock` if its holder has ended (a run killed while holding it). Only the
 * very file found stale is removed: it is renamed aside first and checked to be the same file.
 * Whether the name is free to take now (the stale lock removed, or released meanwhile).
 */
function breakIfStale(lock: string): boolean {
  const found = readLock(lock);
  if (found === null) return true; // released meanwhile
  let stale = found === 'stale';
  if (found !== 'stale') {
    const { st, pid } = found;
    // Held for milliseconds (a rename, a backup): one that is old, or dated in the future (no run
    // on this clock made it), or whose holder has ended, or that names this very process (a
    // killed run with the same pid: pid 1 in a container), or that holds something else than a
    // pid, is left over. An empty one is being written, unless old too.
    const age = Date.now() - st.mtimeMs;
    // One owned by another user is no lock of a run beside ours (those run as we do): a user
    // who can write in the file's directory would stall every save there, naming a live pid.
    stale = age > STALE_AFTER_MS || age < -FUTURE_SLACK_MS || pid === -1 ||
      (pid > 0 && (pid === process.pid || !alive(pid))) || st.uid !== (process.geteuid?.() ?? st.uid);
  }
  if (!stale) return false;
  const was = lockIdentity(lock);
  if (was === null) return true; // released meanwhile
  // Only the very file found stale is removed: renamed aside first and checked to be the same.
  const aside = tempBeside(lock);
  try {
    fs.renameSync(lock, aside);
  } catch {
    return false;
  }
  try {
    if (lockIdentity(aside) !== was) {
      // A fresh lock was taken meanwhile and moved by mistake: give it back unless another exists.
      try {
        fs.linkSync(aside, lock);
      } catch { /* another lock is in place now */ }
      return false;
    }
    return true;
  } finally {
    try {
      fs.rmSync(aside, { force: true });
    } catch {
      try {
        fs.rmdirSync(aside); // an empty directory was planted there
      } catch { /* one with contents: moved out of the way, left */ }
    }
  }
}

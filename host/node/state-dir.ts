/**
 * @fileoverview The state directory (locks, the setuid log, parsed policies, ppkeys/ with the
 * trusted keys and lastseen.json) decides what a run does and whom it trusts, and cfwasm runs as
 * root from a timer: nothing another local user can plant there may count. So, as ssh checks
 * ~/.ssh, the directory is opened once per run (openStateDir) and refused, with one line naming
 * the path and what is wrong, unless it, every directory above it and everything in it belong
 * to the running user or root and are writable by nobody else (a directory above may be
 * world-writable only with the sticky bit, as /tmp is), and nothing in it is a symbolic link or
 * other than a file or directory. A missing state directory is made 0700. Never under /proc or
 * /sys (a kernel file system: Node's recursive mkdir spins there forever).
 *
 * The directory also keeps a secret (`secret`, 0600, random): what the run keeps there that it
 * later believes (the policy cache) is bound to it, so no one who can only read a policy can
 * forge it.
 */
import * as fs from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { removeStaleTemps, writeAtomically } from './atomic-write.js';
import { readBounded, UnreadableFile } from './bounded-read.js';

/** The default state directory: $CFWASM_STATE_DIR, else as root /var/lib/cfwasm, else ~/.cfwasm (L5215). */
export function defaultStateDir(): string {
  return process.env.CFWASM_STATE_DIR || (process.getuid?.() === 0 ? '/var/lib/cfwasm' : join(homedir(), '.cfwasm'));
}

/** A state directory that must not be used; exit status 2 (the command line names a bad one). */
export class StateDirError extends Error {}

/** statfs magic numbers of the kernel file systems a state directory may not be on. */
const KERNEL_FS: Record<number, string> = { 0x9fa0: '/proc', 0x62656572: '/sys', 0x1cd1: '/dev/pts', 0x64626720: 'debugfs', 0x73636673: 'securityfs', 0x27e0eb: 'cgroup', 0x63677270: 'cgroup2' };

/** How deep the walk goes (the state directory holds ppkeys/ and policies/, nothing deeper). */
const MAX_DEPTH = 4;

/** The state directory checked and ready; see the file comment. */
export interface StateDir {
  path: string;
  /** The directory's secret (made on first use), for binding what is kept there. */
  secret(): Uint8Array;
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** What is wrong with `st` of `path` as part of the state (null: nothing). */
function problemOf(path: string, st: fs.Stats, uid: number, isAbove: boolean): string | null {
  if (st.uid !== uid && st.uid !== 0) return `${path} is owned by uid ${st.uid}, not by you (uid ${uid}) or root`;
  const sticky = (st.mode & 0o1000) !== 0;
  if ((st.mode & 0o022) && !(isAbove && sticky && st.isDirectory())) {
    const who = [st.mode & 0o020 ? 'its group' : '', st.mode & 0o002 ? 'others' : ''].filter(Boolean).join(' and ');
    return `${path} is writable by ${who} (mode ${octal(st.mode)}); chmod go-w it`;
  }
  return null;
}

/**
 * The nearest existing directory at or above `path` (after links), for the file-system check.
 * The system's realpath(3): one call, where Node's own looks at each component in turn.
 */
function nearestExisting(path: string): string {
  for (let p = path; ; p = dirname(p)) {
    try {
      return fs.realpathSync.native(p);
    } catch {
      if (p === '/') return '/';
    }
  }
}

/** The kernel file system `path` (absolute), or where its links lead, is on; null if none. */
function underKernelFs(path: string): string | null {
  const below = (p: string) => ['/proc', '/sys'].find(top => p === top || p.startsWith(`${top}/`)) ?? null;
  const existing = nearestExisting(path);
  let type: string | null = null;
  try {
    type = KERNEL_FS[fs.statfsSync(existing).type] ?? null;
  } catch { /* not known: the names decide */ }
  return below(path) ?? type ?? below(existing);
}

/**
 * Checks `dir` (made 0700 if missing) and all in it; throws StateDirError. Removes the temps of
 * writers that are gone (atomic-write.ts removeStaleTemps) on the way.
 */
export function openStateDir(dir: string): StateDir {
  const uid = process.getuid?.() ?? 0;
  const abs = resolve(dir);
  const fail = (what: string) => new StateDirError(`state directory ${dir}: ${what}`);
  const kernel = underKernelFs(abs);
  if (kernel) throw fail(`is under ${kernel}, a kernel file system; give a directory on a disk`);
  try {
    fs.mkdirSync(abs, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw fail(`cannot be made: ${(e as Error).message}`);
  }
  let real: string;
  try {
    real = fs.realpathSync.native(abs);
  } catch (e) {
    throw fail((e as Error).message);
  }
  const st = fs.statSync(real);
  if (!st.isDirectory()) throw fail('is not a directory');
  // The directory itself, then each one above it (and above the link, if it is one).
  const problem = problemOf(real, st, uid, false);
  if (problem) throw fail(problem);
  const above = new Set<string>();
  for (const start of [dirname(real), nearestExisting(dirname(abs))]) {
    for (let p = start; ; p = dirname(p)) {
      above.add(p);
      if (p === '/') break;
    }
  }
  for (const p of above) {
    const up = problemOf(p, fs.statSync(p), uid, true);
    if (up) throw fail(`a directory above it: ${up}`);
  }
  const walk = (d: string, depth: number) => {
    let names: string[];
    try {
      names = fs.readdirSync(d);
    } catch (e) {
      throw fail(`${d}: cannot list: ${(e as Error).message}`);
    }
    const removed = new Set(removeStaleTemps(d, names));
    for (const name of names.sort()) {
      if (removed.has(name)) continue;
      const path = `${d}/${name}`;
      let est: fs.Stats;
      try {
        est = fs.lstatSync(path);
      } catch {
        continue; // removed meanwhile (another run's temp renamed)
      }
      if (est.isSymbolicLink()) throw fail(`${path} is a symbolic link; remove it`);
      if (!est.isFile() && !est.isDirectory()) throw fail(`${path} is not a regular file or directory; remove it`);
      const p = problemOf(path, est, uid, false);
      if (p) throw fail(p);
      if (est.isDirectory()) {
        if (depth >= MAX_DEPTH) throw fail(`${path} is deeper than a state directory goes; remove it`);
        walk(path, depth + 1);
      }
    }
  };
  walk(real, 1);
  let secret: Uint8Array | null = null;
  return { path: dir, secret: () => (secret ??= secretOf(real, fail)) };
}

const SECRET_BYTES = 32;

/**
 * The secret in `dir`/secret, made if there is none: written to an exclusive temp, then linked
 * into place (never replacing one another run made meanwhile: then that one is read).
 */
function secretOf(dir: string, fail: (what: string) => StateDirError): Uint8Array {
  const path = `${dir}/secret`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const bytes = readBounded(path, 1024, { what: 'a secret', noFollow: true });
      if (bytes.length === SECRET_BYTES) return bytes;
      throw fail(`${path} is not ${SECRET_BYTES} bytes; remove it (a new one is made)`);
    } catch (e) {
      if (e instanceof StateDirError) throw e;
      if (!(e instanceof UnreadableFile) || e.code !== 'ENOENT') throw fail((e as Error).message);
    }
    const bytes = new Uint8Array(SECRET_BYTES);
    const random = fs.openSync('/dev/urandom', 'r');
    try {
      fs.readSync(random, bytes, 0, SECRET_BYTES, null);
    } finally {
      fs.closeSync(random);
    }
    try {
      writeAtomically(path, bytes, { mode: 0o600, noReplace: true, leftForNextRun: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fail(`${path}: cannot be made: ${(e as Error).message}`);
    }
  }
  throw fail(`${path}: cannot be read or made`);
}

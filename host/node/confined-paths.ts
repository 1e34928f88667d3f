/**
 * @fileoverview Paths resolved inside a root directory, chroot-like (`--root`, and imports under
 * it): the components are taken one by one; `..` may not climb above the root and a symbolic
 * link is followed by the same rules (an absolute target counts from the root), so no path can
 * leave it — such a path is refused with an error naming it.
 *
 * Cost. A walk lstats every prefix of the path, and the system walks each prefix from the top
 * again: quadratic in the depth per path, cubic for a sweep of a deep tree. So a path of plain
 * names (no `.`, `..`) is first checked at once: the system opens it without following anything
 * (O_PATH | O_NOFOLLOW) and names what it opened (/proc/self/fd); if that name is the path
 * itself, no component was a link and the path is inside the root as written — one open, linear
 * in the depth. Only a path through a link or with `..` is walked, and after each link the rest
 * is checked at once again. Names are bytes (./byte-fs.ts).
 *
 * A big policy asks about many files of one directory, most of them missing. So the check at
 * once is made on the directory, and remembered with the directory's identity (device, inode,
 * change time); a later path in it costs an lstat of the directory, compared with that identity,
 * and an lstat of the name (not a link). The directory reached by the path is then the very one
 * checked, unchanged since (an entry made or removed in it, a rename, a chmod give it a new change
 * time); a directory on the way swapped for a link reaches another inode or none, and the
 * directory is checked in full again. Missing files cost no exception (lstatIfAny). A name found
 * missing from a checked directory is remembered with that identity too: while the directory is
 * unchanged (making an entry changes it) the name is still missing, and costs no lstat of its own.
 */
import * as fs from './byte-fs.js';
import { HostError } from '../core/host-interface.js';
import { Field, leanLstat } from './lean-stat.js';

/** Linux's O_PATH (the same on x86-64 and arm64): an open that only names the file. */
export const O_PATH = 0o10000000;

/** The user running: the planted-link rule is root's (anyone else has the system's permissions). */
const EUID = process.geteuid?.() ?? -1;

/** Whether /proc/self/fd names what a descriptor opened (Linux with /proc); checked once. */
let procFd: boolean | null = null;
const checkProcFd = () => (procFd ??= process.platform === 'linux' && fs.existsSync('/proc/self/fd'));

export class ConfinedPaths {
  /** The root as a prefix: its real path without a trailing slash ('' for /). */
  private readonly base: string;

  /** `root` must be a real path (no links on the way), as fs.realpathSync gives. */
  constructor(readonly root: string) {
    this.base = root === '/' ? '' : root.replace(/\/+$/, '');
    checkProcFd();
  }

  /**
   * Whether the path last resolved is known to be missing (a directory on its way, or the name
   * itself, found missing just now or remembered so): then asking the system about it again is
   * not needed.
   */
  missing = false;

  /**
   * The real path of `path` (absolute, inside the root); throws HostError if it leaves it.
   * `freeLast`: a link at the last name is followed whoever planted it (a stat, which changes
   * nothing: it sees what is there, as without a root; the change that would follow is refused).
   */
  resolve(path: string, freeLast = false): string {
    this.missing = false;
    if (!path.startsWith('/')) throw new HostError('EACCES', `${path}: not an absolute path`);
    const stack: string[] = [];
    let prefix = this.base; // base + stack, kept as the stack changes
    let queue = path.split('/').filter(Boolean);
    let at = 0;
    let hops = 0;
    let checkAtOnce = true;
    while (at < queue.length) {
      if (checkAtOnce) {
        checkAtOnce = false;
        const rest = queue.slice(at);
        if (!rest.some(p => p === '.' || p === '..')) {
          const real = this.plain(prefix, rest);
          if (real !== null) return real;
        }
      }
      const part = queue[at++];
      if (part === '.') continue;
      if (part === '..') {
        if (stack.length === 0) throw new HostError('EACCES', `${path}: leaves the root ${this.root}`);
        stack.pop();
        prefix = prefix.slice(0, prefix.lastIndexOf('/'));
        continue;
      }
      const real = `${prefix}/${part}`;
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatIfAny(real);
      } catch {
        st = undefined; // not a directory on the way, or not searchable: the name as it is
      }
      if (st?.isSymbolicLink()) {
        if (++hops > 40) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
        if (EUID === 0 && st.uid !== 0 && !this.checkingLink && !(freeLast && at === queue.length)) this.refusePlanted(path, prefix, real, st.uid);
        let target: string;
        try {
          target = fs.readlinkSync(real);
        } catch {
          // A link when looked at, something else (or nothing) now: a user swapping it in a loop.
          throw new HostError('EACCES', `${path}: ${real.slice(this.base.length) || '/'} changed while the path was being resolved (a link swapped?)`);
        }
        if (target.startsWith('/')) {
          stack.length = 0;
          prefix = this.base;
        }
        queue = [...target.split('/').filter(Boolean), ...queue.slice(at)];
        at = 0;
        checkAtOnce = true;
        continue;
      }
      stack.push(part);
      prefix = real;
    }
    return prefix || '/';
  }

  /** Set while refusePlanted resolves a link's target (its own links are checked by the walk that meets them). */
  private checkingLink = false;

  /**
   * As root, a link met on the way that another user could have planted is not followed: one
   * owned by a user (not root) in a directory others can write, that leads to what another uid
   * owns (for a link to nothing, the nearest directory there: the file would be made in it).
   * The root is a machine's tree, with its users: without this, their link to the root's /etc
   * had an edit's backup replace etc/shadow, a copy write into etc/, a touch or a directory's
   * mode change root's files (the same rule as node-host.ts checkWay and writeTarget without a
   * root). A link in a directory only root can write was put there by root, and is followed.
   * `dir`: the real directory holding the link `real`; `uid`: the link's owner.
   */
  private refusePlanted(path: string, dir: string, real: string, uid: number): void {
    if (rootOnly(lstatOrNone(dir || '/'))) return;
    let leads: string;
    this.checkingLink = true;
    try {
      leads = this.resolve(real.slice(this.base.length) || '/');
    } catch {
      return; // leaves the root, or loops: the walk refuses it itself
    } finally {
      this.checkingLink = false;
      this.missing = false;
    }
    let at = leads;
    let st = lstatOrNone(at);
    while (!st && at.length > this.base.length && at !== '/') {
      at = at.slice(0, at.lastIndexOf('/')) || '/';
      st = lstatOrNone(at);
    }
    if (!st || st.uid === uid) return;
    const way = real.slice(this.base.length) || '/';
    const what = at === leads ? (st.isDirectory() ? 'a directory' : 'a file') : 'nothing, in a directory';
    throw new HostError('EACCES', `${way === path ? '' : `${path}: `}${way} is a link owned by uid ${uid} to ${what} owned by uid ${st.uid}; ` +
      'not followed (another user may have planted it)');
  }

  /** Like resolve, but the last component itself is not followed if it is a link. */
  resolveParent(path: string): string {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (name === '' || name === '.' || name === '..') return this.resolve(path);
    const dir = path.slice(0, slash) || '/';
    let parent: string;
    try {
      parent = this.resolve(dir);
    } catch (e) {
      // Named by the path asked about, as resolve names it (and the memory host and the dry-run
      // overlay do): a loop on the way reads the same whichever call met it first.
      if (e instanceof HostError && e.message.startsWith(`${dir}: `)) throw new HostError(e.code, `${path}: ${e.message.slice(dir.length + 2)}`);
      throw e;
    }
    return `${parent === '/' ? '' : parent}/${name}`;
  }

  /**
   * `prefix` (a resolved directory) and the plain names `rest`, as one real path if no component
   * is a link (the last may be missing, and the directories above it from some point on); null
   * if that cannot be told at once (then walk).
   */
  private plain(prefix: string, rest: string[]): string | null {
    if (!procFd) return null;
    const real = `${prefix}/${rest.join('/')}`;
    // Up from the name's directory to the nearest one that is there: it must check; the names
    // below it are missing, so none of them is a link.
    let below = ''; // the missing directory just below `dir`, if the walk up went through one
    let assumed: Identity | undefined; // `below` taken as missing unasked: its parent's identity then
    for (let n = rest.length - 1; n >= 0; n--) {
      const dir = n === 0 ? prefix || '/' : `${prefix}/${rest.slice(0, n).join('/')}`;
      const parentWas = n > 0 ? this.absent.get(dir) : undefined;
      const state = parentWas ? 'missing' : this.directory(dir);
      if (state === false) return null;
      if (state === 'missing') {
        below = dir;
        assumed = parentWas;
        continue;
      }
      if (below) {
        // A name missing from an unchanged directory is still missing (an entry made changes it).
        const now = this.checked.get(dir);
        if (assumed && assumed !== now) {
          this.absent.delete(below);
          return this.plain(prefix, rest);
        }
        if (!assumed && now) this.remember(below, now);
      }
      if (n < rest.length - 1) {
        this.missing = true;
        return real;
      }
      const now = this.checked.get(dir);
      if (now && this.absent.get(real) === now) {
        this.missing = true;
        return real;
      }
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatIfAny(real);
      } catch {
        return null;
      }
      if (!st && now) this.remember(real, now);
      return st?.isSymbolicLink() ? null : real;
    }
    return null;
  }

  /** Directories checked at once (pinned), by real path, with their identity then. */
  private readonly checked = new Map<string, Identity>();

  /**
   * Directories found missing whose parent was checked, with the parent's identity then (the very
   * object in `checked`: a new check of the parent replaces it, which forgets this).
   */
  private readonly absent = new Map<string, Identity>();

  /** Remembers that `name` was missing from its directory, of identity `parent` then. */
  private remember(name: string, parent: Identity): void {
    if (this.absent.size >= MAX_CHECKED) this.absent.clear();
    this.absent.set(name, parent);
  }

  /** How many times a directory was checked in full (not taken as checked before). */
  fullChecks = 0;

  /** Forgets every directory checked (the run changed names; it is checked again when next met). */
  forget(): void {
    this.checked.clear();
    this.absent.clear();
  }

  /**
   * true: `dir` is a directory and no component on the way is a link (checked now, or checked
   * before and the same directory, unchanged, is still there); 'missing': ENOENT; false: not so.
   */
  private directory(dir: string): boolean | 'missing' {
    const known = this.checked.get(dir);
    if (known) {
      // One lstat, no Stats object (lean-stat.ts): this is asked once per path of a big policy.
      const now = leanLstat(fs.pathBytes(dir));
      if (now && now[Field.Dev] === known.dev && now[Field.Ino] === known.ino && now[Field.CtimeSec] === known.ctimeSec &&
        now[Field.CtimeNsec] === known.ctimeNsec) return true;
      this.checked.delete(dir);
    }
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatIfAny(dir);
    } catch {
      return false;
    }
    if (!st) return 'missing';
    if (!st.isDirectory()) return false;
    this.fullChecks++;
    let identity: Identity | null = null;
    const done = pinned(dir, proc => { identity = identityOf(fs.statSync(proc, { bigint: true })); });
    if (done !== true) return done;
    if (identity) {
      if (this.checked.size >= MAX_CHECKED) this.checked.clear();
      this.checked.set(dir, identity);
    }
    return true;
  }
}

/** How many checked directories are remembered (then all are forgotten, and checked again). */
const MAX_CHECKED = 4096;

/**
 * What tells a directory from any other, and from itself after a change (an entry made or
 * removed, a rename, a chmod): its device, inode and change time to the nanosecond.
 */
interface Identity { dev: number; ino: number; ctimeSec: number; ctimeNsec: number }

/** The identity of what `st` describes; null if a number would not be exact (then it is not remembered). */
/** What lstat says of `path`, or undefined: nothing there, or no directory on the way to it. */
export function lstatOrNone(path: string): fs.Stats | undefined {
  try {
    return fs.lstatIfAny(path);
  } catch {
    return undefined;
  }
}

/**
 * A directory only root can write (root's, no group or other write bit): a link in it was put
 * there by root, and is followed (refusePlanted; node-host.ts writeTarget).
 */
export function rootOnly(dir: fs.Stats | undefined): boolean {
  return dir !== undefined && dir.isDirectory() && dir.uid === 0 && (dir.mode & 0o022) === 0;
}

function identityOf(st: fs.BigIntStats): Identity | null {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (st.dev > limit || st.ino > limit) return null;
  return { dev: Number(st.dev), ino: Number(st.ino), ctimeSec: Number(st.ctimeNs / 1_000_000_000n), ctimeNsec: Number(st.ctimeNs % 1_000_000_000n) };
}

/**
 * Opens `real` as it is now, O_PATH (no I/O: no device or FIFO side effect) and O_NOFOLLOW, and,
 * if it is no link and the kernel's name for what was opened is `real` itself (so no component on
 * the way is a link), calls `use` with a /proc/self/fd path that reaches exactly that inode:
 * a chmod or chown through it cannot be sent elsewhere by a link swapped in meanwhile. true when
 * `use` ran; 'missing' for ENOENT; false when not so (or Linux's O_PATH and /proc are not there).
 * With `ino`, `real` may be any path to it (links on the way allowed): what was opened must be
 * that inode instead (a sweep's entry as listed, found again whatever leads to it).
 * An error thrown by `use` is passed on.
 */
export function pinned(real: string, use: (proc: string) => void, ino?: number): boolean | 'missing' {
  if (procFd === false) return false;
  let fd: number;
  try {
    fd = fs.openSync(real, O_PATH | fs.constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EINVAL') procFd = false; // no O_PATH here after all
    return code === 'ENOENT' ? 'missing' : false;
  }
  try {
    const proc = `/proc/self/fd/${fd}`;
    try {
      const st = fs.fstatSync(fd);
      if (st.isSymbolicLink() || (ino !== undefined ? st.ino !== ino : fs.readlinkSync(proc) !== real)) return false;
    } catch {
      return false;
    }
    use(proc);
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether pinned can work here (Linux's O_PATH and /proc/self/fd). */
export function pinsAvailable(): boolean {
  return checkProcFd() === true;
}

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
 * in the depth. Only a path through a link, with `..`, or through a missing directory is walked,
 * and after each link the rest is checked at once again. Names are bytes (./byte-fs.ts).
 */
import * as fs from './byte-fs.js';
import { HostError } from '../core/host-interface.js';

/** Linux's O_PATH (the same on x86-64 and arm64): an open that only names the file. */
const O_PATH = 0o10000000;

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

  /** The real path of `path` (absolute, inside the root); throws HostError if it leaves it. */
  resolve(path: string): string {
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
      let st: fs.Stats | null;
      try {
        st = fs.lstatSync(real);
      } catch {
        st = null;
      }
      if (st?.isSymbolicLink()) {
        if (++hops > 40) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
        const target = fs.readlinkSync(real);
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

  /** Like resolve, but the last component itself is not followed if it is a link. */
  resolveParent(path: string): string {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (name === '' || name === '.' || name === '..') return this.resolve(path);
    const parent = this.resolve(path.slice(0, slash) || '/');
    return `${parent === '/' ? '' : parent}/${name}`;
  }

  /**
   * `prefix` (a resolved directory) and the plain names `rest`, as one real path if no component
   * is a link (the last may be missing); null if that cannot be told at once (then walk).
   */
  private plain(prefix: string, rest: string[]): string | null {
    if (!procFd) return null;
    const real = `${prefix}/${rest.join('/')}`;
    const named = this.namedAsIs(real);
    if (named !== 'missing') return named ? real : null;
    // A file about to be made: its directory checked at once, the new name appended.
    if (rest.length === 1) return this.namedAsIs(prefix || '/') === true ? real : null;
    const dir = `${prefix}/${rest.slice(0, -1).join('/')}`;
    return this.namedAsIs(dir) === true ? real : null;
  }

  /** true: `real` exists, is not a link, and no component on the way is one; 'missing': ENOENT. */
  private namedAsIs(real: string): boolean | 'missing' {
    return pinned(real, () => {});
  }
}

/**
 * Opens `real` as it is now, O_PATH (no I/O: no device or FIFO side effect) and O_NOFOLLOW, and,
 * if it is no link and the kernel's name for what was opened is `real` itself (so no component on
 * the way is a link), calls `use` with a /proc/self/fd path that reaches exactly that inode:
 * a chmod or chown through it cannot be sent elsewhere by a link swapped in meanwhile. true when
 * `use` ran; 'missing' for ENOENT; false when not so (or Linux's O_PATH and /proc are not there).
 * An error thrown by `use` is passed on.
 */
export function pinned(real: string, use: (proc: string) => void): boolean | 'missing' {
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
      if (fs.fstatSync(fd).isSymbolicLink() || fs.readlinkSync(proc) !== real) return false;
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

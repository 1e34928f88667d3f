/**
 * @fileoverview File sweeps (L2311-2399): the entries under a directory down to a depth, with
 * include=/exclude= wildcards on names (exclusions override inclusions, L2371) and `ignore`d
 * names; links to directories are not descended unless asked (L8967). Bounded: a sweep stops at
 * MAX_ENTRIES and says so; a directory it cannot read, or a link leading back to a directory it
 * is already in, is reported and passed over; suspicious names (only dots and spaces, L5689) are
 * reported.
 */
import * as host from '../host';
import { wildcardMatch } from '../util/wildcard';
import { RunContext } from '../run/context';
import * as gc from '../run/gc';
import { cleanPath } from '../run/paths';

// A sweep streams its entries, so this only guards against a tree without end (a mount loop).
const MAX_ENTRIES: i32 = 10_000_000;
/** How many of the directories still to read a sweep names when it reads one (see Sweep). */
const READ_AHEAD: i32 = 4;

export class SweepEntry {
  path: string;
  name: string;
  type: string;
  depth: i32;
  /** What lstat said of it when its directory was read (a link's own, not its target's). */
  info: host.FileInfo;
  constructor(path: string, name: string, info: host.FileInfo, depth: i32) {
    this.path = path;
    this.name = name;
    this.type = info.type;
    this.info = info;
    this.depth = depth;
  }
}

export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.substring(i + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.substring(0, i);
}

/** A name made only of dots and spaces, other than . and .. (L5689-5697). */
function suspicious(name: string): bool {
  if (name == '.' || name == '..') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c != 0x2e && c != 0x20) return false; // . and space
  }
  return true;
}

/**
 * Whether the ignore section passes over an entry (L9455-9479, in every recursive search: files,
 * tidy, copy, links): an absolute path names that one entry (`/a/b/` and `/a//b` are `/a/b`),
 * anything else is a wildcard on the entry's name. `dir` is the directory the entry is in.
 */
export function isIgnored(ctx: RunContext, dir: string, name: string): bool {
  const ignored = ctx.ignore;
  let path: string | null = null;
  for (let k = 0; k < ignored.length; k++) {
    const pattern = ignored[k];
    if (pattern.startsWith('/')) {
      if (path == null) path = cleanPath(dir + '/' + name);
      if (path! == pattern) return true;
    } else if (wildcardMatch(pattern, name)) return true;
  }
  return false;
}

/** Whether `name` passes include=/exclude= (no include list means all are included). */
export function selected(name: string, include: string[], exclude: string[]): bool {
  for (let i = 0; i < exclude.length; i++) if (wildcardMatch(exclude[i], name)) return false;
  if (include.length == 0) return true;
  for (let i = 0; i < include.length; i++) if (wildcardMatch(include[i], name)) return true;
  return false;
}

/**
 * A sweep, entry by entry (top first, then breadth first): only the directories still to read
 * and the one being read are held, so a files action over a million files does not keep a
 * million entries. Each directory is read with its entries' lstat in one host call, which names
 * the next few directories so the host may read them meanwhile. That is safe because a caller changes
 * nothing between two next() calls but the entry it was given (its mode, owner, or the entry
 * itself) and, without links followed, a directory still to read is neither an entry of the one
 * being read nor below it.
 */
export class Sweep {
  private ctx: RunContext;
  private top: string;
  private depth: i32;
  private followLinks: bool;
  private queue: SweepEntry[] = [];
  private q: i32 = 0;
  private dir: SweepEntry | null = null;
  /** The path of `dir` with a slash, ready for a name. */
  private prefix: string = '';
  /** The entries of `dir` not yet given (read from the host's records one at a time). */
  private listing: host.StatRecords = new host.StatRecords();
  private count: i32 = 0;
  private first: SweepEntry | null = null;
  // Directories entered, by identity (device and inode: host.identity), so a link loop is
  // entered once; an inode number alone is shared by the roots of file systems mounted here.
  private seen: Set<string> = new Set<string>();
  private done: bool = false;
  /**
   * Collect garbage at each step (run/gc.ts safePoint): only for a caller whose frames keep
   * what they hold, and which drops each entry before asking for the next.
   */
  collects: bool = false;

  constructor(ctx: RunContext, top: string, depth: i32, followLinks: bool) {
    this.ctx = ctx;
    this.top = top;
    this.depth = depth;
    this.followLinks = followLinks;
    const info = host.statFile(top, false);
    if (info.type == 'none') this.done = true;
    else {
      const entry = new SweepEntry(top, baseName(top), info, 0);
      this.first = entry;
      const topIsDir = info.type == 'dir' || (followLinks && info.type == 'link' && host.statFile(top).type == 'dir');
      if (topIsDir && depth != 0) this.queue.push(entry);
      if (followLinks && topIsDir) this.seen.add(host.identity(host.statFile(top)));
    }
  }

  /** The next entry, or null at the end. */
  next(): SweepEntry | null {
    if (this.collects) gc.safePoint();
    if (this.done) return null;
    const first = this.first;
    if (first) {
      this.first = null;
      this.count = 1;
      return first;
    }
    const ctx = this.ctx;
    const ignoring = ctx.ignore.length > 0;
    while (true) {
      if (this.dir == null || !this.listing.next()) {
        this.dir = null;
        this.listing.clear();
        if (this.q >= this.queue.length) {
          this.done = true;
          return null;
        }
        const dir = this.queue[this.q];
        // The queue's head is read only once: drop it so the array does not hold every directory.
        this.queue[this.q++] = changetype<SweepEntry>(0);
        if (this.q > 1024 && this.q * 2 > this.queue.length) {
          this.queue = this.queue.slice(this.q);
          this.q = 0;
        }
        // The directories after this one are named, so a host may read them while this one is
        // swept. Not through links: a directory reached by one may also be an entry of this one.
        let next: string[] | null = null;
        if (!this.followLinks && this.q < this.queue.length) {
          next = [];
          for (let k = this.q; k < this.queue.length && k < this.q + READ_AHEAD; k++) next!.push(this.queue[k].path);
        }
        if (!host.listDirStat(dir.path, next, this.listing) && host.listError.length > 0) {
          ctx.warn(ctx.prefix + 'cannot read directory ' + dir.path + ' (' + host.listError + '); passed over');
          continue;
        }
        this.dir = dir;
        this.prefix = dir.path == '/' ? '/' : dir.path + '/'; // once per directory, not per entry
        continue; // an empty directory: on to the next
      }
      const dir = this.dir!;
      const e = this.listing; // its current entry
      if (ignoring && isIgnored(ctx, dir.path, e.name)) continue;
      if (suspicious(e.name)) ctx.warn(ctx.prefix + 'Suspicious file name "' + e.name + '" in ' + dir.path);
      if (this.count >= MAX_ENTRIES) {
        ctx.warn(ctx.prefix + 'sweep of ' + this.top + ' stopped after ' + MAX_ENTRIES.toString() + ' entries');
        this.done = true;
        return null;
      }
      this.count++;
      const path = this.prefix + e.name;
      const entry = new SweepEntry(path, e.name, e.info, dir.depth + 1);
      let descend = e.info.type == 'dir';
      if (this.followLinks && (e.info.type == 'dir' || e.info.type == 'link')) {
        // A stat for a listed directory too: a listing's record has no device.
        const target = host.statFile(path);
        descend = target.type == 'dir';
        const id = host.identity(target);
        if (descend && id.length > 0) {
          if (this.seen.has(id)) {
            if (e.info.type == 'link') ctx.warn(ctx.prefix + 'link ' + path + ' leads back to a directory already swept; not followed');
            descend = false;
          } else this.seen.add(id);
        }
      }
      if (descend && (this.depth < 0 || entry.depth < this.depth)) this.queue.push(entry);
      return entry;
    }
  }
}

/** The top path and the entries below it down to `depth` levels (-1: all), top first. */
export function sweep(ctx: RunContext, top: string, depth: i32, followLinks: bool): SweepEntry[] {
  const out: SweepEntry[] = [];
  const s = new Sweep(ctx, top, depth, followLinks);
  for (let e = s.next(); e; e = s.next()) out.push(e);
  return out;
}

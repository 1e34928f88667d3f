/**
 * @fileoverview Paths with wildcards in their directory names (L2275-2305) and the `home`
 * pseudo-directory (L9075-9091), expanded through the host.
 */
import * as host from '../host';
import { hasWildcard, wildcardMatch } from '../util/wildcard';
import { RunContext } from './context';
import { JValue } from '../util/json';
import { TextBuilder } from '../util/text';

/** The directories matching `pattern` (an absolute path whose components may hold wildcards). */
export function globDirectories(pattern: string): string[] {
  let current: string[] = [''];
  const parts = pattern.split('/');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.length == 0) continue;
    const next: string[] = [];
    for (let k = 0; k < current.length; k++) {
      const dir = current[k];
      if (!hasWildcard(part)) {
        const path = dir + '/' + part;
        if (host.statFile(path).type == 'dir') next.push(path);
        continue;
      }
      const entries = host.listDir(dir.length ? dir : '/');
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        if (wildcardMatch(part, entry.name) && host.statFile(dir + '/' + entry.name).type == 'dir') {
          next.push(dir + '/' + entry.name);
        }
      }
    }
    current = next;
  }
  return current;
}

/**
 * The paths `path` stands for: wildcards in its directory part select directories (L2279-2305);
 * the last component is kept as written (a sweep's own include= decides about names).
 */
export function expandDirectoryWildcards(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const dir = slash > 0 ? path.substring(0, slash) : '';
  if (!hasWildcard(dir)) return [path];
  const dirs = globDirectories(dir);
  const last = path.substring(slash);
  const out: string[] = [];
  for (let i = 0; i < dirs.length; i++) out.push(dirs[i] + last);
  return out;
}

/** User names of the host's user database. */
function userNames(ctx: RunContext): Set<string> {
  const names = new Set<string>();
  const users = ctx.userAccounts().users;
  for (let i = 0; i < users.length; i++) names.add(users[i].name);
  return names;
}

/**
 * Home directories: under every directory matching $(mountpattern)/$(homepattern), each
 * subdirectory named after a user of the host's database (lost+found and non-users are skipped).
 */
export function homeDirectories(ctx: RunContext): string[] {
  const homes: string[] = [];
  const mounts = ctx.control.has('mountpattern') ? ctx.control.get('mountpattern') : [];
  const patterns = ctx.control.has('homepattern') ? ctx.control.get('homepattern') : [];
  if (mounts.length == 0 || patterns.length == 0) {
    ctx.warn(ctx.prefix + 'home: mountpattern and homepattern must be set to find home directories');
    return homes;
  }
  const users = userNames(ctx);
  for (let m = 0; m < mounts.length; m++) {
    for (let h = 0; h < patterns.length; h++) {
      const partitions = globDirectories(mounts[m] + '/' + patterns[h]);
      for (let d = 0; d < partitions.length; d++) {
        const entries = host.listDir(partitions[d]);
        for (let e = 0; e < entries.length; e++) {
          const name = entries[e].name;
          if (entries[e].type == 'dir' && name != 'lost+found' && users.has(name)) homes.push(partitions[d] + '/' + name);
        }
      }
    }
  }
  return homes;
}

/** The start paths of a files/tidy item: `home`, `home/sub` (L9093-9105) under every home directory, or its path. */
export function itemPaths(ctx: RunContext, item: JValue): string[] {
  if (item.get('home').asBool()) return homeDirectories(ctx);
  const written = ctx.expandList(item.get('path'));
  const out: string[] = [];
  for (let i = 0; i < written.length; i++) {
    if (!written[i].startsWith('home/')) {
      out.push(written[i]);
      continue;
    }
    const homes = homeDirectories(ctx);
    for (let h = 0; h < homes.length; h++) out.push(homes[h] + written[i].substring(4));
  }
  return out;
}

/**
 * `path` without empty and `.` components and without a trailing slash (`/a//b/./c/` is
 * `/a/b/c`), so that two spellings of one path compare equal. `..` is kept: it may cross a link.
 */
export function cleanPath(path: string): string {
  if (!path.startsWith('/')) return path;
  const parts = path.split('/');
  const out = new TextBuilder(path.length);
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].length == 0 || parts[i] == '.') continue;
    out.addCode(0x2f).add(parts[i]);
  }
  return out.length ? out.toString() : '/';
}

/** Linux's PATH_MAX: no system call takes a longer name (ENAMETOOLONG). */
export const PATH_MAX: i32 = 4096;

/**
 * Whether `path` is too long to be a name on Linux (PATH_MAX bytes with the NUL), said once as a
 * warning. Checked before the walks that handle a path component by component (making the
 * directories above a file, resolving a link's target), where each component costs the length
 * so far: a name of 300,000 bytes took them minutes and gigabytes, for a name no system accepts.
 */
export function pathTooLong(ctx: RunContext, path: string): bool {
  if (path.length < PATH_MAX / 3 || String.UTF8.byteLength(path) < PATH_MAX) return false;
  ctx.warn(ctx.prefix + path.substring(0, 60) + '…: the name is longer than ' + (PATH_MAX - 1).toString() + ' bytes (PATH_MAX); skipped');
  return true;
}

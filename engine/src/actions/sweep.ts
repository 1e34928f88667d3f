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

const MAX_ENTRIES: i32 = 1_000_000;

export class SweepEntry {
  path: string;
  name: string;
  type: string;
  depth: i32;
  constructor(path: string, name: string, type: string, depth: i32) {
    this.path = path;
    this.name = name;
    this.type = type;
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
    const c = name.charAt(i);
    if (c != '.' && c != ' ') return false;
  }
  return true;
}

/** Whether `name` passes include=/exclude= (no include list means all are included). */
export function selected(name: string, include: string[], exclude: string[]): bool {
  for (let i = 0; i < exclude.length; i++) if (wildcardMatch(exclude[i], name)) return false;
  if (include.length == 0) return true;
  for (let i = 0; i < include.length; i++) if (wildcardMatch(include[i], name)) return true;
  return false;
}

/** The top path and the entries below it down to `depth` levels (-1: all), top first. */
export function sweep(ctx: RunContext, top: string, depth: i32, followLinks: bool): SweepEntry[] {
  const out: SweepEntry[] = [];
  const info = host.statFile(top, false);
  if (info.type == 'none') return out;
  out.push(new SweepEntry(top, baseName(top), info.type, 0));
  const topIsDir = info.type == 'dir' || (followLinks && info.type == 'link' && host.statFile(top).type == 'dir');
  if (!topIsDir || depth == 0) return out;
  const queue: SweepEntry[] = [out[0]];
  const ignored = ctx.ignore;
  // Directories entered through links, by identity, so a link loop is entered once.
  const seen = new Set<f64>();
  if (followLinks) seen.add(host.statFile(top).ino);
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const entries = host.listDir(dir.path);
    if (entries.length == 0 && host.listError.length > 0) {
      ctx.warn(ctx.prefix + 'cannot read directory ' + dir.path + ' (' + host.listError + '); passed over');
      continue;
    }
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let skip = false;
      for (let k = 0; k < ignored.length && !skip; k++) skip = wildcardMatch(ignored[k], e.name);
      if (skip) continue;
      if (suspicious(e.name)) ctx.warn(ctx.prefix + 'Suspicious file name "' + e.name + '" in ' + dir.path);
      if (out.length >= MAX_ENTRIES) {
        ctx.warn(ctx.prefix + 'sweep of ' + top + ' stopped after ' + MAX_ENTRIES.toString() + ' entries');
        return out;
      }
      const path = (dir.path == '/' ? '' : dir.path) + '/' + e.name;
      const entry = new SweepEntry(path, e.name, e.type, dir.depth + 1);
      out.push(entry);
      let descend = e.type == 'dir';
      if (followLinks && (e.type == 'dir' || e.type == 'link')) {
        const target = host.statFile(path);
        descend = target.type == 'dir';
        if (descend && target.ino != 0) {
          if (seen.has(target.ino)) {
            if (e.type == 'link') ctx.warn(ctx.prefix + 'link ' + path + ' leads back to a directory already swept; not followed');
            descend = false;
          } else seen.add(target.ino);
        }
      }
      if (descend && (depth < 0 || entry.depth < depth)) queue.push(entry);
    }
  }
  return out;
}

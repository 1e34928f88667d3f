/**
 * @fileoverview File sweeps (L2311-2399): the entries under a directory down to a depth, with
 * include=/exclude= wildcards on names (exclusions override inclusions, L2371) and `ignore`d
 * names; links to directories are not descended unless asked (L8967). Bounded: a sweep stops at
 * MAX_ENTRIES and says so.
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
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const entries = host.listDir(dir.path);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let skip = false;
      for (let k = 0; k < ignored.length && !skip; k++) skip = wildcardMatch(ignored[k], e.name);
      if (skip) continue;
      if (out.length >= MAX_ENTRIES) {
        ctx.warn(ctx.prefix + 'sweep of ' + top + ' stopped after ' + MAX_ENTRIES.toString() + ' entries');
        return out;
      }
      const path = (dir.path == '/' ? '' : dir.path) + '/' + e.name;
      const entry = new SweepEntry(path, e.name, e.type, dir.depth + 1);
      out.push(entry);
      const descend = e.type == 'dir' || (followLinks && e.type == 'link' && host.statFile(path).type == 'dir');
      if (descend && (depth < 0 || entry.depth < depth)) queue.push(entry);
    }
  }
  return out;
}

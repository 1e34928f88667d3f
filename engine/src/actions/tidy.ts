/**
 * @fileoverview The tidy action (L10600-10789): delete files matching pattern= (shell
 * wildcards) that are older than age= days by type= (atime, the default, mtime or ctime) and at
 * least size= big (kilobytes by default; `empty`: empty files only), down to recurse=. Links to
 * directories are kept unless dirlinks=tidy/delete; links=traverse follows them instead and
 * links=tidy removes links to nothing. rmdirs= also removes directories left empty, the top one
 * included (case 165). In home directories each user gets the list of what was deleted in
 * ~/.cfengine.rm (L10782-10789).
 */
import { JValue } from '../util/json';
import { utf8 } from '../util/bytes';
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { globDirectories, homeDirectories, itemPaths } from '../run/paths';
import { defineList, isTrue, Options, parseSize, readOptions, recursion, SizeLimit } from './options';
import { SweepEntry, sweep } from './sweep';
import * as gc from '../run/gc';
import { hasWildcard, wildcardMatch } from '../util/wildcard';

export const KNOWN = ['pattern', 'age', 'recurse', 'type', 'rmdirs', 'links', 'size', 'define', 'syslog',
  'inform', 'include', 'exclude', 'dirs', 'ignore', 'dirlinks'];

/** The per-user log of deleted files, and what is never tidied. */
const RM_LOG = '.cfengine.rm';

class TidySpec {
  patterns: string[] = [];
  ageSeconds: f64 = 0;
  type: string = 'atime';
  /** null: any size. */
  size: SizeLimit | null = null;
  onlyEmpty: bool = false;
  rmdirs: bool = false;
  links: string = 'stop';
  dirlinks: string = 'keep';
  depth: i32 = 1;
}

function readSpec(ctx: RunContext, o: Options): TidySpec | null {
  const spec = new TidySpec();
  spec.patterns = o.all('pattern');
  spec.ageSeconds = (o.has('age') ? parseFloat(o.get('age')) : 0) * 86400;
  if (isNaN(spec.ageSeconds)) {
    ctx.warn(ctx.prefix + 'tidy: age=' + o.get('age') + ' is not a number of days; item skipped');
    return null;
  }
  spec.type = o.get('type', 'atime').toLowerCase();
  if (o.has('size')) {
    const size = o.get('size').toLowerCase();
    if (size == 'empty') spec.onlyEmpty = true;
    else {
      const limit = parseSize(size, 1024);
      if (!limit.valid || limit.op != 0) {
        ctx.warn(ctx.prefix + 'tidy: size=' + o.get('size') + ' is not a size (a number with b, k or m, or empty); item skipped');
        return null;
      }
      spec.size = limit;
    }
  }
  const rmdirs = o.get('rmdirs', 'false').toLowerCase();
  spec.rmdirs = isTrue(rmdirs) || rmdirs == 'all' || rmdirs == 'sub';
  const links = o.get('links', ctx.traverseLinks ? 'traverse' : ctx.deadLinks == 'kill' ? 'tidy' : 'stop').toLowerCase();
  spec.links = links == 'traverse' || links == 'follow' || links == 'true' ? 'traverse' : links == 'tidy' ? 'tidy' : 'stop';
  spec.dirlinks = o.get('dirlinks', 'keep').toLowerCase();
  // recurse=N opens N levels of subdirectories below the named one (L10657-10663): the files
  // directly in it are at depth 1 of the sweep, so it goes N + 1 deep. 0 (the default) is the
  // named directory's own files.
  const r = o.get('recurse', '0');
  const levels = recursion(r);
  spec.depth = r.toLowerCase() == 'inf' ? -1 : levels < 0 ? 1 : levels + 1;
  return spec;
}

export function runTidy(ctx: RunContext, items: JValue[]): void {
  // Held across the sweeps, which collect garbage as they go (run/gc.ts).
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.release(kept + 1);
    gc.safePoint(); // between items too: a policy of 100,000 items keeps no garbage of each
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    if (!ctx.locks.allows(ctx, item.get('home').asBool() ? 'home' : ctx.expand(item.get('path')))) continue;
    const o = readOptions(ctx, item, KNOWN);
    gc.keep(o);
    const spec = readSpec(ctx, o);
    if (!spec) continue;
    gc.keep(spec!);
    let inHomes = item.get('home').asBool();
    if (!inHomes) {
      const written = ctx.expandList(item.get('path'));
      for (let w = 0; w < written.length; w++) if (written[w].startsWith('home/')) inHomes = true;
    }
    const tops = itemPaths(ctx, item);
    gc.keep(tops);
    // Read once per item: every tree tidied in a home logs to that home's ~/.cfengine.rm.
    const homes = inHomes ? homeDirectories(ctx) : [];
    gc.keep(homes);
    let removed = false;
    for (let t = 0; t < tops.length; t++) {
      const dirs = hasWildcard(tops[t]) ? globDirectories(tops[t]) : [tops[t]];
      const keptDirs = gc.keep(dirs);
      for (let d = 0; d < dirs.length; d++) {
        const deleted = tidyTree(ctx, dirs[d], spec!, inHomes);
        if (deleted.length) {
          removed = true;
          if (inHomes) logDeletions(ctx, homes, dirs[d], deleted);
        }
      }
      gc.release(keptDirs);
    }
    if (removed && o.has('define')) defineList(ctx, o.get('define'));
  }
  gc.release(kept);
}

function due(ctx: RunContext, spec: TidySpec, entry: SweepEntry): bool {
  const info = entry.info;
  // type=ctime ages by the inode change time (L10715), which only stat answers (not list-stat).
  const stamp = spec.type == 'mtime' ? info.mtime : spec.type == 'ctime' ? host.statFile(entry.path, false).ctime : info.atime;
  if (ctx.now - stamp < spec.ageSeconds) return false;
  if (spec.onlyEmpty) return info.size == 0;
  const size = spec.size;
  return size == null || info.size >= size.bytes;
}

function remove(ctx: RunContext, entry: SweepEntry, what: string, deleted: string[]): void {
  const path = entry.path;
  const removed = change.remove(ctx, path, entry.info.ino); // the entry listed, not what a link put since leads to
  if (removed.ok) {
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would delete ' : 'Deleting ') + what + path);
    deleted.push(path);
  } else ctx.warn(ctx.prefix + 'tidy: could not delete ' + path + ': ' + host.reasonFor(path, removed.message));
}

/** Tidies one tree; the paths deleted. */
function tidyTree(ctx: RunContext, top: string, spec: TidySpec, inHomes: bool): string[] {
  const deleted: string[] = [];
  const kept = gc.keep(deleted);
  const entries = sweep(ctx, top, spec.depth, spec.links == 'traverse');
  gc.keep(entries);
  // Deepest first, so directories are seen after their contents.
  for (let e = entries.length - 1; e >= 1; e--) {
    gc.safePoint(); // nothing of the last entry is held past here (run/gc.ts)
    const entry = entries[e];
    if (entry.type == 'dir' || entry.name == RM_LOG) continue;
    if (entry.type == 'link' && tidyLink(ctx, entry, spec, inHomes, deleted)) continue;
    if (!matches(spec, entry.name)) continue;
    if (!due(ctx, spec, entry)) continue;
    remove(ctx, entry, 'file ', deleted);
  }
  if (spec.rmdirs) {
    for (let e = entries.length - 1; e >= 0; e--) {
      gc.safePoint();
      const entry = entries[e];
      if (entry.type != 'dir' || host.listDir(entry.path).length > 0) continue;
      remove(ctx, entry, 'directory ', deleted);
    }
  }
  // `deleted` goes back to runTidy, which uses it before any further safe point.
  gc.release(kept);
  return deleted;
}

function matches(spec: TidySpec, name: string): bool {
  if (spec.patterns.length == 0) return true;
  for (let k = 0; k < spec.patterns.length; k++) if (wildcardMatch(spec.patterns[k], name)) return true;
  return false;
}

/** Links: dead ones go with links=tidy (not in home directories, L10680); links to directories obey dirlinks=. True if handled. */
function tidyLink(ctx: RunContext, entry: SweepEntry, spec: TidySpec, inHomes: bool, deleted: string[]): bool {
  const target = host.statFile(entry.path);
  if (target.type == 'none') {
    if (spec.links == 'tidy' && !inHomes) {
      remove(ctx, entry, 'dead link ', deleted);
      return true;
    }
    return false;
  }
  if (target.type != 'dir') return false;
  if (spec.links == 'traverse') return true;
  const empty = host.listDir(entry.path).length == 0;
  // rmdirs overrides dirlinks: a link to an empty directory goes (L10730).
  if (spec.dirlinks == 'keep' && !(spec.rmdirs && empty)) return true;
  if (!matches(spec, entry.name) || !due(ctx, spec, entry)) return true;
  remove(ctx, entry, 'link to directory ', deleted);
  return true;
}

/** ~/.cfengine.rm: what this run deleted in the user's home, owned by root, readable by the user. */
function logDeletions(ctx: RunContext, homes: string[], top: string, deleted: string[]): void {
  for (let h = 0; h < homes.length; h++) {
    const home = homes[h];
    if (!(top == home || top.startsWith(home + '/'))) continue;
    const mine: string[] = [];
    for (let i = 0; i < deleted.length; i++) if (deleted[i].startsWith(home + '/')) mine.push(deleted[i]);
    if (mine.length == 0) continue;
    const log = home + '/' + RM_LOG;
    const written = change.write(ctx, log, utf8(mine.join('\n') + '\n'), 0o644);
    if (!written.ok) {
      ctx.warn(ctx.prefix + 'tidy: could not write ' + log + ': ' + host.reasonFor(log, written.message));
      ctx.exitCode = 1;
      continue;
    }
    const info = host.statFile(log, false);
    // Root's already, or a run that is not root's, which cannot give it away (said every run: noise).
    if ((info.uid == 0 && info.gid == 0) || ctx.uid != 0) continue;
    const owned = change.chown(ctx, log, 0, 0);
    if (!owned.ok) ctx.warn(ctx.prefix + 'tidy: could not make ' + log + ' root\'s: ' + host.reasonFor(log, owned.message));
  }
}

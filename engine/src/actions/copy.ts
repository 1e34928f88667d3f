/**
 * @fileoverview The copy action for local sources (L7536-7834): a file, or a tree with
 * recurse= and include=/exclude= (and the ExcludeCopy control list); a file is copied when the
 * destination is missing, older (type=ctime, the default) or different (type=checksum/sum/byte/
 * binary); links are copied as links; files matching symlink= (or LinkCopies) are linked instead
 * (linktype=); size= is a condition on the source; the old destination is kept as .cfsaved (or in
 * the repository) unless backup=false; mode/owner/group as in files; action=warn only reports,
 * silent says nothing; purge=true removes what the source does not have; define= when something
 * was copied. server= (a cfengine server) is copy-remote.ts.
 */
import * as gc from '../run/gc';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import { wildcardMatch } from '../util/wildcard';
import * as host from '../host';
import { makeDirectories } from './directories';
import { defineList, isTrue, Options, parseSize, readOptions, recursion } from './options';
import { parseMode } from './modes';
import { selected, sweep } from './sweep';
import { groupIds, userIds } from './owners';
import { linkSpec, makeLink } from './links';
import { copyFromServer, isThisHost } from './copy-remote';
import { copyFile, copyLinkAs, CopySpec } from './copy-file';

export const KNOWN = ['dest', 'mode', 'owner', 'group', 'action', 'backup', 'symlink', 'include', 'exclude',
  'recurse', 'type', 'linktype', 'define', 'force', 'size', 'server', 'purge', 'syslog', 'inform',
  'ignore', 'filter', 'secure', 'encrypt', 'verify', 'oldserver', 'trustkey', 'typecheck', 'stealth',
  'timestamps', 'checkroot', 'elsedefine', 'failover', 'findertype'];

function readSpec(ctx: RunContext, o: Options): CopySpec | null {
  const spec = new CopySpec();
  spec.type = o.get('type', ctx.controlValue('defaultcopytype', 'ctime')).toLowerCase();
  spec.mode = parseMode(o.get('mode'));
  if (!spec.mode.valid) {
    ctx.error(ctx.prefix + 'copy: invalid mode ' + o.get('mode'));
    return null;
  }
  spec.owners = userIds(ctx, o.get('owner', '*'));
  spec.groups = groupIds(ctx, o.get('group', '*'));
  spec.backup = !['false', 'off', 'no'].includes(o.get('backup', 'true').toLowerCase());
  spec.force = isTrue(o.get('force', 'false'));
  spec.action = o.get('action', 'fix').toLowerCase();
  if (o.has('size')) {
    const limit = parseSize(o.get('size'), 1);
    if (!limit.valid) {
      ctx.error(ctx.prefix + 'copy: size=' + o.get('size') + ' is not a size (<N, N or >N with b, k or m)');
      return null;
    }
    spec.size = limit;
  }
  spec.symlink = o.all('symlink').concat(ctx.control.has('linkcopies') ? ctx.control.get('linkcopies') : []);
  spec.include = o.all('include');
  spec.exclude = o.all('exclude').concat(ctx.control.has('excludecopy') ? ctx.control.get('excludecopy') : []);
  spec.purge = isTrue(o.get('purge', 'false'));
  return spec;
}

export function runCopy(ctx: RunContext, items: JValue[]): void {
  // Collected between items (run/gc.ts): nothing of the last item is held at the loop's head.
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.safePoint();
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
    const dest = o.get('dest');
    if (dest.length == 0) {
      ctx.warn(ctx.prefix + 'copy: no dest= given; nothing copied');
      continue;
    }
    const spec = readSpec(ctx, o);
    if (!spec || !ctx.locks.allows(ctx, ctx.expand(item.get('path')) + ' dest=' + dest)) continue;
    const sources = ctx.expandList(item.get('path'));
    let copied = false;
    const remote = o.has('server') && !isThisHost(ctx, o.get('server'));
    for (let s = 0; s < sources.length; s++) {
      if (remote ? copyFromServer(ctx, o, sources[s], dest, spec!) : copyTree(ctx, sources[s], dest, o, spec!)) copied = true;
    }
    if (copied && o.has('define')) defineList(ctx, o.get('define'));
  }
  gc.release(kept);
}

function linkedInstead(spec: CopySpec, name: string): bool {
  for (let i = 0; i < spec.symlink.length; i++) if (wildcardMatch(spec.symlink[i], name)) return true;
  return false;
}

function copyTree(ctx: RunContext, source: string, dest: string, o: Options, spec: CopySpec): bool {
  const top = host.statFile(source, false);
  if (top.type == 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + source + ' ' + host.noneReason(source));
    return false;
  }
  const isTree = host.statFile(source).type == 'dir';
  // A directory master without recurse= (or recurse=0) gives its child files that are not
  // directories (L7590-7594, the example at L7748-7760; D27): one level, no subdirectories.
  const depth = recursion(o.get('recurse', '0'));
  const childFilesOnly = isTree && depth == 0;
  const entries = sweep(ctx, source, isTree ? (childFilesOnly ? 1 : depth) : 0, false);
  let copied = false;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const target = dest + entry.path.substring(source.length);
    if (childFilesOnly && e > 0 && entry.type == 'dir') continue;
    if (entry.type == 'dir') {
      if (host.statFile(target).type == 'none' && makeDirectories(ctx, target, 0o755, spec.action == 'silent')) copied = true;
      continue;
    }
    if (e > 0 && !selected(entry.name, spec.include, spec.exclude)) continue;
    if (spec.symlink.length && linkedInstead(spec, entry.name)) {
      if (makeLink(ctx, target, entry.path, linkSpec(ctx, linkOptions(o), false))) copied = true;
      continue;
    }
    if (entry.type == 'link') {
      const linkTarget = host.readlink(entry.path);
      if (linkTarget != null && copyLinkAs(ctx, linkTarget!, entry.path, target, spec)) copied = true;
      continue;
    }
    if (entry.type == 'special') {
      // The manual copies special files as special files (L7591-7592); Node has no mknod, so one
      // is said, not skipped in silence.
      ctx.warn(ctx.prefix + 'copy: ' + entry.path + ' is not a regular file (a FIFO, socket or device); not copied');
      continue;
    }
    if (entry.type != 'file') continue;
    if (copyFile(ctx, entry.path, target, spec)) copied = true;
  }
  if (isTree && spec.purge && purge(ctx, source, dest, childFilesOnly ? 1 : depth, childFilesOnly, spec)) copied = true;
  return copied;
}

/** The options a link made instead of a copy takes: linktype= as its type= (L7694). */
function linkOptions(o: Options): Options {
  const out = new Options();
  if (o.has('linktype')) out.values.set('type', [o.get('linktype')]);
  return out;
}

/**
 * purge=true (L7720-7727): what the image has and the source does not goes (down to the same
 * depth), `.cfsaved` backups included: the image is exact. With only child files copied, only
 * child files are purged.
 */
function purge(ctx: RunContext, source: string, dest: string, depth: i32, filesOnly: bool, spec: CopySpec): bool {
  if (host.statFile(dest).type != 'dir') return false;
  const entries = sweep(ctx, dest, depth, false);
  let removed = false;
  // Deepest first: a directory is emptied before it goes.
  for (let e = entries.length - 1; e >= 1; e--) {
    const entry = entries[e];
    const counterpart = source + entry.path.substring(dest.length);
    if (host.statFile(counterpart, false).type != 'none') continue;
    if (entry.type == 'dir' && (filesOnly || host.listDir(entry.path).length > 0)) continue;
    if (spec.action == 'warn') {
      ctx.warn(ctx.prefix + entry.path + ' is not in ' + source + ' (purge=true would delete it)');
      continue;
    }
    if (change.remove(ctx, entry.path, entry.info.ino).ok) {
      removed = true;
      if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would purge ' : 'Purging ') + entry.path + ' (not in ' + source + ')');
    }
  }
  return removed;
}

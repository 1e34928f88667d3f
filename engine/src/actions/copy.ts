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
import { defineList, isTrue, Options, parseSize, readOptions, recursion, SizeLimit } from './options';
import { ModeSpec, parseMode } from './modes';
import { selected, sweep } from './sweep';
import { checkOwnership, groupIds, IdList, userIds } from './owners';
import { linkSpec, makeLink } from './links';
import { copyFromServer, isThisHost } from './copy-remote';

export const KNOWN = ['dest', 'mode', 'owner', 'group', 'action', 'backup', 'symlink', 'include', 'exclude',
  'recurse', 'type', 'linktype', 'define', 'force', 'size', 'server', 'purge', 'syslog', 'inform',
  'ignore', 'filter', 'secure', 'encrypt', 'verify', 'oldserver', 'trustkey', 'typecheck', 'stealth',
  'timestamps', 'checkroot', 'elsedefine', 'failover', 'findertype'];

/** How one copy item copies. */
export class CopySpec {
  /** ctime, checksum/sum, byte/binary. */
  type: string = 'ctime';
  mode: ModeSpec = new ModeSpec();
  owners: IdList = new IdList();
  groups: IdList = new IdList();
  backup: bool = true;
  force: bool = false;
  /** fix (default), warn or silent. */
  action: string = 'fix';
  size: SizeLimit | null = null;
  symlink: string[] = [];
  include: string[] = [];
  exclude: string[] = [];
  purge: bool = false;
}

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
    ctx.warn(ctx.prefix + 'copy: ' + source + ' does not exist');
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
      if (copyLink(ctx, entry.path, target, spec)) copied = true;
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

/** A link in the source is copied as a link with the same target (L7612). */
function copyLink(ctx: RunContext, from: string, to: string, spec: CopySpec): bool {
  const target = host.readlink(from);
  if (!target) return false;
  const there = host.statFile(to, false);
  if (there.type == 'link') {
    const now = host.readlink(to);
    if (now != null && now! == target!) return false;
  } else if (there.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a link; the link ' + from + ' is not copied');
    return false;
  }
  if (spec.action == 'warn') {
    ctx.warn(ctx.prefix + 'Link ' + to + ' needs to be copied from ' + from);
    return false;
  }
  if (there.type == 'link' && !change.remove(ctx, to).ok) return false;
  const slash = to.lastIndexOf('/');
  if (slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755, spec.action == 'silent')) return false;
  const linked = change.symlink(ctx, target!, to);
  if (!linked.ok) {
    ctx.warn(ctx.prefix + 'copy: could not make the link ' + to + ': ' + linked.message);
    return false;
  }
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy link ' : 'Copying link ') + from + ' to ' + to);
  return true;
}

/** Copies one plain file if it needs it; true if something changed. */
export function copyFile(ctx: RunContext, from: string, to: string, spec: CopySpec): bool {
  const src = host.statFile(from);
  if (spec.size != null && !spec.size!.matches(src.size)) {
    ctx.info(ctx.prefix + 'copy: ' + from + ' (' + src.size.toString() + ' bytes) is not of the size asked; not copied');
    return false;
  }
  const dst = host.statFile(to);
  if (src.type != 'file') {
    ctx.warn(ctx.prefix + 'copy: cannot read ' + from + ': ' + (src.type == 'none' ? 'no such file' : 'not a regular file'));
    return false;
  }
  const mode = spec.mode.given ? spec.mode.apply(src.mode, false) : src.mode;
  if (dst.type == 'file') {
    const byContent = spec.type == 'checksum' || spec.type == 'sum' || spec.type == 'byte' || spec.type == 'binary';
    // By time (the default): the master is newer than the image (L7678), whatever their contents.
    let needed = src.mtime > dst.mtime;
    if (byContent) {
      // Compared by the host, in chunks: neither file comes into the core.
      const same = host.sameContents(from, to);
      if (!same.ok) {
        ctx.warn(ctx.prefix + 'copy: cannot read ' + from + ': ' + same.message);
        return false;
      }
      needed = !same.json().get('same').asBool();
    }
    if (!needed && !spec.force) return fixAttributes(ctx, to, dst, mode, spec);
  } else if (dst.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a plain file');
    return false;
  }
  if (spec.action == 'warn') {
    ctx.warn(ctx.prefix + 'Image file ' + to + ' is ' + (dst.type == 'none' ? 'missing' : 'out of date') + ' (source ' + from + ')');
    return false;
  }
  const slash = to.lastIndexOf('/');
  if (slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755, spec.action == 'silent')) return false;
  const backup = ctx.backupPath(to, '.cfsaved');
  const keptAside = dst.type == 'file' && spec.backup && change.rename(ctx, to, backup).ok;
  // The host streams the bytes from one file to the other (any size; none pass through the core).
  const written = change.copy(ctx, from, to, mode, src.size);
  if (!written.ok) {
    // The old file goes back under its name: a failed copy (a full disk) replaces nothing.
    if (keptAside) change.rename(ctx, backup, to);
    ctx.warn(ctx.prefix + 'copy: could not write ' + to + ': ' + written.message);
    ctx.exitCode = 1;
    return false;
  }
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy from localhost:' : 'Copying from localhost:') + from + ' to ' + to);
  checkOwnership(ctx, to, host.statFile(to), spec.owners, spec.groups, true);
  return true;
}

/** An up-to-date image still gets the mode, owner and group asked for. */
export function fixAttributes(ctx: RunContext, to: string, dst: host.FileInfo, mode: i32, spec: CopySpec): bool {
  let changed = false;
  if (spec.mode.given && dst.mode != mode && spec.action != 'warn') {
    if (change.chmod(ctx, to, mode).ok) changed = true;
  }
  if (checkOwnership(ctx, to, dst, spec.owners, spec.groups, spec.action != 'warn')) changed = true;
  return changed;
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
    if (change.remove(ctx, entry.path).ok) {
      removed = true;
      if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would purge ' : 'Purging ') + entry.path + ' (not in ' + source + ')');
    }
  }
  return removed;
}

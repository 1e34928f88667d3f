/**
 * @fileoverview The links action (L9546-9960): `from -> to` makes a link, `+>` links every child
 * of `to` into `from` (down to recurse= levels, directories made instead of linked), `+>
 * linkchildren` finds `to` on a binary server's mounted filesystem (L9800-9866). type= symbolic
 * (default), absolute (the target's true path, L9910), relative (L9888) or hard (L9930). `!`
 * replaces a link pointing elsewhere or a plain file (kept under a time-stamped backup name, case
 * 158); without it a link pointing elsewhere is left ("Doing nothing!", case 160). A link to
 * nothing is not made unless nofile=force (deadlinks=force); an existing one is reported, or
 * removed with nofile=kill or -L. copy= (and the CopyLinks control list) copies matching files
 * instead; exclude=/include= (and ExcludeLinks) select children.
 */
import * as gc from '../run/gc';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { makeDirectories } from './directories';
import { defineList, Options, readOptions, recursion } from './options';
import { baseName, dirName, isIgnored, selected } from './sweep';
import { checkOwnership, IdList } from './owners';
import { copyFile, CopySpec } from './copy-file';
import { wildcardMatch } from '../util/wildcard';
import { TextBuilder } from '../util/text';
import { pathTooLong } from '../run/paths';

export const KNOWN = ['type', 'copy', 'recurse', 'copytype', 'include', 'exclude', 'action', 'deadlinks',
  'define', 'nofile', 'syslog', 'inform', 'ignore'];

/** How links of one item are made. */
export class LinkSpec {
  force: bool = false;
  /** symbolic, absolute, relative or hard. */
  type: string = 'symbolic';
  /** force: link to files that do not exist; kill: remove such links; '' report them. */
  nofile: string = '';
  copy: string[] = [];
  copyType: string = 'ctime';
  include: string[] = [];
  exclude: string[] = [];
  silent: bool = false;
  depth: i32 = 0;
  owners: IdList = new IdList();
  groups: IdList = new IdList();
}

export function linkSpec(ctx: RunContext, o: Options, force: bool): LinkSpec {
  const spec = new LinkSpec();
  spec.force = force || ctx.enforceLinks;
  const type = o.get('type', 'symbolic').toLowerCase();
  spec.type = type.startsWith('rel') ? 'relative' : type.startsWith('abs') ? 'absolute' : type == 'hard' ? 'hard' : 'symbolic';
  if (!['symbolic', 'symlink', 'sym', 'relative', 'rel', 'absolute', 'abs', 'hard'].includes(type)) {
    ctx.warn(ctx.prefix + 'links: type=' + type + ' is not symbolic, absolute, relative or hard; symbolic used');
  }
  spec.nofile = (o.has('nofile') ? o.get('nofile') : o.get('deadlinks', '')).toLowerCase();
  if (ctx.deadLinks == 'kill' && spec.nofile.length == 0) spec.nofile = 'kill';
  spec.copy = o.all('copy').concat(ctx.control.has('copylinks') ? ctx.control.get('copylinks') : []);
  spec.copyType = o.get('copytype', 'ctime').toLowerCase();
  spec.include = o.all('include');
  spec.exclude = o.all('exclude').concat(ctx.control.has('excludelinks') ? ctx.control.get('excludelinks') : []);
  spec.silent = o.get('action', '').toLowerCase() == 'silent';
  spec.depth = recursion(o.get('recurse', '0'));
  return spec;
}

/** `to` relative to the directory of `from` (type=relative, L9888). */
function relativeTarget(from: string, to: string): string {
  const a = dirName(from).split('/').filter((s) => s.length > 0);
  const b = to.split('/').filter((s) => s.length > 0);
  let k = 0;
  while (k < a.length && k < b.length && a[k] == b[k]) k++;
  const out = new TextBuilder().addCode(0x2e);
  for (let i = k; i < a.length; i++) out.add('/..');
  for (let i = k; i < b.length; i++) out.addCode(0x2f).add(b[i]);
  return out.toString();
}

/** `path` with links and dots in it resolved, at most four levels of links (type=absolute, L9655). */
export function truePath(path: string): string {
  const queue = path.split('/').filter((s) => s.length > 0 && s != '.');
  const at: string[] = [];
  let hops = 0;
  while (queue.length > 0) {
    const part = queue.shift();
    if (part == '..') {
      if (at.length) at.pop();
      continue;
    }
    const here = '/' + at.concat([part]).join('/');
    if (hops < 4 && host.statFile(here, false).type == 'link') {
      const target = host.readlink(here);
      if (target) {
        hops++;
        if (target!.startsWith('/')) at.length = 0;
        const parts = target!.split('/').filter((s) => s.length > 0 && s != '.');
        for (let i = parts.length - 1; i >= 0; i--) queue.unshift(parts[i]);
        continue;
      }
    }
    at.push(part);
  }
  return '/' + at.join('/');
}

/**
 * Where a link target leads, seen from the link's directory. The directories leading up to the
 * link that do not exist yet are made before the link (L9643-9646), as plain directories: a `..`
 * of a relative target climbs out of them by name, and only what is left is resolved from the
 * nearest directory that exists (`/new/dir/link -> ../opt/tool` is /new/opt/tool).
 */
function targetPath(from: string, target: string): string {
  if (target.startsWith('/')) return target;
  let existing = dirName(from);
  const toMake: string[] = [];
  while (existing != '/' && host.statFile(existing).type == 'none') {
    toMake.unshift(baseName(existing));
    existing = dirName(existing);
  }
  if (toMake.length == 0) return (existing == '/' ? '' : existing) + '/' + target;
  const parts = target.split('/');
  // `rest`: names below the directories to make (none of which exist either).
  const rest: string[] = [];
  let tail = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.length == 0 || part == '.') continue;
    if (toMake.length == 0 && rest.length == 0) {
      // Back in what exists: the host resolves the rest (links included).
      tail = parts.slice(i).join('/');
      break;
    }
    if (part == '..') {
      if (rest.length > 0) rest.pop();
      else toMake.pop();
    } else rest.push(part);
  }
  let path = toMake.concat(rest).join('/');
  if (tail.length) path = path.length ? path + '/' + tail : tail;
  return (existing == '/' ? '' : existing) + '/' + path;
}

function say(ctx: RunContext, spec: LinkSpec, message: string): void {
  if (!spec.silent) ctx.info(ctx.prefix + message);
}

/** A time-stamped backup name, as cfengine 2 makes for displaced files (case 158). */
function stampedName(ctx: RunContext, path: string): string {
  const t = <i64>ctx.now;
  return path + '_' + t.toString() + '_' + new Date(t * 1000).toISOString().replaceAll(':', '-') + '_.cfsaved';
}

/** Whether a file matches copy= / CopyLinks: then it is copied, not linked (L9668). */
function copiedInstead(spec: LinkSpec, to: string): bool {
  const name = baseName(to);
  for (let i = 0; i < spec.copy.length; i++) if (wildcardMatch(spec.copy[i], name)) return true;
  return false;
}

/** A link text as compared: a leading ./ and trailing slashes do not count. */
function sameTarget(a: string, b: string): bool {
  let x = a.startsWith('./') ? a.substring(2) : a;
  let y = b.startsWith('./') ? b.substring(2) : b;
  while (x.length > 1 && x.endsWith('/')) x = x.substring(0, x.length - 1);
  while (y.length > 1 && y.endsWith('/')) y = y.substring(0, y.length - 1);
  return x == y;
}

/** Makes (or checks) one link; true if something changed. */
export function makeLink(ctx: RunContext, from: string, to: string, spec: LinkSpec): bool {
  if (spec.copy.length && copiedInstead(spec, to) && host.statFile(to).type == 'file') {
    const copy = new CopySpec();
    copy.type = spec.copyType;
    copy.owners = spec.owners;
    copy.groups = spec.groups;
    return copyFile(ctx, to, from, copy);
  }
  if (spec.type == 'hard') return makeHardLink(ctx, from, to, spec);
  const target = spec.type == 'relative' ? relativeTarget(from, to) : spec.type == 'absolute' ? truePath(to) : to;
  const exists = host.statFile(targetPath(from, target)).type != 'none';
  const info = host.statFile(from, false);
  if (info.type == 'link') {
    const current = host.readlink(from);
    if (current != null && (sameTarget(current!, target) || sameTarget(current!, to))) {
      if (!exists) return deadLink(ctx, from, current!, spec);
      return fixLinkOwner(ctx, from, spec);
    }
    if (!spec.force) {
      ctx.warn(ctx.prefix + 'Old link ' + from + ' points somewhere else. Doing nothing!');
      return false;
    }
  } else if (info.type != 'none' && !spec.force) {
    ctx.warn(ctx.prefix + 'Cannot make link: ' + from + ' exists and is not a link! (use ->! to replace it)');
    return false;
  }
  if (!exists && spec.nofile != 'force') {
    ctx.warn(ctx.prefix + 'Cannot link ' + from + ' to ' + target + ': it does not exist (nofile=force links anyway)');
    return false;
  }
  if (info.type == 'link') {
    const removed = change.remove(ctx, from);
    if (!removed.ok) {
      ctx.warn(ctx.prefix + 'could not remove the old link ' + from + ': ' + host.reasonFor(from, removed.message));
      return false;
    }
  } else if (info.type != 'none') {
    // A file or directory in the way is kept under a time-stamped name (.cfsaved.dir for a directory).
    const backup = info.type == 'dir' ? stampedName(ctx, from) + '.dir'
      : ctx.controlValue('repository', '').length ? ctx.backupPath(from, '.cfsaved') : stampedName(ctx, from);
    if (host.statFile(backup, false).type != 'none') {
      ctx.warn(ctx.prefix + 'Unable to force link to ' + from + ': ' + backup + ' exists already');
      return false;
    }
    const moved = change.rename(ctx, from, backup);
    if (!moved.ok) {
      ctx.warn(ctx.prefix + 'could not move ' + from + ' aside: ' + moved.message);
      return false;
    }
    say(ctx, spec, (ctx.dryRun ? 'would move ' : 'Moved ') + from + ' to ' + backup + ' to make room for a link');
  }
  if (!makeDirectories(ctx, dirName(from), 0o755)) return false;
  const linked = change.symlink(ctx, target, from);
  if (!linked.ok) {
    ctx.warn(ctx.prefix + 'could not link ' + from + ' -> ' + target + ': ' + host.reasonFor(from, linked.message));
    return false;
  }
  say(ctx, spec, (ctx.dryRun ? 'would link files ' : 'Linking files ') + from + ' -> ' + target);
  fixLinkOwner(ctx, from, spec);
  return true;
}

/** A link whose file is gone: reported, or removed with nofile=kill / -L (L9620, L9680). */
function deadLink(ctx: RunContext, from: string, target: string, spec: LinkSpec): bool {
  if (spec.nofile == 'force') return false;
  if (spec.nofile != 'kill') {
    ctx.warn(ctx.prefix + 'Link ' + from + ' points to ' + target + ', which does not exist');
    return false;
  }
  if (!change.remove(ctx, from).ok) return false;
  say(ctx, spec, (ctx.dryRun ? 'would remove dead link ' : 'Removing dead link ') + from + ' -> ' + target);
  return true;
}

/** files action=linkchildren sets the links' owner and group in the same go (L9140). */
function fixLinkOwner(ctx: RunContext, from: string, spec: LinkSpec): bool {
  if (spec.owners.any && spec.groups.any) return false;
  return checkOwnership(ctx, from, host.statFile(from, false), spec.owners, spec.groups, true);
}

/** type=hard (L9930): only to plain files; the same file already there is fine. */
function makeHardLink(ctx: RunContext, from: string, to: string, spec: LinkSpec): bool {
  const target = host.statFile(to);
  if (target.type != 'file') {
    ctx.warn(ctx.prefix + 'Cannot make a hard link ' + from + ' to ' + to + ': ' +
      (target.type == 'none' ? 'it does not exist' : 'not a plain file'));
    return false;
  }
  const info = host.statFile(from, false);
  if (info.type == 'file' && info.ino != 0 && host.identity(info) == host.identity(target)) return false;
  if (info.type != 'none') {
    if (!spec.force || info.type == 'dir') {
      ctx.warn(ctx.prefix + from + ' does not appear to be a hard link to ' + to + (spec.force ? ' (a directory: left)' : '. Doing nothing!'));
      return false;
    }
    if (info.type == 'link') change.remove(ctx, from);
    else {
      const backup = stampedName(ctx, from);
      if (!change.rename(ctx, from, backup).ok) return false;
      say(ctx, spec, (ctx.dryRun ? 'would move ' : 'Moved ') + from + ' to ' + backup + ' to make room for a link');
    }
  }
  if (!makeDirectories(ctx, dirName(from), 0o755)) return false;
  const linked = change.link(ctx, to, from);
  if (!linked.ok) {
    ctx.warn(ctx.prefix + 'could not make the hard link ' + from + ' to ' + to + ': ' + host.reasonFor(to, linked.message));
    return false;
  }
  say(ctx, spec, (ctx.dryRun ? 'would hard-link ' : 'Hard-linking ') + from + ' -> ' + to);
  return true;
}

/** `+>`: each child of `to` linked into `from`; with recurse=N, N levels of directories (L9766-9790). */
export function linkTree(ctx: RunContext, from: string, to: string, spec: LinkSpec, depth: i32, seen: Set<string> | null = null): bool {
  const top = host.statFile(to);
  if (top.type != 'dir') {
    ctx.warn(ctx.prefix + 'links: ' + to + ' is not a directory; no children to link');
    return false;
  }
  // Directories reached through links are followed once each, as a files sweep with -l does: two
  // links back up the tree made recurse=inf walk 2^40 paths (a hang; one made 40 levels).
  if (!seen) {
    seen = new Set<string>();
    const id = host.identity(top);
    if (id.length > 0) seen.add(id);
  }
  let made = false;
  const entries = host.listDir(to);
  for (let e = 0; e < entries.length; e++) {
    const name = entries[e].name;
    if (isIgnored(ctx, to, name) || !selected(name, spec.include, spec.exclude)) continue;
    const child = to + '/' + name;
    const info = spec.depth != 0 ? host.statFile(child) : new host.FileInfo();
    if (info.type == 'dir') {
      // recurse=N counts this directory as the first of N levels, as the agent does: recurse=1
      // links only the children here. A subdirectory is made with the first link made in it.
      if (depth == 1) continue;
      const id = host.identity(info);
      if (id.length > 0) {
        // Only a link is checked: only a link can lead back up the tree.
        if (entries[e].type == 'link' && seen!.has(id)) {
          ctx.warn(ctx.prefix + 'link ' + child + ' leads back to a directory already linked; not followed');
          continue;
        }
        seen!.add(id);
      }
      if (linkTree(ctx, from + '/' + name, child, spec, depth - 1, seen)) made = true;
      continue;
    }
    if (makeLink(ctx, from + '/' + name, child, spec)) made = true;
  }
  return made;
}

/**
 * `+> linkchildren` and files action=linkchildren (L9800-9866): the directory `path` is looked
 * for on the mounted filesystems of the binary servers (mountables whose server is $(binserver)
 * or this host): the last component of `path`, then the last two, … ; the first that exists
 * has its children linked into `path`.
 */
export function linkChildren(ctx: RunContext, path: string, o: Options, force: bool, owners: IdList, groups: IdList): bool {
  const spec = linkSpec(ctx, o, force);
  spec.owners = owners;
  spec.groups = groups;
  const source = binserverCopy(ctx, path);
  if (source.length == 0) {
    ctx.warn(ctx.prefix + 'linkchildren: no binary server filesystem (mountables) holds ' + path);
    return false;
  }
  if (host.statFile(path).type == 'none' && !makeDirectories(ctx, path, 0o755)) return false;
  return linkTree(ctx, path, source, spec, spec.depth);
}

function binserverCopy(ctx: RunContext, path: string): string {
  const parts = path.split('/').filter((s) => s.length > 0);
  const servers = ctx.binservers();
  for (let k = parts.length - 1; k >= 0; k--) {
    const tail = '/' + parts.slice(k + 1).join('/');
    for (let m = 0; m < ctx.mountables.length; m++) {
      const resource = ctx.mountables[m];
      const colon = resource.indexOf(':');
      if (colon < 0) continue;
      const server = resource.substring(0, colon);
      const fs = resource.substring(colon + 1);
      if (!servers.includes(server) || !fs.endsWith('/' + parts[k])) continue;
      const candidate = fs + (tail == '/' ? '' : tail);
      if (candidate != path && host.statFile(candidate).type == 'dir') return candidate;
    }
  }
  return '';
}

export function runLinks(ctx: RunContext, items: JValue[], action: string): void {
  // Collected between items (run/gc.ts): nothing of the last item is held at the loop's head.
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.safePoint();
    const item = items[i];
    if (item.get('kind').asString() != 'link') continue;
    const children = item.get('children').asBool();
    if ((action == 'simplelinks' && children) || (action == 'childlinks' && !children)) continue;
    if (!ctx.locks.allows(ctx, ctx.expand(item.get('from')) + (children ? ' +> ' : ' -> ') + ctx.expand(item.get('to')))) continue;
    const o = readOptions(ctx, item, KNOWN);
    const force = item.get('force').asBool();
    const spec = linkSpec(ctx, o, force);
    const froms = ctx.expandList(item.get('from'));
    const tos = ctx.expandList(item.get('to'));
    let made = false;
    for (let f = 0; f < froms.length; f++) {
      if (pathTooLong(ctx, froms[f])) continue;
      for (let t = 0; t < tos.length; t++) {
        if (pathTooLong(ctx, tos[t])) continue;
        if (!children) {
          if (makeLink(ctx, froms[f], tos[t], spec)) made = true;
        } else if (tos[t] == 'linkchildren') {
          if (linkChildren(ctx, froms[f], o, force, new IdList(), new IdList())) made = true;
        } else if (linkTree(ctx, froms[f], tos[t], spec, spec.depth)) made = true;
      }
    }
    if (made && o.has('define')) defineList(ctx, o.get('define'));
  }
  gc.release(kept);
}

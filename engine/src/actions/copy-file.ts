/**
 * @fileoverview What the copy actions share (copy.ts for local sources, copy-remote.ts for
 * server=, links.ts for a link made as a copy): how an item copies (CopySpec), one plain local
 * file, a link copied as a link, and the attributes of an image that is up to date.
 */
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { makeDirectories } from './directories';
import { SizeLimit } from './options';
import { ModeSpec, warnUnsafeCopyMode } from './modes';
import { checkOwnership, IdList } from './owners';

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

/**
 * A link in the source is copied as a link with the same target (L7612); `origin` names the
 * source in messages. True if the link was made.
 */
export function copyLinkAs(ctx: RunContext, target: string, origin: string, to: string, spec: CopySpec): bool {
  const there = host.statFile(to, false);
  if (there.type == 'link') {
    const now = host.readlink(to);
    if (now != null && now! == target) return false;
  } else if (there.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a link; the link ' + origin + ' is not copied');
    return false;
  }
  if (spec.action == 'warn') {
    ctx.warn(ctx.prefix + 'Link ' + to + ' needs to be copied from ' + origin);
    return false;
  }
  if (there.type == 'link' && !change.remove(ctx, to).ok) return false;
  const slash = to.lastIndexOf('/');
  if (slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755, spec.action == 'silent')) return false;
  const linked = change.symlink(ctx, target, to);
  if (!linked.ok) {
    ctx.warn(ctx.prefix + 'copy: could not make the link ' + to + ': ' + host.reasonFor(to, linked.message));
    return false;
  }
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy link ' : 'Copying link ') + origin + ' to ' + to);
  return true;
}

/** `kept` is the very file `judged` (same inode), where the host says inodes. */
function isImage(kept: host.FileInfo, judged: host.FileInfo): bool {
  return kept.type == 'file' && judged.ino != 0 && kept.ino == judged.ino && (judged.dev == 0 || kept.dev == judged.dev);
}

/**
 * The image about to be replaced is kept as FILE.cfsaved (or in the repository): a second name.
 * False (said, and the run's status 1) if it cannot be: then the image is not replaced, as an
 * edit is not saved, so no old content is lost (a repository directory not made yet, say).
 */
export function keepBackup(ctx: RunContext, to: string, judged: host.FileInfo): bool {
  const backup = ctx.backupPath(to, '.cfsaved');
  const kept = host.statFile(backup, false);
  // The backup is the very image judged (its inode): another run copying the same file at the
  // same time kept it a moment ago, and has perhaps put its copy in place since. Removing that
  // backup to link the image again would then link the new copy and lose the old contents.
  if (isImage(kept, judged)) return true;
  if (kept.type != 'none') change.remove(ctx, backup);
  if (change.link(ctx, to, backup).ok) return true;
  // The other run linked it between this one's look and its link (EEXIST): kept all the same.
  if (isImage(host.statFile(backup, false), judged)) return true;
  ctx.warn(ctx.prefix + 'copy: could not keep ' + to + ' as ' + backup + '; not replaced');
  ctx.exitCode = 1;
  return false;
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
        ctx.warn(ctx.prefix + 'copy: cannot read ' + from + ': ' + host.reasonFor(from, same.message));
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
  // The old image is kept as a second name (a hard link), not renamed away: the new one is
  // written atomically over it, so the file is never missing, even when the run dies mid-write.
  if (dst.type == 'file' && spec.backup && !keepBackup(ctx, to, dst)) return false;
  // The host streams the bytes from one file to the other (any size; none pass through the core).
  const written = change.copy(ctx, from, to, mode, src.size);
  if (!written.ok) {
    // A failed copy (a full disk) replaced nothing: the write was complete or not at all.
    ctx.warn(ctx.prefix + 'copy: could not write ' + to + ': ' + host.reasonFor(to, written.message));
    ctx.exitCode = 1;
    return false;
  }
  warnUnsafeCopyMode(ctx, to, mode);
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy from localhost:' : 'Copying from localhost:') + from + ' to ' + to);
  checkOwnership(ctx, to, host.statFile(to), spec.owners, spec.groups, true, mode); // the mode it was written with
  return true;
}

/** An up-to-date image still gets the mode, owner and group asked for. */
export function fixAttributes(ctx: RunContext, to: string, dst: host.FileInfo, mode: i32, spec: CopySpec): bool {
  let changed = false;
  if (spec.mode.given && dst.mode != mode && spec.action != 'warn') {
    const r = change.chmod(ctx, to, mode);
    if (r.ok) changed = true;
    else ctx.warn(ctx.prefix + 'copy: could not change the mode of ' + to + ': ' + host.reasonFor(to, r.message));
  }
  if (checkOwnership(ctx, to, dst, spec.owners, spec.groups, spec.action != 'warn', spec.mode.askedSetId())) changed = true;
  return changed;
}

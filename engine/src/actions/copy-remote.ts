/**
 * @fileoverview copy with server= (L7665-7700, L4869-4900): the source is a file or a tree on a
 * cfengine server, read through the host's remote calls (engine/src/host.ts remoteStat/List/Read/
 * Differs). The same rules as a local copy (copy.ts): type=ctime copies when the server's file is
 * newer than the image; checksum/sum (and byte/binary, which over the network can only be
 * compared by digest) when the server says they differ, without fetching the file; recurse=,
 * include=/exclude=, purge=, size=, mode/owner/group, action=, backup=, define=, force=. The file
 * is written atomically by the host as it arrives, nothing visible before it is complete (a fetch
 * that fails leaves the old file). A server that is down, refuses us or whose key is not trusted
 * gets one message for the run; its other copies are passed over. Under dry run the copy runs
 * the same, into the overlay host, which fetches nothing unless a later action reads the file
 * (host/core/overlay-host.ts). server= naming this host is a local
 * copy (L5308).
 */
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { wildcardMatch } from '../util/wildcard';
import { makeDirectories } from './directories';
import { isTrue, Options, recursion } from './options';
import { selected } from './sweep';
import { checkOwnership } from './owners';
import { CopySpec, fixAttributes } from './copy';

/** Whether server= names this host: then the copy is local (L5308). */
export function isThisHost(ctx: RunContext, server: string): bool {
  const s = server.toLowerCase();
  return s == 'localhost' || s == ctx.host.toLowerCase() || (ctx.fqhost.length > 0 && s == ctx.fqhost.toLowerCase());
}

/** The server of a copy item: its port (control `port`, our addition) and whether to learn its key. */
function serverOf(ctx: RunContext, o: Options): host.ServerRef {
  const ref = new host.ServerRef();
  ref.host = o.get('server');
  const port = I32.parseInt(ctx.controlValue('port', '0'));
  ref.port = isNaN(<f64>port) ? 0 : port;
  ref.trustKey = isTrue(o.get('trustkey', 'false'));
  const from = ctx.control.has('trustkeysfrom') ? ctx.control.get('trustkeysfrom') : [];
  for (let i = 0; i < from.length && !ref.trustKey; i++) ref.trustKey = wildcardMatch(from[i], ref.host);
  return ref;
}

/** The cfengine 2 words the TLS protocol has its own answer to: accepted, said once. */
function noteImplied(ctx: RunContext, o: Options): void {
  if (isTrue(o.get('encrypt', 'false'))) implied(ctx, 'encrypt=true', 'every connection to a server is encrypted (TLS)');
  if (isTrue(o.get('verify', 'false'))) implied(ctx, 'verify=true', 'a copy is fetched whole and checked for its size before it replaces anything');
  if (o.has('symlink') || o.has('linktype')) implied(ctx, 'symlink=', 'a file on a server cannot be linked to; it is copied');
  if (o.has('oldserver')) implied(ctx, 'oldserver=' + o.get('oldserver'), 'cfwasm speaks only the TLS protocol of cf-serverd 3.x');
}

function implied(ctx: RunContext, what: string, why: string): void {
  if (ctx.remoteNoted.includes(what)) return;
  ctx.remoteNoted.push(what);
  ctx.info(ctx.prefix + 'copy: ' + what + ' is implied: ' + why);
}

/** Copies `source` on the item's server to `dest`; true if something changed. */
export function copyFromServer(ctx: RunContext, o: Options, source: string, dest: string, spec: CopySpec): bool {
  const server = serverOf(ctx, o);
  if (ctx.failedServers.includes(server.host)) return false;
  noteImplied(ctx, o);
  const top = host.remoteStat(server, source);
  if (!reachable(ctx, server, top.status, top.message, top.notes)) return false;
  if (top.status != 0) {
    ctx.warn(ctx.prefix + 'copy: cannot copy ' + server.host + ':' + source + ': ' + top.message);
    return false;
  }
  if (top.type == 'dir') return copyDir(ctx, server, source, dest, recursion(o.get('recurse', '0')), 1, spec);
  return copyEntry(ctx, server, source, top, dest, spec);
}

/** Notes and a failure of the whole server: said once, and the server is passed over from then on. */
function reachable(ctx: RunContext, server: host.ServerRef, status: i32, message: string, notes: string[]): bool {
  // Keys made or learnt: said whatever the verbosity (cf-agent's notice level).
  for (let i = 0; i < notes.length; i++) ctx.warn(ctx.prefix + notes[i]);
  if (status != host.REMOTE_SERVER_FAILED && status != host.HostStatus.NotAvailable) return true;
  ctx.failedServers.push(server.host);
  ctx.error(ctx.prefix + 'copy: cannot copy from ' + server.host + ': ' + message + '; its copies are passed over in this run');
  return false;
}

/** reachable() for a reply: its bytes are read as words only when it failed (a file's may be 100 MB). */
function replyReachable(ctx: RunContext, server: host.ServerRef, r: host.HostReply): bool {
  return r.ok || reachable(ctx, server, r.status, r.message, []);
}

function copyEntry(ctx: RunContext, server: host.ServerRef, from: string, info: host.RemoteInfo, to: string, spec: CopySpec): bool {
  if (info.type == 'link') return copyLink(ctx, server, from, info.target, to, spec);
  if (info.type != 'file') return false;
  return copyFile(ctx, server, from, info, to, spec);
}

/** A directory on the server, down to `depth` levels (-1: all); `level` is this one's. */
function copyDir(ctx: RunContext, server: host.ServerRef, from: string, to: string, depth: i32, level: i32, spec: CopySpec): bool {
  let copied = false;
  if (host.statFile(to).type == 'none' && makeDirectories(ctx, to, 0o755, spec.action == 'silent')) copied = true;
  const entries: host.RemoteEntry[] = [];
  const r = host.remoteList(server, from, entries);
  if (!replyReachable(ctx, server, r)) return copied;
  if (!r.ok) {
    ctx.warn(ctx.prefix + 'copy: cannot list ' + server.host + ':' + from + ': ' + r.message + '; passed over');
    return copied;
  }
  const kept: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const info = entries[i];
    const name = info.name;
    let ignored = false;
    for (let k = 0; k < ctx.ignore.length && !ignored; k++) ignored = wildcardMatch(ctx.ignore[k], name);
    if (ignored) continue;
    kept.push(name);
    const path = (from == '/' ? '' : from) + '/' + name;
    const target = to + '/' + name;
    if (info.status != 0) {
      ctx.warn(ctx.prefix + 'copy: cannot copy ' + server.host + ':' + path + ': ' + info.message);
      continue;
    }
    if (info.type == 'dir') {
      if (depth < 0 || level < depth) {
        if (copyDir(ctx, server, path, target, depth, level + 1, spec)) copied = true;
      } else if (host.statFile(target).type == 'none' && makeDirectories(ctx, target, 0o755, spec.action == 'silent')) {
        copied = true; // the deepest level's directories are made, not entered (as a local copy does)
      }
      continue;
    }
    if (!selected(name, spec.include, spec.exclude)) continue;
    if (copyEntry(ctx, server, path, info, target, spec)) copied = true;
  }
  if (spec.purge && purgeExtra(ctx, server, to, kept, spec)) copied = true;
  return copied;
}

/** purge=true (L7710): what the image directory has and the server's does not, goes. */
function purgeExtra(ctx: RunContext, server: host.ServerRef, dir: string, names: string[], spec: CopySpec): bool {
  const here = host.listDir(dir);
  let removed = false;
  for (let i = 0; i < here.length; i++) {
    const name = here[i].name;
    if (names.includes(name)) continue;
    if (name.endsWith('.cfsaved') && names.includes(name.substring(0, name.length - 8))) continue;
    const path = dir + '/' + name;
    if (spec.action == 'warn') {
      ctx.warn(ctx.prefix + path + ' is not on ' + server.host + ' (purge=true would delete it)');
      continue;
    }
    if (removeTree(ctx, path, here[i].type)) {
      removed = true;
      if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would purge ' : 'Purging ') + path + ' (not on ' + server.host + ')');
    }
  }
  return removed;
}

function removeTree(ctx: RunContext, path: string, type: string): bool {
  if (type == 'dir') {
    const inside = host.listDir(path);
    for (let i = 0; i < inside.length; i++) removeTree(ctx, path + '/' + inside[i].name, inside[i].type);
  }
  return change.remove(ctx, path).ok;
}

/** The image about to be replaced is kept as FILE.cfsaved (or in the repository): a second name. */
function keepBackup(ctx: RunContext, to: string): void {
  const backup = ctx.backupPath(to, '.cfsaved');
  if (host.statFile(backup, false).type != 'none') change.remove(ctx, backup);
  if (!change.link(ctx, to, backup).ok) ctx.warn(ctx.prefix + 'copy: could not keep ' + to + ' as ' + backup);
}

/** A link on the server is copied as a link with the same target (L7612). */
function copyLink(ctx: RunContext, server: host.ServerRef, from: string, target: string, to: string, spec: CopySpec): bool {
  const there = host.statFile(to, false);
  if (there.type == 'link') {
    const now = host.readlink(to);
    if (now != null && now! == target) return false;
  } else if (there.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a link; the link ' + server.host + ':' + from + ' is not copied');
    return false;
  }
  if (spec.action == 'warn') {
    ctx.warn(ctx.prefix + 'Link ' + to + ' needs to be copied from ' + server.host + ':' + from);
    return false;
  }
  if (there.type == 'link' && !change.remove(ctx, to).ok) return false;
  if (!change.symlink(ctx, target, to).ok) {
    ctx.warn(ctx.prefix + 'copy: could not make the link ' + to);
    return false;
  }
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy link ' : 'Copying link ') + server.host + ':' + from + ' to ' + to);
  return true;
}

function copyFile(ctx: RunContext, server: host.ServerRef, from: string, src: host.RemoteInfo, to: string, spec: CopySpec): bool {
  if (spec.size != null && !spec.size!.matches(src.size)) {
    ctx.info(ctx.prefix + 'copy: ' + server.host + ':' + from + ' (' + src.size.toString() + ' bytes) is not of the size asked; not copied');
    return false;
  }
  const dst = host.statFile(to);
  const mode = spec.mode.given ? spec.mode.apply(src.mode, false) : src.mode;
  if (dst.type == 'file') {
    let needed = src.mtime > dst.mtime;
    if (spec.type == 'checksum' || spec.type == 'sum' || spec.type == 'byte' || spec.type == 'binary') {
      const mine = host.readFile(to);
      if (!mine.ok) {
        needed = true;
      } else if (<f64>mine.bytes.length != src.size) {
        needed = true;
      } else {
        const r = host.remoteDiffers(server, from, mine.bytes);
        if (!replyReachable(ctx, server, r)) return false;
        needed = !r.ok || r.json().get('differs').asBool();
      }
    }
    if (!needed && !spec.force) return fixAttributes(ctx, to, dst, mode, spec);
  } else if (dst.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a plain file');
    return false;
  }
  const origin = server.host + ':' + from;
  if (spec.action == 'warn') {
    ctx.warn(ctx.prefix + 'Image file ' + to + ' is ' + (dst.type == 'none' ? 'missing' : 'out of date') + ' (source ' + origin + ')');
    return false;
  }
  const slash = to.lastIndexOf('/');
  if (slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755, spec.action == 'silent')) return false;
  // As the manual has it (L7678-7690): the file is collected whole as FILE.cfnew (the host
  // writes it atomically: a GET that fails or comes up short leaves no FILE.cfnew and changes
  // nothing), then the old file is kept as the backup (a second name) and the new one renamed
  // into its place, so the file is never missing.
  const fresh = to + '.cfnew';
  const r = change.remoteCopy(ctx, server, from, src.size, fresh, mode);
  if (!r.ok) {
    if (!replyReachable(ctx, server, r)) return false;
    ctx.warn(ctx.prefix + 'copy: could not copy ' + origin + ': ' + r.message + '; ' + to + ' left as it was');
    ctx.exitCode = 1;
    return false;
  }
  if (dst.type == 'file' && spec.backup) keepBackup(ctx, to);
  if (!change.rename(ctx, fresh, to).ok) {
    ctx.warn(ctx.prefix + 'copy: could not put ' + fresh + ' in the place of ' + to);
    ctx.exitCode = 1;
    return false;
  }
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy from ' : 'Copying from ') + origin + ' to ' + to);
  checkOwnership(ctx, to, host.statFile(to), spec.owners, spec.groups, true);
  return true;
}

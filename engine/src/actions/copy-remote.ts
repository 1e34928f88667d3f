/**
 * @fileoverview copy with server= (L7665-7700, L4869-4900): the source is a file or a tree on a
 * cfengine server, read through the host's remote calls (engine/src/host.ts remoteStat/List/Read/
 * Differs). The same rules as a local copy (copy.ts): type=ctime copies when the server's file is
 * newer than the image; checksum/sum (and byte/binary, which over the network can only be
 * compared by digest) when the server says they differ, without fetching the file; recurse=,
 * include=/exclude=, purge=, size=, mode/owner/group, action=, backup=, define=, force=. The file
 * is written atomically by the host as it arrives, nothing visible before it is complete (a fetch
 * that fails leaves the old file); one that changed on the server meanwhile is asked for once
 * more, then refused; verify=true and copies by digest compare the digest of what arrived. Every
 * name in a listing is checked before use, and a tree is followed neither in a loop nor deeper
 * than MAX_DEPTH. A server that is down, refuses us, whose key is not trusted or that stalls
 * gets one message for the run; its other copies are passed over. Every failed copy makes the
 * run exit 1 (ctx.copyFailed). Under dry run the copy runs the same, into the overlay host, which
 * fetches nothing unless a later action reads the file (host/core/overlay-host.ts). server= naming
 * this host is a local
 * copy (L5308).
 */
import { atoiSaturating } from '../util/number';
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { wildcardMatch } from '../util/wildcard';
import { JKind } from '../util/json';
import { makeDirectories } from './directories';
import { isTrue, Options, recursion } from './options';
import { isIgnored, selected } from './sweep';
import { checkOwnership } from './owners';
import { copyLinkAs, CopySpec, fixAttributes, keepBackup } from './copy-file';
import { warnUnsafeCopyMode } from './modes';

/** Whether server= names this host: then the copy is local (L5308). */
export function isThisHost(ctx: RunContext, server: string): bool {
  const s = server.toLowerCase();
  return s == 'localhost' || s == ctx.host.toLowerCase() || (ctx.fqhost.length > 0 && s == ctx.fqhost.toLowerCase());
}

/** Deeper than this, a tree on a server is not followed (an endless tree ends with a message). */
const MAX_DEPTH: i32 = 64;
/**
 * The most entries one copy item may list (control RemoteEntries), and the most bytes of names:
 * a tree that is endless in width as well as depth (a new directory everywhere) ends there.
 */
const MAX_ENTRIES: i32 = 1000000;
const MAX_NAME_BYTES: i64 = 64 << 20;

/** The server of a copy item: its port (control `port`, our addition) and whether to learn its key. */
function serverOf(ctx: RunContext, o: Options): host.ServerRef {
  const ref = new host.ServerRef();
  ref.host = o.get('server');
  ref.port = atoiSaturating(ctx.controlValue('port', '0'));
  const timeout = atoiSaturating(ctx.controlValue('remotetimeout', '0'));
  ref.timeout = timeout < 0 ? 0 : timeout;
  ref.trustKey = isTrue(o.get('trustkey', 'false'));
  const from = ctx.control.has('trustkeysfrom') ? ctx.control.get('trustkeysfrom') : [];
  for (let i = 0; i < from.length && !ref.trustKey; i++) ref.trustKey = wildcardMatch(from[i], ref.host);
  return ref;
}

/** One copy item's fetch: its server, whether what arrives is checked by digest, the directories being copied. */
class Fetch {
  server: host.ServerRef;
  verify: bool;
  /** The item's source (named when a limit ends it). */
  source: string;
  /** The server's identities (dev:ino) of the directories from the top down to the one being copied. */
  within: string[] = [];
  /** What the item's listings have given so far, against its budget. */
  entries: i32 = 0;
  nameBytes: i64 = 0;
  budget: i32;
  /** The budget ran out (said once): the rest of the item is passed over, nothing purged. */
  stopped: bool = false;
  /** The depth cap was said for this item (once, however wide the tree is down there). */
  tooDeep: bool = false;
  /** Files of the listings compared by digest all at once (compareListed): differs or not, until used. */
  compared: Map<string, bool> = new Map<string, bool>();

  constructor(server: host.ServerRef, verify: bool, source: string, budget: i32) {
    this.server = server;
    this.verify = verify;
    this.source = source;
    this.budget = budget;
  }

  /** The server gave up on earlier (said once), or the item's budget ran out: the rest is passed over in silence. */
  passedOver(ctx: RunContext): bool {
    return this.stopped || ctx.failedServers.includes(this.server.host);
  }

  /** Counts a listing against the budget; false (and one message for the item) once it is spent. */
  spend(ctx: RunContext, dir: string, entries: host.RemoteEntry[]): bool {
    this.entries += entries.length;
    for (let i = 0; i < entries.length; i++) this.nameBytes += String.UTF8.byteLength(entries[i].name);
    if (this.entries <= this.budget && this.nameBytes <= MAX_NAME_BYTES) return true;
    this.stopped = true;
    const what = this.entries > this.budget ? 'more than ' + this.budget.toString() + ' entries (RemoteEntries)'
      : 'more than ' + (MAX_NAME_BYTES >> 20).toString() + ' MB of names';
    ctx.copyFailed(ctx.prefix + 'copy: ' + this.server.host + ':' + this.source + ' lists ' + what + ' (the last in ' + dir +
      '); the rest of this copy is passed over and nothing of it purged');
    return false;
  }
}

/** The item's entry budget: control RemoteEntries, else MAX_ENTRIES. */
function entryBudget(ctx: RunContext): i32 {
  const n = atoiSaturating(ctx.controlValue('remoteentries', '0'));
  return n <= 0 ? MAX_ENTRIES : n;
}

/** The cfengine 2 words the TLS protocol has its own answer to: accepted, said once. */
function noteImplied(ctx: RunContext, o: Options): void {
  if (isTrue(o.get('encrypt', 'false'))) implied(ctx, 'encrypt=true', 'every connection to a server is encrypted (TLS)');
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
  // verify=true, and copies by digest, compare what arrived with the server's file (its MD5).
  const f = new Fetch(serverOf(ctx, o), isTrue(o.get('verify', 'false')) || spec.type == 'checksum' || spec.type == 'sum', source, entryBudget(ctx));
  if (f.passedOver(ctx)) return false;
  noteImplied(ctx, o);
  const top = host.remoteStat(f.server, source);
  if (!reachable(ctx, f, top.status, top.message, top.notes)) return false;
  if (top.status != 0) {
    ctx.copyFailed(ctx.prefix + 'copy: cannot copy ' + f.server.host + ':' + source + ': ' + top.message);
    return false;
  }
  if (top.type == 'dir') {
    f.within.push(host.identity(top));
    return copyDir(ctx, f, source, dest, recursion(o.get('recurse', '0')), 1, spec);
  }
  return copyEntry(ctx, f, source, top, dest, spec);
}

/** Notes and a failure of the whole server: said once, and the server is passed over from then on. */
function reachable(ctx: RunContext, f: Fetch, status: i32, message: string, notes: string[]): bool {
  // Keys made or learnt: said whatever the verbosity (cf-agent's notice level).
  for (let i = 0; i < notes.length; i++) ctx.warn(ctx.prefix + notes[i]);
  if (status != host.REMOTE_SERVER_FAILED && status != host.HostStatus.NotAvailable) return true;
  ctx.failedServers.push(f.server.host);
  ctx.copyFailed(ctx.prefix + 'copy: cannot copy from ' + f.server.host + ': ' + message + '; its copies are passed over in this run');
  return false;
}

/** reachable() for a reply: its bytes are read as words only when it failed (a file's may be 100 MB). */
function replyReachable(ctx: RunContext, f: Fetch, r: host.HostReply): bool {
  return r.ok || reachable(ctx, f, r.status, r.message, []);
}

/** `here`: the destination's directory as listed (null: not listed). */
function copyEntry(ctx: RunContext, f: Fetch, from: string, info: host.RemoteInfo, to: string, spec: CopySpec, here: LocalDir | null = null): bool {
  if (info.type == 'link') return copyLinkAs(ctx, info.target, f.server.host + ':' + from, to, spec);
  if (info.type != 'file') return false;
  return copyFile(ctx, f, from, info, to, spec, here);
}

/**
 * A destination directory listed once, in one host call: it exists (its files need no
 * makeDirectories), and what lstat says of each entry (a tree is compared without a stat per
 * file). A link (or anything not a plain file) is stat'ed by copyFile as before.
 */
class LocalDir {
  entries: Map<string, host.FileInfo> = new Map<string, host.FileInfo>();

  /** What a stat of the entry `name` would say. */
  stat(dir: string, name: string): host.FileInfo {
    if (!this.entries.has(name)) return new host.FileInfo(); // not there
    const info = this.entries.get(name);
    return info.type == 'file' ? info : host.statFile(dir + '/' + name);
  }
}

/** `dir` listed, or null if it cannot be (then each file is looked at on its own). */
function localDir(dir: string): LocalDir | null {
  const records = new host.StatRecords();
  if (!host.listDirStat(dir, null, records)) return null;
  const out = new LocalDir();
  while (records.next()) out.entries.set(records.name, records.info);
  return out;
}

/**
 * Why a name from a server's listing cannot be used as one (it would lead out of the directory,
 * or is not a name), or ''.
 */
function badName(name: string): string {
  if (name.length == 0) return 'an empty name';
  if (name == '.' || name == '..') return 'the name "' + name + '"';
  if (name.includes('/')) return 'a name with "/" ("' + name + '")';
  if (name.includes('\0')) return 'a name with a NUL byte';
  return '';
}

/** A directory on the server, down to `depth` levels (-1: all); `level` is this one's. */
function copyDir(ctx: RunContext, f: Fetch, from: string, to: string, depth: i32, level: i32, spec: CopySpec): bool {
  let copied = false;
  const server = f.server;
  if (host.statFile(to).type == 'none' && makeDirectories(ctx, to, 0o755, spec.action == 'silent')) copied = true;
  const entries: host.RemoteEntry[] = [];
  const r = host.remoteList(server, from, entries);
  if (!replyReachable(ctx, f, r)) return copied;
  if (!r.ok) {
    ctx.copyFailed(ctx.prefix + 'copy: cannot list ' + server.host + ':' + from + ': ' + r.message + '; passed over');
    return copied;
  }
  if (!f.spend(ctx, from, entries)) return copied;
  compareListed(ctx, f, from, to, entries, spec);
  const here = localDir(to);
  const kept: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (f.passedOver(ctx)) return copied;
    const info = entries[i];
    const name = info.name;
    // Every name is the server's word: one that is not a plain name, or comes twice, is refused.
    let why = badName(name);
    if (why.length == 0 && kept.includes(name)) why = 'the name "' + name + '" twice';
    if (why.length > 0) {
      ctx.copyFailed(ctx.prefix + 'copy: ' + server.host + ' listed ' + why + ' in ' + from + '; refused (nothing is written outside ' + to + ')');
      continue;
    }
    // ignore: as in every recursive search (L9455-9479): a name, or an absolute path of the source.
    if (isIgnored(ctx, from, name)) continue;
    kept.push(name);
    const path = (from == '/' ? '' : from) + '/' + name;
    const target = to + '/' + name;
    if (info.status != 0) {
      ctx.copyFailed(ctx.prefix + 'copy: cannot copy ' + server.host + ':' + path + ': ' + info.message);
      continue;
    }
    if (info.type == 'dir') {
      if (depth < 0 || level < depth) {
        if (enterDir(ctx, f, info, path, target, depth, level, spec)) copied = true;
      } else if (host.statFile(target).type == 'none' && makeDirectories(ctx, target, 0o755, spec.action == 'silent')) {
        copied = true; // the deepest level's directories are made, not entered (as a local copy does)
      }
      continue;
    }
    if (!selected(name, spec.include, spec.exclude)) continue;
    if (copyEntry(ctx, f, path, info, target, spec, here)) copied = true;
  }
  if (spec.purge && !f.passedOver(ctx) && purgeExtra(ctx, server, to, kept, spec)) copied = true;
  return copied;
}

/** Whether a copy compares files by digest (over the network byte/binary can only be compared so). */
function byDigest(spec: CopySpec): bool {
  return spec.type == 'checksum' || spec.type == 'sum' || spec.type == 'byte' || spec.type == 'binary';
}

/**
 * A copy by digest: the files of a listing that copyFile would compare are compared all at once
 * (the host asks the server for all of them together, not one round trip each); copyFile takes
 * the answers from f.compared. A file left out, or an answer that failed, is compared there alone.
 */
function compareListed(ctx: RunContext, f: Fetch, from: string, to: string, entries: host.RemoteEntry[], spec: CopySpec): void {
  if (!byDigest(spec) || spec.force || f.passedOver(ctx)) return;
  const files: host.Comparison[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.status != 0 || e.type != 'file' || badName(e.name).length > 0 || isIgnored(ctx, from, e.name)) continue;
    if (!selected(e.name, spec.include, spec.exclude) || (spec.size != null && !spec.size!.matches(e.size))) continue;
    const c = new host.Comparison();
    c.path = (from == '/' ? '' : from) + '/' + e.name;
    c.size = e.size;
    c.local = to + '/' + e.name;
    files.push(c);
  }
  if (files.length < 2) return;
  const r = host.remoteDiffersMany(f.server, files);
  if (!r.ok) return;
  const answers = r.json().list();
  for (let i = 0; i < answers.length && i < files.length; i++) {
    if (answers[i].kind == JKind.Bool) f.compared.set(files[i].path, answers[i].asBool());
  }
}

/**
 * A subdirectory: not one the copy is already inside (a loop on the server, `loop -> .`), not
 * deeper than MAX_DEPTH, and never through a link here (a link from an earlier copy would lead
 * the files elsewhere).
 */
function enterDir(ctx: RunContext, f: Fetch, info: host.RemoteInfo, path: string, target: string, depth: i32, level: i32, spec: CopySpec): bool {
  const id = host.identity(info);
  if (id.length > 0 && f.within.includes(id)) {
    ctx.copyFailed(ctx.prefix + 'copy: ' + f.server.host + ':' + path + ' is a directory the copy is already inside (a loop on the server); not entered');
    return false;
  }
  if (level >= MAX_DEPTH) {
    if (f.tooDeep) return false;
    f.tooDeep = true;
    ctx.copyFailed(ctx.prefix + 'copy: ' + f.server.host + ':' + path + ' is ' + MAX_DEPTH.toString() + ' directories deep; a tree is not followed deeper');
    return false;
  }
  if (host.statFile(target, false).type == 'link') {
    ctx.copyFailed(ctx.prefix + 'copy: ' + target + ' is a link here; the directory ' + f.server.host + ':' + path + ' is not copied through it');
    return false;
  }
  f.within.push(id);
  const copied = copyDir(ctx, f, path, target, depth, level + 1, spec);
  f.within.pop();
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

function copyFile(ctx: RunContext, f: Fetch, from: string, src: host.RemoteInfo, to: string, spec: CopySpec, here: LocalDir | null): bool {
  const server = f.server;
  if (spec.size != null && !spec.size!.matches(src.size)) {
    ctx.info(ctx.prefix + 'copy: ' + server.host + ':' + from + ' (' + src.size.toString() + ' bytes) is not of the size asked; not copied');
    return false;
  }
  const slash = to.lastIndexOf('/');
  const dst = here != null ? here.stat(to.substring(0, slash), to.substring(slash + 1)) : host.statFile(to);
  const mode = spec.mode.given ? spec.mode.apply(src.mode, false) : src.mode;
  if (dst.type == 'file') {
    let needed = src.mtime > dst.mtime;
    if (byDigest(spec) && f.compared.has(from)) {
      needed = f.compared.get(from);
      f.compared.delete(from);
    } else if (byDigest(spec)) {
      const mine = host.readFile(to);
      if (!mine.ok) {
        needed = true;
      } else if (<f64>mine.bytes.length != src.size) {
        needed = true;
      } else {
        const r = host.remoteDiffers(server, from, mine.bytes);
        if (!replyReachable(ctx, f, r)) return false;
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
  if (here == null && slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755, spec.action == 'silent')) return false;
  // As the manual has it (L7678-7690): a file that replaces another is collected whole as
  // FILE.cfnew (the host writes it atomically: a GET that fails or comes up short leaves no
  // FILE.cfnew and changes nothing), then the old file is kept as the backup (a second name) and
  // the new one renamed into its place, so the file is never missing.
  // A file that changed on the server while it came (the stream ran long or short, or its digest
  // is not the server's) is asked for once more, then refused: never a mix of two versions.
  // A name with nothing at it (not even a dangling link, which the rename replaces) has no old
  // version to keep: the host's atomic write (a temp file of its own, then a rename) puts the file
  // in place at once, as a local copy does: one rename and no FILE.cfnew to look at, per file of
  // a first copy of a tree.
  const nothing = dst.type == 'none' && (here != null ? !here.entries.has(to.substring(slash + 1)) : host.statFile(to, false).type == 'none');
  const fresh = nothing ? to : to + '.cfnew';
  // FILE.cfnew is only ever this copy's scratch name: whatever is found there (a link a server
  // listed under that name in an earlier copy, a FIFO, an empty directory) is removed first, as
  // cf-agent unlinks it, so the file is never written through it to the link's target.
  if (fresh != to && host.statFile(fresh, false).type != 'none') change.remove(ctx, fresh);
  let r = change.remoteCopy(ctx, server, from, src.size, fresh, mode, f.verify);
  if (!r.ok && r.status == host.HostStatus.Changed) {
    const again = host.remoteStat(server, from);
    if (again.status == 0 && again.type == 'file') r = change.remoteCopy(ctx, server, from, again.size, fresh, mode, f.verify);
  }
  if (!r.ok) {
    if (!replyReachable(ctx, f, r)) return false;
    ctx.copyFailed(ctx.prefix + 'copy: could not copy ' + origin + ': ' + r.message + '; ' + to + ' left as it was');
    return false;
  }
  if (dst.type == 'file' && spec.backup && !keepBackup(ctx, to, dst)) {
    change.remove(ctx, fresh); // what came is not put in place: no stray file beside the image
    return false;
  }
  if (fresh != to && !change.rename(ctx, fresh, to).ok) {
    ctx.copyFailed(ctx.prefix + 'copy: could not put ' + fresh + ' in the place of ' + to);
    return false;
  }
  warnUnsafeCopyMode(ctx, to, mode);
  if (spec.action != 'silent') ctx.info(ctx.prefix + (ctx.dryRun ? 'would copy from ' : 'Copying from ') + origin + ' to ' + to);
  if (!spec.owners.any || !spec.groups.any) checkOwnership(ctx, to, host.statFile(to), spec.owners, spec.groups, true, mode); // as written
  return true;
}

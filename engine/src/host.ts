/**
 * @fileoverview The host interface as the core sees it: the one way out of the sandbox. Every
 * file operation, command and fact goes through `call`: the core writes a JSON request (and, for
 * writes, the bytes), the host answers with a status and a reply it holds until `take`.
 * The TypeScript side of this contract is host/core/host-interface.ts; docs/host-interface.md
 * lists the operations.
 */
import { JsonWriter, parseJsonBytes, quoteJson, JValue } from './util/json';
import { bytesToFill, text, utf8 } from './util/bytes';

@external('host', 'call')
declare function hostCall(request: usize, requestLength: i32, data: usize, dataLength: i32): i32;
@external('host', 'replyLength')
declare function hostReplyLength(): i32;
@external('host', 'take')
declare function hostTake(destination: usize): void;

/** Status codes of host calls. */
export const enum HostStatus {
  Ok = 0,
  NotFound = -1,
  NotAFile = -2,
  Denied = -3,
  NotAvailable = -4,
  /** saveFile: the file changed since it was read (another run saved it); edit it again. */
  Changed = -5,
  Failed = -9,
}

/** The bytes of an empty reply, shared (most calls answer nothing). */
const NO_BYTES = new Uint8Array(0);

export class HostReply {
  status: i32 = 0;
  bytes: Uint8Array = NO_BYTES;

  get ok(): bool {
    return this.status >= 0;
  }

  /** The reply as JSON (operations other than read answer JSON). */
  json(): JValue {
    return parseJsonBytes(this.bytes);
  }

  /** The host's words on a failure. */
  get message(): string {
    return text(this.bytes);
  }
}

/** The reply of a call that succeeded and answered nothing: shared, never changed. */
const OK = new HostReply();

/** The most bytes a reply (a file's contents) may have: 1 GiB. */
export const MAX_REPLY: i32 = 1 << 30;

function request(json: string, data: Uint8Array | null): HostReply {
  const req = utf8(json);
  const status = data
    ? hostCall(req.dataStart, req.length, data.dataStart, data.length)
    : hostCall(req.dataStart, req.length, 0, 0);
  return replyTo(status);
}

/** The reply to the call just made, which answered `status`. */
function replyTo(status: i32): HostReply {
  const n = hostReplyLength();
  if (status == HostStatus.Ok && n == 0) return OK; // most calls, once per file in a sweep
  const reply = new HostReply();
  reply.status = status;
  // A length past 2 GiB reads negative here (i32); past MAX_REPLY the bytes would not fit
  // beside the run. Refused without copying: the caller says it could not read that file.
  if (n < 0 || n > MAX_REPLY) {
    reply.status = HostStatus.Failed;
    reply.bytes = utf8('too big: ' + (n < 0 ? 'over 2 GiB' : n.toString() + ' bytes') +
      ' (the core reads at most ' + MAX_REPLY.toString() + ' bytes)');
    return reply;
  }
  if (n > 0) {
    reply.bytes = bytesToFill(n); // take() writes all n
    hostTake(reply.bytes.dataStart);
  }
  return reply;
}

/** A file's bytes. */
export function readFile(path: string): HostReply {
  return request('{"op":"read","path":' + quoteJson(path) + '}', null);
}

/**
 * A file's bytes read by the host straight into a buffer of the core's (`read-into`: the file
 * crosses into the core once, with no copy held by the host). `size` is what stat said: the
 * buffer has one byte more, and a file found to have grown past it is read whole (readFile).
 */
export function readFileSized(path: string, size: f64): HostReply {
  if (!(size >= 0 && size < <f64>MAX_REPLY)) return readFile(path);
  const room = bytesToFill(<i32>size + 1); // the host writes the first `status` bytes
  let status: i32;
  if (plainJsonText(path)) {
    const length = putPathRequest('read-into', path);
    store<u8>(scratch.dataStart + length, 0x7d); // }
    status = hostCall(scratch.dataStart, <i32>length + 1, room.dataStart, room.length);
  } else {
    const req = utf8('{"op":"read-into","path":' + quoteJson(path) + '}');
    status = hostCall(req.dataStart, req.length, room.dataStart, room.length);
  }
  if (status < 0) return replyTo(status);
  if (status > <i32>size) return readFile(path);
  const reply = new HostReply();
  reply.bytes = room.subarray(0, status);
  return reply;
}

export class FileInfo {
  /** "file", "dir", "link", "special" (a FIFO, socket or device) or "none". */
  type: string = 'none';
  mode: i32 = 0;
  mtime: f64 = 0;
  atime: f64 = 0;
  /** Inode change time: from stat only (a list-stat record has none: then the mtime). */
  ctime: f64 = 0;
  size: f64 = 0;
  uid: i32 = 0;
  gid: i32 = 0;
  /** The file's identity (inode number), to tell a hard link; 0 if unknown. */
  ino: f64 = 0;
  /**
   * The device the file is on: from stat only (a list-stat record has none: 0). An inode number
   * names a file only within its file system: the roots of two mounted file systems share one.
   */
  dev: f64 = 0;
}

/** Who a file is, device and inode (statFile's): '' where the host gives no inode number. */
export function identity(info: FileInfo): string {
  return info.ino == 0 ? '' : info.dev.toString() + ':' + info.ino.toString();
}

/** Why the last statFile found nothing, if the host refused to look (a link planted on the way): its words. */
let statRefusal = '';

/**
 * What the last statFile's `none` means for `path`, to say after it: "does not exist", or the
 * host's refusal ("/d is a link owned by uid 1000 …"), which is not the same thing to an admin.
 */
export function noneReason(path: string): string {
  return statRefusal.length == 0 ? 'does not exist' : 'cannot be looked at (' + reasonFor(path, statRefusal) + ')';
}

/**
 * What is at `path`. The reply is binary, not JSON: a list-stat record without a name, then the
 * f64 ctime (docs/host-interface.md): a run stats every file it edits or copies.
 */
export function statFile(path: string, follow: bool = true): FileInfo {
  statRefusal = '';
  let status: i32;
  if (plainJsonText(path)) {
    // Written straight into the reused buffer, as chmod's (a run stats every file it edits).
    let length = putPathRequest('stat', path);
    if (!follow) length += putAscii(scratch.dataStart + length, ',"follow":false');
    store<u8>(scratch.dataStart + length, 0x7d); // }
    status = hostCall(scratch.dataStart, <i32>length + 1, 0, 0);
  } else {
    const req = utf8('{"op":"stat","path":' + quoteJson(path) + (follow ? '' : ',"follow":false') + '}');
    status = hostCall(req.dataStart, req.length, 0, 0);
  }
  const info = new FileInfo();
  // A record, as expected, is taken into one reused buffer: no reply object per stat.
  if (status >= 0 && hostReplyLength() == STAT_REPLY_BYTES) {
    const p = statReply.dataStart;
    hostTake(p);
    readStatRecord(p, info);
    info.ctime = load<f64>(p, STAT_RECORD_HEADER);
    info.dev = load<f64>(p, STAT_RECORD_HEADER + 8);
    return info;
  }
  const r = replyTo(status);
  if (!r.ok) { // not found (how the host says nothing is there, with no reply) or refused: none
    if (status == HostStatus.Denied) statRefusal = r.message;
    return info;
  }
  throw new Error('host: a stat reply of ' + r.bytes.length.toString() + ' bytes, not ' + STAT_REPLY_BYTES.toString());
}

function simple(json: string): HostReply {
  return request(json, null);
}

export function chmod(path: string, mode: i32): HostReply {
  if (mode < 0 || !plainJsonText(path)) return simple('{"op":"chmod","path":' + quoteJson(path) + ',"mode":' + mode.toString() + '}');
  // Sent once per changed file in a sweep: the same JSON, written straight into a reused
  // buffer rather than built from strings and encoded.
  let at = putPathRequest('chmod', path);
  const base = scratch.dataStart;
  at = putAscii(base + at, ',"mode":') + at;
  at = putDecimal(base + at, mode) + at;
  store<u8>(base + at, 0x7d); // }
  return replyTo(hostCall(base, <i32>at + 1, 0, 0));
}

/** A reused request buffer (chmod, stat, read-into). */
let scratch = new Uint8Array(256);

/**
 * Writes `{"op":"OP","path":"PATH"` (PATH plain JSON text: plainJsonText) at the start of the
 * scratch buffer, with room after it for a few more fields; the bytes written. The host reads
 * this form without JSON.parse (host/core/host-interface.ts plainRequest).
 */
function putPathRequest(op: string, path: string): usize {
  const most = 64 + op.length + path.length * 3;
  if (scratch.length < most) scratch = new Uint8Array(most * 2);
  const base = scratch.dataStart;
  let at = putAscii(base, '{"op":"');
  at += putAscii(base + at, op);
  at += putAscii(base + at, '","path":"');
  at += String.UTF8.encodeUnsafe(changetype<usize>(path), path.length, base + at);
  store<u8>(base + at, 0x22); // "
  return at + 1;
}

/** Whether `s` goes into a JSON string as it is: no quote, backslash, control or surrogate. */
function plainJsonText(s: string): bool {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c == 0x22 || c == 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

/** Writes ASCII `s` at `p`; the bytes written. */
function putAscii(p: usize, s: string): usize {
  for (let i = 0; i < s.length; i++) store<u8>(p + <usize>i, <u8>s.charCodeAt(i));
  return <usize>s.length;
}

/** Writes `n` (not negative) in decimal at `p`; the bytes written. */
function putDecimal(p: usize, n: i32): usize {
  let digits: usize = 1;
  for (let v = n; v >= 10; v /= 10) digits++;
  let v = n;
  for (let i = digits; i > 0; i--) {
    store<u8>(p + i - 1, <u8>(0x30 + v % 10));
    v /= 10;
  }
  return digits;
}

/** Sets owner and group ids (-1 leaves one unchanged); a link itself unless `follow`. */
export function chown(path: string, uid: i32, gid: i32, follow: bool = true): HostReply {
  return simple('{"op":"chown","path":' + quoteJson(path) + ',"uid":' + uid.toString() + ',"gid":' + gid.toString() +
    (follow ? '' : ',"follow":false') + '}');
}

/** Makes a hard link at `path` to the file `target`. */
export function hardLink(target: string, path: string): HostReply {
  return simple('{"op":"link","path":' + quoteJson(path) + ',"target":' + quoteJson(target) + '}');
}

export class Account {
  name: string = '';
  id: i32 = 0;
  gid: i32 = 0;
  home: string = '';
}

export class Accounts {
  users: Account[] = [];
  groups: Account[] = [];
}

/** The user and group databases (read once per run by the caller). */
export function accounts(): Accounts {
  const out = new Accounts();
  const r = simple('{"op":"accounts"}');
  if (!r.ok) return out;
  const j = r.json();
  const users = j.get('users').list();
  for (let i = 0; i < users.length; i++) {
    const a = new Account();
    a.name = users[i].get('name').asString();
    a.id = users[i].get('uid').asInt();
    a.gid = users[i].get('gid').asInt();
    a.home = users[i].get('home').asString();
    out.users.push(a);
  }
  const groups = j.get('groups').list();
  for (let i = 0; i < groups.length; i++) {
    const a = new Account();
    a.name = groups[i].get('name').asString();
    a.id = groups[i].get('gid').asInt();
    out.groups.push(a);
  }
  return out;
}

/** The run's persistent state `name` (locks, the setuid log): ok with bytes, NotFound, or NotAvailable. */
export function readState(name: string): HostReply {
  return simple('{"op":"state-read","name":' + quoteJson(name) + '}');
}

export function writeState(name: string, content: Uint8Array): HostReply {
  return request('{"op":"state-write","name":' + quoteJson(name) + '}', content);
}

/**
 * From now on nothing changes on the system: the host keeps every change in an overlay the rest
 * of the run sees (host/core/overlay-host.ts). `now` is the time, uid and gid the owner, of the
 * files the overlay makes (as the run would make them).
 */
export function beginDryRun(now: f64, uid: i32, gid: i32): HostReply {
  return simple('{"op":"dry-run","now":' + now.toString() + ',"uid":' + uid.toString() + ',"gid":' + gid.toString() + '}');
}

export function mkdir(path: string, mode: i32): HostReply {
  return simple('{"op":"mkdir","path":' + quoteJson(path) + ',"mode":' + mode.toString() + '}');
}

export function symlink(target: string, path: string): HostReply {
  return simple('{"op":"symlink","path":' + quoteJson(path) + ',"target":' + quoteJson(target) + '}');
}

/** A link's target, or null. A JSON string, so a target's non-UTF-8 bytes arrive as themselves. */
export function readlink(path: string): string | null {
  const r = simple('{"op":"readlink","path":' + quoteJson(path) + '}');
  return r.ok ? r.json().asString() : null;
}

export function rename(from: string, to: string): HostReply {
  return simple('{"op":"rename","from":' + quoteJson(from) + ',"to":' + quoteJson(to) + '}');
}

/**
 * Removes a file, a link or an empty directory; with `ino` (a sweep's entry: its inode number as
 * listed) only if the name still leads to that inode, so a directory on the way swapped for a
 * link since cannot turn the removal elsewhere.
 */
export function remove(path: string, ino: f64 = 0): HostReply {
  return simple('{"op":"remove","path":' + quoteJson(path) + (ino > 0 ? ',"ino":' + ino.toString() : '') + '}');
}

/** Writes a whole file atomically with `mode` (no backup). */
export function writeFile(path: string, content: Uint8Array, mode: i32): HostReply {
  return request('{"op":"write","path":' + quoteJson(path) + ',"mode":' + mode.toString() + '}', content);
}

/**
 * Writes `to` with the bytes of the plain file `from`, as writeFile does. The bytes stay in the
 * host, which streams them in chunks: a local copy of any size, never whole in memory.
 */
export function copyFile(from: string, to: string, mode: i32): HostReply {
  return simple('{"op":"copy","from":' + quoteJson(from) + ',"to":' + quoteJson(to) + ',"mode":' + mode.toString() + '}');
}

/** Whether two plain files hold the same bytes, compared by the host (ok: the reply is {"same"}). */
export function sameContents(a: string, b: string): HostReply {
  return request('{"op":"same-contents","path":' + quoteJson(a) + ',"other":' + quoteJson(b) + '}', null);
}

export function touch(path: string): HostReply {
  return simple('{"op":"touch","path":' + quoteJson(path) + '}');
}

/** Bytes free on the filesystem holding `path`; -1 (and `why`) if the host cannot tell. */
export function freeSpace(path: string): f64 {
  const r = request('{"op":"freespace","path":' + quoteJson(path) + '}', null);
  if (!r.ok) {
    freeSpaceError = r.message;
    return -1;
  }
  return r.json().get('bytes').num;
}

/** Why the last freeSpace call failed. */
export let freeSpaceError = '';

export class DirEntry {
  name: string = '';
  type: string = 'none';
}

/** Why the last listDir call found nothing ('' if it could list the directory). */
export let listError = '';

/** The entries of a directory (names sorted), or none if it cannot be listed (see listError). */
export function listDir(path: string): DirEntry[] {
  const r = request('{"op":"list","path":' + quoteJson(path) + '}', null);
  const out: DirEntry[] = [];
  listError = r.ok ? '' : r.message;
  if (!r.ok) return out;
  const items = r.json().list();
  for (let i = 0; i < items.length; i++) {
    const e = new DirEntry();
    e.name = items[i].get('name').asString();
    e.type = items[i].get('type').asString('none');
    out.push(e);
  }
  return out;
}

const STAT_TYPES: string[] = ['none', 'file', 'dir', 'link', 'special'];
/** Bytes of a `list-stat` record before its name (host/core/host-interface.ts encodeStatRecords). */
const STAT_RECORD_HEADER: i32 = 52;
/** Bytes of a `stat` reply: a record without a name, then the ctime and the device (host-interface.ts encodeStat). */
const STAT_REPLY_BYTES: i32 = STAT_RECORD_HEADER + 16;
/** Where stat replies are taken (statFile: each is read before the next call). */
const statReply = new Uint8Array(STAT_REPLY_BYTES);

/** The fields of the record at `p` (but its name) into `info`; the ctime is the mtime (a record has none). */
function readStatRecord(p: usize, info: FileInfo): void {
  const type = load<u32>(p, 4);
  info.type = type < 5 ? unchecked(STAT_TYPES[type]) : 'none';
  info.mode = load<i32>(p, 8);
  info.uid = load<i32>(p, 12);
  info.gid = load<i32>(p, 16);
  info.size = load<f64>(p, 20);
  info.mtime = load<f64>(p, 28);
  info.atime = load<f64>(p, 36);
  info.ctime = info.mtime;
  info.ino = load<f64>(p, 44);
}

/**
 * A directory's entries with what lstat says of each (`list-stat`), read one at a time from the
 * host's records: no object per entry but the FileInfo a caller keeps, and the name.
 */
export class StatRecords {
  private bytes: Uint8Array = NO_BYTES;
  private at: usize = 0;
  /** The current entry (after next() answered true). */
  name: string = '';
  info: FileInfo = new FileInfo();

  /** Starts over on `bytes` (the host's reply). */
  reset(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.at = 0;
  }

  /** Whether there was another entry; it is now `name` and `info` (a new FileInfo each time). */
  next(): bool {
    const end = <usize>this.bytes.length;
    if (this.at + <usize>STAT_RECORD_HEADER > end) return false;
    const p = this.bytes.dataStart + this.at;
    const nameLength = load<u32>(p);
    const info = new FileInfo();
    readStatRecord(p, info);
    this.info = info;
    this.name = String.UTF16.decodeUnsafe(p + <usize>STAT_RECORD_HEADER, <usize>nameLength);
    this.at += <usize>STAT_RECORD_HEADER + <usize>nameLength;
    return true;
  }

  /** Drops the records (a sweep holds no directory's records once it has gone through them). */
  clear(): void {
    this.bytes = NO_BYTES;
    this.at = 0;
  }
}

/**
 * The entries of a directory (names sorted) with their lstat, in one host call of compact binary
 * records, into `out`; false if it cannot be listed (see listError). What a sweep asks per
 * directory; `next` are the directories it will ask for after this one, in order (the host may
 * read them meanwhile).
 */
export function listDirStat(path: string, next: string[] | null, out: StatRecords): bool {
  let ahead = '';
  if (next) for (let i = 0; i < next!.length; i++) ahead += (i ? ',' : ',"next":[') + quoteJson(next![i]) + (i == next!.length - 1 ? ']' : '');
  const r = request('{"op":"list-stat","path":' + quoteJson(path) + ahead + '}', null);
  listError = r.ok ? '' : r.message;
  out.reset(r.ok ? r.bytes : NO_BYTES);
  return r.ok;
}

/** Creates an empty file with `mode`; its directory must exist. */
export function createFile(path: string, mode: i32): HostReply {
  return request('{"op":"create","path":' + quoteJson(path) + ',"mode":' + mode.toString() + '}', null);
}

/**
 * Replaces a file's contents atomically, keeping its mode; with `backup`, the old contents are
 * kept there first (D7).
 */
export function saveFile(path: string, content: Uint8Array, backup: string | null): HostReply {
  const b = backup ? quoteJson(backup!) : 'null';
  return request('{"op":"save","path":' + quoteJson(path) + ',"backup":' + b + '}', content);
}

export class ProcessEntry {
  pid: i32 = 0;
  line: string = '';
}

/** The process table as ps-style lines, or none if the host has none to give. */
export function processes(): ProcessEntry[] {
  const r = request('{"op":"processes"}', null);
  const out: ProcessEntry[] = [];
  if (!r.ok) return out;
  const items = r.json().list();
  for (let i = 0; i < items.length; i++) {
    const e = new ProcessEntry();
    e.pid = items[i].get('pid').asInt();
    e.line = items[i].get('line').asString();
    out.push(e);
  }
  return out;
}

export function signal(pid: i32, name: string): HostReply {
  return request('{"op":"signal","pid":' + pid.toString() + ',"signal":' + quoteJson(name) + '}', null);
}

/** Waits `seconds` (SplayTime); a host without a clock of its own only notes it. */
export function sleep(seconds: i32): HostReply {
  return simple('{"op":"sleep","seconds":' + seconds.toString() + '}');
}

/** Tells the host how far the run is: action `index` (from 1) of `total`, named `action`. */
export function progress(index: i32, total: i32, action: string): void {
  simple('{"op":"progress","index":' + index.toString() + ',"total":' + total.toString() + ',"action":' + quoteJson(action) + '}');
}

/** Whether process `pid` exists. */
export function processAlive(pid: f64): bool {
  const r = simple('{"op":"alive","pid":' + (<i64>pid).toString() + '}');
  return r.ok && r.json().get('alive').asBool();
}


export class ExecResult {
  status: i32 = 0;
  output: string = '';
  available: bool = true;
}

/** How a command runs (host/core/host-interface.ts ExecOptions). */
export class ExecOptions {
  /** Seconds; 0: no limit. */
  timeout: i32 = 0;
  /** A JSON object of variables to add, or ''. */
  env: string = '';
  useShell: bool = true;
  umask: string = '';
  uid: i32 = -1;
  gid: i32 = -1;
  cwd: string = '';
  /**
   * Policy paths the command is given as "$1", "$2"…: the host resolves each as it resolves any
   * path (under --root, inside the root); the command line names them only by position.
   */
  paths: string[] = [];

  toJson(): string {
    const w = new JsonWriter().int('timeout', this.timeout).bool('useShell', this.useShell);
    if (this.env.length) w.field('env', this.env);
    if (this.umask.length) w.str('umask', this.umask);
    if (this.uid >= 0) w.int('uid', this.uid);
    if (this.gid >= 0) w.int('gid', this.gid);
    if (this.cwd.length) w.str('cwd', this.cwd);
    if (this.paths.length) w.strings('paths', this.paths);
    return w.toString();
  }
}

/** Runs a command line; in a sandbox host it may be unavailable. */
export function exec(command: string, options: ExecOptions = new ExecOptions()): ExecResult {
  const r = request('{"op":"exec","command":' + quoteJson(command) + ',"options":' + options.toJson() + '}', null);
  const res = new ExecResult();
  if (!r.ok) {
    res.available = false;
    res.status = -1;
    res.output = r.message;
    return res;
  }
  const j = r.json();
  res.status = j.get('status').asInt();
  res.output = j.get('output').asString();
  return res;
}

// --- Files on cfengine servers (copy server=; docs/host-interface.md "Remote files").

/** Status of a remote call when the whole server failed (down, refused us, key not trusted). */
export const REMOTE_SERVER_FAILED: i32 = -6;

/** A server a copy reads from. */
export class ServerRef {
  host: string = '';
  /** 0: the host's default port. */
  port: i32 = 0;
  /** Learn the server's key if it is not known yet (trustkey=true, TrustKeysFrom). */
  trustKey: bool = false;
  /** Seconds without a byte from the server before a request fails; 0: the host's default (30). */
  timeout: i32 = 0;

  toJson(): string {
    return '{"host":' + quoteJson(this.host) + ',"port":' + this.port.toString() + ',"trustKey":' + (this.trustKey ? 'true' : 'false') +
      ',"timeout":' + this.timeout.toString() + '}';
  }
}

/** A file on a server (links not followed), or why it could not be had. */
export class RemoteInfo extends FileInfo {
  /** A link's target. */
  target: string = '';
  /** 0, or the status of the failure (NotFound, Denied, REMOTE_SERVER_FAILED, …). */
  status: i32 = 0;
  message: string = '';
  /** The host's words about the connection (a key made or learnt). */
  notes: string[] = [];
}

function remoteRequest(op: string, server: ServerRef, path: string, extra: string, data: Uint8Array | null): HostReply {
  return request('{"op":"' + op + '","server":' + server.toJson() + ',"path":' + quoteJson(path) + extra + '}', data);
}

export function remoteStat(server: ServerRef, path: string): RemoteInfo {
  const r = remoteRequest('remote-stat', server, path, '', null);
  const info = new RemoteInfo();
  // What the host has to say about the connection (a key made or learnt), failure or not.
  const notes = simple('{"op":"remote-notes"}');
  if (notes.ok) {
    const list = notes.json().list();
    for (let i = 0; i < list.length; i++) info.notes.push(list[i].asString());
  }
  if (!r.ok) {
    info.status = r.status;
    info.message = r.message;
    return info;
  }
  readRemoteStat(r.json(), info);
  return info;
}

/** A server's stat fields from a reply object (remote-stat, or an entry of remote-list). */
function readRemoteStat(j: JValue, info: RemoteInfo): void {
  info.type = j.get('type').asString('none');
  info.mode = j.get('mode').asInt();
  info.mtime = j.get('mtime').num;
  info.size = j.get('size').num;
  info.uid = j.get('uid').asInt();
  info.gid = j.get('gid').asInt();
  info.ino = j.has('ino') ? j.get('ino').num : 0;
  info.dev = j.has('dev') ? j.get('dev').num : 0;
  if (j.has('target')) info.target = j.get('target').asString();
}

/** An entry of a directory on a server, with its stat (or, in `message`, why it has none). */
export class RemoteEntry extends RemoteInfo {
  name: string = '';
}

/** The entries of a directory on a server (sorted, with their stats); the reply's status tells a failure. */
export function remoteList(server: ServerRef, path: string, entries: RemoteEntry[]): HostReply {
  const r = remoteRequest('remote-list', server, path, '', null);
  if (!r.ok) return r;
  const items = r.json().list();
  for (let i = 0; i < items.length; i++) {
    const j = items[i];
    const e = new RemoteEntry();
    e.name = j.get('name').asString();
    readRemoteStat(j, e);
    if (j.has('error')) {
      e.status = HostStatus.NotFound;
      e.message = j.get('error').asString();
    }
    entries.push(e);
  }
  return r;
}

/**
 * Fetches a file from a server whole (all `size` bytes) and writes it at `dest` with `mode`, as
 * writeFile does; a fetch that fails writes nothing. The bytes stay in the host. Status Changed:
 * the file changed on the server meanwhile (the stream ran long or short, or with `verify` its
 * digest is not the server's).
 */
export function remoteCopy(server: ServerRef, path: string, size: f64, dest: string, mode: i32, verify: bool): HostReply {
  return remoteRequest('remote-copy', server, path, ',"size":' + (<i64>size).toString() + ',"dest":' + quoteJson(dest) +
    ',"mode":' + mode.toString() + (verify ? ',"verify":true' : ''), null);
}

/** Whether the server's file differs from `local` (ok: the reply is {"differs"}). */
export function remoteDiffers(server: ServerRef, path: string, local: Uint8Array): HostReply {
  return remoteRequest('remote-differs', server, path, '', local);
}

/** A file of a directory on a server and the local file it is compared with (remoteDiffersMany). */
export class Comparison {
  path: string = '';
  size: f64 = 0;
  local: string = '';
}

/**
 * Whether each server file differs from its local file, asked all at once: true where the local
 * file is missing, unreadable or of another size, else by digest on the server. The reply (ok) is
 * a list in the same order of true, false, or the message of a file the server would not compare;
 * a failure of the whole server fails the reply.
 */
export function remoteDiffersMany(server: ServerRef, files: Comparison[]): HostReply {
  const list: string[] = []; // joined once: appending copied the list per file
  for (let i = 0; i < files.length; i++) {
    list.push('{"path":' + quoteJson(files[i].path) + ',"size":' + (<i64>files[i].size).toString() +
      ',"local":' + quoteJson(files[i].local) + '}');
  }
  return request('{"op":"remote-differs-many","server":' + server.toJson() + ',"files":[' + list.join(',') + ']}', null);
}

/**
 * A host's error message for a message that names `path` already: the host's messages start with
 * the path they are about ("/d/f: no space left on device"), and "could not save /d/f: /d/f: …"
 * said it twice.
 */
export function reasonFor(path: string, message: string): string {
  const named = path + ': ';
  return message.startsWith(named) ? message.substring(named.length) : message;
}

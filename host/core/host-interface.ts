/**
 * @fileoverview THE host interface: everything the core may ask of the world it runs in. One
 * definition, implemented by host/memory (memfs: tests, lint, the browser) and host/node (real
 * syscalls). The core's side of the same contract is engine/src/host.ts; the wire format (a
 * JSON request per call, bytes for file contents) is handled here by `hostImports`, and listed in
 * docs/host-interface.md.
 *
 * Paths are the policy's absolute paths. Confinement (a `--root`, the sandbox) is the business of
 * the implementation, in one place there, never of the core.
 */

/** 'special' is a FIFO, a socket or a device: it exists, has a mode and an owner, but holds no file's bytes. */
export type FileType = 'file' | 'dir' | 'link' | 'special' | 'none';

export interface FileInfo {
  type: FileType;
  /** Permission bits (e.g. 0o644). */
  mode: number;
  /** Modification and access times, seconds since the epoch. */
  mtime: number;
  atime?: number;
  /** Inode change time (tidy type=ctime); a host that does not keep it leaves it out (mtime stands in). */
  ctime?: number;
  size: number;
  /** Owner and group ids. */
  uid: number;
  gid: number;
  /** The file's identity (inode number): hard links share it. */
  ino?: number;
  /** The device it is on (stat only): an inode number names a file within one file system. */
  dev?: number;
  /** With type none: the host refused to look (a link planted on the way), and why. */
  refused?: string;
}

/** What stat answers where nothing is. */
export function noFile(): FileInfo {
  return { type: 'none', mode: 0, mtime: 0, size: 0, uid: 0, gid: 0 };
}

/** The largest file the core reads (engine/src/host.ts MAX_REPLY): a host may refuse more unread. */
export const MAX_READ_BYTES = 2 ** 30;

/** A directory entry with what lstat says of it (links not followed). */
export interface DirEntryInfo {
  name: string;
  info: FileInfo;
}

/**
 * `list` then `stat(…, false)` of each entry: a host with nothing faster answers listStat so.
 */
export function listWithStat(host: Host, path: string): DirEntryInfo[] {
  const dir = path === '/' ? '' : path;
  return host.list(path).map(e => ({ name: e.name, info: host.stat(`${dir}/${e.name}`, false) }));
}

/** Bytes of a `list-stat` record before its name (docs/host-interface.md). */
export const STAT_RECORD_HEADER = 52;
export const TYPE_CODES: Record<FileType, number> = { none: 0, file: 1, dir: 2, link: 3, special: 4 };

/** Whether this machine stores 16-bit units little-endian, as list-stat records have them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The `list-stat` reply: per entry, little-endian u32 name length, u32 type (0 other, 1 file,
 * 2 dir, 3 link), u32 mode, i32 uid, i32 gid, f64 size, f64 mtime, f64 atime, f64 ino, then the
 * name as UTF-16 code units (the length counts bytes): exactly the host's string, a byte that is
 * not UTF-8 included as its \udcXX stand-in. Binary, not JSON: a sweep asks this once per
 * directory instead of a stat per file.
 */
export function encodeStatRecords(entries: DirEntryInfo[]): Uint8Array {
  let size = 0;
  for (const e of entries) size += STAT_RECORD_HEADER + e.name.length * 2;
  const out = new StatRecordWriter(size);
  for (const { name, info } of entries) {
    out.add(name, TYPE_CODES[info.type] ?? 0, info.mode, info.uid, info.gid, info.size, info.mtime, info.atime ?? info.mtime, info.ino ?? 0);
  }
  return out.records();
}

/** Bytes of a `stat` reply: a list-stat record without a name, then the f64 ctime and the f64 device. */
export const STAT_REPLY_BYTES = STAT_RECORD_HEADER + 16;

/**
 * The `stat` reply: what `info` says as a list-stat record with no name, then the ctime (the
 * mtime when the host keeps none), little-endian. Binary, as list-stat: a run stats every file it
 * edits or copies, and reading JSON was most of a stat's cost in the core.
 */
export function encodeStat(info: FileInfo): Uint8Array {
  const reply = new Uint8Array(STAT_REPLY_BYTES);
  writeStat(info, new DataView(reply.buffer));
  return reply;
}

/** encodeStat's bytes written into `view` (hostImports reuses one buffer for every stat's reply). */
export function writeStat(info: FileInfo, view: DataView): void {
  putStatHeader(view, 0, 0, TYPE_CODES[info.type] ?? 0, info.mode, info.uid, info.gid, info.size, info.mtime, info.atime ?? info.mtime, info.ino ?? 0);
  view.setFloat64(STAT_RECORD_HEADER, info.ctime ?? info.mtime, true);
  view.setFloat64(STAT_RECORD_HEADER + 8, info.dev ?? 0, true);
}

/** A list-stat record's header at `at`: its name's length in bytes, then what lstat said. */
function putStatHeader(view: DataView, at: number, nameBytes: number, type: number, mode: number, uid: number, gid: number,
  size: number, mtime: number, atime: number, ino: number): void {
  view.setUint32(at, nameBytes, true);
  view.setUint32(at + 4, type, true);
  view.setUint32(at + 8, mode, true);
  view.setInt32(at + 12, uid, true);
  view.setInt32(at + 16, gid, true);
  view.setFloat64(at + 20, size, true);
  view.setFloat64(at + 28, mtime, true);
  view.setFloat64(at + 36, atime, true);
  view.setFloat64(at + 44, ino, true);
}

/**
 * list-stat records written one entry at a time (encodeStatRecords' format), straight from what
 * lstat gave: no object per entry on the way (a sweep reads 100,000 entries).
 */
export class StatRecordWriter {
  private out: Uint8Array;
  private view: DataView;
  private units: Uint16Array | null;
  private at = 0;

  constructor(capacity = 4096) {
    this.out = new Uint8Array(capacity);
    this.view = new DataView(this.out.buffer);
    this.units = LITTLE_ENDIAN ? new Uint16Array(this.out.buffer) : null;
  }

  /** An entry; `type` as the record has it (0 other, 1 file, 2 dir, 3 link). */
  add(name: string, type: number, mode: number, uid: number, gid: number, size: number, mtime: number, atime: number, ino: number): void {
    const written = name.length * 2;
    const at = this.at;
    if (at + STAT_RECORD_HEADER + written > this.out.length) this.grow(at + STAT_RECORD_HEADER + written);
    const view = this.view;
    // Every record starts at an even offset (header and names are whole 16-bit units), so names go
    // in through a 16-bit view where this machine's order is the records' own.
    const units = this.units;
    if (units) {
      const first = (at + STAT_RECORD_HEADER) >> 1;
      for (let i = 0; i < name.length; i++) units[first + i] = name.charCodeAt(i);
    } else for (let i = 0; i < name.length; i++) view.setUint16(at + STAT_RECORD_HEADER + 2 * i, name.charCodeAt(i), true);
    putStatHeader(view, at, written, type, mode, uid, gid, size, mtime, atime, ino);
    this.at = at + STAT_RECORD_HEADER + written;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.out.length * 2));
    bigger.set(this.out.subarray(0, this.at));
    this.out = bigger;
    this.view = new DataView(bigger.buffer);
    this.units = LITTLE_ENDIAN ? new Uint16Array(bigger.buffer) : null;
  }

  /** The records written (a view of the writer's buffer, which is not written again). */
  records(): Uint8Array {
    return this.out.subarray(0, this.at);
  }
}

/** The user and group databases (/etc/passwd, /etc/group), for owner=/group= and home dirs. */
export interface Accounts {
  users: { name: string; uid: number; gid: number; home: string }[];
  groups: { name: string; gid: number }[];
}

export interface ExecResult {
  status: number;
  output: string;
}

/** How a command runs (shellcommands options, L10487-10590). */
export interface ExecOptions {
  /** Seconds before it is killed; 0 or absent: no limit. */
  timeout?: number;
  /** Variables added to its environment (CFALLCLASSES under -u). */
  env?: Record<string, string>;
  /** false: the words are run directly, without /bin/sh (useshell=false). */
  useShell?: boolean;
  /** The file creation mask (umask=), octal text such as "022". */
  umask?: string;
  /** Run as this user and group (owner=, group=; only root can). */
  uid?: number;
  gid?: number;
  /** The working directory (chdir=). */
  cwd?: string;
  /**
   * Policy paths given to the command as "$1", "$2"… (compress, RunScript: the file acted on),
   * resolved as any other path (under a root, the real path inside it).
   */
  paths?: string[];
}

/** A cfengine server that copy server= reads from (docs/host-interface.md "Remote files"). */
export interface ServerRef {
  /** The name or address as the policy gives it. */
  host: string;
  /** Its port; 0: the host's default (the `cfengine` entry of /etc/services, else 5308). */
  port: number;
  /** Learn its key if we do not know it yet (trustkey=true, or TrustKeysFrom names it). */
  trustKey: boolean;
  /** Seconds without a byte from it before a request fails (control RemoteTimeout); 0 or absent: 30. */
  timeout?: number;
}

/** A file on a server: stat's fields (not following links), and a link's target. */
export interface RemoteInfo extends FileInfo {
  target?: string;
  /** The server's device number, where it gives one: with `ino`, a directory's identity (loops). */
  dev?: number;
}

/** An entry of a directory on a server with its stat, or why the server would not stat it. */
export interface RemoteEntry extends RemoteInfo {
  name: string;
  /** The server refused to stat it (type 'none'). */
  error?: string;
}

/** Errors a host reports; `code` becomes the core's status. EREMOTE: the whole server failed. */
export class HostError extends Error {
  /** ECHANGED: saveFile found the file changed since the core read it (another run saved it). */
  constructor(readonly code: 'ENOENT' | 'ENOTFILE' | 'EACCES' | 'ENOTAVAIL' | 'EFAIL' | 'ECHANGED' | 'EREMOTE', message: string) {
    super(message);
  }
}

/**
 * What every host says when the old file cannot be kept as `backup` (why: `reason`, the error
 * naming the backup; a backup directory that is missing is said alone, "DIR: no such directory"):
 * the save is refused and the file left as it was. One wording for the Node host, the memory host
 * and the dry-run overlay, so a failed save reads the same everywhere and a dry run's plan says
 * what the run will.
 */
export function backupRefused(backup: string, reason: string): HostError {
  return new HostError('EFAIL', `the old file cannot be kept as ${backup} (${reason}); left unchanged`);
}

/** What a chmod or chown says of a link it will not follow at a last name (Host.refusesLinkAt). */
export function linkAtLastName(path: string): HostError {
  return new HostError('EACCES', `${path}: a link in a directory another user can write; not followed`);
}

export interface Host {
  /** A regular file's bytes. */
  readFile(path: string): Uint8Array;
  /**
   * Optional: readFile straight into `into` (a view of the core's memory, valid during the call),
   * with the same checks: the number of bytes read, at most `into.length` (a longer file is read
   * only that far: the core, which makes `into` one byte longer than stat said, then asks
   * readFile). Without it, hostImports gives readFile's bytes copied (readIntoByReading).
   */
  readFileInto?(path: string, into: Uint8Array): number;
  /** What is at `path`; type 'none' if nothing. Symbolic links are followed unless `follow` is false. */
  stat(path: string, follow?: boolean): FileInfo;
  /** The entries of a directory, sorted by name; types as stat gives them (links not followed). */
  list(path: string): { name: string; type: FileType }[];
  /**
   * The entries of a directory, sorted by name as `list`, each with what `stat(…, false)` says
   * of it: one call per directory for a sweep (listWithStat is the plain way to answer it).
   */
  listStat(path: string): DirEntryInfo[];
  /**
   * Optional: listStat as encodeStatRecords gives it, made however the host likes; `next` are the
   * directories the sweep will ask for after this one, in order (a host may start reading them now).
   */
  listStatRecords?(path: string, next?: string[]): Uint8Array;
  /** Optional: the run is over (a host lets go of what it started for it, such as threads). */
  runEnded?(): void;
  /** Creates an empty file; its directory must exist. */
  createFile(path: string, mode: number): void;
  /**
   * Replaces a file's contents atomically (a reader sees the old or the new bytes, never a mix),
   * keeping its mode; with `backup`, the old file is kept there first (D7). `content` (as in
   * writeFile) is a view of the core's memory, valid during the call: a host copies what it keeps.
   */
  saveFile(path: string, content: Uint8Array, backup: string | null): void;
  /**
   * Dry run (-n): the overlay tells its base what saveFile or writeFile would have written and
   * what was there before (as the overlay sees it); nothing may change. Not a call of the core.
   */
  wouldSave(path: string, before: Uint8Array | null, after: Uint8Array): void;
  /**
   * Optional, for a dry run: throws what a change of `path` (as the policy names it) would throw
   * before touching anything (a path leaving the root, a link another user planted on its way),
   * so the overlay plans no change the run would refuse. Not a call of the core. `through`: the
   * change goes through a link at the last name, which is checked too: 'change' (a chmod, chown,
   * touch, create or read of what it leads to) or 'write' (a file written or saved in its place);
   * the overlay asks so only when it followed a link the base has.
   */
  mayChange?(path: string, through?: 'change' | 'write'): void;
  /**
   * Optional, for a dry run: whether a chmod or chown of `path` refuses a link found at its last
   * name (the Node host without a root, in a directory another user can write: EACCES, "a link in
   * a directory another user can write; not followed"). The overlay looks at the last name in its
   * own plan (a link an earlier action makes is refused too). Not a call of the core.
   */
  refusesLinkAt?(path: string): boolean;
  /**
   * Optional, for a dry run: whether a file written at a link that leads nowhere takes the link's
   * own name (the link replaced) rather than being made where the link points (the Node host
   * without a root: a link to nothing in /tmp may be a user's). Not a call of the core.
   */
  replacesLinkToNothing?: boolean;
  /** Sets permission bits. */
  chmod(path: string, mode: number): void;
  /** Sets owner and group ids (-1 leaves one as it is); a link itself when `follow` is false. */
  chown(path: string, uid: number, gid: number, follow?: boolean): void;
  /** Makes one directory (its parent must exist). */
  mkdir(path: string, mode: number): void;
  /** Makes a symbolic link at `path` pointing to `target`. */
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  /** Makes a hard link at `path` to the file `target`. */
  link(target: string, path: string): void;
  rename(from: string, to: string): void;
  /**
   * Removes a file, a link, or an empty directory; with `ino` (a sweep's entry as listed) only if
   * the name leads to that inode without following a link at its end (else EACCES).
   */
  remove(path: string, ino?: number): void;
  /** Writes a whole file atomically with `mode` (a new file, or a replacement without backup). */
  writeFile(path: string, content: Uint8Array, mode: number): void;
  /**
   * Writes `to` with the bytes of the plain file `from`, exactly as writeFile does, without
   * holding them whole (a local copy of any size). Optional: a host without it is given
   * writeFile(to, readFile(from)) (copyByReading).
   */
  copyFile?(from: string, to: string, mode: number): void;
  /** Whether two plain files hold the same bytes. Optional, as copyFile (sameByReading). */
  sameContents?(a: string, b: string): boolean;
  /** Sets the modification time to the host's clock (files' `touch`, L9165). */
  touch(path: string): void;
  /** The process table as `ps` lines (L10115): the pid and a line "USER PID COMMAND…". */
  processes(): { pid: number; line: string }[];
  /** Sends a signal (by name: hup, term, kill, …) to a process. */
  signal(pid: number, signal: string): void;
  /** Whether process `pid` still exists (a lock left by a run that died is stale). */
  processAlive(pid: number): boolean;
  /** Bytes free to ordinary users on the filesystem holding `path` (required freespace=, L10386). */
  freeSpace(path: string): number;
  /** The user and group databases. */
  accounts(): Accounts;
  /**
   * The run's persistent state (locks, the setuid log) by name: null if never written;
   * HostError('ENOTAVAIL') if this host keeps no state.
   */
  readState(name: string): Uint8Array | null;
  writeState(name: string, content: Uint8Array): void;
  /** Runs a command line; HostError('ENOTAVAIL') where commands cannot run. */
  exec(command: string, options?: ExecOptions): ExecResult;
  /** Waits before the run's actions (SplayTime, L7337); a host may only note it. */
  sleep(seconds: number): void;
  /** How far the run is: action `index` (from 1) of `total` (a terminal may show it). */
  progress(index: number, total: number, action: string): void;
  /**
   * Files on cfengine servers (copy server=). The file at `path` on `server` (links not
   * followed); HostError ENOENT if it is not there (or the server will not say), EREMOTE if the
   * server as a whole failed (down, refused us, its key not trusted), ENOTAVAIL where this host
   * cannot reach servers.
   */
  remoteStat(server: ServerRef, path: string): RemoteInfo;
  /** The entries of a directory on a server, sorted by name, without . and .., each with its stat. */
  remoteList(server: ServerRef, path: string): RemoteEntry[];
  /** A file's bytes from a server: all `size` of them (what remoteStat said), else an error. */
  remoteRead(server: ServerRef, path: string, size: number, verify?: boolean): Uint8Array;
  /**
   * Fetches a file from a server whole (all `size` bytes, else an error and nothing written),
   * then writes it at `dest` with `mode` exactly as writeFile does. The bytes never pass through
   * the core (a 100 MB file need not be copied into its memory and out again). A stream longer
   * or shorter than `size`, or (with `verify`) bytes whose digest is not the server's file's, is
   * HostError ECHANGED: the file changed on the server while it was copied; nothing is written.
   */
  remoteCopy(server: ServerRef, path: string, size: number, dest: string, mode: number, verify?: boolean): void;
  /** Whether the server's file differs from `local` (compared by digest on the server). */
  remoteDiffers(server: ServerRef, path: string, local: Uint8Array): boolean;
  /**
   * Whether each server file differs from its local file, asked at once (a host that has it sends
   * the requests together; without it, differsOneByOne): true where the local file is missing,
   * unreadable or not of the server file's size, else by digest on the server; for a file the
   * server will not compare (not there, denied), its error's message. EREMOTE if the whole server failed.
   */
  remoteDiffersMany?(server: ServerRef, files: Comparison[]): (boolean | string)[];
  /** Messages about the remote connections since the last call (keys made or learnt). */
  remoteNotes(): string[];
}

/** A file on a server, its size there, and the local file it is compared with (remoteDiffersMany). */
export interface Comparison { path: string; size: number; local: string }

/** The local file's bytes if it is there with `size` bytes, else null (it differs, whatever the server has). */
export function localOfSize(host: Host, path: string, size: number): Uint8Array | null {
  try {
    const bytes = host.readFile(path);
    return bytes.length === size ? bytes : null;
  } catch {
    return null;
  }
}

/** remoteDiffersMany for a host without it: one remoteDiffers each. */
export function differsOneByOne(host: Host, server: ServerRef, files: Comparison[]): (boolean | string)[] {
  return files.map((f) => {
    const local = localOfSize(host, f.local, f.size);
    if (!local) return true;
    try {
      return host.remoteDiffers(server, f.path, local);
    } catch (e) {
      if (!(e instanceof HostError) || e.code === 'EREMOTE' || e.code === 'ENOTAVAIL') throw e;
      return e.message;
    }
  });
}

/** readFileInto for a host without it: readFile, and as much of it as fits copied into `into`. */
export function readIntoByReading(host: Host, path: string, into: Uint8Array): number {
  const bytes = host.readFile(path);
  const n = Math.min(bytes.length, into.length);
  into.set(bytes.subarray(0, n));
  return n;
}

/** A copy for a host that keeps files in memory anyway (memory, overlay): read whole, write. */
export function copyByReading(host: Host, from: string, to: string, mode: number): void {
  host.writeFile(to, host.readFile(from), mode);
}

export function sameByReading(host: Host, a: string, b: string): boolean {
  const x = host.readFile(a);
  const y = host.readFile(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

const STATUS: Record<HostError['code'], number> = {
  ENOENT: -1, ENOTFILE: -2, EACCES: -3, ENOTAVAIL: -4, ECHANGED: -5, EREMOTE: -6, EFAIL: -9,
};

/** Access to the core's memory, for the import functions. */
export interface CoreMemory {
  bytes(ptr: number, length: number): Uint8Array;
}

/** How a request for one path begins, and its parts (engine/src/host.ts putPathRequest). */
const OP_HEAD = new TextEncoder().encode('{"op":"');
const PATH_KEY = new TextEncoder().encode('","path":"');
const MODE_KEY = new TextEncoder().encode(',"mode":');
const NO_FOLLOW = new TextEncoder().encode(',"follow":false}');

/** A request read by plainRequest: what JSON.parse would give of it. */
export interface PlainRequest { op: string; path: string; mode?: number; follow?: false }

/**
 * A request the core writes straight into bytes for one path — `{"op":"OP","path":"P"}`, P
 * without escapes, with nothing more or with `,"mode":N` (N decimal) or `,"follow":false` —
 * read without JSON.parse (which took 4 times as long as the rest of the host's work for a
 * sweep's chmod, and most of a trial run's stat); null for any other request, which is parsed as
 * JSON. Exported for its test.
 */
export function plainRequest(bytes: Uint8Array, text: TextDecoder): PlainRequest | null {
  const n = bytes.length;
  if (n < OP_HEAD.length + PATH_KEY.length + 2 || bytes[n - 1] !== 0x7d) return null;
  if (!startsWith(bytes, 0, OP_HEAD)) return null;
  let at = OP_HEAD.length;
  // The operation: lower-case letters and dashes.
  while (at < n && ((bytes[at] >= 0x61 && bytes[at] <= 0x7a) || bytes[at] === 0x2d)) at++;
  if (at === OP_HEAD.length || !startsWith(bytes, at, PATH_KEY)) return null;
  const op = knownOp(bytes, OP_HEAD.length, at) ?? text.decode(bytes.subarray(OP_HEAD.length, at));
  const start = at + PATH_KEY.length;
  // The path's closing quote; it has no escapes (no backslash). One loop: a typed array's
  // indexOf and lastIndexOf are calls into V8's C++ (a sweep sends one chmod per changed file).
  let end = start;
  for (; end < n; end++) {
    const b = bytes[end];
    if (b === 0x22) break;
    if (b === 0x5c) return null;
  }
  if (end === n) return null;
  const path = text.decode(bytes.subarray(start, end));
  const rest = end + 1;
  if (rest === n - 1) return { op, path };
  if (n - rest === NO_FOLLOW.length && startsWith(bytes, rest, NO_FOLLOW)) return { op, path, follow: false };
  if (!startsWith(bytes, rest, MODE_KEY) || rest + MODE_KEY.length === n - 1) return null;
  let mode = 0;
  for (let i = rest + MODE_KEY.length; i < n - 1; i++) {
    const digit = bytes[i] - 0x30;
    if (digit < 0 || digit > 9) return null;
    mode = mode * 10 + digit;
  }
  return { op, path, mode };
}

/** The operations the core writes this way (engine/src/host.ts putPathRequest callers). */
const KNOWN_OPS = ['chmod', 'stat', 'read-into'].map((op) => ({ op, bytes: new TextEncoder().encode(op) }));

/**
 * The operation named by bytes [from, to) if it is one the core writes this way, as a constant
 * string: no decoding per request (a sweep sends one chmod per changed file).
 */
function knownOp(bytes: Uint8Array, from: number, to: number): string | null {
  for (const known of KNOWN_OPS) if (known.bytes.length === to - from && startsWith(bytes, from, known.bytes)) return known.op;
  return null;
}

/** Whether `bytes` has `head` at `at`. */
function startsWith(bytes: Uint8Array, at: number, head: Uint8Array): boolean {
  if (at + head.length > bytes.length) return false;
  for (let i = 0; i < head.length; i++) if (bytes[at + i] !== head[i]) return false;
  return true;
}

/**
 * The `host` imports of the core wasm: `call(request, data) → status`, `replyLength()`,
 * `take(destination)`. `current()` gives the host of the run in progress; `dryRun(now)` puts an
 * overlay over it (the core asks when a dry run begins).
 */
export function hostImports(current: () => Host, memory: () => CoreMemory,
  dryRun: (now: number, owner: { uid: number; gid: number }) => void) {
  const empty = new Uint8Array(0);
  let reply: Uint8Array = empty;
  const text = new TextDecoder();
  const encoder = new TextEncoder();
  // A stat's reply is written into one buffer: the core takes each reply before its next call.
  const statReply = new Uint8Array(STAT_REPLY_BYTES);
  const statView = new DataView(statReply.buffer);
  // Most calls answer nothing (chmod, remove, …): no encoder work for them.
  const answer = (status: number, body: Uint8Array | string): number => {
    reply = typeof body !== 'string' ? body : body === '' ? empty : encoder.encode(body);
    return status;
  };
  const failed = (e: unknown): number => {
    if (e instanceof HostError) return answer(STATUS[e.code], e.message);
    return answer(STATUS.EFAIL, String(e instanceof Error ? e.message : e));
  };
  return {
    call(request: number, requestLength: number, data: number, dataLength: number): number {
      const bytes = memory().bytes(request, requestLength);
      const host = current();
      const req = plainRequest(bytes, text) ?? JSON.parse(text.decode(bytes));
      try {
        switch (req.op) {
          case 'read':
            return answer(0, host.readFile(req.path));
          case 'read-into': {
            // The status is the number of bytes read (≥ 0): the file crosses into the core once.
            const into = memory().bytes(data, dataLength);
            return answer(host.readFileInto ? host.readFileInto(req.path, into) : readIntoByReading(host, req.path, into), '');
          }
          case 'stat': {
            const info = host.stat(req.path, req.follow !== false);
            // Nothing there: "not found" and no reply (the core's type none), not a record to
            // write and read: most files a big policy names may be missing.
            if (info.type === 'none') return info.refused ? answer(STATUS.EACCES, info.refused) : answer(STATUS.ENOENT, '');
            writeStat(info, statView);
            return answer(0, statReply);
          }
          case 'chmod':
            host.chmod(req.path, req.mode);
            return answer(0, '');
          case 'mkdir':
            host.mkdir(req.path, req.mode);
            return answer(0, '');
          case 'symlink':
            host.symlink(req.target, req.path);
            return answer(0, '');
          case 'readlink':
            // As JSON: a target's bytes that are not UTF-8 (lone surrogates, as host/ir/policy-text.ts
            // maps them) would not survive plain UTF-8; JSON escapes them.
            return answer(0, JSON.stringify(host.readlink(req.path)));
          case 'chown':
            host.chown(req.path, req.uid, req.gid, req.follow !== false);
            return answer(0, '');
          case 'link':
            host.link(req.target, req.path);
            return answer(0, '');
          case 'accounts':
            return answer(0, JSON.stringify(host.accounts()));
          case 'state-read': {
            const bytes = host.readState(req.name);
            return bytes ? answer(0, bytes) : answer(STATUS.ENOENT, `no state ${req.name}`);
          }
          case 'state-write':
            host.writeState(req.name, memory().bytes(data, dataLength).slice());
            return answer(0, '');
          case 'rename':
            host.rename(req.from, req.to);
            return answer(0, '');
          case 'remove':
            host.remove(req.path, req.ino);
            return answer(0, '');
          case 'write':
            host.writeFile(req.path, memory().bytes(data, dataLength), req.mode);
            return answer(0, '');
          case 'copy':
            if (host.copyFile) host.copyFile(req.from, req.to, req.mode);
            else copyByReading(host, req.from, req.to, req.mode);
            return answer(0, '');
          case 'same-contents':
            return answer(0, JSON.stringify({
              same: host.sameContents ? host.sameContents(req.path, req.other) : sameByReading(host, req.path, req.other),
            }));
          case 'touch':
            host.touch(req.path);
            return answer(0, '');
          case 'list':
            return answer(0, JSON.stringify(host.list(req.path)));
          case 'list-stat':
            return answer(0, host.listStatRecords ? host.listStatRecords(req.path, req.next) : encodeStatRecords(host.listStat(req.path)));
          case 'create':
            host.createFile(req.path, req.mode);
            return answer(0, '');
          case 'save':
            host.saveFile(req.path, memory().bytes(data, dataLength), req.backup);
            return answer(0, '');
          case 'processes':
            return answer(0, JSON.stringify(host.processes()));
          case 'signal':
            host.signal(req.pid, req.signal);
            return answer(0, '');
          case 'alive':
            return answer(0, JSON.stringify({ alive: host.processAlive(req.pid) }));
          case 'freespace':
            return answer(0, JSON.stringify({ bytes: host.freeSpace(req.path) }));
          case 'exec':
            return answer(0, JSON.stringify(host.exec(req.command, req.options ?? {})));
          case 'sleep':
            host.sleep(req.seconds);
            return answer(0, '');
          case 'progress':
            host.progress(req.index, req.total, req.action);
            return answer(0, '');
          case 'remote-stat':
            return answer(0, JSON.stringify(host.remoteStat(req.server, req.path)));
          case 'remote-notes':
            return answer(0, JSON.stringify(host.remoteNotes()));
          case 'remote-list':
            return answer(0, JSON.stringify(host.remoteList(req.server, req.path)));
          case 'remote-copy':
            host.remoteCopy(req.server, req.path, req.size, req.dest, req.mode, req.verify === true);
            return answer(0, '');
          case 'remote-differs-many':
            return answer(0, JSON.stringify(host.remoteDiffersMany
              ? host.remoteDiffersMany(req.server, req.files) : differsOneByOne(host, req.server, req.files)));
          case 'remote-differs':
            return answer(0, JSON.stringify({ differs: host.remoteDiffers(req.server, req.path, memory().bytes(data, dataLength)) }));
          case 'dry-run':
            dryRun(req.now, { uid: req.uid ?? 0, gid: req.gid ?? 0 });
            return answer(0, '');
          default:
            return answer(STATUS.EFAIL, `unknown host operation ${req.op}`);
        }
      } catch (e) {
        return failed(e);
      }
    },
    replyLength(): number {
      return reply.length;
    },
    take(destination: number): void {
      memory().bytes(destination, reply.length).set(reply);
      reply = empty;
    },
  };
}

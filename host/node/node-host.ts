/**
 * @fileoverview The host on a real machine: Node's fs and child_process. With a root (`--root`),
 * every policy path is resolved inside it, chroot-like (./confined-paths.ts): `..` and symbolic
 * links (absolute targets count from the root) may not leave it — such a path is refused with an
 * error naming it. This is the one place where confinement is enforced. File names are bytes
 * (./byte-fs.ts).
 * Every write is atomic and complete or not done (atomic-write.ts); an edit is saved only if the
 * file is still the one it was read from, else the core edits it again (ECHANGED); state shared
 * by concurrent runs is combined, not overwritten (shared-state.ts).
 */
// Names are bytes: every path goes to the system as the bytes it stands for (./byte-fs.ts).
import { mkdtempSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import * as fs from './byte-fs.js';
import { createExclusive, lockBeside, openTemp, ownTemps, removeSoon, writeAtomically } from './atomic-write.js';
import { copyChunks, sameChunks } from './file-copy.js';
import { combineState, onlyMarkersDiffer, ownMarkersDiffer, parseLocks } from './shared-state.js';
import type { Accounts, Comparison, DirEntryInfo, ExecOptions, ExecResult, FileInfo, Host, RemoteEntry, RemoteInfo, ServerRef } from '../core/host-interface.js';
import { defaultPort, RemoteClient } from './remote/client.js';
import { endWorker, takeEarly } from './remote/early.js';
import { backupRefused, HostError, linkAtLastName, localOfSize, MAX_READ_BYTES, noFile, STAT_RECORD_HEADER, TYPE_CODES } from '../core/host-interface.js';
import { parseAccounts } from '../core/accounts.js';
import { md5, spawnSync } from './lazy-builtins.js';
import { ConfinedPaths, lstatOrNone, O_PATH, pinned, pinsAvailable, rootOnly } from './confined-paths.js';
import { ListingAhead, readDirRecords, readDirStat } from './dir-listing.js';
import { readBounded, readBoundedIfExists, shownPath, UnreadableFile } from './bounded-read.js';

/**
 * The most of a command's output (each of stdout and stderr) the run keeps: the rest is left out,
 * and said so. The command is not stopped for printing more: it writes into a file, not a pipe.
 */
const EXEC_OUTPUT_LIMIT = 1 << 20;

/**
 * A command's stdout or stderr: a temp file, made exclusively (never through a link) in a private
 * directory, opened for reading and writing so that the run reads back what was written to the
 * very file the command had. A file, not a pipe: spawnSync waits for a pipe to close, and a
 * daemon the command started in the background kept it open, so the run waited the timeout out
 * (3600 s by default) and called it failed (124). With a file, the run waits for the shell only.
 */
interface OutputFile { path: string; fd: number }

function openOutput(dir: string, name: string): OutputFile {
  const { temp, fd } = openTemp(`${dir}/${name}`, 0o600, true, fs.constants.O_RDWR);
  return { path: temp, fd };
}

/** What `out` holds, up to EXEC_OUTPUT_LIMIT bytes (and a note of what was left out); closed and removed. */
function takeOutput(out: OutputFile): string {
  try {
    const size = fs.fstatSync(out.fd).size; // a daemon may still be writing: what is there now
    const kept = Buffer.alloc(Math.min(size, EXEC_OUTPUT_LIMIT));
    let got = 0;
    while (got < kept.length) {
      const n = fs.readSync(out.fd, kept, got, kept.length - got, got);
      if (n <= 0) break;
      got += n;
    }
    const text = kept.subarray(0, got).toString('utf8');
    return size > EXEC_OUTPUT_LIMIT
      ? `${text}\n(output cut: it printed ${size} bytes; the first ${EXEC_OUTPUT_LIMIT >> 20} MiB are kept)\n` : text;
  } finally {
    dropOutput(out);
  }
}

function dropOutput(out: OutputFile): void {
  try {
    fs.closeSync(out.fd);
  } catch { /* closed already */ }
  try {
    fs.unlinkSync(out.path);
  } catch { /* gone already */ }
  ownTemps.live.delete(out.path);
}

/**
 * How a command runs: in a session (and so a process group) of its own, which a shell in between
 * waits for. spawnSync's timeout kills only its own child, so the shell traps that SIGTERM (and
 * SIGINT/SIGHUP, which a terminal's ^C or a hang-up sends to cfwasm's group) and sends it on to
 * the whole group, then SIGKILL a second later: nothing a timed-out command started keeps running.
 * `&` makes the shell start the job with SIGINT and SIGQUIT ignored (no job control), which the
 * command would inherit; `env --default-signal` gives them back. A command's status is the job's.
 * The trap names the job by $!, set as soon as `&` has started it: a signal between `&` and an
 * assignment (`j=$!`) found no job to end and left it running. $0 and "$@" are the command's own
 * `sh -c` arguments. `wait`'s own report of a job a signal killed ("Killed") is not the
 * command's output: dropped, the status (128 + N) says it.
 */
const COMMAND_GROUP = "trap 'kill -s TERM -- -$! $! 2>/dev/null; sleep 1; kill -s KILL -- -$! 2>/dev/null; exit 143' TERM INT HUP\n" +
  'setsid env --default-signal=INT,QUIT /bin/sh -c "$0" "$@" & wait $! 2>/dev/null';
let groupWrapperWorks: boolean | null = null;
/** Whether this system has setsid(1) and an env(1) with --default-signal (coreutils 8.31); else commands run as before. */
function groupWrapper(): boolean {
  groupWrapperWorks ??= spawnSync('/bin/sh', ['-c', 'setsid env --default-signal=INT,QUIT true'], { stdio: 'ignore' }).status === 0;
  return groupWrapperWorks;
}
/** Whether `path` is absolute and in the form of a name: no `//`, `.`, `..` or trailing `/` (NodeHost.guarded's keys). */
const plainPath = (path: string) => /^(\/[^/]+)+$/.test(path) && !/\/\.\.?(\/|$)/.test(path);

/** Who we run as: a directory of ours is as guarded as one of root's (NodeHost.guarded). */
const EUID = process.geteuid?.() ?? -1;

/** A directory opened only to name it (no read), its own last component followed as the path says. */
const O_PATH_DIRECTORY = O_PATH | fs.constants.O_DIRECTORY;

export interface NodeHostOptions {
  /** Every path of the policy resolves inside this directory. */
  root?: string;
  /** Allow commands to run although a root is set (they cannot be confined). */
  allowExec?: boolean;
  /** Where the run's state (locks, the setuid log) is kept; without it, none is kept. */
  stateDir?: string;
  /** Told at each action (the CLI shows it on a terminal). */
  onProgress?: (index: number, total: number, action: string) => void;
  /** Keep every file's old and new contents in `saves` (default true; --diff and --json need them). */
  keepContents?: boolean;
  /** Seconds without a byte from a cfengine server before a remote copy fails (default 30). */
  remoteTimeout?: number;
  /** The run changes nothing (a dry run's overlay above takes every change): no temp is expected. */
  dryRun?: boolean;
}

/**
 * A file read into the core at least this big is most likely read to be edited, and saved: the
 * temp reaper's helper starts before it is read (ownTemps.expected, temp-reaper.ts).
 */
const EXPECT_TEMPS_FROM_BYTES = 1 << 20;

/** An account database's text ('' if unreadable): bounded, never a FIFO planted under a root. */
function readText(path: string): string {
  try {
    return readBounded(path, 64 << 20, { what: 'an account database' }).toString('utf8');
  } catch {
    return '';
  }
}

/** The names in list-stat records whose entries were not links, each with its inode number as listed. */
function namesNotLinks(records: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  for (let at = 0; at + STAT_RECORD_HEADER <= records.length;) {
    const length = view.getUint32(at, true);
    if (view.getUint32(at + 4, true) !== TYPE_CODES.link) {
      let name = '';
      for (let i = 0; i < length; i += 2) name += String.fromCharCode(view.getUint16(at + STAT_RECORD_HEADER + i, true));
      out.set(name, view.getFloat64(at + STAT_RECORD_HEADER - 8, true)); // the record's last field: ino
    }
    at += STAT_RECORD_HEADER + length;
  }
  return out;
}

/**
 * NodeHost's calls that may make, remove or rename a name (or run a command, which may do
 * anything): each forgets the last listing and the directories checked (confined-paths.ts)
 * first. A call added to the host that changes names belongs here.
 */
const CHANGE_NAMES = ['createFile', 'saveFile', 'writeFile', 'copyFile', 'mkdir', 'symlink', 'link', 'rename', 'remove',
  'touch', 'exec', 'remoteCopy', 'runEnded'] as const;

/** Makes each of `host`'s calls `names` do `first` (given the call's name and arguments) before what it does. */
function before(host: NodeHost, names: readonly (keyof NodeHost)[], first: (name: string, args: unknown[]) => void): void {
  for (const name of names) {
    const own = host[name] as (...args: unknown[]) => unknown;
    (host as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      first(name, args);
      return own.apply(host, args);
    };
  }
}

function forgetListingOnChange(host: NodeHost): void {
  before(host, CHANGE_NAMES, (name, args) => {
    // A tidy removes entries of the listing one after another: the others stay as listed.
    if (name !== 'remove' || !host.keepListingBut(args[0] as string)) host.lastListing = null;
    host.forgetChecks();
  });
}

/**
 * NodeHost's calls that change something on the machine (or run a command, which may): a locks
 * write left waiting (writeState) is made before each, so another run sees this run's running
 * marker before the first change of the action it marks. The first also starts the temp
 * reaper's helper (ownTemps.expected): a run killed once it has changed something says so on
 * stderr, even when its changes made no temp (a tidy, a sweep of modes, disable's renames).
 */
const CHANGES = [...CHANGE_NAMES, 'chmod', 'chown', 'signal'] as const;

function writeWaitingLocksFirst(host: NodeHost, changes: boolean): void {
  before(host, CHANGES, (name) => {
    // runEnded is every run's last call, a converged one's too: no helper for it.
    if (changes && name !== 'runEnded') ownTemps.expected?.();
    host.writeWaitingLocks();
  });
}

/** The largest state file read (locks of every item of a big policy). */
const MAX_STATE_BYTES = 64 << 20;

export interface SavedFile { path: string; before: Uint8Array | null; after: Uint8Array }

/** Why a write failed, in words (the file itself is left as it was). */
const WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (a file-size limit, ulimit -f?)',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
};

function errorOf(e: unknown, fullPath: string): HostError {
  const code = (e as NodeJS.ErrnoException).code;
  const path = shownPath(fullPath); // the message that quotes it names it in full already
  if (e instanceof UnreadableFile) return new HostError('EFAIL', e.message); // names the file
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HostError('ENOENT', `${path}: no such file or directory`);
  if (code === 'EISDIR') return new HostError('ENOTFILE', `${path}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new HostError('EACCES', `${path}: permission denied`);
  // As the memory host and the dry-run overlay say it (a directory made where a dangling link is).
  if (code === 'EEXIST') return new HostError('EFAIL', `${path}: exists`);
  // As the resolvers say it (confined-paths.ts, the memory host, the overlay).
  if (code === 'ELOOP') return new HostError('EFAIL', `${path}: too many levels of symbolic links`);
  if (code && WRITE_ERRORS[code]) return new HostError('EFAIL', `${path}: ${WRITE_ERRORS[code]} (${code}); left unchanged`);
  if (code === 'ENAMETOOLONG') return new HostError('EFAIL', `${path}: name too long (past PATH_MAX or NAME_MAX)`);
  // Node's message ends with the call and the path again (", open '/…'"): said once is enough.
  return new HostError('EFAIL', `${path}: ${(e as Error).message.replace(/, \w+ '[^]*$/, '')}`);
}

/**
 * Directory `dir` (a missing one) with the links on its way followed as far as they lead, as the
 * kernel follows them: the directory a failed change names (unconfined; under a root the
 * confined resolve has followed them already). `dir` itself if a link loops or cannot be read.
 */
function linksFollowed(dir: string): string {
  let p = dir;
  for (let hops = 0; hops < 40; hops++) {
    const parts = p.split('/');
    let i = 2;
    for (; i <= parts.length; i++) {
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatIfAny(parts.slice(0, i).join('/'));
      } catch {
        return dir;
      }
      if (!st) return p; // missing from here on: no link further down
      if (st.isSymbolicLink()) break;
    }
    if (i > parts.length) return p;
    let target: string;
    try {
      target = fs.readlinkSync(parts.slice(0, i).join('/'));
    } catch {
      return dir;
    }
    const rest = parts.slice(i);
    const joined = target.startsWith('/') ? [target, ...rest] : [parts.slice(0, i - 1).join('/') || '/', target, ...rest];
    p = posix.normalize(joined.join('/')).replace(/(.)\/$/, '$1');
  }
  return dir;
}

/**
 * What identifies a file's contents as read: a save replaces it only if it is still the same.
 * Another run's save is a new inode (and time); a write in place changes the size or time.
 * Not the change time: a chmod or a hard link leaves the contents as they were.
 */
function identity(st: fs.BigIntStats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}`;
}

/**
 * Whether the kernel lets a user hard-link a file she does not own (/proc/sys/fs/protected_hardlinks
 * is 0; read once). `hardLinksSeam.open` set (tests only) answers instead.
 */
export const hardLinksSeam = { open: null as boolean | null };
let hardLinksOpenHere: boolean | undefined;
function hardLinksOpen(): boolean {
  if (hardLinksSeam.open !== null) return hardLinksSeam.open;
  if (hardLinksOpenHere === undefined) {
    try {
      hardLinksOpenHere = EUID === 0 && fs.readFileSync('/proc/sys/fs/protected_hardlinks', 'utf8').trim() === '0';
    } catch {
      hardLinksOpenHere = false; // not Linux, or no /proc: nothing known to guard against
    }
  }
  return hardLinksOpenHere;
}

/**
 * For tests only: told of each path inPinnedDir is about to pin, after the host's own check of
 * its way: a test swaps a directory for a link exactly there, every time.
 */
export const pinSeam = { beforePin: null as ((real: string) => void) | null };

/** The directory of `path` (a pinned name's `/proc/self/fd/N`). */
function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function statOrNull(real: string): fs.Stats | null {
  try {
    return fs.statSync(real);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export class NodeHost implements Host {
  /**
   * Every file written — edits saved, files copied or made — (and, under dry run, every one that
   * would be), with old and new contents, for --diff and --json.
   */
  readonly saves: SavedFile[] = [];

  private keep(path: string, before: Uint8Array | null, after: Uint8Array): void {
    if (this.options.keepContents !== false) this.saves.push({ path, before, after: after.slice() }); // after: the core's memory
  }

  private exists(real: string): boolean {
    try {
      return fs.lstatIfAny(real) !== undefined;
    } catch {
      return false;
    }
  }

  /**
   * The contents of a file about to be replaced, for --diff and --json: null if there is none;
   * 'untold' if there is one that is not kept (too big, a FIFO, unreadable): no record is made
   * of its change then, as a record without them would show the file as new, its lines all added.
   */
  private contentsOf(real: string): Uint8Array | null | 'untold' {
    try {
      return new Uint8Array(readBounded(real, MAX_READ_BYTES, { what: 'a diff' }));
    } catch {
      return this.exists(real) ? 'untold' : null;
    }
  }
  private readonly root: string | null;
  private readonly confined: ConfinedPaths | null;
  /** The identity (identity()) of each file as the core last read it, by real path. */
  private readonly readAs = new Map<string, string>();

  /**
   * `real` is about to be changed by this run (not by another): a save of it no longer checks
   * it against the last read. (Chmod and chown keep the contents, and identity() ignores them.)
   */
  private changing(real: string): string {
    this.readAs.delete(real);
    return real;
  }

  constructor(private readonly options: NodeHostOptions = {}) {
    // '' is a mistake (an unset variable), never "no root": only an absent root means none.
    if (options.root === '') throw new Error('NodeHost: the root is an empty string');
    this.root = options.root !== undefined ? fs.realpathSync(options.root) : null;
    this.confined = this.root ? new ConfinedPaths(this.root) : null;
    forgetListingOnChange(this);
    writeWaitingLocksFirst(this, !options.dryRun);
  }

  /**
   * Under a root, the directory a sweep listed last: its path, its real path (resolved at the
   * first chmod or chown in it) and its entries that were not links when listed. A sweep chmods
   * the entries it was just given: for those, the real path is the directory's and the name — no
   * walk of every component to check the path again (confined-paths.ts); the entry itself is
   * still pinned without following a link and checked where it is (changeListed). Forgotten by
   * every call that may make, remove or rename a name, or run a command (CHANGE_NAMES).
   */
  lastListing: { path: string; records: Uint8Array; real: string | null; plain: Map<string, number> | null } | null = null;

  /** Forgets the directories the confinement checked (the run changed names). */
  forgetChecks(): void {
    this.confined?.forget();
  }

  /** The entries of the last listing that were no links, by name, with their inode numbers; null if `path` is not one's. */
  private listedPlain(path: string): { plain: Map<string, number>; name: string } | null {
    const listing = this.lastListing;
    if (!listing) return null;
    const slash = path.lastIndexOf('/');
    if ((slash === 0 ? '/' : path.slice(0, slash)) !== listing.path) return null;
    return { plain: (listing.plain ??= namesNotLinks(listing.records)), name: path.slice(slash + 1) };
  }

  /** Before a remove of `path`: true if it is an entry of the last listing (now forgotten), which stands for the rest. */
  keepListingBut(path: string): boolean {
    const listed = this.listedPlain(path);
    if (!listed) return false;
    this.removing = listed.plain.get(listed.name);
    listed.plain.delete(listed.name);
    return true;
  }

  /** The listed inode of the entry remove() is removing (keepListingBut), if it was no link. */
  private removing: number | undefined;

  /** The real path of an entry of the last listing that was no link, else null. */
  private listedReal(path: string): string | null {
    const listed = this.listedPlain(path);
    if (!listed?.plain.has(listed.name)) return null;
    const listing = this.lastListing!;
    listing.real ??= this.resolve(listing.path);
    return `${listing.real === '/' ? '' : listing.real}/${listed.name}`;
  }

  /**
   * `change` (chmod or chown, given the path to change) on `path`. Under a root the file is
   * pinned where it was resolved (confined-paths.ts pinned), so a link swapped in after the check
   * is never followed: an entry of the last listing as listed, or if it has changed since, the
   * path resolved in full; if even that does not hold still, the change is refused.
   */
  private change(path: string, change: (target: string) => void, opens = true): void {
    if (hardLinksOpen()) change = this.refusingHardLinks(path, change);
    if (!this.confined) return this.changeUnconfined(path, change, opens);
    const listed = this.listedReal(path);
    if (listed !== null && pinned(listed, change) === true) return;
    const real = this.resolve(path);
    const done = pinned(real, change);
    if (done === true) return;
    // Missing: the system's own error (ENOENT) for the path. No /proc or O_PATH here: the path as
    // resolved (the check just made stands).
    if (done === 'missing' || !pinsAvailable()) return change(real);
    throw new HostError('EACCES', `${path}: changed while it was being changed (a link put on the way?)`);
  }

  /**
   * Where the kernel lets anyone make a hard link to a file she cannot write
   * (fs.protected_hardlinks = 0), her hard link to /etc/shadow in her directory is the very inode:
   * no path check can tell it from her file, and root's `files mode=`/`owner=`, a sweep or a
   * touch changed /etc/shadow. So there, as systemd-tmpfiles does, a file (not a directory) with
   * more than one link in a directory another user can change is not changed. `target` is what
   * the change is given (a /proc/self/fd path of the pinned file, or the path).
   */
  private refusingHardLinks(path: string, change: (target: string) => void): (target: string) => void {
    return (target) => {
      const st = fs.statSync(target);
      if (!st.isDirectory() && st.nlink > 1) {
        const where = target.startsWith('/proc/self/fd/') ? fs.readlinkSync(target) : target;
        if (!this.guardedParent(where)) {
          throw new HostError('EACCES', `${path}: a file with ${st.nlink} hard links in a directory another user can change, ` +
            'and fs.protected_hardlinks is off (one may be hers, to a file of another user); not changed');
        }
      }
      change(target);
    };
  }

  /**
   * `change` without a root. An entry of the last listing that was no link is changed only if it
   * is still the inode listed, reached without following a link at its own name: a user who
   * swaps a file of a sweep (or a directory above it) for a link to /etc/shadow between the
   * listing and the chmod would otherwise have root chmod or chown the link's target. Any other
   * path (one the policy names) is changed as the system resolves it. `opens`: whether the
   * change may open a directory to others (a chown, a chmod giving group or others write).
   */
  private changeUnconfined(path: string, change: (target: string) => void, opens: boolean): void {
    if (opens) {
      const own = change;
      change = (target) => {
        own(target);
        this.forgetGuardsIfDirectory(target);
      };
    }
    if (this.guardedParent(path)) return change(path);
    const listed = this.listedPlain(path);
    let ino = listed?.plain.get(listed.name);
    let verify = change;
    if (ino === undefined && pinsAvailable()) {
      // A name the policy gives (not a sweep's entry) in a directory another user can write: its
      // last component is theirs to swap. A link there is not followed (disable renames a file,
      // then chmods the new name: a link swapped in between had root chmod its target), and the
      // inode looked at is the one changed. Nor is a link she planted on the way (checkWay, as
      // for every other call: ~/www -> /etc made `files: ~/www/shadow mode=644` chmod
      // /etc/shadow); and the file pinned must be where the way, checked again, leads now (a
      // link put on the way and taken away again between the check and the pin).
      this.checkWay(path);
      const st = fs.lstatIfAny(path);
      if (st?.isSymbolicLink()) throw linkAtLastName(path);
      ino = st?.ino;
      verify = (proc) => {
        this.checkWay(path);
        if (fs.readlinkSync(proc) !== fs.realpathSync(path)) {
          throw new HostError('EACCES', `${path}: its way changed while it was being changed (a link put on the way?); not changed`);
        }
        change(proc);
      };
    }
    if (ino === undefined || !pinsAvailable()) return change(path);
    const done = pinned(path, verify, ino);
    if (done === true) return;
    if (done === 'missing') return change(path); // ENOENT, the system's own error
    throw new HostError('EACCES', `${path}: not the file listed a moment ago (a link put on the way?); not changed`);
  }

  /**
   * Directories (by path, as found this run) and whether another user than root and us can
   * change what their names lead to: 'guarded' (no one else can add, remove or swap an entry in
   * them, nor swap them or a directory above), 'sticky' (held like that, but others may make
   * entries of their own, as in /tmp: ours there stay ours) or 'open'. In a guarded directory no
   * one else can swap an entry for a link between a listing and a change, so the entry needs no
   * pin: a sweep of a tree only root can write (the common case) costs one chmod per file, not
   * an open, a stat, a chmod through /proc and a close (1.8x the time of a 100,000-file sweep).
   * Kept by path, so emptied AFTER (the call's own check may look at the very directory, as for
   * `d/`) the run opens a directory to others by any name of it (forgetGuardsIfDirectory),
   * removes, renames or makes a link at a name it holds (names may then lead elsewhere:
   * forgetGuardsAt), or runs a command; and when it grows large.
   */
  private readonly guarded = new Map<string, 'guarded' | 'sticky' | 'open'>();
  /**
   * The directory last found guarded: a sweep asks of one directory's entries in a row, and its
   * path compared in place costs less than cutting it out of each entry's and hashing it.
   */
  private lastGuarded: string | null = null;

  /** The directories of `guarded` that were links when looked at (their state is their target's). */
  private readonly guardedLinks = new Set<string>();

  /**
   * Whether `guarded` holds a path not in the form of a name (`//`, `.`, `..` or a trailing `/`
   * in it, as the policy wrote it): such a key is another name of a directory, which no change
   * of that directory by its own name would find (forgetGuardsAt).
   */
  private oddGuards = false;

  /** Forgets what `guarded` holds (names may lead elsewhere now). */
  private forgetGuards(): void {
    this.guarded.clear();
    this.guardedLinks.clear();
    this.lastGuarded = null;
    this.oddGuards = false;
  }

  /**
   * After a change that may let another user into `target` (a chown, a mode giving group or
   * others write): if it is a directory, `guarded` may hold it as guarded under any of its names
   * (the path given, a link to it, `d/`, `d/./`), so all is forgotten. (Any other mode leaves a
   * guarded directory guarded, and one found open or sticky at most closed the more: the pin it
   * keeps is only more care.) One stat per such change, none when nothing is cached.
   */
  private forgetGuardsIfDirectory(target: string): void {
    if (this.guarded.size === 0) return;
    let dir = false;
    try {
      dir = fs.statIfAny(target)?.isDirectory() ?? false;
    } catch {
      // A link in a loop (ELOOP): it leads to no directory. Thrown here, after the change was
      // made, it had the lchown of such a link said as refused (s21 fuzz seed 2072).
    }
    if (dir) this.forgetGuards();
  }

  /**
   * The run makes, removes or renames the names `paths`: forgets what `guarded` holds unless it
   * can tell that none of it changes. dirState caches a directory only after its parent, and a
   * link only after its target, so a name the map does not hold has nothing of it beneath it and
   * leads to none of its entries, provided the name is the one the map would give it: no
   * directory above it a link (the same directory under another name), nor one whose own
   * directory is open (it was never looked at: it may be one). The directories above are looked
   * at first if the map lacks them (the change's own path check looks at them next anyway), so a
   * copy renaming each FILE.cfnew into place, or a tidy removing file after file, keeps the cache
   * (else a walk of every component of the next path, per file or per directory). A path not in
   * the form of the map's keys (`//`, `.` or `..` in it, a trailing `/`) forgets all.
   */
  private forgetGuardsAt(...paths: string[]): void {
    for (const p of paths) {
      if (this.oddGuards || this.guarded.has(p) || !plainPath(p)) return this.forgetGuards();
      const last = p.lastIndexOf('/');
      if (last > 0) this.dirState(p.slice(0, last), 0);
      for (let slash = last; slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
        const dir = p.slice(0, slash);
        const up = dir.lastIndexOf('/');
        const above = up === 0 ? 'guarded' : this.guarded.get(dir.slice(0, up));
        if (this.guardedLinks.has(dir) || above !== 'guarded' && above !== 'sticky') return this.forgetGuards();
      }
    }
  }

  /** Whether the directory holding `path` (absolute) is guarded (see `guarded`). */
  private guardedParent(path: string): boolean {
    const slash = path.lastIndexOf('/');
    if (slash < 0 || path[0] !== '/') return false;
    const last = this.lastGuarded;
    if (last !== null && slash === last.length && path.startsWith(last)) return true;
    if (this.guarded.size > 4096) this.forgetGuards();
    const dir = slash === 0 ? '/' : path.slice(0, slash);
    const guarded = this.dirState(dir, 0) === 'guarded';
    if (guarded) this.lastGuarded = dir;
    return guarded;
  }

  private dirState(dir: string, links: number): 'guarded' | 'sticky' | 'open' {
    let known = this.guarded.get(dir);
    if (known !== undefined) return known;
    known = 'open';
    try {
      const slash = dir.lastIndexOf('/');
      const parent = dir === '/' ? 'guarded' : this.dirState(slash === 0 ? '/' : dir.slice(0, slash), links);
      const st = parent === 'open' ? null : fs.lstatSync(dir);
      const ours = st !== null && (st.uid === 0 || st.uid === EUID);
      // Its name stays: in a guarded directory, or one of ours in a sticky one (/tmp).
      if (st && (parent === 'guarded' || ours)) {
        // A link that stays leads where its target's own state says.
        if (st.isSymbolicLink()) {
          this.guardedLinks.add(dir);
          known = links < 40 ? this.dirState(fs.realpathSync(dir), links + 1) : 'open';
        }
        else if (st.isDirectory() && ours) known = (st.mode & 0o022) === 0 ? 'guarded' : (st.mode & 0o1000) !== 0 ? 'sticky' : 'open';
      }
    } catch {
      known = 'open';
    }
    this.guarded.set(dir, known);
    if (dir !== '/' && !plainPath(dir)) this.oddGuards = true;
    return known;
  }

  /** The real path of policy path `path` (see the file comment); throws if it leaves the root. */
  resolve(path: string): string {
    if (this.confined) return this.confined.resolve(path);
    this.checkWay(path);
    return path;
  }

  /** Like resolve, but the last component itself is not followed if it is a link. */
  resolveParent(path: string): string {
    if (this.confined) return this.confined.resolveParent(path);
    this.checkWay(path);
    return path;
  }

  /**
   * Without a root, as root: a path is not taken through a link on its way that another user
   * could have planted: one owned by neither root nor the owner of where it leads. Alice's
   * `~/www -> /etc` would otherwise make `copy … dest=/home/alice/www/passwd` write /etc/passwd,
   * or `files: /home/alice/www/shadow owner=alice` give her /etc/shadow. The last name's own link
   * is writeTarget's (the same rule). A name in a guarded directory is root's (or ours) and stays
   * (`guarded` is cached); a name in any other directory is looked at on every call, not once a
   * run: she can make ~/www a link between two actions, or while a script runs.
   */
  private checkWay(path: string): void {
    if (EUID !== 0) return; // anyone else: the system's permissions are the rule
    const slash = path.lastIndexOf('/');
    if (slash <= 0 || path[0] !== '/') return;
    if (this.guarded.size > 4096) this.forgetGuards();
    if (this.dirState(path.slice(0, slash), 0) === 'guarded') return;
    for (let end = path.indexOf('/', 1), from = 0; end > 0 && end <= slash; from = end, end = path.indexOf('/', end + 1)) {
      // Only another user's directory can hold a name she swapped for a link.
      if (this.dirState(from === 0 ? '/' : path.slice(0, from), 0) === 'guarded') continue;
      const way = path.slice(0, end);
      let link: fs.Stats | undefined;
      try {
        link = fs.lstatIfAny(way);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new HostError('EFAIL', `${shownPath(path)}: too many levels of symbolic links`);
        throw e;
      }
      if (!link) break; // missing: nothing further to follow
      if (!link.isSymbolicLink() || link.uid === 0) continue;
      const target = fs.statIfAny(way);
      if (target && target.uid !== link.uid) {
        throw new HostError('EACCES', `${path}: ${way} is a link owned by uid ${link.uid} to a directory owned by uid ${target.uid}; ` +
          'not followed (another user may have planted it)');
      }
    }
  }


  /** The real path at which the change in progress makes a name (set by it before the system call). */
  private placing: string | null = null;

  /**
   * Runs `op` on `real` (a path already checked: resolve, resolveParent, writeTarget) given as
   * its name in its directory pinned: opened now (O_PATH), then checked to be where the way
   * leads, with no link planted on it (below) — and `op` gets `/proc/self/fd/N/NAME`. A
   * directory on the way swapped for a link to /etc between the check and the system call had
   * the call follow it (the round 20 probe: a copy's temp, then its rename, in the linked
   * directory). In a guarded directory no one else can swap anything: `real` as it is; so
   * without /proc. A directory that cannot be opened is the call's failure (its error).
   */
  private inPinnedDir<T>(real: string, op: (at: string) => T): T {
    pinSeam.beforePin?.(real);
    const slash = real.lastIndexOf('/');
    if (slash < 0 || !pinsAvailable() || this.guardedParent(real)) return op(real);
    const dir = slash === 0 ? '/' : real.slice(0, slash);
    // Not there (or not a directory): the call fails as the system says; never by path then (a
    // directory moved aside, the link not yet put in its place, was there for the call after).
    const fd = fs.openSync(dir, O_PATH_DIRECTORY);
    try {
      const proc = `/proc/self/fd/${fd}`;
      // What was opened, named by the kernel: `dir` itself when no component was a link (the
      // common case; under a root always so, its real path has none). Else it must be where
      // `dir` leads through links no other user planted, looked at now: a check of the way
      // before or after the open, and a realpath after, are each another moment, and a user
      // who swaps a link in and out can be seen by neither.
      const now = fs.readlinkSync(proc);
      if (now !== dir && (this.confined || now !== this.trustedRealpath(dir))) {
        throw new HostError('EACCES', `${dir}: changed while it was being written in (a link put on the way?); nothing written there`);
      }
      return op(`${proc}/${real.slice(slash + 1)}`);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * The real path of `path` (absolute), following only links that checkWay's rule lets root
   * follow (it throws at one another user could have planted).
   */
  private trustedRealpath(path: string): string {
    let queue = path.split('/').filter(Boolean);
    let prefix = '';
    for (let hops = 0; queue.length > 0;) {
      const part = queue.shift()!;
      if (part === '.') continue;
      if (part === '..') {
        prefix = prefix.slice(0, prefix.lastIndexOf('/'));
        continue;
      }
      const way = `${prefix}/${part}`;
      if (fs.lstatIfAny(way)?.isSymbolicLink()) {
        if (++hops > 40) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
        this.checkWay(`${way}/`); // the rule for this link, as for a name below it
        const target = fs.readlinkSync(way);
        if (target.startsWith('/')) prefix = '';
        queue = [...target.split('/').filter(Boolean), ...queue];
        continue;
      }
      prefix = way;
    }
    return prefix || '/';
  }

  private attempt(path: string, op: () => void): void {
    this.placing = null;
    // What this host does at a name is no change under an edit: saveFile's "a link then, not now"
    // is about what others did since the core's stat (a run that removed the link and saves a new
    // file there was refused).
    if (this.seenAsLink.size > 0) this.seenAsLink.delete(path);
    try {
      op();
    } catch (e) {
      if (e instanceof HostError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      const missing = this.placing !== null && (code === 'ENOENT' || code === 'ENOTDIR') ? this.missingDirectory(this.placing, path) : null;
      throw missing ?? errorOf(e, path);
    } finally {
      this.placing = null;
    }
  }

  /** The policy's name of real path `real` (under a root, the part below it). */
  private unrooted(real: string): string {
    if (!this.root) return real;
    if (real === this.root) return '/';
    return real.startsWith(`${this.root}/`) ? real.slice(this.root.length) : real;
  }

  /**
   * Why a name cannot be made at `real` when its directory is not there: "DIR: no such
   * directory", DIR where links took the name (a dangling link's target's directory), as the
   * memory host and the dry-run overlay say it: the same failure reads the same on every host,
   * and a dry run's plan says what the run will (D24). Null if the directory is there.
   */
  private missingDirectory(real: string, path: string): HostError | null {
    const dir = real.slice(0, real.lastIndexOf('/')) || '/';
    try {
      if (fs.statSync(dir).isDirectory()) return null;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') return new HostError('EFAIL', `${shownPath(path)}: too many levels of symbolic links`);
    }
    return new HostError('ENOENT', `${shownPath(this.unrooted(this.root ? dir : linksFollowed(dir)))}: no such directory`);
  }

  chmod(path: string, mode: number): void {
    this.attempt(path, () => this.change(path, target => fs.chmodSync(target, mode), (mode & 0o022) !== 0));
  }

  chown(path: string, uid: number, gid: number, follow = true): void {
    this.attempt(path, () => {
      if (follow) return this.change(path, target => fs.chownSync(target, uid, gid));
      const real = this.resolveParent(path);
      fs.lchownSync(real, uid, gid);
      this.forgetGuardsIfDirectory(real);
    });
  }

  link(target: string, path: string): void {
    this.attempt(path, () => {
      const from = this.resolve(target);
      this.inPinnedDir(this.placing = this.changing(this.resolveParent(path)), at => fs.linkSync(from, at));
    });
  }

  private accountsCache: Accounts | null = null;

  /** The databases of the root when it has them (its files carry its ids), else this machine's. */
  accounts(): Accounts {
    if (this.accountsCache) return this.accountsCache;
    const etc = this.root && fs.existsSync(`${this.root}/etc/passwd`) ? `${this.root}/etc` : '/etc';
    this.accountsCache = parseAccounts(readText(`${etc}/passwd`), readText(`${etc}/group`));
    return this.accountsCache;
  }

  private statePath(name: string): string {
    if (!this.options.stateDir) throw new HostError('ENOTAVAIL', 'no state directory (--state-dir)');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new HostError('EFAIL', `bad state name ${name}`);
    return `${this.options.stateDir}/${name}`;
  }

  private readStateFile(path: string): Uint8Array | null {
    try {
      return readBoundedIfExists(path, MAX_STATE_BYTES, { what: 'a state file', noFollow: true });
    } catch (e) {
      throw new HostError('EFAIL', (e as Error).message);
    }
  }

  readState(name: string): Uint8Array | null {
    if (name === 'locks') this.writeWaitingLocks(); // read as written
    const path = this.statePath(name);
    const bytes = this.readStateFile(path);
    if (bytes && name === 'locks') {
      const problem = parseLocks(new TextDecoder().decode(bytes));
      if (typeof problem === 'string') throw new HostError('EFAIL', `${path} is corrupt: ${problem}; it will be replaced`);
    }
    if (name === 'locks') this.locksKnown = bytes;
    return bytes;
  }

  /**
   * The locks as this run last read or wrote them (undefined: not read yet), and a write of them
   * left waiting (null: none). An action's start writes its running marker and its end the
   * atoms' stamps: the marker is only written once the action changes something (CHANGES), so a
   * converged action writes the locks once, not twice. A run killed before its first change
   * leaves no marker, as it left nothing to finish.
   */
  private locksKnown: Uint8Array | null | undefined = undefined;
  private locksWaiting: Uint8Array | null = null;

  /**
   * State lives outside any --root: it is cfwasm's own, not the policy's. Other runs may share
   * it: under the state file's lock, what is there now is combined with this run's (shared-state.ts).
   */
  writeState(name: string, content: Uint8Array): void {
    if (name === 'locks') {
      this.locksWaiting = null;
      if (this.locksKnown !== undefined && onlyMarkersDiffer(this.locksKnown, content)) {
        this.locksWaiting = content.slice(); // the core's memory
        return;
      }
    }
    this.writeStateNow(name, content);
  }

  private writeStateNow(name: string, content: Uint8Array): void {
    const path = this.statePath(name);
    this.attempt(path, () => {
      fs.mkdirSync(this.options.stateDir!, { recursive: true, mode: 0o700 });
      const release = lockBeside(path);
      try {
        const merged = combineState(name, this.readStateFile(path), content, process.pid);
        // Atomic but not synced: a lost lock or setuid note after a power cut costs nothing, and
        // every action writes the locks once or twice.
        writeAtomically(path, merged, { mode: 0o600, durable: false, leftForNextRun: true });
        if (name === 'locks') this.locksKnown = merged;
      } finally {
        release();
      }
    });
  }

  /**
   * Writes the locks write left waiting, if it sets this run's markers otherwise than the file
   * had them (a marker set and removed with no change between needs no write). Its failure is
   * not the failure of the call it comes before: the action's end writes the locks again and
   * reports it.
   */
  writeWaitingLocks(): void {
    const waiting = this.locksWaiting;
    if (!waiting) return;
    this.locksWaiting = null;
    if (this.locksKnown !== undefined && !ownMarkersDiffer(this.locksKnown, waiting, process.pid)) return;
    try {
      this.writeStateNow('locks', waiting);
    } catch { /* said at the action's end */ }
  }

  mkdir(path: string, mode: number): void {
    this.attempt(path, () => this.inPinnedDir(this.placing = this.resolveParent(path), real => {
      fs.mkdirSync(real, { mode });
      // The mode (past the umask) on the directory made, never through a link put in its place.
      let fd: number;
      try {
        fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY | fs.constants.O_NOFOLLOW);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EACCES') throw e;
        fs.chmodSync(real, mode); // a mode without read permission for its (non-root) owner
        return;
      }
      try {
        fs.fchmodSync(fd, mode);
      } finally {
        fs.closeSync(fd);
      }
    }));
  }

  symlink(target: string, path: string): void {
    try {
      this.attempt(path, () => this.inPinnedDir(this.placing = this.changing(this.resolveParent(path)), at => fs.symlinkSync(target, at)));
    } finally {
      this.forgetGuardsAt(path);
    }
  }

  readlink(path: string): string {
    try {
      return fs.readlinkSync(this.resolveParent(path));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  rename(from: string, to: string): void {
    // A file this run wrote new under a name of its own (a copy's FILE.cfnew) and now puts in
    // place is a change of the file it becomes: its record (--diff, --json) names that file, with
    // that file's old contents.
    let saved = this.saves.length - 1;
    while (saved >= 0 && (this.saves[saved].path !== from || this.saves[saved].before !== null)) saved--;
    const before = saved >= 0 ? this.contentsOf(this.resolveParent(to)) : null;
    try {
      this.attempt(from, () => {
        const a = this.changing(this.resolveParent(from));
        if (this.seenAsLink.size > 0) this.seenAsLink.delete(to);
        const b = this.placing = this.changing(this.resolveParent(to));
        this.inPinnedDir(a, x => this.inPinnedDir(b, y => fs.renameSync(x, y)));
      });
    } finally {
      this.forgetGuardsAt(from, to);
    }
    if (before === 'untold') this.saves.splice(saved, 1);
    else if (saved >= 0) this.saves[saved] = { ...this.saves[saved], path: to, before };
  }

  remove(path: string, listedIno?: number): void {
    const ino = listedIno ?? this.removing;
    this.removing = undefined;
    try {
      this.attempt(path, () => {
        if (!this.confined && ino !== undefined && pinsAvailable() && !this.guardedParent(path)) return this.removeListed(path, ino);
        this.inPinnedDir(this.changing(this.resolveParent(path)), real => {
          if (fs.lstatSync(real).isDirectory()) fs.rmdirSync(real);
          else fs.unlinkSync(real);
        });
      });
    } finally {
      this.forgetGuardsAt(path); // a directory made again in its place may be open
    }
  }

  /**
   * Without a root, removes the entry `path` of the last listing (inode `ino` then) from its
   * directory as opened now: a tidy must not unlink a file of another directory because a user
   * swapped a directory on the way for a link after the listing (tmpreaper's old hole). The
   * directory is pinned by an O_PATH descriptor and the entry must still be the inode listed.
   */
  private removeListed(path: string, ino: number): void {
    const slash = path.lastIndexOf('/');
    const dir = fs.openSync(slash === 0 ? '/' : path.slice(0, slash), O_PATH_DIRECTORY);
    try {
      const entry = `/proc/self/fd/${dir}/${path.slice(slash + 1)}`;
      const st = fs.lstatSync(entry);
      if (st.ino !== ino) throw new HostError('EACCES', `${path}: not the file listed a moment ago (a link put on the way?); not removed`);
      this.changing(path);
      if (st.isDirectory()) fs.rmdirSync(entry);
      else fs.unlinkSync(entry);
    } finally {
      fs.closeSync(dir);
    }
  }

  /**
   * The file at `path`: with a root, resolve() has followed every link; without one, a link at
   * the end is followed here too — an edited or copied file that is a link keeps its link, its
   * target gets the contents (docs/compatibility.md), with or without --root.
   */
  private followed(path: string): string {
    const real = this.resolve(path);
    if (this.root) return real;
    try {
      // lstatIfAny: a new file (each of a first copy's) costs no thrown ENOENT.
      return fs.lstatIfAny(real)?.isSymbolicLink() ? fs.realpathSync(real) : real;
    } catch {
      return real; // a link to nothing: the name itself
    }
  }

  /**
   * The file a write of `path` replaces (followed()), except through a link that another user
   * could have planted: a link at the end owned by neither root nor the owner of its target
   * (a user's `~/.cfengine.rm` or `~/.profile` pointing at /etc/shadow) is refused, as Linux's
   * fs.protected_symlinks refuses it in shared directories.
   */
  private writeTarget(path: string): string {
    let real: string;
    let link: fs.Stats | undefined;
    let name = path;
    if (this.root) {
      // The root's walk has refused a link another user planted (confined-paths.ts).
      real = this.followed(path);
      name = this.resolveParent(path);
      if (name === real) return real;
      try {
        link = fs.lstatSync(name);
      } catch {
        return real;
      }
      if (!link.isSymbolicLink()) return real;
    } else {
      // One look at the name decides. A link seen by followed(), then a plain file seen here (a
      // user swapping them in a loop in /tmp), had the link's target written: disable's rotate
      // emptied /etc/shadow and made it 0644 (round 20 probe). A plain name is replaced by the
      // rename, not written through, whatever is put there after.
      name = this.resolve(path);
      try {
        link = fs.lstatIfAny(name);
      } catch {
        return name;
      }
      if (!link?.isSymbolicLink()) return name;
      try {
        real = fs.realpathSync(name);
      } catch {
        return name; // a link to nothing: the name itself
      }
    }
    const file = statOrNull(real);
    // The file put in place of the link's target would replace a device, a FIFO or a socket (a
    // copy to a link to /dev/zero made it a plain file): no file is written through to those.
    if (file && !file.isFile() && !file.isDirectory()) {
      throw new HostError('ENOTFILE', `${path}: a link to ${real}, which is not a plain file; not written through`);
    }
    if (link.uid === 0) return real;
    // Under a root, a link in a directory only root can write was put there by root: followed,
    // as the root's walk follows it (confined-paths.ts refusePlanted). Without this, an AutoCreate
    // through a user's link to nothing there made the file (createFile walks so) and then refused
    // to save it, at every run, and the dry run planned the save (s21 fuzz seeds 1153, 1377, 1959).
    if (this.root && rootOnly(lstatOrNone(dirOf(name)))) return real;
    if (file && file.uid !== link.uid) {
      throw new HostError('EACCES', `${path}: a link owned by uid ${link.uid} to a file owned by uid ${file.uid}; ` +
        'not written through (another user may have planted it)');
    }
    return real;
  }

  writeFile(path: string, content: Uint8Array, mode: number): void {
    this.attempt(path, () => {
      const real = this.changing(this.writeTarget(path));
      this.placing = real;
      const before = this.options.keepContents !== false ? this.contentsOf(real) : null;
      // Synced when it replaces a file (whose contents must survive a power cut, old or new);
      // a new file is not (a copy of a whole tree would wait on the disk for every file). No
      // lock: the whole file is replaced, nothing read is written back; the last rename wins.
      const durable = before !== null || this.exists(real);
      this.inPinnedDir(real, at => writeAtomically(real, content, { mode, durable, at: dirOf(at) }));
      if (before !== 'untold') this.keep(path, before, content);
    });
  }

  freeSpace(path: string): number {
    let free = 0;
    this.attempt(path, () => {
      const st = fs.statfsSync(this.resolve(path));
      free = Number(st.bavail) * Number(st.bsize);
    });
    return free;
  }

  /**
   * As a chmod (change): the times of a file a user's link planted at its name, or swapped in
   * meanwhile, leads to are not changed (files action=touch set /etc/shadow's mtime through one).
   */
  touch(path: string): void {
    this.attempt(path, () => {
      const now = new Date();
      this.changing(this.followed(path));
      this.change(path, target => fs.utimesSync(target, now, now), false);
    });
  }

  /** Runs `use` on a descriptor of the regular file `path` (followed), closed after. */
  private withRegularFile<T>(path: string, use: (fd: number, st: fs.BigIntStats, real: string) => T): T {
    const real = this.followed(path);
    let fd = -1;
    try {
      // Non-blocking: a FIFO must not hang the open; it is then refused as not a regular file.
      fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      const st = fs.fstatSync(fd, { bigint: true });
      if (!st.isFile()) throw new HostError('ENOTFILE', `${path}: not a regular file`);
      return use(fd, st, real);
    } catch (e) {
      throw e instanceof HostError ? e : errorOf(e, path);
    } finally {
      if (fd >= 0) fs.closeSync(fd);
    }
  }

  readFile(path: string): Uint8Array {
    return this.withRegularFile(path, (fd, st, real) => {
      // Not read at all: the core would refuse the bytes (and past 2 GiB Node cannot read it whole).
      if (st.size > BigInt(MAX_READ_BYTES)) throw new HostError('EFAIL', `too big: ${st.size} bytes (the core reads at most ${MAX_READ_BYTES} bytes)`);
      const b = fs.readFileSync(fd);
      this.readAs.set(real, identity(st));
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength); // a view: the copy is the core's
    });
  }

  readFileInto(path: string, into: Uint8Array): number {
    return this.withRegularFile(path, (fd, st, real) => {
      if (into.length >= EXPECT_TEMPS_FROM_BYTES && !this.options.dryRun) ownTemps.expected?.();
      let n = 0;
      while (n < into.length) {
        const k = fs.readSync(fd, into, n, into.length - n, null);
        if (k === 0) break;
        n += k;
      }
      this.readAs.set(real, identity(st));
      return n;
    });
  }

  copyFile(from: string, to: string, mode: number): void {
    // Kept contents (--diff, --json) need the bytes in memory: then the file is read whole.
    if (this.options.keepContents !== false) {
      this.writeFile(to, this.readFile(from), mode);
      return;
    }
    this.withRegularFile(from, (fd, st) => {
      const size = Number(st.size);
      // As writeFile, but the chunks go from the source into the temp file as they are read.
      this.attempt(to, () => {
        const real = this.changing(this.writeTarget(to));
        this.placing = real;
        const durable = this.exists(real);
        this.inPinnedDir(real, at => writeAtomically(real, { size, writeTo: out => copyChunks(fd, out, size) }, { mode, durable, at: dirOf(at) }));
      });
    });
  }

  sameContents(a: string, b: string): boolean {
    return this.withRegularFile(a, (x, sx) => this.withRegularFile(b, (y, sy) =>
      sx.size === sy.size && sameChunks(x, y, Number(sx.size))));
  }

  stat(path: string, follow = true): FileInfo {
    if (!follow) this.sawLink(path, false); // until found one below
    try {
      // Most files a big policy names may be missing: no exception for those.
      const real = follow ? (this.confined ? this.confined.resolve(path, true) : this.resolve(path)) : this.resolveParent(path);
      if (this.confined?.missing) return noFile(); // no need to ask again
      const st = follow ? fs.statIfAny(real) : fs.lstatIfAny(real);
      if (!follow && st?.isSymbolicLink()) this.sawLink(path, true);
      if (!st) return noFile();
      return {
        type: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'special',
        mode: st.mode & 0o7777, mtime: Math.floor(st.mtimeMs / 1000), atime: Math.floor(st.atimeMs / 1000), size: st.size,
        ctime: Math.floor(st.ctimeMs / 1000), uid: st.uid, gid: st.gid, ino: st.ino, dev: st.dev,
      };
    } catch (e) {
      // Refused (a link planted on the way, a path leaving the root): nothing there for the
      // policy, with the reason, which the core says instead of "does not exist".
      return e instanceof HostError && e.code === 'EACCES' ? { ...noFile(), refused: e.message } : noFile();
    }
  }

  list(path: string): { name: string; type: FileInfo['type'] }[] {
    const real = this.resolve(path);
    try {
      return fs.readdirSync(real, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map(d => ({ name: d.name, type: d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'special' }));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /** One directory read and an lstat per entry, the directory resolved once (not per entry). */
  listStat(path: string): DirEntryInfo[] {
    const real = this.resolve(path);
    try {
      return readDirStat(real);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /** Names a `stat` not following links last found to be links (saveFile: what the core saw). */
  private readonly seenAsLink = new Set<string>();

  private sawLink(path: string, link: boolean): void {
    if (!link) {
      if (this.seenAsLink.size > 0) this.seenAsLink.delete(path);
      return;
    }
    if (this.seenAsLink.size >= 4096) this.seenAsLink.clear();
    this.seenAsLink.add(path);
  }

  /** Reads a sweep's next directory ahead, on another thread (dir-listing.ts). */
  private readAhead = new ListingAhead();

  /** listStat as the core's records; `next`, the directories the sweep reads after this one, are read ahead. */
  listStatRecords(path: string, next?: string[]): Uint8Array {
    if (next?.length) {
      this.readAhead.ahead(next, p => {
        try {
          return this.resolve(p);
        } catch {
          return null; // outside the root: refused when the core asks for it
        }
      });
    }
    // A directory read ahead was resolved (and confined) when it was named.
    let records = this.readAhead.take(path);
    if (!records) {
      const real = this.resolve(path);
      try {
        records = readDirRecords(real);
      } catch (e) {
        throw errorOf(e, path);
      }
    }
    this.lastListing = { path, records, real: null, plain: null };
    return records;
  }

  runEnded(): void {
    this.readAhead.close();
  }

  createFile(path: string, mode: number): void {
    const real = this.changing(this.resolve(path));
    const missing = this.missingDirectory(real, path);
    if (missing) throw missing;
    try {
      const fd = this.inPinnedDir(real, at => createExclusive(at, 0o600)); // never through a link planted at the name
      try {
        fs.fchmodSync(fd, mode & 0o7777);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /**
   * Keeps the file at `real` as `backupReal`: the old file itself under a second name — nothing
   * is copied, and the backup keeps the original's mode, owner and time, as cfengine's rename to
   * FILE.cfsaved did. The previous backup is removed first rather than renamed over: replacing a
   * file by rename makes ext4 write out the data of the one moved (here the file being edited)
   * at once (a big one is renamed aside to a free name and freed while the run goes on:
   * removeSoon). A crash in between loses only the previous backup; the file is untouched. Where a
   * second name cannot be made (another filesystem for a repository, one without hard links),
   * a complete copy, written atomically.
   */
  private backUp(real: string, backupReal: string, st: fs.Stats, backup: string): void {
    if (backupReal === real) return; // the new file takes the name at once: nothing to keep
    try {
      removeSoon(backupReal); // a big one freed while the run goes on
    } catch { /* none yet; or not removable (a directory): the copy below then fails and says so */ }
    try {
      fs.linkSync(real, backupReal);
    } catch {
      try {
        writeAtomically(backupReal, readBounded(real, MAX_READ_BYTES, { what: 'a backup' }), this.kept(st));
      } catch (e) {
        // Named as the backup's failure (a repository directory that is missing, say), not the file's.
        throw backupRefused(backup, errorOf(e, backup).message);
      }
    }
  }

  /** The mode, and as root the owner, of an existing file, for the file that replaces it. */
  private kept(st: fs.Stats): { mode: number; owner?: { uid: number; gid: number } } {
    return { mode: st.mode & 0o7777, owner: process.getuid?.() === 0 ? { uid: st.uid, gid: st.gid } : undefined };
  }

  /**
   * The new contents are written to a temp file in full first; then, under the file's lock, the
   * file is checked to be the one the core read (another run may have saved it meanwhile: then
   * ECHANGED, and the core edits the new file again), the backup made, and the temp renamed.
   */
  saveFile(path: string, content: Uint8Array, backup: string | null): void {
    const real = this.writeTarget(path);
    // The core looked at the name just before (stat, not following) and found a link: it put the
    // backup beside the link's target. A plain file there now (a user swapping them in /tmp) is
    // not that file: saved, its backup went beside what the link had led to (round 20 probe: her
    // file hard-linked as /etc/shadow.cfsaved). So it is a change under the edit: edited again.
    if (backup !== null && this.seenAsLink.has(path) && real === (this.root ? this.resolveParent(path) : path)) {
      throw new HostError('ECHANGED', `${path}: changed by another process since it was read (a link then, not now); not saved`);
    }
    try {
      const st = statOrNull(real);
      // Bounded, never a FIFO put in the file's place since the core read it.
      const before = st && this.options.keepContents !== false ? new Uint8Array(readBounded(real, MAX_READ_BYTES, { what: 'a diff' })) : null;
      // The backup's own name is replaced, not what a link there leads to (as without a root).
      const backupReal = backup ? this.resolveParent(backup) : null;
      // Said as the memory host says it, before anything is written (a repository not made yet).
      const missing = backupReal && st ? this.missingDirectory(backupReal, backup!) : null;
      if (missing) throw missing;
      // A directory where the backup goes refuses it (backUp): said before a temp file is written
      // and removed, which changed the directory's mtime for a save that changed nothing (s21 fuzz
      // seed 378; the memory host writes nothing either).
      if (backupReal && st && backupReal !== real && lstatOrNone(backupReal)?.isDirectory()) {
        throw backupRefused(backup!, `${shownPath(backup!)}: is a directory`);
      }
      const readAs = this.readAs.get(real);
      this.inPinnedDir(real, at => writeAtomically(real, content, {
        at: dirOf(at),
        ...(st ? this.kept(st) : { mode: 0o644 }),
        locked: true,
        beforeRename: () => {
          const now = statOrNull(at);
          if (readAs !== undefined && (!now || identity(fs.statSync(at, { bigint: true })) !== readAs)) {
            throw new HostError('ECHANGED', `${path}: changed by another process since it was read; not saved`);
          }
          // The backup's directory pinned as the file's is (a directory swapped for a link between
          // the two had the backup made there: round 20 probe).
          if (backupReal && now && backupReal !== real) this.inPinnedDir(backupReal, b => this.backUp(at, b, now, backup!));
        },
      }));
      this.readAs.set(real, identity(fs.statSync(real, { bigint: true })));
      this.keep(path, before, content);
    } catch (e) {
      throw e instanceof HostError ? e : errorOf(e, path);
    }
  }

  mayChange(path: string, through?: 'change' | 'write'): void {
    // Throws for a path leaving the root or a link planted on its way; `through`: at its last
    // name too, as the call that follows it resolves it (change, createFile, readFile: resolve;
    // writeFile, saveFile: writeTarget).
    if (through === 'write') this.writeTarget(path);
    else if (through === 'change') this.resolve(path);
    else this.resolveParent(path);
  }

  /** Without a root, a file written at a link to nothing takes the link's name (writeTarget). */
  get replacesLinkToNothing(): boolean {
    return !this.root;
  }

  refusesLinkAt(path: string): boolean {
    // As changeUnconfined: a listed entry that was a link is not in the listing's plain names either.
    return !this.confined && pinsAvailable() && !this.guardedParent(path);
  }

  wouldSave(path: string, before: Uint8Array | null, after: Uint8Array): void {
    this.keep(path, before, after);
  }


  /** From /proc: "USER PID COMMAND LINE" per process. Processes are not confined by a root. */
  processes(): { pid: number; line: string }[] {
    this.refuseUnderRoot('the process table');
    const users = new Map(parseAccounts(readText('/etc/passwd'), '').users.map(u => [u.uid, u.name]));
    const out: { pid: number; line: string }[] = [];
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'latin1').replace(/\0+$/, '').replaceAll('\0', ' ');
        const comm = cmd || `[${fs.readFileSync(`/proc/${name}/comm`, 'latin1').trim()}]`;
        const uid = Number(/^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${name}/status`, 'latin1'))?.[1] ?? -1);
        out.push({ pid: Number(name), line: `${users.get(uid) ?? uid} ${name} ${comm}` });
      } catch { /* the process ended meanwhile */ }
    }
    return out.sort((a, b) => a.pid - b.pid);
  }

  signal(pid: number, signal: string): void {
    this.refuseUnderRoot(`signal ${signal} to process ${pid}`);
    try {
      process.kill(pid, `SIG${signal.toUpperCase()}` as NodeJS.Signals);
    } catch (e) {
      throw new HostError('EFAIL', `cannot send ${signal} to process ${pid}: ${(e as Error).message}`);
    }
  }

  /** Signal 0 only asks; it reaches no process, so --root does not forbid it. */
  processAlive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  private refuseUnderRoot(what: string): void {
    if (this.root && !this.options.allowExec) {
      throw new HostError('ENOTAVAIL', `${what}: processes are not confined by --root; refused unless --allow-exec is given`);
    }
  }

  sleep(seconds: number): void {
    if (seconds > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
  }

  progress(index: number, total: number, action: string): void {
    this.options.onProgress?.(index, total, action);
  }

  // copy server=: a worker thread owns the TLS connections to cfengine servers (remote/).
  private remoteClient: RemoteClient | null = null;

  private client(): RemoteClient {
    if (!this.options.stateDir) throw new HostError('ENOTAVAIL', 'copying from a server needs a state directory (--state-dir) for the keys');
    return (this.remoteClient ??= new RemoteClient({ stateDir: this.options.stateDir, timeout: this.options.remoteTimeout }));
  }

  private remote(server: ServerRef): { client: RemoteClient; ref: ServerRef } {
    return { client: this.client(), ref: server.port ? server : { ...server, port: defaultPort() } };
  }

  /**
   * Starts the remote worker thread now, so that it boots and loads Node's TLS modules while the
   * core loads and the policy is read (the CLI calls it for a policy that copies from servers).
   */
  startRemote(): void {
    if (this.options.stateDir) this.client().start();
  }

  remoteStat(server: ServerRef, path: string): RemoteInfo {
    const { client, ref } = this.remote(server);
    return client.stat(ref, path);
  }

  remoteList(server: ServerRef, path: string): RemoteEntry[] {
    const { client, ref } = this.remote(server);
    return client.list(ref, path);
  }

  remoteRead(server: ServerRef, path: string, size: number, verify = false): Uint8Array {
    const { client, ref } = this.remote(server);
    return client.read(ref, path, size, verify);
  }

  remoteCopy(server: ServerRef, path: string, size: number, dest: string, mode: number, verify = false): void {
    // Kept contents (--diff, --json) need the bytes in memory: then the file is fetched whole, up
    // to what the core may read; a bigger one is streamed, and shows no diff.
    if (this.options.keepContents !== false && size <= MAX_READ_BYTES) {
      this.writeFile(dest, this.remoteRead(server, path, size, verify), mode);
      return;
    }
    const { client, ref } = this.remote(server);
    // The GET starts now: the temp file is made while the server sends.
    client.prefetch(ref, path, size, verify);
    // As writeFile, but the worker writes the blocks into the temp file as they arrive.
    this.attempt(dest, () => {
      const real = this.changing(this.writeTarget(dest));
      const durable = this.exists(real);
      this.inPinnedDir(real, at => writeAtomically(real, { size, writeTo: (fd) => client.writeInto(ref, path, size, fd, verify) }, { mode, durable, at: dirOf(at) }));
    });
  }

  remoteDiffers(server: ServerRef, path: string, local: Uint8Array): boolean {
    const { client, ref } = this.remote(server);
    return client.differs(ref, path, local);
  }

  remoteDiffersMany(server: ServerRef, files: Comparison[]): (boolean | string)[] {
    const { client, ref } = this.remote(server);
    const out: (boolean | string)[] = files.map(() => true);
    const asked: number[] = [];
    const items: { path: string; digest: Uint8Array }[] = [];
    files.forEach((f, i) => {
      const local = localOfSize(this, f.local, f.size);
      if (!local) return;
      asked.push(i);
      items.push({ path: f.path, digest: md5(local) });
    });
    client.differsMany(ref, items).forEach((answer, k) => { out[asked[k]] = answer; });
    return out;
  }

  remoteNotes(): string[] {
    return this.remoteClient?.takeNotes() ?? [];
  }

  /** Closes the connections to servers (the run is over). */
  closeRemote(): void {
    this.remoteClient?.close();
    this.remoteClient = null;
    // Started early by bin/cfwasm.js for a policy that, after all, copied from no server.
    const early = takeEarly();
    if (early) endWorker(early);
  }

  exec(command: string, options: ExecOptions = {}): ExecResult {
    if (this.root && !this.options.allowExec) {
      throw new HostError('ENOTAVAIL', `commands are not run under --root (they cannot be confined) ` +
        `unless --allow-exec is given: ${command}`);
    }
    // umask has no spawn option: the shell sets it, then runs the command line or (useshell=false)
    // the command's own words with exec, no shell parsing in between.
    const umask = options.umask && /^[0-7]{1,4}$/.test(options.umask) ? `umask ${options.umask}; ` : '';
    const words = command.trim().split(/\s+/);
    // Paths the core names by position ("$1"…) are given as the real ones, resolved as any path is.
    const paths = (options.paths ?? []).map(p => this.resolve(p));
    // ($0 stays /bin/sh, as a command's own error messages name it.)
    const inner = options.useShell === false ? [`${umask}exec "$@"`, 'cfwasm', ...words, ...paths]
      : paths.length ? [`${umask}${command}`, '/bin/sh', ...paths] : [`${umask}${command}`];
    const argv = groupWrapper() ? ['-c', COMMAND_GROUP, ...inner] : ['-c', ...inner];
    const asRoot = process.getuid?.() === 0;
    const cwd = options.cwd ? this.resolve(options.cwd) : undefined;
    const { dir, own } = this.outputDir();
    let stdout: OutputFile | null = null;
    let stderr: OutputFile | null = null;
    try {
      stdout = openOutput(dir, 'stdout');
      stderr = openOutput(dir, 'stderr');
      const r = spawnSync('/bin/sh', argv, {
        // No pipe at all: spawnSync then waits for the shell's exit only (see OutputFile).
        stdio: ['ignore', stdout.fd, stderr.fd],
        timeout: (options.timeout || 3600) * 1000,
        env: options.env ? { ...process.env, ...options.env } : process.env,
        cwd,
        uid: asRoot ? options.uid : undefined, gid: asRoot ? options.gid : undefined,
      });
      const out = stdout;
      const err = stderr;
      stdout = stderr = null; // takeOutput closes and removes them, once
      const output = takeOutput(out) + takeOutput(err);
      if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
        return { status: 124, output: `${output}(killed after ${options.timeout} seconds)\n` };
      }
      // Killed by a signal: 128 + its number, as a shell says it (the wrapper's status; here, without it).
      const signalled = r.signal ? 128 + (osConstants.signals[r.signal] ?? 0) : 1;
      return { status: r.status ?? signalled, output };
    } catch (e) {
      throw e instanceof HostError ? e : new HostError('EFAIL', `cannot run ${command}: ${(e as Error).message}`);
    } finally {
      // The command may have opened any directory to others (chmod 777, chown, mv): what the
      // guard cache holds is stale now.
      this.forgetGuards();
      // Left here only when the second could not be made: a descriptor is closed once only.
      if (stdout) dropOutput(stdout);
      if (stderr) dropOutput(stderr);
      if (own) {
        try {
          fs.rmdirSync(dir);
        } catch { /* not empty: a name the reaper removes */ }
      }
    }
  }

  /**
   * Where a command's output files go: the state directory (private: checked as ssh checks
   * ~/.ssh, state-dir.ts; a killed run's temps there are removed by the next run), else a private
   * directory of its own (mkdtemp: 0700, an unguessable name), removed after the command.
   */
  private outputDir(): { dir: string; own: boolean } {
    const state = this.options.stateDir;
    if (state && fs.lstatIfAny(state)?.isDirectory()) return { dir: state, own: false };
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-exec-'));
    ownTemps.onOwnDir?.(dir); // a run killed during the command leaves no empty directory behind
    return { dir, own: true };
  }
}


/**
 * @fileoverview The in-memory host over memfs: the filesystem of tests, lint and the browser.
 * The clock is pinned (`now`): every file the run writes gets that mtime, so the same inputs give
 * the same tree. Commands do not run here: `exec` answers from canned results, and a command
 * line without one is "not available in the sandbox".
 */
import { Volume } from 'memfs';
import type { Accounts, DirEntryInfo, ExecOptions, ExecResult, FileInfo, Host, RemoteEntry, RemoteInfo, ServerRef } from '../core/host-interface.js';
import { MemoryServers } from './memory-servers.js';
import type { MemoryServer } from './memory-servers.js';
import { backupRefused, HostError, listWithStat, noFile } from '../core/host-interface.js';
import { parseAccounts } from '../core/accounts.js';

export interface Owner { uid: number; gid: number }

/** The accounts of the pretend machine unless the caller gives its own. */
export const DEFAULT_ACCOUNTS: Accounts = {
  users: [
    { name: 'root', uid: 0, gid: 0, home: '/root' },
    { name: 'daemon', uid: 1, gid: 1, home: '/usr/sbin' },
    { name: 'bin', uid: 2, gid: 2, home: '/bin' },
    { name: 'sys', uid: 3, gid: 3, home: '/dev' },
    { name: 'www-data', uid: 33, gid: 33, home: '/var/www' },
    { name: 'nobody', uid: 65534, gid: 65534, home: '/nonexistent' },
  ],
  groups: [
    { name: 'root', gid: 0 }, { name: 'daemon', gid: 1 }, { name: 'bin', gid: 2 }, { name: 'sys', gid: 3 },
    { name: 'adm', gid: 4 }, { name: 'wheel', gid: 10 }, { name: 'www-data', gid: 33 }, { name: 'users', gid: 100 },
    { name: 'nogroup', gid: 65534 },
  ],
};

export interface MemoryHostOptions {
  /** The run's clock, seconds since the epoch. */
  now: number;
  /** Canned results of command lines (exact text), or a function answering them. */
  exec?: Record<string, ExecResult> | ((command: string, paths?: string[]) => ExecResult | undefined);
  /** Free bytes every filesystem reports (required freespace=); without it, not available. */
  freeSpace?: number;
  /** A pretend process table; signals sent to it are recorded in `signals`. */
  processes?: { pid: number; line: string }[];
  /**
   * Owners of files already in the volume, by path. Every other file belongs to `user`: memfs
   * stamps files with the uid of the process, which differs between machines and the browser,
   * so ownership is kept here instead, and the same inputs give the same tree everywhere.
   */
  owners?: Record<string, Owner>;
  /** Who runs: the owner of files the run creates (default root, 0:0). */
  user?: Owner;
  /** The user and group databases (default: the volume's /etc/passwd and /etc/group, else DEFAULT_ACCOUNTS). */
  accounts?: Accounts;
  /** The run's persistent state (locks, the setuid log), by name; kept between runs if shared. */
  state?: Map<string, Uint8Array>;
  /** cfengine servers copy server= may read from, by name (memory-servers.ts); without it, none. */
  servers?: Record<string, MemoryServer>;
  /**
   * Times of paths already in the volume, seconds since the epoch (tidy's age, copy by date,
   * BeginGroupIfFileIsNewer); a time not given is the volume's own.
   */
  times?: Record<string, FileTimes>;
  /** The inode change time of every path the run does not change and `times` does not set (default: the volume's own). */
  ctime?: number;
}

/** A path's access, modification and inode change times, seconds since the epoch. */
export interface FileTimes { atime?: number; mtime?: number; ctime?: number }

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function errorOf(e: unknown, path: string): HostError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HostError('ENOENT', `${path}: no such file`);
  if (code === 'EISDIR') return new HostError('ENOTFILE', `${path}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new HostError('EACCES', `${path}: permission denied`);
  // memfs's own text ("EEXIST: file already exists, mkdir '…'") is not what the other hosts say.
  if (code === 'EEXIST') return new HostError('EFAIL', `${path}: exists`);
  return new HostError('EFAIL', `${path}: ${(e as Error).message}`);
}

/**
 * The pretend machine's processes run as root, whom the kernel lets read, write and enter
 * anything. memfs checks permission bits against the uid of the real process and knows no such
 * exemption, so a run would depend on who runs it (and `chmod 600` on a directory would lock the
 * run out of it). The checks are switched off on memfs's node class, once.
 */
function asRoot(volume: InstanceType<typeof Volume>): void {
  const core = (volume as unknown as { _core?: { root?: { getNode?: () => object } } })._core;
  const node = core?.root?.getNode?.();
  if (!node) throw new Error('memory host: this memfs version keeps its nodes elsewhere; permission checks cannot be switched off');
  const proto = Object.getPrototypeOf(node) as Record<string, unknown>;
  if (proto.cfwasmAsRoot) return;
  proto.canRead = () => true;
  proto.canWrite = () => true;
  proto.canExecute = () => true;
  proto.cfwasmAsRoot = true;
}

export class MemoryHost implements Host {
  /** Owners by inode number (renames and hard links keep them); absent: root. */
  private readonly owners = new Map<number, Owner>();
  /**
   * Inode change times the run made, by inode number, on the run's clock (memfs keeps the real
   * clock's); an inode the run did not change has the volume's own.
   */
  private readonly changed = new Map<number, number>();
  /** The persistent state (the caller's map if it gave one). */
  readonly state: Map<string, Uint8Array>;

  constructor(readonly volume: InstanceType<typeof Volume>, private readonly options: MemoryHostOptions) {
    asRoot(volume);
    for (const [path, owner] of Object.entries(options.owners ?? {})) this.setOwner(path, owner, false);
    for (const [path, t] of Object.entries(options.times ?? {})) {
      const st = volume.lstatSync(path);
      if (t.atime !== undefined || t.mtime !== undefined) {
        (st.isSymbolicLink() ? volume.lutimesSync.bind(volume) : volume.utimesSync.bind(volume))(path, t.atime ?? Number(st.atimeMs) / 1000, t.mtime ?? Number(st.mtimeMs) / 1000);
      }
      if (t.ctime !== undefined) this.changed.set(Number(st.ino), t.ctime);
    }
    this.state = options.state ?? new Map();
  }

  private inode(path: string, follow: boolean): number {
    return Number((follow ? this.volume.statSync(path) : this.volume.lstatSync(path)).ino);
  }

  private setOwner(path: string, owner: Owner, follow = false): void {
    this.owners.set(this.inode(path, follow), { ...owner });
  }

  /**
   * A file the run made belongs to the run's user (an inode number may be reused: set, not kept),
   * in the group of its directory if that is setgid, as the kernel gives it (a file made in a
   * 2775 shared directory is the group's on disk).
   */
  private made(path: string): void {
    this.setOwner(path, this.newOwner(path));
    this.stampChange(path, false);
  }

  private newOwner(path: string): Owner {
    const user = this.options.user ?? { uid: 0, gid: 0 };
    const dir = this.stat(dirname(path), false);
    return dir.type === 'dir' && dir.mode & 0o2000 ? { uid: user.uid, gid: dir.gid } : user;
  }

  /** Owner and group of `path`. */
  ownerOf(path: string, follow = true): Owner {
    return this.owners.get(this.inode(path, follow)) ?? { uid: 0, gid: 0 };
  }

  private setTime(path: string): void {
    this.volume.utimesSync(path, this.options.now, this.options.now);
    this.stampChange(path, true);
  }

  private stampChange(path: string, follow: boolean): void {
    this.changed.set(this.inode(path, follow), this.options.now);
  }

  /**
   * memfs stamps a directory whose entries change, and a file whose mode changes, with the real
   * clock; the run's clock is used instead, so the same inputs give the same tree.
   */
  private entriesChanged(path: string): void {
    this.setTime(dirname(path));
  }

  readFile(path: string): Uint8Array {
    const info = this.stat(path);
    if (info.type === 'none') throw new HostError('ENOENT', `${path}: no such file`);
    if (info.type !== 'file') throw new HostError('ENOTFILE', `${path}: not a regular file`);
    try {
      const before = this.volume.statSync(path);
      const bytes = new Uint8Array(this.volume.readFileSync(path) as Buffer);
      this.readAtNow(path, before, info.ctime);
      return bytes;
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /**
   * memfs stamps a file it reads with the real clock's access time: the read is put on the run's
   * clock instead (a later `tidy age=` must not depend on when the run really ran), and the
   * change time stays what it was (a read changes no inode).
   */
  private readAtNow(path: string, before: { mtimeMs: number | bigint; ino: number | bigint }, ctime: number | undefined): void {
    this.volume.utimesSync(path, this.options.now, Number(before.mtimeMs) / 1000);
    if (ctime !== undefined) this.changed.set(Number(before.ino), ctime);
  }

  readFileInto(path: string, into: Uint8Array): number {
    const info = this.stat(path);
    if (info.type === 'none') throw new HostError('ENOENT', `${path}: no such file`);
    if (info.type !== 'file') throw new HostError('ENOTFILE', `${path}: not a regular file`);
    try {
      const before = this.volume.statSync(path);
      const fd = this.volume.openSync(path, 'r');
      try {
        let n = 0;
        while (n < into.length) {
          const k = this.volume.readSync(fd, into, n, into.length - n, null);
          if (k === 0) break;
          n += k;
        }
        return n;
      } finally {
        this.volume.closeSync(fd);
        this.readAtNow(path, before, info.ctime);
      }
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  stat(path: string, follow = true): FileInfo {
    try {
      const st = follow ? this.volume.statSync(path) : this.volume.lstatSync(path);
      return {
        type: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'special',
        mode: Number(st.mode) & 0o7777,
        mtime: Math.floor(Number(st.mtimeMs) / 1000),
        atime: Math.floor(Number(st.atimeMs) / 1000),
        ctime: this.changed.get(Number(st.ino)) ?? this.options.ctime ?? Math.floor(Number(st.ctimeMs) / 1000),
        // A link's size is its target's length, as lstat(2) says (memfs says 0).
        size: st.isSymbolicLink() ? new TextEncoder().encode(String(this.volume.readlinkSync(path))).length : Number(st.size),
        ino: Number(st.ino),
        ...(this.owners.get(Number(st.ino)) ?? { uid: 0, gid: 0 }),
      };
    } catch {
      return noFile();
    }
  }

  list(path: string): { name: string; type: FileInfo['type'] }[] {
    try {
      return (this.volume.readdirSync(path) as string[]).sort().map(name => {
        const st = this.volume.lstatSync(`${path === '/' ? '' : path}/${name}`);
        return { name, type: st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'special' };
      });
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  listStat(path: string): DirEntryInfo[] {
    return listWithStat(this, path);
  }

  /**
   * Where `path` really is: its directory with links resolved, and the last component too if
   * `followLast` (a dangling link gives the path it points to). memfs resolves links in the middle
   * of a path in some calls and not in others; every change goes through here first, as the Node
   * host's resolve does under a root.
   */
  private real(path: string, followLast: boolean): string {
    let p = path;
    for (let hops = 0; ; hops++) {
      const dir = dirname(p);
      const name = p.slice(dir === '/' ? 1 : dir.length + 1);
      let realDir = dir;
      try {
        realDir = String(this.volume.realpathSync(dir));
      } catch {
        // The directory is missing: the operation will say so, naming it where the links on the
        // way lead (a link to nowhere: its target), as the Node host and the overlay name it.
        try {
          const there = this.real(dir, true);
          return there === dir ? p : `${there === '/' ? '' : there}/${name}`;
        } catch {
          return p; // a loop of links: said as such by the operation
        }
      }
      p = `${realDir === '/' ? '' : realDir}/${name}`;
      if (!followLast || this.stat(p, false).type !== 'link') return p;
      if (hops >= 40) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
      const target = String(this.volume.readlinkSync(p));
      p = target.startsWith('/') ? target : `${realDir === '/' ? '' : realDir}/${target}`;
    }
  }

  /**
   * Renames `from` over `to`. memfs keeps a stale entry count when a rename replaces a file (the
   * directory then cannot be removed even when empty), so what is replaced is removed first;
   * in one thread that is as atomic as a rename.
   */
  private renameOver(from: string, to: string): void {
    const there = this.stat(to, false).type;
    if (there === 'dir') this.volume.rmdirSync(to);
    else if (there !== 'none') this.volume.unlinkSync(to);
    this.volume.renameSync(from, to);
  }

  /**
   * The directory `path` (resolved: where links took the name `written`) is to be made in must
   * be there. It is named where the links took it (a dangling link's target's directory), as the
   * Node host and the dry-run overlay name it; a loop of links is said as the resolvers say it.
   */
  private parentMustExist(path: string, written: string): void {
    const dir = dirname(path);
    if (this.stat(dir).type === 'dir') return;
    try {
      this.volume.statSync(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new HostError('EFAIL', `${written}: too many levels of symbolic links`);
    }
    throw new HostError('ENOENT', `${dir}: no such directory`);
  }

  /**
   * Refuses what the kernel refuses and memfs allows: a file written over a directory, a
   * directory moved over a file or into itself, a hard link to a directory.
   */
  private mayPlace(path: string, type: FileInfo['type'], follow: boolean): void {
    const there = this.stat(path, follow).type;
    if (there === 'none') return;
    if (there === 'dir' && type !== 'dir') throw new HostError('ENOTFILE', `${path}: is a directory`);
    if (there !== 'dir' && type === 'dir') throw new HostError('EFAIL', `${path}: not a directory`);
    if (there === 'dir' && this.list(path).length) throw new HostError('EFAIL', `${path}: directory not empty`);
  }

  createFile(written: string, mode: number): void {
    const path = this.real(written, true);
    this.parentMustExist(path, written);
    if (this.stat(path, false).type !== 'none') throw new HostError('EFAIL', `${written}: exists`);
    try {
      this.volume.writeFileSync(path, new Uint8Array(0), { mode });
      this.volume.chmodSync(path, mode);
      this.made(path);
      this.setTime(path);
      this.entriesChanged(path);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  saveFile(written: string, content: Uint8Array, backupWritten: string | null): void {
    content = content.slice(); // the core's memory: memfs must not keep a view of it
    const path = this.real(written, true);
    this.parentMustExist(path, written);
    const old = this.stat(path);
    this.mayPlace(path, 'file', true);
    // The backup's own name is replaced, not what a link there leads to (as the Node host does).
    const backup = backupWritten && old.type === 'file' ? this.real(backupWritten, false) : null;
    if (backup) {
      this.parentMustExist(backup, backupWritten!);
      try {
        this.mayPlace(backup, 'file', false); // a link there is replaced, whatever it leads to
      } catch (e) {
        throw backupRefused(backupWritten!, (e as Error).message); // as the Node host says it
      }
    }
    const mode = old.type === 'file' ? old.mode : 0o644;
    const owner = old.type === 'file' ? { uid: old.uid, gid: old.gid } : this.newOwner(path);
    try {
      if (backup) {
        // The old file itself under a second name, as the Node host keeps it: mode, owner and
        // time stay the original's; the new file below gets a new identity.
        const temp = `${dirname(backup)}/.cfwasm-${backup.slice(dirname(backup).length + 1)}.tmp`;
        this.volume.linkSync(path, temp);
        this.renameOver(temp, backup);
        this.entriesChanged(backup);
      }
      // Temp file and rename, as the Node host does: the file is always old or new, and keeps
      // its mode and owner.
      const temp = `${dirname(path)}/.cfwasm-${path.slice(dirname(path).length + 1)}.tmp`;
      this.volume.writeFileSync(temp, content);
      this.volume.chmodSync(temp, mode);
      this.setOwner(temp, owner);
      this.renameOver(temp, path);
      this.setTime(path);
      this.entriesChanged(path);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  private attempt(path: string, op: () => void): void {
    try {
      op();
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  chmod(path: string, mode: number): void {
    this.attempt(path, () => {
      const st = this.volume.statSync(path);
      this.volume.chmodSync(path, mode);
      this.volume.utimesSync(path, Number(st.atimeMs) / 1000, Number(st.mtimeMs) / 1000);
      this.stampChange(path, true);
    });
  }

  chown(path: string, uid: number, gid: number, follow = true): void {
    this.attempt(path, () => {
      const old = this.ownerOf(path, follow);
      this.setOwner(path, { uid: uid < 0 ? old.uid : uid, gid: gid < 0 ? old.gid : gid }, follow);
      // Linux's chown, root's too, clears a file's setuid bit, and its setgid bit where group
      // execution makes it one (not a directory's): the hosts must agree on the mode after it.
      const st = follow ? this.volume.statSync(path) : this.volume.lstatSync(path);
      if (st.isFile()) {
        const mode = Number(st.mode) & 0o7777;
        const kept = mode & ~0o4000 & ~(mode & 0o010 ? 0o2000 : 0);
        if (kept !== mode) {
          this.volume.chmodSync(path, kept);
          this.volume.utimesSync(path, Number(st.atimeMs) / 1000, Number(st.mtimeMs) / 1000);
        }
      }
      this.stampChange(path, follow);
    });
  }

  link(targetWritten: string, written: string): void {
    const target = this.real(targetWritten, true);
    const path = this.real(written, false);
    this.parentMustExist(path, written);
    const kind = this.stat(target).type;
    if (kind !== 'file') throw new HostError(kind === 'none' ? 'ENOENT' : 'EACCES', `${target}: ${kind === 'none' ? 'no such file' : 'not a plain file'}`);
    this.attempt(path, () => {
      this.volume.linkSync(target, path);
      this.entriesChanged(path);
    });
  }

  /** The caller's accounts, else the volume's /etc/passwd and /etc/group, else DEFAULT_ACCOUNTS. */
  accounts(): Accounts {
    if (this.options.accounts) return this.options.accounts;
    const read = (path: string) => (this.stat(path).type === 'file' ? new TextDecoder().decode(this.readFile(path)) : '');
    const passwd = read('/etc/passwd');
    if (!passwd) return DEFAULT_ACCOUNTS;
    const parsed = parseAccounts(passwd, read('/etc/group'));
    return parsed.groups.length ? parsed : { users: parsed.users, groups: DEFAULT_ACCOUNTS.groups };
  }

  readState(name: string): Uint8Array | null {
    return this.state.get(name) ?? null;
  }

  writeState(name: string, content: Uint8Array): void {
    this.state.set(name, content.slice());
  }

  mkdir(written: string, mode: number): void {
    const path = this.real(written, false);
    this.parentMustExist(path, written);
    this.attempt(path, () => {
      this.volume.mkdirSync(path, { mode });
      this.volume.chmodSync(path, mode);
      this.made(path);
      this.setTime(path);
      this.entriesChanged(path);
    });
  }

  symlink(target: string, written: string): void {
    const path = this.real(written, false);
    this.parentMustExist(path, written);
    this.attempt(path, () => {
      this.volume.symlinkSync(target, path);
      this.made(path);
      this.volume.lutimesSync(path, this.options.now, this.options.now);
      this.entriesChanged(path);
    });
  }

  readlink(path: string): string {
    try {
      return String(this.volume.readlinkSync(path));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  rename(fromWritten: string, toWritten: string): void {
    const from = this.real(fromWritten, false);
    const to = this.real(toWritten, false);
    this.parentMustExist(to, toWritten);
    const kind = this.stat(from, false).type;
    if (kind === 'none') throw new HostError('ENOENT', `${from}: no such file or directory`);
    if (this.stat(to, false).type !== 'none' && this.inode(to, false) === this.inode(from, false)) return; // one file, two names
    if (kind === 'dir' && to.startsWith(`${from}/`)) throw new HostError('EFAIL', `${from}: cannot move a directory into itself`);
    this.mayPlace(to, kind, false);
    this.attempt(from, () => {
      if (kind === 'link') {
        // memfs would move the link's target: the link is made anew at `to` with its owner.
        const target = String(this.volume.readlinkSync(from));
        const owner = this.ownerOf(from, false);
        if (this.stat(to, false).type !== 'none') this.volume.unlinkSync(to);
        this.volume.symlinkSync(target, to);
        this.setOwner(to, owner);
        this.volume.unlinkSync(from);
      } else {
        this.renameOver(from, to);
      }
      this.entriesChanged(from);
      this.entriesChanged(to);
    });
  }

  remove(written: string): void {
    const path = this.real(written, false);
    this.attempt(path, () => {
      if (this.volume.lstatSync(path).isDirectory()) this.volume.rmdirSync(path);
      else this.volume.unlinkSync(path);
      this.entriesChanged(path);
    });
  }

  writeFile(written: string, content: Uint8Array, mode: number): void {
    content = content.slice(); // the core's memory: memfs must not keep a view of it
    const path = this.real(written, true);
    this.parentMustExist(path, written);
    this.mayPlace(path, 'file', true);
    this.attempt(path, () => {
      const temp = `${dirname(path)}/.cfwasm-${path.slice(dirname(path).length + 1)}.tmp`;
      this.volume.writeFileSync(temp, content, { mode });
      this.volume.chmodSync(temp, mode);
      this.made(temp);
      this.renameOver(temp, path);
      this.setTime(path);
      this.entriesChanged(path);
    });
  }

  freeSpace(path: string): number {
    if (this.stat(path).type === 'none') throw new HostError('ENOENT', `${path}: no such file`);
    if (this.options.freeSpace === undefined) throw new HostError('ENOTAVAIL', 'free space is not known in memory');
    return this.options.freeSpace;
  }

  touch(path: string): void {
    this.attempt(path, () => this.setTime(path));
  }

  /** The overlay of a dry run reports what it would write; in memory it reads the overlay itself (run()). */
  wouldSave(): void {
    // Nothing to keep.
  }


  /** Signals the run sent, in order. */
  readonly signals: { pid: number; signal: string }[] = [];

  processes(): { pid: number; line: string }[] {
    return this.options.processes ?? [];
  }

  processAlive(pid: number): boolean {
    return (this.options.processes ?? []).some(p => p.pid === pid);
  }

  signal(pid: number, signal: string): void {
    this.signals.push({ pid, signal });
  }

  /** SplayTime waits asked for, in seconds (nothing waits in memory). */
  readonly sleeps: number[] = [];

  sleep(seconds: number): void {
    this.sleeps.push(seconds);
  }

  progress(): void {
    // Nobody watches a run in memory; the playground shows the log instead.
  }

  private remote(): MemoryServers {
    if (!this.options.servers) throw new HostError('ENOTAVAIL', 'this host cannot reach cfengine servers (give run() a servers: map to serve files in memory)');
    this.servers ??= new MemoryServers(this.options.servers, this.options.now);
    return this.servers;
  }

  private servers: MemoryServers | null = null;

  remoteStat(server: ServerRef, path: string): RemoteInfo {
    return this.remote().stat(server, path);
  }

  remoteList(server: ServerRef, path: string): RemoteEntry[] {
    return this.remote().list(server, path);
  }

  remoteRead(server: ServerRef, path: string, size: number): Uint8Array {
    return this.remote().read(server, path, size);
  }

  remoteCopy(server: ServerRef, path: string, size: number, dest: string, mode: number): void {
    this.writeFile(dest, this.remoteRead(server, path, size), mode);
  }

  remoteDiffers(server: ServerRef, path: string, local: Uint8Array): boolean {
    return this.remote().differs(server, path, local);
  }

  remoteNotes(): string[] {
    return [];
  }

  exec(command: string, options?: ExecOptions): ExecResult {
    return cannedExec(this.options.exec, command, options?.paths);
  }
}

/** The canned result of `command`, else the sandbox's refusal (also lint's trial host's, which has none). */
export function cannedExec(canned: MemoryHostOptions['exec'], command: string, paths?: string[]): ExecResult {
  // (`paths`: what the command gets as "$1"…, compress's and RunScript's file.)
  const result = typeof canned === 'function' ? canned(command, paths) : canned?.[command];
  if (!result) throw new HostError('ENOTAVAIL', `command not available in the sandbox: ${command}`);
  return result;
}

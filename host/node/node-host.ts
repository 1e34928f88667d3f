/**
 * @fileoverview The host on a real machine: Node's fs and child_process. With a root (`--root`),
 * every policy path is resolved inside it, chroot-like: components are walked one by one, `..`
 * and symbolic links (absolute targets count from the root) may not leave it — such a path is
 * refused with an error naming it. This is the one place where confinement is enforced.
 * Saves are atomic: a temp file in the same directory, fsync, rename over the old file.
 */
import * as fs from 'node:fs';
import type { Accounts, DirEntryInfo, ExecOptions, ExecResult, FileInfo, Host } from '../core/host-interface.js';
import { HostError, MAX_READ_BYTES, noFile } from '../core/host-interface.js';
import { parseAccounts } from '../core/accounts.js';
import { spawnSync } from './lazy-builtins.js';

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
}

function readText(path: string): string {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export interface SavedFile { path: string; before: Uint8Array | null; after: Uint8Array }

function errorOf(e: unknown, path: string): HostError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HostError('ENOENT', `${path}: no such file or directory`);
  if (code === 'EISDIR') return new HostError('ENOTFILE', `${path}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new HostError('EACCES', `${path}: permission denied`);
  return new HostError('EFAIL', `${path}: ${(e as Error).message}`);
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

  private contentsOf(real: string): Uint8Array | null {
    try {
      return fs.statSync(real).isFile() ? new Uint8Array(fs.readFileSync(real)) : null;
    } catch {
      return null;
    }
  }
  private readonly root: string | null;

  constructor(private readonly options: NodeHostOptions = {}) {
    this.root = options.root ? fs.realpathSync(options.root) : null;
  }

  /** The real path of policy path `path` (see the file comment); throws if it leaves the root. */
  resolve(path: string): string {
    if (!this.root) return path;
    if (!path.startsWith('/')) throw new HostError('EACCES', `${path}: not an absolute path`);
    const stack: string[] = [];
    const queue = path.split('/').filter(Boolean);
    let hops = 0;
    while (queue.length) {
      const part = queue.shift()!;
      if (part === '.') continue;
      if (part === '..') {
        if (stack.length === 0) throw new HostError('EACCES', `${path}: leaves the root ${this.root}`);
        stack.pop();
        continue;
      }
      const real = `${this.root}/${[...stack, part].join('/')}`;
      let st: fs.Stats | null = null;
      try {
        st = fs.lstatSync(real);
      } catch {
        st = null;
      }
      if (st?.isSymbolicLink()) {
        if (++hops > 40) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
        const target = fs.readlinkSync(real);
        if (target.startsWith('/')) stack.length = 0;
        queue.unshift(...target.split('/').filter(Boolean));
        continue;
      }
      stack.push(part);
    }
    return `${this.root}/${stack.join('/')}`;
  }

  /** Like resolve, but the last component itself is not followed if it is a link. */
  resolveParent(path: string): string {
    if (!this.root) return path;
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    if (name === '' || name === '.' || name === '..') return this.resolve(path);
    const parent = this.resolve(path.slice(0, slash) || '/');
    return `${parent === '/' ? '' : parent}/${name}`;
  }

  private attempt(path: string, op: () => void): void {
    try {
      op();
    } catch (e) {
      throw e instanceof HostError ? e : errorOf(e, path);
    }
  }

  chmod(path: string, mode: number): void {
    this.attempt(path, () => fs.chmodSync(this.resolve(path), mode));
  }

  chown(path: string, uid: number, gid: number, follow = true): void {
    this.attempt(path, () => {
      if (follow) fs.chownSync(this.resolve(path), uid, gid);
      else fs.lchownSync(this.resolveParent(path), uid, gid);
    });
  }

  link(target: string, path: string): void {
    this.attempt(path, () => fs.linkSync(this.resolve(target), this.resolveParent(path)));
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

  readState(name: string): Uint8Array | null {
    const path = this.statePath(name);
    try {
      return new Uint8Array(fs.readFileSync(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw errorOf(e, path);
    }
  }

  /** State lives outside any --root: it is cfwasm's own, not the policy's. */
  writeState(name: string, content: Uint8Array): void {
    const path = this.statePath(name);
    this.attempt(path, () => {
      fs.mkdirSync(this.options.stateDir!, { recursive: true, mode: 0o700 });
      const st = fs.existsSync(path) ? fs.statSync(path) : null;
      // Atomic but not synced: a lost lock or setuid note after a power cut costs nothing, and
      // every action writes the locks twice.
      this.writeAtomically(path, content, st, 0o600, false);
    });
  }

  mkdir(path: string, mode: number): void {
    this.attempt(path, () => {
      const real = this.resolveParent(path);
      fs.mkdirSync(real, { mode });
      fs.chmodSync(real, mode);
    });
  }

  symlink(target: string, path: string): void {
    this.attempt(path, () => fs.symlinkSync(target, this.resolveParent(path)));
  }

  readlink(path: string): string {
    try {
      return fs.readlinkSync(this.resolveParent(path));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  rename(from: string, to: string): void {
    this.attempt(from, () => fs.renameSync(this.resolveParent(from), this.resolveParent(to)));
  }

  remove(path: string): void {
    this.attempt(path, () => {
      const real = this.resolveParent(path);
      if (fs.lstatSync(real).isDirectory()) fs.rmdirSync(real);
      else fs.unlinkSync(real);
    });
  }

  writeFile(path: string, content: Uint8Array, mode: number): void {
    this.attempt(path, () => {
      const real = this.resolve(path);
      const before = this.options.keepContents !== false ? this.contentsOf(real) : null;
      const dir = real.slice(0, real.lastIndexOf('/')) || '/';
      const temp = `${dir}/.${real.slice(dir.length + 1)}.cfwasm-${process.pid}.tmp`;
      try {
        fs.writeFileSync(temp, content, { mode });
        fs.chmodSync(temp, mode);
        fs.renameSync(temp, real);
      } catch (e) {
        // Nothing half-done is left behind (a directory in the way, a full disk).
        fs.rmSync(temp, { force: true });
        throw e;
      }
      this.keep(path, before, content);
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

  touch(path: string): void {
    this.attempt(path, () => {
      const now = new Date();
      fs.utimesSync(this.resolve(path), now, now);
    });
  }

  readFile(path: string): Uint8Array {
    const real = this.resolve(path);
    try {
      const st = fs.statSync(real);
      if (!st.isFile()) throw new HostError('ENOTFILE', `${path}: not a regular file`);
      // Not read at all: the core would refuse the bytes (and past 2 GiB Node cannot read it whole).
      if (st.size > MAX_READ_BYTES) throw new HostError('EFAIL', `too big: ${st.size} bytes (the core reads at most ${MAX_READ_BYTES} bytes)`);
      const b = fs.readFileSync(real);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength); // a view: the copy is the core's
    } catch (e) {
      throw e instanceof HostError ? e : errorOf(e, path);
    }
  }

  stat(path: string, follow = true): FileInfo {
    try {
      const st = follow ? fs.statSync(this.resolve(path)) : fs.lstatSync(this.resolveParent(path));
      return {
        type: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'none',
        mode: st.mode & 0o7777, mtime: Math.floor(st.mtimeMs / 1000), atime: Math.floor(st.atimeMs / 1000), size: st.size,
        uid: st.uid, gid: st.gid, ino: st.ino,
      };
    } catch {
      return noFile();
    }
  }

  list(path: string): { name: string; type: FileInfo['type'] }[] {
    const real = this.resolve(path);
    try {
      return fs.readdirSync(real, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map(d => ({ name: d.name, type: d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'none' }));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /** One directory read and an lstat per entry, the directory resolved once (not per entry). */
  listStat(path: string): DirEntryInfo[] {
    const real = this.resolve(path);
    let names: string[];
    try {
      names = fs.readdirSync(real);
    } catch (e) {
      throw errorOf(e, path);
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const dir = real === '/' ? '' : real;
    const out: DirEntryInfo[] = [];
    for (const name of names) {
      const st = fs.lstatSync(`${dir}/${name}`, { throwIfNoEntry: false });
      if (!st) continue; // gone since the directory was read
      out.push({ name, info: {
        type: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'none',
        mode: st.mode & 0o7777, mtime: Math.floor(st.mtimeMs / 1000), atime: Math.floor(st.atimeMs / 1000), size: st.size,
        uid: st.uid, gid: st.gid, ino: st.ino,
      } });
    }
    return out;
  }

  createFile(path: string, mode: number): void {
    const real = this.resolve(path);
    const dir = real.slice(0, real.lastIndexOf('/')) || '/';
    if (!fs.existsSync(dir)) throw new HostError('ENOENT', `${path.slice(0, path.lastIndexOf('/')) || '/'}: no such directory`);
    try {
      fs.writeFileSync(real, new Uint8Array(0), { mode, flag: 'wx' });
      fs.chmodSync(real, mode);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  /** Writes `content` to `real` atomically, with the given mode (and owner, as root). */
  private writeAtomically(real: string, content: Uint8Array, st: fs.Stats | null, newMode = 0o644, durable = true): void {
    const dir = real.slice(0, real.lastIndexOf('/')) || '/';
    const temp = `${dir}/.${real.slice(dir.length + 1)}.cfwasm-${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'wx', st ? st.mode & 0o7777 : newMode);
    try {
      fs.writeSync(fd, content);
      if (durable) fs.fsyncSync(fd);
      if (st) {
        // Owner first: chown clears the setuid and setgid bits, which the mode then restores.
        if (process.getuid?.() === 0) fs.fchownSync(fd, st.uid, st.gid);
        fs.fchmodSync(fd, st.mode & 0o7777);
      }
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(temp, { force: true });
      throw e;
    }
    fs.closeSync(fd);
    try {
      fs.renameSync(temp, real);
    } catch (e) {
      fs.rmSync(temp, { force: true });
      throw e;
    }
  }

  /**
   * Keeps the file at `real` as `backupReal`: the old file itself under a second name — nothing
   * is copied, and the backup keeps the original's mode, owner and time, as cfengine's rename to
   * FILE.cfsaved did. The previous backup is removed first rather than renamed over: replacing a
   * file by rename makes ext4 write out the data of the one moved (here the file being edited)
   * at once. A crash in between loses only the previous backup; the file is untouched. Where a
   * second name cannot be made (another filesystem for a repository, one without hard links),
   * a complete copy, written atomically.
   */
  private backUp(real: string, backupReal: string, st: fs.Stats): void {
    if (backupReal === real) return; // the new file takes the name at once: nothing to keep
    try {
      fs.unlinkSync(backupReal);
    } catch { /* none yet; or not removable (a directory): the copy below then fails and says so */ }
    try {
      fs.linkSync(real, backupReal);
    } catch {
      this.writeAtomically(backupReal, fs.readFileSync(real), st);
    }
  }

  saveFile(path: string, content: Uint8Array, backup: string | null): void {
    const real = this.resolve(path);
    try {
      const st = fs.existsSync(real) ? fs.statSync(real) : null;
      const before = st && this.options.keepContents !== false ? new Uint8Array(fs.readFileSync(real)) : null;
      if (backup && st) this.backUp(real, this.resolve(backup), st);
      this.writeAtomically(real, content, st);
      this.keep(path, before, content);
    } catch (e) {
      throw errorOf(e, path);
    }
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

  exec(command: string, options: ExecOptions = {}): ExecResult {
    if (this.root && !this.options.allowExec) {
      throw new HostError('ENOTAVAIL', `commands are not run under --root (they cannot be confined) ` +
        `unless --allow-exec is given: ${command}`);
    }
    // umask has no spawn option: the shell sets it, then runs the command line or (useshell=false)
    // the command's own words with exec, no shell parsing in between.
    const umask = options.umask && /^[0-7]{1,4}$/.test(options.umask) ? `umask ${options.umask}; ` : '';
    const words = command.trim().split(/\s+/);
    const argv = options.useShell === false ? ['-c', `${umask}exec "$@"`, 'cfwasm', ...words] : ['-c', `${umask}${command}`];
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync('/bin/sh', argv, {
      encoding: 'utf8', timeout: (options.timeout || 3600) * 1000,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      cwd: options.cwd ? this.resolve(options.cwd) : undefined,
      uid: asRoot ? options.uid : undefined, gid: asRoot ? options.gid : undefined,
    });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      return { status: 124, output: `${r.stdout ?? ''}${r.stderr ?? ''}(killed after ${options.timeout} seconds)\n` };
    }
    return { status: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  }
}

/**
 * @fileoverview The in-memory host over memfs: the filesystem of tests, lint and the browser.
 * The clock is pinned (`now`): every file the run writes gets that mtime, so the same inputs give
 * the same tree. Commands do not run here: `exec` answers from canned results, and a command
 * line without one is "not available in the sandbox".
 */
import { Volume } from 'memfs';
import type { ExecResult, FileInfo, Host } from '../core/host-interface.js';
import { HostError } from '../core/host-interface.js';

export interface MemoryHostOptions {
  /** The run's clock, seconds since the epoch. */
  now: number;
  /** Canned results of command lines (exact text), or a function answering them. */
  exec?: Record<string, ExecResult> | ((command: string) => ExecResult | undefined);
  /** Free bytes every filesystem reports (required freespace=); without it, not available. */
  freeSpace?: number;
  /** A pretend process table; signals sent to it are recorded in `signals`. */
  processes?: { pid: number; line: string }[];
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function errorOf(e: unknown, path: string): HostError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new HostError('ENOENT', `${path}: no such file`);
  if (code === 'EISDIR') return new HostError('ENOTFILE', `${path}: is a directory`);
  if (code === 'EACCES' || code === 'EPERM') return new HostError('EACCES', `${path}: permission denied`);
  return new HostError('EFAIL', `${path}: ${(e as Error).message}`);
}

export class MemoryHost implements Host {
  constructor(readonly volume: InstanceType<typeof Volume>, private readonly options: MemoryHostOptions) {}

  private setTime(path: string): void {
    this.volume.utimesSync(path, this.options.now, this.options.now);
  }

  readFile(path: string): Uint8Array {
    const info = this.stat(path);
    if (info.type === 'none') throw new HostError('ENOENT', `${path}: no such file`);
    if (info.type !== 'file') throw new HostError('ENOTFILE', `${path}: not a regular file`);
    try {
      return new Uint8Array(this.volume.readFileSync(path) as Buffer);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  stat(path: string, follow = true): FileInfo {
    try {
      const st = follow ? this.volume.statSync(path) : this.volume.lstatSync(path);
      return {
        type: st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'none',
        mode: Number(st.mode) & 0o7777,
        mtime: Math.floor(Number(st.mtimeMs) / 1000),
        atime: Math.floor(Number(st.atimeMs) / 1000),
        size: Number(st.size),
      };
    } catch {
      return { type: 'none', mode: 0, mtime: 0, size: 0 };
    }
  }

  list(path: string): { name: string; type: FileInfo['type'] }[] {
    try {
      return (this.volume.readdirSync(path) as string[]).sort().map(name => {
        const st = this.volume.lstatSync(`${path === '/' ? '' : path}/${name}`);
        return { name, type: st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'none' };
      });
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  createFile(path: string, mode: number): void {
    if (this.stat(dirname(path)).type !== 'dir') {
      throw new HostError('ENOENT', `${dirname(path)}: no such directory`);
    }
    try {
      this.volume.writeFileSync(path, new Uint8Array(0), { mode });
      this.volume.chmodSync(path, mode);
      this.setTime(path);
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  saveFile(path: string, content: Uint8Array, backup: string | null): void {
    const old = this.stat(path);
    const mode = old.type === 'file' ? old.mode : 0o644;
    try {
      if (backup && old.type === 'file') {
        this.volume.writeFileSync(backup, this.volume.readFileSync(path) as Buffer);
        this.volume.chmodSync(backup, mode);
        this.setTime(backup);
      }
      // Temp file and rename, as the Node host does: the file is always old or new.
      const temp = `${dirname(path)}/.cfwasm-${path.slice(dirname(path).length + 1)}.tmp`;
      this.volume.writeFileSync(temp, content);
      this.volume.chmodSync(temp, mode);
      this.volume.renameSync(temp, path);
      this.setTime(path);
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
    this.attempt(path, () => this.volume.chmodSync(path, mode));
  }

  mkdir(path: string, mode: number): void {
    this.attempt(path, () => {
      this.volume.mkdirSync(path, { mode });
      this.volume.chmodSync(path, mode);
      this.setTime(path);
    });
  }

  symlink(target: string, path: string): void {
    this.attempt(path, () => this.volume.symlinkSync(target, path));
  }

  readlink(path: string): string {
    try {
      return String(this.volume.readlinkSync(path));
    } catch (e) {
      throw errorOf(e, path);
    }
  }

  rename(from: string, to: string): void {
    this.attempt(from, () => this.volume.renameSync(from, to));
  }

  remove(path: string): void {
    this.attempt(path, () => {
      if (this.volume.lstatSync(path).isDirectory()) this.volume.rmdirSync(path);
      else this.volume.unlinkSync(path);
    });
  }

  writeFile(path: string, content: Uint8Array, mode: number): void {
    this.attempt(path, () => {
      const temp = `${dirname(path)}/.cfwasm-${path.slice(dirname(path).length + 1)}.tmp`;
      this.volume.writeFileSync(temp, content, { mode });
      this.volume.chmodSync(temp, mode);
      this.volume.renameSync(temp, path);
      this.setTime(path);
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

  /** Under dry run: the files the run would have written, path → contents. */
  readonly plannedSaves = new Map<string, Uint8Array>();

  wouldSave(path: string, content: Uint8Array): void {
    this.plannedSaves.set(path, content);
  }

  /** Signals the run sent, in order. */
  readonly signals: { pid: number; signal: string }[] = [];

  processes(): { pid: number; line: string }[] {
    return this.options.processes ?? [];
  }

  signal(pid: number, signal: string): void {
    this.signals.push({ pid, signal });
  }

  exec(command: string): ExecResult {
    const canned = this.options.exec;
    const result = typeof canned === 'function' ? canned(command) : canned?.[command];
    if (!result) throw new HostError('ENOTAVAIL', `command not available in the sandbox: ${command}`);
    return result;
  }
}

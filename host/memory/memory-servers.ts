/**
 * @fileoverview cfengine servers in memory, for copy server= in tests, the JS API and the
 * playground: each server is a map of absolute paths to contents (directories are implied by
 * the paths), so a policy that copies from a policy host runs without a network.
 */
import { HostError, noFile } from '../core/host-interface.js';
import type { RemoteEntry, RemoteInfo, ServerRef } from '../core/host-interface.js';

/** A file a pretend server holds: its contents, or the contents with mode and time. */
export type ServedFile = string | Uint8Array | { content: string | Uint8Array; mode?: number; mtime?: number };

export interface MemoryServer {
  /** Absolute path → contents. */
  files?: Record<string, ServedFile>;
  /** Absolute path → link target. */
  links?: Record<string, string>;
  /** Paths the server refuses to give (its access rules). */
  denied?: string[];
  /** The server refuses every connection with these words (down, or our key not trusted). */
  refuses?: string;
}

const encoder = new TextEncoder();

export class MemoryServers {
  constructor(private readonly servers: Record<string, MemoryServer>, private readonly now: number) {}

  private server(ref: ServerRef): MemoryServer {
    const s = this.servers[ref.host];
    if (!s) throw new HostError('EREMOTE', `cannot connect to ${ref.host}: no such server (the servers given to run() are ${Object.keys(this.servers).join(', ') || 'none'})`);
    if (s.refuses) throw new HostError('EREMOTE', `${ref.host}: ${s.refuses}`);
    return s;
  }

  private file(s: MemoryServer, path: string): { content: Uint8Array; mode: number; mtime: number } | null {
    const f = s.files?.[path];
    if (f === undefined) return null;
    const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? encoder.encode(c) : c);
    if (typeof f === 'string' || f instanceof Uint8Array) return { content: bytes(f), mode: 0o644, mtime: this.now };
    return { content: bytes(f.content), mode: f.mode ?? 0o644, mtime: f.mtime ?? this.now };
  }

  private isDir(s: MemoryServer, path: string): boolean {
    const prefix = path === '/' ? '/' : `${path}/`;
    return [...Object.keys(s.files ?? {}), ...Object.keys(s.links ?? {})].some(p => p.startsWith(prefix));
  }

  private refuse(s: MemoryServer, ref: ServerRef, path: string): void {
    if ((s.denied ?? []).some(d => path === d || path.startsWith(`${d}/`))) {
      throw new HostError('EACCES', 'access denied by the server');
    }
  }

  stat(ref: ServerRef, path: string): RemoteInfo {
    const s = this.server(ref);
    this.refuse(s, ref, path);
    const link = s.links?.[path];
    if (link !== undefined) return { type: 'link', mode: 0o777, mtime: this.now, size: link.length, uid: 0, gid: 0, target: link };
    const f = this.file(s, path);
    if (f) return { type: 'file', mode: f.mode, mtime: f.mtime, size: f.content.length, uid: 0, gid: 0 };
    if (this.isDir(s, path)) return { type: 'dir', mode: 0o755, mtime: this.now, size: 4096, uid: 0, gid: 0 };
    throw new HostError('ENOENT', 'no such file or directory');
  }

  list(ref: ServerRef, path: string): RemoteEntry[] {
    const s = this.server(ref);
    this.refuse(s, ref, path);
    const prefix = path === '/' ? '/' : `${path}/`;
    const names = new Set<string>();
    for (const p of [...Object.keys(s.files ?? {}), ...Object.keys(s.links ?? {})]) {
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0]);
    }
    if (names.size === 0) throw new HostError('ENOENT', 'no such directory');
    return [...names].sort().map((name) => {
      try {
        return { ...this.stat(ref, `${prefix}${name}`), name };
      } catch (e) {
        return { ...noFile(), name, error: (e as Error).message };
      }
    });
  }

  read(ref: ServerRef, path: string, size: number): Uint8Array {
    const s = this.server(ref);
    this.refuse(s, ref, path);
    const f = this.file(s, path);
    if (!f) throw new HostError('ENOENT', 'no such file');
    if (f.content.length !== size) throw new HostError('ECHANGED', 'it changed on the server while it was being copied');
    return f.content;
  }

  differs(ref: ServerRef, path: string, local: Uint8Array): boolean {
    const s = this.server(ref);
    this.refuse(s, ref, path);
    const f = this.file(s, path);
    if (!f) throw new HostError('ENOENT', 'no such file');
    return !(f.content.length === local.length && f.content.every((b, i) => b === local[i]));
  }
}

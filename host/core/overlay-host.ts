/**
 * @fileoverview Dry run (-n) as a host: every change the core makes lands in an overlay held in
 * memory, over a host that is only read. The core runs exactly as it would for real, so a later
 * action sees what an earlier one would have made (a link into a directory `directories` would
 * create, a file `copy` would bring), and the plan it reports is the real run's plan.
 * Writes and saves are told to the base host's `wouldSave`, with the contents before and after
 * as the overlay sees them (what --diff prints under -n). Signals are refused; the only commands the core runs under dry run are class tests (group members).
 */
import type { Accounts, DirEntryInfo, ExecOptions, ExecResult, FileInfo, FileType, Host, RemoteEntry, RemoteInfo, ServerRef } from './host-interface.js';
import { backupRefused, HostError, linkAtLastName, listWithStat, noFile } from './host-interface.js';

/** A file, directory or link as the overlay knows it. */
interface Entry {
  type: Exclude<FileType, 'none'>;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  atime: number;
  /** Inode change time: the base's, or the overlay's clock once the overlay changes the entry. */
  ctime: number;
  /** File contents; null: still the base host's file at `origin`, or the server's file at `remote`. */
  content: Uint8Array | null;
  origin: string;
  /** A file a copy would bring from a server: fetched only if a later action reads it. */
  remote?: { server: ServerRef; path: string; size: number };
  /** A link's target. */
  target: string;
  /** A directory made in the overlay: the base's entries under this path are not its children. */
  opaque: boolean;
  /** The identity hard links share (the base's inode number, or one the overlay gives). */
  ino: number;
  /** The base's device (0 for what the overlay made: its inode numbers are its own). */
  dev?: number;
}

const MAX_HOPS = 40;

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

function normal(path: string): string {
  const parts = path.split('/').filter(p => p && p !== '.');
  return `/${parts.join('/')}`;
}

export class OverlayHost implements Host {
  /** Changed paths: an entry, or null where something was removed. */
  private readonly entries = new Map<string, Entry | null>();
  /** The names the overlay holds directly under each directory (so listings need not scan all). */
  private readonly kids = new Map<string, Set<string>>();
  /** Identities the overlay gave a second name (link): only these need their other names found. */
  private readonly linked = new Set<number>();

  private put(path: string, entry: Entry | null): void {
    this.entries.set(path, entry);
    const dir = parentOf(path);
    let names = this.kids.get(dir);
    if (!names) this.kids.set(dir, names = new Set());
    names.add(path.slice(dir === '/' ? 1 : dir.length + 1));
  }

  private drop(path: string): void {
    this.entries.delete(path);
    const dir = parentOf(path);
    this.kids.get(dir)?.delete(path.slice(dir === '/' ? 1 : dir.length + 1));
  }

  /** Every path the overlay holds below `dir`. */
  private below(dir: string, out: string[] = []): string[] {
    for (const name of this.kids.get(dir) ?? []) {
      const p = join(dir, name);
      out.push(p);
      this.below(p, out);
    }
    return out;
  }

  /**
   * `now`: the run's clock, the time of every file the overlay makes or touches; `owner`: who
   * runs, the owner of every file it makes (as the kernel would give them).
   */
  constructor(private readonly base: Host, private readonly now: number,
    private readonly owner: { uid: number; gid: number } = { uid: 0, gid: 0 }) {}

  /** What is at `path` (no link in it followed): the overlay's entry, else the base's, or null. */
  private lookup(path: string): Entry | null {
    if (this.entries.has(path)) return this.entries.get(path)!;
    // Below a removed or replaced path, or a directory the overlay made, the base has nothing.
    for (let p = parentOf(path); ; p = parentOf(p)) {
      if (this.entries.has(p)) {
        const e = this.entries.get(p)!;
        if (!e || e.type !== 'dir' || e.opaque) return null;
      }
      if (p === '/') break;
    }
    const info = this.base.stat(path, false);
    if (info.type === 'none') return null;
    return {
      type: info.type, mode: info.mode, uid: info.uid, gid: info.gid, mtime: info.mtime, atime: info.atime ?? info.mtime,
      ctime: info.ctime ?? info.mtime, content: null, origin: path, target: info.type === 'link' ? this.base.readlink(path) : '', opaque: false,
      ino: info.ino ?? 0, dev: info.dev,
    };
  }

  /**
   * The path with every link in it followed (the last one too if `followLast`), as the overlay
   * sees the tree; a dangling link gives the path it points to.
   */
  private resolve(path: string, followLast: boolean): string {
    const queue = normal(path).split('/').filter(Boolean);
    let at = '/';
    let hops = 0;
    while (queue.length) {
      const part = queue.shift()!;
      if (part === '..') {
        at = parentOf(at);
        continue;
      }
      const next = join(at, part);
      if (queue.length === 0 && !followLast) return next;
      const e = this.lookup(next);
      if (e?.type === 'link') {
        if (++hops > MAX_HOPS) throw new HostError('EFAIL', `${path}: too many levels of symbolic links`);
        if (!this.entries.has(next)) this.followedBase = true;
        if (e.target.startsWith('/')) at = '/';
        queue.unshift(...e.target.split('/').filter(p => p && p !== '.'));
        continue;
      }
      at = next;
    }
    return at;
  }

  /** Set when resolve followed a link the base has (not one the overlay made or changed). */
  private followedBase = false;

  /**
   * The base's own rule for the links a change of `path` follows, last name included (a link
   * another user planted, under a root: the run refuses it; the plan must too). Asked only when
   * the overlay's walk met a link of the base's: what the overlay made there is its own.
   */
  private mayFollow(path: string, through: 'change' | 'write' = 'change'): void {
    if (!this.base.mayChange) return;
    this.followedBase = false;
    try {
      this.resolve(path, true);
    } catch {
      return; // a loop of links: the call itself says so, or replaces it (writeName)
    }
    if (this.followedBase) this.base.mayChange(path, through);
  }

  /**
   * Where a file written at `path` goes: where its links lead, or, for a base that replaces a link
   * to nothing (replacesLinkToNothing), that link's own name, as the run will.
   */
  private writeName(path: string): string {
    let real: string;
    try {
      real = this.resolve(path, true);
    } catch (e) {
      // A loop of links at the name is a link to nothing for such a base (its realpath fails
      // too): the run replaces it (s21 fuzz seed 40120, without a root). One on the way throws again.
      if (this.base.replacesLinkToNothing) return this.resolve(path, false);
      throw e;
    }
    if (!this.base.replacesLinkToNothing || this.lookup(real)) return real;
    return this.resolve(path, false);
  }

  private found(path: string, follow = true): { path: string; entry: Entry | null } {
    const real = this.resolve(path, follow);
    return { path: real, entry: this.lookup(real) };
  }

  private contentOf(e: Entry): Uint8Array {
    if (e.content) return e.content;
    if (e.remote) return (e.content = this.base.remoteRead(e.remote.server, e.remote.path, e.remote.size));
    return this.base.readFile(e.origin);
  }

  /** The entry at `path` for changing: a copy held in the overlay. */
  private own(path: string, follow: boolean): { path: string; entry: Entry } {
    const { path: real, entry } = this.found(path, follow);
    if (!entry) throw new HostError('ENOENT', `${path}: no such file or directory`);
    const copy = { ...entry };
    this.put(real, copy);
    return { path: real, entry: copy };
  }

  /** Identities for what the overlay makes, clear of any real inode number. */
  private nextIno = 2 ** 52;

  /**
   * Throws as the kernel would if an entry of `type` cannot take the place of what is at `real`
   * (a resolved path): the directory must exist; a directory replaces only an empty directory,
   * anything else only a non-directory.
   */
  private mayPlace(real: string, type: Entry['type'], shown: string): void {
    const dir = this.lookup(parentOf(real));
    // Named where the links took the name, as the hosts name it (a link to nowhere on the way).
    if (!dir || dir.type !== 'dir') throw new HostError('ENOENT', `${parentOf(real)}: no such directory`);
    const old = this.lookup(real);
    if (!old) return;
    if (old.type === 'dir') {
      if (type !== 'dir') throw new HostError('ENOTFILE', `${shown}: is a directory`);
      if (this.children(real, old).size) throw new HostError('EFAIL', `${shown}: directory not empty`);
    } else if (type === 'dir') {
      throw new HostError('EFAIL', `${shown}: not a directory`);
    }
  }

  /** Puts a new entry at `path` (its last component not followed); its directory must exist. */
  private make(path: string, entry: Omit<Entry, 'uid' | 'gid' | 'mtime' | 'atime' | 'ctime' | 'ino'> & Partial<Entry>): string {
    const real = this.resolve(path, false);
    const dir = this.lookup(parentOf(real));
    if (!dir || dir.type !== 'dir') throw new HostError('ENOENT', `${parentOf(path)}: no such directory`);
    const old = this.lookup(real);
    this.put(real, {
      ...this.newOwner(dir), mtime: this.now, atime: this.now, ctime: this.now, ino: this.nextIno++, ...entry,
      // A directory made where the base has none hides nothing; one made where it had a file does.
      opaque: entry.type === 'dir' && (old === null || old.type !== 'dir'),
    });
    return real;
  }

  /** Who owns what the run makes in `dir`: the run's user, in a setgid directory its group (as the kernel gives it). */
  private newOwner(dir: Entry | null): { uid: number; gid: number } {
    return dir?.type === 'dir' && dir.mode & 0o2000 ? { uid: this.owner.uid, gid: dir.gid } : this.owner;
  }

  private children(dir: string, entry: Entry): Map<string, FileType> {
    const out = new Map<string, FileType>();
    if (!entry.opaque && entry.origin) {
      try {
        for (const e of this.base.list(entry.origin)) out.set(e.name, e.type);
      } catch { /* nothing there in the base */ }
    }
    for (const name of this.kids.get(dir) ?? []) {
      const e = this.entries.get(join(dir, name));
      if (e) out.set(name, e.type);
      else out.delete(name);
    }
    return out;
  }

  // Until something changes, every question goes straight to the base (a dry run that changes
  // nothing, a sweep that only warns, costs no more than a real one).

  readFile(path: string): Uint8Array {
    if (this.entries.size === 0) return this.base.readFile(path);
    this.mayFollow(path);
    const { entry } = this.found(path);
    if (!entry) throw new HostError('ENOENT', `${path}: no such file`);
    if (entry.type !== 'file') throw new HostError('ENOTFILE', `${path}: not a regular file`);
    return this.contentOf(entry);
  }

  stat(path: string, follow = true): FileInfo {
    if (this.entries.size === 0) return this.base.stat(path, follow);
    this.followedBase = false;
    const { entry } = this.found(path, follow);
    if (this.followedBase) {
      // Through a link of the base's: what the base refuses to look through, it says why.
      const seen = this.base.stat(path, follow);
      if (seen.refused) return seen;
    }
    if (!entry) return noFile();
    const size = entry.type === 'file' ? (entry.content ? entry.content.length : entry.remote ? entry.remote.size : this.base.stat(entry.origin, false).size)
      : entry.type === 'link' ? entry.target.length : 0;
    return {
      type: entry.type, mode: entry.mode, mtime: entry.mtime, atime: entry.atime, ctime: entry.ctime, size, uid: entry.uid, gid: entry.gid,
      ino: entry.ino, dev: entry.dev,
    };
  }

  list(path: string): { name: string; type: FileType }[] {
    if (this.entries.size === 0) return this.base.list(path);
    const { path: real, entry } = this.found(path);
    if (!entry) throw new HostError('ENOENT', `${path}: no such directory`);
    if (entry.type !== 'dir') throw new HostError('ENOTFILE', `${path}: not a directory`);
    return [...this.children(real, entry)].map(([name, type]) => ({ name, type }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  listStat(path: string): DirEntryInfo[] {
    if (this.entries.size === 0) return this.base.listStat(path);
    return listWithStat(this, path);
  }

  createFile(path: string, mode: number): void {
    this.base.mayChange?.(path);
    this.mayFollow(path);
    // A base that does not follow a link to nothing (nor one in a loop) at the name makes the file
    // at the name itself, exclusively: the link is there, so it exists (the Node host without a
    // root; s21 fuzz seed 40329: AutoCreate planned, the run said "exists").
    if (this.base.replacesLinkToNothing && this.found(path, false).entry?.type === 'link') {
      let leads: Entry | null = null;
      try {
        leads = this.lookup(this.resolve(path, true));
      } catch { /* a loop */ }
      if (!leads) throw new HostError('EFAIL', `${path}: exists`);
    }
    const real = this.resolve(path, true);
    if (this.lookup(real)) throw new HostError('EFAIL', `${path}: exists`);
    this.make(real, { type: 'file', mode, content: new Uint8Array(0), origin: '', target: '', opaque: false });
  }

  saveFile(path: string, content: Uint8Array, backup: string | null): void {
    this.base.mayChange?.(path);
    this.mayFollow(path, 'write');
    if (backup) this.base.mayChange?.(backup); // the run writes it too (a repository through a planted link)
    const { path: real, entry: old } = this.found(path);
    this.mayPlace(real, 'file', path);
    if (backup && old?.type === 'file') {
      // The backup's own name is replaced, not what a link there leads to (as the Node host does).
      const backupReal = this.resolve(backup, false);
      try {
        this.mayPlace(backupReal, 'file', backup);
      } catch (e) {
        // Its directory missing is said alone, as the hosts say it; any other refusal as theirs.
        if ((e as HostError).code === 'ENOENT') throw e;
        throw backupRefused(backup, (e as Error).message);
      }
      // The old file itself under a second name (as the hosts keep backups): held here with every
      // other name it has, so a later change through any of them reaches the backup.
      const { entry: shared } = this.own(real, true);
      shared.content = this.contentOf(shared);
      this.linked.add(shared.ino);
      this.make(backupReal, { ...shared });
    }
    this.base.wouldSave(path, old?.type === 'file' ? this.contentOf(old) : null, content);
    this.make(real, {
      type: 'file', mode: old?.type === 'file' ? old.mode : 0o644,
      ...(old?.type === 'file' ? { uid: old.uid, gid: old.gid } : this.newOwner(this.lookup(parentOf(real)))),
      content: content.slice(), origin: '', target: '', opaque: false,
    });
  }

  wouldSave(path: string, before: Uint8Array | null, after: Uint8Array): void {
    this.base.wouldSave(path, before, after);
  }

  /** The entry and every other name the overlay holds for the same file (hard links share it). */
  private allNames(entry: Entry): Entry[] {
    if (!entry.ino || entry.type !== 'file' || !this.linked.has(entry.ino)) return [entry];
    const out = [entry];
    for (const e of this.entries.values()) if (e && e !== entry && e.type === 'file' && e.ino === entry.ino) out.push(e);
    return out;
  }

  /** The run's chmod or chown would refuse the link at `path`'s last name, as the plan has it. */
  private refuseLinkAt(path: string): void {
    if (this.found(path, false).entry?.type === 'link' && this.base.refusesLinkAt?.(path)) throw linkAtLastName(path);
  }

  chmod(path: string, mode: number): void {
    this.base.mayChange?.(path);
    this.mayFollow(path);
    this.refuseLinkAt(path);
    for (const e of this.allNames(this.own(path, true).entry)) {
      e.mode = mode;
      e.ctime = this.now;
    }
  }

  chown(path: string, uid: number, gid: number, follow = true): void {
    this.base.mayChange?.(path);
    if (follow) this.mayFollow(path);
    if (follow) this.refuseLinkAt(path);
    for (const e of this.allNames(this.own(path, follow).entry)) {
      if (uid >= 0) e.uid = uid;
      if (gid >= 0) e.gid = gid;
      // As the kernel's chown: a file's setuid bit goes, and its setgid bit where group execution makes it one.
      if (e.type === 'file') e.mode &= ~0o4000 & ~(e.mode & 0o010 ? 0o2000 : 0);
      e.ctime = this.now;
    }
  }

  mkdir(path: string, mode: number): void {
    this.base.mayChange?.(path);
    if (this.found(path, false).entry) throw new HostError('EFAIL', `${path}: exists`);
    this.make(path, { type: 'dir', mode, content: null, origin: '', target: '', opaque: true });
  }

  symlink(target: string, path: string): void {
    this.base.mayChange?.(path);
    if (this.found(path, false).entry) throw new HostError('EFAIL', `${path}: exists`);
    this.make(path, { type: 'link', mode: 0o777, content: null, origin: '', target, opaque: false });
  }

  link(target: string, path: string): void {
    this.base.mayChange?.(path);
    const { entry } = this.found(target);
    if (!entry) throw new HostError('ENOENT', `${target}: no such file`);
    if (entry.type !== 'file') throw new HostError('EACCES', `${target}: not a plain file (no hard links to directories)`);
    if (this.found(path, false).entry) throw new HostError('EFAIL', `${path}: exists`);
    // Both names are held here from now on, so a later chmod of either reaches the other.
    const { entry: shared } = this.own(target, true);
    shared.content = this.contentOf(shared);
    this.linked.add(shared.ino);
    this.make(path, { ...shared });
  }

  readlink(path: string): string {
    if (this.entries.size === 0) return this.base.readlink(path);
    const { entry } = this.found(path, false);
    if (!entry || entry.type !== 'link') throw new HostError('EFAIL', `${path}: not a link`);
    return entry.target;
  }

  /** Copies a directory's whole subtree into the overlay, so it can move without the base. */
  private detach(dir: string, entry: Entry): void {
    for (const [name, type] of this.children(dir, entry)) {
      const p = join(dir, name);
      const child = this.lookup(p);
      if (!child) continue;
      const copy = { ...child, content: type === 'file' ? this.contentOf(child) : null, origin: '' };
      this.put(p, copy);
      if (type === 'dir') this.detach(p, { ...child });
      if (copy.type === 'dir') copy.opaque = true;
    }
    entry.origin = '';
    entry.opaque = true;
  }

  rename(from: string, to: string): void {
    this.base.mayChange?.(from);
    this.base.mayChange?.(to);
    const { path: src, entry: found } = this.found(from, false);
    if (!found) throw new HostError('ENOENT', `${from}: no such file or directory`);
    const dst = this.resolve(to, false);
    if (src === dst) return;
    if (found.type === 'dir' && dst.startsWith(`${src}/`)) throw new HostError('EFAIL', `${from}: cannot move a directory into itself`);
    this.mayPlace(dst, found.type, to);
    const target = this.lookup(dst);
    if (target && found.ino && target.ino === found.ino) return; // two names of one file
    const { entry } = this.own(from, false);
    if (entry.type === 'dir') this.detach(src, entry);
    const moved: [string, Entry | null][] = this.below(src).map(p => [p, this.entries.get(p) ?? null]);
    for (const [p] of moved) this.drop(p);
    this.put(src, null);
    this.make(dst, entry);
    this.put(dst, entry);
    for (const [p, e] of moved) this.put(dst + p.slice(src.length), e);
  }

  remove(path: string): void {
    this.base.mayChange?.(path);
    const { path: real, entry } = this.found(path, false);
    if (!entry) throw new HostError('ENOENT', `${path}: no such file or directory`);
    if (entry.type === 'dir' && this.children(real, entry).size) throw new HostError('EFAIL', `${path}: directory not empty`);
    for (const p of this.below(real)) this.drop(p);
    this.put(real, null);
  }

  writeFile(path: string, content: Uint8Array, mode: number): void {
    this.base.mayChange?.(path);
    this.mayFollow(path, 'write');
    const real = this.writeName(path);
    this.mayPlace(real, 'file', path);
    const old = this.lookup(real);
    this.base.wouldSave(path, old?.type === 'file' ? this.contentOf(old) : null, content);
    this.make(real, { type: 'file', mode, content: content.slice(), origin: '', target: '', opaque: false });
  }

  touch(path: string): void {
    this.base.mayChange?.(path);
    this.refuseLinkAt(path); // as chmod: the run's touch is a change through the link (seed 40209)
    this.mayFollow(path);
    for (const e of this.allNames(this.own(path, true).entry)) {
      e.mtime = this.now;
      e.atime = this.now;
      e.ctime = this.now;
    }
  }

  /** The base's plain files under `dir` (for a directory the overlay removed or moved). */
  private baseFiles(dir: string, out: string[]): void {
    let entries: { name: string; type: FileType }[] = [];
    try {
      entries = this.base.list(dir);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.type === 'dir') this.baseFiles(join(dir, e.name), out);
      else if (e.type === 'file') out.push(join(dir, e.name));
    }
  }

  private baseContent(path: string): Uint8Array | null {
    return this.base.stat(path, false).type === 'file' ? this.base.readFile(path) : null;
  }

  /**
   * The plain files whose contents the run changed, made or removed, with before (the base's)
   * and after (the overlay's), by path: what a dry run would have written.
   */
  contentChanges(): { path: string; before: Uint8Array | null; after: Uint8Array | null }[] {
    const paths = new Set<string>();
    for (const [p, e] of this.entries) {
      paths.add(p);
      if (this.base.stat(p, false).type === 'dir' && (!e || e.type !== 'dir' || e.origin === '')) {
        const under: string[] = [];
        this.baseFiles(p, under);
        for (const f of under) paths.add(f);
      }
    }
    const out: { path: string; before: Uint8Array | null; after: Uint8Array | null }[] = [];
    for (const path of [...paths].sort()) {
      const before = this.baseContent(path);
      const now = this.lookup(path);
      const after = now?.type === 'file' ? this.contentOf(now) : null;
      if (before && after && before.length === after.length && before.every((b, i) => b === after[i])) continue;
      if (!before && !after) continue;
      out.push({ path, before, after });
    }
    return out;
  }

  processes(): { pid: number; line: string }[] {
    return this.base.processes();
  }

  signal(pid: number, signal: string): void {
    throw new HostError('ENOTAVAIL', `dry run: signal ${signal} to ${pid} not sent`);
  }

  processAlive(pid: number): boolean {
    return this.base.processAlive(pid);
  }

  freeSpace(path: string): number {
    return this.base.freeSpace(path);
  }

  accounts(): Accounts {
    return this.base.accounts();
  }

  private readonly state = new Map<string, Uint8Array>();

  readState(name: string): Uint8Array | null {
    return this.state.get(name) ?? this.base.readState(name);
  }

  /** Under dry run nothing is remembered for the next run either. */
  writeState(name: string, content: Uint8Array): void {
    this.state.set(name, content.slice());
  }

  /** Only class tests (group members that are commands) ask under dry run; they change nothing. */
  exec(command: string, options?: ExecOptions): ExecResult {
    return this.base.exec(command, options);
  }

  sleep(): void {
    // A dry run does not wait.
  }

  // Files on servers are only read: the overlay asks its base.
  remoteStat(server: ServerRef, path: string): RemoteInfo {
    return this.base.remoteStat(server, path);
  }

  remoteList(server: ServerRef, path: string): RemoteEntry[] {
    return this.base.remoteList(server, path);
  }

  remoteRead(server: ServerRef, path: string, size: number): Uint8Array {
    return this.base.remoteRead(server, path, size);
  }

  /**
   * Into the overlay, so later actions see the file the run would bring (a copy whose master this
   * one makes: tiers of a repository); the real destination is never written. Nothing is fetched
   * unless a later action reads the file (so --diff shows no contents for it).
   */
  remoteCopy(server: ServerRef, path: string, size: number, dest: string, mode: number): void {
    this.base.mayChange?.(dest);
    const real = this.resolve(dest, true);
    this.mayPlace(real, 'file', dest);
    this.make(real, { type: 'file', mode, content: null, origin: '', remote: { server, path, size }, target: '', opaque: false });
  }

  remoteDiffers(server: ServerRef, path: string, local: Uint8Array): boolean {
    return this.base.remoteDiffers(server, path, local);
  }

  remoteNotes(): string[] {
    return this.base.remoteNotes();
  }

  progress(index: number, total: number, action: string): void {
    this.base.progress(index, total, action);
  }
}

/**
 * The dry-run overlay (host/core/overlay-host.ts) call by call, over a memory host: what it
 * answers beyond the filesystem agreement of overlay-host.test.ts (which compares only outcomes,
 * types, modes, contents and targets): the times, owners, sizes and identities stat gives, the
 * error each refusal throws, what it tells its base's wouldSave, what contentChanges reports, the
 * state it keeps to itself, a copy from a server fetched only when read, and the calls it passes
 * through to its base.
 */
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import type { Host, ServerRef } from '../../host/core/host-interface.js';
import { HostError } from '../../host/core/host-interface.js';
import { OverlayHost } from '../../host/core/overlay-host.js';
import { MemoryHost } from '../../host/memory/memory-host.js';

const BASE_TIME = 1_700_000_000;
const NOW = 1_800_000_000;
const text = (b: Uint8Array | null | undefined) => (b ? new TextDecoder().decode(b) : b);
const bytes = (s: string) => new TextEncoder().encode(s);
const SERVER = { host: 'srv' } as unknown as ServerRef;

/** A memory host with /a/c, /a/b/f, /l -> /a/b, owned by 7:8 and dated BASE_TIME; the calls it gets. */
function baseHost() {
  const vol = new Volume();
  vol.mkdirSync('/a/b', { recursive: true });
  for (const d of ['/', '/a', '/a/b']) vol.chmodSync(d, 0o755);
  vol.writeFileSync('/a/c', 'c', { mode: 0o644 });
  vol.writeFileSync('/a/b/f', 'ff', { mode: 0o600 });
  vol.symlinkSync('/a/b', '/l');
  const times = Object.fromEntries(['/a/c', '/a/b/f'].map(p => [p, { mtime: BASE_TIME, atime: BASE_TIME - 5 }]));
  const memory = new MemoryHost(vol, { now: BASE_TIME, owners: { '/a/c': { uid: 7, gid: 8 } }, times });
  const calls: string[] = [];
  const own: Partial<Host> = {
    wouldSave: (path, before, after) => void calls.push(`wouldSave ${path} ${text(before)} -> ${text(after)}`),
    remoteRead: (_s, path, size) => (calls.push(`remoteRead ${path} ${size}`), bytes('R'.repeat(size))),
    remoteStat: (_s, path) => (calls.push(`remoteStat ${path}`), { type: 'file', mode: 0o644, size: 3, mtime: 1, uid: 0, gid: 0 } as never),
    remoteList: (_s, path) => (calls.push(`remoteList ${path}`), []),
    remoteDiffers: (_s, path, local) => (calls.push(`remoteDiffers ${path} ${text(local)}`), true),
    remoteNotes: () => ['note'],
    progress: (i, n, action) => void calls.push(`progress ${i}/${n} ${action}`),
    exec: (command) => (calls.push(`exec ${command}`), { exitCode: 0, output: 'out' } as never),
    processes: () => [{ pid: 1, line: 'root 1 init' }],
    processAlive: (pid) => pid === 1,
    freeSpace: () => 12345,
    readState: (name) => (name === 'kept' ? bytes('base state') : null),
  };
  const base = new Proxy(memory, {
    get: (target, prop) => (prop in own ? own[prop as keyof Host] : (Reflect.get(target, prop) as unknown as (...a: unknown[]) => unknown)?.bind?.(target) ?? Reflect.get(target, prop)),
  }) as unknown as Host;
  return { base, memory, calls, overlay: new OverlayHost(base, NOW, { uid: 5, gid: 6 }) };
}

/** The HostError a call throws, as `CODE message`. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    if (e instanceof HostError) return `${e.code} ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('stat through the overlay', () => {
  it('gives the base\'s entry as it is until it changes, then the overlay\'s clock and owner', () => {
    const { overlay, memory } = baseHost();
    overlay.mkdir('/new', 0o700);
    // Something changed: answers come from the overlay now, with the base's values for the rest.
    const c = overlay.stat('/a/c');
    const real = memory.stat('/a/c');
    expect(c).toEqual({ type: 'file', mode: 0o644, mtime: BASE_TIME, atime: BASE_TIME - 5, ctime: real.ctime, size: 1, uid: 7, gid: 8, ino: real.ino });
    expect(overlay.stat('/new')).toEqual({ type: 'dir', mode: 0o700, mtime: NOW, atime: NOW, ctime: NOW, size: 0, uid: 5, gid: 6, ino: 2 ** 52 });
    expect(overlay.stat('/l', false)).toMatchObject({ type: 'link', size: 4 });
    expect(overlay.stat('/l')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(overlay.stat('/l/f')).toMatchObject({ type: 'file', size: 2, mode: 0o600 });
    expect(overlay.stat('/none').type).toBe('none');
    // Each new entry its own identity.
    overlay.createFile('/new/x', 0o640);
    expect(overlay.stat('/new/x')).toMatchObject({ type: 'file', size: 0, mode: 0o640, uid: 5, gid: 6, ino: 2 ** 52 + 1 });
  });
  it('dates a changed entry with the run\'s clock: chmod and chown the change time, touch all three', () => {
    const { overlay } = baseHost();
    overlay.chmod('/a/c', 0o600);
    expect(overlay.stat('/a/c')).toMatchObject({ mode: 0o600, mtime: BASE_TIME, atime: BASE_TIME - 5, ctime: NOW });
    overlay.touch('/a/b/f');
    expect(overlay.stat('/a/b/f')).toMatchObject({ mtime: NOW, atime: NOW, ctime: NOW });
  });
  it('changes owner and group apart (-1 keeps one), through a link or of the link itself', () => {
    const { overlay } = baseHost();
    overlay.chown('/a/c', 1, -1);
    expect(overlay.stat('/a/c')).toMatchObject({ uid: 1, gid: 8, ctime: NOW });
    overlay.chown('/a/c', -1, 2);
    expect(overlay.stat('/a/c')).toMatchObject({ uid: 1, gid: 2 });
    overlay.chown('/l', 3, 4, false);
    expect(overlay.stat('/l', false)).toMatchObject({ uid: 3, gid: 4 });
    expect(overlay.stat('/a/b')).toMatchObject({ uid: 0, gid: 0 });
    overlay.chown('/l', 9, 9);
    expect(overlay.stat('/a/b')).toMatchObject({ uid: 9, gid: 9 });
    // To root: 0 is an owner like any other.
    overlay.chown('/a/c', 0, 0);
    expect(overlay.stat('/a/c')).toMatchObject({ uid: 0, gid: 0 });
    expect(refusal(() => overlay.chown('/none', 1, 1))).toBe('ENOENT /none: no such file or directory');
  });
});

describe('names of one file', () => {
  it('a hard link and its file share mode, owner and times, in the overlay as on disk', () => {
    const { overlay } = baseHost();
    overlay.link('/a/c', '/a/h');
    overlay.chmod('/a/h', 0o600);
    overlay.chown('/a/c', 11, 12);
    overlay.touch('/a/h');
    for (const p of ['/a/c', '/a/h']) expect(overlay.stat(p), p).toMatchObject({ mode: 0o600, uid: 11, gid: 12, mtime: NOW });
    expect(overlay.stat('/a/c').ino).toBe(overlay.stat('/a/h').ino);
    // A copy of another file with the same mode is not one of its names.
    overlay.writeFile('/a/w', bytes('c'), 0o644);
    overlay.chmod('/a/c', 0o604);
    expect(overlay.stat('/a/w').mode).toBe(0o644);
  });
  it('a backup is the old file under a second name', () => {
    const { overlay } = baseHost();
    overlay.saveFile('/a/c', bytes('new'), '/a/c.cfsaved');
    expect(text(overlay.readFile('/a/c.cfsaved'))).toBe('c');
    expect(overlay.stat('/a/c.cfsaved')).toMatchObject({ mode: 0o644, uid: 7, gid: 8 });
    // The saved file keeps the old one's mode and owner, with the new contents.
    expect(overlay.stat('/a/c')).toMatchObject({ mode: 0o644, uid: 7, gid: 8, size: 3, mtime: NOW });
    expect(text(overlay.readFile('/a/c'))).toBe('new');
    // A new file saved: 644 and the run's owner, no backup of nothing.
    overlay.saveFile('/a/n', bytes('n'), '/a/n.cfsaved');
    expect(overlay.stat('/a/n')).toMatchObject({ mode: 0o644, uid: 5, gid: 6 });
    expect(overlay.stat('/a/n.cfsaved').type).toBe('none');
  });
  it('renaming one name of a file over another does nothing', () => {
    const { overlay } = baseHost();
    overlay.link('/a/c', '/a/h');
    overlay.rename('/a/h', '/a/c');
    expect(overlay.list('/a').map(e => e.name)).toEqual(['b', 'c', 'h']);
  });
});

describe('refusals, with the kernel\'s reasons', () => {
  it('says why each call fails', () => {
    const { overlay } = baseHost();
    overlay.mkdir('/m', 0o755);
    expect(refusal(() => overlay.readFile('/none'))).toBe('ENOENT /none: no such file');
    expect(refusal(() => overlay.readFile('/a'))).toBe('ENOTFILE /a: not a regular file');
    expect(refusal(() => overlay.list('/none'))).toBe('ENOENT /none: no such directory');
    expect(refusal(() => overlay.list('/a/c'))).toBe('ENOTFILE /a/c: not a directory');
    expect(refusal(() => overlay.createFile('/a/c', 0o644))).toBe('EFAIL /a/c: exists');
    expect(refusal(() => overlay.createFile('/x/y', 0o644))).toBe('ENOENT /x: no such directory');
    expect(refusal(() => overlay.mkdir('/a', 0o755))).toBe('EFAIL /a: exists');
    expect(refusal(() => overlay.symlink('/x', '/l'))).toBe('EFAIL /l: exists');
    expect(refusal(() => overlay.link('/none', '/n'))).toBe('ENOENT /none: no such file');
    expect(refusal(() => overlay.link('/a', '/n'))).toBe('EACCES /a: not a plain file (no hard links to directories)');
    expect(refusal(() => overlay.link('/a/c', '/l'))).toBe('EFAIL /l: exists');
    expect(refusal(() => overlay.readlink('/a/c'))).toBe('EFAIL /a/c: not a link');
    expect(refusal(() => overlay.readlink('/none'))).toBe('EFAIL /none: not a link');
    expect(refusal(() => overlay.rename('/none', '/n'))).toBe('ENOENT /none: no such file or directory');
    expect(refusal(() => overlay.rename('/a', '/a/b/z'))).toBe('EFAIL /a: cannot move a directory into itself');
    expect(refusal(() => overlay.rename('/a/c', '/a/b'))).toBe('ENOTFILE /a/b: is a directory');
    expect(refusal(() => overlay.rename('/m', '/a'))).toBe('EFAIL /a: directory not empty');
    // An empty directory may take the place of another.
    overlay.mkdir('/m2', 0o700);
    overlay.rename('/m2', '/m');
    expect(overlay.stat('/m').mode).toBe(0o700);
    expect(refusal(() => overlay.rename('/m', '/a/c'))).toBe('EFAIL /a/c: not a directory');
    expect(refusal(() => overlay.remove('/none'))).toBe('ENOENT /none: no such file or directory');
    expect(refusal(() => overlay.remove('/a'))).toBe('EFAIL /a: directory not empty');
    expect(refusal(() => overlay.writeFile('/a', bytes('x'), 0o644))).toBe('ENOTFILE /a: is a directory');
    expect(refusal(() => overlay.saveFile('/q/r', bytes('x'), null))).toBe('ENOENT /q: no such directory');
    expect(refusal(() => overlay.signal(12, 'term'))).toBe('ENOTAVAIL dry run: signal term to 12 not sent');
  });
  it('follows at most 40 links', () => {
    const { overlay } = baseHost();
    overlay.symlink('/loop2', '/loop1');
    overlay.symlink('/loop1', '/loop2');
    expect(refusal(() => overlay.stat('/loop1'))).toBe('EFAIL /loop1: too many levels of symbolic links');
    // A chain of 40 is followed to its end.
    overlay.symlink('/a/c', '/k0');
    for (let i = 1; i < 40; i++) overlay.symlink(`/k${i - 1}`, `/k${i}`);
    expect(text(overlay.readFile('/k39'))).toBe('c');
    overlay.symlink('/k39', '/k40');
    expect(refusal(() => overlay.readFile('/k40'))).toBe('EFAIL /k40: too many levels of symbolic links');
  });
  it('resolves relative links, `.` and `..` as the kernel does', () => {
    const { overlay } = baseHost();
    overlay.symlink('b/./f', '/a/rel');
    expect(text(overlay.readFile('/a/rel'))).toBe('ff');
    overlay.symlink('../c', '/a/b/up');
    expect(text(overlay.readFile('/a/b/up'))).toBe('c');
    expect(text(overlay.readFile('/a/b/../c'))).toBe('c');
    expect(text(overlay.readFile('//a/./c'))).toBe('c');
    expect(overlay.readlink('/a/rel')).toBe('b/./f');
  });
});

describe('what the overlay tells and keeps', () => {
  it('tells its base what each write and save would write, with the contents before', () => {
    const { overlay, calls } = baseHost();
    overlay.writeFile('/a/c', bytes('w1'), 0o600);
    overlay.saveFile('/a/c', bytes('s2'), null);
    overlay.writeFile('/a/n', bytes('w3'), 0o600);
    overlay.wouldSave('/x', null, bytes('given'));
    expect(calls).toEqual(['wouldSave /a/c c -> w1', 'wouldSave /a/c w1 -> s2', 'wouldSave /a/n null -> w3', 'wouldSave /x null -> given']);
  });
  it('keeps a copy of what it is given (the core\'s memory is reused after the call)', () => {
    const { overlay } = baseHost();
    const buffer = bytes('abc');
    overlay.writeFile('/a/n', buffer, 0o644);
    overlay.saveFile('/a/c', buffer, null);
    overlay.writeState('s', buffer);
    buffer.fill(0x7a);
    expect(text(overlay.readFile('/a/n'))).toBe('abc');
    expect(text(overlay.readFile('/a/c'))).toBe('abc');
    expect(text(overlay.readState('s'))).toBe('abc');
  });
  it('keeps the run\'s state to itself, reading the base\'s until it writes its own', () => {
    const { overlay, memory } = baseHost();
    expect(text(overlay.readState('kept'))).toBe('base state');
    expect(overlay.readState('other')).toBeNull();
    overlay.writeState('kept', bytes('mine'));
    expect(text(overlay.readState('kept'))).toBe('mine');
    expect(memory.readState('kept')).toBeNull();
  });
  it('lists what the run changed, made or removed, before and after, by path', () => {
    const { overlay } = baseHost();
    overlay.writeFile('/a/c', bytes('changed'), 0o644);
    overlay.writeFile('/a/new', bytes('made'), 0o644);
    overlay.remove('/a/b/f');
    overlay.chmod('/a/b', 0o700);
    overlay.writeFile('/same', bytes('x'), 0o644);
    overlay.writeFile('/same', bytes('y'), 0o644);
    overlay.mkdir('/empty', 0o755);
    // The same bytes written again: no change.
    overlay.saveFile('/a/c', bytes('c'), null);
    expect(overlay.contentChanges().map(c => `${c.path} ${text(c.before)} -> ${text(c.after)}`)).toEqual([
      '/a/b/f ff -> null', '/a/new null -> made', '/same null -> y',
    ]);
  });
  it('counts the files below a directory removed or replaced as removed', () => {
    const { overlay } = baseHost();
    overlay.rename('/a', '/z');
    expect(overlay.contentChanges().map(c => `${c.path} ${text(c.before)} -> ${text(c.after)}`)).toEqual([
      '/a/b/f ff -> null', '/a/c c -> null', '/z/b/f null -> ff', '/z/c null -> c',
    ]);
    expect(overlay.list('/z/b').map(e => e.name)).toEqual(['f']);
    expect(overlay.stat('/a').type).toBe('none');
  });
  it('a directory made where a file was hides nothing of the base; one made where none was neither', () => {
    const { overlay } = baseHost();
    overlay.remove('/a/c');
    overlay.mkdir('/a/c', 0o755);
    expect(overlay.list('/a/c')).toEqual([]);
    expect(overlay.list('/a').map(e => `${e.name} ${e.type}`)).toEqual(['b dir', 'c dir']);
    overlay.remove('/a/b/f');
    overlay.remove('/a/b');
    overlay.mkdir('/a/b', 0o700);
    expect(overlay.list('/a/b')).toEqual([]);
    expect(overlay.stat('/a/b/f').type).toBe('none');
  });
  it('lists in name order, with the overlay\'s own entries among the base\'s', () => {
    const { overlay } = baseHost();
    overlay.writeFile('/a/0', bytes(''), 0o644);
    overlay.symlink('/x', '/a/d');
    overlay.writeFile('/a/bb', bytes(''), 0o644);
    expect(overlay.list('/a')).toEqual([
      { name: '0', type: 'file' }, { name: 'b', type: 'dir' }, { name: 'bb', type: 'file' }, { name: 'c', type: 'file' }, { name: 'd', type: 'link' },
    ]);
    expect(overlay.listStat('/a').map(e => `${e.name} ${e.info.type} ${e.info.size}`)).toEqual(['0 file 0', 'b dir 0', 'bb file 0', 'c file 1', 'd link 2']);
  });
});

describe('copies from servers under a dry run', () => {
  it('are fetched only when a later action reads them, and never reach the base', () => {
    const { overlay, calls, memory } = baseHost();
    overlay.remoteCopy(SERVER, '/srv/file', 3, '/a/copied', 0o640);
    expect(calls).toEqual([]);
    expect(overlay.stat('/a/copied')).toMatchObject({ type: 'file', size: 3, mode: 0o640, uid: 5, mtime: NOW });
    expect(text(overlay.readFile('/a/copied'))).toBe('RRR');
    expect(text(overlay.readFile('/a/copied'))).toBe('RRR');
    expect(calls).toEqual(['remoteRead /srv/file 3']);
    expect(memory.stat('/a/copied').type).toBe('none');
    expect(refusal(() => overlay.remoteCopy(SERVER, '/srv/file', 3, '/a', 0o640))).toBe('ENOTFILE /a: is a directory');
  });
  it('asks the base for everything else of a server', () => {
    const { overlay, calls } = baseHost();
    expect(overlay.remoteStat(SERVER, '/s').size).toBe(3);
    expect(overlay.remoteList(SERVER, '/d')).toEqual([]);
    expect(text(overlay.remoteRead(SERVER, '/r', 2))).toBe('RR');
    expect(overlay.remoteDiffers(SERVER, '/q', bytes('L'))).toBe(true);
    expect(overlay.remoteNotes()).toEqual(['note']);
    expect(calls).toEqual(['remoteStat /s', 'remoteList /d', 'remoteRead /r 2', 'remoteDiffers /q L']);
  });
});

describe('calls passed to the base', () => {
  it('processes, commands, free space, accounts and progress', () => {
    const { overlay, calls, memory } = baseHost();
    expect(overlay.processes()).toEqual([{ pid: 1, line: 'root 1 init' }]);
    expect(overlay.processAlive(1)).toBe(true);
    expect(overlay.processAlive(2)).toBe(false);
    expect(overlay.freeSpace('/')).toBe(12345);
    expect(overlay.accounts()).toEqual(memory.accounts());
    expect(overlay.exec('/bin/true', { useShell: false } as never)).toEqual({ exitCode: 0, output: 'out' });
    overlay.progress(2, 5, 'files');
    overlay.sleep();
    expect(calls).toEqual(['exec /bin/true', 'progress 2/5 files']);
  });
});

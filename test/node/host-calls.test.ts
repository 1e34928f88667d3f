/**
 * NodeHost's calls one by one, in this process, on a fresh temporary directory: the error each
 * failure becomes (its code and words), the state directory's rules, what a root refuses
 * (processes, signals, commands), what a command's options do, and what stat, list and the
 * copies report. The conformance corpus checks trees; these check what a run reports.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError, MAX_READ_BYTES } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';
import { scratchDirs } from '../support/scratch.js';

/** A fresh, empty directory for one case (removed with the rest after the file). */
const fresh = scratchDirs('cfwasm-host-calls-');

/** The HostError `f` throws (fails the test if it throws none, or another kind). */
function hostError(f: () => unknown): HostError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('no error thrown');
}

/** A pid no process has (above any pid_max). */
const NO_PID = 2 ** 31 - 2;

describe('errors, in words', () => {
  it('an empty root is a mistake, not "no root"', () => {
    expect(() => new NodeHost({ root: '' })).toThrow(new Error('NodeHost: the root is an empty string'));
  });

  it('a missing file, or one under a file, is ENOENT "no such file or directory"', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'x');
    const host = new NodeHost();
    for (const p of [join(d, 'nope'), join(d, 'f', 'x')]) {
      expect(hostError(() => host.readFile(p))).toMatchObject({ code: 'ENOENT', message: `${p}: no such file or directory` });
    }
    expect(hostError(() => host.list(join(d, 'f')))).toMatchObject({ code: 'ENOENT', message: `${join(d, 'f')}: no such file or directory` });
    expect(hostError(() => host.chmod(join(d, 'nope'), 0o600))).toMatchObject({ code: 'ENOENT' });
  });

  it('a directory read as a file is ENOTFILE', () => {
    const d = fresh();
    expect(hostError(() => new NodeHost().readFile(d))).toMatchObject({ code: 'ENOTFILE', message: `${d}: not a regular file` });
    expect(hostError(() => new NodeHost().readFileInto(d, new Uint8Array(4)))).toMatchObject({ code: 'ENOTFILE' });
  });

  it('another failure keeps the system\'s words without the call and path Node repeats', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'x');
    const host = new NodeHost();
    // EEXIST alone is said in the memory host's and the overlay's word (test/actions/failure-wording-hosts.test.ts).
    expect(hostError(() => host.mkdir(d, 0o755))).toMatchObject({ code: 'EFAIL', message: `${d}: exists` });
    expect(hostError(() => host.readlink(join(d, 'f')))).toMatchObject({ code: 'EFAIL', message: `${join(d, 'f')}: EINVAL: invalid argument` });
  });

  it('a name too long says so, the path shortened in the middle', () => {
    const d = fresh();
    const p = join(d, 'x'.repeat(300));
    const shown = `${p.slice(0, 120)}…${p.slice(-100)}`;
    expect(hostError(() => new NodeHost().readFile(p))).toMatchObject({ code: 'EFAIL', message: `${shown}: name too long (past PATH_MAX or NAME_MAX)` });
  });

  it('a file bigger than the core reads is refused unread, with both sizes', () => {
    const d = fresh();
    const p = join(d, 'sparse');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, MAX_READ_BYTES + 1); // sparse: no space taken
    expect(hostError(() => new NodeHost().readFile(p))).toMatchObject({ code: 'EFAIL',
      message: `too big: ${MAX_READ_BYTES + 1} bytes (the core reads at most ${MAX_READ_BYTES} bytes)` });
  });

  it('a copy from a server without a state directory: ENOTAVAIL, saying why', () => {
    const e = hostError(() => new NodeHost().remoteStat({ host: 'h', port: 5308 } as never, '/x'));
    expect(e).toMatchObject({ code: 'ENOTAVAIL', message: 'copying from a server needs a state directory (--state-dir) for the keys' });
  });
});

describe('the state directory', () => {
  it('none given: ENOTAVAIL', () => {
    expect(hostError(() => new NodeHost().readState('locks'))).toMatchObject({ code: 'ENOTAVAIL', message: 'no state directory (--state-dir)' });
  });

  it('a name that is not a plain file name is refused', () => {
    const host = new NodeHost({ stateDir: join(fresh(), 'state') });
    for (const name of ['../x', 'a/b', '.hidden', '', '-x', 'a b']) {
      expect(hostError(() => host.readState(name)), name).toMatchObject({ code: 'EFAIL', message: `bad state name ${name}` });
    }
    for (const name of ['a', 'A1._-z', '9']) expect(host.readState(name), name).toBeNull();
  });

  it('made on the first write (0700), its files 0600; setuid.log joined with what is there', () => {
    const dir = join(fresh(), 'state');
    const host = new NodeHost({ stateDir: dir });
    host.writeState('setuid.log', new TextEncoder().encode('/b\n'));
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(join(dir, 'setuid.log')).mode & 0o777).toBe(0o600);
    fs.writeFileSync(join(dir, 'setuid.log'), '/a\n');
    host.writeState('setuid.log', new TextEncoder().encode('/c\n'));
    expect(fs.readFileSync(join(dir, 'setuid.log'), 'utf8')).toBe('/a\n/c\n');
    expect(new TextDecoder().decode(host.readState('setuid.log')!)).toBe('/a\n/c\n');
  });

  it('a corrupt locks file: EFAIL naming it and what is wrong', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'locks'), '{"last":{"a":"1"},"running":{}}');
    expect(hostError(() => new NodeHost({ stateDir: dir }).readState('locks'))).toMatchObject({ code: 'EFAIL',
      message: `${dir}/locks is corrupt: a time in "last" is not a number; it will be replaced` });
    // Another state is not read as locks.
    fs.writeFileSync(join(dir, 'other'), '{');
    expect(new TextDecoder().decode(new NodeHost({ stateDir: dir }).readState('other')!)).toBe('{');
  });
});

describe('processes under a root', () => {
  const words = 'processes are not confined by --root; refused unless --allow-exec is given';

  it('the process table, signals and commands are refused', () => {
    const host = new NodeHost({ root: fresh() });
    expect(hostError(() => host.processes())).toMatchObject({ code: 'ENOTAVAIL', message: `the process table: ${words}` });
    expect(hostError(() => host.signal(NO_PID, 'hup'))).toMatchObject({ code: 'ENOTAVAIL', message: `signal hup to process ${NO_PID}: ${words}` });
    expect(hostError(() => host.exec('true'))).toMatchObject({ code: 'ENOTAVAIL',
      message: 'commands are not run under --root (they cannot be confined) unless --allow-exec is given: true' });
  });

  it('allowed with allowExec: the table lists this process, sorted by pid, with its user\'s name', () => {
    const host = new NodeHost({ root: fresh(), allowExec: true });
    const table = host.processes();
    expect(table.map(p => p.pid)).toEqual([...table.map(p => p.pid)].sort((a, b) => a - b));
    const me = table.find(p => p.pid === process.pid)!;
    const user = process.getuid?.() === 0 ? 'root' : String(process.getuid?.());
    expect(me.line.startsWith(`${user} ${process.pid} ${process.execPath}`) || me.line.startsWith(`${user} ${process.pid} node`)).toBe(true);
    expect(me.line).not.toMatch(/\0/);
    // A kernel thread has no command line: its name in brackets.
    if (fs.existsSync('/proc/2/comm')) expect(table.find(p => p.pid === 2)?.line).toMatch(/^root 2 \[.+\]$/);
  });

  it('a signal to no process fails with the reason; processAlive asks without sending', () => {
    const host = new NodeHost({ root: fresh(), allowExec: true });
    expect(hostError(() => host.signal(NO_PID, 'hup'))).toMatchObject({ code: 'EFAIL', message: `cannot send hup to process ${NO_PID}: kill ESRCH` });
    expect(host.processAlive(process.pid)).toBe(true);
    expect(host.processAlive(NO_PID)).toBe(false);
  });
});

describe('commands', () => {
  const host = new NodeHost();

  it('the status, stdout then stderr', () => {
    expect(host.exec('echo out; echo err >&2; exit 3')).toEqual({ status: 3, output: 'out\nerr\n' });
  });

  it('useshell=false: the words as they are, no shell between', () => {
    expect(host.exec("printf %s a;b 'c'", { useShell: false })).toEqual({ status: 0, output: "a;b'c'" });
    expect(host.exec('  printf %s  x  ', { useShell: false })).toEqual({ status: 0, output: 'x' });
  });

  it('the umask when it is octal digits, else none set', () => {
    expect(host.exec('umask', { umask: '027' }).output).toBe('0027\n');
    expect(host.exec('umask', { umask: '7' }).output).toBe('0007\n');
    const own = host.exec('umask').output;
    expect(host.exec('umask', { umask: '089' }).output).toBe(own);
    expect(host.exec('umask', { umask: '00777' }).output).toBe(own);
    expect(host.exec('/bin/sh -c umask', { umask: '027', useShell: false }).output).toBe('0027\n');
  });

  it('the environment added to this process\'s, and the directory it runs in', () => {
    const d = fresh();
    expect(host.exec('echo "$CFWASM_T1-$PATH"', { env: { CFWASM_T1: 'v' } }).output).toBe(`v-${process.env.PATH}\n`);
    expect(host.exec('pwd', { cwd: d }).output).toBe(`${d}\n`);
  });

  it('a command past its time is killed: status 124 and a note', () => {
    expect(host.exec('echo started; exec sleep 30', { timeout: 1 })).toEqual({ status: 124, output: 'started\n(killed after 1 seconds)\n' });
  });

  it('a command that prints more than 1 MiB runs to its end: its first MiB is kept, and the cut said', () => {
    const r = host.exec('head -c 2000000 /dev/zero | tr "\\0" a; exit 5');
    expect(r.status).toBe(5);
    expect(r.output).toBe(`${'a'.repeat(1 << 20)}\n(output cut: it printed 2000000 bytes; the first 1 MiB are kept)\n`);
  });

  it('a command killed by a signal has status 128 + the signal, as a shell gives it, and no output of ours', () => {
    expect(host.exec('kill -9 $$')).toEqual({ status: 137, output: '' });
  });
});

describe('what the calls report', () => {
  it('stat: a file\'s fields (whole seconds), a link followed or not, a FIFO as "special", nothing as none', () => {
    const d = fresh();
    const f = join(d, 'f');
    fs.writeFileSync(f, 'hello');
    fs.chmodSync(f, 0o4751);
    fs.utimesSync(f, 1_600_000_000.9, 1_500_000_000.7);
    fs.symlinkSync('f', join(d, 'l'));
    const fifo = spawnFifo(join(d, 'p'));
    const host = new NodeHost();
    const st = fs.statSync(f);
    expect(host.stat(f)).toEqual({ type: 'file', mode: 0o4751, size: 5, atime: 1_600_000_000, mtime: 1_500_000_000,
      ctime: Math.floor(st.ctimeMs / 1000), uid: st.uid, gid: st.gid, ino: st.ino, dev: st.dev });
    expect(host.stat(join(d, 'l'))).toMatchObject({ type: 'file', size: 5 });
    expect(host.stat(join(d, 'l'), false)).toMatchObject({ type: 'link', size: 1 });
    expect(host.stat(d)).toMatchObject({ type: 'dir' });
    if (fifo) expect(host.stat(join(d, 'p'))).toMatchObject({ type: 'special', size: 0 });
    expect(host.stat(join(d, 'nope'))).toEqual({ type: 'none', mode: 0, mtime: 0, size: 0, uid: 0, gid: 0 });
    expect(host.stat(join(f, 'under-a-file'))).toMatchObject({ type: 'none' });
  });

  it('list: sorted by bytes, each with its type (a FIFO "special")', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'b'), '');
    fs.mkdirSync(join(d, 'a'));
    fs.symlinkSync('b', join(d, 'B'));
    fs.writeFileSync(join(d, '_'), '');
    const fifo = spawnFifo(join(d, 'p'));
    expect(new NodeHost().list(d)).toEqual([
      { name: 'B', type: 'link' }, { name: '_', type: 'file' }, { name: 'a', type: 'dir' }, { name: 'b', type: 'file' },
      ...(fifo ? [{ name: 'p', type: 'special' }] : []),
    ]);
  });

  it('sameContents: the same bytes, or not (same size or not)', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'a'), 'abc');
    fs.writeFileSync(join(d, 'b'), 'abc');
    fs.writeFileSync(join(d, 'c'), 'abd');
    fs.writeFileSync(join(d, 'e'), 'abcd');
    const host = new NodeHost();
    expect(host.sameContents(join(d, 'a'), join(d, 'b'))).toBe(true);
    expect(host.sameContents(join(d, 'a'), join(d, 'c'))).toBe(false);
    expect(host.sameContents(join(d, 'a'), join(d, 'e'))).toBe(false);
  });

  it('copyFile without kept contents: the bytes and mode, no record; with them, a record of the new file', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'src'), 'payload');
    const lean = new NodeHost({ keepContents: false });
    lean.copyFile(join(d, 'src'), join(d, 'dst'), 0o640);
    expect(fs.readFileSync(join(d, 'dst'), 'utf8')).toBe('payload');
    expect(fs.statSync(join(d, 'dst')).mode & 0o777).toBe(0o640);
    expect(lean.saves).toEqual([]);
    const kept = new NodeHost();
    kept.copyFile(join(d, 'src'), join(d, 'dst2'), 0o600);
    expect(kept.saves).toEqual([{ path: join(d, 'dst2'), before: null, after: new TextEncoder().encode('payload') }]);
  });

  it('a file written new under a name of its own and renamed into place is recorded as a change of that file', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'old');
    const host = new NodeHost();
    host.writeFile(join(d, 'f.cfnew'), new TextEncoder().encode('new'), 0o644);
    host.rename(join(d, 'f.cfnew'), join(d, 'f'));
    expect(host.saves).toEqual([{ path: join(d, 'f'), before: new TextEncoder().encode('old'), after: new TextEncoder().encode('new') }]);
    expect(fs.readFileSync(join(d, 'f'), 'utf8')).toBe('new');
  });

  it('freeSpace: the bytes available to us on that file system', () => {
    const d = fresh();
    const free = new NodeHost().freeSpace(d);
    const st = fs.statfsSync(d);
    const want = Number(st.bavail) * Number(st.bsize);
    expect(Math.abs(free - want)).toBeLessThan(want / 100 + 1e6); // other writers on the disk meanwhile
    expect(hostError(() => new NodeHost().freeSpace(join(d, 'nope')))).toMatchObject({ code: 'ENOENT' });
  });

  it('touch: the times set to now', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), '');
    fs.utimesSync(join(d, 'f'), 1000, 1000);
    const before = Math.floor(Date.now() / 1000);
    new NodeHost().touch(join(d, 'f'));
    expect(fs.statSync(join(d, 'f')).mtimeMs / 1000).toBeGreaterThanOrEqual(before);
    expect(fs.statSync(join(d, 'f')).atimeMs / 1000).toBeGreaterThanOrEqual(before);
  });

  it('progress: told to onProgress as given', () => {
    const told: unknown[] = [];
    new NodeHost({ onProgress: (...a) => told.push(a) }).progress(2, 5, 'files');
    expect(told).toEqual([[2, 5, 'files']]);
  });

  it('chown without following: the link itself', () => {
    if (process.getuid?.() !== 0) return;
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), '');
    fs.symlinkSync('f', join(d, 'l'));
    new NodeHost().chown(join(d, 'l'), 4321, 4322, false);
    expect(fs.lstatSync(join(d, 'l'))).toMatchObject({ uid: 4321, gid: 4322 });
    expect(fs.statSync(join(d, 'f'))).toMatchObject({ uid: 0, gid: 0 });
    new NodeHost().chown(join(d, 'l'), 4323, 4324);
    expect(fs.statSync(join(d, 'f'))).toMatchObject({ uid: 4323, gid: 4324 });
  });

  it('accounts: the root\'s own databases when it has them', () => {
    const root = fresh();
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'passwd'), 'alice:x:1234:99::/home/alice:/bin/sh\n');
    fs.writeFileSync(join(root, 'etc', 'group'), 'staff:x:99:\n');
    const accounts = new NodeHost({ root }).accounts();
    expect(accounts.users.map(u => u.name)).toEqual(['alice']);
    expect(JSON.stringify(accounts)).toContain('staff');
    expect(new NodeHost({ root: fresh() }).accounts().users.some(u => u.name === 'root')).toBe(true);
  });
});

describe('writes', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);
  const asRoot = process.getuid?.() === 0;

  it('through a link to a FIFO: refused, the FIFO left', () => {
    const d = fresh();
    if (!spawnFifo(join(d, 'p'))) return;
    fs.symlinkSync(join(d, 'p'), join(d, 'l'));
    expect(hostError(() => new NodeHost().writeFile(join(d, 'l'), bytes('x'), 0o644))).toMatchObject({ code: 'ENOTFILE',
      message: `${join(d, 'l')}: a link to ${join(d, 'p')}, which is not a plain file; not written through` });
    expect(fs.lstatSync(join(d, 'p')).isFIFO()).toBe(true);
  });

  it('through a link another user owns: only to a file of that user', () => {
    if (!asRoot) return;
    const d = fresh();
    fs.writeFileSync(join(d, 'roots'), 'r');
    fs.writeFileSync(join(d, 'theirs'), 't');
    fs.chownSync(join(d, 'theirs'), 4321, 4321);
    fs.symlinkSync(join(d, 'roots'), join(d, 'l1'));
    fs.lchownSync(join(d, 'l1'), 4321, 4321);
    fs.symlinkSync(join(d, 'theirs'), join(d, 'l2'));
    fs.lchownSync(join(d, 'l2'), 4321, 4321);
    fs.symlinkSync(join(d, 'theirs'), join(d, 'l3')); // root's own link
    const host = new NodeHost();
    expect(hostError(() => host.writeFile(join(d, 'l1'), bytes('x'), 0o644))).toMatchObject({ code: 'EACCES',
      message: `${join(d, 'l1')}: a link owned by uid 4321 to a file owned by uid 0; not written through (another user may have planted it)` });
    expect(fs.readFileSync(join(d, 'roots'), 'utf8')).toBe('r');
    host.writeFile(join(d, 'l2'), bytes('two'), 0o644);
    expect(fs.readFileSync(join(d, 'theirs'), 'utf8')).toBe('two');
    // l2's write replaced `theirs` with a file of ours: given back to its user, for root's own link.
    fs.chownSync(join(d, 'theirs'), 4321, 4321);
    host.writeFile(join(d, 'l3'), bytes('three'), 0o644);
    expect(fs.readFileSync(join(d, 'theirs'), 'utf8')).toBe('three');
    expect(fs.lstatSync(join(d, 'l2')).isSymbolicLink() && fs.lstatSync(join(d, 'l3')).isSymbolicLink()).toBe(true);
    // A link to nothing is not followed: the file takes the link's own name.
    fs.symlinkSync(join(d, 'new'), join(d, 'l4'));
    fs.lchownSync(join(d, 'l4'), 4321, 4321);
    host.writeFile(join(d, 'l4'), bytes('4'), 0o600);
    expect(fs.lstatSync(join(d, 'l4')).isFile()).toBe(true);
    expect(fs.readFileSync(join(d, 'l4'), 'utf8')).toBe('4');
    expect(fs.existsSync(join(d, 'new'))).toBe(false);
  });

  it('createFile: the exact mode, refused in a missing directory or over a file there', () => {
    const d = fresh();
    const host = new NodeHost();
    host.createFile(join(d, 'f'), 0o104751);
    expect(fs.statSync(join(d, 'f')).mode & 0o7777).toBe(0o4751);
    expect(fs.statSync(join(d, 'f')).size).toBe(0);
    expect(hostError(() => host.createFile(join(d, 'no', 'f'), 0o644))).toMatchObject({ code: 'ENOENT', message: `${join(d, 'no')}: no such directory` });
    expect(hostError(() => host.createFile(join(d, 'f'), 0o644))).toMatchObject({ code: 'EFAIL' });
    expect(hostError(() => new NodeHost({ root: d }).createFile('/no/f', 0o644))).toMatchObject({ code: 'ENOENT', message: '/no: no such directory' });
  });

  it('saveFile: the old file kept as the backup (the same inode), the new one with its mode and owner, recorded', () => {
    const d = fresh();
    const f = join(d, 'f');
    fs.writeFileSync(f, 'old');
    fs.chmodSync(f, 0o640);
    if (asRoot) fs.chownSync(f, 4321, 4322);
    const ino = fs.statSync(f).ino;
    const host = new NodeHost();
    host.readFile(f);
    host.saveFile(f, bytes('new'), join(d, 'f.cfsaved'));
    expect(fs.readFileSync(f, 'utf8')).toBe('new');
    expect(fs.statSync(f).mode & 0o7777).toBe(0o640);
    if (asRoot) expect(fs.statSync(f)).toMatchObject({ uid: 4321, gid: 4322 });
    expect(fs.statSync(join(d, 'f.cfsaved')).ino).toBe(ino);
    expect(fs.readFileSync(join(d, 'f.cfsaved'), 'utf8')).toBe('old');
    expect(host.saves).toEqual([{ path: f, before: bytes('old'), after: bytes('new') }]);
    // Saved again: the backup replaced by the file as it was before this save.
    host.saveFile(f, bytes('newer'), join(d, 'f.cfsaved'));
    expect(fs.readFileSync(join(d, 'f.cfsaved'), 'utf8')).toBe('new');
    // A new file: 0644, no record of a before.
    host.saveFile(join(d, 'g'), bytes('g'), null);
    expect(fs.statSync(join(d, 'g')).mode & 0o7777).toBe(0o644);
    expect(host.saves[2]).toEqual({ path: join(d, 'g'), before: null, after: bytes('g') });
  });

  it('saveFile: a file changed by another process since it was read is not saved (ECHANGED)', () => {
    const d = fresh();
    const f = join(d, 'f');
    fs.writeFileSync(f, 'one');
    const host = new NodeHost();
    host.readFile(f);
    fs.writeFileSync(join(d, 'other'), 'two, by another run');
    fs.renameSync(join(d, 'other'), f);
    expect(hostError(() => host.saveFile(f, bytes('mine'), null))).toMatchObject({ code: 'ECHANGED',
      message: `${f}: changed by another process since it was read; not saved` });
    expect(fs.readFileSync(f, 'utf8')).toBe('two, by another run');
    expect(fs.readdirSync(d)).toEqual(['f']);
    // Read again, it saves; and again after its own save (its own write is what it read).
    host.readFile(f);
    host.saveFile(f, bytes('mine'), null);
    host.saveFile(f, bytes('mine again'), null);
    expect(fs.readFileSync(f, 'utf8')).toBe('mine again');
  });

  it('no record without kept contents, nor when the file replaced cannot be kept (too big)', () => {
    const d = fresh();
    const lean = new NodeHost({ keepContents: false });
    lean.writeFile(join(d, 'a'), bytes('a'), 0o644);
    lean.saveFile(join(d, 'a'), bytes('b'), null);
    lean.wouldSave(join(d, 'a'), null, bytes('c'));
    expect(lean.saves).toEqual([]);
    const big = join(d, 'big');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_READ_BYTES + 1);
    const host = new NodeHost();
    host.writeFile(big, bytes('small now'), 0o644);
    expect(fs.readFileSync(big, 'utf8')).toBe('small now');
    expect(host.saves).toEqual([]);
    // A new file renamed over one too big to keep: its record is dropped.
    fs.truncateSync(big, MAX_READ_BYTES + 1);
    host.writeFile(join(d, 'big.cfnew'), bytes('x'), 0o644);
    expect(host.saves).toHaveLength(1);
    host.rename(join(d, 'big.cfnew'), big);
    expect(host.saves).toEqual([]);
    host.wouldSave('/w', bytes('1'), bytes('2'));
    expect(host.saves).toEqual([{ path: '/w', before: bytes('1'), after: bytes('2') }]);
  });

  it('remove: a file, an empty directory; a missing one is ENOENT', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), '');
    fs.mkdirSync(join(d, 'e'));
    const host = new NodeHost();
    host.remove(join(d, 'f'));
    host.remove(join(d, 'e'));
    expect(fs.readdirSync(d)).toEqual([]);
    expect(hostError(() => host.remove(join(d, 'f')))).toMatchObject({ code: 'ENOENT', message: `${join(d, 'f')}: no such file or directory` });
  });
});

describe('round 14 survivors of node-host.ts lines 1-559', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);
  const locks = (running: Record<string, { start: number; pid: number }>) => bytes(JSON.stringify({ last: { a: 1 }, running }));

  it('a state file that is a link is not followed (another user may have put it there)', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'elsewhere'), '{"last":{},"running":{}}');
    fs.symlinkSync(join(dir, 'elsewhere'), join(dir, 'locks'));
    expect(hostError(() => new NodeHost({ stateDir: dir }).readState('locks'))).toMatchObject({ code: 'EFAIL' });
  });

  it('a locks write left waiting keeps the bytes as given, not the core\'s memory changed after', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'locks'), locks({}));
    fs.writeFileSync(join(dir, 'f'), '');
    const host = new NodeHost({ stateDir: dir });
    host.readState('locks');
    const mine = locks({ 'files.1': { start: 5, pid: process.pid } });
    host.writeState('locks', mine);
    mine.fill(0x20); // the core reuses its memory
    host.chmod(join(dir, 'f'), 0o600);
    expect(JSON.parse(fs.readFileSync(join(dir, 'locks'), 'utf8')).running).toEqual({ 'files.1': { start: 5, pid: process.pid } });
  });

  it('a marker set and removed with no change between is never written', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'locks'), locks({}));
    fs.writeFileSync(join(dir, 'f'), '');
    const ino = fs.statSync(join(dir, 'locks')).ino;
    const host = new NodeHost({ stateDir: dir });
    host.readState('locks');
    host.writeState('locks', locks({ 'files.1': { start: 5, pid: process.pid } }));
    host.writeState('locks', locks({}));
    host.chmod(join(dir, 'f'), 0o600);
    expect(fs.statSync(join(dir, 'locks')).ino).toBe(ino);
  });

  it('another state read is not taken for the locks as known', () => {
    const dir = fresh();
    // A state of another name that happens to hold what a locks file would.
    fs.writeFileSync(join(dir, 'other'), locks({}));
    const host = new NodeHost({ stateDir: dir });
    host.readState('other');
    // No locks read yet: a marker-only write is made at once.
    host.writeState('locks', locks({ 'files.1': { start: 5, pid: process.pid } }));
    expect(fs.existsSync(join(dir, 'locks'))).toBe(true);
  });

  it('after its own locks write, a marker-only write waits (the locks as written are known)', () => {
    const dir = fresh();
    const host = new NodeHost({ stateDir: dir });
    host.readState('locks');
    host.writeState('locks', bytes('{"last":{"a":1},"running":{}}')); // stamps an atom: written at once
    const ino = fs.statSync(join(dir, 'locks')).ino;
    host.writeState('locks', locks({ 'files.1': { start: 5, pid: process.pid } }));
    expect(fs.statSync(join(dir, 'locks')).ino).toBe(ino);
  });

  it('mkdir: the mode exactly, past the umask', () => {
    const d = fresh();
    new NodeHost().mkdir(join(d, 'x'), 0o1777);
    expect(fs.statSync(join(d, 'x')).mode & 0o7777).toBe(0o1777);
  });

  it('a rename over a directory is ENOTFILE "is a directory"; a hard link to a directory is EACCES', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), '');
    fs.mkdirSync(join(d, 'dir'));
    fs.writeFileSync(join(d, 'dir', 'x'), '');
    const host = new NodeHost();
    expect(hostError(() => host.rename(join(d, 'f'), join(d, 'dir')))).toMatchObject({ code: 'ENOTFILE', message: `${join(d, 'f')}: is a directory` });
    expect(hostError(() => host.link(join(d, 'dir'), join(d, 'l')))).toMatchObject({ code: 'EACCES', message: `${join(d, 'l')}: permission denied` });
  });

  it('a rename into place finds its new file\'s record past later ones, not a record of an edit', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'a'), 'old a');
    fs.writeFileSync(join(d, 'b'), 'old b');
    const host = new NodeHost();
    host.writeFile(join(d, 'a.cfnew'), bytes('new a'), 0o644);
    host.writeFile(join(d, 'b'), bytes('new b'), 0o644);
    host.rename(join(d, 'a.cfnew'), join(d, 'a'));
    expect(host.saves).toEqual([
      { path: join(d, 'a'), before: bytes('old a'), after: bytes('new a') },
      { path: join(d, 'b'), before: bytes('old b'), after: bytes('new b') },
    ]);
    // A file renamed that this run edited (its record has a before) is not a new file put in place.
    host.rename(join(d, 'b'), join(d, 'c'));
    expect(host.saves[1].path).toBe(join(d, 'b'));
  });

  it('under a root, a chmod in another directory than the one listed last changes that one', () => {
    const root = fresh();
    fs.mkdirSync(join(root, 'a'));
    fs.mkdirSync(join(root, 'b'));
    fs.writeFileSync(join(root, 'a', 'x'), '');
    fs.writeFileSync(join(root, 'b', 'x'), '');
    fs.chmodSync(join(root, 'a', 'x'), 0o644);
    const host = new NodeHost({ root });
    host.listStatRecords('/a');
    host.chmod('/b/x', 0o600);
    expect(fs.statSync(join(root, 'b', 'x')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(join(root, 'a', 'x')).mode & 0o777).toBe(0o644);
  });

  it('accounts: a root with a passwd and no group file has no groups', () => {
    const root = fresh();
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'passwd'), 'alice:x:1234:99::/home/alice:/bin/sh\n');
    const accounts = new NodeHost({ root }).accounts();
    expect(accounts.users.map(u => u.name)).toEqual(['alice']);
    expect(JSON.stringify(accounts)).not.toContain('root');
  });
});

/** Makes a FIFO at `path` (mkfifo(1)); false where that cannot be done. */
function spawnFifo(path: string): boolean {
  return new NodeHost().exec(`mkfifo '${path}'`).status === 0;
}

describe('round 15 survivors of node-host.ts lines 572-700', () => {
  const bytes = (t: string) => new TextEncoder().encode(t);

  it('a rename into place takes its own new file\'s record, not the last new file\'s; nothing for a file it did not write', () => {
    const d = fresh();
    const host = new NodeHost();
    host.writeFile(join(d, 'a.cfnew'), bytes('new a'), 0o644);
    host.writeFile(join(d, 'b.cfnew'), bytes('new b'), 0o644);
    host.rename(join(d, 'a.cfnew'), join(d, 'a'));
    expect(host.saves.map((r) => r.path)).toEqual([join(d, 'a'), join(d, 'b.cfnew')]);
    const e = fresh();
    fs.writeFileSync(join(e, 'edited'), 'old');
    fs.writeFileSync(join(e, 'other'), 'o');
    const edits = new NodeHost();
    edits.writeFile(join(e, 'edited'), bytes('new'), 0o644);
    edits.rename(join(e, 'other'), join(e, 'moved'));
    expect(edits.saves).toEqual([{ path: join(e, 'edited'), before: bytes('old'), after: bytes('new') }]);
  });

  it('remove of a listed entry in a directory others may write: only the inode listed (EACCES, kept), a directory by rmdir, no descriptor left', () => {
    const d = fresh();
    fs.chmodSync(d, 0o777); // not guarded: the entry is removed through the directory pinned
    fs.writeFileSync(join(d, 'f'), '');
    fs.mkdirSync(join(d, 'e'));
    const ino = (p: string) => fs.lstatSync(p).ino;
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const host = new NodeHost();
    const before = open();
    expect(hostError(() => host.remove(join(d, 'f'), ino(join(d, 'f')) + 1))).toMatchObject({ code: 'EACCES',
      message: `${join(d, 'f')}: not the file listed a moment ago (a link put on the way?); not removed` });
    expect(fs.existsSync(join(d, 'f'))).toBe(true);
    host.remove(join(d, 'e'), ino(join(d, 'e')));
    host.remove(join(d, 'f'), ino(join(d, 'f')));
    expect(fs.readdirSync(d)).toEqual([]);
    expect(open()).toBe(before);
  });

  it('keepContents given as true: a write keeps the file\'s old contents in its record, as by default', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'f'), 'old');
    const host = new NodeHost({ keepContents: true });
    host.writeFile(join(d, 'f'), bytes('new'), 0o644);
    expect(host.saves).toEqual([{ path: join(d, 'f'), before: bytes('old'), after: bytes('new') }]);
  });
});

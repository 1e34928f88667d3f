/**
 * Lint's trial host call by call (host/lint/trial-host.ts): what it answers itself, as the memory
 * host would, and what makes it give up (outOfDepth, with the first reason) so the trial is run
 * again on the memory host. A run compares only the results, which are the memory host's either
 * way, so these were unchecked (the survivors of `npm run mutate host/lint/trial-host.ts`).
 */
import { describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { TrialHost } from '../../host/lint/trial-host.js';

const NOW = 1_700_000_000;
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const host = () => new TrialHost({ '/etc/motd': bytes('hello\n'), '/etc/app/conf': bytes('a=1\n') }, NOW);

/** The error `call` throws (it must throw). */
function thrown(call: () => unknown): HostError {
  try {
    call();
  } catch (e) {
    return e as HostError;
  }
  throw new Error('no error thrown');
}

describe('TrialHost answers the calls of an editfiles run itself', () => {
  it('stat: files with their size, directories (made for the files) with 0, missing ones as none', () => {
    const h = host();
    expect(h.stat('/etc/motd')).toMatchObject({ type: 'file', mode: 0o644, size: 6, uid: 0, gid: 0, mtime: NOW });
    expect(h.stat('/etc/app')).toMatchObject({ type: 'dir', mode: 0o755, size: 0 });
    expect(h.stat('/')).toMatchObject({ type: 'dir', mode: 0o755 });
    expect(h.stat('/etc/none').type).toBe('none');
    // Each entry its own inode.
    expect(new Set(['/', '/etc', '/etc/app', '/etc/motd', '/etc/app/conf'].map(p => h.stat(p).ino)).size).toBe(5);
    expect(h.outOfDepth).toBe(null);
  });

  it('read: a file\'s bytes; a missing file and a directory are errors of their own kind', () => {
    const h = host();
    expect(text(h.readFile('/etc/motd'))).toBe('hello\n');
    expect(thrown(() => h.readFile('/etc/none'))).toMatchObject({ code: 'ENOENT', message: '/etc/none: no such file' });
    expect(thrown(() => h.readFile('/etc/app'))).toMatchObject({ code: 'ENOTFILE', message: '/etc/app: not a regular file' });
    expect(h.outOfDepth).toBe(null);
  });

  it('save with a backup: the old file (same inode) at the backup, the new one made anew, every time the run\'s', () => {
    const h = new TrialHost({ '/etc/motd': bytes('hello\n'), '/var/b/x': bytes('') }, NOW - 100);
    const old = h.stat('/etc/motd');
    h.saveFile('/etc/motd', bytes('bye\n'), '/var/b/motd');
    expect(text(h.readFile('/etc/motd'))).toBe('bye\n');
    expect(text(h.readFile('/var/b/motd'))).toBe('hello\n');
    expect(h.stat('/var/b/motd').ino).toBe(old.ino);
    expect(h.stat('/etc/motd').ino).not.toBe(old.ino);
    expect(h.stat('/etc/motd')).toMatchObject({ mode: 0o644, uid: 0, gid: 0, size: 4 });
    expect(Object.keys(h.files())).toEqual(['/etc/motd', '/var/b/motd', '/var/b/x']);
    // Every time is the run's clock, touched or not (the memory host's ctime option: no real clock).
    expect([h.stat('/etc').ctime, h.stat('/var/b').ctime, h.stat('/var').ctime]).toEqual([NOW - 100, NOW - 100, NOW - 100]);
    expect(h.outOfDepth).toBe(null);
  });

  it('save into a missing directory is ENOENT naming it; a new file without a backup is just made', () => {
    const h = host();
    expect(thrown(() => h.saveFile('/opt/x/f', bytes('x'), null))).toMatchObject({ code: 'ENOENT', message: '/opt/x: no such directory' });
    expect(thrown(() => h.saveFile('/etc/motd', bytes('x'), '/opt/x/motd'))).toMatchObject({ code: 'ENOENT', message: '/opt/x: no such directory' });
    h.saveFile('/etc/new', bytes('n\n'), '/etc/new.bak');
    h.saveFile('/top', bytes('t'), null);
    expect(Object.keys(h.files())).toEqual(['/etc/app/conf', '/etc/motd', '/etc/new', '/top']);
    expect(new TrialHost({}, NOW).stat('/').type).toBe('dir');
    expect(h.outOfDepth).toBe(null);
  });

  it('touch and remove: a file; missing ones are ENOENT', () => {
    const h = host();
    h.touch('/etc/motd');
    h.remove('/etc/app/conf');
    expect(Object.keys(h.files())).toEqual(['/etc/motd']);
    expect(thrown(() => h.touch('/etc/none'))).toMatchObject({ code: 'ENOENT', message: '/etc/none: no such file' });
    expect(thrown(() => h.remove('/etc/none'))).toMatchObject({ code: 'ENOENT', message: '/etc/none: no such file' });
    expect(h.accounts().users.length).toBeGreaterThan(0);
    expect(h.outOfDepth).toBe(null);
  });
});

describe('TrialHost gives up on anything else, with its first reason', () => {
  const cases: [string, (h: TrialHost) => unknown][] = [
    ['list /etc', h => h.list('/etc')],
    ['list /etc', h => h.listStat('/etc')],
    ['create /etc/x', h => h.createFile('/etc/x')],
    ['chmod /etc/motd', h => h.chmod('/etc/motd')],
    ['chown /etc/motd', h => h.chown('/etc/motd')],
    ['mkdir /etc/d', h => h.mkdir('/etc/d')],
    ['symlink /etc/l', h => h.symlink('/x', '/etc/l')],
    ['readlink /etc/motd', h => h.readlink('/etc/motd')],
    ['link /etc/l', h => h.link('/x', '/etc/l')],
    ['rename /etc/motd', h => h.rename('/etc/motd')],
    ['write /etc/motd', h => h.writeFile('/etc/motd')],
    ['free space of /etc', h => h.freeSpace('/etc')],
    ['remove the directory /etc/app', h => h.remove('/etc/app')],
    ['save over the directory /etc/app', h => h.saveFile('/etc/app', bytes('x'), null)],
    ['the backup /etc/motd', h => h.saveFile('/etc/motd', bytes('x'), '/etc/motd')],
    ['the backup /etc/app', h => h.saveFile('/etc/motd', bytes('x'), '/etc/app')],
    ['stat /etc/../etc/motd', h => h.stat('/etc/../etc/motd')],
    ['read /etc/./motd', h => h.readFile('/etc/./motd')],
    ['touch /etc//motd', h => h.touch('/etc//motd')],
    ['save /etc/.', h => h.saveFile('/etc/./x', bytes('x'), null)],
    ['save /etc/..', h => h.saveFile('/etc/../motd', bytes('x'), null)],
    ['backup /etc/.', h => h.saveFile('/etc/motd', bytes('x'), '/etc/./b')],
    ['backup /etc/..', h => h.saveFile('/etc/motd', bytes('x'), '/etc/../b')],
    ['save /etc/app/..', h => h.saveFile('/etc/app/..', bytes('x'), null)],
    ['backup /etc/app/..', h => h.saveFile('/etc/motd', bytes('x'), '/etc/app/..')],
    ['remove /etc/./motd', h => h.remove('/etc/./motd')],
    ['remote copy /etc/motd', h => h.remoteCopy({} as never, '/etc/motd')],
    ['remote stat /etc/motd', h => h.remoteStat({} as never, '/etc/motd')],
    ['remote list /etc', h => h.remoteList({} as never, '/etc')],
    ['remote read /etc/motd', h => h.remoteRead({} as never, '/etc/motd')],
    ['remote compare /etc/motd', h => h.remoteDiffers({} as never, '/etc/motd')],
  ];
  for (const [reason, call] of cases) {
    it(reason, () => {
      const h = host();
      expect(thrown(() => call(h))).toMatchObject({ code: 'EFAIL', message: `${reason}: not in lint's trial host` });
      expect(h.outOfDepth).toBe(reason);
      // The first reason is kept.
      thrown(() => h.chmod('/etc/motd'));
      expect(h.outOfDepth).toBe(reason);
    });
  }

  it('a save beside a temp of its own name, a file of a name it cannot hold, and accounts read from /etc/passwd', () => {
    const temp = new TrialHost({ '/etc/.cfwasm-motd.tmp': bytes(''), '/etc/motd': bytes('') }, NOW);
    expect(thrown(() => temp.saveFile('/etc/motd', bytes('x'), null)).message).toBe("save beside /etc/.cfwasm-motd.tmp: not in lint's trial host");
    expect(new TrialHost({ '/etc/../x': bytes('') }, NOW).outOfDepth).toBe('the path /etc/../x');
    const accounts = new TrialHost({ '/etc/passwd': bytes('root:x:0:0::/root:/bin/sh\n') }, NOW);
    expect(thrown(() => accounts.accounts()).message).toBe("the accounts of /etc/passwd: not in lint's trial host");
  });
});

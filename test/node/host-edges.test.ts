/**
 * NodeHost's calls of node-host.ts lines 701-1228 that round 17's first Stryker run left
 * undetected: descriptors closed after a read, whatever its outcome; a listing sorted whatever
 * order the directory gives; a directory read ahead taken as read then, not read again; and, in
 * a fresh module instance with byte-fs.ts wrapped (vi.doMock), which writes are synced (a file
 * replaced, never a new one), that a copy without kept contents streams the file instead of
 * reading it whole, and the read limit at its exact bound.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HostError, MAX_READ_BYTES } from '../../host/core/host-interface.js';
import { ListingAhead, readDirRecords } from '../../host/node/dir-listing.js';
import { NodeHost } from '../../host/node/node-host.js';
import { hostOver, undoHostOver } from '../support/host-over.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-host-edges-');
afterEach(undoHostOver);

const openFds = () => fs.readdirSync('/proc/self/fd').length;
const text = (s: string) => new TextEncoder().encode(s);

describe('reads close their descriptor', () => {
  it('readFile, readFileInto and sameContents: as many open after as before, read or refused', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'a'), 'same');
    fs.writeFileSync(join(d, 'b'), 'same');
    const host = new NodeHost();
    const before = openFds();
    expect(Buffer.from(host.readFile(join(d, 'a'))).toString()).toBe('same');
    expect(host.readFileInto(join(d, 'a'), new Uint8Array(4))).toBe(4);
    expect(host.sameContents(join(d, 'a'), join(d, 'b'))).toBe(true);
    expect(() => host.readFile(d)).toThrow(HostError); // a directory: opened, then refused
    expect(openFds()).toBe(before);
  });
});

describe('list', () => {
  it('sorted as JavaScript compares names (UTF-16 units, as the memory hosts sort), not in the bytes\' order the directory gives', () => {
    const d = fresh();
    // U+FF01 is EF BC 81 in UTF-8, U+1F600 F0 9F 98 80: bytes put the first first, UTF-16 units
    // (D83D DE00 against FF01) the second.
    const names = ['b', '\uff01', '\u{1f600}', 'A', '_', ...Array.from({ length: 40 }, (_, i) => `n${(i * 37) % 41}`)];
    for (const name of names) fs.writeFileSync(join(d, name), '');
    const got = new NodeHost().list(d).map((e) => e.name);
    expect(got).toEqual([...names].sort());
    const byBytes = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(got).not.toEqual(byBytes);
  });
});

describe('listStatRecords and the read-ahead', () => {
  it('a directory read ahead is given as read then: a file made after is not in it', () => {
    const d = fresh();
    for (const dir of ['a', 'b']) fs.mkdirSync(join(d, dir));
    fs.writeFileSync(join(d, 'b', 'old'), 'x');
    const host = new NodeHost();
    // Workers from the first directory named (the host's own start after a few).
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    (host as unknown as { readAhead: ListingAhead }).readAhead.close();
    (host as unknown as { readAhead: ListingAhead }).readAhead = ahead;
    try {
      const asRead = readDirRecords(join(d, 'b'));
      host.listStatRecords(join(d, 'a'), [join(d, 'b')]);
      const deadline = Date.now() + 20_000;
      const nap = new Int32Array(new SharedArrayBuffer(4));
      while (!ahead.settled()) {
        if (Date.now() > deadline) throw new Error('the read-ahead did not finish within 20 s');
        Atomics.wait(nap, 0, 0, 10);
      }
      fs.writeFileSync(join(d, 'b', 'new'), 'y');
      expect(Buffer.from(host.listStatRecords(join(d, 'b')))).toEqual(Buffer.from(asRead));
      expect(ahead.counts.byWorkers).toBe(1);
      // Asked again: read now, with the new file.
      expect(Buffer.from(host.listStatRecords(join(d, 'b')))).toEqual(Buffer.from(readDirRecords(join(d, 'b'))));
      expect(Buffer.from(readDirRecords(join(d, 'b')))).not.toEqual(Buffer.from(asRead));
      // The run's end lets the reading threads go.
      const workers = () => (ahead as unknown as { workers: unknown[] }).workers.length;
      expect(workers()).toBe(1);
      host.runEnded();
      expect(workers()).toBe(0);
    } finally {
      host.runEnded();
    }
  });
});


describe('writes over a wrapped byte-fs.ts (fresh modules)', () => {
  it('writeFile syncs a file it replaces, never a new one; with or without kept contents', async () => {
    let syncs = 0;
    const Host = await hostOver((real) => ({ fsyncSync: (fd: number) => { syncs++; real.fsyncSync(fd); } }));
    const d = fresh();
    const counted = (f: () => void) => {
      const before = syncs;
      f();
      return syncs - before;
    };
    for (const keepContents of [true, false]) {
      const host = new Host({ keepContents });
      const p = join(d, `f-${keepContents}`);
      expect(counted(() => host.writeFile(p, text('new'), 0o644)), `new, keepContents ${keepContents}`).toBe(0);
      expect(counted(() => host.writeFile(p, text('replaced'), 0o644)), `replaced, keepContents ${keepContents}`).toBe(1);
      expect(fs.readFileSync(p, 'utf8')).toBe('replaced');
    }
  });

  it('copyFile without kept contents streams the file (never read whole); with them, reads it whole', async () => {
    const wholeReads: unknown[] = [];
    const Host = await hostOver((real) => ({
      readFileSync: (p: string | number, ...rest: unknown[]) => {
        wholeReads.push(p);
        return (real.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
      },
    }));
    const d = fresh();
    fs.writeFileSync(join(d, 'src'), 'payload');
    new Host({ keepContents: false }).copyFile(join(d, 'src'), join(d, 'streamed'), 0o600);
    expect(wholeReads).toEqual([]);
    new Host().copyFile(join(d, 'src'), join(d, 'whole'), 0o600);
    expect(wholeReads).toHaveLength(1);
    for (const f of ['streamed', 'whole']) {
      expect(fs.readFileSync(join(d, f), 'utf8')).toBe('payload');
      expect(fs.statSync(join(d, f)).mode & 0o7777).toBe(0o600);
    }
  });

  it('readFile: a file of MAX_READ_BYTES exactly (as fstat says) is read; one byte more is refused', async () => {
    const d = fresh();
    const sizes = new Map([[join(d, 'at'), MAX_READ_BYTES], [join(d, 'past'), MAX_READ_BYTES + 1]]);
    const Host = await hostOver((real) => ({
      fstatSync: (fd: number, options?: { bigint: true }) => {
        const st = (real.fstatSync as (fd: number, o?: unknown) => fs.BigIntStats)(fd, options);
        const claimed = sizes.get(fs.readlinkSync(`/proc/self/fd/${fd}`));
        if (claimed === undefined || !options?.bigint) return st;
        return Object.assign(Object.create(Object.getPrototypeOf(st)), st, { size: BigInt(claimed) });
      },
    }));
    for (const p of sizes.keys()) fs.writeFileSync(p, 'small');
    const host = new Host();
    expect(Buffer.from(host.readFile(join(d, 'at'))).toString()).toBe('small');
    expect(() => host.readFile(join(d, 'past'))).toThrow(`too big: ${MAX_READ_BYTES + 1} bytes (the core reads at most ${MAX_READ_BYTES} bytes)`);
  });
});

/** Lines 925-1228 (round 17's second range). */
describe('backups', () => {
  it('a backup named as the file itself: nothing kept aside, the file saved', () => {
    const d = fresh();
    const p = join(d, 'f');
    fs.writeFileSync(p, 'old');
    new NodeHost().saveFile(p, text('new'), p);
    expect(fs.readFileSync(p, 'utf8')).toBe('new');
    expect(fs.readdirSync(d)).toEqual(['f']);
  });

  it('an older backup is replaced by the file itself (its inode), not by a copy', () => {
    const d = fresh();
    const p = join(d, 'f');
    fs.writeFileSync(p, 'one');
    const host = new NodeHost();
    host.saveFile(p, text('two'), `${p}.cfsaved`);
    const ino = fs.statSync(p).ino;
    host.saveFile(p, text('three'), `${p}.cfsaved`);
    expect(fs.readFileSync(`${p}.cfsaved`, 'utf8')).toBe('two');
    expect(fs.statSync(`${p}.cfsaved`).ino).toBe(ino);
  });

  it('a backup on another file system (no hard link there): a copy with the old mode and owner', () => {
    const d = fresh();
    const other = fs.mkdtempSync('/dev/shm/cfwasm-host-edges-');
    try {
      expect(fs.statSync(other).dev).not.toBe(fs.statSync(d).dev);
      const p = join(d, 'f');
      fs.writeFileSync(p, 'old');
      fs.chmodSync(p, 0o640);
      fs.chownSync(p, 12345, 23456);
      new NodeHost().saveFile(p, text('new'), join(other, 'f.cfsaved'));
      expect(fs.readFileSync(p, 'utf8')).toBe('new');
      const kept = fs.statSync(join(other, 'f.cfsaved'));
      expect(fs.readFileSync(join(other, 'f.cfsaved'), 'utf8')).toBe('old');
      expect([kept.mode & 0o7777, kept.uid, kept.gid]).toEqual([0o640, 12345, 23456]);
      // A directory where the backup goes: it cannot be kept; the file is left as it was.
      fs.mkdirSync(join(other, 'g.cfsaved'));
      fs.writeFileSync(join(d, 'g'), 'old g');
      const e = (() => {
        try {
          new NodeHost().saveFile(join(d, 'g'), text('new g'), join(other, 'g.cfsaved'));
        } catch (x) {
          return x as HostError;
        }
        throw new Error('saved');
      })();
      expect(e).toBeInstanceOf(HostError);
      expect(e.code).toBe('EFAIL');
      expect(e.message).toMatch(new RegExp(`^the old file cannot be kept as ${join(other, 'g.cfsaved')} \\(.+\\); left unchanged$`));
      expect(fs.readFileSync(join(d, 'g'), 'utf8')).toBe('old g');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('a backup in a directory that is not there: ENOENT naming it, nothing written', () => {
    const d = fresh();
    const p = join(d, 'f');
    fs.writeFileSync(p, 'old');
    expect(() => new NodeHost().saveFile(p, text('new'), join(d, 'repo', 'f.cfsaved'))).toThrow(`${join(d, 'repo')}: no such directory`);
    expect(fs.readFileSync(p, 'utf8')).toBe('old');
    expect(fs.readdirSync(d)).toEqual(['f']);
  });
});

describe('createFile and the checks before a change', () => {
  it('createFile leaves no descriptor open', () => {
    const d = fresh();
    const host = new NodeHost();
    const before = openFds();
    host.createFile(join(d, 'new'), 0o640);
    expect(openFds()).toBe(before);
    expect(fs.statSync(join(d, 'new')).mode & 0o7777).toBe(0o640);
  });

  it('mayChange refuses a path through a link another user planted; a plain one passes', () => {
    const d = fresh();
    fs.mkdirSync(join(d, 'target'));
    fs.mkdirSync(join(d, 'shared'));
    fs.chmodSync(join(d, 'shared'), 0o1777); // as /tmp: anyone may put a link there
    fs.symlinkSync(join(d, 'target'), join(d, 'shared', 'planted'));
    fs.lchownSync(join(d, 'shared', 'planted'), 12345, 12345);
    const host = new NodeHost();
    expect(() => host.mayChange(join(d, 'target', 'x'))).not.toThrow();
    expect(() => host.mayChange(join(d, 'shared', 'planted', 'x'))).toThrow(HostError);
  });

  it('refusesLinkAt: a name in a directory others may write, without a root; never one under a root, nor in a guarded directory', () => {
    const d = fresh();
    fs.mkdirSync(join(d, 'open'));
    fs.chmodSync(join(d, 'open'), 0o777);
    fs.mkdirSync(join(d, 'closed'), { mode: 0o755 });
    const host = new NodeHost();
    expect(host.refusesLinkAt(join(d, 'open', 'x'))).toBe(true);
    expect(host.refusesLinkAt(join(d, 'closed', 'x'))).toBe(false);
    expect(new NodeHost({ root: d }).refusesLinkAt('/open/x')).toBe(false);
  });
});

describe('the process table', () => {
  it('only processes (numeric names of /proc), each line its user, pid and command line with spaces, a user without a name by uid', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn('/bin/sleep', ['30', '30'], { uid: 12345, gid: 12345, stdio: 'ignore' });
    try {
      const deadline = Date.now() + 10_000;
      while (!fs.readFileSync(`/proc/${child.pid}/cmdline`, 'latin1').startsWith('/bin/sleep')) {
        if (Date.now() > deadline) throw new Error('the child did not start');
        await new Promise((r) => setTimeout(r, 10));
      }
      const table = new NodeHost().processes();
      expect(table.every((p) => Number.isInteger(p.pid) && p.pid > 0)).toBe(true);
      expect(table.find((p) => p.pid === child.pid)?.line).toBe(`12345 ${child.pid} /bin/sleep 30 30`);
      // (A worker's title may be padded with NULs: all of those at the end go.)
      let own = fs.readFileSync('/proc/self/cmdline', 'latin1');
      while (own.endsWith('\0')) own = own.slice(0, -1);
      own = own.split('\0').join(' ');
      expect(table.find((p) => p.pid === process.pid)?.line).toBe(`root ${process.pid} ${own}`);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('commands, round 17', () => {
  const host = new NodeHost();

  it('useshell=false splits on runs of blanks: no empty word between two spaces', () => {
    expect(host.exec('printf [%s] a  b   c', { useShell: false })).toEqual({ status: 0, output: '[a][b][c]' });
  });

  it('the shell\'s own messages name it: cfwasm without a shell between, /bin/sh with paths given', () => {
    expect(host.exec('cfwasm-no-such-command x', { useShell: false })).toEqual({ status: 127, output: 'cfwasm: 1: exec: cfwasm-no-such-command: not found\n' });
    const d = fresh();
    const r = host.exec('cfwasm-no-such-command "$1"', { paths: [d] });
    expect(r).toEqual({ status: 127, output: '/bin/sh: 1: cfwasm-no-such-command: not found\n' });
    expect(host.exec('echo "$1"', { paths: [d] }).output).toBe(`${d}\n`);
  });

  it('as root, uid and gid are the command\'s', () => {
    expect(host.exec('id -u; id -g', { uid: 12345, gid: 23456 })).toEqual({ status: 0, output: '12345\n23456\n' });
  });

  it('a command that cannot start (its directory missing) is not taken for one past its time', () => {
    const d = fresh();
    const r = host.exec('true', { cwd: join(d, 'missing'), timeout: 5 });
    expect(r.output).not.toContain('killed after');
    expect(r.status).not.toBe(124);
  });

  it('without a state directory, the output goes to a private cfwasm-exec- directory, removed after', () => {
    const d = fresh();
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = d;
    try {
      const r = host.exec('readlink /proc/self/fd/1');
      expect(r.output).toMatch(new RegExp(`^${d}/cfwasm-exec-[^/]+/`));
      expect(fs.readdirSync(d)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('with a state directory (even an empty one), the output goes there, and the directory stays', () => {
    const d = fresh();
    const state = join(d, 'state');
    fs.mkdirSync(state, { mode: 0o700 });
    const r = new NodeHost({ stateDir: state }).exec('readlink /proc/self/fd/1');
    expect(r.output.startsWith(`${state}/`)).toBe(true);
    expect(fs.readdirSync(state)).toEqual([]);
  });
});

describe('state files, round 17 (lines 551-571)', () => {
  it('one too big is refused unread, named as a state file', () => {
    const state = fresh();
    fs.chmodSync(state, 0o700);
    const p = join(state, 'big');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, (64 << 20) + 1); // sparse: no space taken
    const e = (() => {
      try {
        new NodeHost({ stateDir: state }).readState('big');
      } catch (x) {
        return x as HostError;
      }
      throw new Error('read');
    })();
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe('EFAIL');
    expect(e.message).toMatch(/too big for a state file/);
  });
});

/**
 * The bounded reader in process (host/node/bounded-read.ts): the CLI tests run it in a child
 * process; these call it directly, so every limit and message is pinned where it is made — a
 * regular file of at most the limit, each refusal one line `PATH: cannot read: WHY`.
 */
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_POLICY_BYTES, readBounded, readBoundedIfExists, readPolicyBytes, shownPath, UnreadableFile, why,
} from '../../host/node/bounded-read.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-bounded-inproc-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const KEY = { what: 'a key' };

/** The UnreadableFile `f` throws (fails the test if it returns). */
function refusal(f: () => unknown): UnreadableFile {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFile);
    return e as UnreadableFile;
  }
  throw new Error('expected a refusal');
}

describe('readBounded', () => {
  it('reads a file of exactly the limit; one byte more is too big, in KiB or MiB as the limit is', () => {
    const path = join(base, 'exact');
    fs.writeFileSync(path, 'x'.repeat(1024));
    expect(readBounded(path, 1024, KEY).toString()).toBe('x'.repeat(1024));
    expect(refusal(() => readBounded(path, 1023, KEY)).message).toBe(`${path}: cannot read: larger than 0.9990234375 KiB, too big for a key`);
    fs.writeFileSync(path, 'x'.repeat(1025));
    expect(refusal(() => readBounded(path, 1024, KEY)).message).toBe(`${path}: cannot read: larger than 1 KiB, too big for a key`);
    expect(readBounded(path, 1 << 20, KEY).length).toBe(1025);
  });

  it('reads a file larger than one read chunk (1 MiB) whole, byte for byte', () => {
    const path = join(base, 'big');
    const bytes = Buffer.alloc(2.5 * (1 << 20) + 7);
    for (let i = 0; i < bytes.length; i += 4093) bytes[i] = (i / 4093) & 0xff;
    fs.writeFileSync(path, bytes);
    expect(readBounded(path, 4 << 20, KEY).equals(bytes)).toBe(true);
    expect(refusal(() => readBounded(path, 2 << 20, KEY)).message).toBe(`${path}: cannot read: larger than 2 MiB, too big for a key`);
  });

  it('reads a small file into buffers of about its size, not a megabyte per read (lint reads thousands)', () => {
    const path = join(base, 'small');
    fs.writeFileSync(path, 'control:\n');
    const sizes: number[] = [];
    const allocUnsafe = Buffer.allocUnsafe;
    Buffer.allocUnsafe = (size: number) => {
      sizes.push(size);
      return allocUnsafe(size);
    };
    try {
      expect(readPolicyBytes(path).toString()).toBe('control:\n');
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
    }
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(1 << 16);
  });

  it('a limit of exactly 1 MiB is said in MiB', () => {
    const path = join(base, 'mib');
    fs.closeSync(fs.openSync(path, 'w'));
    fs.truncateSync(path, (1 << 20) + 1);
    expect(refusal(() => readBounded(path, 1 << 20, KEY)).message).toBe(`${path}: cannot read: larger than 1 MiB, too big for a key`);
  });

  it('leaves no descriptor open, whether it reads or refuses', () => {
    const path = join(base, 'small');
    fs.writeFileSync(path, 'small');
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 20; i++) {
      expect(readBounded(path, 10, KEY).toString()).toBe('small');
      refusal(() => readBounded(path, 2, KEY));
      refusal(() => readBounded(base, 10, KEY));
    }
    expect(open()).toBe(before);
  });

  it('a file whose size says 0 but that holds more (/proc) is bounded by what is read', () => {
    expect(fs.statSync('/proc/self/status').size).toBe(0);
    expect(refusal(() => readBounded('/proc/self/status', 16, KEY)).message)
      .toBe('/proc/self/status: cannot read: larger than 0.015625 KiB, too big for a key');
    expect(readBounded('/proc/self/status', 1 << 20, KEY).toString()).toMatch(/^Name:/);
  });

  it('a policy may be 16 MiB, not one byte more (a sparse file: its size alone refuses it)', () => {
    expect(MAX_POLICY_BYTES).toBe(16 << 20);
    const path = join(base, 'huge.cf');
    fs.closeSync(fs.openSync(path, 'w'));
    fs.truncateSync(path, MAX_POLICY_BYTES + 1);
    expect(refusal(() => readPolicyBytes(path)).message).toBe(`${path}: cannot read: larger than 16 MiB, too big for a policy`);
    fs.truncateSync(path, 3);
    expect([...readPolicyBytes(path)]).toEqual([0, 0, 0]);
  });

  it('refuses a directory, a FIFO and a device at once, each in one line', () => {
    const fifo = join(base, 'fifo');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(() => readBounded(base, 10, KEY)).message).toBe(`${base}: cannot read: is a directory`);
    expect(refusal(() => readBounded(fifo, 10, KEY)).message).toBe(`${fifo}: cannot read: not a regular file (a device, FIFO or socket)`);
    expect(refusal(() => readBounded('/dev/zero', 10, KEY)).message).toBe('/dev/zero: cannot read: not a regular file (a device, FIFO or socket)');
  });

  it('says why it cannot open, with the errno code kept', () => {
    const file = join(base, 'plain');
    fs.writeFileSync(file, 'p');
    const missing = refusal(() => readBounded(join(base, 'nothing'), 10, KEY));
    expect(missing.message).toBe(`${join(base, 'nothing')}: cannot read: no such file`);
    expect(missing.code).toBe('ENOENT');
    const notDir = refusal(() => readBounded(`${file}/x`, 10, KEY));
    expect(notDir.message).toBe(`${file}/x: cannot read: no such file (a part of the path is not a directory)`);
    expect(notDir.code).toBe('ENOTDIR');
    const long = join(base, 'n'.repeat(300));
    expect(refusal(() => readBounded(long, 10, KEY)).message).toBe(`${shownPath(long)}: cannot read: name too long`);
  });

  it('follows a link unless noFollow, which refuses it by name', () => {
    const target = join(base, 'target');
    const link = join(base, 'link');
    fs.writeFileSync(target, 't');
    fs.symlinkSync(target, link);
    expect(readBounded(link, 10, KEY).toString()).toBe('t');
    const e = refusal(() => readBounded(link, 10, { ...KEY, noFollow: true }));
    expect(e.message).toBe(`${link}: cannot read: is a symbolic link`);
    expect(e.code).toBe('ELOOP');
  });
});

describe('readBounded: how much it reads at a time', () => {
  /**
   * The sizes of the buffers readBounded reads into while `f` runs (Buffer.allocUnsafe watched):
   * all it allocates but Buffer.concat's result, of the length read, when there is one (bytes
   * read by more than one read; those of one read are its buffer's).
   */
  function reads(f: () => Buffer | undefined): number[] {
    const sizes: number[] = [];
    const { allocUnsafe, concat } = Buffer;
    let joined = false;
    Buffer.allocUnsafe = (size: number) => {
      sizes.push(size);
      return allocUnsafe(size);
    };
    Buffer.concat = (...args: Parameters<typeof Buffer.concat>) => {
      joined = true;
      return concat(...args);
    };
    let got: Buffer | undefined;
    try {
      got = f();
    } finally {
      Buffer.allocUnsafe = allocUnsafe;
      Buffer.concat = concat;
    }
    if (got === undefined || !joined) return sizes;
    expect(sizes.at(-1)).toBe(got.length);
    return sizes.slice(0, -1);
  }

  it('a file of known size: one read of its size and a byte, then one small read that finds the end', () => {
    const path = join(base, 'known');
    fs.writeFileSync(path, Buffer.alloc(100_000, 7));
    expect(reads(() => readBounded(path, 1 << 20, KEY))).toEqual([100_001, 4095]);
  });

  it('no read asks past the limit and a byte: a file just under it, and one of exactly the limit, still checked for more', () => {
    const path = join(base, 'under');
    fs.writeFileSync(path, 'x'.repeat(10));
    expect(reads(() => readBounded(path, 12, KEY))).toEqual([13, 3]);
    fs.writeFileSync(path, 'x'.repeat(12));
    expect(reads(() => readBounded(path, 12, KEY))).toEqual([13, 1]);
  });

  it('a file past 1 MiB: reads of 1 MiB while they come back full, then the small one at the end', () => {
    const path = join(base, 'past-mib');
    fs.writeFileSync(path, Buffer.alloc(2.5 * (1 << 20) + 7, 1));
    expect(reads(() => readBounded(path, 4 << 20, KEY))).toEqual([1 << 20, 1 << 20, 1 << 20, 4095]);
  });

  it('a file larger than the limit by its size is refused without reading it', () => {
    const path = join(base, 'sparse-big');
    fs.closeSync(fs.openSync(path, 'w'));
    fs.truncateSync(path, 1 << 20);
    expect(reads(() => {
      expect(refusal(() => readBounded(path, 1000, KEY)).message).toBe(`${path}: cannot read: larger than 0.9765625 KiB, too big for a key`);
      return undefined;
    })).toEqual([]);
  });

  it('an empty name is no file (standard input is only \'-\')', () => {
    const e = refusal(() => readBounded('', 10, KEY));
    expect(e.message).toBe(': cannot read: no such file');
    expect(e.code).toBe('ENOENT');
  });
});

describe('readBoundedIfExists', () => {
  it('null for a missing file only; a file is read, anything else still refused', () => {
    expect(readBoundedIfExists(join(base, 'absent'), 10, KEY)).toBeNull();
    fs.writeFileSync(join(base, 'present'), 'here');
    expect(readBoundedIfExists(join(base, 'present'), 10, KEY)!.toString()).toBe('here');
    expect(refusal(() => readBoundedIfExists(base, 10, KEY)).message).toBe(`${base}: cannot read: is a directory`);
  });
});

describe('messages', () => {
  it('why: the errno in words, else the error\'s own message', () => {
    const err = (code: string) => Object.assign(new Error(`raw ${code}`), { code });
    expect(why(err('EACCES'))).toBe('permission denied');
    expect(why(err('EISDIR'))).toBe('is a directory');
    expect(why(err('EIO'))).toBe('raw EIO');
  });

  it('shownPath: up to 240 characters whole, longer by its two ends', () => {
    const p240 = `/${'a'.repeat(239)}`;
    expect(shownPath(p240)).toBe(p240);
    const p241 = `/${'b'.repeat(120)}${'c'.repeat(120)}`;
    expect(shownPath(p241)).toBe(`/${'b'.repeat(119)}…${'c'.repeat(100)}`);
  });
});

/**
 * @fileoverview The one way the CLI reads a file it is given or keeps (policies, imports, keys,
 * test cases, lint fixtures, digests, the state directory's files): a regular file of at most a
 * stated size, or a one-line error naming it. Opened with O_NONBLOCK, so a FIFO cannot hang the
 * open (it is then refused, as are devices and sockets), and read with a bound even so: a file
 * may grow while it is read, and /proc files say size 0. `/dev/zero` as a policy or a key would
 * otherwise grow memory without end.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { pathBytes } from './path-bytes.js';

/** A file that cannot be read, with a message `PATH: cannot read: WHY`. */
export class UnreadableFile extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

export interface BoundedReadOptions {
  /** What the file is, for the too-big message ("a policy", "a key"). */
  what: string;
  /** Refuse a symbolic link at the last component (O_NOFOLLOW): files of the state directory. */
  noFollow?: boolean;
}

/** The size of a read after a short one (the end of a file, a pipe): from Node's pool of small buffers. */
const PROBE = 4095;

/**
 * Reads at most `limit` + 1 bytes of `fd` (a pipe on standard input may say EAGAIN: wait). The
 * first read is sized by `expected` (what fstat said): a buffer of a megabyte per read, twice
 * per file (the second to see its end), was most of the time lint took to read a thousand policies.
 */
function readUpTo(fd: number, limit: number, expected = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let next = Math.max(expected + 1, PROBE);
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(next, 1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // A full buffer: more to come, in a bigger one; else probably the end, asked with a small one.
    next = n === chunk.length ? chunk.length * 2 : PROBE;
  }
  // Mostly one read has it all (the size was known): no copy, nor Buffer.concat to compile.
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** An errno in words. */
export function why(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'no such file'
    : err.code === 'EACCES' ? 'permission denied'
    : err.code === 'EISDIR' ? 'is a directory'
    : err.code === 'ELOOP' ? 'is a symbolic link'
    : err.code === 'ENOTDIR' ? 'no such file (a part of the path is not a directory)'
    : err.code === 'ENAMETOOLONG' ? 'name too long'
    : err.message;
}

function size(limit: number): string {
  return limit >= 1 << 20 ? `${limit / (1 << 20)} MiB` : `${limit / 1024} KiB`;
}

/** `path` for a message: one past PATH_MAX is kilobytes, and is shown by its two ends. */
export function shownPath(path: string): string {
  return path.length > 240 ? `${path.slice(0, 120)}…${path.slice(-100)}` : path;
}

/** The bytes of `path` ('-': standard input), at most `limit`; UnreadableFile says why not. */
export function readBounded(path: string, limit: number, options: BoundedReadOptions): Buffer {
  const shown = shownPath(path);
  const fail = (reason: string, code?: string) => new UnreadableFile(`${shown}: cannot read: ${reason}`, code);
  const tooBig = () => fail(`larger than ${size(limit)}, too big for ${options.what}`);
  let fd: number;
  try {
    // pathBytes: a name may hold bytes that are not UTF-8 (host/node/byte-fs.ts).
    fd = path === '-' ? 0
      : openSync(pathBytes(path), constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    throw fail(why(e), (e as NodeJS.ErrnoException).code);
  }
  let expected = 0;
  try {
    if (fd !== 0) {
      const st = fstatSync(fd);
      expected = st.size;
      if (st.isDirectory()) throw fail('is a directory');
      if (!st.isFile()) throw fail('not a regular file (a device, FIFO or socket)');
      if (st.size > limit) throw tooBig();
    }
    const bytes = readUpTo(fd, limit, expected);
    if (bytes.length > limit) throw tooBig();
    return bytes;
  } catch (e) {
    throw e instanceof UnreadableFile ? e : fail(why(e));
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** readBounded, or null where there is no such file (an optional file); other problems throw. */
export function readBoundedIfExists(path: string, limit: number, options: BoundedReadOptions): Buffer | null {
  try {
    return readBounded(path, limit, options);
  } catch (e) {
    if (e instanceof UnreadableFile && e.code === 'ENOENT') return null;
    throw e;
  }
}

/** The largest policy or import read (real policies are kilobytes; the biggest seen, a megabyte). */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;

/** The bytes of policy file `path` ('-': standard input); UnreadableFile says why not. */
export function readPolicyBytes(path: string): Buffer {
  return readBounded(path, MAX_POLICY_BYTES, { what: 'a policy' });
}

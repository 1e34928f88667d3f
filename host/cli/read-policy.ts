/**
 * @fileoverview Reads a policy file for the CLI, with a clear error for a missing or unreadable
 * file; its bytes become text as host/ir/policy-text.ts says. Only a regular file (or standard
 * input) of at most MAX_POLICY_BYTES is read: `-f /dev/zero` or `import: /dev/zero` would
 * otherwise grow memory without end, and a FIFO would hang the run.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodePolicyBytes } from '../ir/policy-text.js';
import { pathBytes } from '../node/byte-fs.js';

export class UnreadableFile extends Error {}

/** The largest policy or import read (real policies are kilobytes; the biggest seen, a megabyte). */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;

/** Reads at most `limit` + 1 bytes of `fd` (a pipe on standard input may say EAGAIN: wait). */
function readUpTo(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
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
  }
  return Buffer.concat(chunks, total);
}

function why(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ENOENT' ? 'no such file'
    : err.code === 'EACCES' ? 'permission denied'
    : err.code === 'EISDIR' ? 'is a directory'
    : err.code === 'ENOTDIR' ? 'no such file (a part of the path is not a directory)'
    : err.message;
}

/** The bytes of policy file `path` ('-': standard input); UnreadableFile says why not. */
export function readPolicyBytes(path: string): Buffer {
  const tooBig = () => new UnreadableFile(`${path}: cannot read: larger than ${MAX_POLICY_BYTES >> 20} MiB, too big for a policy`);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
    // pathBytes: an import's name may hold bytes that are not UTF-8 (host/node/byte-fs.ts).
    fd = path === '-' ? 0 : openSync(pathBytes(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UnreadableFile(`${path}: cannot read: ${why(e)}`);
  }
  try {
    if (fd !== 0) {
      const st = fstatSync(fd);
      if (st.isDirectory()) throw new UnreadableFile(`${path}: cannot read: is a directory`);
      if (!st.isFile()) throw new UnreadableFile(`${path}: cannot read: not a regular file (a device, FIFO or socket)`);
      if (st.size > MAX_POLICY_BYTES) throw tooBig();
    }
    // Bounded even so: a file may grow while it is read, and /proc files say size 0.
    const bytes = readUpTo(fd, MAX_POLICY_BYTES);
    if (bytes.length > MAX_POLICY_BYTES) throw tooBig();
    return bytes;
  } catch (e) {
    throw e instanceof UnreadableFile ? e : new UnreadableFile(`${path}: cannot read: ${why(e)}`);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export function readPolicyFile(path: string): string {
  return decodePolicyBytes(readPolicyBytes(path));
}

/** readPolicyFile, with the error printed as `cfwasm: FILE: cannot read: WHY`; null then. */
export function readPolicyOrSay(path: string): string | null {
  try {
    return readPolicyFile(path);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    process.stderr.write(`cfwasm: ${e.message}\n`);
    return null;
  }
}

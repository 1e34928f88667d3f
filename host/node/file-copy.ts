/**
 * @fileoverview Local copies of any size: the bytes go from one descriptor to the other in chunks
 * (1 MiB), never whole in memory. A chunk of zeros is not written but left as a hole (the size is
 * set at the end), so a sparse file stays sparse and a 3 GB file of mostly holes takes no space
 * it did not take before. Also the chunked comparison of two files (copy type=checksum).
 */
import * as fs from './byte-fs.js';
import { pauseIfMidWrite } from './atomic-write.js';

const CHUNK = 1 << 20;
let chunks: { a: Buffer; b: Buffer; zero: Buffer } | null = null;
const buffers = () => (chunks ??= { a: Buffer.alloc(CHUNK), b: Buffer.alloc(CHUNK), zero: Buffer.alloc(CHUNK) });

const changed = (what: string) => Object.assign(new Error(`EIO: ${what} changed while it was copied`), { code: 'EIO' });

/** Fills `buf` from `fd` at `position` (reads may be short); fewer bytes only at the end of the file. */
function readFull(fd: number, buf: Buffer, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, buf, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

/** Writes `length` bytes of `buf` at `position` (writes may be short; a full disk throws). */
function writeFullAt(fd: number, buf: Buffer, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const n = fs.writeSync(fd, buf, done, length - done, position + done);
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    done += n;
  }
}

/** Copies the `size` bytes of `from` into the empty file `to` (descriptors); throws if `from` shrank. */
export function copyChunks(from: number, to: number, size: number): void {
  const { a, zero } = buffers();
  for (let at = 0; at < size;) {
    const want = Math.min(CHUNK, size - at);
    const got = readFull(from, a, want, at);
    if (got < want) throw changed('the source');
    if (!a.subarray(0, got).equals(zero.subarray(0, got))) writeFullAt(to, a, got, at);
    at += got;
    pauseIfMidWrite(at, size);
  }
  fs.ftruncateSync(to, size); // the holes at the end, if any
}

/** Whether the first `size` bytes of two descriptors are the same (their sizes are equal). */
export function sameChunks(x: number, y: number, size: number): boolean {
  const { a, b } = buffers();
  for (let at = 0; at < size;) {
    const want = Math.min(CHUNK, size - at);
    if (readFull(x, a, want, at) < want || readFull(y, b, want, at) < want) throw changed('a file');
    if (!a.subarray(0, want).equals(b.subarray(0, want))) return false;
    at += want;
  }
  return true;
}

/**
 * host/node/file-copy.ts in process, on real descriptors: copies chunk by chunk (1 MiB) with the
 * bytes exact at every chunk bound, a chunk of zeros left as a hole, a source that shrank refused;
 * the chunked comparison finds a difference anywhere, and refuses a file shorter than said.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyChunks, sameChunks } from '../../host/node/file-copy.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-file-copy-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const MiB = 1 << 20;
let n = 0;
/** A file of these bytes; its path. */
function file(bytes: Uint8Array): string {
  const p = join(base, `f${n++}`);
  fs.writeFileSync(p, bytes);
  return p;
}
/** Bytes with no zero chunk: every byte is 1 + its position mod 251. */
const pattern = (size: number) => Uint8Array.from({ length: size }, (_, i) => 1 + (i % 251));
/** Opens `from` and a new empty file, copies `size` bytes; the copy's path. */
function copy(from: string, size: number): string {
  const to = join(base, `c${n++}`);
  const a = fs.openSync(from, 'r');
  const b = fs.openSync(to, 'wx');
  try {
    copyChunks(a, b, size);
  } finally {
    fs.closeSync(a);
    fs.closeSync(b);
  }
  return to;
}
function same(x: string, y: string, size: number): boolean {
  const a = fs.openSync(x, 'r');
  const b = fs.openSync(y, 'r');
  try {
    return sameChunks(a, b, size);
  } finally {
    fs.closeSync(a);
    fs.closeSync(b);
  }
}

describe('copyChunks', () => {
  it('the bytes exactly, at every size around the chunk\'s bound', () => {
    for (const size of [0, 1, MiB - 1, MiB, MiB + 1, 2 * MiB + 3]) {
      const src = file(pattern(size));
      const dst = copy(src, size);
      expect(fs.readFileSync(dst).equals(fs.readFileSync(src)), `size ${size}`).toBe(true);
    }
  });

  it('a chunk of zeros is a hole, at the end too: the size is right and the blocks fewer', () => {
    const size = 4 * MiB;
    const bytes = new Uint8Array(size);
    bytes.set(pattern(MiB), 0); // data, a zero MiB, data, a zero MiB at the end
    bytes.set(pattern(MiB), 2 * MiB);
    bytes[MiB + 12345] = 0; // (zeros inside a data chunk stay data)
    const src = file(bytes);
    const dst = copy(src, size);
    expect(fs.readFileSync(dst).equals(Buffer.from(bytes))).toBe(true);
    const st = fs.statSync(dst);
    expect(st.size).toBe(size);
    expect(st.blocks * 512).toBeLessThanOrEqual(2 * MiB + 64 * 1024);
    // A chunk that is zeros but for its last byte is written.
    const last = new Uint8Array(MiB);
    last[MiB - 1] = 7;
    expect(fs.readFileSync(copy(file(last), MiB))[MiB - 1]).toBe(7);
  });

  it('a source shorter than the size said (it shrank): EIO, naming the source', () => {
    const src = file(pattern(MiB + 10));
    expect(() => copy(src, MiB + 11)).toThrow('EIO: the source changed while it was copied');
    expect(() => copy(src, 2 * MiB)).toThrow(expect.objectContaining({ code: 'EIO' }));
    expect(fs.readFileSync(copy(src, MiB + 10)).equals(fs.readFileSync(src))).toBe(true);
  });
});

describe('sameChunks', () => {
  it('the same bytes: true; one byte apart anywhere (first, last of a chunk, first of the next, last): false', () => {
    const size = 2 * MiB + 5;
    const bytes = pattern(size);
    const x = file(bytes);
    expect(same(x, file(bytes), size)).toBe(true);
    expect(same(x, x, 0)).toBe(true);
    for (const at of [0, MiB - 1, MiB, size - 1]) {
      const other = Uint8Array.from(bytes);
      other[at] ^= 0xff;
      expect(same(x, file(other), size), `byte ${at}`).toBe(false);
    }
    // Only the first `size` bytes count.
    const longer = new Uint8Array(size + 1);
    longer.set(bytes);
    longer[size] = 9;
    expect(same(x, file(longer), size)).toBe(true);
  });

  it('either file shorter than the size said: EIO, a file changed', () => {
    const x = file(pattern(MiB + 1));
    const shorter = file(pattern(MiB));
    expect(() => same(x, shorter, MiB + 1)).toThrow('EIO: a file changed while it was copied');
    expect(() => same(shorter, x, MiB + 1)).toThrow('EIO: a file changed while it was copied');
  });
});

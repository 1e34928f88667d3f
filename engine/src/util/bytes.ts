/**
 * @fileoverview Byte strings: configuration files are 8-bit and edited as bytes; policy strings
 * arrive as text and are encoded to UTF-8 once. A byte of a policy file that was not part of
 * valid UTF-8 arrives as the lone surrogate U+DC00 + byte (host/ir/policy-text.ts) and is
 * written back as that byte, so a Latin-1 policy's é edits a Latin-1 file as cfengine would.
 */
import { findByte, findPair, findPairShort } from './scan';

/** Whether s[i] stands for a raw byte: U+DC80-U+DCFF not completing a surrogate pair. */
@inline function isByteEscape(s: string, i: i32): bool {
  const c = s.charCodeAt(i);
  if (c < 0xdc80 || c > 0xdcff) return false;
  if (i == 0) return true;
  const p = s.charCodeAt(i - 1);
  return p < 0xd800 || p > 0xdbff;
}

export function utf8(s: string): Uint8Array {
  let escapes = 0;
  for (let i = 0; i < s.length; i++) if (isByteEscape(s, i)) escapes++;
  if (escapes == 0) return Uint8Array.wrap(String.UTF8.encode(s));
  // The text between escapes as UTF-8, each escape as its byte.
  const parts: Uint8Array[] = [];
  let size = 0;
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isByteEscape(s, i)) continue;
    const piece = Uint8Array.wrap(String.UTF8.encode(s.substring(run, i)));
    parts.push(piece);
    size += piece.length;
    if (i < s.length) {
      const b = new Uint8Array(1);
      b[0] = <u8>(s.charCodeAt(i) - 0xdc00);
      parts.push(b);
      size++;
    }
    run = i + 1;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    out.set(parts[k], at);
    at += parts[k].length;
  }
  return out;
}

/** Bytes as text for messages (invalid UTF-8 is replaced, never an error). */
export function text(b: Uint8Array): string {
  return String.UTF8.decodeUnsafe(b.dataStart, <usize>b.length);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): bool {
  if (a.length != b.length) return false;
  return memory.compare(a.dataStart, b.dataStart, <usize>a.length) == 0;
}

export function startsWith(line: Uint8Array, prefix: Uint8Array): bool {
  if (prefix.length > line.length) return false;
  return memory.compare(line.dataStart, prefix.dataStart, <usize>prefix.length) == 0;
}

export function endsWith(line: Uint8Array, suffix: Uint8Array): bool {
  if (suffix.length > line.length) return false;
  return memory.compare(line.dataStart + <usize>(line.length - suffix.length), suffix.dataStart,
    <usize>suffix.length) == 0;
}

/** Index of `needle` in `hay` at or after `from`, or -1. An empty needle is found at `from`. */
export function indexOf(hay: Uint8Array, needle: Uint8Array, from: i32 = 0): i32 {
  return findBytes(hay.dataStart, hay.length, needle, from);
}

/**
 * How common each byte is in configuration text (a guess: English letter frequencies, spaces,
 * digits and the usual punctuation): the search below scans for a needle's rarest byte.
 */
const COMMONNESS = new StaticArray<u8>(256);
function initCommonness(): void {
  const letters = 'etaoinshrdlcumwfgypbvkjxqz';
  const weights: u8[] = [127, 91, 82, 75, 70, 67, 63, 61, 60, 43, 40, 28, 28, 24, 24, 22, 20, 20, 19, 15, 10, 8, 2, 2, 1, 1];
  for (let b = 0; b < 256; b++) COMMONNESS[b] = 5;
  for (let i = 0; i < letters.length; i++) {
    COMMONNESS[letters.charCodeAt(i)] = weights[i];
    COMMONNESS[letters.charCodeAt(i) - 32] = 15; // upper case
  }
  for (let b = 0x30; b <= 0x39; b++) COMMONNESS[b] = 30;
  COMMONNESS[0x20] = 200;
  COMMONNESS[0x09] = 30;
  const punctuation = './=#_-:,';
  for (let i = 0; i < punctuation.length; i++) COMMONNESS[punctuation.charCodeAt(i)] = 25;
}
initCommonness();

/**
 * The last needle findBytes searched for (where its bytes are, and how many) and the two offsets
 * in it it scans for. Any two different offsets below the length give the right answer, so a
 * needle made later at the same place with other bytes is only searched for less well.
 */
let anchorsOf: usize = 0;
let anchorsLength: i32 = 0;
let anchor1: i32 = 0;
let anchor2: i32 = 1;

/** Index of `needle` in the `len` bytes at `data`, at or after `from`, or -1. */
export function findBytes(data: usize, len: i32, needle: Uint8Array, from: i32): i32 {
  const n = needle.length;
  if (n == 0) return from <= len ? from : -1;
  const last = len - n;
  if (from > last) return -1;
  const p = needle.dataStart;
  if (n == 1) {
    const i = findByte(data, from, len, <i32>load<u8>(p));
    return i < len ? i : -1;
  }
  // Candidates by the needle's two rarest bytes (a common first letter would stop the scan at
  // every other word), chosen once for a needle asked for again and again (line after line).
  if (p != anchorsOf || n != anchorsLength) {
    let k1 = 0;
    for (let j = 1; j < n; j++) {
      if (unchecked(COMMONNESS[load<u8>(p + <usize>j)]) < unchecked(COMMONNESS[load<u8>(p + <usize>k1)])) k1 = j;
    }
    let k2 = k1 == 0 ? 1 : 0;
    for (let j = k2 + 1; j < n; j++) {
      if (j != k1 && unchecked(COMMONNESS[load<u8>(p + <usize>j)]) < unchecked(COMMONNESS[load<u8>(p + <usize>k2)])) k2 = j;
    }
    anchorsOf = p;
    anchorsLength = n;
    anchor1 = k1;
    anchor2 = k2;
  }
  // A line (most calls: a line the session made, ReplaceAll's lines): sixteen places a round to
  // the last, when the loads past its end stay inside the memory.
  if (last - from < SHORT && data + <usize>(len + 15) <= (<usize>memory.size() << 16)) {
    return findPairShort(data, from, last, p, n, anchor1, anchor2);
  }
  // A block at a time: V8 has no on-stack replacement for wasm, so one call over a whole file
  // would run on the baseline code it began on; later blocks' calls use the optimised code as
  // soon as V8 has made it (lines.ts SPLIT_BLOCK says the same of the split).
  let i = from;
  while (last - i >= FIND_BLOCK) {
    const at = findPair(data, i, i + FIND_BLOCK - 1, p, n, anchor1, anchor2);
    if (at >= 0) return at;
    i += FIND_BLOCK;
  }
  return findPair(data, i, last, p, n, anchor1, anchor2);
}

/** Searches over fewer places than this go to findPairShort. */
const SHORT = 128;

/** How many places findBytes tries per call of findPair. */
const FIND_BLOCK = 16384;

/**
 * A new array of `n` bytes that are not set to zero first: for a caller that writes every one of
 * them before reading any (a file's bytes, a file's new contents). Zeroing megabytes that are
 * written over at once is a pass over memory for nothing.
 */
export function bytesToFill(n: i32): Uint8Array {
  return Uint8Array.wrap(changetype<ArrayBuffer>(__new(<usize>n, idof<ArrayBuffer>())));
}

/** Index of the last `needle` in `hay`, or -1. */
export function lastIndexOf(hay: Uint8Array, needle: Uint8Array): i32 {
  const n = needle.length;
  for (let i = hay.length - n; i >= 0; i--) {
    if (memory.compare(hay.dataStart + <usize>i, needle.dataStart, <usize>n) == 0) return i;
  }
  return -1;
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function slice(b: Uint8Array, from: i32, to: i32 = i32.MAX_VALUE): Uint8Array {
  return b.slice(from, min(to, b.length));
}

/** Splits file contents into lines on \n; a final newline does not start an empty line. */
export function splitLines(content: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  const n = content.length;
  // Views into `content`, not copies: lines are replaced, never written in place.
  for (let i = findByte(content.dataStart, 0, n, 10); i < n; i = findByte(content.dataStart, start, n, 10)) {
    lines.push(content.subarray(start, i));
    start = i + 1;
  }
  if (start < n) lines.push(content.subarray(start, n));
  return lines;
}

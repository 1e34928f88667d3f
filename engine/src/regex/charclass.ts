/**
 * @fileoverview Byte sets (256 bits) and the POSIX character classes in the C locale, as glibc's
 * regcomp builds them for `[:name:]`, `\w`, `\s` (D1: config files are 8-bit, the locale is C).
 */

/** A set of bytes: 8 words of 32 bits. */
export type ByteSet = StaticArray<u32>;

export function newSet(): ByteSet {
  return new StaticArray<u32>(8);
}

@inline export function setHas(set: ByteSet, b: i32): bool {
  return (unchecked(set[b >>> 5]) & (1 << (b & 31))) != 0;
}

@inline export function setAdd(set: ByteSet, b: i32): void {
  unchecked(set[b >>> 5] |= 1 << (b & 31));
}

export function setAddRange(set: ByteSet, from: i32, to: i32): void {
  for (let b = from; b <= to; b++) setAdd(set, b);
}

export function setInvert(set: ByteSet): void {
  for (let i = 0; i < 8; i++) unchecked(set[i] = ~set[i]);
}

export function setUnion(into: ByteSet, from: ByteSet): void {
  for (let i = 0; i < 8; i++) unchecked(into[i] |= from[i]);
}

export function setCount(set: ByteSet): i32 {
  let n = 0;
  for (let i = 0; i < 8; i++) n += <i32>popcnt(unchecked(set[i]));
  return n;
}

/** The only member of a one-byte set, else -1. */
export function setSingle(set: ByteSet): i32 {
  if (setCount(set) != 1) return -1;
  for (let b = 0; b < 256; b++) if (setHas(set, b)) return b;
  return -1;
}

@inline export function isWordByte(b: i32): bool {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95;
}

function isClassMember(name: string, b: i32): bool {
  const upper = b >= 65 && b <= 90;
  const lower = b >= 97 && b <= 122;
  const digit = b >= 48 && b <= 57;
  const space = b == 32 || (b >= 9 && b <= 13);
  const print = b >= 32 && b <= 126;
  if (name == 'alpha') return upper || lower;
  if (name == 'upper') return upper;
  if (name == 'lower') return lower;
  if (name == 'digit') return digit;
  if (name == 'alnum') return upper || lower || digit;
  if (name == 'xdigit') return digit || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
  if (name == 'space') return space;
  if (name == 'blank') return b == 32 || b == 9;
  if (name == 'print') return print;
  if (name == 'graph') return print && b != 32;
  if (name == 'punct') return print && b != 32 && !(upper || lower || digit);
  if (name == 'cntrl') return b < 32 || b == 127;
  return false;
}

const CLASS_NAMES: string[] = ['alpha', 'upper', 'lower', 'digit', 'alnum', 'xdigit', 'space',
  'blank', 'print', 'graph', 'punct', 'cntrl'];

/** Adds the bytes of class `name` to `set`; false when there is no such class (REG_ECTYPE). */
export function addNamedClass(set: ByteSet, name: string): bool {
  if (!CLASS_NAMES.includes(name)) return false;
  for (let b = 0; b < 256; b++) if (isClassMember(name, b)) setAdd(set, b);
  return true;
}

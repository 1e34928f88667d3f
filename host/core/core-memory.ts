/**
 * @fileoverview Reading the core's memory from JavaScript. The core is 32-bit wasm: its pointers
 * and lengths are unsigned, but a wasm i32 reaches JavaScript as a *signed* number, so a pointer
 * past 2 GiB arrives negative. Every pointer or length that crosses the boundary goes through
 * `unsigned` (here, the one place), and views are made by these functions only.
 */

/** A wasm i32 as the unsigned 32-bit value the core meant. */
export function unsigned(value: number): number {
  return value >>> 0;
}

/** A view of `length` bytes at `ptr` (valid until the memory grows). */
export function bytesAt(buffer: ArrayBufferLike, ptr: number, length: number): Uint8Array {
  return new Uint8Array(buffer, unsigned(ptr), unsigned(length));
}

/** The byte length of the AssemblyScript object at `ptr` (its header's rtSize, 4 bytes before it). */
export function objectLength(buffer: ArrayBufferLike, ptr: number): number {
  return new DataView(buffer).getUint32(unsigned(ptr) - 4, true);
}

/** The AssemblyScript string at `ptr` (UTF-16). */
export function stringAt(buffer: ArrayBufferLike, ptr: number): string {
  if (!ptr) return '';
  const length = objectLength(buffer, ptr);
  const units = new Uint16Array(buffer, unsigned(ptr), length >>> 1);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

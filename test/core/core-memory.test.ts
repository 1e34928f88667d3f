// Pointers past 2 GiB: a wasm i32 reaches JavaScript signed, so the core's pointer 0x8000_0008
// arrives as -2147483640. The marshalling functions must read it as the unsigned address. The
// memory here is a real ArrayBuffer a little over 2 GiB (the OS gives its pages lazily: only
// the few touched are used).
import { describe, expect, it } from 'vitest';
import { bytesAt, objectLength, stringAt, unsigned } from '../../host/core/core-memory.js';

const HIGH = 2 ** 31 + 64;

describe('core memory marshalling', () => {
  const buffer = new ArrayBuffer(HIGH + 4096);
  const signed = HIGH | 0; // what a wasm export or import hands JavaScript for this address

  it('reads a pointer above 2^31 that arrives as a negative i32', () => {
    expect(signed).toBeLessThan(0);
    expect(unsigned(signed)).toBe(HIGH);
    new Uint8Array(buffer, HIGH, 3).set([7, 8, 9]);
    expect([...bytesAt(buffer, signed, 3)]).toEqual([7, 8, 9]);
  });

  it('reads an object length from the header before a high pointer', () => {
    new DataView(buffer).setUint32(HIGH + 128 - 4, 5, true);
    expect(objectLength(buffer, (HIGH + 128) | 0)).toBe(5);
  });

  it('reads a string at a high pointer', () => {
    const at = HIGH + 256;
    const text = 'héllo';
    new DataView(buffer).setUint32(at - 4, text.length * 2, true);
    const units = new Uint16Array(buffer, at, text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    expect(stringAt(buffer, at | 0)).toBe(text);
  });

  it('reads a length above 2^31 as unsigned', () => {
    expect(unsigned((2 ** 31 + 5) | 0)).toBe(2 ** 31 + 5);
  });
});

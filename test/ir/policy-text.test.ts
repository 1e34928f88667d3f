/**
 * Policy bytes to text and back (host/ir/policy-text.ts): UTF-8 as UTF-8, every other byte as
 * an escape that the core and fmt write back as that byte.
 */
import { describe, expect, it } from 'vitest';
import { decodePolicyBytes, encodePolicyText } from '../../host/ir/policy-text.js';

function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

describe('policy bytes and text', () => {
  it('valid UTF-8 is plain text, astral characters included', () => {
    const text = 'café ✓ 😀 plain';
    expect(decodePolicyBytes(new TextEncoder().encode(text))).toBe(text);
    expect(Buffer.from(encodePolicyText(text)).toString('utf8')).toBe(text);
  });

  it('a byte that is not UTF-8 becomes U+DC00 + byte, and nothing else changes', () => {
    expect(decodePolicyBytes(Uint8Array.of(0x63, 0xe9, 0x0a, 0xc3, 0xa9))).toBe('c\udce9\né');
    // A truncated sequence, an overlong form and a surrogate's encoding are not UTF-8 either.
    expect(decodePolicyBytes(Uint8Array.of(0xe2, 0x9c))).toBe('\udce2\udc9c');
    expect(decodePolicyBytes(Uint8Array.of(0xc0, 0xaf))).toBe('\udcc0\udcaf');
    expect(decodePolicyBytes(Uint8Array.of(0xed, 0xa0, 0x80))).toBe('\udced\udca0\udc80');
  });

  it('any bytes survive the round trip (2,000 random byte strings)', () => {
    const r = random(4242);
    for (let k = 0; k < 2000; k++) {
      const bytes = Uint8Array.from({ length: Math.floor(r() * 24) }, () => {
        const x = r();
        return x < 0.4 ? 0x20 + Math.floor(r() * 0x5f) : x < 0.7 ? 0x80 + Math.floor(r() * 0x80) : [0xc3, 0xa9, 0xe2, 0x9c, 0x93, 0xf0, 0x9f][Math.floor(r() * 7)];
      });
      expect(Buffer.from(encodePolicyText(decodePolicyBytes(bytes)))).toEqual(Buffer.from(bytes));
    }
  });
});

/**
 * The policy cache's signature is computed without node:crypto for small entries
 * (host/node/hmac-sha256.ts): it must be HMAC-SHA256 exactly, or every cached entry would be
 * refused (or, worse, a weak one accepted).
 */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256, portableHmacSha256 } from '../../host/node/hmac-sha256.js';

const native = (key: Uint8Array, data: string) => createHmac('sha256', key).update(data).digest('hex');
const keyOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);

describe('HMAC-SHA256 without node:crypto', () => {
  it('is RFC 4231 test case 2', () => {
    expect(portableHmacSha256(new TextEncoder().encode('Jefe'), 'what do ya want for nothing?'))
      .toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('equals node:crypto at every padding boundary, for keys shorter, as long as and longer than a block', () => {
    for (const keyLength of [0, 1, 32, 63, 64, 65, 131]) {
      for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099]) {
        // Multi-byte UTF-8 too: the text is hashed as UTF-8 bytes, not as UTF-16 units.
        const data = 'aé€😀'.repeat(length).slice(0, length);
        expect(portableHmacSha256(keyOf(keyLength), data), `key ${keyLength}, data ${length}`).toBe(native(keyOf(keyLength), data));
      }
    }
  });

  it('hmacSha256 gives the same for a large entry (hashed by node:crypto) as for a small one', () => {
    for (const length of [100, 300_000]) {
      const data = 'x€'.repeat(length);
      expect(hmacSha256(keyOf(32), data)).toBe(native(keyOf(32), data));
      expect(portableHmacSha256(keyOf(32), data)).toBe(native(keyOf(32), data));
    }
  });
});

/**
 * The policy cache's signature is computed by the core for all but large entries
 * (host/node/hmac-sha256.ts, engine/src/util/sha256.ts): it must be HMAC-SHA256 exactly, or every
 * cached entry would be refused (or, worse, a weak one accepted).
 */
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../../host/node/hmac-sha256.js';
import { nodeCore } from '../../host/node/core.js';
import { REPO } from '../support/shared.js';

const native = (key: Uint8Array, data: string) => createHmac('sha256', key).update(data).digest('hex');
const keyOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('HMAC-SHA256 by the core', () => {
  it('is RFC 4231 test case 2', async () => {
    const core = await nodeCore();
    expect(hex(core.hmacSha256(new TextEncoder().encode('Jefe'), new TextEncoder().encode('what do ya want for nothing?'))))
      .toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('equals node:crypto at every padding boundary, for keys shorter, as long as and longer than a block', async () => {
    const core = await nodeCore();
    for (const keyLength of [0, 1, 32, 63, 64, 65, 131]) {
      for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4099]) {
        // Multi-byte UTF-8 too: the text is hashed as UTF-8 bytes, not as UTF-16 units.
        const data = 'aé€😀'.repeat(length).slice(0, length);
        expect(hmacSha256(keyOf(keyLength), data, core), `key ${keyLength}, data ${length}`).toBe(native(keyOf(keyLength), data));
      }
    }
  });

  it('hmacSha256 gives the same for a large entry (hashed by node:crypto) as the core does', async () => {
    const core = await nodeCore();
    const data = 'x€'.repeat(300_000);
    expect(hmacSha256(keyOf(32), data, core)).toBe(native(keyOf(32), data));
    expect(hmacSha256(keyOf(32), 'small', null)).toBe(native(keyOf(32), 'small')); // no core: node:crypto
    expect(hex(core.hmacSha256(keyOf(32), new TextEncoder().encode(data)))).toBe(native(keyOf(32), data));
  });

  it("a small run's entry is hashed without V8 optimising any of it; a large one is optimised", () => {
    // V8 says what it compiled with TurboFan (besides the import wrappers, which every run compiles).
    const optimised = (bytes: number) => execFileSync(process.execPath, ['--trace-wasm-compilation-times', '--input-type=module', '-e', `
      const { nodeCore } = await import('./dist/host/node/core.js');
      (await nodeCore()).hmacSha256(new Uint8Array(32), new Uint8Array(${bytes}));
      await new Promise(r => setTimeout(r, 300)); // (an optimising compile runs in the background)`], { cwd: REPO, encoding: 'utf8' })
      .split('\n').filter(l => /using TurboFan/.test(l)).length;
    expect(optimised(2500)).toBe(0);
    expect(optimised(64_000)).toBeGreaterThan(0);
  });

  it('the core hashes all below 256 Ki UTF-16 units, node:crypto from there on (a large entry is never copied into the core)', () => {
    // A stand-in core whose digest is one byte: which of the two hashed shows in the result.
    const fake = { hmacSha256: () => Uint8Array.of(0xab) } as unknown as Parameters<typeof hmacSha256>[2];
    const at = (n: number) => 'x'.repeat(n);
    expect(hmacSha256(keyOf(32), at(0), fake)).toBe('ab');
    expect(hmacSha256(keyOf(32), at(256 * 1024 - 1), fake)).toBe('ab');
    expect(hmacSha256(keyOf(32), at(256 * 1024), fake)).toBe(native(keyOf(32), at(256 * 1024)));
    expect(hmacSha256(keyOf(32), at(256 * 1024 + 1), fake)).toBe(native(keyOf(32), at(256 * 1024 + 1)));
  });
});

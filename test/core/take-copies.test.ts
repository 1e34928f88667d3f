/**
 * What the core hands back (host/core/core.ts take) is the caller's own copy: a later call, which
 * reuses the core's memory, leaves an earlier result as it was. Stryker's survivor L230 (`.slice()`
 * dropped: a view into the core's memory) had no test.
 */
import { describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('results taken from the core', () => {
  it('keep their bytes across later calls', async () => {
    const { core } = await nodeRuntime();
    const handle = core.regexCompile(bytes('a'));
    const first = core.regexReplaceAll(handle, bytes('xax'), bytes('b'));
    const mac = core.hmacSha256(bytes('key'), bytes('data'));
    const macHex = Buffer.from(mac).toString('hex');
    for (let i = 0; i < 2000; i++) core.regexReplaceAll(handle, bytes(`${'a'.repeat(i % 50)}z${i}`), bytes('QQ'));
    core.hmacSha256(bytes('other'), bytes('other data'));
    expect(text(first)).toBe('xbx');
    expect(Buffer.from(mac).toString('hex')).toBe(macHex);
    expect(macHex).toBe('5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0');
  });
});

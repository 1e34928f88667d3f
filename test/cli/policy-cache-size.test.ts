/**
 * The parsed-policy cache keeps no entry for a policy over MAX_CACHED_TEXT: its entry (the IR as
 * one JSON text, about 20 times the policy) took more memory to write and read than parsing the
 * policy in pieces; a smaller policy is cached and read back as before.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CACHED_TEXT, PolicyCache } from '../../host/cli/policy-cache.js';
import { nodePolicyParser } from '../../host/node/grammar.js';
import { nodeCore } from '../../host/node/core.js';

const dir = mkdtempSync(join(tmpdir(), 'cfwasm-cache-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const secret = () => new Uint8Array(32).fill(7);
const noImports = () => null;

describe('policy cache and big policies', () => {
  it('caches a small policy, and no policy over MAX_CACHED_TEXT', async () => {
    const parser = await nodePolicyParser();
    const core = await nodeCore();
    const small = 'files:\n  /etc/x mode=644\n';
    const big = `files:\n${'  /etc/x mode=644\n'.repeat(Math.ceil(MAX_CACHED_TEXT / 18) + 1)}`;
    expect(big.length).toBeGreaterThan(MAX_CACHED_TEXT);
    for (const [name, text] of [['small', small], ['big', big]]) {
      const cacheDir = join(dir, name);
      const cache = new PolicyCache(cacheDir, 'v1', secret, core);
      const parsed = parser.parse(text, 'p.cf');
      cache.put('p.cf', text, parsed, noImports, []);
      const got = cache.get('p.cf', text, noImports);
      if (name === 'small') {
        expect(readdirSync(cacheDir)).toHaveLength(1);
        expect(got?.policy).toEqual(parsed.policy);
      } else {
        expect(() => readdirSync(cacheDir)).toThrow(/ENOENT/);
        expect(got).toBeNull();
      }
    }
  });
});

/**
 * A share link names the version of its format: a link of another version (made by a newer page,
 * or not by this page at all) is refused with a message, never read as if it were this one.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeState } from '../../playground/src/share.js';

/** A fragment as the page makes one, around any JSON. */
const fragment = (json: unknown) =>
  deflateRawSync(Buffer.from(JSON.stringify(json))).toString('base64').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

const state = {
  policy: 'control:\n', files: [], exec: {}, dryRun: true,
  facts: { hostname: 'h', domain: '', now: 1, define: [], negate: [] },
};

describe('share link versions', () => {
  it('reads its own version', async () => {
    await expect(decodeState(fragment({ v: 1, ...state }))).resolves.toMatchObject({ policy: 'control:\n' });
  });

  it('refuses another version, or none, naming the version', async () => {
    await expect(decodeState(fragment({ v: 2, ...state }))).rejects.toThrow(/version/);
    await expect(decodeState(fragment({ ...state }))).rejects.toThrow(/version/);
  });
});

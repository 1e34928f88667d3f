/**
 * host/node/remote/ahead.ts's aheadKey: the worker (a thread loaded from dist/) and the main
 * thread (client.ts) each make the key of a read-ahead answer, and the main thread takes an
 * answer only under the exact key it makes. A key that drifts on one side does not fail a run (the
 * main thread asks the server itself): it only loses the read-ahead, so it is pinned here.
 */
import { describe, expect, it } from 'vitest';
import { aheadKey } from '../../host/node/remote/ahead.js';

describe('aheadKey', () => {
  const server = { host: 'files.example', port: 5308 };

  it('a listing: the server, the word list and the path, nothing after', () => {
    expect(aheadKey(server, 'list', '/masterfiles/a b')).toBe('files.example:5308 list /masterfiles/a b');
  });

  it('a file: its size as the listing gave it, also 0', () => {
    expect(aheadKey(server, 'read', '/m/f', 123)).toBe('files.example:5308 read /m/f 123');
    expect(aheadKey(server, 'read', '/m/f', 0)).toBe('files.example:5308 read /m/f 0');
    expect(aheadKey({ host: '10.0.0.2', port: 1 }, 'read', '/f')).toBe('10.0.0.2:1 read /f');
  });
});

/**
 * For the test files that drive remote/session.ts in this process against fake servers
 * (fake-server.ts, or a raw TLS server of the file's own): a scratch state directory, the
 * client's key pair made once, one server key pair for every fake (a 2,048-bit key made per
 * server cost most of each test), and every session and server `open` made closed after each
 * test, the scratch directory removed after the file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { makeKeyPair } from '../../host/node/remote/keys.js';
import type { KeyPair } from '../../host/node/remote/keys.js';
import { Session } from '../../host/node/remote/session.js';
import { fakeKeys, FakeServer } from './fake-server.js';
import type { FakeScript } from './fake-server.js';

export interface FakeSessionOptions { chop?: number; timeout?: number; minRate?: number }

export function sessionsToFakes(prefix: string) {
  const scratch = fs.mkdtempSync(join(os.tmpdir(), prefix));
  let keys: KeyPair;
  let serverKeys: KeyPair;
  beforeAll(() => {
    keys = makeKeyPair(scratch, 1024);
    serverKeys = fakeKeys();
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  const servers: FakeServer[] = [];
  const sessions: Session[] = [];
  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.close();
    for (const f of servers.splice(0)) await f.stop();
  });
  return {
    scratch,
    /** The client's key pair (made in beforeAll). */
    keys: () => keys,
    /** The fakes' key pair (made in beforeAll). */
    serverKeys: () => serverKeys,
    /** A fake server playing `script` and a session to it (timeout 30 s unless given). */
    async open(script: FakeScript, o: FakeSessionOptions = {}): Promise<{ fake: FakeServer; s: Session; where: string }> {
      const fake = await FakeServer.start(script, { keys: serverKeys, chop: o.chop });
      servers.push(fake);
      const s = await Session.open({ host: '127.0.0.1', port: fake.port, trustKey: true, keys, stateDir: scratch, user: 'root',
        timeout: o.timeout ?? 30, minRate: o.minRate, note: () => {} });
      sessions.push(s);
      return { fake, s, where: `127.0.0.1:${fake.port}` };
    },
  };
}

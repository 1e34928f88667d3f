/**
 * The remote worker connects to the servers a policy names literally as soon as it starts,
 * before the run asks (host/node/remote/early.ts hintOf, worker.ts speculate). Such a connection
 * decides nothing: it is kept only for a key already pinned for the name, learns and pins
 * nothing, is opened only for copies whose class is trivially true, and one the run never uses
 * is closed with close_notify like the others, however the process ends.
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hintOf } from '../../host/node/remote/early.js';
import { keyDigest } from '../../host/node/remote/keys.js';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';
import { haveServerd, Serverd, SKIP_REASON } from './serverd.mjs';

describe('the servers a policy names, for connecting before the run asks', () => {
  it('literal names, the control port when given once as a number, at most two servers', () => {
    expect(hintOf('control:\n port = ( 5309 )\ncopy:\n /a dest=/b server=files.example trustkey=true\n /c dest=/d server=10.0.0.2\n /e dest=/f server=third\n', '/s'))
      .toEqual({ stateDir: '/s', servers: [{ host: 'files.example', port: 5309 }, { host: '10.0.0.2', port: 5309 }], trees: false });
    expect(hintOf('copy:\n /a dest=/b server=files.example recurse=inf\n /c dest=/d server=files.example\n', '/s'))
      .toEqual({ stateDir: '/s', servers: [{ host: 'files.example', port: 0 }], trees: true });
  });

  it('only copies whose class is trivially true (none since the section began, or any::): another class may not run', () => {
    expect(hintOf('copy:\n nosuchclass::\n  /a dest=/b server=h1\n', '/s')).toBeNull();
    // A server named only in a comment is no copy's; a '#' inside quotes starts none.
    expect(hintOf('copy:\n /a dest=/b # was server=old.example\n# server=gone\n', '/s')).toBeNull();
    expect(hintOf('copy:\n "/a#1" dest=/b server=h1 # server=h2\n', '/s')?.servers).toEqual([{ host: 'h1', port: 0 }]);
    expect(hintOf('copy:\n linux.!debian:: /a dest=/b server=h1\n any::\n  /c dest=/d server=h2\n' +
      'tidy:\n  /tmp pattern=* age=1\ncopy:\n  /e dest=/f server=h3\n', '/s'))
      .toEqual({ stateDir: '/s', servers: [{ host: 'h2', port: 0 }, { host: 'h3', port: 0 }], trees: false });
  });

  it('a name or port through a variable, or two ports: no guess', () => {
    expect(hintOf('copy:\n /a dest=/b server=$(policyhost)\n', '/s')).toBeNull();
    expect(hintOf('control:\n port = ( $(p) )\ncopy:\n /a dest=/b server=h\n', '/s')).toBeNull();
    expect(hintOf('control:\n port = ( 1 )\n port = ( 2 )\ncopy:\n /a dest=/b server=h\n', '/s')).toBeNull();
  });
});

if (!haveServerd) console.log(`test/fleet/early-connect.test.ts: ${SKIP_REASON}`);

describe.skipIf(!haveServerd)('a connection opened before the run asks, against a real cf-serverd', () => {
  const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-early-connect-'));
  const share = join(scratch, 'share');
  let server: Serverd;

  beforeAll(async () => {
    fs.mkdirSync(share);
    fs.writeFileSync(join(share, 'motd'), 'welcome\n');
    server = await Serverd.start({ admit: [share] });
  });
  afterAll(() => {
    server?.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  /** A state directory with this host's key pair (a connection is only tried with one). */
  function state(name: string): string {
    const dir = join(scratch, name, 'state');
    fs.mkdirSync(join(scratch, name, 'root'), { recursive: true });
    expect(cfwasm(['key', '--state-dir', dir]).status).toBe(0);
    return dir;
  }

  /**
   * A run whose copy: section is not in its actionsequence: the run never asks the server, but
   * the copy's class is trivially true, so the worker connects early. It lasts a second (a
   * command), so that connection is in before it ends.
   */
  function runUnused(name: string, dir: string, options: string, classes = '') {
    const file = join(scratch, name, 'policy.conf');
    fs.writeFileSync(file, `control:\n actionsequence = ( shellcommands )\n port = ( ${server.port} )\n` +
      `copy:\n${classes}  ${share}/motd dest=/motd server=127.0.0.1 ${options}\nshellcommands:\n "/bin/sleep 1"\n`);
    return cfwasm(['run', '-f', file, '--root', join(scratch, name, 'root'), '--state-dir', dir, '--allow-exec']);
  }

  /** A state directory whose key pair the server's key is pinned for (a first run learnt it). */
  function pinnedState(name: string): string {
    const dir = state(name);
    const file = join(scratch, name, 'learn.conf');
    fs.writeFileSync(file, `control:\n actionsequence = ( copy )\n port = ( ${server.port} )\ncopy:\n ${share}/motd dest=/motd server=127.0.0.1 trustkey=true\n`);
    expect(cfwasm(['run', '-f', file, '--root', join(scratch, name, 'root'), '--state-dir', dir]).status).toBe(0);
    return dir;
  }

  const serverKey = () => crypto.createPublicKey(fs.readFileSync(join(server.workdir, 'ppkeys', 'localhost.pub')));

  it('a key not yet known is not learnt, even with trustkey=true, when the run never asks', () => {
    const dir = state('learn');
    const r = runUnused('learn', dir, 'trustkey=true');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(join(dir, 'ppkeys')).sort()).toEqual(['localhost.priv', 'localhost.pub']);
  });

  it('a key put in ppkeys by hand is not pinned when the run never asks', () => {
    const dir = state('byhand');
    const key = serverKey();
    fs.writeFileSync(join(dir, 'ppkeys', `root-${keyDigest(key)}.pub`), key.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o644 });
    expect(runUnused('byhand', dir, '').status).toBe(0);
    expect(fs.existsSync(join(dir, 'ppkeys', 'lastseen.json'))).toBe(false);
  });

  it('with the key pinned, a connection the run did not use is still closed with close_notify', async () => {
    const dir = pinnedState('pinned');
    const logBefore = server.log.length;
    expect(runUnused('pinned', dir, '').status).toBe(0);
    // The server logs a connection's end after the client has gone: a moment for it.
    await new Promise((r) => setTimeout(r, 500));
    const log = server.log.slice(logBefore);
    expect(log).toMatch(/127\.0\.0\.1/); // it did connect, before the run decided
    expect(log).not.toMatch(/unexpected eof/i);
  });

  it('a copy in a class that may not be set: no connection is opened for it', async () => {
    const dir = pinnedState('classed');
    const logBefore = server.log.length;
    // Pinned, but the copy is under a class this host does not have.
    expect(runUnused('classed', dir, '', '  nosuchclass::\n').status).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(server.log.slice(logBefore)).not.toMatch(/Accepting connection/);
  });

  it('a process that ends before the run closes its connections (an early exit) still closes them with close_notify', async () => {
    const dir = pinnedState('early-exit');
    const logBefore = server.log.length;
    // The worker as bin/cfwasm.js starts it; the process waits until the server has accepted the
    // connection and a moment more for the greeting, then ends without closing anything itself.
    const script = `const early = require(${JSON.stringify(join(REPO, 'dist/host/node/remote/early.bundle.cjs'))});
      early.spawnWorker(early.workerPath(), { stateDir: ${JSON.stringify(dir)}, servers: [{ host: '127.0.0.1', port: ${server.port} }], trees: false });
      const fs = require('node:fs');
      const log = ${JSON.stringify(join(server.workdir, 'serverd.log'))};
      const wait = () => (fs.readFileSync(log, 'utf8').length > ${logBefore} && /Accepting connection/.test(fs.readFileSync(log, 'utf8').slice(${logBefore}))
        ? setTimeout(() => {}, 1000) : setTimeout(wait, 20));
      wait();`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const log = server.log.slice(logBefore);
    expect(log).toMatch(/Accepting connection/);
    expect(log).not.toMatch(/error:|unexpected eof|hung up/i);
  });
});

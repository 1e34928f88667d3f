/**
 * Remote copies that never write wrong bytes, against a real cf-serverd 3.21: a file that grows
 * between the client's STAT and its GET (cf-serverd sends it as it is then), a file rewritten in
 * place during its transfer with verify=true, a `loop -> .` link, the server killed in the middle
 * of a tree, and connections closed with TLS's close_notify. Skipped, with the reason printed,
 * where cf-serverd is not installed.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import type { RemoteEntry, ServerRef } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';
import { makeKeyPair } from '../../host/node/remote/keys.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { cfwasm, cfwasmAsync } from '../support/cli.js';
import { haveServerd, Serverd, SKIP_REASON } from './serverd.mjs';

if (!haveServerd) console.log(`test/fleet/integrity.test.ts: ${SKIP_REASON}`);

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-integrity-'));
const share = join(scratch, 'share');
const template = join(scratch, 'template');

function where(name: string) {
  const root = join(scratch, name, 'root');
  const state = join(scratch, name, 'state');
  fs.mkdirSync(root, { recursive: true });
  fs.cpSync(join(template, 'ppkeys'), join(state, 'ppkeys'), { recursive: true });
  return { root, state };
}

function policy(port: number, items: string): string {
  return `control:\n actionsequence = ( copy files )\n port = ( ${port} )\ncopy:\n${items}\nfiles:\n /ran mode=0644 action=touch\n`;
}

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

describe.skipIf(!haveServerd)('remote copies from a real cf-serverd never write wrong bytes', () => {
  let server: Serverd;

  beforeAll(async () => {
    makeKeyPair(template, 2048);
    fs.mkdirSync(share, { recursive: true });
    server = await Serverd.start({ admit: [share] });
  });
  afterAll(() => {
    server?.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('files appended to between the listing and their GET: every file exact, in every run', async () => {
    const tree = join(share, 'growing');
    for (let i = 0; i < 30; i++) {
      fs.mkdirSync(tree, { recursive: true });
      fs.writeFileSync(join(tree, `f${String(i).padStart(2, '0')}.log`), `file ${i}\n`.repeat(20 + i));
    }
    const runtime = await nodeRuntime();
    for (let round = 0; round < 3; round++) {
      const w = where(`grow${round}`);
      // After the server's listing (its STATs), before any GET: every third file grows.
      class Growing extends NodeHost {
        remoteList(s: ServerRef, path: string): RemoteEntry[] {
          const entries = super.remoteList(s, path);
          for (const e of entries) if (Number(e.name.slice(1, 3)) % 3 === round) fs.appendFileSync(join(path, e.name), `appended in round ${round}\n`);
          return entries;
        }
      }
      const host = new Growing({ root: w.root, stateDir: w.state, keepContents: false });
      const result = runPolicyOn(runtime, policy(server.port, ` ${tree} dest=/tree server=127.0.0.1 trustkey=true`), host, { now: Date.now() / 1000, hostname: 'client' });
      host.closeRemote();
      for (const name of fs.readdirSync(tree)) {
        expect(fs.readFileSync(join(w.root, 'tree', name), 'utf8'), `${name} in round ${round}`).toBe(fs.readFileSync(join(tree, name), 'utf8'));
      }
      expect(fs.readdirSync(join(w.root, 'tree'))).toHaveLength(30);
      expect(result.exitCode).toBe(0);
    }
  });

  it('a log appended to at each of its GETs is refused (old content kept, exit 1); the files after it intact', async () => {
    const tree = join(share, 'busy');
    fs.mkdirSync(tree, { recursive: true });
    for (const n of ['a', 'b', 'c']) fs.writeFileSync(join(tree, n), `${n}\n`.repeat(100));
    // First in the listing: fetched by the client's own request, not read ahead with the size listed.
    fs.writeFileSync(join(tree, '0app.log'), 'line\n'.repeat(100));
    const w = where('busy');
    fs.mkdirSync(join(w.root, 'busy'));
    fs.writeFileSync(join(w.root, 'busy', '0app.log'), 'old log\n');
    fs.utimesSync(join(w.root, 'busy', '0app.log'), 1_000_000_000, 1_000_000_000);
    const runtime = await nodeRuntime();
    class Busy extends NodeHost {
      remoteCopy(s: ServerRef, path: string, size: number, dest: string, mode: number, verify?: boolean): void {
        if (path.endsWith('app.log')) fs.appendFileSync(path, 'another line\n');
        super.remoteCopy(s, path, size, dest, mode, verify);
      }
    }
    const host = new Busy({ root: w.root, stateDir: w.state, keepContents: false });
    const result = runPolicyOn(runtime, policy(server.port, ` ${tree} dest=/busy server=127.0.0.1 trustkey=true`), host, { now: Date.now() / 1000, hostname: 'client' });
    host.closeRemote();
    const log = result.log.map(l => l.message).join('\n');
    expect(log).toMatch(/could not copy 127\.0\.0\.1:\S+\/0app\.log: 127\.0\.0\.1:\d+ sent more than the \d+ bytes its STAT gave \(the file grew while it was copied\); \/busy\/0app\.log left as it was/);
    expect(fs.readFileSync(join(w.root, 'busy', '0app.log'), 'utf8')).toBe('old log\n');
    for (const n of ['a', 'b', 'c']) expect(fs.readFileSync(join(w.root, 'busy', n), 'utf8')).toBe(`${n}\n`.repeat(100));
    expect(fs.readdirSync(join(w.root, 'busy')).sort()).toEqual(['0app.log', 'a', 'b', 'c']);
    expect(result.exitCode).toBe(1);
  });

  it('verify=true: a file rewritten in place during its transfer arrives as the old or the new version, never a mix', async () => {
    const size = 64 * 1024 * 1024;
    const master = join(share, 'rewritten.bin');
    const before = crypto.randomBytes(size);
    const after = crypto.randomBytes(size);
    fs.writeFileSync(master, before);
    const w = where('rewrite');
    const file = join(scratch, 'rewrite', 'policy.conf');
    fs.writeFileSync(file, policy(server.port, ` ${master} dest=/r.bin server=127.0.0.1 trustkey=true verify=true define=got`));
    const done = cfwasmAsync(['run', '-I', '-f', file, '--root', w.root, '--state-dir', w.state]);
    // Rewritten (same inode, same size) once the server has sent part of it.
    const midway = await server.whileReading(master, (pos) => pos > 0 && pos < size / 2, () => {
      const fd = fs.openSync(master, 'r+');
      fs.writeSync(fd, after, 0, size, 0);
      fs.closeSync(fd);
    });
    const { status, out } = await done;
    expect(midway).toBe(true);
    const got = sha(fs.readFileSync(join(w.root, 'r.bin')));
    expect([sha(before), sha(after)]).toContain(got);
    // The first transfer was a mix: it was refused by its digest and fetched again, whole and new.
    expect(got).toBe(sha(after));
    expect(status).toBe(0);
    expect(out).toMatch(/Copying from 127\.0\.0\.1:\S+rewritten\.bin to \/r\.bin/);
    fs.rmSync(master);
  });

  it('a `loop -> .` link (cf-serverd follows it): not entered again, one message, exit 1', () => {
    const tree = join(share, 'looping');
    fs.mkdirSync(join(tree, 'sub'), { recursive: true });
    fs.writeFileSync(join(tree, 'sub', 'f'), 'f\n');
    fs.symlinkSync('.', join(tree, 'sub', 'loop'));
    const w = where('loop');
    const file = join(scratch, 'loop', 'policy.conf');
    fs.writeFileSync(file, policy(server.port, ` ${tree} dest=/t recurse=inf server=127.0.0.1 trustkey=true`));
    const r = cfwasm(['run', '-I', '-f', file, '--root', w.root, '--state-dir', w.state]);
    expect((r.stdout + r.stderr).match(/\/sub\/loop is a directory the copy is already inside \(a loop on the server\); not entered/g)).toHaveLength(1);
    expect(fs.existsSync(join(w.root, 't/sub/loop/loop'))).toBe(false);
    expect(fs.readFileSync(join(w.root, 't/sub/f'), 'utf8')).toBe('f\n');
    expect(r.status).toBe(1);
  });

  it('connections end with close_notify: cf-serverd logs no "unexpected eof"', async () => {
    fs.writeFileSync(join(share, 'plain'), 'plain\n');
    const w = where('notify');
    const file = join(scratch, 'notify', 'policy.conf');
    fs.writeFileSync(file, policy(server.port, ` ${share}/plain dest=/plain server=127.0.0.1 trustkey=true`));
    const logBefore = server.log.length;
    expect(cfwasm(['run', '-f', file, '--root', w.root, '--state-dir', w.state]).status).toBe(0);
    expect(fs.readFileSync(join(w.root, 'plain'), 'utf8')).toBe('plain\n');
    // The server logs a connection's end after the client has gone: a moment for it.
    await new Promise((r) => setTimeout(r, 500));
    const log = server.log.slice(logBefore);
    expect(log).toMatch(/127\.0\.0\.1/);
    expect(log).not.toMatch(/unexpected eof/i);
  });
});

describe.skipIf(!haveServerd)('cf-serverd killed in the middle of a tree', () => {
  it('one message for the server, the files before it intact, nothing half-written, exit 1', async () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-killtree-'));
    const tree = join(dir, 'tree');
    fs.mkdirSync(tree);
    for (let i = 0; i < 200; i++) fs.writeFileSync(join(tree, `f${String(i).padStart(3, '0')}`), `file ${i}\n`);
    const server = await Serverd.start({ admit: [tree] });
    try {
      const root = join(dir, 'root');
      fs.mkdirSync(root);
      const runtime = await nodeRuntime();
      let copies = 0;
      class Dying extends NodeHost {
        remoteCopy(s: ServerRef, path: string, size: number, dest: string, mode: number, verify?: boolean): void {
          if (++copies === 50) server.stop('SIGKILL');
          super.remoteCopy(s, path, size, dest, mode, verify);
        }
      }
      const host = new Dying({ root, stateDir: join(dir, 'state'), keepContents: false });
      const result = runPolicyOn(runtime, policy(server.port, ` ${tree} dest=/tree server=127.0.0.1 trustkey=true`), host, { now: Date.now() / 1000, hostname: 'client' });
      host.closeRemote();
      const problems = result.log.filter(l => l.level !== 'info').map(l => l.message).filter(m => !/key/.test(m));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/cannot copy from 127\.0\.0\.1: .*; its copies are passed over in this run/);
      const copied = fs.readdirSync(join(root, 'tree')).sort();
      expect(copied.length).toBeGreaterThanOrEqual(49);
      expect(copied.length).toBeLessThan(200);
      for (const name of copied) expect(fs.readFileSync(join(root, 'tree', name), 'utf8')).toBe(`file ${Number(name.slice(1))}\n`);
      expect(result.exitCode).toBe(1);
    } finally {
      server.remove();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

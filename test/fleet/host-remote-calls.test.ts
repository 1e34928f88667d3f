/**
 * NodeHost's copies from a server (node-host.ts lines 1078-1160) in this process, its client's
 * worker the logged stand-in (stand-in-worker-logged.mjs, adopted as bin/cfwasm.js's early worker
 * is): what each call asks the worker (a read, or a prefetch and a write into the temp file), the
 * default port, the comparisons asked together, the notes, and the worker started early or closed.
 * Round 17's Stryker run found none of these calls reached in process.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AHEAD_FILE } from '../../host/node/remote/ahead.js';
import { defaultPort } from '../../host/node/remote/shared.js';
import { spawnWorker } from '../../host/node/remote/early.js';
import { NodeHost } from '../../host/node/node-host.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-host-remote-'));
const hosts: NodeHost[] = [];
afterEach(() => { for (const h of hosts.splice(0)) h.closeRemote(); });
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const EARLY = Symbol.for('cfwasm.remote-worker');
const ok = (value: unknown) => ({ ok: true, value, notes: [] });
let n = 0;

/** A NodeHost whose client adopts a logged stand-in worker scripted with `answers`; the stand-in's log (its settings left out). */
function hostWith(answers: Record<string, unknown>, options: ConstructorParameters<typeof NodeHost>[0] = {}): { host: NodeHost; log: () => unknown[] } {
  const logFile = join(scratch, `log-${n}.jsonl`);
  const file = join(scratch, `script-${n++}.json`);
  fs.writeFileSync(file, JSON.stringify({ answers, logFile }));
  const url = new URL(`${pathToFileURL(join(__dirname, 'stand-in-worker-logged.mjs')).href}?script=${encodeURIComponent(file)}`);
  (globalThis as Record<symbol, unknown>)[EARLY] = spawnWorker(url);
  const host = new NodeHost({ stateDir: join(scratch, 'state'), ...options });
  hosts.push(host);
  // (The stand-in appends a line with one write, but makes the file first: it may be empty.)
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').filter(l => l !== '').map((l) => JSON.parse(l)) : []);
  return { host, log };
}

const server = { host: 'files.example', port: 5308, trustKey: false };

describe('NodeHost asking a server through its worker', () => {
  it('startRemote starts the worker at once (its settings sent); closeRemote asks it to close', async () => {
    const { host, log } = hostWith({});
    host.startRemote();
    // Its settings reach the worker without any request.
    for (const deadline = Date.now() + 10_000; log().length === 0;) {
      if (Date.now() > deadline) throw new Error('the worker got no settings within 10 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    host.closeRemote();
    const got = log();
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ config: { stateDir: join(scratch, 'state'), timeout: 30 } });
    expect(got[1]).toBe('close');
  });

  it('without a state directory startRemote starts nothing; closeRemote still ends the early worker', () => {
    const { log } = hostWith({});
    const host = new NodeHost();
    host.startRemote();
    const early = (globalThis as Record<symbol, { ended: boolean } | undefined>)[EARLY];
    expect(early?.ended).toBe(false); // not taken
    host.closeRemote();
    expect((globalThis as Record<symbol, unknown>)[EARLY]).toBeUndefined();
    expect(early?.ended).toBe(true);
    expect(log()).toEqual([]);
  });

  it('remoteRead: one read, not verified unless asked; a port of 0 is the default port', () => {
    const { host, log } = hostWith({ 'read /f': { reply: ok({ bytes: 'hello' }) } });
    expect(Buffer.from(host.remoteRead({ ...server, port: 0 }, '/f', 5)).toString()).toBe('hello');
    expect(log()[1]).toEqual({ op: 'read', server: { ...server, port: defaultPort() }, path: '/f', size: 5, verify: false });
  });

  it('remoteCopy with kept contents: read whole, then written (and recorded)', () => {
    const { host, log } = hostWith({ 'read /f': { reply: ok({ bytes: 'hello' }) } });
    const dest = join(scratch, `dest-${n}`);
    host.remoteCopy(server, '/f', 5, dest, 0o640);
    expect(fs.readFileSync(dest, 'utf8')).toBe('hello');
    expect(fs.statSync(dest).mode & 0o7777).toBe(0o640);
    expect(host.saves.map((s) => s.path)).toEqual([dest]);
    expect(log().slice(1)).toEqual([{ op: 'read', server, path: '/f', size: 5, verify: false }]);
  });

  it('remoteCopy without kept contents: the worker writes into the temp file (a bigger one prefetched first); nothing recorded', () => {
    const big = AHEAD_FILE + 10;
    const { host, log } = hostWith({
      'write /small': { write: 'small', reply: ok(true) },
      'write /big': { write: 'b'.repeat(big), reply: ok(true) },
    }, { keepContents: false });
    const small = join(scratch, `small-${n}`);
    const large = join(scratch, `large-${n}`);
    host.remoteCopy(server, '/small', 5, small, 0o600);
    host.remoteCopy(server, '/big', big, large, 0o600);
    expect(fs.readFileSync(small, 'utf8')).toBe('small');
    expect(fs.readFileSync(large, 'utf8')).toBe('b'.repeat(big));
    expect(host.saves).toEqual([]);
    const asked = log().slice(1) as Record<string, unknown>[];
    expect(asked.map((m) => (m.op ? `${m.op} ${m.path} ${m.verify}` : Object.keys(m)[0]))).toEqual(['write /small false', 'prefetch', 'write /big false']);
  });

  it('remoteDiffersMany: only the local files of the size given are asked, with their MD5, in one request; the others differ', () => {
    const d = fs.mkdtempSync(join(scratch, 'local-'));
    fs.writeFileSync(join(d, 'a'), 'aaa');
    fs.writeFileSync(join(d, 'b'), 'bb');
    fs.writeFileSync(join(d, 'c'), 'ccc');
    const { host, log } = hostWith({ 'differs-many ': { reply: ok([false, 'refused']) } });
    const got = host.remoteDiffersMany(server, [
      { path: '/a', size: 3, local: join(d, 'a') },
      { path: '/b', size: 3, local: join(d, 'b') }, // another size here: differs, not asked
      { path: '/m', size: 1, local: join(d, 'missing') },
      { path: '/c', size: 3, local: join(d, 'c') },
    ]);
    expect(got).toEqual([false, true, true, 'refused']);
    const md5 = (s: string) => JSON.parse(JSON.stringify(new Uint8Array(crypto.createHash('md5').update(s).digest())));
    expect(log().slice(1)).toEqual([{ op: 'differs-many', server, path: '', items: [{ path: '/a', digest: md5('aaa') }, { path: '/c', digest: md5('ccc') }] }]);
  });

  it('remoteNotes: none before any server was asked; then the worker\'s, once', () => {
    expect(new NodeHost({ stateDir: join(scratch, 'state') }).remoteNotes()).toEqual([]);
    const { host } = hostWith({ 'stat /f': { reply: { ok: true, value: { type: 'file', mode: 0o644, mtime: 1, atime: 1, size: 0, uid: 0, gid: 0, ino: 1, dev: 1 }, notes: ['learnt a key'] } } });
    host.remoteStat(server, '/f');
    expect(host.remoteNotes()).toEqual(['learnt a key']);
    expect(host.remoteNotes()).toEqual([]);
  });
});

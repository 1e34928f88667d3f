/**
 * host/node/remote/client.ts in process against stand-in-worker-logged.mjs, whose log file shows
 * what reached the worker even after the client closed it: when the read-ahead answers taken are
 * told (a listing at once, files every TOLD_EVERY, else with the next message), that closing an
 * adopted worker asks it to close its connections first, read-ahead answers that came behind a
 * reply, a worker slow to start or to answer, and one that never starts (the clock moved on with a
 * stub rather than waited for). Round 17's survivors of Stryker's first run of client.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { aheadKey, AHEAD_FILE, PREFETCH_MAX, TOLD_EVERY } from '../../host/node/remote/ahead.js';
import { RemoteClient } from '../../host/node/remote/client.js';
import { spawnWorker } from '../../host/node/remote/early.js';
import { caught, scriptListing } from '../support/stand-in-worker.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-client-edges-'));
const clients: RemoteClient[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const c of clients.splice(0)) c.close();
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const server = { host: 'files.example', port: 5308, trustKey: false };
const ok = (value: unknown) => ({ ok: true, value, notes: [] });
const stat = { type: 'file', mode: 0o640, mtime: 100, atime: 90, size: 5, uid: 1, gid: 2, ino: 3, dev: 4 };
let n = 0;

interface Script { answers: Record<string, unknown>; startAfter?: number }
/** A client adopting the logged stand-in as its early worker, and a reader of the stand-in's log. */
function clientOf(script: Script): { c: RemoteClient; log: () => unknown[] } {
  const logFile = join(scratch, `log-${n}.jsonl`);
  const file = join(scratch, `script-${n++}.json`);
  fs.writeFileSync(file, JSON.stringify({ ...script, logFile }));
  const url = new URL(`${pathToFileURL(join(__dirname, 'stand-in-worker-logged.mjs')).href}?script=${encodeURIComponent(file)}`);
  (globalThis as Record<symbol, unknown>)[Symbol.for('cfwasm.remote-worker')] = spawnWorker(url);
  const c = new RemoteClient({ stateDir: '/state' });
  clients.push(c);
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(1) : []);
  return { c, log };
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('RemoteClient: what reaches the worker, and when', () => {
  it('closing asks the adopted worker to close its connections; a listing taken ahead is told before that', () => {
    const key = aheadKey(server, 'list', '/t/sub');
    const { c, log } = clientOf({ answers: { 'list /t': { before: [{ ahead: key, value: scriptListing([{ name: 'x', ...stat, type: 'file' }]) }], reply: ok(scriptListing([])) } } });
    c.list(server, '/t');
    expect(c.list(server, '/t/sub').map((e) => e.name)).toEqual(['x']);
    c.close();
    expect(log()).toEqual([{ op: 'list', server, path: '/t' }, { took: [{ key, op: 'list', server, path: '/t/sub' }] }, 'close']);
  });

  it('files taken ahead: told once TOLD_EVERY are taken, not before', () => {
    const keys = Array.from({ length: TOLD_EVERY }, (_, i) => aheadKey(server, 'read', `/d/${i}`, i + 1));
    const { c, log } = clientOf({ answers: { 'stat /f': { before: keys.map((k, i) => ({ ahead: k, value: { bytes: 'y'.repeat(i + 1) } })), reply: ok(stat) } } });
    c.stat(server, '/f');
    for (let i = 0; i < TOLD_EVERY - 1; i++) c.read(server, `/d/${i}`, i + 1);
    const { c: d, log: dLog } = clientOf({ answers: { 'stat /f': { before: keys.map((k, i) => ({ ahead: k, value: { bytes: 'y'.repeat(i + 1) } })), reply: ok(stat) } } });
    d.stat(server, '/f');
    for (let i = 0; i < TOLD_EVERY; i++) expect(Buffer.from(d.read(server, `/d/${i}`, i + 1)).toString()).toBe('y'.repeat(i + 1));
    c.close();
    d.close();
    const told = (k: number) => ({ took: Array.from({ length: k }, (_, i) => ({ key: keys[i], op: 'read', server, path: `/d/${i}` })) });
    // One short of TOLD_EVERY: nothing told before the close (no request came to carry it).
    expect(log()).toEqual([{ op: 'stat', server, path: '/f' }, 'close']);
    expect(dLog()).toEqual([{ op: 'stat', server, path: '/f' }, told(TOLD_EVERY), 'close']);
  });

  it('a read-ahead answer that came behind the last reply is taken, without a request', async () => {
    const key = aheadKey(server, 'read', '/late', 4);
    const { c, log } = clientOf({ answers: { 'stat /f': { reply: ok(stat), after: [{ ahead: key, value: { bytes: 'late' } }] } } });
    c.stat(server, '/f');
    await pause(50); // (it was posted right behind the reply; this only lets the port deliver it)
    expect(Buffer.from(c.read(server, '/late', 4)).toString()).toBe('late');
    c.close();
    expect(log()).toEqual([{ op: 'stat', server, path: '/f' }, 'close']);
  });

  it('a listing asked for that the worker says it sent ahead: that listing', () => {
    const key = aheadKey(server, 'list', '/s');
    const { c } = clientOf({ answers: { 'list /s': { before: [{ ahead: key, value: scriptListing([{ name: 'z', ...stat, type: 'file' }]) }], reply: { ok: true, value: null, sent: key, notes: [] } } } });
    expect(c.list(server, '/s').map((e) => e.name)).toEqual(['z']);
  });

  it('a reply naming another answer than the one asked for is an error, even when the one asked for came', () => {
    const asked = aheadKey(server, 'read', '/a', 4);
    const { c } = clientOf({ answers: { 'read /a': { before: [{ ahead: asked, value: { bytes: 'mine' } }], reply: { ok: true, value: null, sent: aheadKey(server, 'read', '/b', 4), notes: [] } } } });
    const e = caught(() => c.read(server, '/a', 4, true));
    expect(e).toBeInstanceOf(HostError);
    expect([e.code, e.message]).toEqual(['EFAIL', 'the remote copy worker referred to an answer that never came']);
  });

  it('writeInto without verify takes a file read ahead (no write request)', () => {
    const { c, log } = clientOf({ answers: { 'stat /f': { before: [{ ahead: aheadKey(server, 'read', '/w', 5), value: { bytes: 'ahead' } }], reply: ok(stat) } } });
    c.stat(server, '/f');
    const out = join(scratch, 'w');
    const fd = fs.openSync(out, 'w');
    try {
      c.writeInto(server, '/w', 5, fd);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('ahead');
    c.close();
    expect(log()).toEqual([{ op: 'stat', server, path: '/f' }, 'close']);
  });

  it('prefetch at PREFETCH_MAX exactly starts; a write of another file cancels it first', () => {
    const { c, log } = clientOf({ answers: { 'write /q': { reply: ok(true) } } });
    c.prefetch(server, '/p', PREFETCH_MAX);
    const fd = fs.openSync(join(scratch, 'q'), 'w');
    try {
      c.writeInto(server, '/q', AHEAD_FILE + 1, fd);
    } finally {
      fs.closeSync(fd);
    }
    c.close();
    expect(log()).toEqual([
      { prefetch: { op: 'write', server, path: '/p', size: PREFETCH_MAX, fd: -1, verify: false } },
      { cancel: aheadKey(server, 'read', '/p', PREFETCH_MAX) },
      { op: 'write', server, path: '/q', size: AHEAD_FILE + 1, fd, verify: false },
      'close',
    ]);
  });

  it('a STAT record of a file has no target key at all', () => {
    const { c } = clientOf({ answers: { 'stat /f': { reply: ok(stat) } } });
    expect(Object.keys(c.stat(server, '/f'))).not.toContain('target');
  });
});

describe('RemoteClient: a worker slow to start, slow to answer, or never starting', () => {
  it('one that starts after a moment (its flag notified meanwhile): the request waits for it', () => {
    const { c } = clientOf({ answers: { 'stat /f': { reply: ok(stat) } }, startAfter: 300 });
    expect(c.stat(server, '/f').size).toBe(5);
  });

  it('one that never starts: the request fails once the start time (30 s) has passed, saying so', () => {
    const { c } = clientOf({ answers: {}, startAfter: -1 });
    const real = Date.now();
    let calls = 0;
    // Each look at the clock 31 s later than the one before: past the limit at the second look.
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => real + 31_000 * calls++);
    const e = caught(() => c.stat(server, '/f'));
    clock.mockRestore();
    expect(e).toBeInstanceOf(HostError);
    expect([e.code, e.message]).toEqual(['EREMOTE', 'the remote copy worker did not start within 30 s']);
  });

  it('one running but slow to answer is waited for, whatever the clock says', () => {
    const { c } = clientOf({ answers: { 'stat /up': { reply: ok(stat) }, 'stat /f': { reply: ok(stat), delay: 300 } } });
    c.stat(server, '/up'); // running now
    const real = Date.now();
    let calls = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => real + 31_000 * calls++);
    const size = c.stat(server, '/f').size;
    clock.mockRestore();
    expect(size).toBe(5);
  });
});

/**
 * host/node/remote/client.ts called directly, in this process, with a stand-in worker
 * (stand-in-worker.mjs, started by early.ts's spawnWorker and adopted as bin/cfwasm.js's early
 * worker is): what the client sends the worker (its settings first, the read-ahead answers it took,
 * a prefetch and its cancel), what each reply becomes (the record, each failure's code, the notes,
 * an answer sent ahead), and a worker that ends or never starts. The real worker is dist/'s, where
 * no mutant can be seen; worker-calls.test.ts tests that one in process.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { aheadKey, AHEAD_FILE, TOLD_EVERY } from '../../host/node/remote/ahead.js';
import { RemoteClient } from '../../host/node/remote/client.js';
import { spawnWorker } from '../../host/node/remote/early.js';
import { caught, scriptListing } from '../support/stand-in-worker.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-client-calls-'));
const clients: RemoteClient[] = [];
afterEach(() => { for (const c of clients.splice(0)) c.close(); });
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const server = { host: 'files.example', port: 5308, trustKey: false };
const ok = (value: unknown, notes: string[] = []) => ({ reply: { ok: true, value, notes } });
const stat = { type: 'file', mode: 0o640, mtime: 100, atime: 90, size: 5, uid: 1, gid: 2, ino: 3, dev: 4 };
let n = 0;

/** A client whose worker is the stand-in answering from `answers` (`OP PATH` → step). */
function clientOf(answers: Record<string, unknown>, more: { start?: 'never'; atStart?: unknown[]; note?: (m: string) => void; timeout?: number } = {}): RemoteClient {
  const file = join(scratch, `script-${n++}.json`);
  fs.writeFileSync(file, JSON.stringify({ answers, start: more.start, atStart: more.atStart }));
  const url = new URL(`${pathToFileURL(join(__dirname, 'stand-in-worker.mjs')).href}?script=${encodeURIComponent(file)}`);
  // Adopted as the worker bin/cfwasm.js starts early (takeEarly): the client spawns none of its own.
  (globalThis as Record<symbol, unknown>)[Symbol.for('cfwasm.remote-worker')] = spawnWorker(url);
  const c = new RemoteClient({ stateDir: '/state', timeout: more.timeout, note: more.note });
  clients.push(c);
  return c;
}
/** What the stand-in got, in order (its settings first). */
const sent = (c: RemoteClient) => c.differs(server, '/__log', new Uint8Array()) as unknown as unknown[];

describe('RemoteClient against a stand-in worker', () => {
  it('sends the settings first; a STAT becomes the host\'s record (another type as none, a link\'s target kept)', () => {
    const c = clientOf({
      'stat /f': ok(stat),
      'stat /o': ok({ ...stat, type: 'other' }),
      'stat /l': ok({ ...stat, type: 'link', target: '../x' }),
    }, { timeout: 7 });
    expect(c.stat(server, '/f')).toEqual({ type: 'file', mode: 0o640, mtime: 100, atime: 90, size: 5, uid: 1, gid: 2, ino: 3, dev: 4 });
    expect(c.stat(server, '/o').type).toBe('none');
    expect(c.stat(server, '/l')).toEqual({ ...stat, type: 'link', target: '../x' });
    const log = sent(c);
    expect(log[0]).toEqual({ config: { stateDir: '/state', user: os.userInfo().username, timeout: 7 } });
    expect(log.slice(1)).toEqual(['/f', '/o', '/l'].map((path) => ({ op: 'stat', server, path })));
    expect((sent(clientOf({}))[0] as { config: { timeout: number } }).config.timeout).toBe(30);
  });

  it('each failure as its code, with the worker\'s words; a local one as fs threw it', () => {
    const kinds = { server: 'EREMOTE', missing: 'ENOENT', denied: 'EACCES', changed: 'ECHANGED', failed: 'EFAIL' } as const;
    const c = clientOf(Object.fromEntries([
      ...Object.keys(kinds).map((k) => [`stat /${k}`, { reply: { ok: false, kind: k, message: `words of ${k}`, notes: [] } }]),
      ['write /local', { reply: { ok: false, kind: 'local', code: 'ENOSPC', message: 'no space left', notes: [] } }],
    ]));
    for (const [kind, code] of Object.entries(kinds)) {
      const e = caught(() => c.stat(server, `/${kind}`));
      expect(e).toBeInstanceOf(HostError);
      expect([e.code, e.message]).toEqual([code, `words of ${kind}`]);
    }
    const local = caught(() => c.writeInto(server, '/local', AHEAD_FILE + 1, 1)) as unknown as NodeJS.ErrnoException;
    expect(local).not.toBeInstanceOf(HostError);
    expect([local.code, local.message]).toEqual(['ENOSPC', 'no space left']);
  });

  it('notes: to the note callback as they come, else kept for takeNotes once', () => {
    const c = clientOf({ 'stat /f': ok(stat, ['learnt a key', 'another']) });
    c.stat(server, '/f');
    expect(c.takeNotes()).toEqual(['learnt a key', 'another']);
    expect(c.takeNotes()).toEqual([]);
    const told: string[] = [];
    const d = clientOf({ 'stat /f': ok(stat, ['learnt a key']) }, { note: (m) => told.push(m) });
    d.stat(server, '/f');
    expect(told).toEqual(['learnt a key']);
    expect(d.takeNotes()).toEqual([]);
  });

  it('a listing read ahead is taken without a request, and the worker told at once', () => {
    const listing = scriptListing([{ name: 'x', ...stat, type: 'file' }]);
    const key = aheadKey(server, 'list', '/t/sub');
    const c = clientOf({ 'list /t': { before: [{ ahead: key, value: listing }], reply: { ok: true, value: scriptListing([]), notes: [] } } });
    expect(c.list(server, '/t')).toEqual([]);
    expect(c.list(server, '/t/sub').map((e) => e.name)).toEqual(['x']);
    const log = sent(c);
    expect(log.slice(1)).toEqual([{ op: 'list', server, path: '/t' }, { took: [{ key, op: 'list', server, path: '/t/sub' }] }]);
  });

  it('files read ahead: taken by size only, told every few, a verified read asks the worker', () => {
    const keys = Array.from({ length: TOLD_EVERY + 1 }, (_, i) => aheadKey(server, 'read', `/d/${i}`, i + 1));
    const c = clientOf({
      'read /d/first': { before: keys.map((k, i) => ({ ahead: k, value: { bytes: 'x'.repeat(i + 1) } })), reply: ok({ bytes: 'first' }).reply },
      'read /d/0': ok({ bytes: 'verified' }),
      'read /d/1': ok({ bytes: 'other size' }),
    });
    expect(Buffer.from(c.read(server, '/d/first', 5)).toString()).toBe('first');
    expect(Buffer.from(c.read(server, '/d/0', 1, true)).toString()).toBe('verified');
    expect(Buffer.from(c.read(server, '/d/1', 99)).toString()).toBe('other size');
    for (let i = 1; i <= TOLD_EVERY; i++) expect(Buffer.from(c.read(server, `/d/${i}`, i + 1)).toString()).toBe('x'.repeat(i + 1));
    const took = (i: number) => ({ key: keys[i], op: 'read', server, path: `/d/${i}` });
    // /d/0 was asked (verified): its read-ahead was never taken; the other 8 told in one message.
    expect(sent(c).slice(1)).toEqual([
      { op: 'read', server, path: '/d/first', size: 5, verify: false },
      { op: 'read', server, path: '/d/0', size: 1, verify: true },
      { op: 'read', server, path: '/d/1', size: 99, verify: false },
      { took: Array.from({ length: TOLD_EVERY }, (_, i) => took(i + 1)) },
    ]);
  });

  it('a reply that says its answer was sent ahead: that answer; one that never came: an error', () => {
    const key = aheadKey(server, 'read', '/s', 4);
    const c = clientOf({
      'read /s': { before: [{ ahead: key, value: { bytes: 'sent' } }], reply: { ok: true, value: null, sent: key, notes: [] } },
      'read /never': { reply: { ok: true, value: null, sent: aheadKey(server, 'read', '/never', 4), notes: [] } },
      'read /other': { before: [{ ahead: key, value: { bytes: 'sent' } }], reply: { ok: true, value: null, sent: key, notes: [] } },
    });
    expect(Buffer.from(c.read(server, '/s', 4, true)).toString()).toBe('sent');
    for (const path of ['/never', '/other']) {
      const e = caught(() => c.read(server, path, 4, true));
      expect([e.code, e.message]).toEqual(['EFAIL', 'the remote copy worker referred to an answer that never came']);
    }
  });

  it('writeInto: a file read ahead written at once, else the worker writes it, or the bytes it sent ahead are written here', () => {
    const out = join(scratch, 'out');
    const key = aheadKey(server, 'read', '/b', 5);
    const c = clientOf({
      'read /a': { before: [{ ahead: aheadKey(server, 'read', '/w', 5), value: { bytes: 'ahead' } }], reply: ok({ bytes: 'a' }).reply },
      'write /x': { write: 'by the worker', reply: ok(true).reply },
      'write /b': { before: [{ ahead: key, value: { bytes: 'beta!' } }], reply: { ok: true, value: null, sent: key, notes: [] } },
    });
    c.read(server, '/a', 1);
    for (const [path, size, verify, text] of [['/w', 5, false, 'ahead'], ['/x', 13, false, 'by the worker'], ['/b', 5, true, 'beta!']] as const) {
      const fd = fs.openSync(out, 'w');
      try {
        c.writeInto(server, path, size, fd, verify);
      } finally {
        fs.closeSync(fd);
      }
      expect(fs.readFileSync(out, 'utf8')).toBe(text);
    }
    expect(sent(c).filter((m) => (m as { op?: string }).op === 'write').map((m) => (m as { path: string }).path)).toEqual(['/x', '/b']);
  });

  it('prefetch: only between a read-ahead file\'s size and the bound; taken by its write, cancelled by anything else', () => {
    const c = clientOf({ 'write /big': ok(true), 'stat /f': ok(stat) });
    c.prefetch(server, '/small', AHEAD_FILE);
    c.prefetch(server, '/huge', 64 * 1024 * 1024 + 1);
    const size = AHEAD_FILE + 1;
    c.prefetch(server, '/big', size);
    const fd = fs.openSync(join(scratch, 'big'), 'w');
    try {
      c.writeInto(server, '/big', size, fd);
    } finally {
      fs.closeSync(fd);
    }
    c.prefetch(server, '/big2', size, true);
    c.prefetch(server, '/big3', size);
    c.stat(server, '/f');
    const log = sent(c).slice(1);
    expect(log.filter((m) => !('op' in (m as object)) || (m as { op: string }).op !== 'write')).toEqual([
      { prefetch: { op: 'write', server, path: '/big', size, fd: -1, verify: false } },
      { prefetch: { op: 'write', server, path: '/big2', size, fd: -1, verify: true } },
      { cancel: aheadKey(server, 'read', '/big2', size) },
      { prefetch: { op: 'write', server, path: '/big3', size, fd: -1, verify: false } },
      { cancel: aheadKey(server, 'read', '/big3', size) },
      { op: 'stat', server, path: '/f' },
    ]);
  });

  it('differsMany of nothing asks nothing; differs and differsMany pass the answers on', () => {
    const c = clientOf({ 'differs /a': ok(true), 'differs-many ': ok([false, 'refused']) });
    expect(c.differsMany(server, [])).toEqual([]);
    expect(c.differs(server, '/a', new Uint8Array([1, 2]))).toBe(true);
    expect(c.differsMany(server, [{ path: '/a', digest: new Uint8Array(16) }, { path: '/b', digest: new Uint8Array(16) }])).toEqual([false, 'refused']);
    expect(sent(c).slice(1).map((m) => (m as { op: string }).op)).toEqual(['differs', 'differs-many']);
  });

  it('a worker that ends: the request fails with why, if it said; every later one at once', () => {
    const c = clientOf({});
    const e = caught(() => c.stat(server, '/__fail'));
    expect([e.code, e.message]).toEqual(['EREMOTE', 'the remote copy worker ended: cannot find module x']);
    expect(caught(() => c.stat(server, '/f')).message).toBe('the remote copy worker ended: cannot find module x');
    const d = clientOf({});
    expect(caught(() => d.stat(server, '/__die')).message).toBe('the remote copy worker ended unexpectedly');
  });

  it('a failure the worker reported before a request stands for that request\'s reply', () => {
    const c = clientOf({ 'stat /f': ok(stat) }, { atStart: [{ workerFailed: 'bad bundle' }, { ok: false, kind: 'failed', message: 'the remote copy worker failed: boom', notes: [] }] });
    const e = caught(() => c.stat(server, '/f'));
    expect([e.code, e.message]).toEqual(['EFAIL', 'the remote copy worker failed: boom']);
  });

  it('close ends the worker once; a new request after starts another', () => {
    const c = clientOf({ 'stat /f': ok(stat) });
    c.stat(server, '/f');
    c.close();
    c.close();
    clientOf({ 'stat /f': ok({ ...stat, size: 9 }) }); // the next early worker, adopted by c's next start
    expect(c.stat(server, '/f').size).toBe(9);
  });
});

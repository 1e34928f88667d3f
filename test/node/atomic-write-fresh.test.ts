/**
 * host/node/atomic-write.ts as a fresh module instance per case (vi.resetModules), for what a
 * process does once: its temp tag's 64 random bits (from /dev/urandom; Math.random if that cannot
 * be opened), its counter from 0 (every name it gives is one its removeStaleTemps knows for its
 * own), whether a write is synced (byte-fs.ts wrapped to count fsync), and the crash-safety
 * pause, which only a write of 1 MiB or more makes (CFWASM_TEST_PAUSE_MID_WRITE is read at load).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-atomic-fresh-');
const BYTE_FS = '../../host/node/byte-fs.js';
afterEach(() => {
  vi.doUnmock(BYTE_FS);
  delete process.env.CFWASM_TEST_PAUSE_MID_WRITE;
});// Under Stryker one module cache serves every test file and run: the last fresh instance (its pause
// file set at load) must not be what the next file imports.
afterAll(() => {
  vi.resetModules();
});


/** atomic-write.ts as a fresh instance (and byte-fs.ts, mocked or not). */
async function freshAtomic() {
  vi.resetModules();
  return await import('../../host/node/atomic-write.js');
}

/** byte-fs.ts with `wrap` applied over the real one, for the next fresh instances. */
function mockByteFs(wrap: (real: typeof import('../../host/node/byte-fs.js')) => Record<string, unknown>) {
  vi.doMock(BYTE_FS, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../host/node/byte-fs.js')>();
    return { ...real, ...wrap(real) };
  });
}

const TAG = new RegExp(`^${process.pid}-[0-9a-f]{16}$`);

describe('a process\'s temp tag', () => {
  it('64 random bits read once from /dev/urandom: two instances differ; the descriptor is closed', async () => {
    const a = await freshAtomic();
    const before = fs.readdirSync('/proc/self/fd').length;
    const tagA = a.ownTempTag();
    expect(fs.readdirSync('/proc/self/fd').length).toBe(before);
    expect(tagA).toMatch(TAG);
    expect(a.ownTempTag()).toBe(tagA);
    const tagB = (await freshAtomic()).ownTempTag();
    expect(tagB).toMatch(TAG);
    expect(tagB).not.toBe(tagA);
  });

  it('Math.random\'s when /dev/urandom cannot be opened: still 16 hex digits, still its own', async () => {
    const opened: string[] = [];
    mockByteFs(real => ({
      openSync: (path: string, ...rest: unknown[]) => {
        opened.push(String(path));
        if (path === '/dev/urandom') throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return (real.openSync as (...a: unknown[]) => number)(path, ...rest);
      },
    }));
    const tagA = (await freshAtomic()).ownTempTag();
    const tagB = (await freshAtomic()).ownTempTag();
    expect(opened).toEqual(['/dev/urandom', '/dev/urandom']);
    expect(tagA).toMatch(TAG);
    expect(tagB).toMatch(TAG);
    expect(tagB).not.toBe(tagA);
  });
});

describe('temp names of a fresh instance', () => {
  it('counted from 0 and all its own: left unlisted, its removeStaleTemps takes every one', async () => {
    const a = await freshAtomic();
    const d = fresh();
    const names = [1, 2, 3].map(() => a.tempBeside(join(d, 'f')));
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toBe(`${d}/.f.cfwasm-${a.ownTempTag()}0.tmp`);
    for (const name of names) fs.writeFileSync(name, '');
    expect(a.removeStaleTemps(d).sort()).toEqual(names.map(n => n.slice(d.length + 1)).sort());
    expect(fs.readdirSync(d)).toEqual([]);
  });
});

describe('durable writes', () => {
  it('synced before the rename unless durable is false', async () => {
    let syncs = 0;
    mockByteFs(real => ({ fsyncSync: (fd: number) => { syncs++; real.fsyncSync(fd); } }));
    const a = await freshAtomic();
    const d = fresh();
    const data = new TextEncoder().encode('data');
    a.writeAtomically(join(d, 'default'), data, { mode: 0o644 });
    expect(syncs).toBe(1);
    a.writeAtomically(join(d, 'durable'), data, { mode: 0o644, durable: true });
    expect(syncs).toBe(2);
    a.writeAtomically(join(d, 'not'), data, { mode: 0o644, durable: false });
    expect(syncs).toBe(2);
    expect(fs.readdirSync(d).sort()).toEqual(['default', 'durable', 'not']);
  });
});

describe('the crash-safety pause (CFWASM_TEST_PAUSE_MID_WRITE)', () => {
  it('never under 1 MiB, nor before half of 1 MiB is written: those writes go on, no pause file', async () => {
    const d = fresh();
    const flag = join(d, 'paused');
    process.env.CFWASM_TEST_PAUSE_MID_WRITE = flag;
    const a = await freshAtomic();
    a.pauseIfMidWrite(0, 1 << 20);
    a.pauseIfMidWrite((1 << 19) - 1, 1 << 20);
    a.pauseIfMidWrite((1 << 20) - 1, (1 << 20) - 1);
    const small = new Uint8Array((1 << 20) - 1).fill(3);
    a.writeAtomically(join(d, 'small'), small, { mode: 0o644 });
    expect(fs.readFileSync(join(d, 'small')).equals(small)).toBe(true);
    expect(fs.existsSync(flag)).toBe(false);
  });
});

/**
 * NodeHost's calls of node-host.ts lines 701-1228 that round 17's first Stryker run left
 * undetected: descriptors closed after a read, whatever its outcome; a listing sorted whatever
 * order the directory gives; a directory read ahead taken as read then, not read again; and, in
 * a fresh module instance with byte-fs.ts wrapped (vi.doMock), which writes are synced (a file
 * replaced, never a new one), that a copy without kept contents streams the file instead of
 * reading it whole, and the read limit at its exact bound.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostError, MAX_READ_BYTES } from '../../host/core/host-interface.js';
import { ListingAhead, readDirRecords } from '../../host/node/dir-listing.js';
import { NodeHost } from '../../host/node/node-host.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-host-edges-');
const BYTE_FS = '../../host/node/byte-fs.js';
afterEach(() => {
  vi.doUnmock(BYTE_FS);
});

const openFds = () => fs.readdirSync('/proc/self/fd').length;
const text = (s: string) => new TextEncoder().encode(s);

describe('reads close their descriptor', () => {
  it('readFile, readFileInto and sameContents: as many open after as before, read or refused', () => {
    const d = fresh();
    fs.writeFileSync(join(d, 'a'), 'same');
    fs.writeFileSync(join(d, 'b'), 'same');
    const host = new NodeHost();
    const before = openFds();
    expect(Buffer.from(host.readFile(join(d, 'a'))).toString()).toBe('same');
    expect(host.readFileInto(join(d, 'a'), new Uint8Array(4))).toBe(4);
    expect(host.sameContents(join(d, 'a'), join(d, 'b'))).toBe(true);
    expect(() => host.readFile(d)).toThrow(HostError); // a directory: opened, then refused
    expect(openFds()).toBe(before);
  });
});

describe('list', () => {
  it('sorted as JavaScript compares names (UTF-16 units, as the memory hosts sort), not in the bytes\' order the directory gives', () => {
    const d = fresh();
    // U+FF01 is EF BC 81 in UTF-8, U+1F600 F0 9F 98 80: bytes put the first first, UTF-16 units
    // (D83D DE00 against FF01) the second.
    const names = ['b', '\uff01', '\u{1f600}', 'A', '_', ...Array.from({ length: 40 }, (_, i) => `n${(i * 37) % 41}`)];
    for (const name of names) fs.writeFileSync(join(d, name), '');
    const got = new NodeHost().list(d).map((e) => e.name);
    expect(got).toEqual([...names].sort());
    const byBytes = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(got).not.toEqual(byBytes);
  });
});

describe('listStatRecords and the read-ahead', () => {
  it('a directory read ahead is given as read then: a file made after is not in it', () => {
    const d = fresh();
    for (const dir of ['a', 'b']) fs.mkdirSync(join(d, dir));
    fs.writeFileSync(join(d, 'b', 'old'), 'x');
    const host = new NodeHost();
    // Workers from the first directory named (the host's own start after a few).
    const ahead = new ListingAhead({ threads: 1, startAfter: 0, share: 1 });
    (host as unknown as { readAhead: ListingAhead }).readAhead.close();
    (host as unknown as { readAhead: ListingAhead }).readAhead = ahead;
    try {
      const asRead = readDirRecords(join(d, 'b'));
      host.listStatRecords(join(d, 'a'), [join(d, 'b')]);
      const deadline = Date.now() + 20_000;
      const nap = new Int32Array(new SharedArrayBuffer(4));
      while (!ahead.settled()) {
        if (Date.now() > deadline) throw new Error('the read-ahead did not finish within 20 s');
        Atomics.wait(nap, 0, 0, 10);
      }
      fs.writeFileSync(join(d, 'b', 'new'), 'y');
      expect(Buffer.from(host.listStatRecords(join(d, 'b')))).toEqual(Buffer.from(asRead));
      expect(ahead.counts.byWorkers).toBe(1);
      // Asked again: read now, with the new file.
      expect(Buffer.from(host.listStatRecords(join(d, 'b')))).toEqual(Buffer.from(readDirRecords(join(d, 'b'))));
      expect(Buffer.from(readDirRecords(join(d, 'b')))).not.toEqual(Buffer.from(asRead));
    } finally {
      host.runEnded();
    }
  });
});

/** node-host.ts (and what it loads) as a fresh instance over byte-fs.ts with `wrap` applied. */
async function hostOver(wrap: (real: typeof import('../../host/node/byte-fs.js')) => Record<string, unknown>) {
  vi.doMock(BYTE_FS, async (importOriginal) => {
    const real = await importOriginal<typeof import('../../host/node/byte-fs.js')>();
    return { ...real, ...wrap(real) };
  });
  vi.resetModules();
  return (await import('../../host/node/node-host.js')).NodeHost;
}

describe('writes over a wrapped byte-fs.ts (fresh modules)', () => {
  it('writeFile syncs a file it replaces, never a new one; with or without kept contents', async () => {
    let syncs = 0;
    const Host = await hostOver((real) => ({ fsyncSync: (fd: number) => { syncs++; real.fsyncSync(fd); } }));
    const d = fresh();
    const counted = (f: () => void) => {
      const before = syncs;
      f();
      return syncs - before;
    };
    for (const keepContents of [true, false]) {
      const host = new Host({ keepContents });
      const p = join(d, `f-${keepContents}`);
      expect(counted(() => host.writeFile(p, text('new'), 0o644)), `new, keepContents ${keepContents}`).toBe(0);
      expect(counted(() => host.writeFile(p, text('replaced'), 0o644)), `replaced, keepContents ${keepContents}`).toBe(1);
      expect(fs.readFileSync(p, 'utf8')).toBe('replaced');
    }
  });

  it('copyFile without kept contents streams the file (never read whole); with them, reads it whole', async () => {
    const wholeReads: unknown[] = [];
    const Host = await hostOver((real) => ({
      readFileSync: (p: string | number, ...rest: unknown[]) => {
        wholeReads.push(p);
        return (real.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
      },
    }));
    const d = fresh();
    fs.writeFileSync(join(d, 'src'), 'payload');
    new Host({ keepContents: false }).copyFile(join(d, 'src'), join(d, 'streamed'), 0o600);
    expect(wholeReads).toEqual([]);
    new Host().copyFile(join(d, 'src'), join(d, 'whole'), 0o600);
    expect(wholeReads).toHaveLength(1);
    for (const f of ['streamed', 'whole']) {
      expect(fs.readFileSync(join(d, f), 'utf8')).toBe('payload');
      expect(fs.statSync(join(d, f)).mode & 0o7777).toBe(0o600);
    }
  });

  it('readFile: a file of MAX_READ_BYTES exactly (as fstat says) is read; one byte more is refused', async () => {
    const d = fresh();
    const sizes = new Map([[join(d, 'at'), MAX_READ_BYTES], [join(d, 'past'), MAX_READ_BYTES + 1]]);
    const Host = await hostOver((real) => ({
      fstatSync: (fd: number, options?: { bigint: true }) => {
        const st = (real.fstatSync as (fd: number, o?: unknown) => fs.BigIntStats)(fd, options);
        const claimed = sizes.get(fs.readlinkSync(`/proc/self/fd/${fd}`));
        if (claimed === undefined || !options?.bigint) return st;
        return Object.assign(Object.create(Object.getPrototypeOf(st)), st, { size: BigInt(claimed) });
      },
    }));
    for (const p of sizes.keys()) fs.writeFileSync(p, 'small');
    const host = new Host();
    expect(Buffer.from(host.readFile(join(d, 'at'))).toString()).toBe('small');
    expect(() => host.readFile(join(d, 'past'))).toThrow(`too big: ${MAX_READ_BYTES + 1} bytes (the core reads at most ${MAX_READ_BYTES} bytes)`);
  });
});

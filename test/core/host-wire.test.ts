/**
 * The host side of the wire (host/core/host-interface.ts, host/node/dir-listing.ts) read and
 * written without the general paths: a sweep's chmod requests read without JSON.parse, and
 * list-stat records written straight from lstat, must give exactly what the general paths give.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInMemory } from '../../host/api/run.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { encodeStat, encodeStatRecords, hostImports, noFile, plainRequest, STAT_REPLY_BYTES } from '../../host/core/host-interface.js';
import type { FileInfo, Host } from '../../host/core/host-interface.js';
import { readDirRecords, readDirStat } from '../../host/node/dir-listing.js';
import { Field, leanLstat, leanStatThroughBinding } from '../../host/node/lean-stat.js';
import { decodePolicyBytes } from '../../host/ir/policy-text.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-wire-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const text = new TextDecoder();
const bytes = (s: string) => new TextEncoder().encode(s);

describe('a request for one path read without JSON.parse', () => {
  const PATHS = ['/etc/motd', '/data/d1/e0/f100.log', '/tmp/caf\u00e9 \u65e5\u672c/x y', '/', '/a,b:c}d{e', '/read-into'];

  it('gives what JSON.parse gives, for the forms the core writes: chmod with a mode, stat (following links or not), read-into', () => {
    for (const path of PATHS) {
      const requests = [
        ...[0, 7, 420, 0o4755, 0o7777].map(mode => `{"op":"chmod","path":"${path}","mode":${mode}}`),
        `{"op":"stat","path":"${path}"}`,
        `{"op":"stat","path":"${path}","follow":false}`,
        `{"op":"read-into","path":"${path}"}`,
      ];
      for (const request of requests) expect(plainRequest(bytes(request), text), request).toEqual(JSON.parse(request));
    }
  });

  it('leaves every other request to JSON.parse', () => {
    for (const request of [
      '{"op":"chmod","path":"/a\\"b","mode":420}', // an escape
      '{"op":"chmod","path":"/a\\\\","mode":420}',
      '{"op":"stat","path":"/a}', // no closing quote
      '{"op":"chown","path":"/a","uid":1,"gid":2}',
      '{"op":"chmod","path":"/a","mode":-1}',
      '{"op":"chmod","path":"/a","mode":}',
      '{"op":"chmod","path":"/a","mode":420,"x":1}',
      '{"op":"chmod","path":"/a","other":420}',
      '{"op":"chmod","path":"/a","mode":420',
      '{"op":"stat","path":"/a","follow":true}',
      '{"op":"stat","path":"/a","follow":false,"x":1}',
      '{"op":"stat","path":"/a"} ',
      '{"op":"Stat","path":"/a"}',
      '{"op":"","path":"/a"}',
      '{"path":"/a","op":"stat"}',
      '{"op":"rename","from":"/a","to":"/b"}',
      '{"op":"list-stat","path":"/a","next":["/b"]}',
    ]) expect(plainRequest(bytes(request), text), request).toBeNull();
  });

  it('answers as the JSON form would: the host is asked the same', () => {
    const calls: unknown[][] = [];
    const host = {
      chmod: (...a: unknown[]) => calls.push(['chmod', ...a]),
      stat: (...a: unknown[]) => { calls.push(['stat', ...a]); return noFile(); },
    } as unknown as Host;
    const memory = new Uint8Array(256);
    const wire = hostImports(() => host, () => ({ bytes: (p: number, n: number) => memory.subarray(p, p + n) }), () => {});
    const send = (request: string) => {
      memory.set(bytes(request));
      return wire.call(0, bytes(request).length, 0, 0);
    };
    // The plain forms and the same requests as other JSON (a space after a colon) give the same calls.
    for (const [plain, other] of [
      ['{"op":"chmod","path":"/x","mode":420}', '{"op": "chmod","path":"/x","mode":420}'],
      ['{"op":"stat","path":"/x","follow":false}', '{"op": "stat","path":"/x","follow":false}'],
      ['{"op":"stat","path":"/x"}', '{"op": "stat","path":"/x"}'],
    ]) {
      calls.length = 0;
      const a = send(plain);
      const b = send(other);
      expect(a).toBe(b);
      expect(calls[0]).toEqual(calls[1]);
    }
  });
});

describe('the core\'s requests for one path', () => {
  it('come plain (no JSON.parse) for a path that needs no escape, as JSON otherwise, and reach the host alike', async () => {
    const runtime = await nodeRuntime();
    const paths = ['/etc/plain', '/etc/caf\u00e9', '/etc/q"uote', '/etc/back\\slash'];
    const policy = `control:\n actionsequence = ( editfiles )\neditfiles:\n${paths.map(p => ` { ${p.includes('"') ? `'${p}'` : p}\n AppendIfNoSuchLine "added"\n }\n`).join('')}`;
    // (vi.spyOn does not see the calls of the modules under test here: JSON.parse is wrapped by hand.)
    const parse = JSON.parse;
    const seen: string[] = [];
    JSON.parse = (s: string, reviver?: Parameters<typeof parse>[1]) => {
      seen.push(String(s));
      return parse(s, reviver);
    };
    let files: Record<string, Uint8Array>;
    try {
      ({ files } = runInMemory(runtime, policy, { files: Object.fromEntries(paths.map(p => [p, 'x\n'])), now: 1_700_000_000 }));
    } finally {
      JSON.parse = parse;
    }
    for (const p of paths) expect(new TextDecoder().decode(files[p]), p).toBe('x\nadded\n');
    const parsed = (op: string) => [...new Set(seen.filter(s => s.startsWith(`{"op":"${op}"`)).map(s => JSON.parse(s).path))].sort();
    // Only the paths with an escape in JSON went through JSON.parse, for their stat and read.
    expect(parsed('stat')).toEqual(['/etc/back\\slash', '/etc/q"uote']);
    expect(parsed('read-into')).toEqual(['/etc/back\\slash', '/etc/q"uote']);
    // Not vacuous: other requests of the run were seen.
    expect(parsed('save')).toEqual(paths.slice().sort());
  });
});

describe('stat on the wire', () => {
  /** The wire's answer to a stat request for a host whose stat says `info`: status and reply. */
  function statOnWire(info: FileInfo): { status: number; reply: Uint8Array } {
    const memory = new Uint8Array(256);
    const request = bytes('{"op":"stat","path":"/x","follow":false}');
    memory.set(request);
    const host = { stat: () => info } as unknown as Host;
    const wire = hostImports(() => host, () => ({ bytes: (p: number, n: number) => memory.subarray(p, p + n) }), () => {});
    const status = wire.call(0, request.length, 0, 0);
    const length = wire.replyLength();
    wire.take(128);
    return { status, reply: memory.slice(128, 128 + length) };
  }

  it('nothing there is "not found" with no reply (the core takes it as type none), not a JSON to parse', () => {
    expect(statOnWire(noFile())).toEqual({ status: -1, reply: new Uint8Array(0) });
  });

  it('anything there is its binary stat record', () => {
    const info: FileInfo = { type: 'file', mode: 0o644, mtime: 5, size: 3, uid: 1, gid: 2 };
    const { status, reply } = statOnWire(info);
    expect(status).toBe(0);
    expect(reply.length).toBe(STAT_REPLY_BYTES);
    expect(Array.from(reply)).toEqual(Array.from(encodeStat(info)));
  });
});

describe('list-stat records written as lstat answers', () => {
  const dir = join(base, 'listing');
  fs.mkdirSync(dir);
  for (const name of ['b.log', 'a', 'caf\u00e9', 'z z', '.hidden']) fs.writeFileSync(join(dir, name), name);
  fs.mkdirSync(join(dir, 'sub'), { mode: 0o750 });
  fs.symlinkSync('a', join(dir, 'link'));
  execFileSync('mkfifo', [join(dir, 'fifo')]); // type 4, special: neither file, directory nor link
  fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/new`), Buffer.from([0xe9]), Buffer.from('.log')]), 'latin-1 name');
  fs.utimesSync(join(dir, 'a'), new Date('1999-12-31T23:59:59.750Z'), new Date('1969-07-20T20:17:40.500Z'));

  /** What fs.lstatSync says of each entry, in the records' form: the reference, made independently. */
  function expected(): Buffer {
    const names = fs.readdirSync(dir, { encoding: 'buffer' }).map(n => ({ raw: n, name: decodePolicyBytes(n) }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return Buffer.from(encodeStatRecords(names.map(({ raw, name }) => {
      const st = fs.lstatSync(Buffer.concat([Buffer.from(`${dir}/`), raw]));
      const type = st.isSymbolicLink() ? 'link' as const : st.isFile() ? 'file' as const : st.isDirectory() ? 'dir' as const : 'special' as const;
      return { name, info: { type, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, size: st.size, ino: st.ino,
        mtime: Math.floor(st.mtimeMs / 1000), atime: Math.floor(st.atimeMs / 1000) } };
    })));
  }

  it('are what fs.lstatSync says of each entry, byte for byte, read from inside the directory or by whole paths', () => {
    const want = expected();
    expect(readDirStat(dir).length).toBe(9);
    expect(Buffer.from(readDirRecords(dir))).toEqual(want);
    expect(Buffer.from(readDirRecords(dir, true))).toEqual(want); // as a worker reads it: whole paths
    expect(Buffer.from(encodeStatRecords(readDirStat(dir)))).toEqual(want);
    fs.mkdirSync(join(base, 'empty'));
    expect(readDirRecords(join(base, 'empty')).length).toBe(0);
  });

  it('an entry gone since the directory was read is passed over, whichever way lstat goes', () => {
    for (const binding of [true, false]) {
      leanStatThroughBinding(binding);
      try {
        expect(leanLstat(join(dir, 'no such entry'))).toBeNull();
        expect(leanLstat(Buffer.from(join(dir, 'a')))?.[Field.Ino]).toBe(fs.lstatSync(join(dir, 'a')).ino);
      } finally {
        leanStatThroughBinding(true);
      }
    }
  });

  it('are the same whether lstat goes through Node\'s binding or through fs.lstatSync', () => {
    readDirRecords(dir);
    expect(leanStatThroughBinding()).toBe(true); // this Node has the binding, and it agreed
    try {
      leanStatThroughBinding(false);
      expect(Buffer.from(readDirRecords(dir))).toEqual(expected());
      expect(Buffer.from(readDirRecords(dir, true))).toEqual(expected());
    } finally {
      leanStatThroughBinding(true);
    }
  });
});

describe('a stat reply', () => {
  const fields = (reply: Uint8Array) => {
    const v = new DataView(reply.buffer, reply.byteOffset, reply.byteLength);
    return {
      nameLength: v.getUint32(0, true), type: v.getUint32(4, true), mode: v.getUint32(8, true), uid: v.getInt32(12, true),
      gid: v.getInt32(16, true), size: v.getFloat64(20, true), mtime: v.getFloat64(28, true), atime: v.getFloat64(36, true),
      ino: v.getFloat64(44, true), ctime: v.getFloat64(52, true),
    };
  };

  it('is a list-stat record without a name, then the ctime', () => {
    const reply = encodeStat({ type: 'dir', mode: 0o2755, uid: 1000, gid: -1, size: 2 ** 40, mtime: 1_700_000_001, atime: 1_700_000_002, ctime: 1_700_000_003, ino: 2 ** 33 });
    expect(reply.length).toBe(STAT_REPLY_BYTES);
    expect(fields(reply)).toEqual({ nameLength: 0, type: 2, mode: 0o2755, uid: 1000, gid: -1, size: 2 ** 40, mtime: 1_700_000_001, atime: 1_700_000_002, ino: 2 ** 33, ctime: 1_700_000_003 });
  });

  it('gives the mtime for the times a host does not keep, 0 for no inode, and type 0 for nothing there', () => {
    expect(fields(encodeStat({ type: 'file', mode: 0o644, uid: 0, gid: 0, size: 3, mtime: 7 }))).toMatchObject({ type: 1, atime: 7, ctime: 7, ino: 0 });
    expect(fields(encodeStat(noFile()))).toMatchObject({ type: 0, mode: 0, size: 0 });
  });
});

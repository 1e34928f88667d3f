/**
 * The host side of the wire (host/core/host-interface.ts, host/node/dir-listing.ts) read and
 * written without the general paths: a sweep's chmod requests read without JSON.parse, and
 * list-stat records written straight from lstat, must give exactly what the general paths give.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeStatRecords, plainChmod } from '../../host/core/host-interface.js';
import { readDirRecords, readDirStat } from '../../host/node/dir-listing.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-wire-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const text = new TextDecoder();
const bytes = (s: string) => new TextEncoder().encode(s);

describe('a chmod request read without JSON.parse', () => {
  it('gives the path and mode JSON.parse gives, for the form the core writes', () => {
    for (const path of ['/etc/motd', '/data/d1/e0/f100.log', '/tmp/caf\u00e9 \u65e5\u672c/x y', '/', '/a,b:c}d{e']) {
      for (const mode of [0, 7, 420, 0o4755, 0o7777]) {
        const request = `{"op":"chmod","path":"${path}","mode":${mode}}`;
        const { op, ...rest } = JSON.parse(request);
        expect(op).toBe('chmod');
        expect(plainChmod(bytes(request), text)).toEqual(rest);
      }
    }
  });

  it('leaves every other request to JSON.parse', () => {
    for (const request of [
      '{"op":"chmod","path":"/a\\"b","mode":420}', // an escape
      '{"op":"chmod","path":"/a\\\\","mode":420}',
      '{"op":"chown","path":"/a","uid":1,"gid":2}',
      '{"op":"chmod","path":"/a","mode":-1}',
      '{"op":"chmod","path":"/a","mode":}',
      '{"op":"chmod","path":"/a","mode":420,"x":1}',
      '{"op":"chmod","path":"/a","other":420}',
      '{"op":"chmod","path":"/a"}',
      '{"op":"chmod","path":"/a","mode":420',
      '{"op":"stat","path":"/a"}',
    ]) expect(plainChmod(bytes(request), text), request).toBeNull();
  });
});

describe('list-stat records written as lstat answers', () => {
  it('are the records encodeStatRecords makes of readDirStat, byte for byte', () => {
    const dir = join(base, 'listing');
    fs.mkdirSync(dir);
    for (const name of ['b.log', 'a', 'caf\u00e9', 'z z', '.hidden']) fs.writeFileSync(join(dir, name), name);
    fs.mkdirSync(join(dir, 'sub'), { mode: 0o750 });
    fs.symlinkSync('a', join(dir, 'link'));
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/new`), Buffer.from([0xe9]), Buffer.from('.log')]), 'latin-1 name');
    const expected = Buffer.from(encodeStatRecords(readDirStat(dir)));
    expect(Buffer.from(readDirRecords(dir))).toEqual(expected);
    expect(Buffer.from(readDirRecords(dir, true))).toEqual(expected); // as a worker reads it: whole paths
    expect(readDirStat(dir).length).toBe(8);
    fs.mkdirSync(join(base, 'empty'));
    expect(readDirRecords(join(base, 'empty')).length).toBe(0);
  });
});

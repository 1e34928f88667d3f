/**
 * Saving with a backup (D7): the old file itself becomes FILE.cfsaved — its contents, mode and
 * time, as cfengine's rename kept them — and the new file is a new one put in place atomically.
 * The Node host and the memory host keep backups the same way.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Volume } from 'memfs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_READ_BYTES } from '../../host/core/host-interface.js';
import type { Host } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NodeHost } from '../../host/node/node-host.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-saves-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const bytes = (s: string) => new TextEncoder().encode(s);
const textOf = (b: Uint8Array) => new TextDecoder().decode(b);

function onDisk(name: string): Host {
  const root = join(base, name);
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  return new NodeHost({ root });
}

function inMemory(): Host {
  const volume = Volume.fromJSON({});
  volume.mkdirSync('/etc');
  return new MemoryHost(volume, { now: 2_000_000_000 });
}

describe.each([['the Node host', onDisk], ['the memory host', inMemory]] as const)('%s: saving with a backup', (_, make) => {
  it('keeps the old file as the backup: contents, mode, time; the new file is another file', () => {
    const host = make(`keep-${_.length}`);
    host.writeFile('/etc/f', bytes('old\n'), 0o640);
    host.touch('/etc/f');
    const before = host.stat('/etc/f');
    host.saveFile('/etc/f', bytes('new\n'), '/etc/f.cfsaved');
    const backup = host.stat('/etc/f.cfsaved');
    expect(textOf(host.readFile('/etc/f.cfsaved'))).toBe('old\n');
    expect(textOf(host.readFile('/etc/f'))).toBe('new\n');
    expect(backup.ino).toBe(before.ino);
    expect(backup.mtime).toBe(before.mtime);
    expect(backup.mode).toBe(0o640);
    expect(host.stat('/etc/f').mode).toBe(0o640);
    expect(host.stat('/etc/f').ino).not.toBe(before.ino);
  });

  it('a second save replaces the backup with the file it replaces', () => {
    const host = make(`again-${_.length}`);
    host.writeFile('/etc/f', bytes('one\n'), 0o644);
    host.saveFile('/etc/f', bytes('two\n'), '/etc/f.cfsaved');
    host.saveFile('/etc/f', bytes('three\n'), '/etc/f.cfsaved');
    expect(textOf(host.readFile('/etc/f.cfsaved'))).toBe('two\n');
    expect(textOf(host.readFile('/etc/f'))).toBe('three\n');
    expect(host.list('/etc').map(e => e.name)).toEqual(['f', 'f.cfsaved']);
  });

  it('a backup that already is another name of the file leaves nothing behind', () => {
    const host = make(`linked-${_.length}`);
    host.writeFile('/etc/f', bytes('one\n'), 0o644);
    host.link('/etc/f', '/etc/f.cfsaved');
    host.saveFile('/etc/f', bytes('two\n'), '/etc/f.cfsaved');
    expect(textOf(host.readFile('/etc/f.cfsaved'))).toBe('one\n');
    expect(textOf(host.readFile('/etc/f'))).toBe('two\n');
    expect(host.list('/etc').map(e => e.name)).toEqual(['f', 'f.cfsaved']);
  });
});

describe('the old contents kept for --diff and --json', () => {
  it('a replaced file too big to keep leaves no record (one would show it as new, its lines all added); a small one is kept', () => {
    const root = join(base, 'untold');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.writeFileSync(join(root, 'etc', 'small'), 'old\n');
    for (const big of ['big', 'fetched']) {
      fs.writeFileSync(join(root, 'etc', big), 'head\n');
      fs.truncateSync(join(root, 'etc', big), MAX_READ_BYTES + 1); // sparse
    }
    const host = new NodeHost({ root });
    host.writeFile('/etc/small', bytes('new\n'), 0o644);
    host.writeFile('/etc/big', bytes('new\n'), 0o644);
    // A copy from a server: collected as FILE.cfnew, then renamed over the file.
    host.writeFile('/etc/fetched.cfnew', bytes('new\n'), 0o644);
    host.rename('/etc/fetched.cfnew', '/etc/fetched');
    expect(host.saves.map(s => [s.path, s.before && textOf(s.before), textOf(s.after)])).toEqual([['/etc/small', 'old\n', 'new\n']]);
    expect(fs.readFileSync(join(root, 'etc', 'big'), 'utf8')).toBe('new\n');
    expect(fs.readFileSync(join(root, 'etc', 'fetched'), 'utf8')).toBe('new\n');
  });
});

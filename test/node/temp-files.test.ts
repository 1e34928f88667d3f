/**
 * Temp files cannot be turned against a run: a symbolic link planted at the name a temp file
 * used to get (`.NAME.cfwasm-PID.tmp` beside the file, predictable from the pid) makes no write
 * and no chmod through it — temps are created exclusively, never through a link, under names
 * nobody can guess; and a temp left by a killed run under the old name does not stop a later run
 * with the same pid (pid 1 in a container) from saving.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { lockBeside, nextTempBeside } from '../../host/node/atomic-write.js';
import { fmtCommand } from '../../host/cli/fmt-command.js';
import { PolicyCache } from '../../host/cli/policy-cache.js';
import { nodeCore } from '../../host/node/core.js';
import type { ParsedPolicy } from '../../host/api/runtime.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-temps-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const bytes = (s: string) => new TextEncoder().encode(s);

/** A root with /etc, and a file outside it that an attacker would like overwritten. */
function stage(name: string): { root: string; outside: string } {
  const root = join(base, name, 'root');
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  const outside = join(base, name, 'shadow');
  fs.writeFileSync(outside, 'secret\n', { mode: 0o600 });
  fs.chmodSync(outside, 0o600);
  return { root, outside };
}

/** The outside file is exactly as staged. */
function untouched(outside: string): void {
  expect(fs.readFileSync(outside, 'utf8')).toBe('secret\n');
  expect(fs.statSync(outside).mode & 0o7777).toBe(0o600);
}

const predictable = (dir: string, name: string) => join(dir, `.${name}.cfwasm-${process.pid}.tmp`);

describe('temp files and planted symbolic links', () => {
  it('writeFile (copy, files create, disable, tidy\'s ~/.cfengine.rm) writes and chmods nothing through a link', () => {
    const { root, outside } = stage('write');
    fs.symlinkSync(outside, predictable(join(root, 'etc'), 'copied'));
    const host = new NodeHost({ root });
    host.writeFile('/etc/copied', bytes('new contents\n'), 0o644);
    untouched(outside);
    expect(fs.readFileSync(join(root, 'etc', 'copied'), 'utf8')).toBe('new contents\n');
    expect(fs.statSync(join(root, 'etc', 'copied')).mode & 0o7777).toBe(0o644);
  });

  it('saveFile and the backup copy do not go through a link either, and a stale temp does not block them', () => {
    const { root, outside } = stage('save');
    const etc = join(root, 'etc');
    fs.writeFileSync(join(etc, 'f'), 'old\n');
    fs.symlinkSync(outside, predictable(etc, 'f'));
    const host = new NodeHost({ root });
    host.readFile('/etc/f');
    host.saveFile('/etc/f', bytes('new\n'), '/etc/f.cfsaved');
    untouched(outside);
    expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('new\n');
    expect(fs.readFileSync(join(etc, 'f.cfsaved'), 'utf8')).toBe('old\n');
  });

  it('a temp left by a killed run (same pid) does not make saves or state writes fail forever', () => {
    const { root } = stage('stale');
    const etc = join(root, 'etc');
    const state = join(base, 'stale', 'state');
    fs.mkdirSync(state);
    fs.writeFileSync(join(etc, 'f'), 'old\n');
    fs.writeFileSync(predictable(etc, 'f'), 'half a save');
    fs.writeFileSync(predictable(state, 'locks'), '{"la');
    const host = new NodeHost({ root, stateDir: state });
    host.readFile('/etc/f');
    host.saveFile('/etc/f', bytes('new\n'), null);
    host.writeState('locks', bytes('{"last":{},"running":{}}'));
    expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('new\n');
    expect(fs.readFileSync(join(state, 'locks'), 'utf8')).toBe('{"last":{},"running":{}}');
  });

  it('a lock left by a killed run (its pid ended, or this very pid: pid 1 in a container) is taken over', () => {
    const { root } = stage('stale-lock');
    const etc = join(root, 'etc');
    const state = join(base, 'stale-lock', 'state');
    fs.mkdirSync(state);
    fs.writeFileSync(join(etc, 'f'), 'old\n');
    fs.writeFileSync(join(etc, '.f.cfwasm-lock'), `${process.pid}\n`);
    fs.writeFileSync(join(state, '.locks.cfwasm-lock'), '2147483646\n'); // no such process
    const host = new NodeHost({ root, stateDir: state });
    host.readFile('/etc/f');
    host.saveFile('/etc/f', bytes('new\n'), null);
    host.writeState('locks', bytes('{"last":{},"running":{}}'));
    expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('new\n');
    expect(fs.readdirSync(etc)).toEqual(['f']);
    expect(fs.readdirSync(state)).toEqual(['locks']);
  });

  it.skipIf(process.getuid?.() !== 0)('a lock another user planted beside the file (naming a live pid, fresh) is no lock of ours: taken over, not waited on', () => {
    const { root } = stage('planted-lock');
    const file = join(root, 'etc', 'f');
    const lock = join(root, 'etc', '.f.cfwasm-lock');
    fs.writeFileSync(lock, '1\n'); // pid 1 is alive
    fs.chownSync(lock, 1000, 1000);
    // Waited on, it would end in ELOCKED ("locked by another run") once the half second is over.
    const release = lockBeside(file, 500);
    expect(fs.readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    expect(fs.statSync(lock).uid).toBe(0);
    release();
    expect(fs.readdirSync(join(root, 'etc'))).toEqual([]);
  });

  it('a write to a link whose target is a FIFO (or a device) is refused: the target is not replaced by a plain file', () => {
    const dir = join(base, 'link-to-fifo');
    fs.mkdirSync(dir);
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    fs.symlinkSync(fifo, join(dir, 'conf'));
    fs.writeFileSync(join(dir, 'master'), 'new\n');
    const host = new NodeHost({});
    expect(() => host.writeFile(join(dir, 'conf'), bytes('new\n'), 0o644)).toThrow(`${join(dir, 'conf')}: a link to ${fifo}, which is not a plain file; not written through`);
    expect(() => host.copyFile(join(dir, 'master'), join(dir, 'conf'), 0o644)).toThrow(/which is not a plain file/);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(fs.readlinkSync(join(dir, 'conf'))).toBe(fifo);
  });

  // The names above are the old, predictable ones. These plant the link at the very name the next
  // temp file will get (the code's own name function), so only the exclusive, no-follow open
  // stands between the write and the outside file.
  it('a link at the exact name of the next temp: writeFile, saveFile, writeState and the cache write nothing through it', async () => {
    const { root, outside } = stage('next-name');
    const etc = join(root, 'etc');
    const state = join(base, 'next-name', 'state');
    fs.mkdirSync(state);
    fs.writeFileSync(join(etc, 'f'), 'old\n');
    const host = new NodeHost({ root, stateDir: state });
    // A first write in each directory removes stale temps (a planted link among them): written
    // once before, so that only the exclusive, no-follow open meets the link.
    host.writeFile('/etc/warm-up', bytes('x'), 0o644);
    host.writeState('locks', bytes('{"last":{},"running":{}}'));
    const plant = (real: string) => {
      const temp = nextTempBeside(real);
      fs.symlinkSync(outside, temp);
      return temp;
    };

    const t1 = plant(join(etc, 'copied'));
    host.writeFile('/etc/copied', bytes('new contents\n'), 0o644);
    untouched(outside);
    expect(fs.readFileSync(join(etc, 'copied'), 'utf8')).toBe('new contents\n');
    expect(fs.lstatSync(t1).isSymbolicLink()).toBe(true); // passed over, not replaced

    plant(join(etc, 'f'));
    host.readFile('/etc/f');
    host.saveFile('/etc/f', bytes('new\n'), '/etc/f.cfsaved');
    untouched(outside);
    expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('new\n');

    plant(join(state, 'locks'));
    host.writeState('locks', bytes('{"last":{},"running":{}}'));
    untouched(outside);
    expect(fs.readFileSync(join(state, 'locks'), 'utf8')).toBe('{"last":{},"running":{}}');

    const dir = join(root, 'policies');
    const cache = new PolicyCache(dir, 'v1', () => new Uint8Array(32).fill(7), await nodeCore());
    const parsed = { policy: {}, diagnostics: [] } as unknown as ParsedPolicy;
    cache.put('/p.cf', 'text', parsed, () => null, []);
    const [entry] = fs.readdirSync(dir);
    fs.rmSync(join(dir, entry));
    plant(join(dir, entry));
    cache.put('/p.cf', 'text', parsed, () => null, []);
    untouched(outside);
    expect(cache.get('/p.cf', 'text', () => null)).toEqual(parsed);
  });

  it('fmt --write does not write through a link at its old temp name', async () => {
    const { root, outside } = stage('fmt');
    const file = join(root, 'p.cf');
    fs.writeFileSync(file, 'control:\n        actionsequence = ( files )\n');
    fs.symlinkSync(outside, `${file}.cfwasm-fmt-${process.pid}.tmp`);
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect(await fmtCommand(['--write', file])).toBe(0);
    } finally {
      process.stdout.write = out;
    }
    untouched(outside);
    const now = fs.readFileSync(file, 'utf8');
    expect(now).not.toBe('control:\n        actionsequence = ( files )\n'); // reformatted in place
    expect(now).toMatch(/^control:\n +actionsequence = \( files \)\n$/);
  });

  it('the policy cache does not write through a link at its old temp name', async () => {
    const { root, outside } = stage('cache');
    const dir = join(root, 'policies');
    const secret = new Uint8Array(32).fill(7);
    const cache = new PolicyCache(dir, 'v1', () => secret, await nodeCore());
    const parsed = { policy: {}, diagnostics: [] } as unknown as ParsedPolicy;
    cache.put('/p.cf', 'text', parsed, () => null, []);
    const [entry] = fs.readdirSync(dir);
    fs.rmSync(join(dir, entry));
    fs.symlinkSync(outside, join(dir, `${entry}.${process.pid}.tmp`));
    cache.put('/p.cf', 'text', parsed, () => null, []);
    untouched(outside);
    expect(cache.get('/p.cf', 'text', () => null)).toEqual(parsed);
  });
});

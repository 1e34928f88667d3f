/**
 * NodeHost's state files and two of its bookkeeping paths, where a slip shows only in a later
 * call: a waiting locks write kept across another state file's write, the locks last written
 * remembered for the locks alone, state temps never handed to the temp reaper, a directory made
 * without a descriptor left open, and a rename that matches no new file leaving every change
 * record in place.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ownTemps } from '../../host/node/atomic-write.js';
import { MAX_READ_BYTES } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-state-edges-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const json = (o: object) => new TextEncoder().encode(JSON.stringify(o));
const OLD = { last: { 'editfiles:/etc/motd': 100 }, running: {} };
const MARKED = { last: OLD.last, running: { editfiles: { start: 200, pid: process.pid } } };

let n = 0;
function setUp() {
  const dir = join(base, `t${n++}`);
  const state = join(dir, 'state');
  fs.mkdirSync(join(dir, 'root'), { recursive: true });
  fs.mkdirSync(state, { mode: 0o700 });
  fs.writeFileSync(join(state, 'locks'), JSON.stringify(OLD));
  const host = new NodeHost({ root: join(dir, 'root'), stateDir: state });
  const locks = () => JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8'));
  return { dir, state, host, locks };
}

describe('state writes', () => {
  it('a marker waiting to be written survives a write of another state file', () => {
    const { host, locks } = setUp();
    host.readState('locks');
    host.writeState('locks', json(MARKED)); // only this run's marker: waits
    expect(locks()).toEqual(OLD);
    host.writeState('setuid.log', new TextEncoder().encode('/usr/bin/x\n'));
    host.writeWaitingLocks();
    expect(locks()).toEqual(MARKED);
  });

  it('what the locks file was last written as is remembered for the locks only', () => {
    const { host, locks, state } = setUp();
    host.readState('locks');
    host.writeState('locks', json(OLD)); // known: OLD
    host.writeState('setuid.log', new TextEncoder().encode('/usr/bin/x\n'));
    expect(fs.readFileSync(join(state, 'setuid.log'), 'utf8')).toBe('/usr/bin/x\n');
    // Against the locks as known (not the setuid log), MARKED is a marker only: it waits, the
    // file keeps OLD.
    host.writeState('locks', json(MARKED));
    expect(locks()).toEqual(OLD);
  });
});

describe('state temps and the temp reaper', () => {
  const before = ownTemps.onTemp;
  afterEach(() => { ownTemps.onTemp = before; });

  it('a state file\'s temp is not told to the reaper (a converged run starts no helper process)', () => {
    const { host, dir } = setUp();
    const told: string[] = [];
    ownTemps.onTemp = (path) => told.push(path);
    host.writeState('locks', json({ last: { x: 1 }, running: {} }));
    host.writeState('setuid.log', new TextEncoder().encode('/a\n'));
    expect(told).toEqual([]);
    // A file of the policy's is told (the reaper removes it if the run is killed).
    host.writeFile('/f', new TextEncoder().encode('x'), 0o644);
    expect(told).toHaveLength(1);
    expect(told[0].startsWith(join(dir, 'root', '.f.cfwasm-'))).toBe(true);
  });
});

describe('mkdir', () => {
  it('leaves no descriptor open', () => {
    const { host, dir } = setUp();
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const was = open();
    for (let i = 0; i < 20; i++) host.mkdir(`/d${i}`, 0o750);
    expect(open()).toBe(was);
    expect(fs.statSync(join(dir, 'root', 'd7')).mode & 0o7777).toBe(0o750);
  });
});

describe('rename', () => {
  it('a rename over a file too big to keep, matching no new file, drops no other change record', () => {
    const { host, dir } = setUp();
    const root = join(dir, 'root');
    fs.writeFileSync(join(root, 'a'), 'old a');
    fs.writeFileSync(join(root, 'big'), '');
    fs.truncateSync(join(root, 'big'), MAX_READ_BYTES + 1);
    fs.writeFileSync(join(root, 'x'), 'x');
    host.writeFile('/a', new TextEncoder().encode('new a'), 0o644);
    expect(host.saves.map(s => s.path)).toEqual(['/a']);
    host.rename('/x', '/big');
    expect(host.saves.map(s => s.path)).toEqual(['/a']);
    expect(fs.readFileSync(join(root, 'big'), 'utf8')).toBe('x');
  });
});

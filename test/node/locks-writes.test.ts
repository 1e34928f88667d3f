/**
 * The locks file is written once per converged action, not twice: the running marker an
 * action's start writes waits until the action changes something (or the run ends), and a
 * marker set and removed with nothing changed between is never written at all. A change, a
 * command or a signal writes it first, so other runs see it before the change (L5090-5230).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-locks-writes-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const bytes = (o: object) => new TextEncoder().encode(JSON.stringify(o));
const OLD = { last: { 'editfiles:/etc/motd': 100 }, running: {} };
const marked = (pid: number) => ({ last: OLD.last, running: { editfiles: { start: 200, pid } } });
const STAMPED = { last: { 'editfiles:/etc/motd': 200 }, running: {} };

function setUp(name: string) {
  const dir = join(base, name);
  const state = join(dir, 'state');
  fs.mkdirSync(join(dir, 'root', 'etc'), { recursive: true });
  fs.mkdirSync(state, { mode: 0o700 });
  fs.writeFileSync(join(state, 'locks'), JSON.stringify(OLD));
  const host = new NodeHost({ root: join(dir, 'root'), stateDir: state });
  const onDisk = () => JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8'));
  return { host, onDisk, state, root: join(dir, 'root') };
}

describe('locks writes', () => {
  it('an action that changes nothing: its marker is never written, its stamps are', () => {
    const { host, onDisk, state } = setUp('converged');
    host.readState('locks');
    const ino = fs.statSync(join(state, 'locks')).ino;
    host.writeState('locks', bytes(marked(process.pid)));
    expect(onDisk()).toEqual(OLD);
    expect(fs.statSync(join(state, 'locks')).ino).toBe(ino); // not replaced either
    host.writeState('locks', bytes(STAMPED));
    expect(onDisk()).toEqual(STAMPED);
    host.runEnded();
    expect(onDisk()).toEqual(STAMPED);
  });

  it('the marker is on disk before the first change of its action', () => {
    const { host, onDisk, root } = setUp('changing');
    host.readState('locks');
    host.writeState('locks', bytes(marked(process.pid)));
    expect(onDisk()).toEqual(OLD);
    host.createFile('/etc/new', 0o644);
    expect(onDisk()).toEqual(marked(process.pid));
    expect(fs.existsSync(join(root, 'etc', 'new'))).toBe(true);
    host.writeState('locks', bytes(STAMPED));
    expect(onDisk()).toEqual(STAMPED);
  });

  it('a chmod, a command or the run\'s end also write a waiting marker first', () => {
    for (const act of [
      (h: NodeHost) => h.chmod('/etc/f', 0o600),
      (h: NodeHost) => { try { h.exec('/bin/true', {}); } catch { /* refused under --root: still after the marker */ } },
      (h: NodeHost) => h.runEnded(),
    ]) {
      const { host, onDisk, root } = setUp(`act-${Math.random().toString(36).slice(2)}`);
      fs.writeFileSync(join(root, 'etc', 'f'), 'x\n');
      host.readState('locks');
      host.writeState('locks', bytes(marked(process.pid)));
      act(host);
      expect(onDisk()).toEqual(marked(process.pid));
    }
  });

  it('a write that stamps atoms is made at once, and keeps what other runs wrote meanwhile', () => {
    const { host, onDisk, state } = setUp('stamps');
    host.readState('locks');
    fs.writeFileSync(join(state, 'locks'), JSON.stringify({ last: { 'files:/x': 50, ...OLD.last }, running: {} }));
    host.writeState('locks', bytes(STAMPED));
    expect(onDisk()).toEqual({ last: { 'editfiles:/etc/motd': 200, 'files:/x': 50 }, running: {} });
  });

  it('a run: the locks stamped, no marker left, the converged file untouched', () => {
    const { state, root } = setUp('run');
    fs.writeFileSync(join(root, 'etc', 'motd'), 'welcome\nhello\n');
    const policy = join(base, 'run.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const r = cfwasm(['run', '-f', policy, '--root', root, '--state-dir', state, '-q']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
    const locks = JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8'));
    expect(locks.running).toEqual({});
    expect(locks.last['editfiles:/etc/motd']).toBeGreaterThan(100);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('welcome\nhello\n');
  });
});

describe('locks writes and other state', () => {
  it('reading the setuid log leaves a waiting marker waiting; reading the locks writes it first', () => {
    const { host, onDisk } = setUp('other-state');
    host.readState('locks');
    host.writeState('locks', bytes(marked(process.pid)));
    host.readState('setuid.log');
    expect(onDisk()).toEqual(OLD);
    expect(JSON.parse(new TextDecoder().decode(host.readState('locks')!))).toEqual(marked(process.pid));
    expect(onDisk()).toEqual(marked(process.pid));
  });
});

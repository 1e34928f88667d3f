/**
 * IfElapsed and ExpireAfter (L5090-5230): atoms are not done again before IfElapsed minutes, an
 * action another run is doing is left to it until ExpireAfter, -K ignores both, a dry run keeps
 * nothing. The locks live in the host's state, shared here between runs.
 */
import { describe, expect, it } from 'vitest';
import { NOW, policyOf, runOn, volume } from './helpers.js';

const MIN = 60;
const touch = (control: string, actions = 'files') =>
  policyOf(actions, `control:\n${control}files:\n /a action=touch\n /b action=touch\n`);

describe('locks', () => {
  it('IfElapsed: an atom done less than N minutes ago is not done again (L5127-5136)', () => {
    const state = new Map<string, Uint8Array>();
    const vol = volume({});
    const policy = touch(' IfElapsed = ( 60 )\n');
    const first = runOn(vol, policy, { state });
    expect(first.result.changes.map(c => c.op)).toEqual(['write', 'write']);
    const soon = runOn(vol, policy, { state, now: NOW + 30 * MIN });
    expect(soon.result.changes).toEqual([]);
    expect(soon.log).toContain('Nothing scheduled for files:/a: last done 30 minutes ago (IfElapsed 60)');
    const later = runOn(vol, policy, { state, now: NOW + 61 * MIN });
    expect(later.result.changes.map(c => `${c.op} ${c.path}`)).toEqual(['touch /a', 'touch /b']);
  });

  it('the default is 0: every run does everything; the actionsequence value overrides the global one', () => {
    const state = new Map<string, Uint8Array>();
    const vol = volume({});
    runOn(vol, touch(''), { state });
    expect(runOn(vol, touch(''), { state, now: NOW + MIN }).result.changes.length).toBe(2);
    const local = touch(' IfElapsed = ( 600 )\n', 'files.IfElapsed5');
    runOn(vol, local, { state, now: NOW + 2 * MIN });
    expect(runOn(vol, local, { state, now: NOW + 6 * MIN }).result.changes.length).toBe(2);
    expect(runOn(vol, local, { state, now: NOW + 8 * MIN }).result.changes.length).toBe(0);
    expect(runOn(vol, local, { state, now: NOW + 8 * MIN }).result.classes).not.toContain('IfElapsed5');
  });

  it('ExpireAfter: an action another run is doing is left alone, until the marker is older (L5137-5141)', () => {
    const vol = volume({});
    const marker = (start: number) => new Map([['locks', new TextEncoder().encode(
      JSON.stringify({ last: {}, running: { files: { start, pid: 4242 } } }))]]);
    const processes = [{ pid: 4242, line: 'root 4242 cfwasm run' }];
    const busy = runOn(vol, touch(' ExpireAfter = ( 30 )\n'), { state: marker(NOW - 10 * MIN), pid: 7, processes });
    expect(busy.result.changes).toEqual([]);
    expect(busy.log).toContain('files is being done by another run (pid 4242) for 10 minutes (ExpireAfter 30): skipped');
    const stale = runOn(vol, touch(' ExpireAfter = ( 30 )\n'), { state: marker(NOW - 40 * MIN), pid: 7, processes });
    expect(stale.result.changes.length).toBe(2);
    expect(stale.log).toContain('left unfinished by an earlier run (pid 4242, 40 minutes ago, beyond ExpireAfter): done again');
  });

  it('a marker whose process has ended (a killed run) holds nothing', () => {
    const state = new Map([['locks', new TextEncoder().encode(
      JSON.stringify({ last: {}, running: { files: { start: NOW - 60, pid: 4242 } } }))]]);
    const r = runOn(volume({}), touch(' ExpireAfter = ( 30 )\n'), { state, pid: 7 });
    expect(r.result.changes.length).toBe(2);
    expect(r.log).toContain('files was left unfinished by a run that has ended (pid 4242): done again');
    expect(JSON.parse(new TextDecoder().decode(state.get('locks'))).running).toEqual({});
  });

  it('-K ignores locks; a dry run neither honours a stale marker differently nor keeps anything', () => {
    const state = new Map<string, Uint8Array>();
    const vol = volume({});
    const policy = touch(' IfElapsed = ( 60 )\n');
    runOn(vol, policy, { state });
    expect(runOn(vol, policy, { state, now: NOW + MIN, noLocks: true }).result.changes.length).toBe(2);
    const fresh = new Map<string, Uint8Array>();
    runOn(volume({}), policy, { state: fresh, dryRun: true });
    expect(fresh.size).toBe(0);
  });

  it('SplayTime: the memory host notes the wait (a time fixed by the host name) and nothing sleeps', () => {
    const policy = touch(' SplayTime = ( 2 )\n');
    const a = runOn(volume({}), policy);
    const b = runOn(volume({}), policy);
    expect(a.host.sleeps.length).toBe(1);
    expect(a.host.sleeps[0]).toBeLessThan(120);
    expect(b.host.sleeps).toEqual(a.host.sleeps);
    expect(runOn(volume({}), policy, { dryRun: true }).host.sleeps).toEqual([]);
  });

  it('the state the locks keep is readable JSON', () => {
    const state = new Map<string, Uint8Array>();
    runOn(volume({}), touch(''), { state, pid: 99 });
    expect(JSON.parse(new TextDecoder().decode(state.get('locks')))).toEqual({ last: { 'files:/a': NOW, 'files:/b': NOW }, running: {} });
  });
});

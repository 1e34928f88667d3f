/**
 * host/node/temp-reaper.ts in a fresh module instance per case (vi.resetModules: its helper is
 * started once per instance, and the instance's atomic-write.ts has its own temp tag), so that
 * what only the first temp of a process does runs in every case: the helper started through
 * child_process when Node's raw handles may not be used (--pending-deprecation), and a helper
 * that is gone (killed) costing the run nothing — the directories told after are dropped, never
 * waited on. temp-reaper-early.test.ts checks the helper started through the raw handles.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { childPids } from '../support/children.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-reaper-fresh-');
const saved = process.env.NODE_PENDING_DEPRECATION;
afterEach(() => {
  if (saved === undefined) delete process.env.NODE_PENDING_DEPRECATION;
  else process.env.NODE_PENDING_DEPRECATION = saved;
});

/** temp-reaper.ts and the atomic-write.ts it uses, as fresh instances. */
async function freshReaper() {
  vi.resetModules();
  const reaper = await import('../../host/node/temp-reaper.js');
  const atomic = await import('../../host/node/atomic-write.js');
  return { ...reaper, ...atomic };
}

/** The pids of this process's children whose command line ends with `tag` (a helper's). */
const helpersOf = (tag: string): number[] => childPids(argv => argv.at(-2) === tag);

describe.skipIf(process.platform !== 'linux')('the temp reaper, a fresh instance', () => {
  it('without the raw handles (pending deprecation): the same helper through child_process', async () => {
    process.env.NODE_PENDING_DEPRECATION = '1';
    const { reapTempsOnExit, ownTemps, ownTempTag } = await freshReaper();
    const tag = ownTempTag();
    reapTempsOnExit();
    expect(helpersOf(tag)).toEqual([]);
    ownTemps.onTemp!(join(fresh(), '.f.cfwasm-temp.tmp'));
    const [pid, ...more] = helpersOf(tag);
    expect(more).toEqual([]);
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').slice(0, -1);
    expect(argv[0]).toBe('/bin/sh');
    expect(argv[1]).toBe('-c');
    expect(argv[2]).toMatch(/^trap '' HUP INT TERM\n/);
    expect(argv.slice(3)).toEqual(['cfwasm-temp-reaper', tag]);
    expect(fs.readFileSync(`/proc/${pid}/environ`, 'latin1')).toBe('PATH=/usr/bin:/bin\0LC_ALL=C\0');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    expect(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])).toBe(pid); // a group of its own
    expect(fs.readlinkSync(`/proc/${pid}/fd/0`)).toMatch(/^(pipe|socket):/);
    expect(fs.readlinkSync(`/proc/${pid}/fd/1`)).toBe('/dev/null');
    expect(fs.readlinkSync(`/proc/${pid}/fd/2`)).toBe(fs.readlinkSync('/proc/self/fd/2')); // the run's stderr: it says a kill
    // A second directory goes to the same helper.
    ownTemps.onTemp!(join(fresh(), '.g.cfwasm-temp.tmp'));
    expect(helpersOf(tag)).toEqual([pid]);
  });

  it('a helper that is gone (killed): later directories are dropped at once, the run goes on', async () => {
    const { reapTempsOnExit, ownTemps, ownTempTag } = await freshReaper();
    const tag = ownTempTag();
    reapTempsOnExit();
    ownTemps.onTemp!(join(fresh(), '.f.cfwasm-temp.tmp'));
    const [pid] = helpersOf(tag);
    process.kill(pid, 'SIGKILL');
    // Its end of the pipe is closed once it is dead (a zombie until this process reaps it).
    for (let i = 0; i < 500; i++) {
      const state = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
      if (state.slice(state.lastIndexOf(')') + 2).startsWith('Z')) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
    // Enough lines to fill a pipe many times over: each is written at most once, or dropped.
    const d = fresh();
    for (let i = 0; i < 2000; i++) ownTemps.onTemp!(`${d}/${i}${'x'.repeat(200)}/.f.cfwasm-temp.tmp`);
    expect(helpersOf(tag)).toEqual([]); // none started again
  });
});

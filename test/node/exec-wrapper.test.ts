/**
 * How NodeHost runs a command (node-host.ts exec's helpers): in a session of its own when this
 * system has setsid(1) and env --default-signal (groupWrapper, asked once per process, so each
 * case here loads the module afresh), else as before; and its output files (openOutput,
 * takeOutput, dropOutput): made in the state directory and told to the temp reaper, read back up
 * to what is there, cut only past 1 MiB, then closed and removed.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ownTemps } from '../../host/node/atomic-write.js';
import { NodeHost } from '../../host/node/node-host.js';
import { hostOver, undoHostOver } from '../support/host-over.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-exec-wrapper-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
let cases = 0;
const fresh = () => {
  const d = join(base, `c${cases++}`);
  fs.mkdirSync(d, { mode: 0o700 });
  return d;
};
afterEach(undoHostOver);

/** node-host.ts loaded afresh (its once-per-process answers asked again). */
const freshHost = () => hostOver(() => ({}));

/** Shell builtins only (no PATH needed): the shell's pid and its session's id, from /proc. */
const PID_AND_SESSION = 'read -r pid comm state ppid pgrp sid rest < /proc/$$/stat; echo "$$ $sid"';

describe('the command\'s own session', () => {
  it('with setsid and env --default-signal here: the command leads a session of its own', async () => {
    const Host = await freshHost();
    const r = new Host().exec(PID_AND_SESSION);
    expect(r.status).toBe(0);
    const [pid, sid] = r.output.trim().split(' ');
    expect(sid).toBe(pid);
  });

  it('without setsid on the PATH: the command runs as before, in the run\'s session, and its status is its own', async () => {
    const saved = process.env.PATH;
    process.env.PATH = fresh(); // an empty directory: no setsid, no env
    try {
      const Host = await freshHost();
      const r = new Host().exec(PID_AND_SESSION);
      expect(r.status).toBe(0);
      const [pid, sid] = r.output.trim().split(' ');
      expect(sid).not.toBe(pid);
      expect(Number(sid)).toBe(Number(fs.readFileSync('/proc/self/stat', 'latin1').split(') ')[1].split(' ')[3]));
      expect(new Host().exec('exit 3').status).toBe(3);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('the output files', () => {
  it('are made in the state directory, told to the temp reaper, then closed and removed', () => {
    const state = fresh();
    const told: string[] = [];
    const saved = ownTemps.onTemp;
    ownTemps.onTemp = (p) => told.push(p);
    const fds = () => fs.readdirSync('/proc/self/fd').length;
    try {
      const host = new NodeHost({ stateDir: state });
      const before = fds();
      const r = host.exec('readlink /proc/self/fd/1 /proc/self/fd/2');
      expect(r.status).toBe(0);
      const [out, err] = r.output.trim().split('\n');
      expect(told).toEqual([out, err]);
      expect(out.startsWith(`${state}/.stdout.`)).toBe(true);
      expect(err.startsWith(`${state}/.stderr.`)).toBe(true);
      expect(fs.readdirSync(state)).toEqual([]);
      expect(fds()).toBe(before);
      expect(ownTemps.live.has(out) || ownTemps.live.has(err)).toBe(false);
    } finally {
      ownTemps.onTemp = saved;
    }
  });

  it('1 MiB exactly is kept whole, with no note; one byte more is cut to 1 MiB, and said', () => {
    const host = new NodeHost({ stateDir: fresh() });
    // Compared as booleans and lengths: a failing diff of two 1 MiB strings takes minutes.
    const mib = 'a'.repeat(1 << 20);
    const at = host.exec('head -c 1048576 /dev/zero | tr "\\0" a');
    expect(at.output.length).toBe(1 << 20);
    expect(at.output === mib).toBe(true);
    const past = host.exec('head -c 1048577 /dev/zero | tr "\\0" a');
    expect(past.output.startsWith(mib)).toBe(true);
    expect(past.output.slice(1 << 20)).toBe('\n(output cut: it printed 1048577 bytes; the first 1 MiB are kept)\n');
  });

  it('read up to what is there: a file shorter than its size as fstat gave it (a daemon cutting it) gives what it holds', async () => {
    const state = fresh();
    const Host = await hostOver(real => ({
      // The output files' size as 100 bytes more than they hold.
      fstatSync: (fd: number, ...rest: unknown[]) => {
        const st = (real.fstatSync as (fd: number, ...r: unknown[]) => fs.Stats)(fd, ...rest);
        const at = fs.readlinkSync(`/proc/self/fd/${fd}`);
        if (!at.startsWith(`${state}/.std`)) return st;
        return Object.assign(Object.create(Object.getPrototypeOf(st)), st, { size: st.size + 100 });
      },
    }));
    const r = new Host({ stateDir: state }).exec('printf "out"; printf "err" >&2');
    expect(r).toEqual({ status: 0, output: 'outerr' });
    expect(fs.readdirSync(state)).toEqual([]);
  });
});

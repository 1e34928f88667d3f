// @fileoverview Shared by the benchmarks: timing (best of N, a whole command's wall and CPU time)
// and a printed table of ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Best wall time in ms of `runs` calls of fn (the first call warms up and is not counted). */
export function bestOf(runs, fn) {
  fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** rows: [{ name, ms, baselineMs, note }] — prints time, baseline and ratio. */
export function printTable(title, rows) {
  const head = ['benchmark', 'ms', 'baseline ms', 'ratio', 'note'];
  const body = rows.map(r => [
    r.name,
    r.ms.toFixed(1),
    r.baselineMs == null ? 'n/a' : r.baselineMs.toFixed(1),
    r.baselineMs == null ? 'n/a' : `${(r.ms / r.baselineMs).toFixed(2)}x`,
    r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)));
  const line = cells => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map(w => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

// Wall time on a shared machine says little: with GNU time the CPU time (user + system) of each
// command is measured too, and the ratios are given both ways.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Runs `cmd args` (it must exit 0, or with one of `exitCodes`); wall ms, CPU ms (null without GNU
 * time), peak RSS in MiB and, with `capture`, what it printed on standard output (standard error
 * is passed through).
 */
export function measure(cmd, args, env = process.env, capture = false, exitCodes = [0]) {
  const out = join(tmpdir(), `cfwasm-bench-time-${process.pid}`);
  const argv = GNU_TIME ? ['-f', '%U %S %M', '-o', out, cmd, ...args] : args;
  const t = performance.now();
  const run = spawnSync(GNU_TIME ?? cmd, argv, {
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'inherit'], env, maxBuffer: 1 << 30, encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (run.error) throw run.error;
  if (!exitCodes.includes(run.status)) throw new Error(`${cmd} ${args.join(' ')}: exit status ${run.status ?? run.signal}`);
  const printed = run.stdout;
  const output = capture ? printed ?? '' : '';
  if (!GNU_TIME) return { ms, cpuMs: null, rssMiB: null, output };
  const [user, sys, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(out, { force: true });
  return { ms, cpuMs: (user + sys) * 1000, rssMiB: kb / 1024, output };
}

// @fileoverview Sweeps. (1) Real files, Node host, the `cfwasm run` CLI as users run it: a files
// sweep over 100,000 files that changes every mode beside `chmod -R`, and the converged run
// (nothing to change) beside `find -perm`, on the same tree in the same run. (2) The same
// sweeps and a tidy in the memory host, beside a plain JS walk. (3) With CFWASM_BENCH_BIG=1: a
// `mode=o-w r=inf` sweep over 1,000,000 files and a tidy of 200,000 files, with peak memory.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Volume } from 'memfs';
import { runPolicyOn } from '../dist/host/api/runtime.js';
import { MemoryHost } from '../dist/host/memory/memory-host.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { realTree } from './fixtures.mjs';
import { measure, printTable } from './table.mjs';

const FILES = 100_000;
const NOW = 1_800_000_000;
const CLI = fileURLToPath(new URL('../bin/cfwasm.js', import.meta.url));
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };

/** The CLI on `policy` (as cron runs it: -K -q). */
function cfwasm(dir, policy) {
  const file = join(dir, 'policy.cf');
  writeFileSync(file, policy);
  return measure(process.execPath, [CLI, 'run', '-f', file, '-K', '-q', '--state-dir', join(dir, 'state')]);
}

/**
 * The best (least wall time) of `n` measurements. Wall time, as the aims are stated: cfwasm
 * reads directories on a second thread, so its CPU time is more than its run time (both shown).
 */
const best = (n, fn) => {
  let b = null;
  for (let i = 0; i < n; i++) {
    const m = fn();
    if (!b || m.ms < b.ms) b = m;
  }
  return b;
};
const cpuNote = (m, base) => (m.cpuMs == null ? '' : `CPU ${(m.cpuMs / 1000).toFixed(2)} s vs ${(base.cpuMs / 1000).toFixed(2)} s = ${(m.cpuMs / base.cpuMs).toFixed(2)}x; `);

// (1) Real files.
{
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-sweep-'));
  const data = join(dir, 'data');
  realTree(data, FILES);
  const policy = `control:\n actionsequence = ( files )\nfiles:\n ${data} mode=0644 recurse=inf action=fixall\n`;
  const reset = () => execFileSync('find', [data, '-type', 'f', '-exec', 'chmod', '600', '{}', '+']);
  const rows = [];
  // A timed run that did not do the work would be fast: each run's result is checked.
  const modesLeft = (notMode) => execFileSync('find', [data, '-type', 'f', '!', '-perm', notMode], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const changed = () => {
    const wrong = modesLeft('644');
    if (wrong) throw new Error(`the changing sweep left files not 0644, e.g. ${wrong.split('\n')[0]}`);
  };
  const changing = best(3, () => { reset(); const m = cfwasm(dir, policy); changed(); return m; });
  const chmodR = best(3, () => { reset(); return measure('chmod', ['-R', 'go+r', data]); });
  rows.push({ name: 'files mode=0644 r=inf fixall, every mode changes', ms: changing.ms, baselineMs: chmodR.ms,
    note: `chmod -R go+r; ${cpuNote(changing, chmodR)}peak ${changing.rssMiB?.toFixed(0) ?? '?'} MiB` });
  const converged = best(3, () => { const m = cfwasm(dir, policy); changed(); return m; });
  const find = best(3, () => measure('find', [data, '-perm', '/022']));
  rows.push({ name: 'the same run, nothing to change', ms: converged.ms, baselineMs: find.ms,
    note: `find -perm /022; ${cpuNote(converged, find)}peak ${converged.rssMiB?.toFixed(0) ?? '?'} MiB` });
  printTable(`cfwasm run (CLI, Node host) over ${FILES} real files beside chmod -R and find (aim: 2x, 2.5x)`, rows);
  rmSync(dir, { recursive: true, force: true });
}

// (2) The memory host.
function tree() {
  const vol = new Volume();
  for (let i = 0; i < FILES; i++) {
    const dir = `/data/d${i % 100}/e${Math.floor(i / 100) % 10}`;
    if (i < 1000) vol.mkdirSync(dir, { recursive: true, mode: 0o755 });
    vol.writeFileSync(`${dir}/f${i}.${i % 3 ? 'log' : 'tmp'}`, '', { mode: 0o640 });
    if (i % 3 === 0) vol.utimesSync(`${dir}/f${i}.tmp`, NOW - 30 * 86400, NOW - 30 * 86400);
  }
  return vol;
}
function walk(vol, dir) {
  let n = 0;
  for (const name of vol.readdirSync(dir)) {
    const p = `${dir}/${name}`;
    n++;
    if (vol.lstatSync(p).isDirectory()) n += walk(vol, p);
  }
  return n;
}
const runtime = await nodeRuntime();
const rows = [];
const FILES_POLICY = 'control:\n actionsequence = ( files )\nfiles:\n /data mode=644 recurse=inf action=fixall\n';
const TIDY_POLICY = 'control:\n actionsequence = ( tidy )\ntidy:\n /data pattern=*.tmp age=7 recurse=inf\n';
for (const [name, policy, dryRun] of [
  ['files mode=644 recurse=inf fixall', FILES_POLICY, false],
  ['the same, dry run (every change in the overlay)', FILES_POLICY, true],
  ['tidy pattern=*.tmp age=7 recurse=inf', TIDY_POLICY, false],
  ['the same, dry run', TIDY_POLICY, true],
]) {
  const vol = tree();
  const base = time(() => walk(vol, '/data'));
  const host = new MemoryHost(vol, { now: NOW });
  let result;
  const ms = time(() => { result = runPolicyOn(runtime, policy, host, { now: NOW, hostname: 'bench', dryRun }); });
  // Every file's mode changes (640 -> 644), or every third file (the old .tmp) goes: planned or done.
  const expected = policy === FILES_POLICY ? FILES : Math.ceil(FILES / 3);
  if (result.changes.length !== expected) throw new Error(`${name}: ${result.changes.length} changes, expected ${expected}`);
  rows.push({ name, ms, baselineMs: base, note: `${Math.round(FILES / (ms / 1000))} files/s` });
}
printTable(`sweeps over ${FILES} files in the memory host (baseline: a plain JS walk of the same tree)`, rows);

// (3) Big trees, on request: minutes, and several GB of disk inodes.
if (process.env.CFWASM_BENCH_BIG) {
  const big = [];
  {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-big-'));
    const data = join(dir, 'data');
    realTree(data, 1_000_000);
    const r = cfwasm(dir, `control:\n actionsequence = ( files )\nfiles:\n ${data} mode=o-w recurse=inf action=fixall\n`);
    const find = measure('find', [data, '-perm', '/002']);
    big.push({ name: 'files mode=o-w r=inf over 1,000,000 files', ms: r.ms, baselineMs: find.ms, note: `find -perm /002; ${cpuNote(r, find)}peak ${r.rssMiB?.toFixed(0) ?? '?'} MiB` });
    rmSync(dir, { recursive: true, force: true });
  }
  {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-big-'));
    const data = join(dir, 'data');
    realTree(data, 200_000, 1);
    const r = cfwasm(dir, `control:\n actionsequence = ( tidy )\ntidy:\n ${data} pattern=*.tmp age=7 recurse=inf\n`);
    const left = execFileSync('find', [data, '-type', 'f'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (left) throw new Error(`the big tidy left files, e.g. ${left.split('\n')[0]}`);
    big.push({ name: 'tidy of 200,000 files (every one deleted)', ms: r.ms, baselineMs: null, note: `${r.cpuMs == null ? '' : `CPU ${(r.cpuMs / 1000).toFixed(1)} s; `}peak ${r.rssMiB?.toFixed(0) ?? '?'} MiB` });
    rmSync(dir, { recursive: true, force: true });
  }
  printTable('big trees, Node host (CFWASM_BENCH_BIG=1)', big);
}

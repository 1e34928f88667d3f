// @fileoverview A files sweep (recurse=inf) and a tidy over a generated tree of 100,000 files in
// the in-memory host; files per second. Baseline: a plain JS walk of the same memfs tree.
import { Volume } from 'memfs';
import { runPolicyOn } from '../dist/host/api/runtime.js';
import { MemoryHost } from '../dist/host/memory/memory-host.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { printTable } from './table.mjs';

const FILES = 100_000;
const NOW = 1_800_000_000;
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
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
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
  const ms = time(() => runPolicyOn(runtime, policy, host, { now: NOW, hostname: 'bench', dryRun }));
  rows.push({ name, ms, baselineMs: base, note: `${Math.round(FILES / (ms / 1000))} files/s` });
}
printTable(`sweeps over ${FILES} files in the memory host (baseline: a plain JS walk of the same tree)`, rows);

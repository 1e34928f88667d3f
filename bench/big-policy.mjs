// @fileoverview Big policies (issue #21): `cfwasm run` of a generated policy of N files items
// (about 26 bytes each: 480,000 items are 12 MB, under the 16 MiB limit), its wall time and peak
// memory, per item. Baseline: `cfwasm run -p` (parse only) of the same file, in the same run.
// usage: node bench/big-policy.mjs [ITEMS…]   (default 20000 80000; the case is 480000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from './table.mjs';

const repo = new URL('..', import.meta.url).pathname;
const counts = process.argv.slice(2).map(Number).filter(n => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bigpolicy-'));
const root = join(dir, 'root');
mkdirSync(root);
const peakFile = join(dir, 'peak');
const preload = join(dir, 'peak.cjs');
writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);

/** Wall ms and peak RSS (KB) of one CLI run. */
function measure(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'bin', 'cfwasm.js'), ...args], {
    env: { ...process.env, NODE_OPTIONS: `--require ${preload}` }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 2 ** 26,
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cfwasm ${args.join(' ')}: exit ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { ms, peakKb: Number(readFileSync(peakFile, 'utf8')) };
}

const rows = [];
for (const n of counts.length ? counts : [20_000, 80_000]) {
  const parts = ['control:\n  actionsequence = ( files )\nfiles:\n'];
  for (let i = 0; i < n; i++) parts.push(`  /bench/f${i} mode=644\n`);
  const policy = join(dir, `p${n}.cf`);
  writeFileSync(policy, parts.join(''));
  const bytes = parts.reduce((a, p) => a + p.length, 0);
  const common = ['-f', policy, '--root', root, '--state-dir', join(dir, `state${n}`), '--no-cache', '-q', '-w'];
  const parse = measure(['run', '-p', ...common]);
  const run = measure(['run', '-n', ...common]);
  rows.push({
    name: `${n} items (${(bytes / 1e6).toFixed(1)} MB)`, ms: run.ms, baselineMs: parse.ms,
    note: `peak ${(run.peakKb / 1024).toFixed(0)} MB (${(run.peakKb / n).toFixed(2)} KB/item); parse only: ${(parse.peakKb / 1024).toFixed(0)} MB`,
  });
}
printTable('big policies: cfwasm run -n (files items) vs run -p (parse only) of the same policy', rows);
rmSync(dir, { recursive: true, force: true });

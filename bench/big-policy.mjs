// @fileoverview Big policies (issue #21): `cfwasm run -n` of a generated policy of N files items
// (about 26 bytes each: 480,000 items are 12 MB, under the 16 MiB limit), its wall time and peak
// memory (maxRSS), and the memory per item above the baseline row: the same command on a policy
// of one item, in the same run. Sizes alternate with the baseline (its median is the yardstick).
// usage: node bench/big-policy.mjs [ITEMS…]   (default 20000 80000; the case is 480000)
//        CFWASM_BENCH_CACHE=1 also runs each size with the parsed-policy cache (a second run reads it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname;
const counts = process.argv.slice(2).map(Number).filter(n => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bigpolicy-'));
const root = join(dir, 'root');
mkdirSync(root);
const peakFile = join(dir, 'peak');
const preload = join(dir, 'peak.cjs');
writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`);

/** Wall seconds and peak RSS (KB) of one CLI run. */
function measure(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(repo, 'bin', 'cfwasm.js'), ...args], {
    env: { ...process.env, NODE_OPTIONS: `--require ${preload}` }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 2 ** 26,
  });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cfwasm ${args.join(' ')}: exit ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { s, peakKb: Number(readFileSync(peakFile, 'utf8')) };
}

/** The policy of n files items and the arguments of its run. */
function policyOf(n, cache) {
  const parts = ['control:\n  actionsequence = ( files )\nfiles:\n'];
  for (let i = 0; i < n; i++) parts.push(`  /bench/f${i} mode=644\n`);
  const policy = join(dir, `p${n}.cf`);
  writeFileSync(policy, parts.join(''));
  const bytes = parts.reduce((a, p) => a + p.length, 0);
  const args = ['run', '-n', '-f', policy, '--root', root, '--state-dir', join(dir, `state${n}`), '-q', '-w'];
  return { bytes, args: cache ? args : [...args, '--no-cache'] };
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = policyOf(1, false);
const base = [measure(baseline.args)];
const rows = [];
for (const cache of process.env.CFWASM_BENCH_CACHE ? [false, true] : [false]) {
  for (const n of counts.length ? counts : [20_000, 80_000]) {
    const { bytes, args } = policyOf(n, cache);
    if (cache) measure(args); // writes the entry; the measured run reads it
    const m = measure(args);
    base.push(measure(baseline.args));
    rows.push({ n, bytes, cache, ...m });
  }
}
const baseS = median(base.map(b => b.s));
const baseKb = median(base.map(b => b.peakKb));
const table = [
  ['items', 'MB', 'cache', 's', 'x baseline', 'peak MB', 'KB/item'],
  ['1 (baseline)', '0.0', 'no', baseS.toFixed(2), '1.00x', (baseKb / 1024).toFixed(0), ''],
  ...rows.map(r => [String(r.n), (r.bytes / 1e6).toFixed(1), r.cache ? 'read' : 'no', r.s.toFixed(2),
    `${(r.s / baseS).toFixed(2)}x`, (r.peakKb / 1024).toFixed(0), ((r.peakKb - baseKb) / r.n).toFixed(2)]),
];
const widths = table[0].map((_, i) => Math.max(...table.map(row => row[i].length)));
console.log('\nbig policies: cfwasm run -n of N files items (KB/item: peak above the baseline row, per item)');
for (const [k, row] of table.entries()) {
  console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  if (k === 0) console.log(widths.map(w => '-'.repeat(w)).join('  '));
}
rmSync(dir, { recursive: true, force: true });

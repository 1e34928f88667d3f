// @fileoverview Shared by the benchmarks: timing (best of N) and a printed table of ratios.

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

// Preloaded (node -r) by bench/sweep.mjs: writes the process's peak resident memory (KiB) to
// the file named by CFWASM_BENCH_RSS when it exits.
process.on('exit', () => {
  if (process.env.CFWASM_BENCH_RSS) require('node:fs').writeFileSync(process.env.CFWASM_BENCH_RSS, String(process.resourceUsage().maxRSS));
});

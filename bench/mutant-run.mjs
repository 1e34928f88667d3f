// @fileoverview What one Stryker mutant run costs (issue #26): vitest's Node API driven as
// @stryker-mutator/vitest-runner 9.6 drives it (one threads worker, `ctx.start(files)` once per
// mutant), over one test file, with isolation (a fresh worker and imports per run: the yardstick)
// and with the shared worker of vitest.config.ts's CFWASM_MUTATE_SHARED. Each mode runs in its own
// child process (the shared mode patches the worker pool for its whole process); they alternate,
// and the table gives the median time per run and its ratio to the isolated one.
// usage: node bench/mutant-run.mjs [TEST_FILE] [RUNS]   (default test/node/state-dir.test.ts 15)
//        Needs a build (npm run build).
import { spawnSync } from 'node:child_process';

const repo = new URL('..', import.meta.url).pathname;
const [file = 'test/node/state-dir.test.ts', runsArg = '15'] = process.argv.slice(2);
const runs = Number(runsArg);

if (process.env.BENCH_CHILD) {
  const { createVitest } = await import('vitest/node');
  // The options the Stryker runner passes (vitest-test-runner.js, init()).
  const ctx = await createVitest('test', {
    config: 'vitest.config.ts', pool: 'threads', coverage: { enabled: false },
    poolOptions: { threads: { maxThreads: 1, minThreads: 1 } }, maxWorkers: 1, maxConcurrency: 1,
    watch: false, bail: 1, onConsoleLog: () => false, reporters: [],
  });
  const times = [];
  for (let i = 0; i < runs; i++) {
    ctx.state.filesMap.clear();
    const t = performance.now();
    await ctx.start([file]);
    times.push(performance.now() - t);
    if (ctx.state.getCountOfFailedTests() > 0) throw new Error(`${file}: a test failed`);
  }
  await ctx.close();
  // The first run starts the worker and imports everything in both modes: reported apart.
  console.log(JSON.stringify(times));
  process.exit(0);
}

/** Per-run times (ms) of one child in a mode. */
function child(shared) {
  const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, file, String(runs)], {
    cwd: repo, encoding: 'utf8', maxBuffer: 2 ** 24,
    env: { ...process.env, BENCH_CHILD: '1', CFWASM_SKIP_BUILD: '1', CFWASM_TEST_INCLUDE: file, CFWASM_MUTATE_SHARED: shared ? '1' : '0' },
  });
  const last = r.stdout.trim().split('\n').at(-1);
  if (r.status !== 0 || !last?.startsWith('[')) throw new Error(`bench child failed (exit ${r.status}): ${r.stderr.slice(-800)}`);
  return JSON.parse(last);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const first = { isolated: [], shared: [] };
const rest = { isolated: [], shared: [] };
for (let round = 0; round < 3; round++) {
  for (const mode of ['isolated', 'shared']) {
    const [t0, ...ts] = child(mode === 'shared');
    first[mode].push(t0);
    rest[mode].push(...ts);
  }
}
const base = median(rest.isolated);
console.log(`\n${file}, ${runs} runs per child, 3 children per mode, alternating\n`);
console.log('| mode | first run (median, ms) | each later run (median, ms) | ratio to isolated |');
console.log('|---|---|---|---|');
for (const mode of ['isolated', 'shared']) {
  console.log(`| ${mode} | ${median(first[mode]).toFixed(0)} | ${median(rest[mode]).toFixed(0)} | ${(median(rest[mode]) / base).toFixed(2)} |`);
}

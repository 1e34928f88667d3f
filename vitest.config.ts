// @ts-nocheck
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer } from 'vitest/node';

// CFWASM_MUTATE_SHARED=1 (npm run mutate, unless MUTATE_ISOLATE=1): one worker thread and its module
// cache serve every mutant run. Stryker switches mutants at run time (the instrumented code reads
// a global), so the host modules need not load again; vitest still runs each test file (and
// Stryker's setup file) afresh. Vitest 3.2's threads pool ends its workers after every run when
// isolation is off (Tinypool.recycleWorkers), which would cost a new thread and all imports per
// mutant: that call is made a no-op here, in the Stryker runner's process only. `npm test` keeps
// isolation and never loads this.
const shared = process.env.CFWASM_MUTATE_SHARED === '1';
if (shared) {
  const { Tinypool } = await import('tinypool');
  Tinypool.prototype.recycleWorkers = async () => {};
}

const include = process.env.CFWASM_TEST_INCLUDE ? process.env.CFWASM_TEST_INCLUDE.split(',') : ['test/**/*.test.ts'];

// Under Stryker (scripts/mutate.mjs sets MUTATE_FOLDER), a mutant's covering test files run in the
// order CFWASM_TEST_INCLUDE names them (globs after the files named exactly), not vitest's longest
// first: with bail at the first failure, a target's fast direct tests listed first kill most
// mutants before its slow ones start (scripts/mutate.mjs's TESTS).
class IncludeOrder extends BaseSequencer {
  async sort(files) {
    const rank = (f) => {
      const i = include.indexOf(relative(f.project.config.root, f.moduleId));
      return i < 0 ? include.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // CFWASM_TEST_INCLUDE (comma-separated globs): a part of the suite, for npm run mutate.
    include,
    ...(process.env.MUTATE_FOLDER ? { sequence: { sequencer: IncludeOrder } } : {}),
    globalSetup: ['test/support/build.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // CFWASM_TEST_TIMEOUT_MS: npm run mutate's longer limit (instrumented code runs slower; Stryker
    // applies its own timeout to each mutant).
    testTimeout: Number(process.env.CFWASM_TEST_TIMEOUT_MS ?? 60_000),
    hookTimeout: Number(process.env.CFWASM_TEST_TIMEOUT_MS ?? 60_000),
    ...(shared ? {
      isolate: false,
      // Tests whose result depends on what ran before them in the process: repeated-runs.test.ts
      // counts the collections of the one core every test of the process shares (nodeRuntime()),
      // and after other mutants' runs that schedule differs (a mutant it did not kill in a fresh
      // worker failed it in the shared one). They get a fresh process per run.
      poolMatchGlobs: [['test/core/repeated-runs.test.ts', 'forks']],
      poolOptions: { threads: { isolate: false }, forks: { isolate: true } },
    } : {}),
  },
});

// @ts-nocheck
// @fileoverview StrykerJS over the TypeScript of host/ (`npm run mutate`, scripts/mutate.mjs, which
// runs it in a scratch copy of the tree):
// one folder at a time (MUTATE_FOLDER), incremental (a folder's earlier results are reused for
// code and tests that did not change). Each mutant runs the tests vitest finds related to the
// mutated file. Tests that run the CLI as a child process run the built dist/, which holds no
// mutant: what only they could kill survives here, and the hand-written mutants of
// scripts/mutants (npm run mutate:engine) cover those paths.
const folder = process.env.MUTATE_FOLDER ?? 'host'; // a folder, or one file of it
const name = folder.replaceAll('/', '-').replace(/\.ts$/, '');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  // Each mutant runs only the tests that reached it in the first run.
  coverageAnalysis: 'perTest',
  // A mutant of a module-level constant has no per-test coverage: Stryker would run every test
  // of the target for each one, with a fresh module load (minutes each here). Counted apart as
  // "Ignored" in the report, not in the score.
  ignoreStatic: true,
  // Vitest compiles with esbuild, which does not type-check: no `// @ts-nocheck` is needed atop
  // every file of the tree (the TypeScript checker checks each mutant on its own).
  disableTypeChecks: false,
  checkers: ['typescript'],
  // scripts/mutate.mjs writes tsconfig.mutate.json: the target folder or file and its imports only.
  tsconfigFile: process.env.MUTATE_TSCONFIG ?? 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: folder.endsWith('.ts') ? [folder] : [`${folder}/**/*.ts`, '!**/*.d.ts'],
  ignorePatterns: ['dist', 'engine/build', 'playground/dist', 'test-artifacts', '.tools', 'reports'],
  // In place (in scripts/mutate.mjs's scratch copy): Stryker's own sandbox copy cannot hold the
  // test cases' links to /sandbox paths.
  inPlace: true,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  // MUTATE_CONCURRENCY=1 when the machine is shared: one test runner (and one checker).
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // Added to the covering tests' own time (x1.5): a mutant that loops costs this plus a restart of the runner.
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 80, break: null },
};

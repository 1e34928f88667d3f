// @ts-nocheck
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CFWASM_TEST_INCLUDE (comma-separated globs): a part of the suite, for npm run mutate.
    include: process.env.CFWASM_TEST_INCLUDE ? process.env.CFWASM_TEST_INCLUDE.split(',') : ['test/**/*.test.ts'],
    globalSetup: ['test/support/build.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // CFWASM_TEST_TIMEOUT_MS: npm run mutate's longer limit (instrumented code runs slower; Stryker
    // applies its own timeout to each mutant).
    testTimeout: Number(process.env.CFWASM_TEST_TIMEOUT_MS ?? 60_000),
    hookTimeout: Number(process.env.CFWASM_TEST_TIMEOUT_MS ?? 60_000),
  },
});

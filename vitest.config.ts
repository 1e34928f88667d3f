// @ts-nocheck
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CFWASM_TEST_INCLUDE (comma-separated globs): a part of the suite, for npm run mutate.
    include: process.env.CFWASM_TEST_INCLUDE ? process.env.CFWASM_TEST_INCLUDE.split(',') : ['test/**/*.test.ts'],
    globalSetup: ['test/support/build.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

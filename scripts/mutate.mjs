#!/usr/bin/env node
// @ts-nocheck
/**
 * @fileoverview `npm run mutate [FOLDER|FILE…]`: StrykerJS (stryker.config.mjs) over each folder
 * of host/ in turn (default: host/node host/core host/lint host/fmt host/api), or over single
 * files of one (host/node/state-dir.ts), incremental, then a table of the mutation score per
 * folder or file from the JSON reports. Slow (hours for all of host/ on two cores): not part of
 * `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folders = process.argv.slice(2).length ? process.argv.slice(2) : ['host/node', 'host/core', 'host/lint', 'host/fmt', 'host/api'];
for (const f of folders) {
  if (!existsSync(join(REPO, f))) {
    console.error(`mutate: no folder ${f}`);
    process.exit(2);
  }
}

/**
 * The tests that exercise each folder or file, narrowed to those that call its code in process (a
 * test that runs the CLI as a child runs dist/, which holds no mutant): each mutant runs the ones
 * that cover it, and fewer, faster files make a folder minutes instead of hours. A folder or file
 * not named here gets the whole suite.
 */
const TESTS = {
  'host/fmt': 'test/lint/fmt-layout.test.ts',
  'host/lint': 'test/lint/**/*.test.ts',
  'host/api': 'test/api/**/*.test.ts,test/trace/**/*.test.ts',
  'host/core': 'test/core/**/*.test.ts,test/conformance/memory.test.ts',
  'host/node': 'test/node/**/*.test.ts,test/conformance/node.test.ts',
  'host/node/bounded-read.ts': 'test/node/bounded-read.test.ts',
  'host/node/state-dir.ts': 'test/node/state-dir.test.ts',
  'host/node/confined-paths.ts': 'test/node/confinement.test.ts,test/node/confinement-deep.test.ts',
  'host/node/atomic-write.ts': 'test/node/temp-files.test.ts,test/node/saves.test.ts',
};

/** Killed and timed-out mutants over all that were tested (no coverage counts as survived). */
function score(report) {
  const counts = {};
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { detected, undetected, percent: detected + undetected ? (100 * detected) / (detected + undetected) : 100, counts };
}

// Built once here (the tests that run the CLI need dist/); the tests' global setup then skips it.
const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const rows = [];
for (const folder of folders) {
  console.log(`== stryker: ${folder}`);
  const r = spawnSync(process.execPath, [join(REPO, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run'],
    { cwd: REPO, stdio: 'inherit', env: { ...process.env, MUTATE_FOLDER: folder, CFWASM_TEST_INCLUDE: TESTS[folder] ?? 'test/**/*.test.ts', CFWASM_SKIP_BUILD: '1' } });
  // Each test runner Stryker starts (again after a timeout) leaves its setup file behind.
  for (const name of readdirSync(REPO)) if (/^stryker-setup-\d+\.js$/.test(name)) rmSync(join(REPO, name));
  const file = join(REPO, 'reports', 'mutation', `${folder.replaceAll('/', '-').replace(/\.ts$/, '')}.json`);
  if (r.status !== 0 || !existsSync(file)) {
    rows.push(`| ${folder} | failed (exit ${r.status}) | | |`);
    continue;
  }
  const s = score(JSON.parse(readFileSync(file, 'utf8')));
  rows.push(`| ${folder} | ${s.percent.toFixed(1)} % | ${s.detected} | ${s.undetected} (${s.counts.NoCoverage ?? 0} without coverage) |`);
}
// Stryker's in-place run restores the files it touched without their modes: the command stays executable.
chmodSync(join(REPO, 'bin', 'cfwasm.js'), 0o755);

console.log('\n| folder | mutation score | killed or timed out | survived |\n|---|---|---|---|');
for (const row of rows) console.log(row);

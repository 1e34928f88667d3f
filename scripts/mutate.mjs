#!/usr/bin/env node
// @ts-nocheck
/**
 * @fileoverview `npm run mutate [FOLDER|FILE…]`: StrykerJS (stryker.config.mjs) over each folder
 * of host/ in turn (default: host/node host/core host/lint host/fmt host/api), or over single
 * files of one (host/node/state-dir.ts), incremental, then a table of the mutation score per
 * folder or file from the JSON reports. Slow (hours for all of host/ on two cores): not part of
 * `npm test`. Stryker rewrites the files it mutates while it runs, so it runs in a scratch copy
 * of the working tree (scripts/scratch-copy.mjs): the checkout stays as it is and can be edited
 * meanwhile; only the reports (reports/mutation/, incremental results included) come back.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyTree } from './scratch-copy.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.CFWASM_SHARED ?? join(REPO, '..', 'shared');
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
 * not named here gets its folder's tests, a folder not named here the whole suite.
 */
const TESTS = {
  'host/fmt': 'test/lint/fmt-layout.test.ts,test/lint/fmt-tree.test.ts',
  // Not lint-files, lint-jobs, sarif-schema: they only run the CLI as a child. checks.test.ts
  // first (vitest.config.ts keeps this order under Stryker): its small policies, mostly without
  // trial runs, kill a mutant of checks.ts in milliseconds, before lint.test.ts's corpus runs.
  'host/lint': 'test/lint/checks.test.ts,test/lint/control-without-sequence.test.ts,test/lint/divergence.test.ts,test/lint/trial-host-calls.test.ts,test/lint/trial-host-owns.test.ts,test/lint/suggest.test.ts,test/lint/trial-host.test.ts,test/lint/convergence-trials.test.ts,test/lint/lint.test.ts',
  // Not determinism.test.ts and trace/browser.test.ts: they load a browser bundle, built from the
  // instrumented sources without Stryker's globals. Fastest first: the direct tests of facts.ts,
  // run-options.ts, trace.ts and runtime.ts (no run, milliseconds), both entry points in process
  // (browser.ts's loadCfwasm, index.ts), then the small runs; the
  // 3,000 random diffs of diff-lines, explain-words' step-budget search and the whole
  // conformance corpus of conformance-trace last (seconds each once instrumented).
  'host/api': 'test/api/facts.test.ts,test/api/run-options-checks.test.ts,test/trace/trace-records.test.ts,test/api/runtime-request.test.ts,test/api/entry-points.test.ts,test/api/changed-contents.test.ts,test/api/run-system.test.ts,test/trace/pattern.test.ts,test/trace/explain.test.ts,test/api/run-options.test.ts,test/api/run.test.ts,test/api/omit.test.ts,test/api/file-times.test.ts,test/api/diff-unified.test.ts,test/api/diff-patch.test.ts,test/api/diff-lines.test.ts,test/trace/explain-words.test.ts,test/trace/trace.test.ts,test/trace/conformance-trace.test.ts',
  // Not hosts-agree.test.ts (402 random policies through both hosts, 22 s: a surviving mutant of
  // overlay-host.ts would run them all); with core.ts's own tests below, so that its incremental
  // results (killed by them) carry over to the folder. Fastest first (vitest.config.ts keeps the
  // order under Stryker; times of 2026-12-06 at load 8): a mutant stops at the first that fails.
  // Not repeated-runs.test.ts: its count of collections depends on the runs made before it in the
  // process, and in this order it failed Stryker's first run (core-calls.test.ts checks when the
  // core collects).
  'host/core': 'test/core/host-imports.test.ts,test/core/overlay-host-calls.test.ts,test/core/accounts.test.ts,test/core/core-memory.test.ts,test/core/take-copies.test.ts,test/core/read-into.test.ts,test/core/host-wire.test.ts,test/core/run-settings.test.ts,test/api/run-options.test.ts,test/api/run.test.ts,test/node/hmac-sha256.test.ts,test/core/core-calls.test.ts,test/core/request-chunks.test.ts,test/conformance/memory.test.ts,test/regex/shortest.test.ts,test/regex/regex.test.ts,test/node/dry-run.test.ts,test/regex/literals.test.ts,test/core/overlay-host.test.ts',
  // host/node (round 14): only the tests that call it in this process, fastest first (times of
  // one uninstrumented run at load 10: facts 0.01 s … read-ahead 9 s, session 11 s, the
  // conformance corpus 11 s in 134 cases, integrity 27 s). Not big-file.test.ts (85 s: three
  // files of gigabytes; a survivor it covers would run it whole). Not test/node's files that
  // run the CLI as a child alone (byte-names, concurrent-runs, crash-safety, full-disk,
  // state-and-links, temp-reaper) nor test/fleet's (hostile, key, push, tls-context, early-worker:
  // the client is the CLI, so the server can answer from the test's event loop). list-worker.ts runs
  // in a worker thread loaded from dist/: no mutant of it can run; remote/worker.ts is loaded in the
  // test's own process by worker-calls.test.ts (node:worker_threads mocked), so its mutants can.
  'host/node': 'test/node/facts.test.ts,test/node/local-offset-tzif.test.ts,test/node/local-offset.test.ts,test/node/byte-fs.test.ts,test/node/lean-stat.test.ts,test/node/file-copy.test.ts,test/node/core-load.test.ts,test/node/host-calls.test.ts,test/node/atomic-write-calls.test.ts,test/node/atomic-write-edges.test.ts,test/node/atomic-write-fresh.test.ts,test/fleet/packed-listing.test.ts,test/node/confined-paths-pinned.test.ts,test/node/confined-paths-edges.test.ts,test/node/root-listing.test.ts,test/node/listing-ahead.test.ts,test/node/hmac-sha256.test.ts,test/node/shared-state.test.ts,test/node/saves.test.ts,test/node/bounded-read.test.ts,test/node/early-scan.test.ts,test/node/state-dir.test.ts,test/node/temp-reaper-early.test.ts,test/node/temp-reaper-fresh.test.ts,test/node/locks-writes.test.ts,test/node/temp-files.test.ts,test/node/confinement-checked-dirs.test.ts,test/node/confinement.test.ts,test/core/host-wire.test.ts,test/node/backup-replaced.test.ts,test/node/sweep-race-unconfined.test.ts,test/fleet/prefetch.test.ts,test/node/confinement-deep.test.ts,test/node/dry-run.test.ts,test/fleet/dryrun-chain.test.ts,test/node/confined-paths-cache.test.ts,test/node/read-ahead.test.ts,test/fleet/session-calls.test.ts,test/fleet/ahead-key.test.ts,test/fleet/keys-calls.test.ts,test/fleet/client-calls.test.ts,test/fleet/worker-calls.test.ts,test/fleet/worker-fresh.test.ts,test/fleet/worker-shared.test.ts,test/fleet/session.test.ts,test/conformance/node.test.ts,test/fleet/integrity.test.ts,test/node/host-edges.test.ts,test/fleet/session-trust.test.ts,test/fleet/client-edges.test.ts,test/fleet/host-remote-calls.test.ts,test/node/atomic-write-staged.test.ts,test/node/dir-listing-ways.test.ts,test/node/early-edges.test.ts,test/node/exec-wrapper.test.ts,test/node/guard-cache-stale.test.ts,test/node/guard-cache.test.ts,test/node/listing-ahead-jobs.test.ts,test/node/pinned-changes.test.ts,test/fleet/session-tail.test.ts,test/fleet/session-wait.test.ts',
  'host/node/bounded-read.ts': 'test/node/bounded-read.test.ts,test/node/host-calls.test.ts',
  'host/node/state-dir.ts': 'test/node/state-dir.test.ts,test/node/host-calls.test.ts',
  'host/node/confined-paths.ts': 'test/node/confined-paths-pinned.test.ts,test/node/confined-paths-edges.test.ts,test/node/host-calls.test.ts,test/node/confined-paths-cache.test.ts,test/node/confinement.test.ts,test/node/confinement-deep.test.ts,test/node/confinement-checked-dirs.test.ts',
  'host/node/atomic-write.ts': 'test/node/atomic-write-calls.test.ts,test/node/atomic-write-edges.test.ts,test/node/atomic-write-fresh.test.ts,test/node/atomic-write-staged.test.ts,test/node/host-calls.test.ts,test/node/saves.test.ts,test/node/locks-writes.test.ts,test/node/temp-files.test.ts,test/node/backup-replaced.test.ts',
  'host/node/facts.ts': 'test/node/facts.test.ts',
  // local-offset.ts: its direct tests (zone files built field by field, rules; the system zones
  // against ICU), then facts.ts's, which reach it through the host's facts.
  'host/node/local-offset.ts': 'test/node/local-offset-tzif.test.ts,test/node/local-offset.test.ts,test/node/facts.test.ts',
  'host/node/hmac-sha256.ts': 'test/node/hmac-sha256.test.ts',
  'host/node/shared-state.ts': 'test/node/shared-state.test.ts,test/node/locks-writes.test.ts',
  'host/node/lean-stat.ts': 'test/node/lean-stat.test.ts,test/node/confined-paths-edges.test.ts,test/node/root-listing.test.ts,test/node/host-calls.test.ts,test/core/host-wire.test.ts,test/node/confined-paths-cache.test.ts,test/node/read-ahead.test.ts',
  'host/node/dir-listing.ts': 'test/node/dir-listing-ways.test.ts,test/node/listing-ahead-jobs.test.ts,test/node/listing-ahead.test.ts,test/node/root-listing.test.ts,test/node/host-calls.test.ts,test/core/host-wire.test.ts,test/node/sweep-race-unconfined.test.ts,test/node/read-ahead.test.ts,test/conformance/node.test.ts',
  'host/node/temp-reaper.ts': 'test/node/temp-reaper-early.test.ts,test/node/temp-reaper-fresh.test.ts,test/node/host-calls.test.ts,test/node/temp-files.test.ts',
  'host/node/file-copy.ts': 'test/node/file-copy.test.ts,test/node/host-calls.test.ts,test/conformance/node.test.ts',
  'host/node/byte-fs.ts': 'test/node/byte-fs.test.ts,test/node/confined-paths-edges.test.ts,test/node/host-calls.test.ts,test/node/saves.test.ts,test/node/temp-files.test.ts,test/conformance/node.test.ts',
  'host/node/path-bytes.ts': 'test/node/byte-fs.test.ts,test/node/bounded-read.test.ts,test/node/confined-paths-edges.test.ts,test/node/host-calls.test.ts,test/node/saves.test.ts,test/conformance/node.test.ts',
  // The process-wide caches (core, parser, runtime) and lazily loaded built-ins: filled once per
  // module instance. core-load.test.ts loads them afresh (vi.resetModules) in each case, so a
  // mutant of the code that fills them runs in the shared worker too; the other tests here would
  // reach that code only in the first, unmutated run (MUTATE_ISOLATE=1 for them).
  'host/node/core.ts': 'test/node/core-load.test.ts,test/node/hmac-sha256.test.ts,test/api/runtime-request.test.ts,test/core/core-calls.test.ts',
  'host/node/grammar.ts': 'test/node/core-load.test.ts,test/api/runtime-request.test.ts,test/ir/pieces.test.ts',
  'host/node/runtime.ts': 'test/node/core-load.test.ts,test/api/runtime-request.test.ts,test/node/dry-run.test.ts',
  'host/node/lazy-builtins.ts': 'test/node/core-load.test.ts,test/node/host-calls.test.ts,test/node/temp-reaper-early.test.ts,test/node/read-ahead.test.ts',
  'host/node/remote': 'test/fleet/packed-listing.test.ts,test/fleet/ahead-key.test.ts,test/fleet/keys-calls.test.ts,test/fleet/client-calls.test.ts,test/fleet/worker-calls.test.ts,test/fleet/worker-fresh.test.ts,test/fleet/worker-shared.test.ts,test/node/early-scan.test.ts,test/fleet/session-calls.test.ts,test/fleet/prefetch.test.ts,test/fleet/dryrun-chain.test.ts,test/fleet/session.test.ts,test/fleet/integrity.test.ts,test/fleet/client-edges.test.ts,test/fleet/session-trust.test.ts',
  // early.ts and keys.ts: their direct tests, which call every function in process; not integrity.test.ts
  // (27 s) nor session.test.ts, which reach the same calls through a run and would only make each
  // survivor cost their whole time.
  'host/node/remote/early.ts': 'test/node/early-edges.test.ts,test/node/early-hint.test.ts,test/node/early-scan.test.ts,test/fleet/early-connect.test.ts',
  // client.ts runs in the main thread of an in-process NodeHost that asks a server (its worker is
  // dist/'s, which holds no mutant); not prefetch.test.ts, which loads dist/'s client.js itself.
  'host/node/remote/client.ts': 'test/fleet/client-edges.test.ts,test/fleet/client-calls.test.ts,test/fleet/dryrun-chain.test.ts,test/node/read-ahead.test.ts,test/fleet/integrity.test.ts',
  'host/node/remote/ahead.ts': 'test/fleet/ahead-key.test.ts,test/fleet/dryrun-chain.test.ts,test/node/read-ahead.test.ts,test/fleet/integrity.test.ts',
  'host/node/remote/packed-listing.ts': 'test/fleet/packed-listing.test.ts,test/fleet/integrity.test.ts',
  'host/node/remote/keys.ts': 'test/fleet/keys-calls.test.ts,test/fleet/session-calls.test.ts',
  // worker.ts: loaded in the test's process with node:worker_threads mocked (its port and flag
  // handed in), the test as the main thread: the one way its mutants can be seen (a Worker loads dist/).
  // worker-fresh.test.ts (round 17) loads it afresh per case, with the early hint in its workerData.
  // shared.ts: defaultPort's reading of /etc/services (node:fs mocked there: read, never written).
  // node-host.ts: its direct tests first, then the conformance corpus (one test per case: a mutant
  // runs only the cases that reach it), read-ahead and the remote copies through the worker.
  'host/node/remote/worker.ts': 'test/fleet/worker-calls.test.ts,test/fleet/worker-fresh.test.ts',
  'host/node/remote/shared.ts': 'test/fleet/worker-shared.test.ts',
  'host/node/remote/session.ts': 'test/fleet/session-calls.test.ts,test/fleet/session.test.ts,test/fleet/session-trust.test.ts,test/fleet/session-wait.test.ts,test/fleet/session-tail.test.ts',
  'host/node/node-host.ts': 'test/node/host-calls.test.ts,test/node/host-state-edges.test.ts,test/node/check-way.test.ts,test/node/pinned-changes.test.ts,test/node/exec-wrapper.test.ts,test/node/guard-cache.test.ts,test/node/guard-cache-stale.test.ts,test/node/unguarded-last-name.test.ts,test/node/saves.test.ts,test/node/root-listing.test.ts,test/node/temp-reaper-early.test.ts,test/node/locks-writes.test.ts,test/node/temp-files.test.ts,test/node/confinement-checked-dirs.test.ts,test/node/confinement.test.ts,test/node/sweep-race-unconfined.test.ts,test/fleet/prefetch.test.ts,test/node/dry-run.test.ts,test/fleet/dryrun-chain.test.ts,test/conformance/node.test.ts,test/node/read-ahead.test.ts,test/fleet/integrity.test.ts,test/node/host-edges.test.ts,test/fleet/host-remote-calls.test.ts',
  // diff-unified.test.ts first (GNU diff's text, the edit limit at small bounds: seconds in all);
  // not diff-give-up.test.ts, whose searches of MAX_EDITS take a minute once instrumented and would
  // set every looping mutant's timeout (1.5x its covering tests' time) past a minute and a half.
  'host/api/diff.ts': 'test/api/diff-unified.test.ts,test/api/changed-contents.test.ts,test/api/run.test.ts,test/api/diff-patch.test.ts,test/api/diff-lines.test.ts',
  'host/api/pattern.ts': 'test/trace/pattern.test.ts,test/trace/explain.test.ts,test/trace/explain-words.test.ts',
  // core.ts: the in-process runs that load the core (not hosts-agree's 400 random policies, nor the
  // whole conformance corpus), the tests of its regex and HMAC calls, and the Node host's dry
  // run (the core puts the overlay over a host that has none).
  'host/core/core.ts': 'test/core/core-calls.test.ts,test/core/request-chunks.test.ts,test/core/take-copies.test.ts,test/core/read-into.test.ts,test/core/repeated-runs.test.ts,test/core/core-memory.test.ts,test/api/run.test.ts,test/api/run-options.test.ts,test/regex/regex.test.ts,test/regex/shortest.test.ts,test/regex/literals.test.ts,test/node/hmac-sha256.test.ts,test/node/dry-run.test.ts',
  'host/core/overlay-host.ts': 'test/core/overlay-host-calls.test.ts,test/core/overlay-host.test.ts,test/conformance/memory.test.ts',
  'host/lint/trial-host.ts': 'test/lint/trial-host.test.ts,test/lint/trial-host-calls.test.ts,test/lint/trial-host-owns.test.ts,test/lint/convergence-trials.test.ts,test/lint/lint.test.ts',
};

/** Killed and timed-out mutants over all that were tested (no coverage counts as survived). */
function score(report) {
  const counts = {};
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { detected, undetected, percent: detected + undetected ? (100 * detected) / (detected + undetected) : 100, counts };
}

const scratch = mkdtempSync(join(tmpdir(), 'cfwasm-stryker-'));
const reports = (root) => join(root, 'reports', 'mutation');
/** Copies a target's reports (`NAME.json`, `NAME.incremental.json`) from one directory to another. */
function carry(name, from, to) {
  mkdirSync(to, { recursive: true });
  for (const f of [`${name}.json`, `${name}.incremental.json`]) if (existsSync(join(from, f))) copyFileSync(join(from, f), join(to, f));
}
const rows = [];
try {
  copyTree(REPO, scratch);
  // Built once here (the tests that run the CLI need dist/); the tests' global setup then skips it.
  const build = spawnSync('npm', ['run', 'build'], { cwd: scratch, stdio: 'inherit' });
  if (build.status !== 0) process.exitCode = build.status ?? 1;
  else for (const folder of folders) {
    console.log(`== stryker: ${folder}`);
    const name = folder.replaceAll('/', '-').replace(/\.ts$/, '');
    carry(name, reports(REPO), reports(scratch));
    // The TypeScript checker's program: the target and what it imports, not all of host/ (385
    // files, 6 s for tsc; host/core's 69, 1 s). A mutant that breaks only a module importing the
    // target then runs its tests instead of counting as not compiling.
    writeFileSync(join(scratch, 'tsconfig.mutate.json'), JSON.stringify({ extends: './tsconfig.json', include: [folder.endsWith('.ts') ? folder : `${folder}/**/*.ts`] }));
    // MUTATE_ARGS: more options for Stryker's command line, e.g. `--force` (test every mutant
    // again, reusing no incremental result) to compare the shared and isolated modes.
    const args = ['run', ...(process.env.MUTATE_ARGS?.split(' ').filter(Boolean) ?? [])];
    const r = spawnSync(process.execPath, [join(scratch, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), ...args],
      { cwd: scratch, stdio: 'inherit', env: { ...process.env, MUTATE_FOLDER: folder, MUTATE_TSCONFIG: 'tsconfig.mutate.json', CFWASM_TEST_INCLUDE: TESTS[folder] ?? TESTS[dirname(folder)] ?? 'test/**/*.test.ts', CFWASM_SKIP_BUILD: '1', CFWASM_SHARED: SHARED,
        // One worker and module cache for all mutant runs (vitest.config.ts); MUTATE_ISOLATE=1
        // goes back to a fresh worker per run (slow; to check a result).
        CFWASM_MUTATE_SHARED: process.env.MUTATE_ISOLATE === '1' ? '0' : '1',
        // Instrumented code runs slower (diffLines' 4,000-edit test passes 60 s); Stryker times each mutant itself.
        CFWASM_TEST_TIMEOUT_MS: '600000' } });
    const file = join(reports(scratch), `${name}.json`);
    if (r.status !== 0 || !existsSync(file)) {
      rows.push(`| ${folder} | failed (exit ${r.status}) | | | |`);
      continue;
    }
    carry(name, reports(scratch), reports(REPO));
    // MUTATE_KEEP: another directory that gets each target's reports as soon as it is done.
    if (process.env.MUTATE_KEEP) carry(name, reports(scratch), process.env.MUTATE_KEEP);
    const s = score(JSON.parse(readFileSync(file, 'utf8')));
    rows.push(`| ${folder} | ${s.percent.toFixed(1)} % | ${s.detected} | ${s.undetected} (${s.counts.NoCoverage ?? 0} without coverage) | ${s.counts.Ignored ?? 0} static, ${s.counts.CompileError ?? 0} not compiling |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log('\n| folder | mutation score | killed or timed out | survived | not counted |\n|---|---|---|---|---|');
for (const row of rows) console.log(row);

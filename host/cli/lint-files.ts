/**
 * @fileoverview `cfwasm lint` over many files (lintFiles): every file read here, each distinct
 * text linted once — on this thread, or on this one and worker threads (lint-worker.ts), each
 * with its own parser and core — and a file whose text another file has already given gets that
 * file's findings under its own name. The results come back by the files' order, whichever thread
 * linted them, so the output is the same byte for byte with any number of threads. The core is
 * compiled once: the workers instantiate the module this thread compiled (lintRuntime).
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as workerThreads from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import type { Runtime } from '../api/runtime.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import { lintPolicy } from '../lint/checks.js';
import type { LintOptions } from '../lint/checks.js';
import { MemoryHostNeeded } from '../lint/trial-host.js';
import { Core } from '../core/core.js';
import { coreWasmPath } from '../node/core.js';
import { nodePolicyParser } from '../node/grammar.js';
import { nodeRuntime } from '../node/runtime.js';
import { readPolicyFile, UnreadableFile } from './read-policy.js';
import { noOptimisingJit } from './wasm-tiering.js';

/** One file's outcome: its diagnostics, or why it could not be read (`cfwasm: …` is printed then). */
export type FileResult = { diagnostics: Diagnostic[] } | { unreadable: string };

/** A file to lint: its place in the list, its name and its text. */
export interface Job { index: number; file: string; text: string }

/**
 * Lints one file. The memory host (memfs, ≈80 ms to load per thread) is loaded only when one of
 * its trial runs needs it, and the file is linted again then (the runs are deterministic).
 */
export async function lintJob(runtime: Runtime, job: Job, options: LintOptions): Promise<FileResult> {
  try {
    return { diagnostics: lintPolicy(runtime, job.text, job.file, options) };
  } catch (e) {
    if (!(e instanceof MemoryHostNeeded)) throw e;
    await import('../lint/lint.js');
    return { diagnostics: lintPolicy(runtime, job.text, job.file, options) };
  }
}

/** Files a worker is sent at a time: enough to keep messages few, few enough to share the tail out evenly. */
const BATCH = 8;
/** Files this thread lints between looking at the workers' answers (it hands out their batches too). */
const OWN_BATCH = 2;
/** Below this many files a worker's start (its own parser and core) costs more than it saves. */
const MANY_FILES = 64;
/**
 * Up to this many files per thread, lint with workers runs without TurboFan (noOptimisingJit):
 * each thread's TurboFan work costs more than the optimised code saves over its share of files
 * (measured about even at 2,144 files per thread: docs/architecture.md, "Lint of many files").
 */
const UNOPTIMISED_FILES_PER_THREAD = 2048;

/**
 * Whether lint of `files` files on `threads` threads runs without TurboFan: from MANY_FILES files
 * on (fewer hardly make TurboFan start; and the build's training lints one file on the CLI's own
 * thread, whose code cache must not be stamped with the flag), up to UNOPTIMISED_FILES_PER_THREAD
 * files per thread.
 */
export function unoptimised(files: number, threads: number): boolean {
  return files >= MANY_FILES && files <= UNOPTIMISED_FILES_PER_THREAD * threads;
}

/**
 * How many threads lint `files` files: one per core (at most 8) when there are many with the
 * convergence runs, else 1 (this one). Without the runs (`--no-run`) a file takes well under a
 * millisecond: a worker's start would cost more than it saves.
 */
export function defaultJobs(files: number, noRun: boolean): number {
  if (noRun || files < MANY_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / (MANY_FILES / 2))));
}

/**
 * What a worker is started with: the lint options and the compiled core; `trainCodeCache` only by
 * the build (scripts/bundle-cli.mjs), which then asks for the worker's code cache.
 */
export interface WorkerStart { options: LintOptions; coreModule: WebAssembly.Module; trainCodeCache?: boolean }
/** What a worker is told and answers (lint-worker.ts; `codeCache` is answered by bin/load-cli.js). */
export type ToWorker = { batch: Job[] } | { codeCache: true };
export type FromWorker = { results: { index: number; result: FileResult }[] } | { failed: string };

/**
 * `result`, the findings in `from`, as they are for `to`, a file with the same text: the same
 * with `to` as every location's file. Null when `from` is named anywhere else (a message quoting
 * it): such a file is linted on its own.
 */
export function renamed(result: FileResult, from: string, to: string): FileResult | null {
  if (!('diagnostics' in result)) return null;
  const json = JSON.stringify(result.diagnostics);
  const asFile = `"file":${JSON.stringify(from)}`;
  if (json.split(JSON.stringify(from).slice(1, -1)).length !== json.split(asFile).length) return null;
  return { diagnostics: JSON.parse(json.replaceAll(asFile, `"file":${JSON.stringify(to)}`)) as Diagnostic[] };
}

/** A file whose text an earlier file (`of`, by index) has. */
export interface Copy { index: number; of: number; text: string }

/**
 * What there is to lint in `files`, read with `read`: each distinct text once, with the first
 * file that has it (`todo`); the files with a text an earlier one has (`copies`); and why each
 * file that could not be read could not (`unreadable`, by index).
 */
export function planFiles(files: string[], read: (file: string) => string): { todo: Job[]; copies: Copy[]; unreadable: Map<number, string> } {
  const todo: Job[] = [];
  const copies: Copy[] = [];
  const unreadable = new Map<number, string>();
  const firstWith = new Map<string, number>();
  files.forEach((file, index) => {
    let text: string;
    try {
      text = read(file);
    } catch (e) {
      if (!(e instanceof UnreadableFile)) throw e;
      unreadable.set(index, e.message);
      return;
    }
    const of = firstWith.get(text);
    if (of === undefined) {
      firstWith.set(text, index);
      todo.push({ index, file, text });
    } else copies.push({ index, of, text });
  });
  return { todo, copies, unreadable };
}

/**
 * How much linting `text` may cost, roughly: its edit blocks (lines opening with `{`), whose
 * trial runs are most of a file's time (1 for a file with none). Files are handed out the
 * dearest first, so the last batches are cheap and the threads end together.
 */
export function weight(text: string): number {
  let blocks = 1;
  for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at + 1)) {
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    if (i < 0 || text[i] === '\n') blocks++;
  }
  return blocks;
}

/** `todo` the dearest first (by weight), in the files' order among equals. */
export function dearestFirst(todo: Job[]): Job[] {
  const weights = new Map(todo.map(job => [job, weight(job.text)]));
  return [...todo].sort((a, b) => weights.get(b)! - weights.get(a)! || a.index - b.index);
}

/**
 * How many files to hand out next when `left` are left for `threads` threads: BATCH while many
 * are left, fewer towards the end (a thread is not left waiting on another's last big batch).
 */
export function batchSize(left: number, threads: number, most: number): number {
  return Math.max(1, Math.min(most, Math.floor(left / (2 * threads))));
}

/**
 * Lints `files` on `jobs` threads: this one and `jobs - 1` workers, which are handed out
 * batches as they come free. Resolves with the results in the order of `files`.
 */
export async function lintFiles(files: string[], options: LintOptions, jobs: number): Promise<FileResult[]> {
  // With threads, the workers start first (a worker takes ≈0.2 s to be ready: its code, parser
  // and core), then this thread's parser loads (tree-sitter compiles on V8's threads) while the
  // files are read. The core is compiled once, for all: lazily, so in a few milliseconds.
  const wanted = Math.min(jobs - 1, Math.ceil(files.length / BATCH) - 1);
  const compiled = wanted >= 1 ? await WebAssembly.compile(readFileSync(coreWasmPath())) : null;
  // Before the workers start: their code cache is made under these flags.
  if (unoptimised(files.length, Math.max(1, wanted + 1))) noOptimisingJit();
  const workers = compiled ? startWorkers(wanted, { options, coreModule: compiled }) : [];
  const runtime = compiled ? lintRuntime(compiled) : nodeRuntime();
  let planned: ReturnType<typeof planFiles>;
  try {
    planned = planFiles(files, readPolicyFile);
  } catch (e) {
    for (const w of workers) void w.terminate();
    runtime.catch(() => {}); // the error to report is this one
    throw e;
  }
  const { copies, unreadable } = planned;
  const todo = dearestFirst(planned.todo);
  // No more workers than there are batches of distinct texts for them (this thread takes some too).
  for (const w of workers.splice(Math.max(0, Math.min(workers.length, Math.ceil(todo.length / BATCH) - 1)))) void w.terminate();
  const threads = workers.length + 1;
  const results: FileResult[] = new Array(files.length);
  for (const [index, why] of unreadable) results[index] = { unreadable: why };
  const own = await runtime;
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let left = todo.length;
    const done = (index: number, result: FileResult) => {
      results[index] = result;
      if (--left === 0) resolve();
    };
    const take = (most: number) => {
      const batch = todo.slice(next, next + batchSize(todo.length - next, threads, most));
      next += batch.length;
      return batch;
    };
    const feed = (w: Worker) => {
      const batch = take(BATCH);
      if (batch.length) w.postMessage({ batch } satisfies ToWorker);
    };
    for (const w of workers) {
      w.on('message', (m: FromWorker) => {
        if ('failed' in m) return reject(new Error(m.failed));
        feed(w);
        for (const r of m.results) done(r.index, r.result);
      });
      w.on('error', reject);
      w.on('exit', code => { if (left > 0 && code !== 0) reject(new Error(`lint worker exited with status ${code}`)); });
      // Two batches each: a worker has the next at hand while its answer waits for this thread.
      feed(w);
      feed(w);
    }
    if (left === 0) return resolve();
    // This thread lints a few files at a time, and between them hands out the workers' batches.
    const step = async () => {
      try {
        for (const job of take(OWN_BATCH)) done(job.index, await lintJob(own, job, options));
        if (next < todo.length) setImmediate(() => void step());
      } catch (e) {
        reject(e);
      }
    };
    void step();
  }).finally(() => { for (const w of workers) void w.terminate(); });
  for (const { index, of, text } of copies) {
    results[index] = renamed(results[of], files[of], files[index]) ?? await lintJob(own, { index, file: files[index], text }, options);
  }
  return results;
}

/** Lint's parser and an instance of the core compiled once for all threads (each thread its own). */
export async function lintRuntime(coreModule: WebAssembly.Module): Promise<Runtime> {
  const [parser, core] = await Promise.all([nodePolicyParser(), Core.load(coreModule)]);
  return { parser, core };
}

/**
 * The worker's code: the one CommonJS file the build makes of it (ESM's loader took a worker
 * ≈0.1 s of CPU to load the modules), unless it is missing or, in a checkout, older than the
 * modules. An installed package always uses it, as bin/load-cli.js its CLI bundle (npm unpacks
 * files with fresh times in any order).
 */
export function lintWorkerPath(dir = new URL('./', import.meta.url)): URL {
  const module = new URL('lint-worker.js', dir);
  const bundle = new URL('lint-worker.bundle.cjs', dir);
  try {
    const built = statSync(bundle).mtimeMs;
    const installed = fileURLToPath(dir).split(sep).includes('node_modules');
    return installed || built >= statSync(module).mtimeMs ? bundle : module;
  } catch {
    return module;
  }
}

/**
 * `count` lint workers (node:worker_threads loaded only for them). The bundle runs through
 * bin/load-cli.js, which compiles it with its code cache (as the CLI's own; the bundle is written
 * inside the wrapper that compiles it, so it is no module to load alone).
 */
export function startWorkers(count: number, start: WorkerStart): Worker[] {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof workerThreads;
  const path = lintWorkerPath();
  const code = path.pathname.endsWith('.bundle.cjs') ? new URL('../../../bin/load-cli.js', import.meta.url) : path;
  return Array.from({ length: count }, () => new Worker(code, { workerData: start }));
}

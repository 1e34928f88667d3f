/**
 * @fileoverview `cfwasm lint` over many files: each file read and linted on its own
 * (lintFile), here or spread over worker threads (lintOnWorkers, lint-worker.ts), each with its
 * own parser and core. The results come back by the files' order, whichever thread linted them, so
 * the output is the same byte for byte with any number of threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Runtime } from '../api/runtime.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import { lintPolicy } from '../lint/lint.js';
import type { LintOptions } from '../lint/lint.js';
import { readPolicyFile, UnreadableFile } from './read-policy.js';

/** One file's outcome: its diagnostics, or why it could not be read (`cfwasm: …` is printed then). */
export type FileResult = { diagnostics: Diagnostic[] } | { unreadable: string };

export function lintFile(runtime: Runtime, file: string, options: LintOptions): FileResult {
  let text: string;
  try {
    text = readPolicyFile(file);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    return { unreadable: e.message };
  }
  return { diagnostics: lintPolicy(runtime, text, file, options) };
}

/** Files a worker is sent at a time: enough to keep messages few, few enough to share the tail out evenly. */
const BATCH = 8;
/** Below this many files a worker's start (its own parser and core) costs more than it saves. */
const MANY_FILES = 64;

/**
 * How many threads lint `files` files: one per core (at most 8) when there are many with the
 * convergence runs, else 1 (this one). Without the runs (`--no-run`) a file takes well under a
 * millisecond: a worker's start would cost more than it saves.
 */
export function defaultJobs(files: number, noRun: boolean): number {
  if (noRun || files < MANY_FILES) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.floor(files / (MANY_FILES / 2))));
}

/** What a worker is told and answers (lint-worker.ts). */
export type ToWorker = { batch: { index: number; file: string }[] };
export type FromWorker = { results: { index: number; result: FileResult }[] } | { failed: string };

/**
 * Lints `files` on `jobs` worker threads, handing out batches as workers come free. Resolves with
 * the results in the order of `files`.
 */
export function lintOnWorkers(files: string[], options: LintOptions, jobs: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  let left = files.length;
  const workers: Worker[] = [];
  return new Promise<FileResult[]>((resolve, reject) => {
    const stop = (e?: Error) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e); else resolve(results);
    };
    const feed = (w: Worker) => {
      const batch = files.slice(next, next + BATCH).map((file, i) => ({ index: next + i, file }));
      next += batch.length;
      if (batch.length) w.postMessage({ batch } satisfies ToWorker);
    };
    for (let j = 0; j < Math.min(jobs, Math.ceil(files.length / BATCH)); j++) {
      const w = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: options });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if ('failed' in m) return stop(new Error(m.failed));
        for (const r of m.results) results[r.index] = r.result;
        left -= m.results.length;
        if (left === 0) return stop();
        feed(w);
      });
      w.on('error', e => stop(e));
      w.on('exit', code => { if (left > 0 && code !== 0) stop(new Error(`lint worker exited with status ${code}`)); });
      feed(w);
    }
  });
}

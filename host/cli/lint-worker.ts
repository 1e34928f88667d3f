/**
 * @fileoverview A worker thread of `cfwasm lint` (lint-files.ts): its own parser, its own instance
 * of the core the main thread compiled, the lint options (workerData); it lints the batches of
 * files (their texts) it is sent and answers each with their results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { baselineCompilerOnly } from './wasm-tiering.js';
import { lintJob, lintRuntime } from './lint-files.js';
import type { FromWorker, ToWorker, WorkerStart } from './lint-files.js';

// As the CLI's own thread does for every command but run (wasm-tiering.ts).
baselineCompilerOnly();
const start = workerData as WorkerStart;
const options = start.options;
// No top-level await: the build bundles this file as CommonJS (scripts/bundle-cli.mjs). A batch
// that comes before the runtime is ready waits for it.
const ready = lintRuntime(start.coreModule);
parentPort!.on('message', async (m: ToWorker) => {
  // The build's training asks the loader for the code cache (bin/load-cli.js runLintWorker).
  if (!('batch' in m)) return;
  try {
    const runtime = await ready;
    const results: Extract<FromWorker, { results: unknown }>['results'] = [];
    for (const job of m.batch) results.push({ index: job.index, result: await lintJob(runtime, job, options) });
    parentPort!.postMessage({ results } satisfies FromWorker);
  } catch (e) {
    parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
});

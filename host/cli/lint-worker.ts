/**
 * @fileoverview A worker thread of `cfwasm lint` (lint-files.ts): its own parser and core, the
 * lint options as workerData; it lints the batches of files (their texts) it is sent and answers
 * each with their results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from '../lint/lint.js';
import { nodeRuntime } from '../node/runtime.js';
import { baselineCompilerOnly } from './wasm-tiering.js';
import { lintJob } from './lint-files.js';
import type { FromWorker, ToWorker } from './lint-files.js';

// As the CLI's own thread does for every command but run (wasm-tiering.ts).
baselineCompilerOnly();
const options = workerData as LintOptions;
const runtime = await nodeRuntime();
parentPort!.on('message', (m: ToWorker) => {
  try {
    const results = m.batch.map(job => ({ index: job.index, result: lintJob(runtime, job, options) }));
    parentPort!.postMessage({ results } satisfies FromWorker);
  } catch (e) {
    parentPort!.postMessage({ failed: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
});

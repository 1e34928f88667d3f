/**
 * @fileoverview The browser entry point (and any bundler's): the same API as the Node entry,
 * given the three wasm modules (grammar, tree-sitter runtime, core) as bytes, fetched by the page.
 */
import { createRuntime } from './runtime.js';
import type { Runtime } from './runtime.js';
import { runInMemory } from './run.js';
import type { RunOptions, RunResult } from './run.js';

export type { RunOptions, RunResult, FileChange } from './run.js';

export interface WasmModules {
  grammar: Uint8Array;
  treeSitter: Uint8Array;
  core: Uint8Array;
}

export interface Cfwasm {
  runtime: Runtime;
  run(policyText: string, options?: RunOptions): RunResult;
}

/** Instantiates the wasm modules once; the returned object is reused for every run. */
export async function loadCfwasm(wasm: WasmModules): Promise<Cfwasm> {
  const runtime = await createRuntime({ grammar: wasm.grammar, runtimeWasm: wasm.treeSitter, core: wasm.core });
  return { runtime, run: (policyText, options) => runInMemory(runtime, policyText, options) };
}

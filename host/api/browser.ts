/**
 * @fileoverview The browser entry point (and any bundler's): the same API as the Node entry,
 * given the three wasm modules (grammar, tree-sitter runtime, core) as bytes, fetched by the page:
 * parse, lint, format and run, instantiated once.
 */
import { createRuntime } from './create-runtime.js';
import type { Runtime } from './runtime.js';
import { runInMemory } from './run.js';
import { lintPolicy } from '../lint/lint.js';
import type { LintOptions } from '../lint/lint.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import type { ParseResult } from '../ir/parser.js';
import { formatText } from '../fmt/index.js';
import type { RunOptions, RunResult } from './run.js';
import { explainPattern, testPattern } from './pattern.js';
import type { PatternError, PatternExplanation, PatternMatch } from './pattern.js';

export type { RunOptions, RunResult, FileDiff, TreeEntry } from './run.js';
export type { Change } from '../core/core.js';
export type { PatternError, PatternExplanation, PatternMatch, RegexPart, SampleSpan } from './pattern.js';
export type { ActionEvent, ClassOrigin, EditEndEvent, EditEvent, EditFileEvent, ItemEvent, TraceEvent, TracePlace } from './trace.js';
export { applyEdit, editSteps, formatTrace } from './trace.js';
export { OS_PRESETS, systemClasses, timeClasses } from './facts.js';
export type { SystemFacts } from './facts.js';
export type { FileTimes } from '../memory/memory-host.js';

export interface WasmModules {
  grammar: Uint8Array;
  treeSitter: Uint8Array;
  core: Uint8Array;
}

export interface Cfwasm {
  runtime: Runtime;
  parse(policyText: string, file?: string): ParseResult;
  lint(policyText: string, file?: string, options?: LintOptions): Diagnostic[];
  format(policyText: string, file?: string): string | null;
  run(policyText: string, options?: RunOptions): RunResult;
  /** The regex tester (host/api/pattern.ts): what a command's pattern selects in a file. */
  matchPattern(command: string, pattern: string | Uint8Array, content: string | Uint8Array): PatternMatch | PatternError;
  /** The regex box (host/api/pattern.ts): any pattern part by part, and its match in a sample. */
  explainPattern(pattern: string, sample: string): PatternExplanation | PatternError;
}

/** Instantiates the wasm modules once; the returned object is reused for every run. */
export async function loadCfwasm(wasm: WasmModules): Promise<Cfwasm> {
  const runtime = await createRuntime({ grammar: wasm.grammar, runtimeWasm: wasm.treeSitter, core: wasm.core });
  return {
    runtime,
    parse: (text, file = 'policy.cf') => runtime.parser.parse(text, file),
    lint: (text, file = 'policy.cf', options = {}) => lintPolicy(runtime, text, file, options),
    format: (text, file = 'policy.cf') => formatText(runtime.parser, text, file),
    run: (text, options) => runInMemory(runtime, text, options),
    matchPattern: (command, pattern, content) => testPattern(runtime.core, command, pattern, content),
    explainPattern: (pattern, sample) => explainPattern(runtime.core, pattern, sample),
  };
}

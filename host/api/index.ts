/**
 * @fileoverview The package's Node entry point: `import { parse, lint, format, run } from 'cfwasm'`.
 * The wasm modules are instantiated once per process and reused.
 */
import { nodePolicyParser } from '../node/grammar.js';
import { nodeRuntime } from '../node/runtime.js';
import type { ParseResult } from '../ir/parser.js';
import { runInMemory } from './run.js';
import { lintPolicy } from '../lint/lint.js';
import { formatText } from '../fmt/index.js';
import type { LintOptions } from '../lint/lint.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import type { RunOptions, RunResult } from './run.js';
import { explainPattern, testPattern } from './pattern.js';
import type { PatternError, PatternExplanation, PatternMatch } from './pattern.js';

export type { RunOptions, RunResult, FileDiff, TreeEntry } from './run.js';
export type { MemoryServer, ServedFile } from '../memory/memory-servers.js';
export type { Change } from '../core/core.js';
export type { Policy } from '../ir/types.js';
export type { Diagnostic } from '../ir/diagnostics.js';
export type { LintOptions } from '../lint/lint.js';
export type { PatternError, PatternExplanation, PatternMatch, RegexPart, SampleSpan } from './pattern.js';
export type { ActionEvent, ClassOrigin, EditEndEvent, EditEvent, EditFileEvent, ItemEvent, TraceEvent, TracePlace } from './trace.js';
export { applyEdit, editSteps, formatTrace } from './trace.js';
export { OS_PRESETS, systemClasses, timeClasses } from './facts.js';
export type { SystemFacts } from './facts.js';
export type { FileTimes } from '../memory/memory-host.js';

/** Parses a policy: its IR and its syntax diagnostics. */
export async function parse(policyText: string, file = 'policy.cf'): Promise<ParseResult> {
  return (await nodePolicyParser()).parse(policyText, file);
}

/** Runs a policy against an in-memory filesystem (see RunOptions). */
export async function run(policyText: string, options: RunOptions = {}): Promise<RunResult> {
  return runInMemory(await nodeRuntime(), policyText, options);
}

/** Lints a policy (docs/lint-rules.md). */
export async function lint(policyText: string, file = 'policy.cf', options: LintOptions = {}): Promise<Diagnostic[]> {
  return lintPolicy(await nodeRuntime(), policyText, file, options);
}

/** The canonical layout of a policy (as cfwasm fmt), or null if it has syntax errors. */
export async function format(policyText: string, file = 'policy.cf'): Promise<string | null> {
  return formatText(await nodePolicyParser(), policyText, file);
}

/**
 * The regex tester: what `pattern` selects in `content` as the argument of editfiles `command`,
 * computed by the core (whole lines, ReplaceAll spans, …); an invalid regex gives the core's
 * message and its column.
 */
export async function matchPattern(command: string, pattern: string | Uint8Array, content: string | Uint8Array):
  Promise<PatternMatch | PatternError> {
  return testPattern((await nodeRuntime()).core, command, pattern, content);
}

/**
 * The regex box: `pattern` as the core's engine parses it, part by part, and its leftmost-longest
 * match in `sample` with each group's sub-match; an invalid regex gives the core's message and column.
 */
export async function explainRegex(pattern: string, sample: string): Promise<PatternExplanation | PatternError> {
  return explainPattern((await nodeRuntime()).core, pattern, sample);
}

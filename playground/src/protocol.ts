/**
 * @fileoverview Messages between the page and its workers. Two workers run the same script: the
 * language worker (lint, highlighting, fmt) answers as you type, the run worker runs policies and
 * is the one the Stop button terminates. Each request has an id; the answer carries it back.
 */
import type { Change, PatternError, PatternMatch, RunOptions, TraceEvent, TreeEntry } from '../../host/api/browser.js';
import type { ClassExpression, Location } from '../../host/ir/types.js';
import type { FileNode, PlaygroundState } from './state.js';
import type { TarEntry } from './tar.js';

export interface Highlight { from: number; to: number; capture: string }

export interface WireDiagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  code?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Run options beyond the state that callers may pass through to run() (e.g. a trace for a debug view). */
export type ExtraRunOptions = Partial<Omit<RunOptions, 'files' | 'modes' | 'dirs' | 'links' | 'exec'>>;

export type Request =
  /** Lint and highlighting, and the policy's structure (selectors, edit commands) for the inspectors. */
  | { op: 'analyze'; text: string; classes: string[] }
  /** The regex tester: what a pattern selects in a file as `command`'s argument (the core's matchPattern). */
  | { op: 'pattern'; command: string; pattern: string; content: Uint8Array }
  /** The regex box: any pattern part by part and its match in a sample line (the core's explainPattern). */
  | { op: 'explain'; pattern: string; sample: string }
  | { op: 'format'; text: string }
  | { op: 'run'; state: PlaygroundState; options?: ExtraRunOptions }
  /** Apply, then run again on the result: what changes the second time. */
  | { op: 'converge'; state: PlaygroundState; options?: ExtraRunOptions }
  /** Runs twice as `cfwasm test` does a test case (its facts, the second run on the first's result). */
  | { op: 'case'; state: PlaygroundState }
  /** Reads a test case's files (host/testing/cases.ts): its state and name. */
  | { op: 'openCase'; entries: TarEntry[] }
  /** Runs the state against a test case's expectations as `cfwasm test` does: the problems found. */
  | { op: 'checkCase'; entries: TarEntry[]; state: PlaygroundState };

/** A defined class and where it came from (the core's classOrigins, described for people). */
export interface ClassOrigin { name: string; origin: string }

/** An editfiles command as the parser gives it: where it and its arguments are written. */
export interface CommandInfo {
  name: string;
  loc: Location;
  /** The editfiles block's file argument, as written. */
  file: string;
  args: { raw: string; quoted: boolean; hasVariables: boolean; loc: Location }[];
}

/** What the inspectors need of the policy: its class selectors (the IR's `when` trees) and edit commands. */
export interface PolicyStructure {
  selectors: ClassExpression[];
  commands: CommandInfo[];
  /** The items of the actions the core traces one by one (tidy, files, copy, …): where each is written (coverage marks). */
  items: { action: string; line: number; column: number }[];
}

export type PatternAnswer = PatternMatch | PatternError;

/** A file a run changed, as the Diff pane shows it: its unified diff made and counted in the worker (diff-rows.ts). */
export interface WireDiff {
  path: string;
  status: 'new' | 'removed' | 'changed';
  /** The unified diff (host/api/diff.ts). */
  diff: string;
  /** Lines added and removed. */
  added: number;
  removed: number;
  /** Set when the file is a backup the run kept (a .cfsaved copy): the file it keeps. Not a change of its own. */
  backupOf?: string;
}

export interface RunOutcome {
  exitCode: number;
  log: { level: string; message: string }[];
  changes: Change[];
  diffs: WireDiff[];
  diagnostics: WireDiagnostic[];
  /** Defined classes with where each came from. */
  classes: ClassOrigin[];
  /** The tree after the run (under dry run: as before). */
  files: FileNode[];
  tree: Record<string, TreeEntry>;
  /** Every command line the run asked to execute, with whether the exec table answered it. */
  commands: { command: string; answered: boolean }[];
  elapsedMs: number;
  /** The run's trace (docs/trace.md), when asked for (the Debug view's runs). */
  trace?: TraceEvent[];
}

export interface Convergence {
  /** The second run, on the result of applying the first: what it changes again. */
  diffs: WireDiff[];
  changes: Change[];
  /** Lint's CF015 findings: the commands responsible. */
  culprits: WireDiagnostic[];
  /** Per file changed again: the first command whose result differs between the two runs' traces (host/lint/divergence.ts). */
  divergences: { path: string; line: number; column: number; command: string; why: string }[];
}

export interface RunReport {
  first: RunOutcome;
}

/**
 * The run op's answer as sent: the trace as JSON text. A trace of a mass edit is thousands of small
 * objects, which Chromium's structured clone copies about ten times slower than JSON does.
 */
export interface RunReply {
  first: Omit<RunOutcome, 'trace'> & { traceJson?: string };
}

export function packRun(report: RunReport): RunReply {
  const { trace, ...first } = report.first;
  return { first: trace ? { ...first, traceJson: JSON.stringify(trace) } : first };
}

export function unpackRun(reply: RunReply): RunReport {
  const { traceJson, ...first } = reply.first;
  return { first: traceJson === undefined ? first : { ...first, trace: JSON.parse(traceJson) as TraceEvent[] } };
}

export interface ConvergenceReport {
  /** The tree after applying the policy once. */
  applied: FileNode[];
  convergence: Convergence;
  /** Commands the applying runs asked for (a plan asks for none). */
  commands: { command: string; answered: boolean }[];
}

export interface CaseReport {
  runs: RunOutcome[];
}

export type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

export interface OpenedCase { name: string; state: PlaygroundState }

export interface CaseCheck {
  /** Why `cfwasm test` would not run it (it needs commands), or null. */
  notRun: string | null;
  /** Differences from after/ (and after2/), as `cfwasm test` prints them; empty: it passes. */
  problems: string[];
}

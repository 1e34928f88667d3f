/**
 * @fileoverview The playground's worker: loads the project's core, grammar and tree-sitter wasm
 * through the browser entry of the JS API (host/api/browser.ts) and answers the page's requests
 * (protocol.ts). Nothing here re-implements the language: parse, lint, fmt and run are the API's.
 */
import { Language, Parser, Query } from 'web-tree-sitter';
import { loadCfwasm } from '../../host/api/browser.js';
import type { Cfwasm, RunOptions, RunResult } from '../../host/api/browser.js';
import type { ClassOrigin as CoreClassOrigin } from '../../host/api/browser.js';
import type { ClassExpression } from '../../host/ir/types.js';
import type { Diagnostic } from '../../host/ir/diagnostics.js';
import highlightsScm from '../../grammar/queries/highlights.scm';
import { packRun } from './protocol.js';
import type { CaseCheck, ClassOrigin, CommandInfo, PatternAnswer, PolicyStructure, Convergence, ConvergenceReport, OpenedCase, Highlight, Reply, Request, RunOutcome, RunReport, WireDiagnostic } from './protocol.js';
import type { PlaygroundState } from './state.js';
import { fqhost, keepTimes, nodesOf, treeOptions } from './state.js';
import { Buffer } from 'buffer';
import { loadCase } from '../../host/testing/cases.js';
import type { ConformanceCase } from '../../host/testing/cases.js';
import { outOfScope, runCase as runTestCase } from '../../host/testing/memory-runner.js';
import { caseVolume } from './case-fs.js';
import { wireDiffs } from './diff-rows.js';
import { firstDivergence } from '../../host/lint/divergence.js';
import { caseFolder, caseFromState, stateFromCase } from './testcase.js';
import type { TarEntry } from './tar.js';

declare const self: { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void; location: { href: string } };

async function fetchBytes(name: string): Promise<Uint8Array> {
  const response = await fetch(new URL(name, self.location.href));
  if (!response.ok) throw new Error(`${name}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

const ready = (async () => {
  const [core, grammar, treeSitter] = await Promise.all(['cfwasm.wasm', 'tree-sitter-cfengine.wasm', 'tree-sitter.wasm'].map(fetchBytes));
  const cfwasm = await loadCfwasm({ core, grammar, treeSitter });
  // The same grammar again, for the highlight query (the API's parser keeps its language inside);
  // tree-sitter's runtime was started by loadCfwasm.
  const language = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const query = new Query(language, highlightsScm);
  return { cfwasm, parser, query };
})();

const wire = (d: Diagnostic): WireDiagnostic => ({
  severity: d.severity as WireDiagnostic['severity'], message: d.message, code: d.code,
  line: d.loc.line, column: d.loc.column, endLine: d.loc.endLine, endColumn: d.loc.endColumn,
});

/** The grammar's highlights.scm captures over the text (offsets in UTF-16 units, as the editor counts). */
function highlights(parser: Parser, query: Query, text: string): Highlight[] {
  const tree = parser.parse(text);
  if (!tree) return [];
  try {
    const out: Highlight[] = [];
    for (const c of query.captures(tree.rootNode)) {
      if (c.node.endIndex > c.node.startIndex) out.push({ from: c.node.startIndex, to: c.node.endIndex, capture: c.name });
    }
    return out;
  } finally {
    tree.delete();
  }
}

/** The core's classOrigins (docs/trace.md), in words: one source of truth for where a class came from. */
function describeOrigin(o: CoreClassOrigin | undefined): string {
  if (!o) return 'unknown (the core did not say)';
  switch (o.origin) {
    case 'any': return 'any (always defined)';
    case 'hard': return 'hard class (OS, host, -U)';
    case 'time': return 'time class (the clock)';
    case 'hostname': return 'hard class (host name)';
    case 'define': return '-D (Facts)';
    case 'addclasses': return 'addclasses (control)';
    case 'group': return o.detail ? `group ${o.detail}` : 'group';
    case 'actionsequence': return `actionsequence entry ${o.detail ?? ''}`.trim();
    case 'action': return `define= of ${o.detail ?? 'an action'}`;
    case 'editfiles': return `DefineClasses (editfiles ${o.detail ?? ''})`.trim();
    default: return o.detail ? `${o.origin} (${o.detail})` : o.origin;
  }
}

/** The defined classes with the core's origins; a group's origin says where the group is written. */
function origins(cfwasm: Cfwasm, policy: string, result: RunResult): ClassOrigin[] {
  const groups = new Map<string, number>();
  if (Object.values(result.classOrigins ?? {}).some(o => o.origin === 'group')) {
    for (const s of cfwasm.parse(policy).policy.sections) {
      if (s.name !== 'groups' && s.name !== 'classes') continue;
      for (const item of s.items) if (item.kind === 'assignment' && !groups.has(item.name)) groups.set(item.name, item.loc.line);
    }
  }
  return result.classes.map(name => {
    const o = result.classOrigins?.[name];
    const line = o?.origin === 'group' ? groups.get(o.detail ?? name) : undefined;
    return { name, origin: `${describeOrigin(o)}${line ? ` (line ${line})` : ''}` };
  });
}

/** The selectors (every distinct `when` tree, by place) and edit commands of the policy, from the IR. */
/** The actions whose items the core's trace reports one by one ('item' events, docs/trace.md). */
const TRACED_ACTIONS = new Set(['copy', 'directories', 'disable', 'files', 'links', 'processes', 'required', 'disks', 'shellcommands', 'tidy']);

function structure(cfwasm: Cfwasm, text: string): PolicyStructure {
  const selectors = new Map<string, ClassExpression>();
  const commands: CommandInfo[] = [];
  const items: PolicyStructure['items'] = [];
  const { policy } = cfwasm.parse(text);
  for (const s of policy.sections) {
    for (const item of s.items) {
      if (item.when) selectors.set(`${item.when.loc.line}:${item.when.loc.column}`, item.when);
      if (TRACED_ACTIONS.has(s.name) && item.kind !== 'assignment' && item.kind !== 'process-options' && item.kind !== 'edit') {
        items.push({ action: s.name, line: item.loc.line, column: item.loc.column });
      }
      if (item.kind !== 'edit') continue;
      for (const c of item.commands) {
        commands.push({
          name: c.name, loc: c.loc, file: item.file.raw,
          args: c.args.map(a => ({ raw: a.raw, quoted: a.quote !== null, hasVariables: a.parts.some(p => p.kind === 'variable'), loc: a.loc })),
        });
      }
    }
  }
  return { selectors: [...selectors.values()], commands, items };
}

function optionsOf(state: PlaygroundState, commands: Map<string, boolean>, facts = state.facts): RunOptions {
  return {
    ...treeOptions(state.files),
    define: facts.define, negate: facts.negate, hostname: facts.hostname, fqhost: fqhost(facts), now: facts.now,
    ...(facts.os ? { os: facts.os } : {}),
    // A function rather than the table itself: it notes each command the run asks for.
    exec: (command: string) => {
      const hit = Object.hasOwn(state.exec, command) ? state.exec[command] : undefined;
      commands.set(command, Boolean(hit));
      return hit;
    },
  };
}

function outcome(cfwasm: Cfwasm, policy: string, result: RunResult, commands: Map<string, boolean>, ms: number): RunOutcome {
  return {
    exitCode: result.exitCode, log: result.log, changes: result.changes, diffs: wireDiffs(result.diffs, result.changes),
    diagnostics: result.diagnostics.map(wire), classes: origins(cfwasm, policy, result), trace: result.trace,
    files: nodesOf(result.tree, result.files), tree: result.tree,
    commands: [...commands].map(([command, answered]) => ({ command, answered })), elapsedMs: ms,
  };
}

function timed(cfwasm: Cfwasm, policy: string, options: RunOptions): { result: RunResult; ms: number } {
  const t0 = performance.now();
  const result = cfwasm.run(policy, options);
  return { result, ms: performance.now() - t0 };
}

function run(cfwasm: Cfwasm, state: PlaygroundState, extra: RunOptions = {}): RunReport {
  const commands = new Map<string, boolean>();
  const base = optionsOf(state, commands);
  // Traced: the Debug view steps through it (docs/trace.md; a small cost, and no change to the run).
  const first = timed(cfwasm, state.policy, { ...base, trace: true, ...extra, dryRun: state.dryRun });
  return { first: outcome(cfwasm, state.policy, first.result, commands, first.ms) };
}

/** Apply, then run again on the result (locks kept, as a second run of cfagent would). */
function converge(cfwasm: Cfwasm, state: PlaygroundState, extra: RunOptions = {}): ConvergenceReport {
  const twice = (trace: boolean) => {
    const commands = new Map<string, boolean>();
    const locks = new Map<string, Uint8Array>();
    const applied = cfwasm.run(state.policy, { ...optionsOf(state, commands), trace, ...extra, dryRun: false, state: locks });
    const appliedNodes = keepTimes(state.files, nodesOf(applied.tree, applied.files));
    const second = applied.exitCode === 0 || applied.changes.length
      ? cfwasm.run(state.policy, { ...optionsOf({ ...state, files: appliedNodes }, commands), trace, ...extra, dryRun: false, state: locks })
      : null;
    return { commands, applied, appliedNodes, second };
  };
  // Untraced first: a policy that converges needs no trace, and on a mass edit the trace costs more
  // than the run. Only one that changes something again is run again, traced, for the culprit.
  let runs = twice(false);
  if (runs.second?.diffs.length) runs = twice(true);
  const { commands, applied, appliedNodes, second } = runs;
  let convergence: Convergence = { diffs: [], changes: [], culprits: [], divergences: [] };
  if (second) {
    const changes = second.changes.filter(c => c.op !== 'exec');
    let culprits: WireDiagnostic[] = [];
    if (second.diffs.length) {
      // Lint's non-convergence rule (CF015), started from the files the first run started from (its
      // two runs are then these two, and it names the command the traces name).
      const before = new Map(state.files.filter(f => f.type === 'file').map(f => [f.path, f.bytes ?? new Uint8Array()]));
      const fixtures = Object.fromEntries(second.diffs.filter(d => before.has(d.path)).map(d => [d.path, before.get(d.path)!]));
      culprits = cfwasm.lint(state.policy, 'policy.cf', { fixtures }).filter(d => d.code === 'CF015').map(wire);
    }
    // The traces of the two runs say which command came out differently (lint's CF015 says the same).
    const divergences = second.diffs.flatMap(d => {
      const found = firstDivergence(applied.trace ?? [], second.trace ?? [], d.path);
      return found && found.at.file === 'policy.cf' ? [{ path: d.path, line: found.at.line, column: found.at.column, command: found.command, why: found.why }] : [];
    });
    convergence = { diffs: wireDiffs(second.diffs, second.changes), changes, culprits, divergences };
  }
  return { applied: appliedNodes, convergence, commands: [...commands].map(([command, answered]) => ({ command, answered })) };
}

/** As `cfwasm test` runs a case with the state's host.json: its facts, twice, the second on the first's tree. */
function runCase(cfwasm: Cfwasm, state: PlaygroundState): RunOutcome[] {
  const facts = state.facts;
  const locks = new Map<string, Uint8Array>();
  const outs: RunOutcome[] = [];
  let files = state.files;
  for (let round = 0; round < 2; round++) {
    const commands = new Map<string, boolean>();
    const options = { ...optionsOf({ ...state, files }, commands, facts), dryRun: state.dryRun, state: locks };
    const { result, ms } = timed(cfwasm, state.policy, options);
    const o = outcome(cfwasm, state.policy, result, commands, ms);
    outs.push(o);
    files = keepTimes(files, o.files);
  }
  return outs;
}

let opened = 0;

/** A case's files through host/testing/cases.ts, from an in-memory folder (case-fs.ts). */
function readCase(entries: TarEntry[]): ConformanceCase {
  const { name, entries: files } = caseFolder(entries);
  const dir = `/cases/${++opened}/${name}`;
  caseVolume.mkdirSync(dir, { recursive: true });
  for (const e of files) {
    const path = `${dir}/${e.path}`;
    caseVolume.mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    if (e.type === 'dir') caseVolume.mkdirSync(path, { recursive: true });
    else if (e.type === 'link') caseVolume.symlinkSync(e.target ?? '', path);
    else caseVolume.writeFileSync(path, Buffer.from(e.bytes ?? new Uint8Array()));
  }
  try {
    return loadCase(dir);
  } finally {
    caseVolume.rmSync(`/cases/${opened}`, { recursive: true, force: true });
  }
}

function checkCase(cfwasm: Cfwasm, entries: TarEntry[], state: PlaygroundState): CaseCheck {
  const c = caseFromState(state, readCase(entries), bytes => ({ type: 'file', content: Buffer.from(bytes) }));
  const notRun = outOfScope(cfwasm.parse(c.policy).policy, c.host?.exec !== undefined);
  return { notRun, problems: notRun ? [] : runTestCase(cfwasm.runtime, c).problems };
}

async function answer(req: Request): Promise<unknown> {
  const { cfwasm, parser, query } = await ready;
  switch (req.op) {
    case 'analyze': {
      const diagnostics = cfwasm.lint(req.text, 'policy.cf', { classes: req.classes }).map(wire);
      return { diagnostics, highlights: highlights(parser, query, req.text), structure: structure(cfwasm, req.text) };
    }
    case 'pattern': {
      const answer: PatternAnswer = cfwasm.matchPattern(req.command, req.pattern, req.content);
      return answer;
    }
    case 'explain':
      return cfwasm.explainPattern(req.pattern, req.sample);
    case 'format':
      return cfwasm.format(req.text);
    case 'run':
      return packRun(run(cfwasm, req.state, req.options as RunOptions));
    case 'converge':
      return converge(cfwasm, req.state, req.options as RunOptions);
    case 'case':
      return { runs: runCase(cfwasm, req.state) };
    case 'openCase': {
      const c = readCase(req.entries);
      return { name: caseFolder(req.entries).name, state: stateFromCase(c) } satisfies OpenedCase;
    }
    case 'checkCase':
      return checkCase(cfwasm, req.entries, req.state);
  }
}

self.onmessage = (e: MessageEvent) => {
  const { id, ...req } = e.data as Request & { id: number };
  answer(req as Request).then(
    result => self.postMessage({ id, ok: true, result } satisfies Reply),
    (err: unknown) => self.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) } satisfies Reply),
  );
};
ready.then(() => self.postMessage({ id: 0, ok: true, result: 'ready' }), (err: unknown) => self.postMessage({ id: 0, ok: false, error: String(err) }));

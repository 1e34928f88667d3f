/**
 * @fileoverview The policy pane: the editor, its analysis (lint, highlighting, structure) in the
 * language worker, and what is under the cursor (a selector's why-panel, a pattern's regex test,
 * the Debug view's step of the command).
 */
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { createPolicyEditor } from './editor.js';
import type { Highlight, PatternAnswer, PolicyStructure, WireDiagnostic } from './protocol.js';
import { DebugView } from './debug.js';
import { RegexBox } from './regex-box.js';
import { COVERAGE, coverageMarks } from './coverage.js';
import { patternColumnInPolicy, patternTarget, RegexView, selectorAt, whyPanel } from './inspect.js';
import { within } from './selector.js';
import { $, el } from './dom.js';
import { paintIfShown } from './paint.js';
import { lang, runNow } from './run.js';
import { emit, on, setStatus, store } from './store.js';

/** An analysis in flight, and whether the text changed since it started (then one more follows). */
let analyzing = false;
let analyzeAgain = false;
export const analysisPending = () => analyzing;

const debugVisible = () => !$('debug-panel').hidden;

/** The command the cursor went to while the Debug view was hidden: its step is found when it opens. */
let debugJump: { line: number; column: number; clicked: boolean } | null = null;

/** The Debug view, up to date (its last trace drawn, the cursor's command followed). */
export function debugView(): DebugView {
  paintIfShown('debug-panel', true);
  if (debugJump) {
    const { line, column, clicked } = debugJump;
    debugJump = null;
    const at = debug.current()?.at;
    if (clicked || at?.line !== line || at?.column !== column) debug.jumpTo(line, column);
  }
  return debug;
}

/** Marks the Debug view's step's command in the editor (only while the Debug tab shows). */
export function markStep(event = debug.current()): void {
  if (!debugVisible() || !event?.at || event.at.file !== 'policy.cf') {
    editor.markStep(null);
    return;
  }
  const { line, column } = event.at;
  const command = store.structure?.value.commands.find(c => c.loc.line === line && c.loc.column === column);
  const from = editor.offset(line, column);
  const to = command ? editor.offset(command.loc.endLine, command.loc.endColumn) : editor.view.state.doc.lineAt(from).to;
  editor.markStep({ from, to: Math.max(to, from + 1) });
}

/** Tab changes: the Debug view catches up and marks its step. */
export function tabShown(): void {
  if (debugVisible()) debugView();
  markStep();
}

/** The cursor moved: the Debug view follows the command under it; the inspectors look at it. */
function cursorMoved(line: number, column: number, clicked: boolean): void {
  store.cursor = { line, column };
  const s = store.structure;
  const command = s?.text === store.state.policy ? s.value.commands.find(c => within(c.loc, line, column)) : undefined;
  if (command) {
    debugJump = { line: command.loc.line, column: command.loc.column, clicked: clicked || debugJump?.clicked === true };
    if (debugVisible()) debugView();
  }
  void inspect();
}

let inspecting = 0;

/** What is under the cursor: a class selector (why it is true or false) or a regex argument (the regex tester). */
export async function inspect(): Promise<void> {
  const box = $('inspector');
  const { structure, state, cursor, lastReport } = store;
  if (!structure || structure.text !== state.policy) return; // the analysis under way calls again
  const s = structure.value;
  const selector = selectorAt(s, cursor.line, cursor.column);
  const target = patternTarget(s, cursor.line, cursor.column, lastReport?.first.trace, state.files, store.selected);
  const seq = ++inspecting;
  editor.markPatternError(null);
  if (selector) box.replaceChildren(whyPanel(selector, state.policy, lastReport ? lastReport.first.classes : null));
  if (!target) {
    if (!selector) box.replaceChildren(el('p', { className: 'hint', textContent: 'Cursor on a class selector: why it is true or false. On a regex argument: what it matches (Regex tab). Click a command: its step (Debug tab).' }));
    return;
  }
  const answer = await lang.request<PatternAnswer>({ op: 'pattern', command: target.command.name, pattern: target.pattern, content: target.content });
  if (seq !== inspecting) return;
  if ('error' in answer && answer.offset < 0) {
    // The command takes no pattern (the core says so): nothing to test.
    box.replaceChildren(el('p', { className: 'hint', textContent: `${answer.message}.` }));
    return;
  }
  const summary = regexView.show(target, answer);
  if ('error' in answer) {
    // The core's column, underlined in the policy too.
    const at = patternColumnInPolicy(target, answer.column);
    if (at) {
      const from = editor.offset(at.line, at.column);
      editor.markPatternError({ from, to: Math.min(from + 1, editor.view.state.doc.length), message: answer.message });
    }
  }
  const show = el('button', { textContent: 'Show the matches (Regex tab)' });
  show.addEventListener('click', () => $('tab-regex').click());
  // The answer at once under the editor; the lines in the Regex tab (not brought forward: moving
  // the cursor should not take the diff away).
  box.replaceChildren(el('p', { className: summary.bad ? 'bad' : 'ok' }, el('code', { textContent: target.command.name }), ` ${JSON.stringify(target.pattern)}: ${summary.text} `, show));
}

/** Keys of the page that the editor must not take (run, share); `share` is set by the wiring. */
export const editorKeys = { share: () => {} };
const keys = Prec.highest(keymap.of([
  { key: 'Mod-Enter', run: () => { void runNow(); return true; } },
  { key: 'Mod-s', run: () => { editorKeys.share(); return true; } },
]));

export const editor = createPolicyEditor($('editor'), text => {
  store.state.policy = text;
  // The run is asked for in this task, before the lint. A run under way takes the text up when it ends.
  void runNow();
  void analyze();
  emit('edit');
}, keys, cursorMoved);
// After the editor: the views mark their step in it.
export const regexView = new RegexView($('regex-panel'));
/** The free regex box, above the tester's view in the Regex tab; it asks the core when first shown. */
export const regexBox = new RegexBox();
$('regex-panel').prepend(regexBox.element);
$('tab-regex').addEventListener('click', () => { if (!regexBox.last) void regexBox.update(); });
export const debug = new DebugView($('debug-panel'), event => markStep(event));

/** Lint and highlighting of the current text in the language worker; keystrokes during one coalesce into the next. */
export async function analyze(): Promise<void> {
  if (analyzing) {
    analyzeAgain = true;
    return;
  }
  analyzing = true;
  analyzeAgain = false;
  const text = store.state.policy;
  const facts = store.state.facts;
  try {
    const r = await lang.request<{ diagnostics: WireDiagnostic[]; highlights: Highlight[]; structure: PolicyStructure }>({ op: 'analyze', text, classes: [...facts.define, facts.hostname] });
    editor.showAnalysis(text, r.highlights, r.diagnostics);
    if (text === store.state.policy) {
      store.highlights = { text, highlights: r.highlights };
      store.diagnostics = r.diagnostics;
      store.structure = { text, value: r.structure };
      void inspect();
      markStep();
      const errors = r.diagnostics.filter(d => d.severity === 'error').length;
      const warnings = r.diagnostics.length - errors;
      $('lint-summary').textContent = r.diagnostics.length ? `${errors} error(s), ${warnings} warning(s)` : 'no problems';
      emit('analysis');
    }
  } catch (err) {
    $('lint-summary').textContent = `lint failed: ${(err as Error).message}`;
  } finally {
    analyzing = false;
    if (analyzeAgain || text !== store.state.policy) void analyze();
  }
}

export async function format(): Promise<void> {
  const out = await lang.request<string | null>({ op: 'format', text: store.state.policy });
  if (out === null) setStatus('Format: the policy has syntax errors; fix them first.', true);
  else if (out === store.state.policy) setStatus('Format: already laid out.');
  else editor.setText(out);
}

/** Puts the cursor on a line of the policy and focuses the editor. */
export function goToLine(line: number, column = 1): void {
  editor.view.dispatch({ selection: { anchor: editor.offset(line, column) }, scrollIntoView: true });
  editor.view.focus();
}

/** The last run's coverage in the gutter, once the structure of the text that ran is known. */
function showCoverage(): void {
  const { lastReport, structure, lastRun } = store;
  if (!lastReport?.first.trace || !structure || structure.text !== lastRun.policy) return;
  // A policy that did not parse did not run: no marks rather than "never reached" everywhere.
  if (lastReport.first.diagnostics.some(d => d.severity === 'error')) return editor.showCoverage([]);
  const marks = coverageMarks(lastReport.first.trace, lastReport.first.changes, structure.value, 'policy.cf', store.state.dryRun);
  editor.showCoverage(marks.map(m => ({ ...m, symbol: COVERAGE[m.kind].symbol })));
}

/** Listens to the store (after the results pane: the Debug view's new trace is registered first). */
export function wirePolicy(): void {
  on('loaded', () => {
    if (editor.text() !== store.state.policy) editor.setText(store.state.policy);
    else void analyze();
  });
  on('report', () => {
    if (debugVisible()) debugView();
    void inspect();
    showCoverage();
  });
  on('analysis', showCoverage);
}

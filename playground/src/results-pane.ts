/**
 * @fileoverview The Results pane: the summary line, diffs (unified and side by side), change
 * records, the log, the convergence check and the Debug view's trace.
 */
import type { FileDiff } from '../../host/api/browser.js';
import { $, el } from './dom.js';
import { paint } from './paint.js';
import { debug, goToLine } from './policy-pane.js';
import { on, store } from './store.js';
import { problemsOf } from './problems.js';
import type { Problem } from './problems.js';
import type { Report } from './store.js';

/** Rows of a diff drawn before its "Show the other lines" button. */
const DIFF_ROWS = 400;

function diffBlock(d: FileDiff): HTMLElement {
  const box = el('div', { className: 'diff' });
  box.dataset.path = d.path;
  box.append(el('div', { className: 'file', textContent: `${d.path}${d.before === null ? ' (new)' : d.after === null ? ' (removed)' : ''}` }));
  const lines = d.diff.split('\n').filter(line => line !== '');
  const row = (line: string) => {
    const cls = line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('@@') ? 'hunk' : line[0] === '+' ? 'add' : line[0] === '-' ? 'del' : '';
    return el('div', { className: cls, textContent: line });
  };
  // A long diff (a backup or copy of a 100 KB file is all of it, added) shows its start; the rest
  // on request: thousands of rows cost tens of ms of layout on every keystroke.
  const shown = lines.length > DIFF_ROWS ? DIFF_ROWS - 1 : lines.length;
  box.append(...lines.slice(0, shown).map(row));
  if (shown < lines.length) {
    const more = el('button', { className: 'more', textContent: `Show the other ${lines.length - shown} lines` });
    more.addEventListener('click', () => more.replaceWith(...lines.slice(shown).map(row)));
    box.append(more);
  }
  return box;
}

/** Side by side, from the unified diff's hunks: removed lines left, added right, context both. */
function sideBlock(d: FileDiff): HTMLElement {
  const box = el('div', { className: 'side' });
  box.append(el('div', { className: 'head', textContent: `${d.path} before` }), el('div', { className: 'head', textContent: 'after' }));
  let dels: string[] = [];
  let adds: string[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(dels.length, adds.length); i++) {
      box.append(el('div', { className: i < dels.length ? 'del' : '', textContent: dels[i] ?? '' }),
        el('div', { className: i < adds.length ? 'add' : '', textContent: adds[i] ?? '' }));
    }
    dels = [];
    adds = [];
  };
  for (const line of d.diff.split('\n')) {
    if (line.startsWith('+++') || line.startsWith('---')) continue;
    if (line.startsWith('@@')) {
      flush();
      box.append(el('div', { className: 'head', textContent: line }), el('div', { className: 'head', textContent: '' }));
    } else if (line[0] === '-') dels.push(line.slice(1));
    else if (line[0] === '+') adds.push(line.slice(1));
    else if (line.startsWith(' ')) {
      flush();
      box.append(el('div', { textContent: line.slice(1) }), el('div', { textContent: line.slice(1) }));
    }
  }
  flush();
  return box;
}

/** The run's problems, kept with the report they were found in. */
const problemsCache = new WeakMap<object, Problem[]>();
function problems(r: Report): Problem[] {
  let p = problemsCache.get(r.first);
  if (!p) problemsCache.set(r.first, p = problemsOf(r.first.log, r.first.trace));
  return p;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function renderSummary(r: Report): void {
  const first = r.first;
  const verb = store.state.dryRun ? 'would change' : 'changed';
  const conv = first.diagnostics.some(d => d.severity === 'error') ? 'nothing ran'
    : !r.convergence ? 'checking convergence…' : r.convergence.diffs.length || r.convergence.changes.length ? 'does not converge' : 'converges';
  const found = problems(r);
  const summary = $('summary');
  summary.textContent = `exit ${first.exitCode}${found.length ? ` · ${plural(found.length, 'problem')}` : ''} · ${first.diffs.length} file(s) ${verb} · ${first.changes.length} change(s) · ${conv}`;
  summary.className = first.exitCode !== 0 || conv === 'does not converge' ? 'bad' : found.length ? 'warn' : 'ok';
  renderProblems(found);
}

/** Each problem with a link to its place in the policy and one to its line in the Log tab. */
function renderProblems(found: Problem[]): void {
  const box = $('problems');
  box.hidden = found.length === 0;
  box.replaceChildren(...found.map(p => {
    const item = el('li', { className: 'warn' });
    if (p.line !== null) {
      const go = el('button', { className: 'link', textContent: `line ${p.line}` });
      go.title = 'Show it in the policy';
      go.addEventListener('click', () => goToLine(p.line!, p.column ?? 1));
      item.append(go, ' ');
    }
    item.append(el('span', { textContent: p.message.replace(/^cfengine:[^:]*: /, '') }));
    if (p.log !== null) {
      const show = el('button', { className: 'link', textContent: 'log' });
      show.title = 'Show it in the Log tab';
      const n = p.log;
      show.addEventListener('click', () => {
        $('tab-log').click();
        const line = document.getElementById(`log-${n}`);
        line?.scrollIntoView({ block: 'nearest' });
        line?.focus();
      });
      item.append(' ', show);
    }
    return item;
  }));
}

function renderConvergence(): void {
  const r = store.lastReport;
  if (!r) return;
  renderSummary(r);
  const conv2 = $('conv-panel');
  conv2.replaceChildren();
  if (r.first.diagnostics.some(d => d.severity === 'error')) {
    conv2.append(el('p', { className: 'hint', textContent: 'The policy has syntax errors: nothing ran.' }));
    return;
  }
  if (!r.convergence) {
    conv2.append(el('p', { className: 'hint', textContent: 'Checking convergence…' }));
    return;
  }
  if (!r.convergence.diffs.length && !r.convergence.changes.length) {
    conv2.append(el('p', { className: 'ok', textContent: 'Converges: run again on the result, the policy changes nothing.' }));
  } else {
    conv2.append(el('p', { className: 'bad', textContent: `Does not converge: a second run on the result changes ${r.convergence.diffs.length} file(s) again (${r.convergence.changes.length} change(s)).` }));
    for (const d of r.convergence.divergences) {
      const link = el('button', { className: 'link', textContent: `line ${d.line}` });
      link.addEventListener('click', () => goToLine(d.line, d.column));
      conv2.append(el('p', { className: 'divergence' }, `${d.path}: the first difference between the two runs: `, link, ` ${d.why}`));
    }
    for (const c of r.convergence.culprits) {
      const link = el('button', { textContent: `line ${c.line}` });
      link.addEventListener('click', () => goToLine(c.line));
      conv2.append(el('p', {}, link, ` ${c.message} [${c.code}]`));
    }
    for (const d of r.convergence.diffs) conv2.append(diffBlock(d));
  }
}

function renderResults(): void {
  const r = store.lastReport;
  if (!r) return;
  const first = r.first;
  const verb = store.state.dryRun ? 'would change' : 'changed';

  const diffs = $('diff-panel');
  diffs.replaceChildren();
  if (first.diagnostics.some(d => d.severity === 'error')) {
    diffs.append(el('p', { className: 'bad', textContent: 'The policy has syntax errors: nothing ran (exit status 1).' }));
  }
  if (first.diffs.length === 0) diffs.append(el('p', { className: 'hint', textContent: `No file ${verb === 'changed' ? 'changed' : 'would change'}.` }));
  for (const d of first.diffs) diffs.append(diffBlock(d));

  paint('side-panel', () => $('side-panel').replaceChildren(...first.diffs.map(sideBlock)));

  const changes = $('changes-panel');
  const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', { textContent: 'Operation' }), el('th', { textContent: 'Path' }), el('th', { textContent: 'Details' }))));
  const tbody = el('tbody');
  for (const c of first.changes) {
    const { op, path, ...rest } = c;
    const details = Object.entries(rest).map(([k, v]) => `${k}=${k === 'mode' && typeof v === 'number' ? v.toString(8) : v}`).join(' ');
    tbody.append(el('tr', {}, el('td', { textContent: op }), el('td', { textContent: path ?? '' }), el('td', { textContent: details })));
  }
  table.append(tbody);
  changes.replaceChildren(first.changes.length ? table : el('p', { className: 'hint', textContent: 'No change.' }));

  const log = $('log-panel');
  log.replaceChildren(el('div', { className: 'log' }, ...first.log.map((l, i) => el('div', { className: l.level, textContent: `${l.level}: ${l.message}`, id: `log-${i}`, tabIndex: -1 })),
    ...first.diagnostics.map(d => el('div', { className: d.severity, textContent: `policy.cf:${d.line}:${d.column}: ${d.severity}: ${d.message}${d.code ? ` [${d.code}]` : ''}` })),
    el('div', { textContent: `exit status ${first.exitCode}` })));

  renderConvergence();
  paint('debug-panel', () => debug.show(first.trace));
}

export function wireResults(): void {
  on('report', renderResults);
  on('convergence', renderConvergence);
}

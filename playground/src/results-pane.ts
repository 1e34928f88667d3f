/**
 * @fileoverview The Results pane: the summary line, diffs (unified and side by side), change
 * records, the log, the convergence check and the Debug view's trace.
 */
import { $, el } from './dom.js';
import { DiffView, diffPanel, lineCounts } from './diff-view.js';
import { paint } from './paint.js';
import { debug, goToLine } from './policy-pane.js';
import { on, store } from './store.js';
import { problemsOf } from './problems.js';
import type { Problem } from './problems.js';
import type { Report } from './store.js';

const unified = new DiffView();
const side = new DiffView(true);
const second = new DiffView();
const diffNotes = diffPanel('diff-panel', unified);
const sideNotes = diffPanel('side-panel', side);
const convNotes = diffPanel('conv-panel', second);

/** The run's problems, kept with the report they were found in. */
const problemsCache = new WeakMap<object, Problem[]>();
function problems(r: Report): Problem[] {
  let p = problemsCache.get(r.first);
  if (!p) problemsCache.set(r.first, p = problemsOf(r.first.log, r.first.trace));
  return p;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * "1 file would change: 1,530 lines added, 1,530 removed · 1 backup": files and lines, backups
 * apart (they are the old contents kept), and the operations that are not a file's contents.
 */
export function changeSummary(first: Report['first'], verb: string): string {
  const files = first.diffs.filter(d => !d.backupOf);
  const backups = first.diffs.length - files.length;
  const added = files.reduce((n, d) => n + d.added, 0);
  const removed = files.reduce((n, d) => n + d.removed, 0);
  const parts = [files.length ? `${plural(files.length, 'file')} ${verb}: ${lineCounts({ added, removed })}` : `no file ${verb}`];
  if (backups) parts.push(plural(backups, 'backup'));
  const shown = new Set(first.diffs.map(d => d.path));
  const other = first.changes.filter(c => !c.path || !shown.has(c.path)).length;
  if (other) parts.push(plural(other, files.length || backups ? 'other operation' : 'operation'));
  return parts.join(' · ');
}

function renderSummary(r: Report): void {
  const first = r.first;
  const verb = store.state.dryRun ? 'would change' : 'changed';
  const conv = first.diagnostics.some(d => d.severity === 'error') ? 'nothing ran'
    : !r.convergence ? 'checking convergence…' : r.convergence.diffs.length || r.convergence.changes.length ? 'does not converge' : 'converges';
  const found = problems(r);
  const summary = $('summary');
  summary.textContent = `exit ${first.exitCode}${found.length ? ` · ${plural(found.length, 'problem')}` : ''} · ${changeSummary(first, verb)} · ${conv}`;
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
  const notes: Node[] = [];
  const done = () => {
    convNotes(notes);
    second.show(r.convergence?.diffs ?? []);
  };
  if (r.first.diagnostics.some(d => d.severity === 'error')) {
    notes.push(el('p', { className: 'hint', textContent: 'The policy has syntax errors: nothing ran.' }));
    return done();
  }
  if (!r.convergence) {
    notes.push(el('p', { className: 'hint', textContent: 'Checking convergence…' }));
    return done();
  }
  if (!r.convergence.diffs.length && !r.convergence.changes.length) {
    notes.push(el('p', { className: 'ok', textContent: 'Converges: run again on the result, the policy changes nothing.' }));
  } else {
    const files = r.convergence.diffs.filter(d => !d.backupOf);
    const n = r.convergence.changes.length;
    notes.push(el('p', { className: 'bad', textContent: `Does not converge: a second run on the result changes ${plural(files.length, 'file')} again (${plural(n, 'operation')}).` }));
    for (const d of r.convergence.divergences) {
      const link = el('button', { className: 'link', textContent: `line ${d.line}` });
      link.addEventListener('click', () => goToLine(d.line, d.column));
      notes.push(el('p', { className: 'divergence' }, `${d.path}: the first difference between the two runs: `, link, ` ${d.why}`));
    }
    for (const c of r.convergence.culprits) {
      const link = el('button', { textContent: `line ${c.line}` });
      link.addEventListener('click', () => goToLine(c.line));
      notes.push(el('p', {}, link, ` ${c.message} [${c.code}]`));
    }
  }
  done();
}

function renderResults(): void {
  const r = store.lastReport;
  if (!r) return;
  const first = r.first;
  const verb = store.state.dryRun ? 'would change' : 'changed';

  const notes: HTMLElement[] = [];
  if (first.diagnostics.some(d => d.severity === 'error')) {
    notes.push(el('p', { className: 'bad', textContent: 'The policy has syntax errors: nothing ran (exit status 1).' }));
  }
  if (first.diffs.length === 0) notes.push(el('p', { className: 'hint', textContent: `No file ${verb === 'changed' ? 'changed' : 'would change'}.` }));
  diffNotes(notes);
  unified.show(first.diffs);
  paint('side-panel', () => {
    sideNotes([]);
    side.show(first.diffs);
  });

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

/**
 * @fileoverview The Shell commands pane: an exit status and output for each command the policy
 * runs (the JS API's `exec` table). Rows are kept across runs, keyed by command, so a field being
 * typed in keeps its focus and text while the runs it starts finish.
 */
import { $, el } from './dom.js';
import { schedule } from './run.js';
import { emit, on, store } from './store.js';

const rows = new Map<string, HTMLTableRowElement>();

function row(command: string): HTMLTableRowElement {
  const status = el('input', { className: 'status', type: 'number', placeholder: '—' });
  status.setAttribute('aria-label', `Exit status of ${command}`);
  const output = el('textarea', { rows: 1 });
  output.setAttribute('aria-label', `Output of ${command}`);
  const update = () => {
    store.state.exec[command] = { status: Number(status.value || 0), output: output.value };
    fill(tr, command);
    schedule();
    emit('edit');
  };
  status.addEventListener('input', update);
  output.addEventListener('input', update);
  const remove = el('button', { textContent: '✕', title: `Forget ${command}` });
  remove.setAttribute('aria-label', `Forget the answer for ${command}`);
  remove.addEventListener('click', () => {
    delete store.state.exec[command];
    renderExec();
    schedule();
    emit('edit');
  });
  const tr = el('tr', {}, el('td', {}, el('code', { textContent: command }), el('span', { className: 'note' })), el('td', {}, status), el('td', {}, output), el('td', {}, remove));
  tr.dataset.command = command;
  return tr;
}

/** Puts the state's answer in a row's fields, except in the one being typed in. */
function fill(tr: HTMLTableRowElement, command: string): void {
  const entry = store.state.exec[command];
  const status = tr.querySelector<HTMLInputElement>('input.status')!;
  const output = tr.querySelector<HTMLTextAreaElement>('textarea')!;
  const value = entry ? String(entry.status) : '';
  if (document.activeElement !== status && status.value !== value) status.value = value;
  if (document.activeElement !== output && output.value !== (entry?.output ?? '')) output.value = entry?.output ?? '';
  tr.querySelector('.note')!.textContent = entry ? '' : ' (not answered: fails as not available)';
}

export function renderExec(): void {
  const body = $('exec-table').querySelector('tbody')!;
  const r = store.lastReport;
  const asked = new Map([...r?.first.commands ?? [], ...r?.commands ?? []].map(c => [c.command, c.answered]));
  const all = [...new Set([...Object.keys(store.state.exec), ...asked.keys()])];
  const wanted: HTMLTableRowElement[] = [];
  for (const command of all) {
    let tr = rows.get(command);
    if (!tr) rows.set(command, tr = row(command));
    fill(tr, command);
    wanted.push(tr);
  }
  for (const [command, tr] of rows) if (!all.includes(command) && !tr.contains(document.activeElement)) rows.delete(command);
  // Only when the rows differ: moving a focused row out and back would blur it.
  const current = [...body.children];
  if (wanted.length === 0) {
    if (!(current.length === 1 && current[0].classList.contains('empty'))) {
      body.replaceChildren(el('tr', { className: 'empty' }, el('td', { colSpan: 4, className: 'hint', textContent: 'The last run asked for no command.' })));
    }
  } else if (current.length !== wanted.length || current.some((c, i) => c !== wanted[i])) {
    body.replaceChildren(...wanted);
  }
}

export function wireExec(): void {
  $('add-command').addEventListener('click', () => {
    const command = prompt('Command line, exactly as the policy runs it');
    if (!command) return;
    store.state.exec[command] = { status: 0, output: '' };
    renderExec();
    schedule();
    emit('edit');
  });
  on('loaded', () => {
    rows.clear();
    renderExec();
  });
  on('report', renderExec);
  on('convergence', renderExec);
  on('exec', renderExec);
}

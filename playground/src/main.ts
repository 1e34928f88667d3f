/**
 * @fileoverview The playground page: panes for the policy, the files, the facts and the shell
 * commands; results of every run (plan or apply, diffs, changes, log, convergence); share links
 * and test cases. The core runs in workers (worker.ts); this file only shows and edits state.
 */
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import type { FileDiff } from '../../host/api/browser.js';
import { WorkerClient } from './client.js';
import { createPolicyEditor } from './editor.js';
import { EXAMPLES } from './examples.js';
import type { CaseCheck, CaseReport, ConvergenceReport, OpenedCase, ExtraRunOptions, Highlight, PatternAnswer, PolicyStructure, RunReport, WireDiagnostic } from './protocol.js';
import { DebugView } from './debug.js';
import { patternColumnInPolicy, patternTarget, RegexView, selectorAt, whyPanel } from './inspect.js';
import { within } from './selector.js';
import { decodeState, encodeState, MAX_LINK } from './share.js';
import type { FileNode, PlaygroundState } from './state.js';
import { bytesOf, isBinary, sameBytes, textOf } from './state.js';
import { readTar, writeTar } from './tar.js';
import type { TarEntry } from './tar.js';
import { caseEntries, underSandbox } from './testcase.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

// ---- state ------------------------------------------------------------------------------------

let state: PlaygroundState = EXAMPLES[0].state();
let selected: string | null = null;
let lastReport: (RunReport & Partial<ConvergenceReport>) | null = null;
let lastError: string | null = null;
let runsDone = 0;
/**
 * The policy text of the last finished run, when its results were drawn (`at`) and when the frame
 * showing them was painted (`paintedAt`: after the next frame's layout; for bench/playground.mjs).
 */
let lastRun = { policy: '', at: 0, paintedAt: 0 };
let caseName = 'playground-case';
/** The files of the test case last opened: each run is checked against its after/ (and after2/). */
let openedCase: TarEntry[] | null = null;
let lastCheck: CaseCheck | null = null;
/** Run options beyond the state, passed through to the API's run() (for views such as a trace). */
let runOptions: ExtraRunOptions = {};

const workerUrl = new URL('worker.js', document.baseURI).href;
const runner = new WorkerClient(workerUrl, 'run');
// Lint and highlighting start once the run worker is up: the first result comes sooner.
const lang = new WorkerClient(workerUrl, 'language', runner.ready);

function setStatus(text: string, error = false): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

// ---- running ----------------------------------------------------------------------------------

let runTimer: number | undefined;
let running = false;
let again = false;
let runStarted = 0;
let watchdog: number | undefined;

/** Runs soon: at once when idle; changes made during a run coalesce into one run after it. */
function schedule(delay = 0): void {
  clearTimeout(runTimer);
  runTimer = window.setTimeout(() => { runTimer = undefined; void runNow(); }, delay);
}

async function runNow(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  again = false;
  runStarted = performance.now();
  $<HTMLButtonElement>('stop').disabled = false;
  setStatus('Running…');
  watchdog = window.setInterval(() => {
    const s = ((performance.now() - runStarted) / 1000).toFixed(0);
    setStatus(`Still running (${s} s)… Stop ends the run.`);
  }, 1000);
  try {
    const policy = state.policy;
    const report = await runner.request<RunReport>({ op: 'run', state, options: runOptions });
    lastReport = report;
    lastRun = { policy, at: performance.now(), paintedAt: 0 };
    lastError = null;
    runsDone++;
    renderResults(report);
    lastRun.at = performance.now();
    const drawn = lastRun;
    // A task queued from the next frame runs after its style, layout and paint.
    requestAnimationFrame(() => setTimeout(() => { drawn.paintedAt = performance.now(); }));
    setStatus(`Ran in ${report.first.elapsedMs.toFixed(0)} ms.`);
    // Then the convergence check, after a pause in typing, unless the state changed meanwhile
    // (the newer run comes first, and checks in its turn).
    await new Promise(resolve => setTimeout(resolve, 150));
    if (!again && policy === state.policy) {
      const c = await runner.request<ConvergenceReport>({ op: 'converge', state, options: runOptions });
      if (lastReport === report) {
        Object.assign(report, c);
        renderConvergence(report);
      }
    }
    if (openedCase && !again && policy === state.policy) {
      lastCheck = await runner.request<CaseCheck>({ op: 'checkCase', entries: openedCase, state });
      renderCaseCheck();
    }
  } catch (err) {
    lastError = (err as Error).message;
    setStatus(lastError, true);
  } finally {
    clearInterval(watchdog);
    running = false;
    $<HTMLButtonElement>('stop').disabled = true;
    if (again) void runNow();
  }
}

function stop(): void {
  if (!running) return;
  const s = ((performance.now() - runStarted) / 1000).toFixed(1);
  again = false;
  runner.restart(`Stopped: the run was ended after ${s} s and the core restarted. Change something or press Run to run again.`);
}

// ---- policy editor and analysis ---------------------------------------------------------------

/** An analysis in flight, and whether the text changed since it started (then one more follows). */
let analyzing = false;
let analyzeAgain = false;
let lastHighlights: { text: string; highlights: Highlight[] } = { text: '', highlights: [] };
let lastDiagnostics: WireDiagnostic[] = [];

/** The policy's structure (selectors, edit commands) from the analysis of `text`. */
let structure: { text: string; value: PolicyStructure } | null = null;
let cursor = { line: 1, column: 1 };

const debugVisible = () => !$('debug-panel').hidden;

/**
 * Results panels drawn only while they show: a hidden one keeps its painter and is drawn when its
 * tab opens (the Debug view of a 100 KB file and the side-by-side diff cost ~40 ms a keystroke).
 */
const unpainted = new Map<string, () => void>();
function paint(panel: string, draw: () => void): void {
  if ($(panel).hidden) unpainted.set(panel, draw);
  else {
    unpainted.delete(panel);
    draw();
  }
}
function paintIfShown(panel: string): void {
  const draw = unpainted.get(panel);
  if (!draw || $(panel).hidden) return;
  unpainted.delete(panel);
  draw();
}

/** The command the cursor went to while the Debug view was hidden: its step is found when it opens. */
let debugJump: { line: number; column: number; clicked: boolean } | null = null;
/** The Debug view, up to date (its last trace drawn, the cursor's command followed). */
function debugView(): DebugView {
  const draw = unpainted.get('debug-panel');
  unpainted.delete('debug-panel');
  draw?.();
  if (debugJump) {
    const { line, column, clicked } = debugJump;
    debugJump = null;
    const at = debug.current()?.at;
    if (clicked || at?.line !== line || at?.column !== column) debug.jumpTo(line, column);
  }
  return debug;
}

/** Marks the Debug view's step's command in the editor (only while the Debug tab shows). */
function markStep(event = debug.current()): void {
  if (!debugVisible() || !event?.at || event.at.file !== 'policy.cf') {
    editor.markStep(null);
    return;
  }
  const { line, column } = event.at;
  const command = structure?.value.commands.find(c => c.loc.line === line && c.loc.column === column);
  const from = editor.offset(line, column);
  const to = command ? editor.offset(command.loc.endLine, command.loc.endColumn) : editor.view.state.doc.lineAt(from).to;
  editor.markStep({ from, to: Math.max(to, from + 1) });
}

/** The cursor moved: the Debug view follows the command under it; the inspectors look at it. */
function cursorMoved(line: number, column: number, clicked: boolean): void {
  cursor = { line, column };
  const command = structure?.text === state.policy ? structure.value.commands.find(c => within(c.loc, line, column)) : undefined;
  if (command) {
    debugJump = { line: command.loc.line, column: command.loc.column, clicked: clicked || debugJump?.clicked === true };
    if (debugVisible()) debugView();
  }
  void inspect();
}

let inspecting = 0;

/** What is under the cursor: a class selector (why it is true or false) or a regex argument (the regex tester). */
async function inspect(): Promise<void> {
  const box = $('inspector');
  if (!structure || structure.text !== state.policy) return; // the analysis under way calls again
  const s = structure.value;
  const selector = selectorAt(s, cursor.line, cursor.column);
  const target = patternTarget(s, cursor.line, cursor.column, lastReport?.first.trace, state.files, selected);
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

const keys = Prec.highest(keymap.of([
  { key: 'Mod-Enter', run: () => { void runNow(); return true; } },
  { key: 'Mod-s', run: () => { void share(); return true; } },
]));
const editor = createPolicyEditor($('editor'), text => {
  state.policy = text;
  // The run is asked for in this task, before the lint: a timer would wait for the editor's frame
  // (~10 ms a keystroke). A run under way takes the text up when it ends.
  clearTimeout(runTimer);
  runTimer = undefined;
  void runNow();
  analyze();
}, keys, cursorMoved);
// After the editor: the views mark their step in it.
const regexView = new RegexView($('regex-panel'));
const debug = new DebugView($('debug-panel'), event => markStep(event));

/** Lint and highlighting of the current text in the language worker; keystrokes during one coalesce into the next. */
async function analyze(): Promise<void> {
  if (analyzing) {
    analyzeAgain = true;
    return;
  }
  analyzing = true;
  analyzeAgain = false;
  const text = state.policy;
  try {
    const r = await lang.request<{ diagnostics: WireDiagnostic[]; highlights: Highlight[]; structure: PolicyStructure }>({ op: 'analyze', text, classes: [...state.facts.define, state.facts.hostname] });
    editor.showAnalysis(text, r.highlights, r.diagnostics);
    if (text === state.policy) {
      lastHighlights = { text, highlights: r.highlights };
      lastDiagnostics = r.diagnostics;
      structure = { text, value: r.structure };
      void inspect();
      markStep();
      const errors = r.diagnostics.filter(d => d.severity === 'error').length;
      const warnings = r.diagnostics.length - errors;
      $('lint-summary').textContent = r.diagnostics.length ? `${errors} error(s), ${warnings} warning(s)` : 'no problems';
      renderClassToggles();
    }
  } catch (err) {
    $('lint-summary').textContent = `lint failed: ${(err as Error).message}`;
  } finally {
    analyzing = false;
    if (analyzeAgain || text !== state.policy) void analyze();
  }
}

async function format(): Promise<void> {
  const out = await lang.request<string | null>({ op: 'format', text: state.policy });
  if (out === null) setStatus('Format: the policy has syntax errors; fix them first.', true);
  else if (out === state.policy) setStatus('Format: already laid out.');
  else editor.setText(out);
}

// ---- files pane -------------------------------------------------------------------------------

const depth = (p: string) => p.split('/').length - 2;
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const parentOf = (p: string) => p.slice(0, p.lastIndexOf('/')) || '/';

function selectedDir(): string {
  const node = state.files.find(f => f.path === selected);
  if (!node) return '';
  return node.type === 'dir' ? node.path : parentOf(node.path).replace(/^\/$/, '');
}

function sortFiles(): void {
  state.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Adds (or replaces) a node and the directories above it. */
function putNode(node: FileNode): void {
  const parts = node.path.split('/');
  for (let i = 2; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (!state.files.some(f => f.path === dir)) state.files.push({ path: dir, type: 'dir', mode: 0o755 });
  }
  state.files = state.files.filter(f => f.path !== node.path);
  state.files.push(node);
  sortFiles();
}

function filesChanged(): void {
  renderFiles();
  schedule();
}

function askPath(what: string, initial: string): string | null {
  const answer = prompt(`${what} (an absolute path)`, initial);
  if (!answer) return null;
  const path = answer.trim().replace(/\/+$/, '').replace(/\/+/g, '/');
  if (!path.startsWith('/') || path === '/' || path.split('/').some(s => s === '.' || s === '..')) {
    setStatus(`${answer}: not an absolute path without . or ..`, true);
    return null;
  }
  return path;
}

function download(name: string, bytes: Uint8Array, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function subtree(path: string): FileNode[] {
  return state.files.filter(f => f.path === path || f.path.startsWith(`${path}/`));
}

function renderFiles(): void {
  const list = $('file-tree');
  list.replaceChildren();
  for (const f of state.files) {
    const name = el('span', { className: 'name', textContent: `${f.type === 'dir' ? '▸ ' : ''}${baseName(f.path)}${f.type === 'dir' ? '/' : ''}${f.type === 'link' ? ` → ${f.target}` : ''}`, title: f.path });
    name.style.paddingLeft = `${depth(f.path) * 0.9}em`;
    const mode = el('input', { className: 'mode', value: f.mode.toString(8).padStart(4, '0'), title: `Mode of ${f.path}`, disabled: f.type === 'link' });
    mode.setAttribute('aria-label', `Mode of ${f.path}`);
    mode.addEventListener('change', () => {
      if (!/^[0-7]{1,4}$/.test(mode.value)) {
        setStatus(`${mode.value}: a mode is up to four octal digits`, true);
        mode.value = f.mode.toString(8).padStart(4, '0');
        return;
      }
      f.mode = parseInt(mode.value, 8);
      schedule();
    });
    const rename = el('button', { textContent: '✎', title: `Rename ${f.path}` });
    rename.setAttribute('aria-label', `Rename ${f.path}`);
    rename.addEventListener('click', () => {
      const to = askPath(`Rename ${f.path} to`, f.path);
      if (!to || to === f.path) return;
      if (state.files.some(g => g.path === to)) return setStatus(`${to} exists already`, true);
      for (const g of subtree(f.path)) g.path = to + g.path.slice(f.path.length);
      putNode(state.files.find(g => g.path === to)!);
      selected = to;
      filesChanged();
    });
    const del = el('button', { textContent: '✕', title: `Delete ${f.path}` });
    del.setAttribute('aria-label', `Delete ${f.path}`);
    del.addEventListener('click', () => {
      const gone = new Set(subtree(f.path));
      state.files = state.files.filter(g => !gone.has(g));
      if (selected && !state.files.some(g => g.path === selected)) selected = null;
      filesChanged();
    });
    const save = el('button', { textContent: '⤓', title: `Download ${f.path}` });
    save.setAttribute('aria-label', `Download ${f.path}`);
    save.addEventListener('click', () => {
      if (f.type === 'file') download(baseName(f.path), f.bytes ?? new Uint8Array());
      else if (f.type === 'dir') {
        const root = parentOf(f.path).length + 1;
        download(`${baseName(f.path)}.tar`, writeTar(subtree(f.path).map(g => ({ ...g, path: g.path.slice(root === 2 ? 1 : root) }))), 'application/x-tar');
      }
    });
    const li = el('li', { role: 'treeitem' }, name, mode, rename, del, ...(f.type === 'link' ? [] : [save]));
    li.setAttribute('aria-selected', String(f.path === selected));
    li.dataset.path = f.path;
    name.tabIndex = 0;
    const pick = () => { selected = f.path; renderFiles(); };
    name.addEventListener('click', pick);
    name.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
    list.append(li);
  }
  renderFileView();
}

function hexDump(bytes: Uint8Array, limit = 4096): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(bytes.length, limit); i += 16) {
    const row = bytes.subarray(i, i + 16);
    lines.push(`${i.toString(16).padStart(8, '0')}  ${Array.from(row, b => b.toString(16).padStart(2, '0')).join(' ').padEnd(48)}  ${Array.from(row, b => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('')}`);
  }
  if (bytes.length > limit) lines.push(`… ${bytes.length - limit} more bytes`);
  return lines.join('\n');
}

function renderFileView(): void {
  const view = $('file-view');
  view.replaceChildren();
  const f = state.files.find(g => g.path === selected);
  if (!f) return;
  if (f.type === 'dir') {
    view.append(el('p', { className: 'hint', textContent: `${f.path}: directory, mode ${f.mode.toString(8)}` }));
    return;
  }
  if (f.type === 'link') {
    const target = el('input', { value: f.target ?? '' });
    target.setAttribute('aria-label', `Target of the link ${f.path}`);
    target.addEventListener('change', () => { f.target = target.value; filesChanged(); });
    view.append(el('label', {}, `${f.path} is a symbolic link to `, target));
    return;
  }
  const bytes = f.bytes ?? new Uint8Array();
  if (isBinary(bytes)) {
    view.append(el('p', { className: 'hint', textContent: `${f.path}: binary, ${bytes.length} bytes (shown, not edited; download to change it)` }),
      el('pre', { textContent: hexDump(bytes) }));
    return;
  }
  const { text, encoding } = textOf(bytes);
  const area = el('textarea', { value: text, spellcheck: false });
  area.setAttribute('aria-label', `Contents of ${f.path}`);
  area.addEventListener('input', () => {
    f.bytes = bytesOf(area.value, encoding);
    schedule();
  });
  view.append(el('p', { className: 'hint', textContent: `${f.path}: ${bytes.length} bytes, ${encoding === 'utf-8' ? 'UTF-8' : 'Latin-1 (kept as Latin-1)'}` }), area);
}

async function addUploaded(files: { path: string; bytes: Uint8Array }[]): Promise<void> {
  for (const f of files) putNode({ path: f.path, type: 'file', mode: 0o644, bytes: f.bytes });
  if (files.length) selected = files[0].path;
  setStatus(`Added ${files.length} file(s).`);
  filesChanged();
}

/** Files dropped from the desktop, directories included (through the entries API). */
async function droppedFiles(dt: DataTransfer, under: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const out: { path: string; bytes: Uint8Array }[] = [];
  const read = (entry: FileSystemEntry, dir: string): Promise<void> => new Promise(resolve => {
    if (entry.isFile) {
      (entry as FileSystemFileEntry).file(async file => {
        out.push({ path: `${dir}/${entry.name}`, bytes: new Uint8Array(await file.arrayBuffer()) });
        resolve();
      }, () => resolve());
    } else {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      const all: FileSystemEntry[] = [];
      const more = () => reader.readEntries(async batch => {
        if (batch.length) {
          all.push(...batch);
          more();
        } else {
          await Promise.all(all.map(e => read(e, `${dir}/${entry.name}`)));
          resolve();
        }
      }, () => resolve());
      more();
    }
  });
  const entries = [...dt.items].map(i => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length) await Promise.all(entries.map(e => read(e, under)));
  else for (const file of dt.files) out.push({ path: `${under}/${file.name}`, bytes: new Uint8Array(await file.arrayBuffer()) });
  return out;
}

// ---- facts pane -------------------------------------------------------------------------------

const splitClasses = (s: string) => s.split(/[\s,:.]+/).filter(Boolean);
const toLocal = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 16);

function renderFacts(): void {
  $<HTMLInputElement>('hostname').value = state.facts.hostname;
  $<HTMLInputElement>('domain').value = state.facts.domain;
  $<HTMLInputElement>('now').value = toLocal(state.facts.now);
  $<HTMLInputElement>('define').value = state.facts.define.join(',');
  $<HTMLInputElement>('negate').value = state.facts.negate.join(',');
  $<HTMLSelectElement>('mode').value = state.dryRun ? 'plan' : 'apply';
  renderClassToggles();
}

/** Checkboxes for the classes the policy's selectors name (from the highlight captures). */
function renderClassToggles(): void {
  const box = $('class-toggles');
  const names = new Set<string>();
  if (lastHighlights.text === state.policy) {
    for (const h of lastHighlights.highlights) {
      if (h.capture !== 'label') continue;
      for (const n of state.policy.slice(h.from, h.to).split(/[^A-Za-z0-9_]+/)) if (n && !/^\d/.test(n) && n !== 'any') names.add(n);
    }
  }
  for (const n of state.facts.define) names.add(n);
  box.replaceChildren(el('legend', { textContent: 'Classes the policy tests (checked: defined with -D)' }));
  for (const n of [...names].sort()) {
    const cb = el('input', { type: 'checkbox', checked: state.facts.define.includes(n) });
    cb.dataset.class = n;
    cb.addEventListener('change', () => {
      state.facts.define = cb.checked ? [...state.facts.define, n] : state.facts.define.filter(d => d !== n);
      $<HTMLInputElement>('define').value = state.facts.define.join(',');
      schedule(0);
    });
    box.append(el('label', {}, cb, ` ${n}`));
  }
}

// ---- shell commands pane ----------------------------------------------------------------------

function renderExec(): void {
  const body = $('exec-table').querySelector('tbody')!;
  body.replaceChildren();
  const asked = new Map([...lastReport?.first.commands ?? [], ...lastReport?.commands ?? []].map(c => [c.command, c.answered]));
  const all = [...new Set([...Object.keys(state.exec), ...asked.keys()])];
  if (all.length === 0) body.append(el('tr', {}, el('td', { colSpan: 4, className: 'hint', textContent: 'The last run asked for no command.' })));
  for (const command of all) {
    const entry = state.exec[command];
    const status = el('input', { className: 'status', type: 'number', value: entry ? String(entry.status) : '', placeholder: '—' });
    status.setAttribute('aria-label', `Exit status of ${command}`);
    const output = el('textarea', { value: entry?.output ?? '', rows: 1 });
    output.setAttribute('aria-label', `Output of ${command}`);
    const update = () => {
      state.exec[command] = { status: Number(status.value || 0), output: output.value };
      schedule();
    };
    status.addEventListener('change', update);
    output.addEventListener('change', update);
    const remove = el('button', { textContent: '✕', title: `Forget ${command}` });
    remove.setAttribute('aria-label', `Forget the answer for ${command}`);
    remove.addEventListener('click', () => { delete state.exec[command]; renderExec(); schedule(); });
    const note = entry ? '' : ' (not answered: fails as not available)';
    body.append(el('tr', {}, el('td', {}, el('code', { textContent: command }), note), el('td', {}, status), el('td', {}, output), el('td', {}, remove)));
  }
}

// ---- results ----------------------------------------------------------------------------------

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

/** Rows of a diff drawn before its "Show the other lines" button. */
const DIFF_ROWS = 400;

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

function goToLine(line: number): void {
  const doc = editor.view.state.doc;
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  editor.view.dispatch({ selection: { anchor: l.from }, scrollIntoView: true });
  editor.view.focus();
}

function renderSummary(r: RunReport & Partial<ConvergenceReport>): void {
  const first = r.first;
  const verb = state.dryRun ? 'would change' : 'changed';
  const conv = first.diagnostics.some(d => d.severity === 'error') ? 'nothing ran'
    : !r.convergence ? 'checking convergence…' : r.convergence.diffs.length || r.convergence.changes.length ? 'does not converge' : 'converges';
  $('summary').textContent = `exit ${first.exitCode} · ${first.diffs.length} file(s) ${verb} · ${first.changes.length} change(s) · ${conv}`;
  $('summary').className = first.exitCode !== 0 || conv === 'does not converge' ? 'bad' : 'ok';
}

function renderConvergence(r: RunReport & Partial<ConvergenceReport>): void {
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
    for (const c of r.convergence.culprits) {
      const link = el('button', { textContent: `line ${c.line}` });
      link.addEventListener('click', () => goToLine(c.line));
      conv2.append(el('p', {}, link, ` ${c.message} [${c.code}]`));
    }
    for (const d of r.convergence.diffs) conv2.append(diffBlock(d));
  }
  renderExec();
}

function renderResults(r: RunReport & Partial<ConvergenceReport>): void {
  const first = r.first;
  const verb = state.dryRun ? 'would change' : 'changed';

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
  log.replaceChildren(el('div', { className: 'log' }, ...first.log.map(l => el('div', { className: l.level, textContent: `${l.level}: ${l.message}` })),
    ...first.diagnostics.map(d => el('div', { className: d.severity, textContent: `policy.cf:${d.line}:${d.column}: ${d.severity}: ${d.message}${d.code ? ` [${d.code}]` : ''}` })),
    el('div', { textContent: `exit status ${first.exitCode}` })));

  renderConvergence(r);

  paint('debug-panel', () => debug.show(first.trace));
  if (debugVisible()) debugView();
  void inspect();

  const classes = $('classes').querySelector('tbody')!;
  classes.replaceChildren(...first.classes.map(c => el('tr', {}, el('td', { textContent: c.name }), el('td', { textContent: c.origin }))));
  renderExec();
}

// ---- share links and test cases ---------------------------------------------------------------

async function share(): Promise<string | null> {
  const encoded = await encodeState(state);
  const link = `${location.origin}${location.pathname}#s=${encoded}`;
  if (link.length > MAX_LINK) {
    await downloadCase(`The state is too big for a link (${link.length} characters, at most ${MAX_LINK}): saved as a test case instead. `);
    return null;
  }
  history.replaceState(null, '', `#s=${encoded}`);
  try {
    await navigator.clipboard.writeText(link);
    setStatus(`Share link copied to the clipboard (${link.length} characters).`);
  } catch {
    setStatus(`Share link in the address bar (${link.length} characters).`);
  }
  return link;
}

async function caseTar(): Promise<{ tar: Uint8Array; moved: string[] }> {
  // A test records what applying the policy does (the plan is that, announced).
  const { state: inSandbox, moved } = underSandbox({ ...state, dryRun: false });
  const report = await runner.request<CaseReport>({ op: 'case', state: inSandbox });
  const [one, two] = report.runs;
  return { tar: writeTar(caseEntries(caseName, inSandbox, one.files, two.files, one.exitCode)), moved };
}

async function downloadCase(why = ''): Promise<void> {
  const { tar, moved } = await caseTar();
  download(`${caseName}.tar`, tar, 'application/x-tar');
  setStatus(`${why}Saved ${caseName}.tar: run it with cfwasm test (extract it first)${moved.length ? `; ${moved.join(', ')} moved under /sandbox as test cases need` : ''}.`, why !== '');
}

function renderCaseCheck(): void {
  const box = $('case-check');
  box.replaceChildren();
  box.hidden = !openedCase;
  if (!openedCase || !lastCheck) return;
  if (lastCheck.notRun) box.append(el('span', { className: 'hint', textContent: `Test case ${caseName}: not run by cfwasm test (${lastCheck.notRun}).` }));
  else if (lastCheck.problems.length === 0) box.append(el('span', { className: 'ok', textContent: `Test case ${caseName}: passes (the trees after both runs are as expected).` }));
  else {
    box.append(el('span', { className: 'bad', textContent: `Test case ${caseName}: fails, as cfwasm test would say:` }),
      el('pre', { className: 'diff', textContent: lastCheck.problems.join('\n') }));
  }
}

function loadState(s: PlaygroundState, message: string, testCase: TarEntry[] | null = null): void {
  openedCase = testCase;
  lastCheck = null;
  renderCaseCheck();
  state = s;
  selected = state.files.find(f => f.type === 'file')?.path ?? null;
  lastReport = null;
  editor.setText(state.policy);
  renderFacts();
  renderFiles();
  renderExec();
  analyze();
  schedule(0);
  setStatus(message);
}

async function openCase(files: File[]): Promise<void> {
  let entries: TarEntry[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (/\.tar$/i.test(file.name)) entries.push(...readTar(bytes));
    else entries.push({ path: rel, type: 'file', mode: 0o644, bytes });
  }
  await loadCaseEntries(entries);
}

/** Opens a test case: read in the worker by the code `cfwasm test` uses; its expectations are checked after each run. */
async function loadCaseEntries(entries: TarEntry[]): Promise<void> {
  const loaded = await runner.request<OpenedCase>({ op: 'openCase', entries });
  caseName = loaded.name.replace(/[^A-Za-z0-9._-]/g, '_') || 'playground-case';
  loadState(loaded.state, `Opened the test case ${loaded.name}.`, entries);
}

// ---- wiring -----------------------------------------------------------------------------------

function tabs(list: HTMLElement): void {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const show = (b: HTMLButtonElement) => {
    for (const o of buttons) {
      o.setAttribute('aria-selected', String(o === b));
      o.tabIndex = o === b ? 0 : -1;
      $(o.getAttribute('aria-controls')!).hidden = o !== b;
    }
    paintIfShown(b.getAttribute('aria-controls')!);
    if (debugVisible()) debugView();
    markStep();
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => show(b));
    b.addEventListener('keydown', e => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (!d) return;
      const next = buttons[(i + d + buttons.length) % buttons.length];
      show(next);
      next.focus();
    });
  });
  show(buttons.find(b => b.getAttribute('aria-selected') === 'true') ?? buttons[0]);
}

function wire(): void {
  document.querySelectorAll<HTMLElement>('.tabs').forEach(tabs);
  $('run').addEventListener('click', () => void runNow());
  $('stop').addEventListener('click', stop);
  $('format').addEventListener('click', () => void format());
  $('share').addEventListener('click', () => void share());
  $('download-case').addEventListener('click', () => void downloadCase().catch(e => setStatus(e.message, true)));
  $<HTMLInputElement>('open-case').addEventListener('change', e => {
    const input = e.target as HTMLInputElement;
    void openCase([...input.files ?? []]).catch(err => setStatus(`Open test case: ${err.message}`, true));
    input.value = '';
  });
  $<HTMLSelectElement>('mode').addEventListener('change', e => { state.dryRun = (e.target as HTMLSelectElement).value === 'plan'; schedule(0); });
  const examples = $<HTMLSelectElement>('examples');
  for (const x of EXAMPLES) examples.append(el('option', { value: x.id, textContent: `${x.title} (${x.source})` }));
  examples.addEventListener('change', () => {
    const x = EXAMPLES.find(e => e.id === examples.value)!;
    caseName = `playground-${x.id}`;
    loadState(x.state(), `Loaded the example “${x.title}” (${x.source}).`);
  });
  const fact = (id: string, apply: (v: string) => void) => $<HTMLInputElement>(id).addEventListener('input', e => { apply((e.target as HTMLInputElement).value); schedule(); });
  fact('hostname', v => { state.facts.hostname = v.trim() || 'localhost'; });
  fact('domain', v => { state.facts.domain = v.trim(); });
  fact('now', v => { const t = Date.parse(`${v}:00Z`); if (!Number.isNaN(t)) state.facts.now = t / 1000; });
  fact('define', v => { state.facts.define = splitClasses(v); renderClassToggles(); });
  fact('negate', v => { state.facts.negate = splitClasses(v); });
  $('new-file').addEventListener('click', () => {
    const path = askPath('New file', `${selectedDir()}/new-file`);
    if (!path) return;
    if (state.files.some(f => f.path === path)) return setStatus(`${path} exists already`, true);
    putNode({ path, type: 'file', mode: 0o644, bytes: new Uint8Array() });
    selected = path;
    filesChanged();
  });
  $('new-dir').addEventListener('click', () => {
    const path = askPath('New directory', `${selectedDir()}/new-dir`);
    if (!path) return;
    if (state.files.some(f => f.path === path)) return setStatus(`${path} exists already`, true);
    putNode({ path, type: 'dir', mode: 0o755 });
    selected = path;
    filesChanged();
  });
  $<HTMLInputElement>('upload').addEventListener('change', async e => {
    const input = e.target as HTMLInputElement;
    const dir = selectedDir();
    await addUploaded(await Promise.all([...input.files ?? []].map(async f => ({ path: `${dir}/${f.name}`, bytes: new Uint8Array(await f.arrayBuffer()) }))));
    input.value = '';
  });
  const panel = $('files-panel');
  panel.addEventListener('dragover', e => { e.preventDefault(); panel.classList.add('drop'); });
  panel.addEventListener('dragleave', () => panel.classList.remove('drop'));
  panel.addEventListener('drop', async e => {
    e.preventDefault();
    panel.classList.remove('drop');
    if (e.dataTransfer) await addUploaded(await droppedFiles(e.dataTransfer, selectedDir()));
  });
  // A test case dropped on the policy: a .tar, or the files or folder of a case.
  const policyPane = $('policy-pane');
  policyPane.addEventListener('dragover', e => { e.preventDefault(); policyPane.classList.add('drop'); });
  policyPane.addEventListener('dragleave', () => policyPane.classList.remove('drop'));
  policyPane.addEventListener('drop', async e => {
    e.preventDefault();
    policyPane.classList.remove('drop');
    if (!e.dataTransfer) return;
    try {
      const dropped = await droppedFiles(e.dataTransfer, '');
      const entries: TarEntry[] = dropped.flatMap(f => (/\.tar$/i.test(f.path) ? readTar(f.bytes)
        : [{ path: f.path.replace(/^\//, ''), type: 'file' as const, mode: 0o644, bytes: f.bytes }]));
      await loadCaseEntries(entries);
    } catch (err) {
      setStatus(`Open test case: ${(err as Error).message}`, true);
    }
  });
  $('add-command').addEventListener('click', () => {
    const command = prompt('Command line, exactly as the policy runs it');
    if (!command) return;
    state.exec[command] = { status: 0, output: '' };
    renderExec();
    schedule();
  });
  document.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); void runNow(); }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); void share(); }
  });
  window.addEventListener('hashchange', () => void restoreFromHash());
}

async function restoreFromHash(): Promise<boolean> {
  const m = /^#s=(.+)$/.exec(location.hash);
  if (!m) return false;
  try {
    loadState(await decodeState(m[1]), 'Restored the shared state from the link.');
    return true;
  } catch (err) {
    setStatus(`The share link cannot be read: ${(err as Error).message}`, true);
    return false;
  }
}

/** Hooks for the end-to-end tests (test/playground): drive the page through its own code paths. */
const hooks = {
  state: () => state,
  report: () => lastReport,
  error: () => lastError,
  runs: () => runsDone,
  lastRun: () => lastRun,
  diagnostics: () => lastDiagnostics,
  /** Resolves when nothing is scheduled, running or being analysed. */
  async idle(): Promise<void> {
    await lang.ready;
    await runner.ready.catch(() => {});
    while (runTimer !== undefined || running || analyzing || lang.busy || runner.busy) await new Promise(r => setTimeout(r, 10));
  },
  loadCase: (entries: TarEntry[]) => loadCaseEntries(entries),
  caseCheck: () => lastCheck,
  load: (s: PlaygroundState) => loadState(s, 'Loaded.'),
  setRunOptions: (o: ExtraRunOptions) => { runOptions = o; schedule(); },
  /** The case as `cfwasm test` runs it (its facts, twice) through the run worker. */
  runCase: () => runner.request<CaseReport>({ op: 'case', state }),
  caseTar: async () => (await caseTar()).tar,
  shareLink: () => share(),
  select: (path: string) => { selected = path; renderFiles(); void inspect(); },
  /** The Debug view: its rows and step; `step` goes to a step. */
  debug: () => debugView().snapshot(),
  step: (n: number) => debugView().go(n),
  /** The regex tester's highlighted lines and spans. */
  regex: () => regexView.snapshot(),
  /** Puts the editor's cursor at a 1-based line and column (as a click would). */
  cursor: (line: number, column: number) => {
    editor.view.dispatch({ selection: { anchor: editor.offset(line, column) }, userEvent: 'select.pointer' });
  },
  sameBytes,
};
(window as unknown as { playground: typeof hooks }).playground = hooks;

async function start(): Promise<void> {
  wire();
  if (!(await restoreFromHash())) {
    caseName = `playground-${EXAMPLES[0].id}`;
    loadState(state, 'Loading the core…');
  }
  try {
    await Promise.all([lang.ready, runner.ready]);
  } catch (err) {
    setStatus(`The core could not be loaded: ${(err as Error).message}`, true);
  }
}
void start();

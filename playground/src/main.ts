/**
 * @fileoverview The playground page: wires the panes (a module each: policy-pane, files-pane,
 * facts-pane, exec-pane, results-pane; loading and saving in cases.ts) on the one state store
 * (store.ts). The core runs in workers (worker.ts, run.ts); the page only shows and edits state.
 */
import type { CaseReport, ExtraRunOptions } from './protocol.js';
import type { PlaygroundState } from './state.js';
import { sameBytes } from './state.js';
import { EXAMPLES } from './examples.js';
import { readTar } from './tar.js';
import type { TarEntry } from './tar.js';
import { $, el } from './dom.js';
import { paintIfShown } from './paint.js';
import { lang, runNow, runner, runPending, schedule, stop } from './run.js';
import { analysisPending, debugView, editor, editorKeys, format, regexView, inspect, tabShown, wirePolicy } from './policy-pane.js';
import { droppedFiles, renderFiles, wireFiles } from './files-pane.js';
import { wireFacts } from './facts-pane.js';
import { wireExec } from './exec-pane.js';
import { wireResults } from './results-pane.js';
import { caseTar, downloadCase, loadCaseEntries, loadState, openCase, restoreFromHash, share, wireCases } from './cases.js';
import { on, setStatus, store } from './store.js';
import { flush, historyItems, restore, startPersistence, wirePersistence } from './persist.js';

/**
 * A tab list: one tab stop, arrows move between tabs (ARIA tabs pattern); `shown` is told which
 * tab was chosen.
 */
function tabList(list: HTMLElement, shown: (tab: HTMLButtonElement, all: HTMLButtonElement[]) => void): void {
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const show = (b: HTMLButtonElement) => {
    for (const o of buttons) {
      o.setAttribute('aria-selected', String(o === b));
      o.tabIndex = o === b ? 0 : -1;
    }
    shown(b, buttons);
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

/** A pane's tabs: the chosen tab's panel shows (drawn then if it was left undrawn). */
function tabs(list: HTMLElement): void {
  tabList(list, (b, all) => {
    for (const o of all) $(o.getAttribute('aria-controls')!).hidden = o !== b;
    paintIfShown(b.getAttribute('aria-controls')!);
    tabShown();
  });
}

/**
 * The phone layout (under 700 px, style.css): one pane at a time, chosen by these tabs. Above
 * that width the tabs are hidden and every pane shows.
 */
function paneTabs(): void {
  tabList($('pane-tabs'), b => { document.querySelector('main')!.dataset.pane = b.id.replace('pane-tab-', ''); });
}

function wire(): void {
  wireFiles();
  wireFacts();
  wireExec();
  wireResults();
  wirePolicy();
  wireCases();
  editorKeys.share = () => void share();
  document.querySelectorAll<HTMLElement>('main .tabs').forEach(tabs);
  paneTabs();
  $('run').addEventListener('click', () => void runNow());
  $('stop').addEventListener('click', stop);
  $('format').addEventListener('click', () => void format());
  $('share').addEventListener('click', () => void share());
  $('download-case').addEventListener('click', () => void downloadCase().catch(e => setStatus(e.message, true)));
  $('open-case-button').addEventListener('click', () => $('open-case').click());
  $<HTMLInputElement>('open-case').addEventListener('change', e => {
    const input = e.target as HTMLInputElement;
    void openCase([...input.files ?? []]).catch(err => setStatus(`Open test case: ${err.message}`, true));
    input.value = '';
  });
  const examples = $<HTMLSelectElement>('examples');
  examples.append(el('option', { value: '', textContent: '(your own)', disabled: true }));
  for (const x of EXAMPLES) examples.append(el('option', { value: x.id, textContent: `${x.title} (${x.source})` }));
  examples.addEventListener('change', () => {
    const x = EXAMPLES.find(e => e.id === examples.value)!;
    store.caseName = `playground-${x.id}`;
    loadState(x.state(), `Loaded the example “${x.title}” (${x.source}).`);
    examples.value = x.id;
  });
  // A state from anywhere else (a link, a case, the history) is no example's: the menu says so.
  on('loaded', () => { examples.value = ''; });
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
  document.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); void runNow(); }
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); void share(); }
  });
  window.addEventListener('hashchange', () => void restoreFromHash());
}

/** Hooks for the end-to-end tests (test/playground): drive the page through its own code paths. */
const hooks = {
  state: () => store.state,
  report: () => store.lastReport,
  error: () => store.lastError,
  runs: () => store.runsDone,
  lastRun: () => store.lastRun,
  diagnostics: () => store.diagnostics,
  /** Resolves when nothing is scheduled, running or being analysed. */
  async idle(): Promise<void> {
    await lang.ready;
    await runner.ready.catch(() => {});
    while (runPending() || analysisPending() || lang.busy || runner.busy) await new Promise(r => setTimeout(r, 10));
  },
  loadCase: (entries: TarEntry[]) => loadCaseEntries(entries),
  caseCheck: () => store.lastCheck,
  load: (s: PlaygroundState) => loadState(s, 'Loaded.'),
  setRunOptions: (o: ExtraRunOptions) => { store.runOptions = o; schedule(); },
  /** The case as `cfwasm test` runs it (its facts, twice) through the run worker. */
  runCase: () => runner.request<CaseReport>({ op: 'case', state: store.state }),
  caseTar: async () => (await caseTar()).tar,
  shareLink: () => share(),
  select: (path: string) => { store.selected = path; renderFiles(); void inspect(); },
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
  /** Waits until the state is saved in the browser. */
  saved: () => flush(),
  history: () => historyItems(),
  restore: (id: number) => restore(id),
};
(window as unknown as { playground: typeof hooks }).playground = hooks;

async function start(): Promise<void> {
  wire();
  // The work saved in this browser first; a link then replaces it (kept in the history, with an undo).
  const saved = await startPersistence();
  if (saved) {
    store.caseName = saved.caseName;
    loadState(saved.state, `Restored your work (saved in this browser at ${new Date(saved.at).toLocaleString()}).`);
  } else {
    store.caseName = `playground-${EXAMPLES[0].id}`;
    loadState(store.state, 'Loading the core…');
    $<HTMLSelectElement>('examples').value = EXAMPLES[0].id;
  }
  wirePersistence(saved?.baseline);
  const linked = location.hash !== ''; // (restoreFromHash takes a link out of the address)
  await restoreFromHash();
  try {
    await Promise.all([lang.ready, runner.ready]);
    if (!saved && !linked) setStatus('Ready: every change runs the policy again.');
  } catch (err) {
    setStatus(`The core could not be loaded: ${(err as Error).message}`, true);
  }
}
void start();

/**
 * @fileoverview Loading a whole state (an example, a share link, a test case) and saving one
 * (share links, test-case downloads), and the opened case's check after each run.
 */
import type { CaseReport, OpenedCase } from './protocol.js';
import type { PlaygroundState } from './state.js';
import { decodeState, encodeState, MAX_LINK } from './share.js';
import { readTar, writeTar } from './tar.js';
import type { TarEntry } from './tar.js';
import { caseEntries, underSandbox } from './testcase.js';
import { $, download, el } from './dom.js';
import { runner, schedule } from './run.js';
import { emit, on, setStatus, store } from './store.js';

/** Hooks run before a state is replaced (the history keeps the work being replaced). */
const beforeLoad: ((message: string) => (() => void) | null)[] = [];
export function onBeforeLoad(fn: (message: string) => (() => void) | null): void {
  beforeLoad.push(fn);
}

/**
 * Replaces the whole state. What a `beforeLoad` hook returns (an undo) is offered in the status
 * line next to `message`.
 */
export function loadState(s: PlaygroundState, message: string, testCase: TarEntry[] | null = null, error = false): void {
  const undo = beforeLoad.map(fn => fn(message)).find(u => u);
  store.openedCase = testCase;
  store.lastCheck = null;
  renderCaseCheck();
  store.state = s;
  store.lastReport = null;
  emit('loaded');
  schedule(0);
  setStatus(message, error, undo ? { label: 'Undo', run: undo } : undefined, true);
}

export async function share(): Promise<string | null> {
  const encoded = await encodeState(store.state);
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

export async function caseTar(): Promise<{ tar: Uint8Array; moved: string[] }> {
  // A test records what applying the policy does (the plan is that, announced).
  const { state: inSandbox, moved } = underSandbox({ ...store.state, dryRun: false });
  const report = await runner.request<CaseReport>({ op: 'case', state: inSandbox });
  const [one, two] = report.runs;
  return { tar: writeTar(caseEntries(store.caseName, inSandbox, one.files, two.files, one.exitCode)), moved };
}

export async function downloadCase(why = ''): Promise<void> {
  const { tar, moved } = await caseTar();
  const name = store.caseName;
  download(`${name}.tar`, tar, 'application/x-tar');
  setStatus(`${why}Saved ${name}.tar: run it with cfwasm test (extract it first)${moved.length ? `; ${moved.join(', ')} moved under /sandbox as test cases need` : ''}.`, why !== '');
}

function renderCaseCheck(): void {
  const box = $('case-check');
  const { openedCase, lastCheck, caseName } = store;
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

export async function openCase(files: File[]): Promise<void> {
  const entries: TarEntry[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const rel = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (/\.tar$/i.test(file.name)) entries.push(...readTar(bytes));
    else entries.push({ path: rel, type: 'file', mode: 0o644, bytes });
  }
  await loadCaseEntries(entries);
  // Files picked one by one lose their folders: before/etc/motd arrives as motd. Say so.
  const loose = entries.filter(e => !e.path.includes('/') && !CASE_FILES.has(e.path) && !/\.tar$/i.test(e.path)).map(e => e.path);
  if (loose.length) {
    setStatus(`Opened the test case ${store.caseName}, without ${loose.join(', ')}: files picked one by one lose their folders (before/, after/); open the case's .tar or drop its folder.`, true);
  }
}

/** The files at the top of a case folder (host/testing/cases.ts). */
const CASE_FILES = new Set(['policy.cf', 'args', 'EMPTY', 'modes.before', 'modes', 'modes2', 'exitcode', 'empty-dirs', 'host.json']);

/** Opens a test case: read in the worker by the code `cfwasm test` uses; its expectations are checked after each run. */
export async function loadCaseEntries(entries: TarEntry[]): Promise<void> {
  const loaded = await runner.request<OpenedCase>({ op: 'openCase', entries });
  store.caseName = loaded.name.replace(/[^A-Za-z0-9._-]/g, '_') || 'playground-case';
  loadState(loaded.state, `Opened the test case ${loaded.name}.`, entries);
}

/** Whether the page has looked for a link in its address (restoreFromHash, at start). */
let linkLookedAt = false;

/** Loads the state of a `#s=` link; false when there is none or it cannot be read (the page keeps its state). */
export async function restoreFromHash(): Promise<boolean> {
  const m = /^#s=(.+)$/.exec(location.hash);
  linkLookedAt = true;
  if (!m) return false;
  // Taken into the work (saved in the browser, with an undo): a reload then restores the work as
  // edited since, not the link's state again.
  history.replaceState(null, '', location.pathname + location.search);
  try {
    loadState(await decodeState(m[1]), 'Restored the shared state from the link.');
    return true;
  } catch (err) {
    setStatus(`The share link cannot be read: ${(err as Error).message}`, true);
    return false;
  }
}

export function wireCases(): void {
  on('caseCheck', renderCaseCheck);
  // A link Share put in the address bar stands for the state it was made of: once the work
  // changes, it would bring back the older state on a reload.
  // (Not before the page has looked at the link it was opened with: restoring saved work at start
  // is a load too.)
  const dropLink = () => {
    if (linkLookedAt && location.hash.startsWith('#s=')) history.replaceState(null, '', location.pathname + location.search);
  };
  on('edit', dropLink);
  on('loaded', dropLink);
}

/**
 * @fileoverview Running: the two workers (run and language), and when the policy runs. Every edit
 * runs at once when idle; edits made during a run coalesce into one run after it. A finished run
 * is announced with `report`, its convergence check with `convergence`.
 */
import type { CaseCheck, ConvergenceReport, RunReply } from './protocol.js';
import { unpackRun } from './protocol.js';
import { WorkerClient } from './client.js';
import { $ } from './dom.js';
import { emit, runNote, setStatus, store } from './store.js';

const workerUrl = new URL('worker.js', document.baseURI).href;
export const runner = new WorkerClient(workerUrl, 'run');
// Lint and highlighting start once the run worker is up: the first result comes sooner.
export const lang = new WorkerClient(workerUrl, 'language', runner.ready);

let runTimer: number | undefined;
let running = false;
let again = false;
let runStarted = 0;
let watchdog: number | undefined;

/** Whether a run is scheduled or under way (the tests' idle()). */
export const runPending = () => runTimer !== undefined || running;

/** Runs soon: at once when idle; changes made during a run coalesce into one run after it. */
export function schedule(delay = 0): void {
  clearTimeout(runTimer);
  runTimer = window.setTimeout(() => { runTimer = undefined; void runNow(); }, delay);
}

/** Runs now (in this task: a timer would wait for the editor's frame, ~10 ms a keystroke). */
export function runNow(): Promise<void> {
  clearTimeout(runTimer);
  runTimer = undefined;
  return runOnce();
}

async function runOnce(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  again = false;
  let note = '';
  runStarted = performance.now();
  $<HTMLButtonElement>('stop').disabled = false;
  runNote('Running…');
  watchdog = window.setInterval(() => {
    const s = ((performance.now() - runStarted) / 1000).toFixed(0);
    runNote(`Still running (${s} s)… Stop ends the run.`, true);
  }, 1000);
  try {
    const { state } = store;
    const policy = state.policy;
    const report = unpackRun(await runner.request<RunReply>({ op: 'run', state, options: store.runOptions }));
    store.lastReport = report;
    store.lastRun = { policy, at: performance.now(), paintedAt: 0 };
    store.lastError = null;
    store.runsDone++;
    emit('report');
    store.lastRun.at = performance.now();
    const drawn = store.lastRun;
    // A task queued from the next frame runs after its style, layout and paint.
    requestAnimationFrame(() => setTimeout(() => { drawn.paintedAt = performance.now(); }));
    note = `Ran in ${report.first.elapsedMs.toFixed(0)} ms.`;
    runNote(note);
    // Then the convergence check, after a pause in typing, unless the state changed meanwhile
    // (the newer run comes first, and checks in its turn).
    await new Promise(resolve => setTimeout(resolve, 150));
    const current = () => !again && store.state === state && policy === state.policy;
    if (current()) {
      const c = await runner.request<ConvergenceReport>({ op: 'converge', state, options: store.runOptions });
      if (store.lastReport === report) {
        Object.assign(report, c);
        emit('convergence');
      }
    }
    if (store.openedCase && current()) {
      store.lastCheck = await runner.request<CaseCheck>({ op: 'checkCase', entries: store.openedCase, state });
      emit('caseCheck');
    }
  } catch (err) {
    note = '';
    store.lastError = (err as Error).message;
    setStatus(store.lastError, true);
  } finally {
    clearInterval(watchdog);
    // The convergence check may have outlasted the watchdog's second: its note gives way again.
    if (note) runNote(note);
    running = false;
    $<HTMLButtonElement>('stop').disabled = true;
    if (again) void runOnce();
  }
}

export function stop(): void {
  if (!running) return;
  const s = ((performance.now() - runStarted) / 1000).toFixed(1);
  again = false;
  runner.restart(`Stopped: the run was ended after ${s} s and the core restarted. Change something or press Run to run again.`);
}

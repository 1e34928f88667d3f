/**
 * @fileoverview The page's one state store: the playground state (what runs, is shared and is
 * saved) and what the panes show of the last run. Panes read and change it and say what changed
 * with `emit`; the others listen with `on`, so no pane calls into another.
 */
import type { CaseCheck, ConvergenceReport, ExtraRunOptions, Highlight, PolicyStructure, RunReport, WireDiagnostic } from './protocol.js';
import type { PlaygroundState } from './state.js';
import type { TarEntry } from './tar.js';
import { EXAMPLES } from './examples.js';
import { $ } from './dom.js';

export type Report = RunReport & Partial<ConvergenceReport>;

export const store = {
  state: EXAMPLES[0].state() as PlaygroundState,
  /** The path selected in the Files pane. */
  selected: null as string | null,
  lastReport: null as Report | null,
  lastError: null as string | null,
  runsDone: 0,
  /**
   * The policy text of the last finished run, when its results were drawn (`at`) and when the frame
   * showing them was painted (`paintedAt`: after the next frame's layout; for bench/playground.mjs).
   */
  lastRun: { policy: '', at: 0, paintedAt: 0 },
  caseName: 'playground-case',
  /** The files of the test case last opened: each run is checked against its after/ (and after2/). */
  openedCase: null as TarEntry[] | null,
  lastCheck: null as CaseCheck | null,
  /** Run options beyond the state, passed through to the API's run() (for views such as a trace). */
  runOptions: {} as ExtraRunOptions,
  /** The last analysis (lint, highlighting, structure) of the policy text it was made for. */
  highlights: { text: '', highlights: [] as Highlight[] },
  diagnostics: [] as WireDiagnostic[],
  structure: null as { text: string; value: PolicyStructure } | null,
  cursor: { line: 1, column: 1 },
};

/**
 * What changed: `edit` (the user changed the state: run it, save it), `loaded` (the state was
 * replaced: every pane redraws), `files`, `exec`, `report` (a run finished), `convergence`,
 * `analysis` (lint of the current text), `caseCheck`.
 */
export type Topic = 'edit' | 'loaded' | 'files' | 'exec' | 'report' | 'convergence' | 'analysis' | 'caseCheck';

const listeners = new Map<Topic, (() => void)[]>();

export function on(topic: Topic, fn: () => void): void {
  listeners.set(topic, [...(listeners.get(topic) ?? []), fn]);
}

export function emit(topic: Topic): void {
  for (const fn of listeners.get(topic) ?? []) fn();
}

type Action = { label: string; run: () => void };

function render(text: string, error: boolean, action?: Action): void {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('error', error);
  if (action) {
    const b = document.createElement('button');
    b.textContent = action.label;
    b.className = 'status-action';
    b.addEventListener('click', () => {
      held = null;
      action.run();
    });
    s.append(' ', b);
  }
}

/** A message kept against the runs' routine notes until `until`. */
let held: { text: string; error: boolean; action?: Action; until: number } | null = null;
const NOTICE_MS = 20_000;

/**
 * The status line; `action` adds a button (e.g. Undo) after the text. A message held (an error,
 * one with an action, a state loaded) stays for NOTICE_MS against the runs' own notes (`runNote`).
 */
export function setStatus(text: string, error = false, action?: Action, hold = Boolean(action) || error): void {
  render(text, error, action);
  held = hold ? { text, error, action, until: Date.now() + NOTICE_MS } : null;
}

/**
 * A run's note: routine ones ("Running…", "Ran in 12 ms.") give way to a held message; an
 * `urgent` one ("Still running… Stop ends the run.") shows over it, and the held one comes back
 * with the next routine note.
 */
export function runNote(text: string, urgent = false): void {
  if (urgent) return render(text, false);
  if (held && Date.now() < held.until) return render(held.text, held.error, held.action);
  setStatus(text);
}

/**
 * @fileoverview The Debug view: step forwards and backwards through an editfiles session of the
 * last run's trace (docs/trace.md). At each step the file as it is after the command, the line
 * pointer, the lines the command matched, added, changed or deleted (deleted and replaced lines
 * shown struck through where they were, ReplaceAll's spans marked in them), skipped commands
 * greyed with their reason, and the group and loop structure as indentation. The file and the
 * step list are virtualised (virtual-list.ts), so files of 10,000 lines step smoothly.
 */
import type { EditEvent, TraceEvent, TracePlace } from '../../host/api/browser.js';
import { applyEdit, formatTrace, splitLines } from '../../host/api/trace.js';
import { VirtualList } from './virtual-list.js';

/** An editfiles session: the file as read and each command's record with the lines after it. */
export interface Session {
  file: string;
  /** The file as read; null when the trace has no edit-file record (the file was not edited). */
  start: string[] | null;
  steps: { event: EditEvent; lines: string[]; depth: number }[];
  end?: string;
}

/** One row of the file view: a line of the file after the step, or a line the step removed. */
interface Row {
  text: string;
  /** The line's number after the step (null for a removed line). */
  no: number | null;
  kind: 'same' | 'added' | 'changed' | 'removed' | 'end';
  matched: boolean;
  /** ReplaceAll: the replaced spans, as offsets in `text`. */
  spans?: [number, number][];
  pointer: boolean;
}

/** The sessions of a trace, in order. Records of blocks skipped by class (recorded before any file is read) join their file's session by index. */
export function sessionsOf(trace: TraceEvent[]): Session[] {
  const sessions: Session[] = [];
  const early = new Map<string, EditEvent[]>();
  const collected = new Map<Session, EditEvent[]>();
  const ordered = new Map<Session, EditEvent[]>();
  let current: Session | null = null;
  const open = (file: string, start: string[] | null) => {
    const s: Session = { file, start, steps: [] };
    sessions.push(s);
    collected.set(s, early.get(file) ?? []);
    ordered.set(s, []);
    early.delete(file);
    return s;
  };
  for (const e of trace) {
    if (e.event === 'edit-file') current = open(e.file, splitLines(e.content));
    else if (e.event === 'edit-end') {
      const s = current && current.file === e.file ? current : open(e.file, null);
      s.end = e.reason ? `${e.status} (${e.reason})` : e.status;
      current = null;
    } else if (e.event === 'edit') {
      if (current && e.file === current.file) ordered.get(current)!.push(e);
      else early.set(e.file, [...(early.get(e.file) ?? []), e]);
    }
  }
  for (const file of early.keys()) open(file, null);
  for (const s of sessions) {
    // Records of blocks skipped by class were collected before the file was read: each goes
    // before the first later command (by index); then the file is replayed step by step.
    const events = ordered.get(s)!;
    for (const x of collected.get(s)!) {
      const at = events.findIndex(e => e.index > x.index);
      events.splice(at < 0 ? events.length : at, 0, x);
    }
    // Indentation: the groups open (a false group has no EndGroup record: it ends at the first
    // command not skipped for it) and, in a loop body, one more.
    const groups: boolean[] = [];
    let lines = s.start ?? [];
    for (const event of events) {
      while (groups.at(-1) === false && !(event.status === 'skipped' && event.reason === 'group')) groups.pop();
      if (/^EndGroup$/i.test(event.command) && event.status !== 'skipped') groups.pop();
      lines = applyEdit(lines, event);
      s.steps.push({ event, lines, depth: groups.length + (event.iteration && !/^EndLoop$/i.test(event.command) ? 1 : 0) });
      if (/^BeginGroupIf/i.test(event.command) && event.condition !== undefined) groups.push(event.condition);
    }
  }
  return sessions;
}

const REASONS: Record<string, string> = {
  class: "its block's class is false",
  group: "its group's condition is false",
  aborted: "the file's editing stopped before it",
  loop: 'its loop has nothing to loop over',
  file: 'the file is not edited',
};

/** Why a step did not run, in words. */
export function skipReason(e: EditEvent): string {
  return `${REASONS[e.reason ?? ''] ?? e.reason ?? ''}${e.detail ? `: ${e.detail}` : ''}`;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Byte spans [s, e, s, e, …] of a line as offsets in its JavaScript string. */
function textSpans(line: string, spans: number[]): [number, number][] {
  const bytes = encoder.encode(line);
  const at = (b: number) => decoder.decode(bytes.subarray(0, b)).length;
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < spans.length; i += 2) out.push([at(spans[i]), at(spans[i + 1])]);
  return out;
}

/** The rows of the file view at a step: the lines after it, with the lines it removed where they were. */
export function rowsOf(before: string[], after: string[], e: EditEvent | null): Row[] {
  const pointer = e ? (e.status === 'skipped' ? e.pointerBefore ?? e.pointerAfter : e.pointerAfter) : (after.length ? 1 : 0);
  const matched = new Set(e?.matched ?? []);
  const spans = new Map((e?.spans ?? []).map(s => [s.line, s.spans]));
  const rows: Row[] = [];
  const oldRow = (b: number, kind: Row['kind'], no: number | null, text: string): Row => {
    const r: Row = { text, no, kind, matched: matched.has(b), pointer: no !== null && no === pointer };
    const s = spans.get(b);
    if (s && kind !== 'same') r.spans = textSpans(before[b - 1] ?? '', s);
    return r;
  };
  if (!e || e.status === 'skipped' || (!e.deleted && !e.added && !e.changed)) {
    after.forEach((text, i) => rows.push({ text, no: i + 1, kind: 'same', matched: matched.has(i + 1), pointer: i + 1 === pointer }));
  } else {
    const gone = new Set<number>([...(e.deleted ?? []), ...(e.changed ?? []).map(c => c.was)]);
    const placed = new Map<number, { kind: 'added' | 'changed'; was?: number }>();
    for (const a of e.added ?? []) placed.set(a.line, { kind: 'added' });
    for (const c of e.changed ?? []) placed.set(c.line, { kind: 'changed', was: c.was });
    const kept: number[] = [];
    for (let b = 1; b <= before.length; b++) if (!gone.has(b)) kept.push(b);
    let k = 0;
    let flushed = 0;
    const flush = (upTo: number) => {
      for (let b = flushed + 1; b <= upTo; b++) if (gone.has(b)) rows.push(oldRow(b, 'removed', null, before[b - 1] ?? ''));
      flushed = Math.max(flushed, upTo);
    };
    for (let j = 1; j <= after.length; j++) {
      const p = placed.get(j);
      if (p?.kind === 'changed') {
        flush(p.was!);
        rows.push({ text: after[j - 1], no: j, kind: 'changed', matched: false, pointer: j === pointer });
      } else if (p) {
        rows.push({ text: after[j - 1], no: j, kind: 'added', matched: false, pointer: j === pointer });
      } else {
        const b = kept[k++];
        flush(b - 1);
        rows.push({ ...oldRow(b, 'same', j, after[j - 1]), pointer: j === pointer });
      }
    }
    flush(before.length);
  }
  if (pointer === after.length + 1 && after.length > 0) rows.push({ text: '(past the last line)', no: null, kind: 'end', matched: false, pointer: true });
  return rows;
}

function where(at?: TracePlace): string {
  return at ? `L${at.line}` : '';
}

/** One step's line in the step list: place, command, arguments, what happened. */
function stepSummary(e: EditEvent): string {
  const args = e.args.map(a => JSON.stringify(a)).join(e.command === 'ReplaceAll' ? ' With ' : ' ');
  const line = e.iteration?.line ?? '';
  const loop = e.iteration ? ` ↻${e.iteration.n} ${JSON.stringify(line.length > 24 ? `${line.slice(0, 24)}…` : line)}` : '';
  const status = e.status === 'skipped' ? `skipped: ${skipReason(e)}`
    : e.status === 'failed' ? `failed: ${e.reason}`
      : e.condition !== undefined ? `condition ${e.condition}` : e.stopped ? `stops: ${e.reason ?? ''}` : `pointer ${e.pointerBefore}→${e.pointerAfter}`;
  return `${where(e.at)} ${e.command}${args ? ` ${args}` : ''}${loop} — ${status}`;
}

export class DebugView {
  private sessions: Session[] = [];
  private session = 0;
  /** 0: the file as read; n: after the session's n-th record. */
  private step = 0;
  private readonly picker: HTMLSelectElement;
  private readonly position: HTMLSpanElement;
  private readonly detail: HTMLDivElement;
  private readonly stepsList: VirtualList;
  private readonly fileList: VirtualList;
  private rows: Row[] = [];
  private readonly empty: HTMLParagraphElement;
  private readonly body: HTMLDivElement;

  constructor(private readonly root: HTMLElement, private readonly onStep: (event: EditEvent | null) => void) {
    const button = (text: string, title: string, go: () => void) => {
      const b = document.createElement('button');
      b.textContent = text;
      b.title = title;
      b.setAttribute('aria-label', title);
      b.addEventListener('click', go);
      return b;
    };
    this.picker = document.createElement('select');
    this.picker.setAttribute('aria-label', 'Edited file');
    this.picker.addEventListener('change', () => { this.session = Number(this.picker.value); this.go(0); });
    this.position = document.createElement('span');
    this.position.className = 'debug-position';
    const bar = document.createElement('div');
    bar.className = 'row debug-bar';
    bar.append(this.picker,
      button('«', 'First step (Home)', () => this.go(0)),
      button('◀', 'Previous step (↑ or p)', () => this.go(this.step - 1)),
      button('▶', 'Next step (↓ or n)', () => this.go(this.step + 1)),
      button('»', 'Last step (End)', () => this.go(this.stepCount() - 1)),
      this.position);
    this.detail = document.createElement('div');
    this.detail.className = 'debug-detail';
    this.detail.setAttribute('aria-live', 'polite');
    this.stepsList = new VirtualList(i => this.stepRow(i), 20, 'Steps');
    this.stepsList.element.classList.add('debug-steps');
    this.fileList = new VirtualList(i => this.fileRow(i), 18, 'File at this step');
    this.fileList.element.classList.add('debug-file');
    this.empty = document.createElement('p');
    this.empty.className = 'hint';
    this.body = document.createElement('div');
    this.body.className = 'debug-body';
    const legend = document.createElement('div');
    legend.className = 'hint debug-legend';
    legend.innerHTML = '<span class="l-ptr">▶ pointer</span><span class="l-match">matched</span><span class="l-add">added / changed</span>' +
      '<span class="l-del">removed</span><span class="l-span">replaced span</span>';
    this.body.append(bar, this.stepsList.element, this.detail, legend, this.fileList.element);
    root.replaceChildren(this.empty, this.body);
    root.addEventListener('keydown', e => {
      if (e.target instanceof HTMLSelectElement || e.altKey || e.ctrlKey || e.metaKey) return;
      const inFile = e.target === this.fileList.element;
      const d = e.key === 'n' || (!inFile && e.key === 'ArrowDown') ? 1 : e.key === 'p' || (!inFile && e.key === 'ArrowUp') ? -1 : 0;
      if (d) this.go(this.step + d);
      else if (e.key === 'Home' && !inFile) this.go(0);
      else if (e.key === 'End' && !inFile) this.go(this.stepCount() - 1);
      else return;
      e.preventDefault();
    });
    this.show([]);
  }

  /** The trace of a new run: keeps the file and step shown when they still exist. */
  show(trace: TraceEvent[] | undefined): void {
    const file = this.sessions[this.session]?.file;
    this.sessions = sessionsOf(trace ?? []);
    const again = this.sessions.findIndex(s => s.file === file);
    this.session = again >= 0 ? again : 0;
    this.picker.replaceChildren(...this.sessions.map((s, i) => Object.assign(document.createElement('option'), {
      value: String(i), textContent: `${s.file}: ${s.steps.length} step${s.steps.length === 1 ? '' : 's'}${s.end ? `, ${s.end}` : ''}`,
    })));
    this.picker.value = String(this.session);
    this.body.hidden = this.sessions.length === 0;
    this.empty.hidden = this.sessions.length > 0;
    this.empty.textContent = trace ? 'The last run edited no file (no editfiles block reached).' : 'Run the policy to step through its editfiles.';
    this.go(again >= 0 ? this.step : 0);
  }

  /** The session's records and the step's (null at the start). */
  current(): EditEvent | null {
    return this.sessions[this.session]?.steps[this.step - 1]?.event ?? null;
  }

  private stepCount(): number {
    return (this.sessions[this.session]?.steps.length ?? 0) + 1;
  }

  /**
   * Jumps to a step of the command written at (line, column): the next one after the current step
   * (a command in a loop has one per iteration), in this file first. False when none ran.
   */
  jumpTo(line: number, column: number): boolean {
    const order = this.sessions.map((_, i) => (this.session + i) % this.sessions.length);
    for (const si of order) {
      const steps = this.sessions[si].steps;
      const hits = steps.map((s, i) => i + 1).filter(i => steps[i - 1].event.at?.line === line && steps[i - 1].event.at?.column === column);
      if (!hits.length) continue;
      const next = si === this.session ? hits.find(i => i > this.step) ?? hits[0] : hits[0];
      if (si !== this.session) {
        this.session = si;
        this.picker.value = String(si);
      }
      this.go(next);
      return true;
    }
    return false;
  }

  go(step: number): void {
    const s = this.sessions[this.session];
    this.step = Math.max(0, Math.min(step, this.stepCount() - 1));
    if (!s) {
      this.onStep(null);
      return;
    }
    const e = this.current();
    const after = this.step === 0 ? s.start ?? [] : s.steps[this.step - 1].lines;
    const before = this.step <= 1 ? s.start ?? [] : s.steps[this.step - 2].lines;
    this.rows = rowsOf(before, after, e);
    this.position.textContent = `step ${this.step} of ${this.stepCount() - 1}`;
    this.detail.replaceChildren();
    const head = document.createElement('div');
    if (!e) {
      head.textContent = s.start ? `${s.file} as read: ${s.start.length} line(s); the pointer starts at line ${s.start.length ? 1 : 0}.` : `${s.file} was not edited${s.end ? ` (${s.end})` : ''}.`;
    } else {
      head.textContent = formatTrace([e])[0].trim();
      head.className = e.status === 'skipped' ? 'skipped' : e.status === 'failed' || e.stopped ? 'bad' : '';
    }
    this.detail.append(head);
    if (e && e.status !== 'skipped') {
      const legend = document.createElement('div');
      legend.className = 'hint';
      const ptr = e.pointerAfter === 0 ? 'no current line' : e.pointerAfter === (e.lineCount ?? after.length) + 1 ? 'past the last line' : `line ${e.pointerAfter}`;
      legend.textContent = `Pointer ${e.pointerBefore} → ${e.pointerAfter} (${ptr}) · ${after.length} line(s)` +
        `${e.matched?.length ? ` · matched ${e.matched.length}` : ''}${e.added?.length ? ` · added ${e.added.length}` : ''}` +
        `${e.changed?.length ? ` · changed ${e.changed.length}` : ''}${e.deleted?.length ? ` · deleted ${e.deleted.length}` : ''}`;
      this.detail.append(legend);
    }
    this.stepsList.set(this.stepCount());
    this.stepsList.reveal(this.step);
    this.fileList.set(this.rows.length);
    const focus = this.rows.findIndex(r => r.pointer || r.matched || r.kind !== 'same');
    const target = this.rows.findIndex(r => r.kind !== 'same' && r.kind !== 'end' || r.matched);
    this.fileList.reveal(target >= 0 ? target : Math.max(focus, 0));
    this.onStep(e);
  }

  private stepRow(i: number): HTMLElement {
    const s = this.sessions[this.session];
    const row = document.createElement('div');
    row.className = 'step';
    if (i === 0) row.textContent = `start: ${s.file} as read`;
    else {
      const step = s.steps[i - 1];
      row.textContent = stepSummary(step.event);
      row.style.paddingLeft = `${0.3 + step.depth * 1.2}em`;
      row.classList.add(step.event.status);
      if (step.event.stopped) row.classList.add('stopped');
      row.title = step.event.status === 'skipped' ? `Skipped: ${skipReason(step.event)}` : row.textContent;
    }
    if (i === this.step) {
      row.classList.add('current');
      row.setAttribute('aria-current', 'step');
    }
    row.addEventListener('click', () => this.go(i));
    return row;
  }

  private fileRow(i: number): HTMLElement {
    const r = this.rows[i];
    const row = document.createElement('div');
    row.className = `line ${r.kind}${r.matched ? ' matched' : ''}${r.pointer ? ' pointer' : ''}`;
    const mark = document.createElement('span');
    mark.className = 'ptr';
    mark.textContent = r.pointer ? '▶' : '';
    const no = document.createElement('span');
    no.className = 'no';
    no.textContent = r.no === null ? (r.kind === 'removed' ? '−' : '') : String(r.no);
    const text = document.createElement('span');
    text.className = 'text';
    if (r.spans?.length) {
      let at = 0;
      for (const [s, e] of r.spans) {
        text.append(r.text.slice(at, s));
        const m = document.createElement('mark');
        m.textContent = r.text.slice(s, e);
        text.append(m);
        at = e;
      }
      text.append(r.text.slice(at));
    } else text.textContent = r.text;
    row.append(mark, no, text);
    return row;
  }

  /** For the tests: the rows of the file view as text, pointer and kind. */
  snapshot(): { step: number; steps: number; file: string; rows: { no: number | null; text: string; kind: string; matched: boolean; pointer: boolean; spans?: [number, number][] }[]; rendered: number } {
    return {
      step: this.step, steps: this.stepCount() - 1, file: this.sessions[this.session]?.file ?? '',
      rows: this.rows.map(r => ({ no: r.no, text: r.text, kind: r.kind, matched: r.matched, pointer: r.pointer, spans: r.spans })),
      rendered: this.fileList.rendered,
    };
  }
}

/**
 * @fileoverview The run trace (docs/trace.md) as the JS API gives it: the types of its records,
 * a readable rendering (`cfwasm run --trace`), and the replay of an editfiles session (the
 * file's lines at each step), which the records are made for.
 */

/** A place in the policy (1-based). */
export interface TracePlace { file: string; line: number; column: number }

/** An actionsequence entry reached. `changes`/`log`: [from, to) indices into the result's lists. */
export interface ActionEvent {
  event: 'action';
  entry: string;
  action: string;
  status: 'ran' | 'skipped';
  reason?: string;
  changes: [number, number];
  log: [number, number];
}

/** An item of an action other than editfiles: run (with what it changed), or skipped by its class. */
export interface ItemEvent {
  event: 'item';
  action: string;
  at: TracePlace;
  status: 'ran' | 'skipped';
  reason?: 'class';
  changes?: [number, number];
  log?: [number, number];
}

/** An editfiles session starts on a file: its text as read (the base of a replay). */
export interface EditFileEvent { event: 'edit-file'; file: string; lines: number; content: string }

/** An editfiles session ends. */
export interface EditEndEvent {
  event: 'edit-end';
  file: string;
  status: 'saved' | 'would-save' | 'unchanged' | 'failed' | 'not-edited';
  reason?: string;
}

/** Why an editfiles command did not run. */
export type SkipReason = 'class' | 'group' | 'aborted' | 'loop' | 'file';

/** One editfiles command reached (line numbers and the pointer are 1-based; pointer 0: none). */
export interface EditEvent {
  event: 'edit';
  file: string;
  /** The command's index among all the commands run on this file (every block naming it). */
  index: number;
  /** Where the command is written, and its block (absent for commands the core made: resolve). */
  at?: TracePlace;
  block?: TracePlace;
  /** For commands the core made: what made them. */
  origin?: string;
  command: string;
  /** The arguments, variables expanded. */
  args: string[];
  status: 'ran' | 'skipped' | 'failed';
  /** skipped: the SkipReason; failed: the error; stopped: the message. */
  reason?: string;
  /** skipped for a `file` or `loop` reason: what it was. */
  detail?: string;
  pointerBefore?: number;
  pointerAfter?: number;
  /** The command ended the session early: the rest of the file's commands are skipped (aborted). */
  stopped?: boolean;
  /** BeginGroupIf…: whether the group's commands run. */
  condition?: boolean;
  /** ForEachLineIn: how many lines it loops over. */
  iterations?: number;
  /** Inside a ForEachLineIn: which loop (its index), which iteration (1-based), the line it set. */
  iteration?: { loop: number; n: number; line: string };
  /** The lines the command's test selected (numbered as before the command). */
  matched?: number[];
  /** Lines deleted (numbered as before the command). */
  deleted?: number[];
  /** Lines added (numbered as after the command), with their text. */
  added?: { line: number; text: string }[];
  /** Lines changed: `line` after the command, `was` before it, the new text. */
  changed?: { line: number; was: number; text: string }[];
  /** ReplaceAll: per replaced line (numbered as before), byte spans [start, end, start, end, …]. */
  spans?: { line: number; spans: number[] }[];
  /** The number of lines after the command. */
  lineCount?: number;
  /** [from, to) indices into the result's log: the messages the command gave. */
  log?: [number, number];
}

export type TraceEvent = ActionEvent | ItemEvent | EditFileEvent | EditEndEvent | EditEvent;

/** Where a defined class came from. `time` and `hard` classes are facts of the host. */
export interface ClassOrigin {
  origin: 'any' | 'hard' | 'time' | 'hostname' | 'define' | 'addclasses' | 'group' | 'actionsequence' |
    'action' | 'editfiles' | 'unknown';
  /** group: its name; actionsequence: the entry; action: the action; editfiles: the file. */
  detail?: string;
}

/** The core knows the clock's classes as hard classes (facts): name them `time`. */
export function nameTimeClasses(origins: Record<string, ClassOrigin> | undefined, time: string[]): void {
  if (!origins) return;
  const names = new Set(time);
  for (const [name, o] of Object.entries(origins)) if (o.origin === 'hard' && names.has(name)) o.origin = 'time';
}

/**
 * The lines of a file after an edit event, from the lines before it: deleted and changed-from
 * lines go, the remaining old lines keep their order, added and changed lines take their places.
 */
export function applyEdit(before: string[], e: EditEvent): string[] {
  if (e.status === 'skipped') return before;
  const gone = new Set<number>([...(e.deleted ?? []), ...(e.changed ?? []).map(c => c.was)]);
  const kept = before.filter((_, i) => !gone.has(i + 1));
  const placed = new Map<number, string>();
  for (const a of e.added ?? []) placed.set(a.line, a.text);
  for (const c of e.changed ?? []) placed.set(c.line, c.text);
  const total = kept.length + placed.size;
  const out: string[] = [];
  let k = 0;
  for (let line = 1; line <= total; line++) out.push(placed.has(line) ? placed.get(line)! : kept[k++]);
  return out;
}

/** The lines of `text` as the editor sees them (split on \n; a final newline ends the last line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Each editfiles session of a trace: its file, the lines at the start, and each step with the lines after it. */
export function editSteps(trace: TraceEvent[]): { file: string; start: string[]; steps: { event: EditEvent; lines: string[] }[] }[] {
  const sessions: { file: string; start: string[]; steps: { event: EditEvent; lines: string[] }[] }[] = [];
  let current: (typeof sessions)[number] | null = null;
  let lines: string[] = [];
  for (const e of trace) {
    if (e.event === 'edit-file') {
      lines = splitLines(e.content);
      current = { file: e.file, start: lines, steps: [] };
      sessions.push(current);
    } else if (e.event === 'edit-end') {
      current = null;
    } else if (e.event === 'edit' && current && e.file === current.file) {
      lines = applyEdit(lines, e);
      current.steps.push({ event: e, lines });
    }
  }
  return sessions;
}

function place(p?: TracePlace): string {
  return p ? `${p.file}:${p.line}:${p.column}` : '';
}

function quoted(command: string, args: string[]): string {
  const q = args.map(a => JSON.stringify(a));
  return command === 'ReplaceAll' && q.length === 2 ? `${q[0]} With ${q[1]}` : q.join(' ');
}

function list(numbers: number[], max = 8): string {
  return numbers.length > max ? `${numbers.slice(0, max).join(',')},… (${numbers.length})` : numbers.join(',');
}

/** The trace as lines of text, for people (`cfwasm run --trace`); with the run's changes, items name theirs. */
export function formatTrace(trace: TraceEvent[], changes: { op: string; path?: string }[] = []): string[] {
  const out: string[] = [];
  const made = (range?: [number, number]) => {
    const list = range ? changes.slice(range[0], range[1]) : [];
    return list.length ? `: ${list.slice(0, 4).map(c => `${c.op} ${c.path ?? ''}`.trim()).join(', ')}${list.length > 4 ? ', …' : ''}` : '';
  };
  for (const e of trace) {
    if (e.event === 'action') {
      out.push(`action ${e.entry}: ${e.status}${e.reason ? ` (${e.reason})` : ''}` +
        (e.changes[1] > e.changes[0] ? `, ${e.changes[1] - e.changes[0]} change(s)` : ''));
    } else if (e.event === 'item') {
      const count = e.changes ? e.changes[1] - e.changes[0] : 0;
      out.push(`  ${place(e.at)} ${e.action} item: ${e.status}${e.reason ? ` (${e.reason} is false)` : ''}` +
        (e.status === 'ran' ? `, ${count ? `${count} change(s)${made(e.changes)}` : 'no change'}` : ''));
    } else if (e.event === 'edit-file') {
      out.push(`  editing ${e.file} (${e.lines} lines)`);
    } else if (e.event === 'edit-end') {
      out.push(`  end of ${e.file}: ${e.status}${e.reason ? ` (${e.reason})` : ''}`);
    } else {
      const where = place(e.at) || e.origin || '';
      const loop = e.iteration ? ` [loop ${e.iteration.n}: ${JSON.stringify(e.iteration.line)}]` : '';
      let line = `    ${where} ${e.command}${e.args.length ? ` ${quoted(e.command, e.args)}` : ''}${loop}: ${e.status}`;
      if (e.status === 'skipped') {
        line += ` (${e.reason === 'class' ? 'its class is false' : e.reason === 'group' ? "its group's condition is false"
          : e.reason === 'aborted' ? 'the file\'s editing stopped before it' : e.reason}${e.detail ? `: ${e.detail}` : ''})`;
      } else {
        if (e.status === 'failed') line += `: ${e.reason}`;
        if (e.condition !== undefined) line += `, condition ${e.condition}`;
        if (e.iterations !== undefined) line += `, ${e.iterations} iteration(s)`;
        line += `, pointer ${e.pointerBefore}→${e.pointerAfter}`;
        if (e.matched) line += `, matched ${list(e.matched)}`;
        if (e.deleted) line += `, deleted ${list(e.deleted)}`;
        if (e.added) line += `, added ${list(e.added.map(a => a.line))}`;
        if (e.changed) line += `, changed ${list(e.changed.map(c => c.line))}`;
        if (e.spans) line += `, replaced ${e.spans.reduce((n, s) => n + s.spans.length / 2, 0)} span(s)`;
        if (e.stopped) line += `; stops here${e.status !== 'failed' && e.reason ? `: ${e.reason}` : ''}`;
      }
      out.push(line);
    }
  }
  return out;
}

/**
 * @fileoverview The editfiles part of the trace (docs/trace.md): one record per command a
 * session reaches, in order, with the line pointer before and after, the lines the command's
 * test selected, the lines it deleted, added and changed (enough to replay the file step by
 * step from the session's first record) and, for ReplaceAll, the byte spans it replaced.
 * Exists only while tracing: the session's hooks are `if (tracer)` checks.
 */
import { JsonWriter, quoteJson } from '../util/json';
import { text } from '../util/bytes';
import { locJson, Trace } from '../run/trace';
import { EditCommand, EditSession } from './session';
import { LineList } from './lines';

function numbers(list: i32[]): string {
  const parts: string[] = [];
  for (let i = 0; i < list.length; i++) parts.push((list[i] + 1).toString());
  return '[' + parts.join(',') + ']';
}

export class SessionTrace {
  trace: Trace;
  file: string;
  commands: EditCommand[];
  /** Line indices the current command's test selected (the session pushes them). */
  hits: i32[] = [];
  /** For ReplaceAll: per replaced line, "[line,[s,e,…]]" texts. */
  spans: string[] = [];
  /** The index of the command that ended the session early, or -1. */
  stopIndex: i32 = -1;
  /** The ForEachLineIn being run: its index, the iteration (1-based) and the line it set. */
  loopIndex: i32 = -1;
  iteration: i32 = 0;
  loopLine: string = '';

  // The state before the current command.
  private keys: u64[] = [];
  private lines: LineList | null = null;
  private generation: i32 = 0;
  private owners: i32 = 0;
  private chunk: i64 = 0;
  private ptrBefore: i32 = -1;
  private logBefore: i32 = 0;
  private stoppedBefore: bool = false;

  constructor(trace: Trace, file: string, commands: EditCommand[]) {
    this.trace = trace;
    this.file = file;
    this.commands = commands;
  }

  /** The session starts on the file as read: its text, so that a viewer can replay the steps. */
  begin(lines: LineList, content: Uint8Array): void {
    this.trace.add(new JsonWriter().str('event', 'edit-file').str('file', this.file)
      .int('lines', lines.length).str('content', text(content)).toString());
  }

  /** Command i is about to run. */
  before(s: EditSession): void {
    const lines = s.lines;
    const n = lines.length;
    const keys = new Array<u64>(n);
    for (let i = 0; i < n; i++) unchecked(keys[i] = lines.key(i));
    this.keys = keys;
    this.lines = lines;
    this.generation = lines.generation;
    this.owners = lines.ownerCount;
    this.chunk = lines.chunkMark;
    this.ptrBefore = s.ptr;
    this.logBefore = s.ctx.log.length;
    this.stoppedBefore = s.stopped;
    this.hits = [];
    this.spans = [];
  }

  /** A replaced line (index i) and the byte spans (start, end pairs, in the line before) replaced. */
  lineSpans(i: i32, pairs: i32[]): void {
    const parts: string[] = [];
    for (let k = 0; k < pairs.length; k++) parts.push(pairs[k].toString());
    this.spans.push('{"line":' + (i + 1).toString() + ',"spans":[' + parts.join(',') + ']}');
  }

  /** Command i ran: its record. `extra`: more fields (`"condition":true`, …) or ''. */
  after(s: EditSession, i: i32, extra: string): void {
    const w = this.head(i).int('pointerBefore', this.ptrBefore + 1).int('pointerAfter', s.ptr + 1);
    // A command that logged an error failed (the message says why); one that ended the session
    // early says so (Locate without a match, Break, a bad number, …).
    let failure = '';
    let lastInfo = '';
    for (let k = this.logBefore; k < s.ctx.log.length; k++) {
      const entry = s.ctx.logEntry(k);
      if (entry.level == 'error') failure = failure.length > 0 ? failure + '; ' + entry.message : entry.message;
      else lastInfo = entry.message;
    }
    if (failure.length > 0) w.str('status', 'failed').str('reason', failure);
    else w.str('status', 'ran');
    if (!this.stoppedBefore && s.stopped) {
      this.stopIndex = i;
      w.bool('stopped', true);
      if (failure.length == 0 && lastInfo.length > 0) w.str('reason', lastInfo);
    }
    if (s.ctx.log.length > this.logBefore) {
      w.field('log', '[' + this.logBefore.toString() + ',' + s.ctx.log.length.toString() + ']');
    }
    if (this.hits.length > 0) w.field('matched', numbers(this.hits));
    this.diff(s.lines, w);
    if (this.spans.length > 0) w.field('spans', '[' + this.spans.join(',') + ']');
    w.int('lineCount', s.lines.length);
    let out = w.toString();
    if (extra.length > 0) out = out.substring(0, out.length - 1) + ',' + extra + '}';
    this.trace.add(out);
  }

  /** Commands [from, to) are not run: `reason` is class, group, aborted, loop or file. */
  skip(from: i32, to: i32, reason: string, detail: string = ''): void {
    for (let i = from; i < to; i++) {
      const w = this.head(i).str('status', 'skipped').str('reason', reason);
      if (detail.length > 0) w.str('detail', detail);
      this.trace.add(w.toString());
    }
  }

  /** A structural command (EndGroup, EndLoop) passed: ran, nothing changed. */
  passed(s: EditSession, i: i32): void {
    this.trace.add(this.head(i).int('pointerBefore', s.ptr + 1).int('pointerAfter', s.ptr + 1)
      .str('status', 'ran').int('lineCount', s.lines.length).toString());
  }

  /** The session ended: saved (or not) and whether the text changed. */
  end(status: string, reason: string): void {
    const w = new JsonWriter().str('event', 'edit-end').str('file', this.file).str('status', status);
    if (reason.length > 0) w.str('reason', reason);
    this.trace.add(w.toString());
  }

  /** The fields every command record starts with. */
  private head(i: i32): JsonWriter {
    const cmd = this.commands[i];
    const w = new JsonWriter().str('event', 'edit').str('file', this.file).int('index', i);
    if (!cmd.loc.isNull) w.field('at', locJson(cmd.loc));
    else w.str('origin', cmd.where);
    if (!cmd.block.isNull) w.field('block', locJson(cmd.block));
    w.str('command', cmd.name);
    const args: string[] = [];
    for (let a = 0; a < cmd.args.length; a++) args.push(text(cmd.args[a]));
    w.strings('args', args);
    if (this.loopIndex >= 0 && i > this.loopIndex) {
      w.field('iteration', new JsonWriter().int('loop', this.loopIndex).int('n', this.iteration)
        .str('line', this.loopLine).toString());
    }
    return w;
  }

  /**
   * The lines deleted (numbered as before the command), added and changed (numbered as after,
   * with their text; a changed line also says which line it was). Lines are told apart by
   * LineList.key: unchanged lines keep theirs. Within a stretch between unchanged lines, as many
   * deleted and added lines as can be paired are "changed".
   */
  private diff(lines: LineList, w: JsonWriter): void {
    const before = this.keys;
    const nb = before.length;
    const na = lines.length;
    const deleted: i32[] = [];
    const added: string[] = [];
    const changed: string[] = [];
    if (lines !== this.lines || lines.generation != this.generation) {
      // A new list (RunScript reread the file) or emptied: every line went, every line is new.
      this.gap(lines, deleted, added, changed, 0, nb, 0, na, false);
    } else {
      let lo = 0;
      while (lo < nb && lo < na && unchecked(before[lo]) == lines.key(lo)) lo++;
      let hb = nb;
      let ha = na;
      while (hb > lo && ha > lo && unchecked(before[hb - 1]) == lines.key(ha - 1)) {
        hb--;
        ha--;
      }
      // The middle, in one walk: edits keep the order of lines, and a line made by the command
      // is told by where it lies (LineList.madeSince), so an old line not kept was deleted.
      let gapB = lo;
      let gapA = lo;
      let i = lo;
      let j = lo;
      while (i < hb || j < ha) {
        if (i < hb && j < ha && unchecked(before[i]) == lines.key(j)) {
          this.gap(lines, deleted, added, changed, gapB, i, gapA, j, true);
          i++;
          j++;
          gapB = i;
          gapA = j;
        } else if (j < ha && lines.madeSince(j, this.owners, this.chunk)) j++;
        else if (i < hb) i++;
        else j++; // (cannot happen: an old line after every kept one)
      }
      this.gap(lines, deleted, added, changed, gapB, hb, gapA, ha, true);
    }
    if (deleted.length > 0) w.field('deleted', numbers(deleted));
    if (added.length > 0) w.field('added', '[' + added.join(',') + ']');
    if (changed.length > 0) w.field('changed', '[' + changed.join(',') + ']');
  }

  /** Old lines [b0, b1) gave way to new lines [a0, a1): pairs are changes, the rest deletes/adds. */
  private gap(lines: LineList, deleted: i32[], added: string[], changed: string[],
    b0: i32, b1: i32, a0: i32, a1: i32, pair: bool): void {
    const pairs = pair ? min(b1 - b0, a1 - a0) : 0;
    for (let p = 0; p < pairs; p++) {
      changed.push('{"line":' + (a0 + p + 1).toString() + ',"was":' + (b0 + p + 1).toString() +
        ',"text":' + quoteJson(text(lines.get(a0 + p))) + '}');
    }
    for (let i = b0 + pairs; i < b1; i++) deleted.push(i);
    for (let j = a0 + pairs; j < a1; j++) {
      added.push('{"line":' + (j + 1).toString() + ',"text":' + quoteJson(text(lines.get(j))) + '}');
    }
  }
}

/** The command records of a block whose class is false (it is not run at all). */
export function traceSkippedBlock(trace: Trace, file: string, commands: EditCommand[]): void {
  const t = new SessionTrace(trace, file, commands);
  t.skip(0, commands.length, 'class');
}

/**
 * @fileoverview One editfiles session (L8196-8804, inventory §4.2-4.5): a file's lines, the line
 * pointer and the editor's registers, and the 70 commands. Commands of every block naming the
 * same file run in one session, in block order (case 123).
 *
 * Pointer model: `ptr` is the index of the current line; -1 when unset (empty file or after
 * EmptyEntireFilePlease); `lines.length` after ReplaceAll ("at the end of the file", case 128).
 * Matching rules (D2): regex commands match whole lines; ReplaceAll searches; …SuchLine is line
 * equality, …Starting a prefix, …Containing a substring.
 */
import { atoiSaturating } from '../util/number';
import { compilePattern, replaceAll, ByteBuilder, MatchResult, Regex } from '../regex/regex';
import { regexErrorMessage } from '../regex/syntax';
import { RunContext } from '../run/context';
import * as host from '../host';
import { HostStatus } from '../host';
import * as change from '../run/changes';
import {
  bytesEqual, concat, endsWith, indexOf, lastIndexOf, slice, splitLines, startsWith, text, utf8,
} from '../util/bytes';
import { LineList } from './lines';
import { SessionTrace } from './trace';
import { truePath } from '../actions/links';
import { JValue } from '../util/json';
import { shellWord } from '../util/shell';

/** An IR location as messages name it: `file:line:column`. */
export function where(loc: JValue): string {
  return loc.get('file').asString() + ':' + loc.get('line').asInt().toString() + ':' +
    loc.get('column').asInt().toString();
}

/** One command as the session runs it: name, expanded arguments, where it was written. */
export class EditCommand {
  name: string;
  args: Uint8Array[];
  /** What `where` says: given, or made from `loc` when first asked. */
  private place: string;
  /** The command's and its block's places in the policy (IR locations; null if made by the core). */
  loc: JValue = JValue.NULL;
  block: JValue = JValue.NULL;
  /** `where` empty: the command's `loc` says it (made only for a message: most runs print none). */
  constructor(name: string, args: Uint8Array[], where: string = '') {
    this.name = name;
    this.args = args;
    this.place = where;
  }

  /** Where the command was written, for messages. */
  get where(): string {
    if (this.place.length == 0) this.place = where(this.loc);
    return this.place;
  }

  arg(i: i32 = 0): Uint8Array {
    return i < this.args.length ? this.args[i] : new Uint8Array(0);
  }
}

const HASH = utf8('# ');
const PERCENT = utf8('%');
const SLASH = utf8('//');

export class EditSession {
  ctx: RunContext;
  file: string;
  commands: EditCommand[];
  lines: LineList = new LineList();
  original: Uint8Array = new Uint8Array(0);
  ptr: i32 = -1;
  commentStart: Uint8Array = utf8('# ');
  commentEnd: Uint8Array = new Uint8Array(0);
  abort: Regex | null = null;
  setLine: Uint8Array | null = null;
  splitOn: u8 = 0x3a;
  script: string | null = null;
  /** Set by commands that end the session early (failed Locate, Break, …). */
  stopped: bool = false;
  /** Set when the session must not be saved (a structural error). */
  failed: bool = false;
  /** The save was refused: another run saved the file since it was read (editfiles.ts edits it again). */
  changedUnder: bool = false;
  classesToDefine: string[] = [];
  mtime: f64 = 0;
  /** Index of the matching EndGroup / EndLoop for each BeginGroup… / ForEachLineIn. */
  ends: i32[] = [];
  /** The session's trace (editfiles/trace.ts), or null: each hook is one check of it. */
  tracer: SessionTrace | null = null;

  /** A line the current command's test selected: for the trace only. */
  @inline private hit(i: i32): void {
    const tracer = this.tracer;
    if (tracer) tracer.hits.push(i);
  }

  constructor(ctx: RunContext, file: string, commands: EditCommand[]) {
    this.ctx = ctx;
    this.file = file;
    this.commands = commands;
  }

  /**
   * The size the file may reach while edited (editfiles.ts growthLimit): an edit past it is
   * refused and nothing is saved, so a policy that doubles the file each line cannot exhaust
   * the core.
   */
  growthLimit: f64 = 16 * 1024 * 1024;

  /** The file would grow past growthLimit: said, the session fails, nothing is saved. */
  private tooBig(what: string, size: f64): void {
    this.ctx.error(this.ctx.prefix + 'editfiles: ' + what + ' would make ' + this.file + ' ' + (<i64>size).toString() +
      ' bytes, more than the limit of ' + (<i64>this.growthLimit).toString() +
      ' bytes; the file is left unchanged');
    this.failed = true;
    this.stopped = true;
  }

  /** A back-reference match ran out of steps (regex/backtrack.ts): said, nothing is saved. */
  private outOfBudget(line: i32): void {
    if (this.failed) return;
    this.ctx.error(this.ctx.prefix + 'editfiles: ' + this.file + ': a back-reference pattern needed too many steps on line ' +
      (line + 1).toString() + ' (whether it matches is unknown); the file is left unchanged');
    this.failed = true;
    this.stopped = true;
  }

  // ---- messages ----

  private say(cmd: EditCommand, message: string): void {
    this.ctx.info(this.ctx.prefix + message);
  }

  private problem(cmd: EditCommand, message: string): void {
    this.ctx.error(cmd.where + ': ' + message + ' (editing ' + this.file + ')');
  }

  /** Compiles a command's regex; a bad one is that command's error, never a crash (D1). */
  private regex(cmd: EditCommand, i: i32 = 0): Regex | null {
    const re = compilePattern(cmd.arg(i));
    if (re.error != 0) {
      this.problem(cmd, cmd.name + ': invalid regular expression "' + text(cmd.arg(i)) + '": ' +
        regexErrorMessage(re.error) + ' at byte ' + (re.errorAt + 1).toString());
      return null;
    }
    return re;
  }

  /** Whether line i as a whole matches `re` (D2). */
  @inline private matches(re: Regex, i: i32): bool {
    // A line without the bytes every match contains cannot match (one search through the file).
    const required = re.required;
    if (required && !this.lines.contains(i, required)) return false;
    const r = this.lines.match(re, i);
    if (r == MatchResult.OutOfBudget) {
      this.outOfBudget(i);
      return false;
    }
    return r == MatchResult.Match;
  }

  /** The first line index ≥ from that matches the abort pattern, or the number of lines. */
  private boundary(from: i32): i32 {
    const abort = this.abort;
    if (!abort) return this.lines.length;
    for (let i = max(from, 0); i < this.lines.length; i++) if (this.matches(abort, i)) return i;
    return this.lines.length;
  }

  private get hasCurrent(): bool {
    return this.ptr >= 0 && this.ptr < this.lines.length;
  }

  // ---- line changes (keeping the pointer on the same line where it can) ----

  // ---- running ----

  /** Pairs BeginGroup…/ForEachLineIn with their EndGroup/EndLoop; false if unbalanced (D9). */
  private pair(): bool {
    const n = this.commands.length;
    this.ends = new Array<i32>(n).fill(-1);
    const stack: i32[] = [];
    for (let i = 0; i < n; i++) {
      const name = this.commands[i].name;
      if (name.startsWith('BeginGroupIf') || name == 'ForEachLineIn') stack.push(i);
      else if (name == 'EndGroup' || name == 'EndLoop') {
        const want = name == 'EndGroup' ? 'BeginGroupIf' : 'ForEachLineIn';
        if (stack.length == 0 || !this.commands[stack[stack.length - 1]].name.startsWith(want)) {
          this.ctx.error(this.commands[i].where + ': ' + name + ' without a matching ' +
            (name == 'EndGroup' ? 'BeginGroupIf…' : 'ForEachLineIn') + '; ' + this.file + ' is not edited');
          return false;
        }
        this.ends[stack.pop()] = i;
      }
    }
    if (stack.length > 0) {
      const open = this.commands[stack[stack.length - 1]];
      this.ctx.error(open.where + ': ' + open.name + ' has no ' +
        (open.name == 'ForEachLineIn' ? 'EndLoop' : 'EndGroup') + '; ' + this.file + ' is not edited');
      return false;
    }
    return true;
  }

  /** Starts on `content` (its lines: `lines` if the caller has split it already). */
  load(content: Uint8Array, mtime: f64, lines: LineList | null = null): void {
    this.original = content;
    this.lines = lines ? lines : LineList.split(content);
    this.ptr = this.lines.length > 0 ? 0 : -1;
    this.mtime = mtime;
  }

  /** Runs the commands; returns false if the session must not be saved. */
  run(): bool {
    const tracer = this.tracer;
    const n = this.commands.length;
    if (!this.pair()) {
      if (tracer) tracer.skip(0, n, 'file', 'unbalanced groups or loops: the file is not edited');
      return false;
    }
    this.execute(0, n);
    // The rest of the file's commands after the one that ended the session early.
    if (tracer && this.stopped && tracer.stopIndex >= 0) tracer.skip(tracer.stopIndex + 1, n, 'aborted');
    // Other commands that add lines (InsertFile, loops) are checked once, at the end.
    if (!this.failed) {
      const size = this.lines.byteLength();
      if (size > this.growthLimit) this.tooBig('the edits', size);
    }
    return !this.failed;
  }

  private execute(from: i32, to: i32): void {
    const tracer = this.tracer;
    let i = from;
    while (i < to && !this.stopped) {
      const cmd = this.commands[i];
      const name = cmd.name;
      if (name.startsWith('BeginGroupIf')) {
        const end = this.ends[i];
        if (tracer) tracer.before(this);
        const ok = this.groupCondition(cmd);
        if (tracer) {
          tracer.after(this, i, ok ? '"condition":true' : '"condition":false');
          if (!ok) tracer.skip(i + 1, end + 1, 'group');
        }
        if (ok) {
          this.execute(i + 1, end);
          if (tracer && !this.stopped) tracer.passed(this, end);
        }
        i = end + 1;
        continue;
      }
      if (name == 'ForEachLineIn') {
        const end = this.ends[i];
        this.loop(cmd, i, end);
        i = end + 1;
        continue;
      }
      if (tracer) tracer.before(this);
      this.command(cmd);
      if (tracer) tracer.after(this, i, '');
      i++;
    }
  }

  /** ForEachLineIn at index `at`, its EndLoop at `end`. */
  private loop(cmd: EditCommand, at: i32, end: i32): void {
    const tracer = this.tracer;
    if (tracer) tracer.before(this);
    const path = this.ctx.expandText(text(cmd.arg()));
    // The loop file is held to editfilesize as the edited file is: a body runs once per line, and
    // a body that grows the edited file rescans it each pass (100,000 lines took 55 s).
    const limit = this.sizeLimit();
    const info = host.statFile(path);
    if (limit > 0 && info.type == 'file' && info.size > limit) {
      this.problem(cmd, 'ForEachLineIn: ' + path + ' is bigger than the limit editfilesize = ' + (<i64>limit).toString() +
        ' bytes; the rest of this file\'s commands are skipped');
      this.stopped = true;
      if (tracer) {
        tracer.after(this, at, '"iterations":0');
        tracer.skip(at + 1, end + 1, 'loop', 'bigger than editfilesize');
      }
      return;
    }
    const r = host.readFile(path);
    if (!r.ok) {
      // With the host's reason (missing, not a file, refused), as other failed reads are said.
      this.ctx.info(this.ctx.prefix + 'ForEachLineIn: cannot read ' + text(cmd.arg()) + ' (' + host.reasonFor(path, r.message) + '), loop skipped');
      if (tracer) {
        tracer.after(this, at, '"iterations":0');
        tracer.skip(at + 1, end + 1, 'loop', 'cannot read ' + text(cmd.arg()));
      }
      return;
    }
    const items = splitLines(r.bytes);
    let count = 0;
    if (tracer) {
      for (let k = 0; k < items.length; k++) if (items[k].length > 0) count++;
      tracer.after(this, at, '"iterations":' + count.toString());
      if (count == 0) tracer.skip(at + 1, end + 1, 'loop', 'no lines to loop over');
    }
    let n = 0;
    for (let k = 0; k < items.length && !this.stopped; k++) {
      if (items[k].length == 0) continue; // blank lines are skipped (case 061)
      this.setLine = items[k];
      if (tracer) {
        tracer.loopIndex = at;
        tracer.iteration = ++n;
        tracer.loopLine = text(items[k]);
      }
      this.execute(at + 1, end);
      if (tracer && !this.stopped) tracer.passed(this, end);
    }
    if (tracer) tracer.loopIndex = -1;
  }

  private groupCondition(cmd: EditCommand): bool {
    const name = cmd.name;
    const arg = cmd.arg();
    if (name == 'BeginGroupIfFileExists') {
      return host.statFile(text(arg)).type != 'none';
    }
    if (name == 'BeginGroupIfFileIsNewer') {
      const info = host.statFile(text(arg));
      return info.type != 'none' && info.mtime > this.mtime;
    }
    // (The line that makes the condition false is the command's match, in the trace.)
    if (name == 'BeginGroupIfNoLineContaining') {
      for (let i = 0; i < this.lines.length; i++) {
        if (this.lines.contains(i, arg)) { this.hit(i); return false; }
      }
      return true;
    }
    if (name == 'BeginGroupIfNoSuchLine') {
      for (let i = 0; i < this.lines.length; i++) {
        if (this.lines.equals(i, arg)) { this.hit(i); return false; }
      }
      return true;
    }
    if (name == 'BeginGroupIfNoLineMatching') {
      const re = this.regex(cmd);
      if (!re) return false;
      for (let i = 0; i < this.lines.length; i++) {
        if (this.matches(re, i)) { this.hit(i); return false; }
      }
      return true;
    }
    if (name == 'BeginGroupIfNoMatch') {
      const re = this.regex(cmd);
      if (!re) return false;
      if (this.hasCurrent && this.matches(re, this.ptr)) { this.hit(this.ptr); return false; }
      return true;
    }
    this.problem(cmd, 'unknown editfiles command ' + name);
    return false;
  }

  /** editfilesize in bytes (0: none). The session began, so it is digits (editfiles.ts byteCount). */
  private sizeLimit(): f64 {
    const v = this.ctx.controlValue('editfilesize', '1000').trim();
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return 0;
    }
    return v.length == 0 ? 0 : parseFloat(v);
  }

  /** Parses a quoted decimal argument; null if it is not a number. */
  private number(cmd: EditCommand): string | null {
    const s = text(cmd.arg()).trim();
    if (s.length == 0) return null;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!((c >= 0x30 && c <= 0x39) || (i == 0 && (c == 0x2d || c == 0x2b)))) return null;
    }
    return s;
  }

  private command(cmd: EditCommand): void {
    const name = cmd.name;
    const arg = cmd.arg();

    // -- registers --
    if (name == 'AutoCreate' || name == 'EndGroup' || name == 'EndLoop' || name == 'DefineClasses') {
      if (name == 'DefineClasses') {
        const list = text(arg);
        let start = 0;
        for (let i = 0; i <= list.length; i++) {
          const c = i < list.length ? list.charAt(i) : ':';
          if (c == ':' || c == ',' || c == '.') {
            if (i > start) this.classesToDefine.push(list.substring(start, i));
            start = i + 1;
          }
        }
      }
      return;
    }
    if (name == 'SetCommentStart') { this.commentStart = arg; return; }
    if (name == 'SetCommentEnd') { this.commentEnd = arg; return; }
    if (name == 'SetLine') { this.setLine = arg; return; }
    if (name == 'SetScript') { this.script = text(arg); return; }
    if (name == 'SplitOn') { this.splitOn = arg.length > 0 ? arg[0] : 0x3a; return; }
    if (name == 'AbortAtLineMatching') { this.abort = this.regex(cmd); return; }
    if (name == 'UnsetAbort') { this.abort = null; return; }

    // -- adding lines --
    if (name == 'Append') { this.lines.push(arg); return; }
    if (name == 'Prepend') { this.prepend(arg); return; }
    if (name == 'AppendIfNoSuchLine' || name == 'PrependIfNoSuchLine') {
      // An empty string adds nothing (decision B: cfengine's IsItemIn never adds "").
      if (arg.length == 0) return;
      for (let i = 0; i < this.lines.length; i++) {
        if (this.lines.equals(i, arg)) { this.hit(i); return; }
      }
      if (name == 'AppendIfNoSuchLine') this.lines.push(arg); else this.prepend(arg);
      return;
    }
    if (name == 'AppendIfNoLineMatching' || name == 'PrependIfNoLineMatching') {
      const line = this.setLine;
      if (!line) {
        this.problem(cmd, 'SetLine not set when calling ' + name + '; command skipped');
        return;
      }
      const re = this.regex(cmd);
      if (!re) return;
      const limit = this.boundary(0); // lines beyond an abort boundary are not seen (case 115)
      for (let i = 0; i < limit; i++) {
        if (this.matches(re, i)) { this.hit(i); return; }
      }
      if (name == 'AppendIfNoLineMatching') this.lines.push(line); else this.prepend(line);
      return;
    }
    if (name == 'AppendToLineIfNotContains') {
      if (!this.hasCurrent) return;
      if (!this.lines.contains(this.ptr, arg)) this.lines.set(this.ptr, concat(this.lines.get(this.ptr), arg));
      return;
    }
    if (name == 'InsertLine') {
      this.insertAfterCurrent([arg]);
      return;
    }
    if (name == 'InsertFile') {
      const r = host.readFile(text(arg));
      if (!r.ok) {
        this.ctx.info(this.ctx.prefix + 'InsertFile: cannot read ' + text(arg) + ', nothing inserted');
        return;
      }
      const extra = splitLines(r.bytes);
      if (extra.length > 0) this.insertAfterCurrent(extra);
      return;
    }
    if (name == 'AutomountDirectResources') { this.automount(arg); return; }

    // -- whole-file deletes, comments and warnings --
    if (name == 'DeleteLinesMatching' || name == 'DeleteLinesStarting' || name == 'DeleteLinesContaining') {
      this.forEachSelected(cmd, 0, 1);
      return;
    }
    if (name == 'DeleteLinesAfterThisMatching') {
      if (!this.hasCurrent) return;
      this.forEachSelected(cmd, this.ptr + 1, 1);
      return;
    }
    if (name == 'CommentLinesMatching' || name == 'CommentLinesStarting') {
      this.forEachSelected(cmd, 0, 2);
      return;
    }
    if (name.startsWith('HashCommentLines') || name.startsWith('PercentCommentLines') ||
        name.startsWith('SlashCommentLines')) {
      this.forEachSelected(cmd, 0, 3);
      return;
    }
    if (name == 'UnCommentLinesMatching' || name == 'UnCommentLinesContaining') {
      this.forEachSelected(cmd, 0, 4);
      return;
    }
    if (name.startsWith('WarnIf')) { this.warnIf(cmd); return; }

    // -- the pointer --
    if (name == 'LocateLineMatching') {
      const re = this.regex(cmd);
      if (!re) return;
      const limit = this.boundary(max(this.ptr, 0));
      const needle = this.needleOf(re, arg);
      for (let i = this.next(needle, max(this.ptr, 0), limit); i < limit; i = this.next(needle, i + 1, limit)) {
        if (this.matches(re, i)) {
          this.hit(i);
          this.ptr = i;
          return;
        }
      }
      this.ctx.info(this.ctx.prefix + 'LocateLineMatching: no line matches "' + text(arg) +
        '" in ' + this.file + '; the rest of this file\'s commands are skipped');
      this.stopped = true;
      return;
    }
    if (name == 'GotoLastLine') { this.ptr = this.lines.length - 1; return; }
    if (name == 'ResetSearch') { this.resetSearch(cmd); return; }
    if (name == 'IncrementPointer') {
      const n = this.number(cmd);
      if (!n || atoiSaturating(n!) == 0) {
        this.problem(cmd, 'IncrementPointer needs a non-zero number, not "' + text(arg) + '"; editing aborted');
        this.stopped = true;
        return;
      }
      if (this.lines.length == 0) return;
      if (this.ptr < 0) this.ptr = 0;
      // The pointer bumps into the first and last lines (L8555-8559).
      // In i64: a step of 2^31-1 from any line would wrap to before the first line.
      this.ptr = <i32>min<i64>(max<i64>(<i64>this.ptr + <i64>atoiSaturating(n!), 0), <i64>(this.lines.length - 1));
      return;
    }
    if (name == 'BreakIfLineMatches') {
      const re = this.regex(cmd);
      if (re && this.hasCurrent && this.matches(re, this.ptr)) {
        this.hit(this.ptr);
        this.stopped = true;
      }
      return;
    }
    if (name == 'ReplaceLineWith') {
      if (this.hasCurrent) this.lines.set(this.ptr, arg);
      return;
    }
    if (name == 'DeleteNLines' || name == 'CommentNLines' || name == 'UnCommentNLines') {
      this.nLines(cmd);
      return;
    }
    if (name == 'DeleteToLineMatching' || name == 'CommentToLineMatching') {
      this.toLine(cmd);
      return;
    }
    if (name == 'EmptyEntireFilePlease') {
      this.lines.clear();
      this.ptr = -1;
      return;
    }
    if (name == 'ReplaceAll') { this.replaceAll(cmd); return; }
    if (name == 'ReplaceLinesMatchingField') { this.replaceField(cmd); return; }
    if (name == 'FixEndOfLine') { this.fixEndOfLine(cmd); return; }
    if (name == 'RunScript' || name == 'RunScriptIfLineMatching' || name == 'RunScriptIfNoLineMatching') {
      this.runScript(cmd);
      return;
    }
    this.problem(cmd, 'unknown editfiles command ' + name);
  }

  private prepend(line: Uint8Array): void {
    this.lines.insert(0, [line]);
    if (this.ptr >= 0) this.ptr++;
  }

  /** InsertLine / InsertFile: after the current line, the pointer on the last inserted (D3). */
  private insertAfterCurrent(extra: Uint8Array[]): void {
    let at = this.ptr < 0 ? 0 : min(this.ptr + 1, this.lines.length);
    this.lines.insert(at, extra);
    this.ptr = at + extra.length - 1;
  }

  /**
   * Applies `action` (1 delete, 2 comment with the comment registers, 3 hash/percent/slash
   * comment, 4 uncomment) to every line from `from` up to the abort boundary selected by the
   * command's test (Matching: regex, Starting: prefix, Containing: substring).
   */
  private forEachSelected(cmd: EditCommand, from: i32, action: i32): void {
    const name = cmd.name;
    const arg = cmd.arg();
    let re: Regex | null = null;
    if (name.endsWith('Matching')) {
      re = this.regex(cmd);
      if (!re) return;
    }
    let prefix = this.commentStart;
    let suffix = this.commentEnd;
    if (action == 3) {
      prefix = name.startsWith('Hash') ? HASH : name.startsWith('Percent') ? PERCENT : SLASH;
      suffix = new Uint8Array(0);
    }
    const limit = this.boundary(from);
    const starting = name.endsWith('Starting');
    const needle = this.needleOf(re, arg);
    if (action == 1) {
      // Deletions in one pass, survivors moved down (splicing line by line would be quadratic).
      let kept = 0; // lines [0, kept) are final; [run, i) survive and move down to kept
      let run = 0;
      let removedBeforePtr = 0;
      const n = this.lines.length;
      for (let i = this.next(needle, from, limit); i < limit; i = this.next(needle, i + 1, limit)) {
        if (!this.selects(re, starting, arg, i)) continue;
        this.hit(i);
        this.lines.moveDown(run, kept, i - run);
        kept += i - run;
        run = i + 1;
        if (i < this.ptr) removedBeforePtr++;
      }
      this.lines.moveDown(run, kept, n - run);
      this.lines.truncate(kept + n - run);
      // The pointer stays on its line, or on the next one that survived.
      if (this.ptr >= 0) this.ptr = min(this.ptr - removedBeforePtr, this.lines.length - 1);
      return;
    }
    for (let i = this.next(needle, from, limit); i < limit; i = this.next(needle, i + 1, limit)) {
      if (!this.selects(re, starting, arg, i)) continue;
      this.hit(i);
      if (action == 2 || action == 3) {
        // A line already beginning with the comment start is left alone (idempotent, D6).
        if (!this.lines.startsWith(i, prefix)) this.lines.wrap(i, prefix, suffix);
      } else {
        this.uncomment(i);
      }
    }
  }

  /**
   * Bytes every line a command's test selects contains (a regex's required bytes or prefix, the
   * prefix or substring itself), or null: the lines without them are passed over at once (next).
   */
  private needleOf(re: Regex | null, arg: Uint8Array): Uint8Array | null {
    if (re) return re.required ? re.required : re.prefix;
    return arg.length > 0 ? arg : null;
  }

  /** The first line from i (below end) that may hold `needle` (all of them when it is null). */
  @inline private next(needle: Uint8Array | null, i: i32, end: i32): i32 {
    return needle ? this.lines.skipWithout(i, end, needle) : i;
  }

  /** The test of a …Matching (regex), …Starting (prefix) or …Containing (substring) command. */
  @inline private selects(re: Regex | null, starting: bool, arg: Uint8Array, i: i32): bool {
    return re ? this.matches(re, i) : starting ? this.lines.startsWith(i, arg) : this.lines.contains(i, arg);
  }

  /**
   * UnCommentLines…: a line holding the comment start loses it (from just after its leading
   * white space) and, with a comment end, everything from the end's last occurrence (case 110).
   */
  private uncomment(i: i32): void {
    const line = this.lines.get(i);
    const start = this.commentStart;
    if (start.length == 0 || indexOf(line, start) < 0) return;
    let ws = 0;
    while (ws < line.length && (line[ws] == 0x20 || line[ws] == 0x09)) ws++;
    if (!startsWith(slice(line, ws), start)) return;
    let out = concat(slice(line, 0, ws), slice(line, ws + start.length));
    const end = this.commentEnd;
    if (end.length > 0) {
      const at = lastIndexOf(out, end);
      if (at >= 0) out = slice(out, 0, at);
    }
    this.lines.set(i, out);
  }

  private warnIf(cmd: EditCommand): void {
    const name = cmd.name;
    const arg = cmd.arg();
    const negative = name.startsWith('WarnIfNo');
    let re: Regex | null = null;
    if (name.endsWith('Matching') || name == 'WarnIfNoSuchLine') {
      re = this.regex(cmd);
      if (!re) return;
    }
    let found = false;
    const starting = name.endsWith('Starting');
    const needle = this.needleOf(re, arg);
    const n = this.lines.length;
    for (let i = this.next(needle, 0, n); i < n && !found; i = this.next(needle, i + 1, n)) {
      found = this.selects(re, starting, arg, i);
      if (found) this.hit(i);
    }
    if (found == negative) return;
    // The texts of cfengine 2 (case 120), including its "has a no line matching".
    let what: string;
    if (name == 'WarnIfLineContaining') what = 'has a line containing';
    else if (name == 'WarnIfLineMatching') what = 'has a line matching';
    else if (name == 'WarnIfLineStarting') what = 'has a line starting';
    else if (name == 'WarnIfNoLineContaining') what = 'has no line containing';
    else if (name == 'WarnIfNoLineMatching') what = 'has a no line matching';
    else if (name == 'WarnIfNoLineStarting') what = 'has no line starting';
    else what = 'has no line matching';
    this.ctx.warn('Warning, file ' + this.file + ' ' + what + ' ' + text(arg));
  }

  private resetSearch(cmd: EditCommand): void {
    const s = text(cmd.arg()).trim();
    if (s == 'EOF') { // D18
      this.ptr = this.lines.length - 1;
      return;
    }
    const n = this.number(cmd);
    if (!n || atoiSaturating(n!) < 1) {
      this.problem(cmd, 'ResetSearch needs a line number or EOF, not "' + s + '"; editing aborted');
      this.stopped = true;
      return;
    }
    const line = atoiSaturating(n!);
    if (line > this.lines.length) {
      this.ctx.info(this.ctx.prefix + 'Search for (' + line.toString() + ') begins after end of file!! (' +
        this.file + '); the rest of this file\'s commands are skipped');
      this.stopped = true;
      return;
    }
    this.ptr = line - 1;
  }

  /** DeleteNLines / CommentNLines / UnCommentNLines from the current line. */
  private nLines(cmd: EditCommand): void {
    const name = cmd.name;
    const n = this.number(cmd);
    if (!n || atoiSaturating(n!) < 1) {
      this.problem(cmd, name + ' needs a positive number, not "' + text(cmd.arg()) + '"; editing aborted');
      this.stopped = true;
      return;
    }
    const want = atoiSaturating(n!);
    if (!this.hasCurrent) return;
    const limit = this.boundary(this.ptr);
    const total = this.lines.length;
    let done = 0;
    let i = this.ptr;
    if (name == 'DeleteNLines') {
      while (done < want && i + done < limit) done++;
      this.lines.remove(i, done);
      const reachedBoundary = done < want && limit < total;
      this.ptr = min(i, this.lines.length - 1);
      if (done < want) {
        this.ctx.warn(this.ctx.prefix + 'DeleteNLines deleted only ' + done.toString() + ' lines (not ' +
          want.toString() + ')');
      }
      if (reachedBoundary) this.stopped = true; // the abort boundary ends the block (case 117)
      return;
    }
    while (done < want && i < limit) {
      if (name == 'CommentNLines') {
        if (!this.lines.startsWith(i, this.commentStart)) {
          this.lines.wrap(i, this.commentStart, this.commentEnd);
        }
      } else {
        this.uncommentOne(i);
      }
      i++;
      done++;
    }
    // The pointer goes to the line after the block (cases 036, 051).
    this.ptr = min(i, this.lines.length - 1);
  }

  /** UnCommentNLines (D21): start and end delimiters removed independently, where present. */
  private uncommentOne(i: i32): void {
    let line = this.lines.get(i);
    const start = this.commentStart;
    const end = this.commentEnd;
    let ws = 0;
    while (ws < line.length && (line[ws] == 0x20 || line[ws] == 0x09)) ws++;
    if (start.length > 0 && startsWith(slice(line, ws), start)) {
      line = concat(slice(line, 0, ws), slice(line, ws + start.length));
    }
    if (end.length > 0) {
      let e = line.length;
      while (e > 0 && (line[e - 1] == 0x20 || line[e - 1] == 0x09)) e--;
      const body = slice(line, 0, e);
      if (endsWith(body, end)) line = concat(slice(body, 0, body.length - end.length), slice(line, e));
    }
    this.lines.set(i, line);
  }

  /** DeleteToLineMatching (D4, up to but not the match) and CommentToLineMatching (D22, including). */
  private toLine(cmd: EditCommand): void {
    const re = this.regex(cmd);
    if (!re || !this.hasCurrent) return;
    const limit = this.boundary(this.ptr);
    let target = -1;
    for (let i = this.ptr; i < limit; i++) {
      if (this.matches(re!, i)) {
        target = i;
        this.hit(i);
        break;
      }
    }
    if (target < 0) {
      this.ctx.info(this.ctx.prefix + cmd.name + ': no line matches "' + text(cmd.arg()) + '" in ' +
        this.file + '; the rest of this file\'s commands are skipped');
      this.stopped = true;
      return;
    }
    if (cmd.name == 'DeleteToLineMatching') {
      const count = target - this.ptr;
      this.lines.remove(this.ptr, count);
      return;
    }
    for (let i = this.ptr; i <= target; i++) {
      if (!this.lines.startsWith(i, this.commentStart)) {
        this.lines.wrap(i, this.commentStart, this.commentEnd);
      }
    }
  }

  /** ReplaceAll … With (D20): every line, the abort boundary ignored (case 116). */
  private replaceAll(cmd: EditCommand): void {
    const re = this.regex(cmd);
    if (!re) return;
    const replacement = cmd.arg(1);
    let replaced = false;
    // One builder for every line, and replaced lines copied into the line list's chunks: an
    // allocation per line is most of the cost on big files.
    const out = new ByteBuilder();
    const prefix = re!.prefix;
    let size = this.lines.byteLength();
    const tracer = this.tracer;
    const spans: i32[] | null = tracer ? [] : null; // where the matches were, for the trace
    // A line without the pattern's literal prefix holds no match (one search through the file).
    const lines = this.lines.length;
    for (let i = this.next(prefix, 0, lines); i < lines; i = this.next(prefix, i + 1, lines)) {
      if (prefix && !this.lines.contains(i, prefix!)) continue;
      out.length = 0;
      const n = replaceAll(re!, this.lines.buffer(i), this.lines.base(i), this.lines.lineLength(i), replacement, out, spans);
      if (n < 0) {
        this.outOfBudget(i);
        return;
      }
      if (n > 0) {
        size += <f64>(out.length - this.lines.lineLength(i));
        if (size > this.growthLimit) {
          this.tooBig('ReplaceAll', size);
          return;
        }
        if (tracer) {
          tracer.lineSpans(i, spans!);
          spans!.length = 0;
        }
        this.lines.setCopy(i, out.data.dataStart, out.length);
        replaced = true;
      }
    }
    // Only a ReplaceAll that replaced something leaves the pointer at the end (case 187).
    if (replaced) this.ptr = this.lines.length;
  }

  /** The `n`-th (1-based) field of `line` split on the SplitOn byte, or null. */
  private field(line: Uint8Array, n: i32): Uint8Array | null {
    let k = 1;
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i == line.length || line[i] == this.splitOn) {
        if (k == n) return slice(line, start, i);
        k++;
        start = i + 1;
      }
    }
    return null;
  }

  private replaceField(cmd: EditCommand): void {
    const n = this.number(cmd);
    const line = this.setLine;
    if (!n || atoiSaturating(n!) < 1 || !line) {
      this.problem(cmd, 'ReplaceLinesMatchingField needs SetLine (or ForEachLineIn) and a field number');
      return;
    }
    const key = this.field(line!, atoiSaturating(n!));
    if (!key) return;
    for (let i = 0; i < this.lines.length; i++) {
      const f = this.field(this.lines.get(i), atoiSaturating(n!));
      if (f && bytesEqual(f!, key!)) {
        this.hit(i);
        this.lines.set(i, line!);
      }
    }
  }

  private fixEndOfLine(cmd: EditCommand): void {
    const mode = text(cmd.arg()).trim().toLowerCase();
    if (mode == 'unix') {
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines.get(i);
        const cr = indexOf(line, utf8('\r'));
        if (cr >= 0) this.lines.set(i, slice(line, 0, cr)); // case 059: cut at the first CR
      }
    } else if (mode == 'dos') {
      const crb = utf8('\r');
      for (let i = 0; i < this.lines.length; i++) {
        const line = this.lines.get(i);
        if (!endsWith(line, crb)) this.lines.set(i, concat(line, crb));
      }
    } else {
      this.problem(cmd, 'FixEndOfLine: unknown file format "' + mode + '" (dos or unix)');
    }
  }

  private automount(options: Uint8Array): void {
    const mountables = this.ctx.mountables;
    for (let m = 0; m < mountables.length; m++) {
      const resource = mountables[m];
      const colon = resource.indexOf(':');
      if (colon < 0) continue;
      const path = utf8(resource.substring(colon + 1));
      let present = false;
      for (let i = 0; i < this.lines.length && !present; i++) present = this.lines.contains(i, path);
      if (present) continue;
      this.lines.push(concat(concat(concat(path, utf8('\t')), options), utf8('\t' + resource)));
    }
  }

  private runScript(cmd: EditCommand): void {
    const name = cmd.name;
    let command = name == 'RunScript' ? text(cmd.arg()) : this.script;
    if (!command) {
      this.problem(cmd, name + ' without SetScript; command skipped');
      return;
    }
    if (name != 'RunScript') {
      const re = this.regex(cmd);
      if (!re) return;
      let found = false;
      for (let i = 0; i < this.lines.length && !found; i++) {
        found = this.matches(re!, i);
        if (found) this.hit(i);
      }
      if (found != (name == 'RunScriptIfLineMatching')) return;
    }
    // The script gets the file and the hard class (L8654-8667); the file's name as one word.
    const script = command! + ' ' + shellWord(this.file) + ' ' + this.ctx.hardClass;
    if (this.ctx.dryRun || this.ctx.noCommands) {
      this.ctx.info(this.ctx.prefix + (this.ctx.dryRun ? 'would run' : 'scripts are switched off (-s): not running') +
        ' script ' + command! + ' on ' + this.file);
      if (this.ctx.dryRun) change.noteCommand(this.ctx, script);
      return;
    }
    // Edits so far are saved first.
    if (!this.save()) return;
    // The file as "$1", which the host resolves (under --root, inside it): `script` is what is shown.
    const options = this.ctx.execOptions();
    options.paths = [this.file];
    const r = host.exec(command! + ' "$1" ' + this.ctx.hardClass, options);
    if (!r.available) {
      this.problem(cmd, name + ': ' + r.output);
      return;
    }
    change.noteCommand(this.ctx, script);
    const reread = host.readFile(this.file);
    if (reread.ok) this.load(reread.bytes, host.statFile(this.file).mtime);
  }

  /** The edited text, as it would be written. */
  content(): Uint8Array {
    return this.lines.join();
  }

  get changed(): bool {
    // A file whose last line has no newline is not changed by reading it (L3860-3868: no edit
    // made, nothing saved); an edit that is made writes that newline too.
    return !this.lines.joinsTo(this.original, true);
  }

  /**
   * Saves if the text differs from the file (D7), keeping the old file as FILE.cfsaved. `last`:
   * the session's lines are not used again (its end, not a RunScript's save), so the text may be
   * joined over the file as read (LineList.joinInPlace) instead of into a second buffer.
   */
  save(last: bool = false): bool {
    if (!this.changed) return true;
    const inPlace = last && !this.tracer ? this.lines.joinInPlace() : null;
    const content = inPlace ? inPlace : this.content();
    // A file saved a second time in one run loses its backup, as in cfengine 2 ("Multiple update
    // will cause loss of backup", cases 102 and 171): the first backup is not overwritten with an
    // intermediate version, it is removed.
    // Edited through a symbolic link, the file is the one it leads to, and its backup goes beside
    // that file (as the agent does), not beside the link.
    const saved = host.statFile(this.file, false).type == 'link' ? truePath(this.file) : this.file;
    const backup = this.ctx.backupPath(saved, '.cfsaved');
    const again = this.ctx.savedFiles.has(this.file);
    const r = change.save(this.ctx, this.file, content, again ? null : backup);
    if (r.status == HostStatus.Changed) {
      this.changedUnder = true;
      this.stopped = true;
      return false;
    }
    if (again && r.ok) {
      change.remove(this.ctx, backup);
      this.ctx.warn(this.ctx.prefix + this.file + ' was saved more than once in this run: its backup is lost');
    }
    this.ctx.savedFiles.add(this.file);
    if (!r.ok) {
      this.ctx.error(this.ctx.prefix + 'could not save ' + this.file + ': ' + host.reasonFor(this.file, r.message));
      this.ctx.exitCode = 1;
      return false;
    }
    this.ctx.info(this.ctx.prefix + (this.ctx.dryRun ? 'would edit file ' : 'Edited file ') + this.file);
    this.original = content;
    return true;
  }
}

/**
 * @fileoverview The state of one run: the defined classes (L1504-1760), the variables
 * (L1761-2070, D10), the options and the log. The class evaluator and variable expansion live
 * here because every action needs both.
 */
import { JKind, JValue, parseJson, quoteJson } from '../util/json';
import * as host from '../host';
import { SetuidLog } from '../actions/setuid';
import { Locks } from './locks';
import { Trace } from './trace';
import { JsonRecords } from './records';
import { TextBuilder } from '../util/text';

/** A log record read back (the log itself is kept as JSON bytes: run/records.ts). */
export class LogEntry {
  level: string;
  message: string;
  /** The item said inform=true: shown even when the run is not verbose. */
  inform: bool = false;
  /** The item said syslog=true: also sent to syslog. */
  syslog: bool = false;
  constructor(level: string, message: string) {
    this.level = level;
    this.message = message;
  }
}

/** The longest value a variable's expansion may give (characters); longer is an error (RunContext.tooLong). */
export const MAX_VALUE: i32 = 1 << 20;
/** What a value longer than MAX_VALUE gives: a NUL, which no file name or command can hold. */
export const TOO_LONG = '\0';
/** The most characters a value's list (expandList) may hold in all (a policy holds at most 16 MiB). */
const MAX_LIST_CHARS: i32 = 32 << 20;

/** A value's parts as written, `$(name)` for a variable, for a message (at most 60 characters and …). */
function written(parts: JValue[]): string {
  let out = '';
  for (let i = 0; i < parts.length && out.length <= 60; i++) {
    const p = parts[i];
    out += p.get('kind').asString() == 'text' ? p.get('text').asString() : '$(' + p.get('name').asString() + ')';
  }
  return out;
}

/** Special variables (L1845-1996); their names are case-insensitive (D10). */
const SPECIAL_FIXED = new Map<string, string>();
SPECIAL_FIXED.set('cr', '\r');
SPECIAL_FIXED.set('dblquote', '"');
SPECIAL_FIXED.set('dollar', '$');
SPECIAL_FIXED.set('lf', '\n');
SPECIAL_FIXED.set('n', '\n');
SPECIAL_FIXED.set('quote', "'");
SPECIAL_FIXED.set('spc', ' ');
SPECIAL_FIXED.set('tab', '\t');

/** Special variables whose value comes from the host or the run (`lookup` answers each). */
export const SPECIAL_COMPUTED: string[] = ['host', 'fqhost', 'class', 'arch', 'allclasses', 'binserver', 'faculty', 'site'];

/** The names of the fixed special variables ($(cr), $(tab), …). */
export function fixedSpecialNames(): string[] {
  return SPECIAL_FIXED.keys();
}

/** Control variables that are not macros: their names are case-insensitive (L1949-1952). */
export const CONTROL_NAMES: string[] = ['access', 'actionsequence', 'addclasses', 'copylinks', 'domain',
  'dryrun', 'editfilesize', 'excludecopy', 'excludelinks', 'expireafter', 'homepattern', 'ifelapsed',
  'inform', 'interfacename', 'linkcopies', 'mountpattern', 'netmask', 'nfstype', 'repchar',
  'repository', 'sensiblecount', 'sensiblesize', 'splaytime', 'site', 'faculty', 'split', 'sysadm',
  'syslog', 'timezone', 'verbose', 'warnings', 'outputprefix', 'maxcfengines', 'underscoreclasses',
  'moduledirectory', 'secureinput', 'fileextensions', 'suspiciousnames', 'defaultcopytype', 'compresscommand',
  'trustkeysfrom', 'port', 'remotetimeout', 'remoteentries'];

/**
 * The control settings that are lists: a second definition adds to the first, also under another
 * class (L6685-6696, L6781-6817), as the agent does for each of these.
 */
export const CONTROL_LISTS: string[] = ['access', 'actionsequence', 'addclasses', 'copylinks', 'excludecopy',
  'excludelinks', 'linkcopies', 'mountpattern', 'homepattern', 'timezone', 'suspiciousnames', 'fileextensions',
  'trustkeysfrom'];

export function isControlList(lowerName: string): bool {
  return CONTROL_LISTS.includes(lowerName);
}

export function isControlName(name: string): bool {
  return CONTROL_NAMES.includes(name.toLowerCase());
}

export class RunContext {
  classes: Set<string> = new Set<string>();
  /** -N classes: never defined, whatever tries (L2109-2123, case 133). */
  negated: Set<string> = new Set<string>();
  /** User macros (case-sensitive) and control variables (stored lower-case). */
  macros: Map<string, string> = new Map<string, string>();
  control: Map<string, string[]> = new Map<string, string[]>();
  env: Map<string, string> = new Map<string, string>();
  /** Entries of the mountables section (AutomountDirectResources, L8411). */
  mountables: string[] = [];
  /** The binservers section's host names (L3300-3330). */
  binserverNames: string[] = [];

  /** The binary servers, this host first (every host is one for itself, L9741). */
  binservers(): string[] {
    const out: string[] = [this.host, this.fqhost];
    for (let i = 0; i < this.binserverNames.length; i++) out.push(this.binserverNames[i]);
    return out;
  }

  /** -L: links to nothing are removed, outside home directories (L14634). */
  deadLinks: string = '';
  /** -l: sweeps follow links to directories unless an item says otherwise (L14629). */
  traverseLinks: bool = false;
  /** -E: every link is forced, as with ->! (L14590). */
  enforceLinks: bool = false;
  /** -u: commands get CFALLCLASSES in their environment (L14680). */
  useEnv: bool = false;

  /** How commands run by default: with CFALLCLASSES in their environment under -u. */
  execOptions(): host.ExecOptions {
    const options = new host.ExecOptions();
    if (this.useEnv) options.env = '{"CFALLCLASSES":' + quoteJson(this.lookup('allclasses').substring(13)) + '}';
    return options;
  }
  /** Names every sweep passes over (the ignore section, L9426). */
  ignore: string[] = [];
  /** Files saved by editfiles in this run (a second save loses the backup). */
  savedFiles: Set<string> = new Set<string>();
  /** The host's clock, seconds since the epoch (D11). */
  now: f64 = 0;
  host: string = '';
  fqhost: string = '';
  hardClass: string = '';
  arch: string = '';
  /** The host's standard time zone abbreviation (a fact; checktimezone). */
  timezone: string = 'UTC';
  dryRun: bool = false;
  noEdits: bool = false;
  /** The most bytes an edited file may grow to (0: the default rule, editfiles.ts). */
  editGrowthLimit: f64 = 0;
  /** -s: no shellcommands or scripts. */
  noCommands: bool = false;
  /** -k: no processes action. */
  noProcesses: bool = false;
  /** The log: {"level","message"[,"inform"][,"syslog"]} records (logEntry reads one back). */
  log: JsonRecords = new JsonRecords();
  /** The host's user and group databases, read on first use. */
  accounts: host.Accounts | null = null;

  userAccounts(): host.Accounts {
    if (!this.accounts) this.accounts = host.accounts();
    return this.accounts!;
  }

  /** The setuid log, read on first use (actions/setuid.ts). */
  setuidLog: SetuidLog | null = null;
  /** IfElapsed/ExpireAfter (run/locks.ts). */
  locks: Locks = new Locks();
  /** The process id of the run (a host fact; marks the locks it holds). */
  pid: f64 = 0;
  /** The gid the run has (a host fact). */
  gid: i32 = 0;
  /** The uid the run has (0: root; a host fact). */
  uid: i32 = 0;
  /** Every change made (or, under dry run, planned), as JSON objects (run/changes.ts). */
  changes: JsonRecords = new JsonRecords();
  exitCode: i32 = 0;
  /** Servers copy server= could not use (said once; their other copies are passed over). */
  failedServers: string[] = [];
  /** cfengine 2 copy words already said to be implied (copy-remote.ts). */
  remoteNoted: string[] = [];

  /** The run's trace (run/trace.ts), or null: every trace hook is this one check. */
  trace: Trace | null = null;
  /** Where classes defined now come from, for the trace (set by the driver while tracing). */
  originKind: string = 'hard';
  originDetail: string = '';

  define(name: string): void {
    if (name.length == 0 || this.negated.has(name)) return;
    const trace = this.trace;
    if (trace && !this.classes.has(name)) trace.origin(name, this.originKind, this.originDetail);
    this.classes.add(name);
  }

  isDefined(name: string): bool {
    return this.classes.has(name);
  }

  /** The item being run said inform=true / syslog=true (actions/options.ts readOptions). */
  itemInform: bool = false;
  itemSyslog: bool = false;

  /**
   * Info lines are kept (omitInfo is false, the default), or the policy asks for them: Inform,
   * Verbose or Syslog on in control (set by the driver once control is read).
   */
  keepsInfo: bool = true;

  /** Whether a line at `level` is kept: a caller may skip making one that is not. */
  logs(level: string): bool {
    return this.keepsInfo || this.itemInform || this.itemSyslog || level != 'info';
  }

  private entry(level: string, message: string): void {
    if (!this.logs(level)) return;
    this.beginLog(level).chars(message);
    this.endLog();
  }

  /**
   * Starts a log record at `level` whose message the caller appends (log.chars, log.raw, log.octal), then
   * endLog(): a line per file in a sweep, written without building the message as a string.
   */
  beginLog(level: string): JsonRecords {
    return this.log.open().raw('{"level":"').raw(level).raw('","message":"');
  }

  endLog(): void {
    this.log.raw('"');
    if (this.itemInform) this.log.raw(',"inform":true');
    if (this.itemSyslog) this.log.raw(',"syslog":true');
    this.log.raw('}').close();
  }

  /** Log record k, read back. */
  logEntry(k: i32): LogEntry {
    const j = parseJson(this.log.entry(k));
    const e = new LogEntry(j.get('level').asString(), j.get('message').asString());
    e.inform = j.has('inform');
    e.syslog = j.has('syslog');
    return e;
  }

  info(message: string): void {
    this.entry('info', message);
  }

  warn(message: string): void {
    this.entry('warning', message);
  }

  error(message: string): void {
    this.entry('error', message);
  }

  /**
   * A line a command printed (level "output"): always kept and shown, as the agent prints what its
   * commands say whatever its switches; `command` names the command it came from.
   */
  output(message: string, command: string): void {
    this.beginLog('output').chars(message);
    this.log.raw('","command":"').chars(command);
    this.endLog();
  }

  /** A copy that failed (a server down or refusing, a broken transfer, a refused name): said, and the run exits 1. */
  copyFailed(message: string): void {
    this.entry('error', message);
    this.exitCode = 1;
  }

  /** Prefix of messages, as the manual's `cfengine:HOST:` (D24). */
  get prefix(): string {
    // Asked for every log line (once per file in a sweep): made again only when the host changes.
    if (changetype<usize>(this.host) != changetype<usize>(this.prefixHost)) {
      this.prefixHost = this.host;
      this.prefixText = 'cfengine:' + this.host + ': ';
    }
    return this.prefixText;
  }
  private prefixHost: string | null = null;
  private prefixText: string = '';

  /** An on/off control variable (Inform, Verbose, Warnings, Syslog: L6950-7480). */
  onOff(name: string, fallback: bool): bool {
    const v = lowered(this.controlValue(name, fallback ? 'on' : 'off'));
    return v == 'on' || v == 'true' || v == 'yes';
  }

  /** A control variable's first value, or `fallback`. */
  controlValue(name: string, fallback: string): string {
    const key = lowered(name);
    if (!this.control.has(key)) return fallback;
    const v = this.control.get(key);
    return v.length > 0 ? v[0] : fallback;
  }

  /**
   * Where the old version of `file` is kept (D7, L3940-3957): FILE + suffix beside it, or in the
   * repository under the path with each `/` turned into RepChar (L7208-7241).
   */
  backupPath(file: string, suffix: string): string {
    const repository = this.controlValue('repository', '');
    if (repository.length == 0) return file + suffix;
    return repository + '/' + file.replaceAll('/', this.controlValue('repchar', '_')) + suffix;
  }

  /**
   * Class expressions (L1547-1640) as host/ir builds them: null is `any`, AND and OR are n-ary
   * (an OR of nothing is false), an AND with a blank operand is false (D26). The IR's depth is
   * bounded by the host (MAX_CLASS_DEPTH), so recursing over it is safe; the long lists are loops.
   */
  evaluate(expr: JValue): bool {
    if (expr.kind == JKind.Null) return true;
    const kind = expr.get('kind').asString();
    if (kind == 'class') return this.isDefined(expr.get('name').asString());
    if (kind == 'not') return !this.evaluate(expr.get('operand'));
    if (kind == 'and') {
      if (expr.get('blank').asBool()) return false;
      const operands = expr.get('operands').list();
      for (let i = 0; i < operands.length; i++) if (!this.evaluate(operands[i])) return false;
      return true;
    }
    if (kind == 'or') {
      const operands = expr.get('operands').list();
      for (let i = 0; i < operands.length; i++) if (this.evaluate(operands[i])) return true;
      return false;
    }
    return false;
  }

  /**
   * Evaluates a class expression written in text (a group member: `linux.any`, `x|linux`, `!x`,
   * D25) by the selector rules of host/ir/class-expression.ts (D26), without recursion. Text
   * that is not well formed is read leniently: a stray `)` or `!` is ignored, an unclosed `(` is
   * closed at the end, two operands with nothing between them are ANDed.
   */
  evaluateText(s: string): bool {
    const frames: ClassTextFrame[] = [new ClassTextFrame(false)];
    let i = 0;
    while (i < s.length) {
      const f = frames[frames.length - 1];
      const c = s.charCodeAt(i);
      if (c == 0x21 /* ! */) {
        f.not = !f.not;
        i++;
      } else if (c == 0x28 /* ( */) {
        frames.push(new ClassTextFrame(f.not));
        f.not = false;
        i++;
      } else if (c == 0x29 /* ) */) {
        i++;
        if (frames.length == 1) continue;
        frames.pop();
        const parent = frames[frames.length - 1];
        if (f.empty()) parent.blankOperand();
        else parent.operand(f.value() != f.outerNot);
      } else if (c == 0x2e || c == 0x26 || c == 0x7c /* . & | */) {
        const start = i;
        let or = false;
        while (i < s.length && (s.charCodeAt(i) == 0x2e || s.charCodeAt(i) == 0x26 || s.charCodeAt(i) == 0x7c)) {
          if (s.charCodeAt(i) == 0x7c) or = true;
          i++;
        }
        f.not = false;
        if (or) f.endConjunction();
        else {
          if (!f.afterOperand || i - start > 1) f.blank = true;
          f.afterAnd = true;
        }
        f.afterOperand = false;
      } else {
        const start = i;
        while (i < s.length) {
          const d = s.charCodeAt(i);
          if (d == 0x2e || d == 0x26 || d == 0x7c || d == 0x21 || d == 0x28 || d == 0x29) break;
          i++;
        }
        f.operand(this.isDefined(s.substring(start, i)) != f.not);
        f.not = false;
      }
    }
    // Unclosed groups close at the end.
    while (frames.length > 1) {
      const f = frames.pop();
      const parent = frames[frames.length - 1];
      if (f.empty()) parent.blankOperand();
      else parent.operand(f.value() != f.outerNot);
    }
    return frames[0].empty() ? false : frames[0].value();
  }

  /** The value of variable `name` (D10): special, then macro, then environment, else empty. */
  lookup(name: string): string {
    const lower = name.toLowerCase();
    if (SPECIAL_FIXED.has(lower)) return SPECIAL_FIXED.get(lower);
    if (lower == 'host') return this.host;
    if (lower == 'fqhost') return this.fqhost;
    if (lower == 'class') return this.hardClass;
    if (lower == 'arch') return this.arch;
    // The binary server of highest priority is always this host (L9741-9745).
    if (lower == 'binserver') return this.host;
    if (lower == 'allclasses') {
      const names = this.classes.values();
      names.sort();
      return 'CFALLCLASSES=' + names.join(':');
    }
    if (lower == 'domain') return this.controlValue('domain', '').toLowerCase();
    if (lower == 'faculty' || lower == 'site') {
      return this.controlValue('site', this.controlValue('faculty', ''));
    }
    if (lower == 'outputprefix') return this.controlValue('outputprefix', 'cfengine:' + this.host + ':');
    if (lower == 'split') return this.controlValue('split', ':');
    if (lower == 'repchar') return this.controlValue('repchar', '_');
    if (isControlName(lower) && this.control.has(lower)) return this.control.get(lower).join(' ');
    if (this.macros.has(name)) return this.macros.get(name);
    if (this.env.has(name)) return this.env.get(name);
    return '';
  }

  /**
   * A Value of the IR with its variables expanded. A value of one piece of unquoted text arrives
   * as that text, a string (host/core/core.ts: a big policy's paths then take a string each).
   */
  expand(value: JValue): string {
    if (value.kind == JKind.String) return value.str;
    const parts = value.get('parts').list();
    // In quoted strings cfengine reads `\\` as one backslash; other backslashes stay (case 077:
    // "\\title.*" is the regex \title.*; case 187: "\t" stays two characters).
    const quoted = !value.get('quote').isNull;
    const out = new TextBuilder();
    let grown = 0; // characters variables gave: text written out in full cannot explode
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.get('kind').asString() == 'text') {
        const t = p.get('text').asString();
        out.add(quoted ? t.replaceAll('\\\\', '\\') : t);
      } else {
        const v = this.lookup(p.get('name').asString());
        grown += v.length;
        if (grown > MAX_VALUE) return this.tooLong(written(parts));
        out.add(v);
      }
    }
    return out.toString();
  }

  /**
   * What a value that grew past MAX_VALUE once expanded stands for (`a = ( $(b)$(b) )` doubling
   * level by level reaches gigabytes in 30 lines): said once as an error naming it, the run exits
   * 1, and the value is TOO_LONG, which names no file and runs no command (a NUL byte).
   */
  tooLong(raw: string): string {
    if (!this.overlong) {
      this.overlong = true;
      this.error(this.prefix + 'the value ' + (raw.length > 60 ? raw.substring(0, 60) + '…' : raw) + ' is longer than ' +
        (MAX_VALUE >> 20).toString() + ' MiB once its variables are expanded; nothing uses it');
      this.exitCode = 1;
    }
    return TOO_LONG;
  }

  /** Some value was longer than MAX_VALUE once expanded (tooLong). */
  overlong: bool = false;

  /**
   * A Value expanded into the list it stands for (L2663-2780, D23): a variable whose value holds
   * the split character (default `:`) is iterated, several such variables in all combinations.
   * Literal text is never split.
   */
  expandList(value: JValue): string[] {
    if (value.kind == JKind.String) return [value.str];
    const parts = value.get('parts').list();
    const split = this.lookup('split');
    let results: string[] = [''];
    let text = 0; // characters of text written out so far, in every result: the rest came from variables (expand)
    // Consecutive parts of one choice each are joined first, then added to every result as one
    // piece (adding them one by one copied each result once per part: quadratic in the parts).
    // The checks below are then made at the end of such a run, where the sizes they bound peak.
    const single = new TextBuilder();
    for (let i = 0; i <= parts.length; i++) {
      let choices: string[];
      if (i < parts.length) {
        const p = parts[i];
        if (p.get('kind').asString() == 'text') {
          const t = p.get('text').asString();
          single.add(t);
          text += t.length;
          continue;
        }
        const v = this.lookup(p.get('name').asString());
        if (split.length == 0 || !v.includes(split)) {
          if (single.length + v.length > MAX_VALUE + text) return [this.tooLong(written(parts))];
          single.add(v);
          continue;
        }
        if (single.length > 0) i--; // add the run first, then come back to this part
        choices = single.length > 0 ? [single.toString()] : v.split(split);
      } else {
        if (single.length == 0 && i > 0) break;
        choices = [single.toString()];
      }
      single.length = 0;
      const next: string[] = [];
      let chars = 0;
      for (let r = 0; r < results.length && next.length < 100000; r++) {
        for (let c = 0; c < choices.length; c++) {
          chars += results[r].length + choices[c].length;
          if (chars > MAX_LIST_CHARS || results[r].length + choices[c].length - text > MAX_VALUE) return [this.tooLong(written(parts))];
          next.push(results[r] + choices[c]);
        }
      }
      results = next;
    }
    return results;
  }

  /** Expands $(x) and ${x} in text that was not parsed into parts (class lists, …). */
  expandText(s: string): string {
    const out = new TextBuilder();
    let grown = 0; // as in expand
    // Once a closing bracket is not found, none is further on: `$(` repeated without one must
    // not search to the end again each time (quadratic).
    let noParen = false;
    let noBrace = false;
    let i = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c == 0x24 && i + 1 < s.length) {
        const open = s.charCodeAt(i + 1);
        if ((open == 0x28 && !noParen) || (open == 0x7b && !noBrace)) {
          const close = s.indexOf(open == 0x28 ? ')' : '}', i + 2);
          if (close < 0) {
            if (open == 0x28) noParen = true;
            else noBrace = true;
          } else {
            const v = this.lookup(s.substring(i + 2, close));
            grown += v.length;
            if (grown > MAX_VALUE) return this.tooLong(s.length > 60 ? s.substring(0, 60) : s);
            out.add(v);
            i = close + 1;
            continue;
          }
        }
      }
      out.addCode(c);
      i++;
    }
    return out.toString();
  }
}

/** One parenthesised group of evaluateText: the OR of the conjunctions read so far. */
class ClassTextFrame {
  /** The NOT written before this group's `(`. */
  outerNot: bool;
  /** Some conjunction read so far was true. */
  anyTrue: bool = false;
  /** Some conjunction (or blank AND) was read. */
  anyConjunction: bool = false;
  /** The conjunction being read: all operands true so far, and it has any. */
  allTrue: bool = true;
  hasOperand: bool = false;
  blank: bool = false;
  not: bool = false;
  afterOperand: bool = false;
  afterAnd: bool = false;
  constructor(outerNot: bool) {
    this.outerNot = outerNot;
  }

  operand(v: bool): void {
    if (!v) this.allTrue = false;
    this.hasOperand = true;
    this.afterOperand = true;
    this.afterAnd = false;
  }

  blankOperand(): void {
    this.blank = true;
    this.afterOperand = true;
    this.afterAnd = false;
  }

  endConjunction(): void {
    if (this.afterAnd) this.blank = true;
    if (this.hasOperand || this.blank) {
      this.anyConjunction = true;
      if (this.hasOperand && !this.blank && this.allTrue) this.anyTrue = true;
    }
    this.allTrue = true;
    this.hasOperand = false;
    this.blank = false;
    this.afterAnd = false;
  }

  /** No class name and no blank AND in the group (`()`, `|`): a blank operand to its parent. */
  empty(): bool {
    this.endConjunction();
    return !this.anyConjunction;
  }

  value(): bool {
    this.endConjunction();
    return this.anyTrue;
  }
}

/**
 * `s` in lower case: `s` itself when it has no capital (toLowerCase makes a new string each
 * time, and the run asks for its control values by their lower-case names at every action).
 */
function lowered(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return s.toLowerCase();
  }
  return s;
}

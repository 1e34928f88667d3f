/**
 * @fileoverview The core's exported entry points. Every fact and syscall comes through the host
 * interface; byte data crosses as ArrayBuffers that the host allocates with __new and pins.
 */
import { findByte } from './util/scan';
import { JsonWriter, JValue, parseJsonBytes } from './util/json';
import { Run } from './run/driver';
import { RunSettings } from './run/settings';
import { collectEvery, release } from './run/gc';
import { abbreviations } from './actions/options';
import { CONTROL_LISTS, CONTROL_NAMES, fixedSpecialNames, RunContext, SPECIAL_COMPUTED } from './run/context';
import { KNOWN as COPY_OPTIONS } from './actions/copy';
import { KNOWN as DIRECTORIES_OPTIONS } from './actions/directories';
import { KNOWN as DISABLE_OPTIONS } from './actions/disable';
import { KNOWN as FILES_OPTIONS } from './actions/files';
import { KNOWN as LINKS_OPTIONS } from './actions/links';
import { KNOWN as PROCESSES_OPTIONS } from './actions/processes';
import { KNOWN as SHELLCOMMANDS_OPTIONS } from './actions/shellcommands';
import { KNOWN as TIDY_OPTIONS } from './actions/tidy';
import { KNOWN as REQUIRED_OPTIONS } from './actions/required';
import { probe } from './editfiles/probe';
import { explain } from './regex/explain';
import { compilePattern, replaceAll, setDfaEnabled, ByteBuilder, MatchResult, Regex } from './regex/regex';
import { shortestWholeMatch } from './regex/shortest';
export { hmacSha256 } from './util/sha256';

/**
 * Compiled patterns by handle, one per distinct pattern (the compile cache gives the same Regex
 * for the same pattern): a caller compiling the same pattern again gets the same handle. At most
 * HANDLE_LIMIT are kept; then the table starts over in a new generation (the handle's bits above
 * the index), and a handle of an older one is refused instead of naming another pattern.
 */
const HANDLE_LIMIT: i32 = 4096;
const HANDLE_BITS: i32 = 12;
let handles: Regex[] = [];
let handleOf = new Map<Regex, i32>();
let generation: i32 = 0;

function regexOf(handle: i32): Regex {
  const index = handle & (HANDLE_LIMIT - 1);
  if (handle < 0 || (handle >>> HANDLE_BITS) != generation || index >= handles.length) {
    throw new Error('regex handle no longer valid: more than 4096 other patterns were compiled since');
  }
  return handles[index];
}

/** The run in progress: a global, so a collection during it keeps it (run/gc.ts). */
let current: Run | null = null;

/**
 * The last run's policy, parsed: a request with `samePolicy` runs it again without sending it
 * (lint runs one policy a dozen times; parsing its JSON was a fifth of each run, and garbage).
 * Nothing a run does changes it.
 */
let lastPolicy: JValue | null = null;

/**
 * The last request's options and facts, read out of it once (run/settings.ts; a global: a
 * collection keeps them): one with `sameRequest` runs the last policy with these same settings,
 * sent as a few bytes (lint's trial runs differ only in their files: parsing and reading the same
 * options again was most of a small run's request).
 */
let lastSettings: RunSettings | null = null;

/** The last result head without classes or trace, encoded, and the exit code, output flags and sysadm it says. */
let lastHead: Uint8Array | null = null;
let lastHeadExit: i32 = 0;
let lastHeadFlags: i32 = 0;
let lastHeadSysadm: string = '';

/** The index of the next \n at or after `from`, or the length. */
function lineEnd(bytes: Uint8Array, from: i32): i32 {
  return findByte(bytes.dataStart, from, bytes.length, 10);
}

/** Compiles a pattern: a handle (≥ 0), or -(glibc error code); see regexErrorOffset. */
export function regexCompile(pattern: ArrayBuffer): i32 {
  const re = compilePattern(Uint8Array.wrap(pattern));
  if (re.error != 0) {
    lastErrorOffset = re.errorAt;
    return -re.error;
  }
  if (handleOf.has(re)) return handleOf.get(re);
  if (handles.length >= HANDLE_LIMIT) {
    handles = [];
    handleOf = new Map<Regex, i32>();
    generation = (generation + 1) & 0x7ffff;
  }
  const handle = (generation << HANDLE_BITS) | handles.length;
  handles.push(re);
  handleOf.set(re, handle);
  return handle;
}

/** Tests only: 0 makes every match use the Pike VM (and the backtracker), 1 restores the DFAs. */
export function regexUseDfa(on: i32): void {
  setDfaEnabled(on != 0);
}

let lastErrorOffset: i32 = 0;
export function regexErrorOffset(): i32 {
  return lastErrorOffset;
}

/** (start << 32) | end of the leftmost-longest match at or after `from`; -1 none; -2 budget. */
export function regexSearch(handle: i32, subject: ArrayBuffer, from: i32): i64 {
  const re = regexOf(handle);
  const bytes = Uint8Array.wrap(subject);
  const r = re.search(bytes, 0, bytes.length, from);
  if (r == MatchResult.OutOfBudget) return -2;
  if (r == MatchResult.NoMatch) return -1;
  return (<i64>re.matchStart << 32) | <i64>re.matchEnd;
}

/** 1 if the whole subject matches, 0 if not, -2 out of budget. */
export function regexMatchesWhole(handle: i32, subject: ArrayBuffer): i32 {
  const bytes = Uint8Array.wrap(subject);
  const r = regexOf(handle).matchesWhole(bytes, 0, bytes.length);
  return r == MatchResult.OutOfBudget ? -2 : <i32>r;
}

/** A shortest line the pattern matches as a whole (lint's trial lines, CF015); null if none is found. */
export function regexShortestMatch(handle: i32): ArrayBuffer | null {
  const found = shortestWholeMatch(regexOf(handle));
  return found ? found.buffer : null;
}

/** The subject with every match replaced (D20); null when out of budget. */
export function regexReplaceAll(handle: i32, subject: ArrayBuffer, replacement: ArrayBuffer): ArrayBuffer | null {
  const bytes = Uint8Array.wrap(subject);
  const out = new ByteBuilder();
  if (replaceAll(regexOf(handle), bytes, 0, bytes.length, Uint8Array.wrap(replacement), out) < 0) return null;
  return out.toBytes().buffer;
}

/** How many lines of `text` (split on \n) match: whole-line (D2) if `whole`, else anywhere. */
export function regexCountMatchingLines(handle: i32, text: ArrayBuffer, whole: bool): i32 {
  const re = regexOf(handle);
  const bytes = Uint8Array.wrap(text);
  let count = 0;
  let start = 0;
  const n = bytes.length;
  while (start <= n) {
    const end = lineEnd(bytes, start);
    if (start == n && end == n) break; // no empty last line after a final newline
    const r = whole ? re.matchesWhole(bytes, start, end - start) : re.containsMatch(bytes, start, end - start);
    if (r == MatchResult.OutOfBudget) return -1;
    if (r == MatchResult.Match) count++;
    start = end + 1;
  }
  return count;
}

/** `text` with replace-all (D20) applied to each line; null when out of budget. */
export function regexReplaceAllLines(handle: i32, text: ArrayBuffer, replacement: ArrayBuffer): ArrayBuffer | null {
  const re = regexOf(handle);
  const bytes = Uint8Array.wrap(text);
  const rep = Uint8Array.wrap(replacement);
  const out = new ByteBuilder();
  out.reserve(bytes.length);
  let start = 0;
  const n = bytes.length;
  while (start < n) {
    const end = lineEnd(bytes, start);
    if (replaceAll(re, bytes, start, end - start, rep, out) < 0) return null;
    if (end < n) out.appendByte(10);
    start = end + 1;
  }
  return out.toBytes().buffer;
}

/**
 * The regex tester: what `command`'s pattern selects in `content`, with the command's semantics
 * (editfiles/probe.ts); JSON.
 */
export function editfilesProbe(command: ArrayBuffer, pattern: ArrayBuffer, content: ArrayBuffer): ArrayBuffer {
  return String.UTF8.encode(probe(String.UTF8.decode(command), Uint8Array.wrap(pattern), Uint8Array.wrap(content)));
}

/** The playground's regex box: the pattern's syntax tree and its match in `subject` (regex/explain.ts); JSON. */
export function regexExplain(pattern: ArrayBuffer, subject: ArrayBuffer): ArrayBuffer {
  return String.UTF8.encode(explain(Uint8Array.wrap(pattern), Uint8Array.wrap(subject)));
}

/**
 * Runs a policy: `request` is the JSON of host/core/run-request.ts (policy IR, options, facts);
 * returns the JSON result (log, classes, exit code). Files change only through the host.
 */
/** A request this long (bytes) is collected away as soon as it is parsed. */
const BIG_REQUEST = 1 << 20;

export function runPolicy(request: ArrayBuffer): ArrayBuffer {
  // The bytes are parsed as they are (not decoded to a string first), and the host has not
  // pinned them: once the run is a global, a collection frees them and what the parse left.
  const sent = parseJsonBytes(Uint8Array.wrap(request));
  const again = sent.has('sameRequest') && sent.get('sameRequest').asBool();
  if (again && !lastSettings) abort('sameRequest without an earlier run');
  const settings = again ? lastSettings! : new RunSettings(sent);
  lastSettings = settings;
  collectEvery(settings.collectEvery);
  const pages = memory.size();
  const same = again || settings.samePolicy;
  if (same && !lastPolicy) abort('samePolicy without an earlier run');
  const policy = same ? lastPolicy! : sent.get('policy');
  lastPolicy = null; // kept again once the run is over (an aborted run leaves none)
  const run = new Run(sent, policy, settings);
  current = run; // the root of everything a collection during the run must keep (run/gc.ts)
  // A big request's bytes and what its parse left are freed now, before the run needs the
  // memory (a 12 MB policy); a small one's are left to the next collection (see below).
  if (request.byteLength > BIG_REQUEST) __collect();
  run.run();
  // A run that made the memory grow leaves its garbage before the result is built (only the run
  // is live now: run/gc.ts), so the result does not grow it further. A small run's garbage is
  // left to the caller's next collection (host/core/core.ts): a full collection per run was a
  // quarter of lint's trial runs.
  release(0);
  if (memory.size() > pages) __collect();
  const ctx = run.ctx;
  // A caller that reads no classes (lint's trial runs) is sent none, unless the trace needs them.
  const omitClasses = settings.omitClasses && !ctx.trace;
  const classes = omitClasses ? <string[]>[] : ctx.classes.values();
  classes.sort();
  const sysadm = ctx.controlValue('sysadm', '');
  const inform = ctx.onOff('inform', false);
  const verbose = ctx.onOff('verbose', false);
  const warnings = ctx.onOff('warnings', true);
  const syslog = ctx.onOff('syslog', false);
  const flags = (inform ? 1 : 0) | (verbose ? 2 : 0) | (warnings ? 4 : 0) | (syslog ? 8 : 0);
  // Only when asked for (docs/trace.md): what the run reached and did, and where classes came from.
  const trace = ctx.trace;
  // A head of no classes and no trace (lint's trial runs) is mostly the last one's again: kept
  // encoded with what it said (a JSON writer, a dozen joins and an encoding each run otherwise).
  const plain = classes.length == 0 && !trace;
  let headBytes: Uint8Array;
  const kept = lastHead;
  if (plain && kept && lastHeadExit == ctx.exitCode && lastHeadFlags == flags && lastHeadSysadm == sysadm) {
    headBytes = kept;
  } else {
    const head = new JsonWriter()
      .int('exitCode', ctx.exitCode)
      .str('sysadm', sysadm)
      .field('output', new JsonWriter()
        .bool('inform', inform)
        .bool('verbose', verbose)
        .bool('warnings', warnings)
        .bool('syslog', syslog).toString())
      .strings('classes', classes);
    if (trace) head.field('trace', trace.json()).field('classOrigins', trace.originsJson(classes));
    headBytes = Uint8Array.wrap(String.UTF8.encode(head.toString()));
    if (plain) {
      lastHead = headBytes;
      lastHeadExit = ctx.exitCode;
      lastHeadFlags = flags;
      lastHeadSysadm = sysadm;
    }
  }
  // The object reopened: the log and the changes follow, already JSON (run/records.ts). The
  // result is allocated at its size and returned as it is: it can be tens of megabytes.
  const logKey = ',"log":';
  const changesKey = ',"changes":';
  const size = headBytes.length - 1 + logKey.length + ctx.log.size + 2 + changesKey.length + ctx.changes.size + 2 + 1;
  const out = new ByteBuilder();
  out.data = new Uint8Array(size);
  out.append(headBytes, 0, headBytes.length - 1);
  put(out, logKey);
  ctx.log.writeArray(out);
  put(out, changesKey);
  ctx.changes.writeArray(out);
  put(out, '}');
  current = null;
  lastPolicy = policy;
  release(0);
  return out.data.buffer;
}

/** Appends `s` as UTF-8. */
function put(out: ByteBuilder, s: string): void {
  const b = Uint8Array.wrap(String.UTF8.encode(s));
  out.append(b, 0, b.length);
}


/**
 * What a run knows by name, for lint to check against the same lists: `options` (the option
 * names each section accepts), `abbreviations` (per section, every way of writing one of them
 * and the option it names, L8876; under "" the define=/elsedefine= of any other section) and
 * `variables` (special and control variables, defined without a macro).
 */
export function vocabulary(): ArrayBuffer {
  const sections = ['copy', 'directories', 'disable', 'files', 'links', 'processes', 'shellcommands', 'tidy', 'required', 'disks'];
  const lists = [COPY_OPTIONS, DIRECTORIES_OPTIONS, DISABLE_OPTIONS, FILES_OPTIONS, LINKS_OPTIONS, PROCESSES_OPTIONS,
    SHELLCOMMANDS_OPTIONS, TIDY_OPTIONS, REQUIRED_OPTIONS, REQUIRED_OPTIONS];
  const options = new JsonWriter();
  const abbreviated = new JsonWriter().field('', abbreviations(['define', 'elsedefine']));
  for (let i = 0; i < sections.length; i++) {
    options.strings(sections[i], lists[i]);
    abbreviated.field(sections[i], abbreviations(lists[i]));
  }
  const out = new JsonWriter()
    .field('options', options.toString())
    .field('abbreviations', abbreviated.toString())
    .strings('variables', fixedSpecialNames().concat(SPECIAL_COMPUTED).concat(CONTROL_NAMES))
    .strings('controlLists', CONTROL_LISTS);
  return String.UTF8.encode(out.toString());
}

/**
 * @fileoverview The checks of `cfwasm lint` (lintPolicy), on the same parser and core as a run.
 * Static rules read the IR; the non-convergence rule (CF015) runs each edited file's blocks twice
 * in the in-memory host and reports the commands whose second run changes the file again. Import
 * lint.ts, which gives the trial runs the memory host; the CLI imports this module and loads that
 * only when a trial needs it (trial-host.ts MemoryHostNeeded).
 */
import type { Runtime } from '../api/runtime.js';
import { canonify, classList, DAYS, MONTHS } from '../api/facts.js';
import { parsePolicy } from '../api/runtime.js';
import { sameBytes } from '../api/changed-files.js';
import type { ParsedPolicy } from '../api/runtime.js';
import { MemoryHostNeeded, runTrial } from './trial-host.js';
import type { TrialOptions, TrialResult } from './trial-host.js';
import { divergenceLoc, firstDivergence } from './divergence.js';
import { RegexBudgetError, RegexSyntaxError } from '../core/core.js';
import type { Vocabulary } from '../core/core.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import { compareDiagnostics } from '../ir/diagnostics.js';
import type { ClassExpression, EditBlock, Location, Policy, Value } from '../ir/types.js';
import { ACTION_SECTION, ACTIONS, EDIT_COMMANDS, VERSION_2_COMMANDS } from './editfiles-commands.js';
import { RULES } from './rules.js';
import { didYouMean } from '../ir/suggest.js';
import { unknownSectionMessage } from '../ir/syntax-errors.js';
import type { Rule } from './rules.js';

export interface LintOptions {
  /** Contents to start the non-convergence check from, by path (else trial files built from the blocks' searches). */
  fixtures?: Record<string, string | Uint8Array>;
  /** Classes that may be defined from outside (host names, -D classes), for CF012. */
  classes?: string[];
  /** Skip the non-convergence check (it runs the policy). */
  noRun?: boolean;
  /** Tests: the trial runs on the memory host (memfs) instead of lint's own (trial-host.ts). */
  memoryHost?: boolean;
}

const at = (rule: Rule, loc: Location, message: string): Diagnostic =>
  ({ severity: rule.severity, code: rule.id, message, loc });

/** A string's literal text, or null if it holds variables (then nothing can be said statically). */
function literal(v: Value): string | null {
  return v.parts.every(p => p.kind === 'text') ? v.raw.replaceAll('\\\\', '\\') : null;
}

/** Where byte `offset` of a quoted value's text is (on its first line). */
function inside(v: Value, offset: number): Location {
  const column = v.loc.column + (v.quote ? 1 : 0) + offset;
  return { ...v.loc, column, endLine: v.loc.line, endColumn: column + 1 };
}

function checkRegex(runtime: Runtime, v: Value, command: string, out: Diagnostic[]): void {
  const text = literal(v);
  if (text === null) return;
  try {
    runtime.core.regexCompile(ENCODER.encode(text));
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    out.push(at(RULES.badRegex, inside(v, e.offset), `${command}: invalid regular expression "${text}": ${e.message}`));
  }
}

function checkBlock(runtime: Runtime, block: EditBlock, out: Diagnostic[]): void {
  const stack: { name: string; loc: Location }[] = [];
  let setLine = false;
  for (const cmd of block.commands) {
    const kind = EDIT_COMMANDS[cmd.name];
    if (kind === undefined) {
      if (VERSION_2_COMMANDS.has(cmd.name)) out.push(at(RULES.version2Command, cmd.nameLoc, `${cmd.name} is a cfengine 2 command, not a 1.x one`));
      else out.push(at(RULES.unknownCommand, cmd.nameLoc, `unknown editfiles command ${cmd.name}${didYouMean(cmd.name, Object.keys(EDIT_COMMANDS))}`));
      continue;
    }
    if (kind === 'regex' && cmd.args[0]) checkRegex(runtime, cmd.args[0], cmd.name, out);
    if (cmd.name === 'SetLine' || cmd.name === 'ForEachLineIn') setLine = true;
    if (!setLine && NEED_SET_LINE.has(cmd.name)) {
      out.push(at(RULES.noSetLine, cmd.nameLoc, `${cmd.name} without a SetLine or ForEachLineIn before it: it does nothing`));
    }
    if (cmd.name.startsWith('BeginGroupIf') || cmd.name === 'ForEachLineIn') stack.push({ name: cmd.name, loc: cmd.nameLoc });
    if (cmd.name === 'EndGroup' || cmd.name === 'EndLoop') {
      const want = cmd.name === 'EndGroup' ? 'BeginGroupIf' : 'ForEachLineIn';
      const top = stack[stack.length - 1];
      if (!top || !top.name.startsWith(want)) {
        out.push(at(RULES.unbalancedGroup, cmd.nameLoc, `${cmd.name} without a matching ${want === 'BeginGroupIf' ? 'BeginGroupIf…' : want}`));
      } else stack.pop();
    }
  }
  for (const open of stack) {
    out.push(at(RULES.unbalancedGroup, open.loc, `${open.name} has no ${open.name === 'ForEachLineIn' ? 'EndLoop' : 'EndGroup'}`));
  }
}

/** The sections an action of the actionsequence runs (made once: each file asked per section). */
const RUNNABLE = new Set(Object.values(ACTION_SECTION).flat());

/** Commands that do nothing without a SetLine or ForEachLineIn before them. */
const NEED_SET_LINE = new Set(['AppendIfNoLineMatching', 'PrependIfNoLineMatching', 'ReplaceLinesMatchingField']);

/** A file that imports others, or holds only declarations, gets its items from elsewhere. */
function importsOrDeclares(policy: Policy): boolean {
  return policy.sections.some(s => s.name === 'import' && s.items.length > 0) ||
    !policy.sections.some(s => RUNNABLE.has(s.name));
}

/** Part of a policy split with import: it imports, declares only, or has no actionsequence. */
function isPartial(policy: Policy): boolean {
  const hasSequence = policy.sections.some(s => s.name === 'control' &&
    s.items.some(i => i.kind === 'assignment' && i.name.toLowerCase() === 'actionsequence'));
  return importsOrDeclares(policy) || !hasSequence;
}

function checkActions(policy: Policy, out: Diagnostic[]): void {
  const entries: { action: string; loc: Location }[] = [];
  for (const s of policy.sections) {
    if (s.name !== 'control') continue;
    for (const item of s.items) {
      if (item.kind !== 'assignment' || item.name.toLowerCase() !== 'actionsequence') continue;
      for (const v of item.values) if (v.raw.trim()) entries.push({ action: v.raw.split('.')[0], loc: v.loc });
    }
  }
  const withItems = new Set(policy.sections.filter(s => s.items.length > 0).map(s => s.name));
  const imports = importsOrDeclares(policy);
  const run = new Set<string>();
  for (const e of entries) {
    if (!ACTIONS.has(e.action)) {
      out.push(at(RULES.badAction, e.loc, `${e.action} is not an action (see the actionsequence, L6399-6597)${didYouMean(e.action, ACTIONS)}`));
      continue;
    }
    const sections = ACTION_SECTION[e.action];
    if (sections) {
      sections.forEach(x => run.add(x));
      if (!imports && !sections.some(x => withItems.has(x))) {
        out.push(at(RULES.actionWithoutItems, e.loc, `${e.action} is in the actionsequence but no ${sections[0]}: section has items`));
      }
    }
  }
  // Without an actionsequence the file is probably imported by one that has it.
  for (const s of entries.length ? policy.sections : []) {
    if (RUNNABLE.has(s.name) && s.items.length > 0 && !run.has(s.name)) {
      out.push(at(RULES.sectionNeverRun, s.nameLoc, `${s.name}: is never run: the actionsequence has no ${s.name === 'disks' ? 'required' : s.name}`));
    }
  }
}

/**
 * CF008: every `key=` must name one option of its section, in full, by a unique prefix (L8876),
 * or by a prefix one of the manual's short forms wins (engine/src/actions/options.ts).
 */
function checkOptions(runtime: Runtime, policy: Policy, out: Diagnostic[]): void {
  const known = runtime.core.vocabulary();
  for (const s of policy.sections) {
    const names = known.options[s.name];
    if (!names) continue;
    for (const item of s.items) {
      if (!('options' in item)) continue;
      for (const o of item.options) {
        if (optionNamed(known, s.name, o.name)) continue;
        const matches = names.filter(n => n.startsWith(o.name.toLowerCase()));
        out.push(at(RULES.badOption, o.loc, matches.length
          ? `${o.name}= is ambiguous in ${s.name} (${matches.join(', ')}): it is ignored`
          : `${o.name}= is not an option of ${s.name}: it is ignored${didYouMean(o.name, names, n => `${n}=`)}`));
      }
    }
  }
}

/** The manual's reserved hard classes (L1697-1701) and others a host defines itself. */
const HARD_CLASSES = new Set(['any', 'ultrix', 'sun4', 'sun3', 'hpux', 'hpux10', 'aix', 'solaris', 'osf', 'irix4',
  'irix', 'irix64', 'freebsd', 'netbsd', 'bsd4_3', 'newsos', 'solarisx86', 'aos', 'nextstep', 'bsdos', 'linux',
  'debian', 'cray', 'sunos', 'openbsd', 'darwin', 'unix_sv', 'gnu', 'redhat', 'suse', 'i386', 'i486', 'i586',
  'i686', 'x86_64', 'sparc', 'sun4m', 'sun4u', 'i86pc', 'windows', 'nt', 'cfengine', 'ipv4']);
/** Time classes (L1570-1585), a release or address class (`sunos_5_4`, `ipv4_10_0`, L1717). */
const DEFINED_BY_HOST = new RegExp(
  '^(Hr\\d\\d(_Q[1-4])?|Min\\d\\d(_\\d\\d)?|Day\\d\\d?|Yr\\d{4}|Q[1-4]|' +
  '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|' +
  '(January|February|March|April|May|June|July|August|September|October|November|December)|' +
  '[A-Za-z0-9]+(_[A-Za-z0-9]+)+)$');

/** Time classes a misspelt one may have meant (the minutes are too many to be worth it). */
const TIME_CLASS_NAMES = [...DAYS, ...MONTHS, 'Q1', 'Q2', 'Q3', 'Q4',
  ...Array.from({ length: 24 }, (_, h) => `Hr${String(h).padStart(2, '0')}`)];

/** Every class name the policy itself could define: groups, addclasses, define=, DefineClasses. */
function classesDefinedIn(runtime: Runtime, policy: Policy, extra: string[]): Set<string> {
  const known = new Set(extra);
  const add = (v: Value) => classList(v.raw).forEach(c => known.add(c));
  const vocabulary = runtime.core.vocabulary();
  for (const s of policy.sections) {
    for (const item of s.items) {
      if (item.kind === 'assignment' && (s.name === 'groups' || s.name === 'classes')) {
        known.add(item.name);
        item.values.forEach(add); // host names and classes
      }
      if (item.kind === 'assignment' && s.name === 'control' &&
        ['addclasses', 'addinstallable'].includes(item.name.toLowerCase())) item.values.forEach(add);
      // domain defines itself as a class, lower case, dots to underscores (L1730-1745).
      if (item.kind === 'assignment' && s.name === 'control' && item.name.toLowerCase() === 'domain' && item.values[0]) {
        known.add(canonify(item.values[0].raw.toLowerCase()));
      }
      // `editfiles.second` in the actionsequence defines `second` while it runs (L6420).
      if (item.kind === 'assignment' && s.name === 'control' && item.name.toLowerCase() === 'actionsequence') {
        for (const v of item.values) for (const c of v.raw.split('.').slice(1)) if (c) known.add(c);
      }
      if (item.kind === 'edit') {
        for (const c of item.commands) if (/^(Else)?DefineClasses$|^DefineInGroup$/.test(c.name)) c.args.forEach(add);
      }
      if ('options' in item) {
        for (const o of item.options) {
          const name = optionNamed(vocabulary, s.name, o.name);
          if (name === 'define' || name === 'elsedefine') add(o.value);
        }
      }
    }
  }
  return known;
}

/** CF012: a class in a selector that no host, group, option or command can define. */
function checkClasses(runtime: Runtime, policy: Policy, options: LintOptions, out: Diagnostic[]): void {
  const known = classesDefinedIn(runtime, policy, options.classes ?? []);
  const seen = new Set<string>();
  // What a misspelt class may have meant: made at the first one (most files have none).
  let candidates: string[] | undefined;
  const walk = (root: ClassExpression) => {
    // Iterative: a selector may hold thousands of operands.
    const todo = [root];
    for (let e = todo.pop(); e; e = todo.pop()) {
      if (e.kind === 'not') { todo.push(e.operand); continue; }
      if (e.kind !== 'class') { todo.push(...e.operands); continue; }
      const where = `${e.loc.line}:${e.loc.column}`;
      if (known.has(e.name) || HARD_CLASSES.has(e.name) || DEFINED_BY_HOST.test(e.name) || e.name.includes('$') || seen.has(where)) continue;
      seen.add(where);
      out.push(at(RULES.undefinedClass, e.loc, `class ${e.name} is never defined: not a hard class, a group, an addclasses or define= class (a host name? pass it with --classes)${didYouMean(e.name, candidates ??= [...known, ...HARD_CLASSES, ...TIME_CLASS_NAMES])}`));
    }
  };
  for (const s of policy.sections) for (const item of s.items) if (item.when) walk(item.when);
}

/**
 * Every Value in an IR subtree, in source order (also the language server's index). A plain
 * recursive walk into an array: a generator's nested `yield*` cost the 2,000-line policy 12 ms.
 */
export function valuesIn(node: unknown): Value[] {
  const out: Value[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
    } else if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      if (Array.isArray(o.parts) && typeof o.raw === 'string') out.push(o as unknown as Value);
      else for (const k in o) if (k !== 'when' && k !== 'loc') visit(o[k]);
    }
  };
  visit(node);
  return out;
}

/** The vocabulary's variable and control-list names as sets, made once per vocabulary (not per file). */
const vocabularySetsOf = new WeakMap<Vocabulary, { variables: Set<string>; controlLists: Set<string> }>();

function vocabularySets(vocabulary: Vocabulary): { variables: Set<string>; controlLists: Set<string> } {
  let sets = vocabularySetsOf.get(vocabulary);
  if (!sets) vocabularySetsOf.set(vocabulary, sets = { variables: new Set(vocabulary.variables), controlLists: new Set(vocabulary.controlLists) });
  return sets;
}

/** Environment variables a policy may rely on (undefined variables fall back to them, D10). */
const ENVIRONMENT = new Set(['HOME', 'PATH', 'USER', 'LOGNAME', 'SHELL', 'PWD', 'HOSTNAME', 'TERM', 'LANG', 'CFINPUTS', 'TMPDIR']);

/** CF013: `$(name)` where name is no macro, special or control variable, nor a usual environment one. */
function checkVariables(runtime: Runtime, policy: Policy, out: Diagnostic[]): void {
  const special = vocabularySets(runtime.core.vocabulary()).variables;
  const macros = new Set<string>();
  for (const s of policy.sections) {
    if (s.name !== 'control') continue;
    for (const item of s.items) if (item.kind === 'assignment') macros.add(item.name);
  }
  for (const v of valuesIn(policy.sections)) {
    for (const p of v.parts) {
      if (p.kind !== 'variable' || macros.has(p.name) || special.has(p.name.toLowerCase()) || ENVIRONMENT.has(p.name)) continue;
      if (/^\d+$/.test(p.name)) continue; // $(1)… are not variables of 1.x, but positional in scripts
      out.push(at(RULES.undefinedVariable, v.loc, `variable ${p.name} is never defined: it expands to nothing (D10)`));
    }
  }
}

/** The option `written` names in `section` as the core resolves it (L8876), or null. */
export function optionNamed(vocabulary: Vocabulary, section: string, written: string): string | null {
  const ways = vocabulary.abbreviations[section] ?? vocabulary.abbreviations[''];
  return Object.hasOwn(ways, written.toLowerCase()) ? ways[written.toLowerCase()] : null;
}

/** Macros defined twice under one class; a list control setting given twice adds up instead (not reported). */
function checkMacros(policy: Policy, lists: Set<string>, out: Diagnostic[]): void {
  const seen = new Map<string, { loc: Location; when: string }>();
  for (const s of policy.sections) {
    if (s.name !== 'control') continue;
    for (const item of s.items) {
      if (item.kind !== 'assignment' || lists.has(item.name.toLowerCase())) continue;
      const when = JSON.stringify(item.when);
      const prev = seen.get(item.name);
      // The same name under different classes is the manual's way of choosing (L1821-1828).
      if (prev && prev.when === when) {
        out.push(at(RULES.macroTwice, item.nameLoc, `${item.name} is defined again (first at line ${prev.loc.line}); the last definition wins`));
      }
      seen.set(item.name, { loc: item.nameLoc, when });
    }
  }
}

/** CF016: EditFileSize must be digits; the run refuses to edit otherwise ("10k" is not 10240). */
function checkEditFileSize(policy: Policy, out: Diagnostic[]): void {
  for (const s of policy.sections) {
    if (s.name !== 'control') continue;
    for (const item of s.items) {
      if (item.kind !== 'assignment' || item.name.toLowerCase() !== 'editfilesize') continue;
      const value = item.values[0];
      if (!value || value.parts.some(p => p.kind !== 'text')) continue;
      const written = value.parts.map(p => (p.kind === 'text' ? p.text : '')).join('').trim();
      if (!/^\d{1,15}$/.test(written)) {
        out.push(at(RULES.badEditFileSize, value.loc, `EditFileSize = ${written} is not a number of bytes (digits only): the run edits no file`));
      }
    }
  }
}

/** The typical file of trials: a comment and a few words. */
const TYPICAL = ['# a typical file', 'alpha', 'beta', 'gamma'];
/** Filler lines between the searched lines of a trial, those no search of the block finds. */
const FILLER = ['# a typical file', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta', 'kappa',
  'lambda', 'omicron', 'upsilon', '# 1', '// 2', '; 3', '4', '%', '='];
const ENCODER = new TextEncoder();
const FILLER_BYTES = FILLER.map(l => ENCODER.encode(l));
const LATIN1 = new TextDecoder('latin1');
/** At most this many search lines per file are varied one by one (the rest stay in every trial). */
const MAX_VARIED = 8;

/** What a block looks for: a line that is found (to put in trials), and a test of lines. */
interface Searches {
  lines: Uint8Array[];
  finds: ((line: Uint8Array) => boolean)[];
}

/**
 * What the core answers of a pattern by itself: a shortest line it matches (null: none found), and
 * whether it finds each filler line (by the filler's bytes object). Kept by the pattern's text: the
 * same patterns recur from file to file, and each answer was a call into the core. Bounded.
 */
interface PatternAnswers {
  shortest: Uint8Array | null | undefined;
  finds: Map<Uint8Array, boolean>;
}
const answersByPattern = new Map<string, PatternAnswers>();

function patternAnswers(pattern: string): PatternAnswers {
  let known = answersByPattern.get(pattern);
  if (!known) {
    if (answersByPattern.size >= 4096) answersByPattern.clear();
    answersByPattern.set(pattern, known = { shortest: undefined, finds: new Map() });
  }
  return known;
}

/**
 * The lines an edit block looks for (LocateLineMatching, BeginGroupIf…, …LinesMatching/Starting/
 * Containing, and every other command that searches by regex or text): for a regex, a shortest
 * line it matches as a whole, made by the core's regex engine from its automaton; for a text, the
 * text itself (a line that is it, starts with it and contains it). Arguments with variables are
 * passed over.
 */
function searchesOf(runtime: Runtime, block: EditBlock, into: Searches): void {
  const add = (line: Uint8Array) => {
    if (!line.includes(0x0a) && !into.lines.some(l => sameBytes(l, line))) into.lines.push(line);
  };
  for (const cmd of block.commands) {
    const kind = EDIT_COMMANDS[cmd.name];
    const arg = cmd.args[0];
    if (!arg) continue;
    const text = literal(arg);
    if (text === null) continue;
    if (kind === 'regex') {
      try {
        const known = patternAnswers(text);
        const handle = () => runtime.core.regexCompile(ENCODER.encode(text));
        if (known.shortest === undefined) known.shortest = runtime.core.regexShortestMatch(handle());
        into.finds.push(l => {
          let found = known.finds.get(l);
          if (found === undefined) known.finds.set(l, found = searchFinds(runtime, handle(), l));
          return found;
        });
        if (known.shortest) add(known.shortest);
      } catch (e) {
        if (!(e instanceof RegexSyntaxError)) throw e; // CF005 reports it
      }
    } else if (kind === 'literal' && /Containing$|Starting$|SuchLine$/.test(cmd.name)) {
      const bytes = ENCODER.encode(text);
      const needle = LATIN1.decode(bytes);
      into.finds.push(l => LATIN1.decode(l).includes(needle));
      add(bytes);
    }
  }
}

/**
 * Whether a pattern finds a filler line. A back-reference pattern that runs out of steps on it
 * counts as finding it: the line is then not used as filler (filler must be a line no search
 * finds), where the error had ended lint with an internal error (fuzz seed 119).
 */
function searchFinds(runtime: Runtime, handle: number, line: Uint8Array): boolean {
  try {
    return runtime.core.regexSearch(handle, line) !== null;
  } catch (e) {
    if (e instanceof RegexBudgetError) return true;
    throw e;
  }
}

/** How big an edited file may grow in lint's trial runs (CF015). */
const TRIAL_GROWTH = 1024 * 1024;

/**
 * The trial runs' options: an edited file may grow to TRIAL_GROWTH bytes (the core refuses more
 * and leaves the file), so a policy that doubles a file per line costs little and says so. One
 * object each, for all trials: what a run makes of its options is kept by the object (runTrial).
 */
const TRIAL: TrialOptions = Object.freeze({ now: 1_700_000_000, hostname: 'lint', editGrowthLimit: TRIAL_GROWTH, trace: false });
const TRACED_TRIAL: TrialOptions = Object.freeze({ ...TRIAL, trace: true });

/**
 * Trial contents of a file whose blocks search as `s` says: empty, typical, every searched line
 * (each followed by a filler line no search finds, so a pointer moved past it lands on something
 * else), and each line alone and each line left out.
 */
function trialFiles(s: Searches): Uint8Array[] {
  // (The same bytes for every file: trial runs never change what they are given, only replace it.)
  const out = [EMPTY_FILE, TYPICAL_FILE];
  if (s.lines.length === 0) return out;
  // The first four no search finds (each look is a call into the core: no more than needed).
  const filler: Uint8Array[] = [];
  for (const l of FILLER_BYTES) {
    if (filler.length === 4) break;
    if (!s.finds.some(f => f(l))) filler.push(l);
  }
  if (filler.length === 0) filler.push(new Uint8Array(0));
  const file = (chosen: Uint8Array[]) => {
    const lines = [filler[0]];
    for (let i = 0; i < chosen.length; i++) lines.push(chosen[i], filler[(i + 1) % filler.length]);
    return joinLines(lines);
  };
  out.push(file(s.lines));
  for (const l of s.lines.slice(0, MAX_VARIED)) {
    out.push(file([l]));
    if (s.lines.length > 1) out.push(file(s.lines.filter(x => x !== l)));
  }
  return out.filter((f, i) => out.findIndex(g => sameBytes(f, g)) === i);
}

/** Lines joined, each ended by a newline. */
function joinLines(lines: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length + 1, 0));
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    out[at + l.length] = 0x0a;
    at += l.length + 1;
  }
  return out;
}

const EMPTY_FILE = new Uint8Array(0);
const TYPICAL_FILE = joinLines(TYPICAL.map(l => ENCODER.encode(l)));


/**
 * CF015: each edited file, run twice; the second run must change nothing. From `--fixtures` when
 * given, else from trial files built from the blocks' own patterns (trialFiles).
 */
function checkConvergence(runtime: Runtime, policy: Policy, text: string, options: LintOptions, out: Diagnostic[]): void {
  // (policy is the IR of `text` as lintPolicy parsed it.)
  const searched = new Map<string, Searches>();
  for (const s of policy.sections) {
    for (const item of s.items) {
      // Only files named without variables and absolute (home/… needs users and homes).
      if (item.kind !== 'edit' || !item.file.parts.every(p => p.kind === 'text') || !item.file.raw.startsWith('/')) continue;
      const searches = searched.get(item.file.raw) ?? { lines: [], finds: [] };
      searchesOf(runtime, item, searches);
      searched.set(item.file.raw, searches);
    }
  }
  if (searched.size === 0) return;
  let startingPoints: Record<string, string | Uint8Array>[];
  if (options.fixtures) {
    startingPoints = [options.fixtures];
  } else {
    // Trial i gives every file its i-th trial content (or its last, when it has fewer).
    const trials = new Map([...searched].map(([f, searches]) => [f, trialFiles(searches)]));
    const count = Math.max(...[...trials.values()].map(t => t.length));
    startingPoints = Array.from({ length: count }, (_, i) =>
      Object.fromEntries([...trials].map(([f, t]) => [f, t[Math.min(i, t.length - 1)]])));
  }
  // A file with no actionsequence is one part of a policy (imported by one that has it): its edits
  // are tried as the importer would run them.
  const hasSequence = policy.sections.some(s => s.name === 'control' &&
    s.items.some(i => i.kind === 'assignment' && i.name.toLowerCase() === 'actionsequence'));
  const trial = hasSequence ? text : `control:\n actionsequence = ( editfiles )\n${text}`;
  const reported = new Set<string>();
  // Parsed once for all the trial runs; a policy with its actionsequence runs as lint parsed it.
  const parsed: ParsedPolicy = hasSequence ? { policy, diagnostics: [] } : parsePolicy(runtime.parser, trial);
  // The two runs from `start`. The traces (which command to blame) are made only for a start
  // that has something to report: the runs are deterministic, so that one is run again, traced.
  const pair = (start: Record<string, string | Uint8Array>, trace: boolean): [TrialResult, TrialResult] => {
    const given = trace ? TRACED_TRIAL : TRIAL;
    const first = runTrial(runtime, parsed, start, given, options.memoryHost);
    // The files as the first run left them, byte for byte. When it left them as they were, the
    // second run would be the first again (same policy, files, clock and no state): not run.
    return [first, first.diffs.length === 0 ? first : runTrial(runtime, parsed, first.files, given, options.memoryHost)];
  };
  const failed = (e: unknown) => out.push(at(RULES.nonConvergent, findCulprit(policy, [...searched.keys()][0]).loc,
    `not checked: the trial run failed (${(e as Error).message})`));
  for (const start of startingPoints) {
    // Every edited file has its finding: the other starts could add nothing (a file is reported once).
    if (reported.size === searched.size) break;
    let first: TrialResult;
    let second: TrialResult;
    try {
      [first, second] = pair(start, false);
    } catch (e) {
      if (e instanceof MemoryHostNeeded) throw e;
      failed(e);
      return;
    }
    const tooBig = [...first.log, ...second.log].find(l => l.level === 'error' && l.message.includes('bytes; the file is left unchanged'));
    if (tooBig) {
      const path = [...searched.keys()].find(f => tooBig.message.includes(` ${f} `)) ?? [...searched.keys()][0];
      if (!reported.has(path)) {
        reported.add(path);
        out.push(at(RULES.nonConvergent, findCulprit(policy, path).loc,
          `${path}: not checked: too big (a trial run made it grow past ${TRIAL_GROWTH / 1024 / 1024} MiB)`));
      }
    }
    let traced: [TrialResult, TrialResult] | null = null;
    for (const change of second.diffs) {
      if (!searched.has(change.path) || reported.has(change.path)) continue;
      try {
        traced ??= pair(start, true);
      } catch (e) {
        if (e instanceof MemoryHostNeeded) throw e;
        failed(e);
        return;
      }
      reported.add(change.path);
      const culprit = findCulprit(policy, change.path);
      // A command whose search came out differently in the two runs is the cause, whatever the
      // guess would say (the playground's Convergence tab names the same one).
      const d = firstDivergence(traced[0].trace ?? [], traced[1].trace ?? [], change.path);
      const named = d && d.kind !== 'changed' ? { loc: divergenceLoc(d, culprit.loc.file), why: d.why } : culprit;
      out.push(at(RULES.nonConvergent, named.loc, `${change.path} changes again on a second run: ${named.why}`));
    }
  }
}

/** The command most likely to blame: InsertLine/InsertFile/Append/Prepend, else the block. */
function findCulprit(policy: Policy, path: string): { loc: Location; why: string } {
  let block: EditBlock | null = null;
  for (const s of policy.sections) for (const item of s.items) if (item.kind === 'edit' && item.file.raw === path) block ??= item;
  const cmds = block!.commands;
  const pick = cmds.find(c => c.name === 'InsertLine' || c.name === 'InsertFile')
    ?? cmds.find(c => c.name === 'Append' || c.name === 'Prepend')
    ?? cmds.find(c => c.name === 'ReplaceAll');
  if (!pick) return { loc: block!.loc, why: 'the block is not idempotent' };
  const why = pick.name.startsWith('Insert')
    ? `${pick.name} inserts after the current line on every run (D3); guard it with a BeginGroupIfNo… that its own line satisfies`
    : pick.name === 'ReplaceAll' ? 'the replacement text matches the pattern again'
      : `${pick.name} adds a line on every run (D17); use ${pick.name}IfNoSuchLine or a group`;
  return { loc: pick.nameLoc, why };
}

export function lintPolicy(runtime: Runtime, text: string, file: string, options: LintOptions = {}): Diagnostic[] {
  const { policy, diagnostics } = runtime.parser.parse(text, file);
  // The parser reports an unknown section whose items it cannot read at its name: that is CF002.
  const unknownSection = (d: Diagnostic) => {
    const name = /^(\w+): is not a section/.exec(d.message)?.[1];
    return name !== undefined && d.message === unknownSectionMessage(name);
  };
  const out: Diagnostic[] = diagnostics.map(d => (d.severity !== 'error' ? d
    : { ...d, code: unknownSection(d) ? RULES.unknownSection.id : RULES.syntax.id }));
  if (diagnostics.some(d => d.severity === 'error')) return out.sort(compareDiagnostics);
  for (const s of policy.sections) {
    if (!s.known) out.push(at(RULES.unknownSection, s.nameLoc, unknownSectionMessage(s.name)));
    for (const item of s.items) {
      if (item.kind === 'edit') checkBlock(runtime, item, out);
      if (item.kind === 'process') checkRegex(runtime, item.pattern, 'processes', out);
    }
  }
  checkActions(policy, out);
  checkOptions(runtime, policy, out);
  // A file that imports or is imported gets classes and macros from the others.
  if (!isPartial(policy)) {
    checkClasses(runtime, policy, options, out);
    checkVariables(runtime, policy, out);
  }
  checkMacros(policy, vocabularySets(runtime.core.vocabulary()).controlLists, out);
  checkEditFileSize(policy, out);
  if (!options.noRun && !out.some(d => d.severity === 'error')) checkConvergence(runtime, policy, text, options, out);
  return out.sort(compareDiagnostics);
}

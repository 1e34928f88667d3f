/**
 * @fileoverview What the language server knows about one open policy: its IR with the imports
 * merged in (host/ir/imports.ts), the diagnostics `cfwasm lint` gives (host/lint, unchanged), and
 * an index of the names in it (sections, commands, options, classes, groups, variables) with
 * their places, which hover, definition, references, rename and completion look things up in.
 * Environment-neutral: the caller says how to read an import.
 */
import type { Runtime } from '../api/runtime.js';
import { parsePolicy } from '../api/runtime.js';
import { classList } from '../api/facts.js';
import type { ImportReader } from '../ir/imports.js';
import type { ParseState } from '../ir/incremental.js';
import type { SyntaxNode } from '../ir/syntax-node.js';
import { freeParseState, newParseState } from '../ir/incremental.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import type { ClassExpression, Location, Policy, Value } from '../ir/types.js';
import { lintPolicy, optionNamed, valuesIn } from '../lint/lint.js';

/** Settings from the workspace configuration (`cfwasm.*`), as `cfwasm lint`'s options. */
export interface LspSettings {
  /** Classes defined from outside the policy (host names, -D classes): `--classes`. */
  classes: string[];
  /** `--fixtures DIR`: the files CF015 and the dry-run lens start from. */
  fixtures?: Record<string, string | Uint8Array>;
  /** `--no-run`: no CF015 trial runs. */
  noRun: boolean;
}

export type NameKind = 'section' | 'command' | 'option' | 'class' | 'variable';

/** One name written in the policy. `def`: this place defines it (a group, addclasses, define=, a macro). */
export interface NameSpan {
  kind: NameKind;
  name: string;
  loc: Location;
  def: boolean;
  /** option: its section; class: 'group' when this is a groups:/classes: assignment. */
  detail?: string;
}

export interface Analysis {
  file: string;
  text: string;
  /** The policy, imports merged (items of imports keep their own files in their locations). */
  policy: Policy;
  /** The main file's lint diagnostics and the imports' (file in each location). */
  diagnostics: Diagnostic[];
  names: NameSpan[];
  /** The texts read, by file name (the main file and each import). */
  texts: Map<string, string>;
  /** The imports' texts by the name the import section gives them (a run's `imports`). */
  imports: Record<string, string>;
  /** Whether the convergence check (CF015) ran: it comes in a second, later pass (server.ts). */
  converged: boolean;
}

/**
 * The last parse of each file, so the analysis and lint (which parses for itself) parse a text
 * once, and the next text of that file is parsed incrementally from it (host/ir/incremental.ts):
 * a keystroke then costs a fraction of one parse. Bounded: a few files are open at a time.
 */
const lastParse = new Map<string, { text: string; result: ReturnType<Runtime['parser']['parse']>; state: ParseState }>();
const LAST_PARSES = 32;

function onceParsed(runtime: Runtime): Runtime {
  return {
    core: runtime.core,
    parser: {
      parse(text, file, options) {
        if (options?.keepTree) return runtime.parser.parse(text, file, options);
        const hit = lastParse.get(file);
        if (hit && hit.text === text) return hit.result;
        const state = hit?.state ?? newParseState();
        lastParse.delete(file);
        const result = runtime.parser.parse(text, file, { incremental: state });
        lastParse.set(file, { text, result, state });
        if (lastParse.size > LAST_PARSES) {
          const [oldest, entry] = lastParse.entries().next().value!;
          freeParseState(entry.state);
          lastParse.delete(oldest);
        }
        return result;
      },
    },
  };
}

/**
 * The syntax tree (its plain copy) of `text` as file `file`: the last parse's when it was of this
 * text, else parsed now, incrementally, and kept for the next keystroke (semantic tokens).
 */
export function syntaxOf(runtime: Runtime, text: string, file: string): SyntaxNode {
  onceParsed(runtime).parser.parse(text, file);
  return lastParse.get(file)!.state.root!;
}

/** The part of `v` that is `name` (a word of a class list, or `$(name)`), as places in the source. */
function wordsIn(v: Value, pattern: RegExp, lines: Lines): { text: string; loc: Location }[] {
  const source = lines(v.loc.file);
  if (!source || v.loc.line !== v.loc.endLine) return [];
  const line = source[v.loc.line - 1] ?? '';
  const start = v.loc.column - 1;
  const written = line.slice(start, v.loc.endColumn - 1);
  const out: { text: string; loc: Location }[] = [];
  for (const m of written.matchAll(pattern)) {
    const word = m[1] ?? m[0];
    const column = v.loc.column + m.index! + m[0].indexOf(word);
    out.push({ text: word, loc: { ...v.loc, column, endColumn: column + word.length } });
  }
  return out;
}

/** The lines of a file read for the analysis (split once). */
type Lines = (file: string) => string[] | undefined;

const CLASS_WORD = /[A-Za-z0-9_]+/g;
const VARIABLE = /\$[({]([A-Za-z0-9_]+)[)}]/g;

/** Every class name of a selector, iteratively (selectors may be long). */
function classesOf(root: ClassExpression, visit: (name: string, loc: Location) => void): void {
  const todo = [root];
  for (let e = todo.pop(); e; e = todo.pop()) {
    if (e.kind === 'class') visit(e.name, e.loc);
    else if (e.kind === 'not') todo.push(e.operand);
    else todo.push(...e.operands);
  }
}

function indexNames(runtime: Runtime, policy: Policy, texts: Map<string, string>): NameSpan[] {
  const split = new Map<string, string[]>();
  const lines: Lines = file => {
    if (!split.has(file) && texts.has(file)) split.set(file, texts.get(file)!.split('\n'));
    return split.get(file);
  };
  const names: NameSpan[] = [];
  const selectors = new Set<string>();
  const vocabulary = runtime.core.vocabulary();
  const optionOf = (section: string, written: string) => optionNamed(vocabulary, section, written) ?? written.toLowerCase();
  const classWords = (v: Value, def: boolean) => {
    for (const w of wordsIn(v, CLASS_WORD, lines)) names.push({ kind: 'class', name: w.text, loc: w.loc, def });
  };
  for (const s of policy.sections) {
    names.push({ kind: 'section', name: s.name, loc: s.nameLoc, def: false });
    for (const item of s.items) {
      if (item.when) {
        // Items under one selector share its expression: index it once.
        const key = `${item.when.loc.file}:${item.when.loc.line}:${item.when.loc.column}`;
        if (!selectors.has(key)) {
          selectors.add(key);
          classesOf(item.when, (name, loc) => names.push({ kind: 'class', name, loc, def: false }));
        }
      }
      if (item.kind === 'assignment') {
        if (s.name === 'groups' || s.name === 'classes') {
          names.push({ kind: 'class', name: item.name, loc: item.nameLoc, def: true, detail: 'group' });
          for (const v of item.values) if (!v.quote) classWords(v, false);
        } else if (s.name === 'control') {
          const lower = item.name.toLowerCase();
          if (lower === 'addclasses' || lower === 'addinstallable') item.values.forEach(v => classWords(v, true));
          else if (lower === 'actionsequence') {
            // `editfiles.second` defines `second` while it runs.
            for (const v of item.values) for (const w of wordsIn(v, CLASS_WORD, lines).slice(1)) names.push({ kind: 'class', name: w.text, loc: w.loc, def: true });
          } else names.push({ kind: 'variable', name: item.name, loc: item.nameLoc, def: true });
        }
      }
      if (item.kind === 'edit') {
        for (const c of item.commands) {
          names.push({ kind: 'command', name: c.name, loc: c.nameLoc, def: false });
          if (/^(Else)?DefineClasses$|^DefineInGroup$/.test(c.name)) c.args.forEach(v => classWords(v, true));
        }
      }
      if ('options' in item) {
        for (const o of item.options) {
          const name = optionOf(s.name, o.name);
          const loc = { ...o.loc, endLine: o.loc.line, endColumn: o.loc.column + o.name.length };
          names.push({ kind: 'option', name, loc, def: false, detail: s.name });
          if (name === 'define' || name === 'elsedefine') classWords(o.value, true);
        }
      }
    }
  }
  for (const v of valuesIn(policy.sections)) {
    if (!v.parts.some(p => p.kind === 'variable')) continue;
    for (const w of wordsIn(v, VARIABLE, lines)) names.push({ kind: 'variable', name: w.text, loc: w.loc, def: false });
  }
  return names;
}

/**
 * Parses and lints `text` (named `file`), following its imports with `read`. The lint is
 * `cfwasm lint`'s, with the workspace's settings; imports add their own parse problems.
 */
export function analyse(fullRuntime: Runtime, text: string, file: string, settings: LspSettings, read: ImportReader): Analysis {
  const runtime = onceParsed(fullRuntime);
  const texts = new Map([[file, text]]);
  const imports: Record<string, string> = {};
  const recording: ImportReader = name => {
    const found = read(name);
    if (found) {
      texts.set(found.file, found.text);
      imports[name] = found.text;
    }
    return found;
  };
  const parsed = parsePolicy(runtime.parser, text, { file, readImport: recording });
  const lint = lintPolicy(runtime, text, file, { classes: classList(...settings.classes), noRun: settings.noRun, fixtures: settings.fixtures });
  // The import section's own problems (unreadable, syntax errors in an import); the main file's are lint's.
  const fromImports = parsed.diagnostics.filter(d => d.loc.file !== file || d.message.startsWith('import:'));
  return { file, text, policy: parsed.policy, diagnostics: [...lint, ...fromImports], names: indexNames(runtime, parsed.policy, texts), texts, imports, converged: !settings.noRun };
}

/** The name at a 1-based line and column, if any. */
export function nameAt(a: Analysis, file: string, line: number, column: number): NameSpan | null {
  let best: NameSpan | null = null;
  for (const n of a.names) {
    const l = n.loc;
    if (l.file !== file || l.line > line || l.endLine < line) continue;
    if (l.line === line && l.column > column) continue;
    if (l.endLine === line && l.endColumn < column) continue;
    // The innermost: a variable inside an option's value beats nothing else at the same place.
    if (!best || (l.endColumn - l.column) < (best.loc.endColumn - best.loc.column)) best = n;
  }
  return best;
}

/** Every place of a class, group or variable: definitions first. */
export function placesOf(a: Analysis, kind: NameKind, name: string): NameSpan[] {
  return a.names.filter(n => n.kind === kind && n.name === name).sort((x, y) => Number(y.def) - Number(x.def));
}

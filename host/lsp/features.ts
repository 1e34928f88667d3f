/**
 * @fileoverview The language features, as functions of an Analysis (analysis.ts) and a position:
 * hover, completion, definition, references, rename, document symbols, code actions, code lenses
 * and semantic tokens. Positions here are LSP's (0-based lines, UTF-16 columns); the IR's are
 * 1-based in the same units. Nothing here reads files or talks to a client (server.ts does).
 */
import {
  CodeAction, CodeActionKind, CompletionItemKind, DiagnosticSeverity, SymbolKind, TextEdit,
} from 'vscode-languageserver';
import type {
  CodeLens, CompletionItem, Diagnostic as LspDiagnostic, DocumentSymbol, Hover, Location as LspLocation,
  Position, Range, SemanticTokens, WorkspaceEdit,
} from 'vscode-languageserver';
import type { HostFacts, Runtime } from '../api/runtime.js';
import { runInMemory } from '../api/run.js';
import type { ClassOrigin } from '../api/trace.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import { evaluateSelector } from '../ir/class-value.js';
import type { EditBlock, Location } from '../ir/types.js';
import { SECTION_NAMES } from '../ir/types.js';
import type { SyntaxNode } from '../ir/syntax-node.js';
import { EDIT_COMMANDS } from '../lint/editfiles-commands.js';
import { RULES } from '../lint/rules.js';
import type { Analysis, LspSettings, NameSpan } from './analysis.js';
import { nameAt, placesOf } from './analysis.js';
import { COMMAND_DOCS, describe, optionDoc, SECTION_DOCS } from './docs.js';

export const rangeOf = (l: Location): Range => ({
  start: { line: l.line - 1, character: l.column - 1 },
  end: { line: l.endLine - 1, character: l.endColumn - 1 },
});

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** A lint diagnostic as LSP's: the same message and rule id. */
export function toLsp(d: Diagnostic): LspDiagnostic {
  return { range: rangeOf(d.loc), severity: SEVERITY[d.severity], message: d.message, code: d.code, source: 'cfwasm' };
}

const at = (a: Analysis, file: string, p: Position) => nameAt(a, file, p.line + 1, p.character + 1);

// ---------------------------------------------------------------------------------------------
// Classes on this host: the core reads the declarations as a run would (-a: no action runs) in
// memory, so a quoted command in a group runs nothing, and says where each class came from.

export interface HostClasses { defined: Set<string>; origins: Record<string, ClassOrigin> }

const hostClassCache = new WeakMap<Analysis, HostClasses>();

export function hostClasses(runtime: Runtime, a: Analysis, facts: HostFacts, settings: LspSettings): HostClasses {
  let known = hostClassCache.get(a);
  if (!known) {
    const result = runInMemory(runtime, a.text, {
      ...facts, file: a.file, imports: a.imports, declarationsOnly: true, noCommands: true, trace: true,
      define: settings.classes,
    });
    known = { defined: new Set(result.classes), origins: result.classOrigins ?? {} };
    hostClassCache.set(a, known);
  }
  return known;
}

function originText(o: ClassOrigin): string {
  switch (o.origin) {
    case 'any': return 'always (any)';
    case 'hard': return 'a hard class of this host';
    case 'time': return 'a time class (the clock now)';
    case 'hostname': return 'the name of this host';
    case 'define': return 'defined from outside (cfwasm.classes, as -D)';
    case 'addclasses': return 'control: addclasses';
    case 'group': return `group ${o.detail ?? ''}`.trim();
    case 'actionsequence': return `the actionsequence entry ${o.detail ?? ''}`.trim();
    default: return `${o.origin}${o.detail ? ` ${o.detail}` : ''}`;
  }
}

// ---------------------------------------------------------------------------------------------

export function hover(runtime: Runtime, a: Analysis, file: string, p: Position, facts: HostFacts, settings: LspSettings): Hover | null {
  const n = at(a, file, p);
  if (!n) return null;
  let text: string | null = null;
  if (n.kind === 'section' && SECTION_DOCS[n.name]) text = `**${n.name}:**\n\n${describe(SECTION_DOCS[n.name])}`;
  if (n.kind === 'command' && COMMAND_DOCS[n.name]) text = `**${n.name}**\n\n${describe(COMMAND_DOCS[n.name])}`;
  if (n.kind === 'option') {
    const doc = optionDoc(n.detail!, n.name);
    if (doc) text = `**${n.name}=** (${n.detail})\n\n${describe(doc)}`;
  }
  if (n.kind === 'class') text = classHover(runtime, a, n, facts, settings);
  if (n.kind === 'variable') text = variableHover(runtime, a, n, facts, settings);
  return text === null ? null : { contents: { kind: 'markdown', value: text }, range: rangeOf(n.loc) };
}

function classHover(runtime: Runtime, a: Analysis, n: NameSpan, facts: HostFacts, settings: LspSettings): string {
  const { defined, origins } = hostClasses(runtime, a, facts, settings);
  const head = `**${n.name}** (class)`;
  const defs = placesOf(a, 'class', n.name).filter(x => x.def)
    .map(x => `- ${x.detail === 'group' ? 'group' : 'defined'} at ${where(a, x.loc)}`);
  const truth = defined.has(n.name)
    ? `true on this host: ${origins[n.name] ? originText(origins[n.name]) : 'defined'}`
    : 'false on this host: nothing defines it here (a quoted command in a group is not run for this)';
  return [head, '', truth, ...(defs.length ? ['', ...defs] : [])].join('\n');
}

function where(a: Analysis, l: Location): string {
  return l.file === a.file ? `line ${l.line}` : `${l.file}:${l.line}`;
}

function variableHover(runtime: Runtime, a: Analysis, n: NameSpan, facts: HostFacts, settings: LspSettings): string {
  const special: Record<string, string | undefined> = {
    host: facts.hostname, fqhost: facts.fqhost ?? facts.hostname, class: facts.osClass ?? 'linux',
  };
  const lines = [`**$(${n.name})**`, ''];
  if (special[n.name.toLowerCase()] !== undefined) lines.push(`special variable: \`${special[n.name.toLowerCase()]}\` on this host`);
  const { defined } = hostClasses(runtime, a, facts, settings);
  let inForce: string | null = null;
  for (const s of a.policy.sections) {
    if (s.name !== 'control') continue;
    for (const item of s.items) {
      if (item.kind !== 'assignment' || item.name !== n.name) continue;
      const value = item.values.map(v => v.raw).join(' ');
      // The last definition whose class holds is the one in force (lint's CF014 says so too).
      if (!item.when || evaluateSelector(item.when, defined)) inForce = value;
      lines.push(`- \`${value}\` at ${where(a, item.nameLoc)}`);
    }
  }
  if (inForce !== null) lines.splice(2, 0, `value on this host: \`${inForce}\``, '');
  else if (lines.length === 2) lines.push(runtime.core.vocabulary().variables.includes(n.name.toLowerCase())
    ? 'a variable cfengine sets' : 'never defined: it expands to nothing, unless the environment has it (D10)');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** The section and editfiles block around a line of the main file (1-based). */
function contextAt(a: Analysis, line: number): { section: string | null; block: EditBlock | null } {
  let section: string | null = null;
  let block: EditBlock | null = null;
  for (const s of a.policy.sections) {
    if (s.nameLoc.file !== a.file || s.nameLoc.line > line) continue;
    section = s.name;
    block = null;
    for (const item of s.items) if (item.kind === 'edit' && item.loc.line < line && item.loc.endLine >= line) block = item;
  }
  return { section, block };
}

export function complete(runtime: Runtime, a: Analysis, p: Position): CompletionItem[] {
  const lineText = a.text.split('\n', p.line + 1)[p.line] ?? '';
  const before = lineText.slice(0, p.character);
  const { section, block } = contextAt(a, p.line + 1);
  const vocabulary = runtime.core.vocabulary();
  const classNames = () => [...new Set(a.names.filter(x => x.kind === 'class' && x.def).map(x => x.name))].sort()
    .map(name => ({ label: name, kind: CompletionItemKind.EnumMember, detail: 'class' }));
  const variables = () => [...new Set([...a.names.filter(x => x.kind === 'variable' && x.def).map(x => x.name), ...vocabulary.variables])]
    .sort().map(name => ({ label: name, kind: CompletionItemKind.Variable }));
  if (/\$[({][A-Za-z0-9_]*$/.test(before)) return variables();
  if (block && /^\s*[A-Za-z]*$/.test(before)) {
    return Object.keys(EDIT_COMMANDS).map(name => ({
      label: name, kind: CompletionItemKind.Function,
      documentation: COMMAND_DOCS[name] ? { kind: 'markdown', value: describe(COMMAND_DOCS[name]) } : undefined,
    }));
  }
  if (/^[A-Za-z]*$/.test(before)) {
    return [...SECTION_NAMES.map(name => ({
      label: `${name}:`, kind: CompletionItemKind.Module, filterText: name,
      documentation: { kind: 'markdown' as const, value: describe(SECTION_DOCS[name]) },
    })), ...classNames()];
  }
  if (section && vocabulary.options[section] && /\S\s+[A-Za-z]*$/.test(before)) {
    return vocabulary.options[section].map(name => {
      const doc = optionDoc(section, name);
      return {
        label: `${name}=`, kind: CompletionItemKind.Property, filterText: name,
        documentation: doc ? { kind: 'markdown' as const, value: describe(doc) } : undefined,
      };
    });
  }
  return [...classNames(), ...variables()];
}

// ---------------------------------------------------------------------------------------------

export const lspLocation = (l: Location, uriOf: (file: string) => string): LspLocation => ({ uri: uriOf(l.file), range: rangeOf(l) });

export function definition(a: Analysis, file: string, p: Position, uriOf: (file: string) => string): LspLocation[] {
  const n = at(a, file, p);
  if (!n || (n.kind !== 'class' && n.kind !== 'variable')) return [];
  const defs = placesOf(a, n.kind, n.name).filter(x => x.def);
  // A group is the definition of its class; other places only define it when it is no group.
  const groups = defs.filter(x => x.detail === 'group');
  return (groups.length ? groups : defs).map(x => lspLocation(x.loc, uriOf));
}

export function references(a: Analysis, file: string, p: Position, withDeclaration: boolean, uriOf: (file: string) => string): LspLocation[] {
  const n = at(a, file, p);
  if (!n || (n.kind !== 'class' && n.kind !== 'variable')) return [];
  return placesOf(a, n.kind, n.name).filter(x => withDeclaration || !x.def).map(x => lspLocation(x.loc, uriOf));
}

/** The name rename would change at `p`: a class (a group's too) or a macro. */
export function renameTarget(a: Analysis, file: string, p: Position): NameSpan | null {
  const n = at(a, file, p);
  return n && (n.kind === 'class' || n.kind === 'variable') ? n : null;
}

export function rename(a: Analysis, file: string, p: Position, newName: string, uriOf: (file: string) => string): WorkspaceEdit | null {
  const n = renameTarget(a, file, p);
  if (!n) return null;
  if (!/^[A-Za-z0-9_]+$/.test(newName)) throw new Error(`${newName} is not a class or variable name (letters, digits, _)`);
  const changes: Record<string, TextEdit[]> = {};
  for (const x of placesOf(a, n.kind, n.name)) (changes[uriOf(x.loc.file)] ??= []).push(TextEdit.replace(rangeOf(x.loc), newName));
  return { changes };
}

// ---------------------------------------------------------------------------------------------

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const s of a.policy.sections) {
    if (s.loc.file !== a.file) continue;
    const children: DocumentSymbol[] = [];
    for (const item of s.items) {
      if (item.kind === 'edit') {
        children.push({ name: item.file.raw, detail: 'editfiles block', kind: SymbolKind.File, range: rangeOf(item.loc), selectionRange: rangeOf(item.file.loc) });
      } else if (item.kind === 'assignment') {
        const group = s.name === 'groups' || s.name === 'classes';
        children.push({
          name: item.name, detail: group ? 'group' : 'macro', kind: group ? SymbolKind.Class : SymbolKind.Variable,
          range: rangeOf(item.loc), selectionRange: rangeOf(item.nameLoc),
        });
      }
    }
    out.push({ name: `${s.name}:`, kind: SymbolKind.Namespace, range: rangeOf(s.loc), selectionRange: rangeOf(s.nameLoc), children });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/** The name a lint message suggests ("…; did you mean X?"), without the `:` or `=` it is written with. */
export function suggestionIn(message: string): string | null {
  const m = /did you mean\s+[`'"‘“]?([A-Za-z0-9_]+)[:=]?[`'"’”]?\s*\?/i.exec(message);
  return m ? m[1] : null;
}

/** The quick fixes lint's diagnostics state: "did you mean …?", and CF015's guard of an InsertLine. */
export function codeActions(a: Analysis, uri: string, diagnostics: LspDiagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const lines = a.text.split('\n');
  for (const d of diagnostics) {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const suggestion = suggestionIn(message);
    // The misspelt name is the word the diagnostic starts at (a section's `:` or an option's
    // `=value` after it stays as written).
    const word = suggestion ? /^[A-Za-z0-9_]+/.exec((lines[d.range.start.line] ?? '').slice(d.range.start.character)) : null;
    if (suggestion && word) {
      const range = { start: d.range.start, end: { line: d.range.start.line, character: d.range.start.character + word[0].length } };
      const fix = CodeAction.create(`Change to ${suggestion}`, { changes: { [uri]: [TextEdit.replace(range, suggestion)] } }, CodeActionKind.QuickFix);
      fix.diagnostics = [d];
      fix.isPreferred = true;
      out.push(fix);
    }
    if (d.code === RULES.nonConvergent.id && /BeginGroupIfNo/.test(message)) {
      const cmd = commandAt(a, d.range.start.line + 1, d.range.start.character + 1);
      if (!cmd || cmd.name !== 'InsertLine' || !cmd.args[0] || cmd.loc.line !== cmd.loc.endLine) continue;
      const arg = cmd.args[0];
      const indent = /^\s*/.exec(lines[cmd.loc.line - 1])![0];
      const quote = arg.quote ?? '"';
      const edits = [
        TextEdit.insert({ line: cmd.loc.line - 1, character: 0 }, `${indent}BeginGroupIfNoSuchLine ${quote}${arg.raw}${quote}\n`),
        TextEdit.insert({ line: cmd.loc.line, character: 0 }, `${indent}EndGroup\n`),
      ];
      const fix = CodeAction.create('Guard with BeginGroupIfNoSuchLine … EndGroup', { changes: { [uri]: edits } }, CodeActionKind.QuickFix);
      fix.diagnostics = [d];
      out.push(fix);
    }
  }
  return out;
}

function commandAt(a: Analysis, line: number, column: number) {
  for (const s of a.policy.sections) {
    for (const item of s.items) {
      if (item.kind !== 'edit' || item.loc.file !== a.file) continue;
      for (const c of item.commands) if (c.nameLoc.line === line && c.nameLoc.column === column) return c;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

export const DRY_RUN_COMMAND = 'cfwasm.dryRun';

/** Two lenses on each editfiles block: a dry run of the file it names, and CF015's answer. */
export function codeLenses(a: Analysis, settings: LspSettings, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const s of a.policy.sections) {
    for (const item of s.items) {
      if (item.kind !== 'edit' || item.loc.file !== a.file) continue;
      const range = rangeOf({ ...item.loc, endLine: item.loc.line, endColumn: item.loc.column + 1 });
      const path = item.file.raw;
      out.push({ range, command: { title: 'dry run', command: DRY_RUN_COMMAND, arguments: [uri, path] } });
      out.push({ range, command: { title: convergence(a, settings, item), command: '' } });
    }
  }
  return out;
}

function convergence(a: Analysis, settings: LspSettings, block: EditBlock): string {
  const path = block.file.raw;
  const found = a.diagnostics.find(d => d.code === RULES.nonConvergent.id && d.loc.file === a.file &&
    (d.message.startsWith(`${path} `) || d.message.startsWith(`${path}: `)) ||
    (d.code === RULES.nonConvergent.id && d.loc.line >= block.loc.line && d.loc.line <= block.loc.endLine));
  if (found) return `converges? no: ${found.message}`;
  if (settings.noRun) return 'converges? not checked (cfwasm.noRun)';
  if (!a.converged) return 'converges? (checking when typing pauses)';
  if (!block.file.parts.every(p => p.kind === 'text') || !path.startsWith('/')) return 'converges? not checked (the file name is not a plain absolute path)';
  if (a.diagnostics.some(d => d.severity === 'error' && d.loc.file === a.file)) return 'converges? not checked (the policy has errors)';
  return `converges? yes: a second run changes nothing (${settings.fixtures ? 'from the fixtures' : 'from trial files'})`;
}

/** The dry run of the policy on `path` with `content`: the plan for that file as a unified diff. */
export function dryRun(runtime: Runtime, a: Analysis, path: string, content: Uint8Array | null, facts: HostFacts, settings: LspSettings): string {
  const result = runInMemory(runtime, a.text, {
    ...facts, file: a.file, imports: a.imports, dryRun: true, noCommands: true, define: settings.classes,
    files: content ? { [path]: content } : {},
  });
  const diff = result.diffs.find(d => d.path === path);
  const errors = result.log.filter(l => l.level === 'error').map(l => l.message);
  return [diff ? diff.diff : `${path}: no change planned`, ...errors].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Semantic tokens: the node kinds grammar/queries/highlights.scm colours, as LSP token types.

export const TOKEN_TYPES = ['comment', 'keyword', 'enumMember', 'operator', 'variable', 'property', 'function', 'string', 'macro', 'enum'];

/** highlights.scm's node type (and field) → index into TOKEN_TYPES. */
export const TOKEN_OF_NODE: Record<string, number> = {
  comment: 0, section_name: 1, class_name: 2, operator: 3, '!': 3, arrow: 3, '=': 3, 'assignment.identifier': 4,
  option_name: 5, flag: 9, home: 9, command_name: 6, With: 6, restart: 1, SetOptionString: 6, string: 7, variable: 8,
};

export function semanticTokens(root: SyntaxNode): SemanticTokens {
  const data: number[] = [];
  let lastLine = 0;
  let lastChar = 0;
  const todo: SyntaxNode[] = [root];
  const found: { line: number; char: number; length: number; type: number }[] = [];
  while (todo.length) {
    const n = todo.pop()!;
    const type = TOKEN_OF_NODE[n.parent?.type === 'assignment' && n.field === 'name' ? `assignment.${n.type}` : n.type];
    if (type !== undefined) {
      const start = n.lines.position(n.startIndex);
      const end = n.lines.position(n.endIndex);
      // Strings and variables colour whole; a token may not span lines in LSP: its first line only.
      const length = end.row === start.row ? end.column - start.column : n.text.indexOf('\n');
      if (length > 0) found.push({ line: start.row, char: start.column, length, type });
      if (n.type === 'string' || n.type === 'comment') continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  found.sort((x, y) => x.line - y.line || x.char - y.char);
  for (const t of found) {
    data.push(t.line - lastLine, t.line === lastLine ? t.char - lastChar : t.char, t.length, t.type, 0);
    lastLine = t.line;
    lastChar = t.char;
  }
  return { data };
}

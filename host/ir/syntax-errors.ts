/**
 * @fileoverview Turns a policy's syntax problems into diagnostics at the place a person would
 * look for them. Three passes, cheapest first:
 *   1. binary data (a NUL or other control byte) — the file is not a policy at all;
 *   2. a lexical scan for brackets and quotes left open — tree-sitter's error recovery reports
 *      those far from their cause (at the end of the file, or at the next section), so the scan
 *      names the opening `"`, `(` or `{` instead;
 *   3. the ERROR and MISSING nodes of the tree, each reported at its first unexpected token.
 */
import { isBlank, trimBlanks } from './blanks.js';
import type { Diagnostic } from './diagnostics.js';
import { pointLocation } from './diagnostics.js';
import type { SyntaxNode as Node } from './syntax-node.js';
import { childByField, endOf, isError, startOf } from './syntax-node.js';
import type { Location } from './types.js';
import { SECTION_NAMES } from './types.js';
import { didYouMean } from './suggest.js';

/** What each kind of section expects, for "unexpected …" messages. */
const SECTION_SHAPES: Record<string, string> = {
  control: 'name = ( values )',
  groups: 'name = ( members )',
  classes: 'name = ( members )',
  editfiles: '{ file commands… }',
  acl: '{ alias entries… }',
  links: 'from -> to',
  processes: '"regex" options, or SetOptionString "…"',
  shellcommands: 'a quoted command',
  miscmounts: 'host:/source /destination mode',
};

export function locationOf(node: Node, file: string): Location {
  const start = startOf(node);
  const end = endOf(node);
  return { file, line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

/** Pass 1: a control byte other than white space means binary data. */
export function findBinaryData(text: string, file: string): Diagnostic | null {
  // eslint-disable-next-line no-control-regex
  const match = /[\x00-\x08\x0e-\x1f\x7f]/.exec(text);
  if (!match) return null;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = match.index - before.lastIndexOf('\n');
  const byte = match[0].charCodeAt(0).toString(16).padStart(2, '0');
  return {
    severity: 'error',
    message: `binary data (byte 0x${byte}): this is not a policy file`,
    loc: pointLocation(file, line, column),
  };
}

/**
 * A file with syntax errors whose first line (past blank lines and comments) is not a section
 * header is not a policy at all (`import: /etc/shadow`, `-f` of the wrong file): one error saying
 * so, and none that would quote its lines — they may be secrets.
 */
export function findNotAPolicy(text: string, file: string): Diagnostic | null {
  const lines = text.split('\n', 10_000);
  for (let i = 0; i < lines.length; i++) {
    const line = trimBlanks(lines[i]);
    if (line === '' || line.startsWith('#')) continue;
    if (SECTION_HEADER.test(line)) return null;
    return {
      severity: 'error',
      message: 'text before any section header (e.g. control:): not a policy, or its first section header is missing (the text is not shown: it may be a secret)',
      loc: pointLocation(file, i + 1, 1),
    };
  }
  return null;
}

interface Opening {
  char: string;
  line: number;
  column: number;
}

const SECTION_HEADER = /^[A-Za-z_][A-Za-z0-9_]*:(?=[ \t\n\r]|$)/; // followed by a blank (blanks.ts)

/**
 * Pass 2: follows the lexical rules of the grammar (comments at line start or after white space,
 * three quote kinds, `$(…)` variables) and reports what is opened and never closed.
 */
export function findUnclosed(text: string, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const open: Opening[] = [];
  const report = (o: Opening, why: string) => problems.push({
    severity: 'error',
    message: o.char === '(' || o.char === '{'
      ? `'${o.char}' is never closed${why}`
      : `unterminated string: the ${o.char} here is never closed${why}`,
    loc: pointLocation(file, o.line, o.column),
  });

  let line = 1;
  let column = 1;
  let atLineStart = true;
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++; column = 1; atLineStart = true; afterSpace = true;
      continue;
    }
    if (isBlank(c)) {
      column++; afterSpace = true;
      continue;
    }
    if (atLineStart) {
      const header = SECTION_HEADER.exec(text.slice(i, i + 64));
      if (header && open.length > 0) {
        for (const o of open.splice(0)) report(o, ` before section '${header[0]}' at line ${line}`);
      }
      atLineStart = false;
    }
    if (c === '#' && afterSpace) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      column += stop - i;
      i = stop - 1;
      continue;
    }
    afterSpace = false;
    if (c === '"' || c === "'" || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) {
        // The rest of the file is inside the string: anything still open is its consequence.
        open.length = 0;
        report({ char: c, line, column }, '');
        break;
      }
      for (let j = i + 1; j <= close; j++) {
        if (text[j] === '\n') { line++; column = 1; } else column++;
      }
      column++;
      i = close;
      continue;
    }
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      const close = text.indexOf(text[i + 1] === '(' ? ')' : '}', i + 2);
      const stop = close < 0 ? i + 1 : close;
      if (!text.slice(i, stop).includes('\n')) {
        column += stop - i + 1;
        i = stop;
        continue;
      }
    }
    if (c === '(' || c === '{') {
      // A list holds no `(`, an edit block no `{`: the outer one was left open.
      const same = open.findIndex(o => o.char === c);
      if (same >= 0) {
        for (const o of open.splice(same)) report(o, ` before the '${c}' at line ${line}, column ${column}`);
      }
      open.push({ char: c, line, column });
    } else if (c === ')' || c === '}') {
      const want = c === ')' ? '(' : '{';
      const at = open.map(o => o.char).lastIndexOf(want);
      if (at >= 0) open.splice(at);
    }
    column++;
  }
  for (const o of open) report(o, ' before the end of the file');
  return problems;
}

const KNOWN_SECTIONS = new Set<string>(SECTION_NAMES);

/** An unknown section name with the known one nearest to it (the lint rule CF002 says the same). */
export function unknownSectionMessage(name: string): string {
  return `${name}: is not a section of cfengine 1.x${didYouMean(name, SECTION_NAMES, s => `${s}:`)}`;
}

/**
 * Pass 3: ERROR and MISSING nodes of the tree. Inside a section whose name is not a section
 * (`editfile:` for editfiles), every item is unexpected: one error at the name says why, in place
 * of those errors at later lines.
 */
export function findTreeErrors(root: Node, text: string, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const named = new Set<number>();
  const visit = (node: Node, section: Node | null) => {
    if ((node.missing || isError(node)) && section && !KNOWN_SECTIONS.has(section.text)) {
      if (!named.has(section.startIndex)) {
        named.add(section.startIndex);
        problems.push({ severity: 'error', message: unknownSectionMessage(section.text), loc: locationOf(section, file) });
      }
      return;
    }
    if (node.missing) {
      problems.push(describeMissing(node, text, file));
      return;
    }
    if (isError(node)) {
      problems.push(unknownHeaderIn(node, text, file) ?? describeError(node, section?.text ?? null, text, file));
      return;
    }
    if (!node.hasError) return;
    // An item a section cannot hold ends that section: the ERROR then follows it at top level.
    let current = section;
    for (const child of node.children) {
      if (child.type === 'section') current = childByField(child, 'name') ?? current;
      visit(child, current);
    }
  };
  visit(root, null);
  return problems;
}

/**
 * A `name:` header that is no section, at the start of a line inside an ERROR: recovery read it
 * as part of something else (`contorl:` followed by `x = ( … )` lines), so the error it caused
 * is reported at it rather than where the recovery gave up.
 */
function unknownHeaderIn(error: Node, text: string, file: string): Diagnostic | null {
  const lineStart = text.lastIndexOf('\n', error.startIndex - 1) + 1;
  const header = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*):(?=\s|$)/gm;
  header.lastIndex = lineStart;
  for (let m = header.exec(text); m && m.index < error.endIndex; m = header.exec(text)) {
    const at = m.index + m[0].length - m[1].length - 1;
    if (at < error.startIndex || KNOWN_SECTIONS.has(m[1])) continue;
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    return { severity: 'error', message: unknownSectionMessage(m[1]), loc: { file, line, column, endLine: line, endColumn: column + m[1].length } };
  }
  return null;
}

const MISSING_WHAT: Record<string, string> = {
  class_name: 'a class name', '::': "'::'", ')': "')'", '}': "'}'", '"': 'a closing \'"\'',
};

function describeMissing(node: Node, text: string, file: string): Diagnostic {
  const what = MISSING_WHAT[node.type] ?? `'${node.type}'`;
  let selector: Node | null = node.parent;
  while (selector && selector.type !== 'class_selector') selector = selector.parent;
  const message = selector
    ? `invalid class selector '${/^\S*/.exec(text.slice(selector.startIndex))![0]}': expected ${what}`
    : `missing ${what}`;
  return { severity: 'error', message, loc: locationOf(selector ?? node, file) };
}

/** Node types that are whole constructs: an ERROR that starts with them failed after them. */
const COMPLETE = new Set(['section', 'class_selector', 'assignment', 'statement', 'entry',
  'list_item', 'edit_block', 'acl_block', 'link', 'process', 'process_options', 'shell_command',
  'mount', 'comment', 'section_name', 'edit_command', 'replace_all']);

function describeError(error: Node, section: string | null, text: string, file: string): Diagnostic {
  let culprit: Node = error;
  for (;;) {
    // Skip what parsed whole, and a section header's `:` that error recovery pulled in.
    const next = culprit.children.find(
      c => !(COMPLETE.has(c.type) && !c.hasError) && c.type !== ':');
    if (!next) break;
    culprit = next;
    if (culprit.children.length === 0) break;
    if (!isError(culprit) && COMPLETE.has(culprit.type)) break;
  }
  const start = culprit.startIndex;
  const run = /^\S{1,60}/.exec(text.slice(start))?.[0] ?? text.slice(start, start + 1);
  const classy = culprit.type === 'class_name' || culprit.type === 'operator' ||
    culprit.type === 'class_expression';
  let message: string;
  if (classy || run.endsWith('::')) {
    message = `invalid class selector '${run}'`;
  } else if (run.length === 0) {
    message = 'unexpected end of file';
  } else {
    message = `unexpected '${run}'`;
    if (section) {
      const shape = SECTION_SHAPES[section];
      message += shape ? ` in section '${section}:' (expected ${shape})` : ` in section '${section}:'`;
    } else {
      message += ' before any section header (e.g. control:)';
    }
  }
  // Starts at the culprit, ends where the whole ERROR ends (so callers can tell what it covers).
  const { line, column } = locationOf(culprit, file);
  const { endLine, endColumn } = locationOf(error, file);
  return { severity: 'error', message, loc: { file, line, column, endLine, endColumn } };
}

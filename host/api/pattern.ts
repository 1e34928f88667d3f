/**
 * @fileoverview The regex tester of the JS API: what an editfiles command's pattern selects in a
 * file, with that command's semantics, computed by the core's own regex engine (never the
 * browser's RegExp): whole lines for the …Matching commands (D2), leftmost-longest spans for
 * ReplaceAll (D20), substring / prefix / equality for …Containing / …Starting / …SuchLine.
 */
import type { Core } from '../core/core.js';

/** A pattern that compiled: the lines it selects (1-based). */
export interface PatternMatch {
  command: string;
  semantics: 'whole-line' | 'spans' | 'substring' | 'prefix' | 'line';
  /** The number of lines of the file (as the editor splits it). */
  lineCount: number;
  /** The lines selected (for ReplaceAll: the lines with at least one match). */
  lines: number[];
  /**
   * ReplaceAll: per line with matches, the replaced spans as byte offsets in the line (end
   * exclusive) and as offsets in the line's JavaScript string (`text`), for highlighting.
   */
  spans?: { line: number; bytes: [number, number][]; text: [number, number][] }[];
  /** Lines where a back-reference pattern ran out of steps (treated as no match by a run). */
  outOfBudget?: number[];
}

/** A pattern the core rejects: its message, and where (0-based byte, 1-based column of the pattern). */
export interface PatternError {
  command: string;
  error: string;
  offset: number;
  column: number;
  /** `error` with the column, as a message for people. */
  message: string;
}

interface CoreAnswer {
  error?: string;
  offset?: number;
  semantics?: PatternMatch['semantics'];
  lineCount?: number;
  lines?: number[];
  spans?: { line: number; spans: number[] }[];
  outOfBudget?: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function bytesOf(s: string | Uint8Array): Uint8Array {
  return typeof s === 'string' ? encoder.encode(s) : s;
}

/** The offset in the decoded text of byte offset `b` of `bytes`. */
function textOffset(bytes: Uint8Array, b: number): number {
  return decoder.decode(bytes.subarray(0, b)).length;
}

/** The start of each line (0-based byte offsets), split on \n as the editor does. */
function lineStarts(content: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < content.length; i++) if (content[i] === 10 && i + 1 < content.length) starts.push(i + 1);
  return starts;
}

/**
 * What `pattern` selects in `content` as `command`'s argument (the pattern as the command gets
 * it: variables expanded, `\\` read as one backslash in a quoted string).
 */
export function testPattern(core: Core, command: string, pattern: string | Uint8Array,
  content: string | Uint8Array): PatternMatch | PatternError {
  const p = bytesOf(pattern);
  const c = bytesOf(content);
  const r = core.editfilesProbe(command, p, c) as CoreAnswer;
  if (r.error !== undefined) {
    const offset = r.offset ?? -1;
    const column = offset < 0 ? 0 : textOffset(p, offset) + 1;
    return { command, error: r.error, offset, column, message: offset < 0 ? r.error : `${r.error} at column ${column}` };
  }
  const out: PatternMatch = { command, semantics: r.semantics!, lineCount: r.lineCount!, lines: r.lines! };
  if (r.spans) {
    const starts = lineStarts(c);
    out.spans = r.spans.map(({ line, spans }) => {
      const start = starts[line - 1];
      const end = c.indexOf(10, start);
      const bytes = c.subarray(start, end < 0 ? c.length : end);
      const pairs: [number, number][] = [];
      for (let k = 0; k < spans.length; k += 2) pairs.push([spans[k], spans[k + 1]]);
      return { line, bytes: pairs, text: pairs.map(([s, e]) => [textOffset(bytes, s), textOffset(bytes, e)] as [number, number]) };
    });
  }
  if (r.outOfBudget) out.outOfBudget = r.outOfBudget;
  return out;
}

/** A node of the core's syntax tree of a pattern (engine/src/regex/explain.ts); offsets in bytes. */
interface RegexNode {
  kind: 'empty' | 'bytes' | 'cat' | 'alt' | 'repeat' | 'group' | 'assert' | 'backref';
  from: number;
  to: number;
  /** bytes: the set as inclusive ranges [lo, hi, lo, hi, …]. */
  set?: number[];
  value?: number;
  min?: number;
  max?: number;
  kids?: RegexNode[];
}

/** One line of a pattern's explanation: a part of the pattern (offsets in its text) and what it does. */
export interface RegexPart {
  /** Nesting: the parts of a group, an alternative or a repeated item are one deeper. */
  depth: number;
  from: number;
  to: number;
  /** The part as written. */
  text: string;
  what: string;
}

/** A span of the sample (offsets in its text), and the text. */
export interface SampleSpan { start: number; end: number; text: string }

/** The regex box's answer: what each part of the pattern does, and its match in the sample. */
export interface PatternExplanation {
  groups: number;
  parts: RegexPart[];
  /** The leftmost-longest match; null: none; 'budget': a back-reference search gave up. */
  match: (SampleSpan & { groups: (SampleSpan | null)[] }) | null | 'budget';
}

const ASSERTIONS = ['start of the line', 'end of the line', 'start of a word', 'end of a word', 'a word boundary', 'not a word boundary'];

/** A byte as people read it in a pattern: itself when printable, else \xNN. */
function byteText(b: number): string {
  return b > 0x20 && b < 0x7f ? String.fromCharCode(b) : b === 0x20 ? 'space' : `\\x${b.toString(16).padStart(2, '0')}`;
}

/** Inclusive ranges of bytes as a short list: a-z, 0-9, _ . */
function rangesText(r: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < r.length; i += 2) out.push(r[i] === r[i + 1] ? byteText(r[i]) : r[i + 1] === r[i] + 1 ? `${byteText(r[i])}, ${byteText(r[i + 1])}` : `${byteText(r[i])}-${byteText(r[i + 1])}`);
  return out.join(', ');
}

/** The bytes 1-255 not in `r` (a negated bracket is shown by what it leaves out). */
function complement(r: number[]): number[] {
  const out: number[] = [];
  let next = 1;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i] > next) out.push(next, r[i] - 1);
    next = Math.max(next, r[i + 1] + 1);
  }
  if (next <= 255) out.push(next, 255);
  return out;
}

function times(min: number, max: number): string {
  if (min === 0 && max === -1) return 'zero or more of';
  if (min === 1 && max === -1) return 'one or more of';
  if (min === 0 && max === 1) return 'optionally (zero or one)';
  if (max === -1) return `${min} or more of`;
  if (min === max) return `exactly ${min} of`;
  return `${min} to ${max} of`;
}

/** A piece of the Latin-1 source (one character a byte) as written: its bytes read as UTF-8. */
function asWritten(latin1: string): string {
  return decoder.decode(Uint8Array.from(latin1, ch => ch.charCodeAt(0)));
}

/**
 * The parts of a tree as a flat list, each with its depth (pattern offsets still in bytes;
 * `source` is the pattern read as Latin-1, so that a byte offset is a character offset).
 */
function describe(node: RegexNode, source: string, depth: number, out: RegexPart[]): void {
  const text = node.from >= 0 ? source.slice(node.from, node.to) : '';
  const part = (what: string) => out.push({ depth, from: node.from, to: node.to, text, what });
  const single = (n: RegexNode) => n.kind === 'bytes' && n.set!.length === 2 && n.set![0] === n.set![1];
  switch (node.kind) {
    case 'empty': return void part('nothing (the empty string)');
    case 'bytes': {
      const set = node.set!;
      if (single(node)) return void part(`the character ${byteText(set[0])}`);
      if (text === '.') return void part('any character (but NUL)');
      const named: Record<string, string> = { '\\w': 'a word character (letter, digit or _)', '\\W': 'a character that is not a word character', '\\s': 'a white-space character', '\\S': 'a character that is not white space' };
      if (named[text]) return void part(named[text]);
      if (text.startsWith('[^')) return void part(`bracket ${asWritten(text)}: any character but ${rangesText(complement(set))}`);
      return void part(`bracket ${asWritten(text)}: one of ${rangesText(set)}`);
    }
    case 'cat': {
      // A run of plain characters is one literal.
      const kids = node.kids!;
      for (let i = 0; i < kids.length;) {
        let j = i;
        while (j < kids.length && single(kids[j]) && source.slice(kids[j].from, kids[j].to).length === 1) j++;
        if (j - i >= 2) {
          const lit = source.slice(kids[i].from, kids[j - 1].to);
          out.push({ depth, from: kids[i].from, to: kids[j - 1].to, text: lit, what: `the text "${asWritten(lit)}"` });
          i = j;
        } else describe(kids[i++], source, depth, out);
      }
      return;
    }
    case 'alt':
      part(`either of ${node.kids!.length} alternatives (the longest match wins)`);
      node.kids!.forEach((k, i) => {
        out.push({ depth: depth + 1, from: k.from, to: k.to, text: k.from >= 0 ? source.slice(k.from, k.to) : '', what: `alternative ${i + 1}` });
        describe(k, source, depth + 2, out);
      });
      return;
    case 'repeat':
      part(times(node.min!, node.max!));
      return describe(node.kids![0], source, depth + 1, out);
    case 'group':
      part(`group ${node.value} (sub-match \\${node.value})`);
      return describe(node.kids![0], source, depth + 1, out);
    case 'assert':
      return void part(text === '\\`' ? 'start of the text' : text === "\\'" ? 'end of the text' : ASSERTIONS[node.value!] ?? 'an assertion');
    case 'backref':
      return void part(`the same text as group ${node.value} matched`);
  }
}

/**
 * The regex box: any pattern as the core's engine parses it, part by part, and its
 * leftmost-longest match in `sample` with the groups' sub-matches. A pattern the core rejects
 * gives its error and column, as testPattern does.
 */
export function explainPattern(core: Core, pattern: string, sample: string): PatternExplanation | PatternError {
  const p = bytesOf(pattern);
  const s = bytesOf(sample);
  const r = core.regexExplain(p, s) as { error?: string; offset?: number; groups: number; tree: RegexNode; match: null | 'budget' | { start: number; end: number; groups: number[] } };
  if (r.error !== undefined) {
    const offset = r.offset ?? 0;
    const column = textOffset(p, offset) + 1;
    return { command: '', error: r.error, offset, column, message: `${r.error} at column ${column}` };
  }
  // Byte offsets → text offsets; the tree's source is read as Latin-1 so a byte is a character.
  const latin1 = Array.from(p, b => String.fromCharCode(b)).join('');
  const parts: RegexPart[] = [];
  describe(r.tree, latin1, 0, parts);
  const at = (bytes: Uint8Array, b: number) => (b < 0 ? -1 : textOffset(bytes, b));
  const span = (start: number, end: number): SampleSpan => {
    const a = at(s, start);
    const e = at(s, end);
    return { start: a, end: e, text: sample.slice(a, e) };
  };
  const match = r.match === null || r.match === 'budget' ? r.match : {
    ...span(r.match.start, r.match.end),
    groups: Array.from({ length: r.groups }, (_, g) => (r.match as { groups: number[] }).groups[2 * g] < 0 ? null
      : span((r.match as { groups: number[] }).groups[2 * g], (r.match as { groups: number[] }).groups[2 * g + 1])),
  };
  return {
    groups: r.groups,
    parts: parts.map(x => ({ ...x, from: at(p, x.from), to: at(p, x.to), text: x.from < 0 ? '' : pattern.slice(at(p, x.from), at(p, x.to)) })),
    match,
  };
}

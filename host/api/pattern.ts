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

/**
 * @fileoverview Unified diffs of file changes (`cfwasm run --diff`, the API's `changes`, the
 * playground). Myers' O(ND) algorithm over lines; past MAX_EDITS differences the change is shown
 * as one hunk replacing the whole file, which keeps huge rewrites cheap. Past MAX_DIFF_BYTES the
 * diff is one line saying the files differ and how many lines each has (a diff of two 300 MB
 * files would be a string longer than JavaScript allows). A diff applies with patch(1) to give
 * exactly the bytes written: `\ No newline at end of file` where a side has no final newline,
 * and bytes that are not UTF-8 kept one for one (fileDiffBytes).
 */

import { encodePolicyText } from '../ir/policy-text.js';

const MAX_EDITS = 4000;
const CONTEXT = 3;
/** Both sides together, in bytes (characters for unifiedDiff): larger changes are summarised. */
export const MAX_DIFF_BYTES = 16 * 1024 * 1024;
/** Marks a last line without a newline, so that "x" and "x\n" differ (never in a file's text). */
const NO_NEWLINE = '\u0000no newline';

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

/** How many lines `text` has (a last line without a newline counts). */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text === '' || text.endsWith('\n') ? n : n + 1;
}

/**
 * The edit script turning `a` into `b`, or null if it needs more than MAX_EDITS edits. The lines
 * both share at the start and the end are taken out first: a file made from nothing (a backup, a
 * copy) or an append is then a plain list of inserts, not D rounds over the whole file.
 */
function diffLines(a: string[], b: string[]): Op[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (lines: string[]): Op[] => lines.map(line => ({ kind: ' ' as const, line }));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = midA.length === 0 || midB.length === 0
    ? [...midA.map(line => ({ kind: '-' as const, line })), ...midB.map(line => ({ kind: '+' as const, line }))]
    : myers(midA, midB);
  if (!middle) return null;
  return [...same(a.slice(0, head)), ...middle, ...same(a.slice(a.length - tail))];
}

function myers(a: string[], b: string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        // Walk the trace back to recover the script.
        const ops: Op[] = [];
        let cx = n;
        let cy = m;
        for (let dd = d; dd > 0; dd--) {
          const pv = trace[dd];
          const kk = cx - cy;
          const prevK = kk === -dd || (kk !== dd && pv[offset + kk - 1] < pv[offset + kk + 1]) ? kk + 1 : kk - 1;
          const px = pv[offset + prevK];
          const py = px - prevK;
          while (cx > px && cy > py) {
            ops.push({ kind: ' ', line: a[--cx] });
            cy--;
          }
          if (cx === px) ops.push({ kind: '+', line: b[--cy] });
          else ops.push({ kind: '-', line: a[--cx] });
        }
        while (cx > 0 && cy > 0) { ops.push({ kind: ' ', line: a[--cx] }); cy--; }
        return ops.reverse();
      }
    }
    v = v.slice();
  }
  return null;
}

/** A unified diff of `before` → `after` (empty string when equal). */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  if (before.length + after.length > MAX_DIFF_BYTES) {
    return `Files a${path} and b${path} differ (${lineCount(before)} lines before, ${lineCount(after)} after: too big to show)\n`;
  }
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b) ?? [...a.map(line => ({ kind: '-' as const, line })), ...b.map(line => ({ kind: '+' as const, line }))];
  const out = [`--- a${path}`, `+++ b${path}`];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < ops.length) {
    if (ops[i].kind === ' ') { i++; aLine++; bLine++; continue; }
    // A hunk: CONTEXT lines before, changes, and runs of context shorter than 2*CONTEXT.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    let lastChange = i;
    while (end < ops.length) {
      if (ops[end].kind !== ' ') lastChange = end;
      else if (end - lastChange > 2 * CONTEXT) break;
      end++;
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1);
    const lead = i - start;
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter(o => o.kind !== '+').length;
    const bCount = hunk.filter(o => o.kind !== '-').length;
    const aStart = aLine - lead;
    const bStart = bLine - lead;
    out.push(`@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`);
    for (const o of hunk) {
      if (o.line.endsWith(NO_NEWLINE)) out.push(`${o.kind}${o.line.slice(0, -NO_NEWLINE.length)}`, '\\ No newline at end of file');
      else out.push(`${o.kind}${o.line}`);
    }
    for (let k = i; k < end; k++) {
      if (ops[k].kind !== '+') aLine++;
      if (ops[k].kind !== '-') bLine++;
    }
    i = end;
  }
  return `${out.join('\n')}\n`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One character per byte (ISO-8859-1), in Node and browsers alike. */
function bytesAsLatin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** The sides as text: UTF-8 when both are valid UTF-8, else one character per byte (latin1). */
function sidesOf(before: Uint8Array | null, after: Uint8Array | null): { texts: string[]; latin1: boolean } {
  const sides = [before ?? new Uint8Array(0), after ?? new Uint8Array(0)];
  try {
    return { texts: sides.map(b => strictUtf8.decode(b)), latin1: false };
  } catch {
    return { texts: sides.map(bytesAsLatin1), latin1: true };
  }
}

function byteLines(bytes: Uint8Array | null): number {
  if (!bytes) return 0;
  let lines = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
  return bytes.length && bytes[bytes.length - 1] !== 10 ? lines + 1 : lines;
}

/** The one line said of a change too big to diff, or null (see MAX_DIFF_BYTES). */
function tooBig(path: string, before: Uint8Array | null, after: Uint8Array | null): string | null {
  if ((before?.length ?? 0) + (after?.length ?? 0) <= MAX_DIFF_BYTES) return null;
  return `Files a${path} and b${path} differ (${byteLines(before)} lines before, ${byteLines(after)} after: too big to show)\n`;
}

/**
 * A unified diff of a file's bytes (null: no file). The two sides are shown as UTF-8 when both
 * are valid UTF-8, as configuration files mostly are; else one character per byte, so that every
 * byte that changed shows as changed.
 */
export function fileDiff(path: string, before: Uint8Array | null, after: Uint8Array | null): string {
  const big = tooBig(path, before, after);
  if (big) return big;
  const { texts } = sidesOf(before, after);
  return unifiedDiff(path, texts[0], texts[1]);
}

/**
 * The diff as the bytes to write for patch(1): when a side is not UTF-8 every character of the
 * diff stands for one byte (the path too), so bytes are written back one for one.
 */
export function fileDiffBytes(path: string, before: Uint8Array | null, after: Uint8Array | null): Uint8Array {
  const big = tooBig(path, before, after);
  if (big) return encodePolicyText(big);
  const { texts, latin1 } = sidesOf(before, after);
  // A name's bytes that are not UTF-8 arrive as \udcXX stand-ins (host/ir/policy-text.ts).
  if (!latin1) return encodePolicyText(unifiedDiff(path, texts[0], texts[1]));
  const diff = unifiedDiff(bytesAsLatin1(encodePolicyText(path)), texts[0], texts[1]);
  const out = new Uint8Array(diff.length);
  for (let i = 0; i < diff.length; i++) out[i] = diff.charCodeAt(i);
  return out;
}

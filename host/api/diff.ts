/**
 * @fileoverview Unified diffs of file changes (`cfwasm run --diff`, the API's `changes`, the
 * playground). Myers' O(ND) algorithm over lines, in linear space; past MAX_EDITS differences the
 * change is shown as one hunk replacing the whole file, which keeps huge rewrites cheap. Past MAX_DIFF_BYTES the
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

export type Op = { kind: ' ' | '-' | '+'; line: string };

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
 * The edit script turning `a` into `b` (a shortest one), or null if it needs more than `limit`
 * (MAX_EDITS) edits among the lines both sides have; a test gives a small limit, whose bounds it
 * can check in milliseconds instead of the minute MAX_EDITS' searches take under Stryker. Lines are numbered first (equal text, equal number), so
 * that comparing two is comparing two integers. The lines both share at the start and the end are
 * taken out, and so is every line the other side does not have at all: it cannot be part of a
 * common subsequence, so it is an edit whatever the rest, and taking it out keeps the script
 * shortest (a rule that rewrites every other line of a file leaves the lines in between equal,
 * and nothing for Myers to search). The rest goes to Myers' linear-space algorithm.
 */
export function diffLines(a: string[], b: string[], limit = MAX_EDITS): Op[] | null {
  // A file made from nothing (a backup, a copy) or emptied: nothing to search.
  if (a.length === 0 || b.length === 0) return [...a.map(line => ({ kind: '-' as const, line })), ...b.map(line => ({ kind: '+' as const, line }))];
  const ids = new Map<string, number>();
  const number = (lines: string[]) => Int32Array.from(lines, line => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, id = ids.size);
    return id;
  });
  const na = number(a);
  const nb = number(b);
  let head = 0;
  while (head < na.length && head < nb.length && na[head] === nb[head]) head++;
  let tail = 0;
  while (tail < na.length - head && tail < nb.length - head && na[na.length - 1 - tail] === nb[nb.length - 1 - tail]) tail++;
  // changedA[i]: a[i] is deleted; changedB[j]: b[j] is inserted. Unchanged lines pair in order.
  const changedA = new Uint8Array(na.length);
  const changedB = new Uint8Array(nb.length);
  const inA = new Uint8Array(ids.size);
  const inB = new Uint8Array(ids.size);
  for (let i = head; i < na.length - tail; i++) inA[na[i]] = 1;
  for (let j = head; j < nb.length - tail; j++) inB[nb[j]] = 1;
  const keptA: number[] = [];
  const keptB: number[] = [];
  for (let i = head; i < na.length - tail; i++) {
    if (inB[na[i]]) keptA.push(i);
    else changedA[i] = 1;
  }
  for (let j = head; j < nb.length - tail; j++) {
    if (inA[nb[j]]) keptB.push(j);
    else changedB[j] = 1;
  }
  const ra = Int32Array.from(keptA, i => na[i]);
  const rb = Int32Array.from(keptB, j => nb[j]);
  const delA = new Uint8Array(ra.length);
  const delB = new Uint8Array(rb.length);
  if (!new LinearMyers(ra, rb, delA, delB).run(limit)) return null;
  keptA.forEach((i, k) => { changedA[i] = delA[k]; });
  keptB.forEach((j, k) => { changedB[j] = delB[k]; });
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && changedA[i]) ops.push({ kind: '-', line: a[i++] });
    else if (j < b.length && changedB[j]) ops.push({ kind: '+', line: b[j++] });
    else {
      ops.push({ kind: ' ', line: a[i++] });
      j++;
    }
  }
  return ops;
}

/**
 * Myers' O((N+M)D) diff in linear space ("An O(ND) Difference Algorithm and Its Variations",
 * section 4b): search from both ends at once for the middle snake of a shortest script, then
 * solve the parts before and after it the same way. Marks the deleted and inserted elements.
 */
class LinearMyers {
  private readonly forward: Int32Array;
  private readonly backward: Int32Array;
  private readonly offset: number;

  constructor(private readonly a: Int32Array, private readonly b: Int32Array, private readonly delA: Uint8Array, private readonly delB: Uint8Array) {
    this.offset = Math.ceil((a.length + b.length) / 2) + 2;
    this.forward = new Int32Array(2 * this.offset + 1);
    this.backward = new Int32Array(2 * this.offset + 1);
  }

  /** False if the script needs more than `limit` edits. */
  run(limit: number): boolean {
    return this.solve(0, this.a.length, 0, this.b.length, limit);
  }

  private solve(aLo: number, aHi: number, bLo: number, bHi: number, limit = Infinity): boolean {
    const { a, b } = this;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) { aLo++; bLo++; }
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) { aHi--; bHi--; }
    if (aLo === aHi || bLo === bHi) {
      this.delA.fill(1, aLo, aHi);
      this.delB.fill(1, bLo, bHi);
      return aHi - aLo + bHi - bLo <= limit;
    }
    // Both sides are left and differ at each end: at least two edits, so each half has fewer.
    const snake = this.middleSnake(aLo, aHi, bLo, bHi, limit);
    if (!snake) return false;
    this.solve(aLo, snake.x, bLo, snake.y);
    this.solve(snake.u, aHi, snake.v, bHi);
    return true;
  }

  /**
   * The middle snake of a shortest script for a[aLo, aHi) → b[bLo, bHi) (from (x, y) to (u, v),
   * relative to the whole sequences), or null past `limit` edits. Forward paths keep the furthest
   * x reached on each diagonal k = x - y; backward ones the same counted from the ends.
   */
  private middleSnake(aLo: number, aHi: number, bLo: number, bHi: number, limit: number): { x: number; y: number; u: number; v: number } | null {
    const { a, b, forward: f, backward: r, offset: o } = this;
    const n = aHi - aLo;
    const m = bHi - bLo;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    const most = Math.min(Math.ceil((n + m) / 2), Math.ceil(limit / 2));
    f[o + 1] = 0;
    r[o + 1] = 0;
    for (let d = 0; d <= most; d++) {
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && f[o + k - 1] < f[o + k + 1]) ? f[o + k + 1] : f[o + k - 1] + 1;
        let y = x - k;
        const x0 = x;
        const y0 = y;
        while (x < n && y < m && a[aLo + x] === b[bLo + y]) { x++; y++; }
        f[o + k] = x;
        // The backward paths of d - 1 edits reach diagonals delta - (d - 1) .. delta + (d - 1).
        const back = delta - k;
        if (odd && back >= -(d - 1) && back <= d - 1 && x + r[o + back] >= n) {
          // 2d - 1 edits, within the limit: d <= `most` <= ceil(limit / 2).
          return { x: aLo + x0, y: bLo + y0, u: aLo + x, v: bLo + y };
        }
      }
      for (let k = -d; k <= d; k += 2) {
        let x = k === -d || (k !== d && r[o + k - 1] < r[o + k + 1]) ? r[o + k + 1] : r[o + k - 1] + 1;
        let y = x - k;
        const x0 = x;
        const y0 = y;
        while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) { x++; y++; }
        r[o + k] = x;
        const ahead = delta - k;
        if (!odd && ahead >= -d && ahead <= d && x + f[o + ahead] >= n) {
          if (2 * d > limit) return null;
          return { x: aHi - x, y: bHi - y, u: aHi - x0, v: bHi - y0 };
        }
      }
    }
    return null;
  }
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

// host/api/diff.ts checked directly, in milliseconds (scripts/mutate.mjs lists this file first for
// diff.ts: a mutant it kills never reaches the slow files). The whole text of a unified diff is
// compared with GNU diff's (`diff -u`, run once for all the cases), the edit limit is checked at
// its bound with small limits, and the summary of a change too big to show at its byte bound.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffLines, fileDiff, fileDiffBytes, MAX_DIFF_BYTES, unifiedDiff } from '../../host/api/diff.js';
import type { Op } from '../../host/api/diff.js';

const hasDiff = spawnSync('diff', ['--version']).status === 0;
if (!hasDiff) console.log('diff-unified.test.ts: diff(1) not found; the comparisons with it are skipped');

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `diff -u` of each pair, labelled as cfwasm labels its sides; one shell for all of them. */
function gnuDiffs(pairs: [string, string][]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-gnudiff-'));
  try {
    pairs.forEach(([a, b], i) => {
      writeFileSync(join(dir, `${i}.a`), a, 'latin1');
      writeFileSync(join(dir, `${i}.b`), b, 'latin1');
    });
    const r = spawnSync('sh', ['-c', `i=0; while [ $i -lt ${pairs.length} ]; do diff -u --label a/f --label b/f $i.a $i.b > $i.out; [ $? -gt 1 ] && exit 2; i=$((i+1)); done; exit 0`], { cwd: dir });
    // diff exits 1 when the files differ, 0 when equal, 2 on trouble.
    expect(r.status, String(r.stderr)).toBe(0);
    // GNU diff leaves out a count of 1 in a hunk's header (`@@ -3 +3 @@`); cfwasm always writes it,
    // as patch(1) reads both.
    return pairs.map((_, i) => readFileSync(join(dir, `${i}.out`), 'latin1')
      .replace(/^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@$/gm, (_, a, ac, b, bc) => `@@ -${a}${ac ?? ',1'} +${b}${bc ?? ',1'} @@`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = (lines: string[], newline: boolean) => lines.join('\n') + (newline && lines.length ? '\n' : '');

/**
 * Pairs where the shortest script is one and the same whatever way a search breaks ties (each
 * line's text differs from every other's, and the changes are runs of lines replaced, removed
 * or added at random places), so GNU diff's text is the one to give, hunk for hunk. Files of up
 * to 60 lines, changes far apart or close (hunks apart or joined: context of 3), at either end,
 * with or without a last newline on each side.
 */
function distinctLinePairs(count: number): [string, string][] {
  const next = random(26);
  const pairs: [string, string][] = [];
  let fresh = 0;
  for (let n = 0; n < count; n++) {
    const a = Array.from({ length: Math.floor(next() * 60) }, (_, i) => `line ${i}`);
    const b: string[] = [];
    for (let i = 0; i <= a.length; i++) {
      const r = next();
      if (r < 0.06) b.push(`new ${fresh++}`); // an insertion before a[i]
      if (i === a.length) break;
      if (r > 0.93) continue; // a[i] removed
      b.push(r > 0.86 ? `changed ${fresh++}` : a[i]);
    }
    pairs.push([text(a, next() < 0.8), text(b, next() < 0.8)]);
  }
  return pairs;
}

const sideA = (ops: Op[]) => ops.filter(o => o.kind !== '+').map(o => o.line);
const sideB = (ops: Op[]) => ops.filter(o => o.kind !== '-').map(o => o.line);
const edits = (ops: Op[]) => ops.filter(o => o.kind !== ' ').length;

/** Length of a longest common subsequence, the textbook O(nm) table. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    prev = row;
  }
  return prev[b.length];
}

describe('diffLines: the edit limit', () => {
  it('a shuffled file (every line on both sides) needs its shortest script\'s edits: one fewer is null', () => {
    const next = random(41);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: 1 + Math.floor(next() * 12) }, () => `l${Math.floor(next() * (round % 2 ? 3 : 9))}`);
      const b = [...a];
      for (let i = b.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [b[i], b[j]] = [b[j], b[i]];
      }
      const least = a.length + b.length - 2 * lcs(a, b);
      const where = `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`;
      const ops = diffLines(a, b, least)!;
      expect(ops, where).not.toBeNull();
      expect(sideA(ops), where).toEqual(a);
      expect(sideB(ops), where).toEqual(b);
      expect(edits(ops), where).toBe(least);
      if (least > 0) expect(diffLines(a, b, least - 1), where).toBeNull();
    }
  });

  it('lines only one side has are edits the limit does not count', () => {
    // Two lines swapped (two edits among shared lines) and ten lines only one side has.
    const a = ['p', 'q', ...Array.from({ length: 5 }, (_, i) => `gone${i}`)];
    const b = ['q', 'p', ...Array.from({ length: 5 }, (_, i) => `new${i}`)];
    expect(edits(diffLines(a, b, 2)!)).toBe(12);
    expect(diffLines(a, b, 1)).toBeNull();
    expect(edits(diffLines(['x'], ['y'], 0)!)).toBe(2);
    // A line only one side's middle has, though the other side has it among the lines both end
    // with: still one-sided (p q → q p are the two edits the limit counts; the extra T is an edit
    // on top).
    expect(edits(diffLines(['p', 'q', 'T'], ['q', 'p', 'T', 'T'], 2)!)).toBe(3);
    expect(edits(diffLines(['p', 'q', 'T', 'T'], ['q', 'p', 'T'], 2)!)).toBe(3);
    // Two lines both end with, the first of them in one side's middle too.
    expect(edits(diffLines(['p', 'q', 'T', 'U'], ['q', 'p', 'T', 'T', 'U'], 2)!)).toBe(3);
    expect(edits(diffLines(['p', 'q', 'T', 'T', 'U'], ['q', 'p', 'T', 'U'], 2)!)).toBe(3);
    // ... and among the lines both start with.
    expect(edits(diffLines(['H', 'p', 'q'], ['H', 'H', 'q', 'p'], 2)!)).toBe(3);
    expect(edits(diffLines(['H', 'H', 'p', 'q'], ['H', 'q', 'p'], 2)!)).toBe(3);
  });

  it('a search left with lines on one side only counts them (X q Y and Z W are one-sided; p p → p)', () => {
    expect(diffLines(['X', 'p', 'q', 'p', 'Y'], ['Z', 'p', 'W'], 0)).toBeNull();
    expect(edits(diffLines(['X', 'p', 'q', 'p', 'Y'], ['Z', 'p', 'W'], 1)!)).toBe(6);
  });

  it('odd and even differences in length, at the bound', () => {
    // p q q → q p: one line kept, three edits (an odd difference in length: the forward search meets).
    expect(diffLines(['p', 'q', 'q'], ['q', 'p'], 2)).toBeNull();
    expect(diffLines(['p', 'q', 'q'], ['q', 'p'], 3)!.map(o => `${o.kind}${o.line}`)).toEqual(['-p', ' q', '-q', '+p']);
    // p q → q p: two edits (an even difference: the backward search meets).
    expect(diffLines(['p', 'q'], ['q', 'p'], 1)).toBeNull();
    expect(diffLines(['p', 'q'], ['q', 'p'], 2)!.map(o => `${o.kind}${o.line}`)).toEqual(['-p', ' q', '+p']);
  });

  it('random pairs of lines both sides mostly share: shortest, and from a to b', () => {
    const next = random(5);
    for (let round = 0; round < 300; round++) {
      const line = () => `l${Math.floor(next() * 4)}`;
      const a = Array.from({ length: Math.floor(next() * 16) }, line);
      const b = Array.from({ length: Math.floor(next() * 16) }, line);
      const ops = diffLines(a, b)!;
      const where = `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`;
      expect(sideA(ops), where).toEqual(a);
      expect(sideB(ops), where).toEqual(b);
      expect(edits(ops), where).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });
});

describe('a change too big to show', () => {
  const summary = (before: number, after: number) => `Files a/f and b/f differ (${before} lines before, ${after} after: too big to show)\n`;
  // Lines of 1,024 bytes, so that the counts are of few lines.
  const lines = MAX_DIFF_BYTES / 1024;

  it('text: summarised past MAX_DIFF_BYTES characters in all, a last line without newline counted', () => {
    const full = `${'x'.repeat(1023)}\n`.repeat(lines);
    expect(unifiedDiff('/f', full, 'y')).toBe(summary(lines, 1));
    expect(unifiedDiff('/f', '', `${full}tail`)).toBe(summary(0, lines + 1));
    expect(unifiedDiff('/f', 'a\nb\n', full)).toBe(summary(2, lines));
    // A text that starts with an empty line: its first newline counted too.
    expect(unifiedDiff('/f', `\n${full}`, '')).toBe(summary(lines + 1, 0));
    // At MAX_DIFF_BYTES exactly, still a diff (one long line, cheap to diff).
    const long = `${'x'.repeat(MAX_DIFF_BYTES - 3)}\n`;
    expect(unifiedDiff('/f', long, 'y\n')).toBe(`--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-${long}+y\n`);
  });

  it('bytes: UTF-8 of two bytes a character, summarised by its bytes (fewer characters than MAX_DIFF_BYTES)', () => {
    // 8 MiB and 2 bytes against 8 MiB and 3: 16 MiB and 5 bytes, but 8 Mi and 5 characters.
    const half = 'é'.repeat(MAX_DIFF_BYTES / 4);
    const before = new TextEncoder().encode(`${half}\n`);
    const after = new TextEncoder().encode(`${half}x\n`);
    expect(fileDiff('/f', before, after)).toBe(summary(1, 1));
    expect(new TextDecoder().decode(fileDiffBytes('/f', before, after))).toBe(summary(1, 1));
  });

  it('bytes: summarised past MAX_DIFF_BYTES bytes in all, a missing file as no lines', () => {
    // `lines` lines of 1,024 bytes, then one more byte: a last line without newline.
    const tail = new Uint8Array(MAX_DIFF_BYTES + 1).fill(0x61);
    for (let i = 1023; i < MAX_DIFF_BYTES; i += 1024) tail[i] = 10;
    const full = tail.subarray(0, MAX_DIFF_BYTES);
    expect(fileDiff('/f', null, tail)).toBe(summary(0, lines + 1));
    expect(fileDiff('/f', tail, null)).toBe(summary(lines + 1, 0));
    expect(fileDiff('/f', full, new Uint8Array([0x0a]))).toBe(summary(lines, 1));
    expect(fileDiff('/f', new Uint8Array(0), tail)).toBe(summary(0, lines + 1));
    // A file that starts with an empty line: its first newline counted too.
    const blankFirst = new Uint8Array(tail.length + 1);
    blankFirst.set(tail, 1);
    blankFirst[0] = 10;
    expect(fileDiff('/f', blankFirst, null)).toBe(summary(lines + 2, 0));
    expect(new TextDecoder().decode(fileDiffBytes('/f', full, new Uint8Array([0x62])))).toBe(summary(lines, 1));
    // At MAX_DIFF_BYTES exactly, still a diff: one long line against a short one.
    const long = new Uint8Array(MAX_DIFF_BYTES - 2).fill(0x61);
    long[long.length - 1] = 10;
    const want = `--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-${'a'.repeat(long.length - 1)}\n+y\n`;
    expect(fileDiff('/f', long, new Uint8Array([0x79, 0x0a]))).toBe(want);
  });
});

describe('bytes that are not UTF-8', () => {
  const latin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));
  const asLatin1 = (b: Uint8Array) => Array.from(b, c => String.fromCharCode(c)).join('');

  it('one side not UTF-8: both shown a byte a character, UTF-8 bytes too', () => {
    const before = new TextEncoder().encode('é\n');
    const after = latin1('\xe9\n');
    expect(fileDiff('/f', before, after)).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-\u00c3\u00a9\n+\u00e9\n');
    expect(fileDiff('/f', after, before)).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-\u00e9\n+\u00c3\u00a9\n');
    expect(asLatin1(fileDiffBytes('/f', before, after))).toBe('--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-\u00c3\u00a9\n+\u00e9\n');
  });

  it('a file of more than one 8 KiB chunk: every byte in its place', () => {
    // 3,000 lines of "NNNN\xe9\n" (20,000 bytes): the latin1 text is built in chunks of 8,192.
    const body = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(4, '0')}\xe9\n`).join('');
    const want = `--- a/f\n+++ b/f\n@@ -0,0 +1,3000 @@\n${body.split('\n').slice(0, -1).map(l => `+${l}`).join('\n')}\n`;
    expect(fileDiff('/f', null, latin1(body))).toBe(want);
    expect(asLatin1(fileDiffBytes('/f', null, latin1(body)))).toBe(want);
    // Removed, not only made.
    expect(fileDiff('/f', latin1(body), null).split('\n').slice(0, 4)).toEqual(['--- a/f', '+++ b/f', '@@ -1,3000 +0,0 @@', '-0000\u00e9']);
  });

  it('a name whose bytes are not UTF-8 (a \\udcXX stand-in) is written as its byte, in both modes', () => {
    const name = '/caf\udce9';
    const utf8Side = fileDiffBytes(name, new TextEncoder().encode('a\n'), new TextEncoder().encode('b\n'));
    const latin1Side = fileDiffBytes(name, latin1('\xe9\n'), latin1('b\n'));
    expect(asLatin1(utf8Side)).toBe('--- a/caf\xe9\n+++ b/caf\xe9\n@@ -1,1 +1,1 @@\n-a\n+b\n');
    expect(asLatin1(latin1Side)).toBe('--- a/caf\xe9\n+++ b/caf\xe9\n@@ -1,1 +1,1 @@\n-\xe9\n+b\n');
    // A UTF-8 name's bytes are its UTF-8, the text of both sides too.
    expect([...fileDiffBytes('/é', new TextEncoder().encode('ß\n'), null)]).toEqual([...new TextEncoder().encode('--- a/é\n+++ b/é\n@@ -1,1 +0,0 @@\n-ß\n')]);
  });
});

describe('unifiedDiff: the text of GNU diff -u', () => {
  it.skipIf(!hasDiff)('120 pairs of files: changes apart, close, at the ends, a last line without newline', () => {
    const pairs = distinctLinePairs(120);
    const want = gnuDiffs(pairs);
    let hunks = 0;
    pairs.forEach(([a, b], i) => {
      expect(unifiedDiff('/f', a, b), `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`).toBe(want[i]);
      hunks += want[i].split('\n').filter(l => l.startsWith('@@')).length;
    });
    // The cases hold files that differ in several places (more hunks than files) and equal ones.
    expect(hunks).toBeGreaterThan(pairs.length);
    expect(want.filter(w => w === '').length).toBeGreaterThan(0);
  });

  it.skipIf(!hasDiff)('hunks joined when at most six lines apart, split at seven; a change at the first and last line', () => {
    const base = Array.from({ length: 30 }, (_, i) => `l${i}`);
    const pairs: [string, string][] = [];
    for (const [x, y] of [[5, 11], [5, 12], [5, 13], [0, 29], [1, 28], [2, 27], [3, 26], [0, 7], [0, 8]]) {
      pairs.push([text(base, true), text(base.map((l, i) => (i === x || i === y ? `${l}!` : l)), true)]);
    }
    // A file made, emptied, and a line added at each end.
    pairs.push(['', text(base.slice(0, 4), true)], [text(base.slice(0, 4), true), ''], [text(base, true), text(['top', ...base, 'end'], true)]);
    const want = gnuDiffs(pairs);
    pairs.forEach(([a, b], i) => expect(unifiedDiff('/f', a, b), `case ${i}`).toBe(want[i]));
  });

  it('equal sides give nothing; a file made from nothing and one emptied', () => {
    expect(unifiedDiff('/f', 'x\n', 'x\n')).toBe('');
    expect(unifiedDiff('/f', '', 'a\nb')).toBe('--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n\\ No newline at end of file\n');
    expect(unifiedDiff('/f', 'a\n', '')).toBe('--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-a\n');
  });
});

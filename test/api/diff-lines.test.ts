// The line diff (host/api/diff.ts): a shortest edit script, in linear space, for any two inputs.
// Checked against a plain dynamic-programming LCS on many small random pairs, and on the shapes
// that made the quadratic-space version slow (every other line of a large file rewritten).
import { describe, expect, it } from 'vitest';
import { diffLines } from '../../host/api/diff.js';
import type { Op } from '../../host/api/diff.js';

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

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sideA = (ops: Op[]) => ops.filter(o => o.kind !== '+').map(o => o.line);
const sideB = (ops: Op[]) => ops.filter(o => o.kind !== '-').map(o => o.line);
const edits = (ops: Op[]) => ops.filter(o => o.kind !== ' ').length;

describe('diffLines', () => {
  it('gives a script from a to b with the fewest edits, on 3,000 random small pairs', () => {
    const next = random(23);
    for (let round = 0; round < 3000; round++) {
      // Few distinct lines (so most lines occur on both sides) or many (so many occur on one only).
      const alphabet = round % 3 === 0 ? 12 : 3;
      const line = () => `l${Math.floor(next() * alphabet)}`;
      const a = Array.from({ length: Math.floor(next() * 14) }, line);
      const b = round % 4 === 0 ? a.map(l => (next() < 0.3 ? line() : l)) : Array.from({ length: Math.floor(next() * 14) }, line);
      const ops = diffLines(a, b)!;
      const where = `a=${JSON.stringify(a)} b=${JSON.stringify(b)}`;
      expect(sideA(ops), where).toEqual(a);
      expect(sideB(ops), where).toEqual(b);
      expect(edits(ops), where).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('rewrites of every other line of a large file: one deletion and one insertion each, in place', () => {
    const a = Array.from({ length: 3060 }, (_, i) => (i % 2 ? `Option${i} value` : `Switch${i} on`));
    const b = a.map((l, i) => (i % 2 ? l : `Switch${i} off`));
    const ops = diffLines(a, b)!;
    expect(edits(ops)).toBe(3060);
    expect(ops.slice(0, 4).map(o => `${o.kind}${o.line}`)).toEqual(['-Switch0 on', '+Switch0 off', ' Option1 value', '-Switch2 on']);
    expect(sideB(ops)).toEqual(b);
  });

  it('a large change among lines both sides have is still shortest (the search itself, not the shortcuts)', () => {
    // Lines repeat on both sides, so none is set aside as one-sided: Myers does all of it.
    const next = random(7);
    const a = Array.from({ length: 2000 }, () => `l${Math.floor(next() * 5)}`);
    const b = a.filter(() => next() < 0.8).flatMap(l => (next() < 0.1 ? [l, `l${Math.floor(next() * 5)}`] : [l]));
    const ops = diffLines(a, b)!;
    expect(sideA(ops)).toEqual(a);
    expect(sideB(ops)).toEqual(b);
    expect(edits(ops)).toBe(a.length + b.length - 2 * lcs(a, b));
  });
});

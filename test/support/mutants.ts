/**
 * Mutants of policies for the fuzz tests (test/lint/fmt-fuzz.test.ts, test/ir/pieces.test.ts):
 * blanks of every Unicode kind anywhere, line breaks with blanks around them inside quoted
 * strings, CRs and CRLF, blank lines, other indentation. Deterministic (a seeded generator).
 */
import { BLANK_LIKE } from './blank-like.js';

/** mulberry32: a small seeded generator, so every run tries the same mutants. */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n: number) => Math.floor(next() * n), pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] };
}
export type Rng = ReturnType<typeof generator>;

const blanks = (r: Rng) => Array.from({ length: 1 + r.int(3) }, () => r.pick(BLANK_LIKE)).join('');
const insert = (s: string, at: number, what: string) => s.slice(0, at) + what + s.slice(at);
const lineEnds = (s: string) => [...s.matchAll(/\n/g)].map(m => m.index!);
const lineStarts = (s: string) => [0, ...lineEnds(s).map(i => i + 1)].filter(i => i < s.length);

/** The mutations; each returns the changed text (or the text, when it has nothing to act on). */
const MUTATIONS: Record<string, (s: string, r: Rng) => string> = {
  'blank anywhere': (s, r) => insert(s, r.int(s.length + 1), blanks(r)),
  'blank at a line end': (s, r) => {
    const ends = lineEnds(s);
    return ends.length ? insert(s, r.pick(ends), blanks(r)) : s + blanks(r);
  },
  'blank at a line start': (s, r) => insert(s, r.pick(lineStarts(s)), blanks(r)),
  'line break in a string': (s, r) => {
    const quotes = [...s.matchAll(/["'`]/g)].map(m => m.index!);
    if (!quotes.length) return s;
    const q = r.pick(quotes);
    const close = s.indexOf(s[q], q + 1);
    const at = close > q ? q + 1 + r.int(close - q) : q + 1;
    return insert(s, at, `${r.pick(['   ', '\t', ' \u00a0', '\u3000', ''])}\n${r.pick(['', '  ', '\t', '\u2028 '])}`);
  },
  'CRLF line ends': s => s.replace(/\n/g, '\r\n'),
  'a lone CR': (s, r) => insert(s, r.int(s.length + 1), '\r'),
  'blank lines': (s, r) => insert(s, r.pick(lineStarts(s)), `\n${r.pick([' ', '\t', '', '\r'])}\n\n`),
  'other indentation': (s, r) => s.replace(/^[ \t]*/gm, () => r.pick(['', ' ', '\t', '        ', ' \t '])),
};
const NAMES = Object.keys(MUTATIONS);

/** One mutant of `text`: one to three mutations picked by `r`, and their names. */
export function mutate(text: string, r: Rng): { mutant: string; applied: string[] } {
  let mutant = text;
  const applied: string[] = [];
  for (let k = 1 + r.int(3); k > 0; k--) {
    const name = r.pick(NAMES);
    mutant = MUTATIONS[name](mutant, r);
    applied.push(name);
  }
  return { mutant, applied };
}


/**
 * fmt keeps meaning, under a fuzz: every conformance policy and every parseable manual example,
 * mutated (blanks of every Unicode kind anywhere, line breaks with blanks around them inside quoted
 * strings, CRs and CRLF, blank lines, other indentation), each mutant either
 *   - parses, and then fmt's output parses to the same IR (locations aside) and fmt(fmt(x)) == fmt(x), or
 *   - does not parse, and then fmt refuses it (the file stays as it was, still not parsing).
 * Both kinds are counted and printed; none is dropped. Deterministic (a seeded generator).
 */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../host/fmt/index.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { BLANK_LIKE } from '../support/blank-like.js';
import { manualExamples } from '../support/manual.js';
import { caseNames, loadCase } from '../conformance/corpus.js';

const runtime = await nodeRuntime();
const parser = runtime.parser;
const withoutLocations = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'loc' || k === 'nameLoc' ? undefined : v));
const parses = (text: string) => !parser.parse(text, 'fuzz.cf').diagnostics.some(d => d.severity === 'error');

/** mulberry32: a small seeded generator, so every run tries the same mutants. */
function generator(seed: number) {
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
type Rng = ReturnType<typeof generator>;

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

interface Tally { parsed: number; refused: number; irChanged: string[]; notIdempotent: string[]; refusedButParses: string[] }

function fuzz(text: string, label: string, seed: number, count: number, tally: Tally) {
  const r = generator(seed);
  for (let i = 0; i < count; i++) {
    let mutant = text;
    const applied: string[] = [];
    for (let k = 1 + r.int(3); k > 0; k--) {
      const name = r.pick(NAMES);
      mutant = MUTATIONS[name](mutant, r);
      applied.push(name);
    }
    const what = `${label} #${i} (${applied.join(', ')}): ${JSON.stringify(mutant.slice(0, 300))}`;
    const before = parser.parse(mutant, 'fuzz.cf');
    const once = formatText(parser, mutant, 'fuzz.cf');
    if (before.diagnostics.some(d => d.severity === 'error')) {
      // Does not parse: fmt refuses it, so the file stays the same text, which still does not parse.
      if (once !== null || parses(mutant)) tally.refusedButParses.push(what);
      tally.refused++;
      continue;
    }
    tally.parsed++;
    if (once === null) {
      tally.refusedButParses.push(what);
      continue;
    }
    const after = parser.parse(once, 'fuzz.cf');
    if (after.diagnostics.some(d => d.severity === 'error') || withoutLocations(after.policy) !== withoutLocations(before.policy)) {
      tally.irChanged.push(what);
    }
    if (formatText(parser, once, 'fuzz.cf') !== once) tally.notIdempotent.push(what);
  }
}

describe('fmt fuzz', () => {
  it('keeps the IR of every parsing mutant, is idempotent, and refuses every mutant that does not parse', () => {
    const tally: Tally = { parsed: 0, refused: 0, irChanged: [], notIdempotent: [], refusedButParses: [] };
    let seed = 1;
    for (const name of caseNames()) fuzz(loadCase(name).policy, name, seed++, 12, tally);
    for (const e of manualExamples()) {
      if (parses(e.text)) fuzz(e.text, `manual L${e.line}`, seed++, 6, tally);
    }
    const total = tally.parsed + tally.refused;
    console.log(`fmt fuzz: ${total} mutants; ${tally.parsed} parse (IR kept, idempotent), ` +
      `${tally.refused} do not parse (refused, unchanged, still not parsing)`);
    expect(tally.irChanged.slice(0, 5), `${tally.irChanged.length} mutants changed the IR`).toEqual([]);
    expect(tally.notIdempotent.slice(0, 5), `${tally.notIdempotent.length} mutants were not idempotent`).toEqual([]);
    expect(tally.refusedButParses.slice(0, 5)).toEqual([]);
    // The fuzz means something only if many mutants reach the formatter.
    expect(total).toBeGreaterThan(2000);
    expect(tally.parsed).toBeGreaterThan(1000);
  });

  it('keeps what the issue found changed: blanks in a string that spans lines, Unicode blanks after paths, \\u2028 before a header', () => {
    const cases = [
      'editfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "Welcome   \nto the host"\n  }\n',
      ...['\u00a0', '\u2028', '\u3000', '\ufeff', '\v', '\f'].flatMap(c => [
        `editfiles:\n  { /etc/x${c}\n    AppendIfNoSuchLine "a"\n  }\n`,
        `files:\n  /etc/x${c}\n  /etc/y${c} mode=644\n`,
        `files:\n  /etc/x mode=644\n${c}control:\n  /etc/z\n`, // a files item, not a header, before and after
      ]),
    ];
    for (const text of cases) {
      const once = formatText(parser, text, 'p.cf');
      expect(once, JSON.stringify(text)).not.toBeNull();
      expect(withoutLocations(parser.parse(once!, 'p.cf').policy), JSON.stringify(text))
        .toBe(withoutLocations(parser.parse(text, 'p.cf').policy));
      expect(formatText(parser, once!, 'p.cf'), JSON.stringify(text)).toBe(once);
    }
    // The string's line is kept to the byte, its trailing blanks included.
    expect(formatText(parser, cases[0], 'p.cf')).toContain('"Welcome   \nto the host"');
  });
});

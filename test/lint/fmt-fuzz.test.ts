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
import { generator, mutate } from '../support/mutants.js';
import { manualExamples } from '../support/manual.js';
import { caseNames, loadCase } from '../conformance/corpus.js';

const runtime = await nodeRuntime();
const parser = runtime.parser;
const withoutLocations = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'loc' || k === 'nameLoc' ? undefined : v));
const parses = (text: string) => !parser.parse(text, 'fuzz.cf').diagnostics.some(d => d.severity === 'error');

interface Tally { parsed: number; refused: number; irChanged: string[]; notIdempotent: string[]; refusedButParses: string[] }

function fuzz(text: string, label: string, seed: number, count: number, tally: Tally) {
  const r = generator(seed);
  for (let i = 0; i < count; i++) {
    const { mutant, applied } = mutate(text, r);
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

/**
 * The why-panel's selector evaluator (playground/src/selector.ts) against the core: for
 * selectors of every shape, with every set of the classes a, b, c defined (-D), the evaluator's
 * value over the parser's IR tree is whether the core ran the editfiles block it guards (the
 * run's trace: `ran`, or `skipped` with reason `class`).
 */
import { describe, expect, it } from 'vitest';
import { parse, run } from '../../host/api/index.js';
import { evaluateSelector, selectorParts } from '../../playground/src/selector.js';

const SELECTORS = ['a', '!a', 'a.b', 'a&b', 'a|b', 'a.(b|!c)', '!(a|b).c', 'a|b.c', '(a|b).!c', 'a..b', 'a.&b', '!!a'];
const SETS = [[], ['a'], ['b'], ['c'], ['a', 'b'], ['a', 'c'], ['b', 'c'], ['a', 'b', 'c']];

const policy = (selector: string) =>
  `control:\n   actionsequence = ( editfiles )\neditfiles:\n  ${selector}::\n  { /f\n  AppendIfNoSuchLine "x"\n  }\n`;

describe('the why-panel\'s selector evaluator', () => {
  for (const selector of SELECTORS) {
    it(`agrees with the core on ${selector}::`, async () => {
      const { policy: ir } = await parse(policy(selector));
      const edit = ir.sections.find(s => s.name === 'editfiles')!.items[0];
      expect(edit.when, 'the parser gives a selector tree').toBeTruthy();
      for (const set of SETS) {
        const r = await run(policy(selector), { files: { '/f': 'y\n' }, define: set, trace: true, dryRun: true });
        const status = r.trace!.find(e => e.event === 'edit')!;
        expect(status.event === 'edit' && status.status, `${selector} with ${set.join(',') || 'nothing'} defined`)
          .toBe(evaluateSelector(edit.when!, new Set(r.classes)) ? 'ran' : 'skipped');
      }
    });
  }

  it('lists each part with its value and, for a class, where it came from', async () => {
    const text = policy('any.(b|!c)');
    const { policy: ir } = await parse(text);
    const when = ir.sections.find(s => s.name === 'editfiles')!.items[0].when!;
    const line = text.split('\n')[3];
    const parts = selectorParts(when, new Map([['any', 'any'], ['b', '-D']]), e => line.slice(e.loc.column - 1, e.loc.endColumn - 1));
    expect(parts.map(p => [p.depth, p.text, p.value, p.origin])).toEqual([
      [0, 'any.(b|!c)', true, undefined],
      [1, 'any', true, 'any'],
      [1, 'b|!c', true, undefined],
      [2, 'b', true, '-D'],
      [2, '!c', true, undefined],
      [3, 'c', false, undefined],
    ]);
  });
});

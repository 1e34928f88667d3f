/**
 * A control list whose value is punctuation parses and means what it says: `split = ( : )` is
 * the manual's own default separator (L2663-2780), and other one-character values a word cannot
 * start with (`{`, `}`, a lone `$`) or runs of them are values too.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../support/parser.js';
import { run } from '../actions/helpers.js';

describe('punctuation list values', () => {
  it('parse as values, text kept as written', async () => {
    const { policy, diagnostics } = await parse('control:\n split = ( : )\n a = ( :: { } $ :-: , ; )\n b = ( :$(x) )\n', 'p.cf');
    expect(diagnostics).toEqual([]);
    const values = policy.sections[0].items.map(i => (i.kind === 'assignment' ? i.values.map(v => v.raw) : []));
    expect(values).toEqual([[':'], ['::', '{', '}', '$', ':-:', ',', ';'], [':$(x)']]);
  });

  it('split = ( : ) splits on the colon; split = ( , ) on the comma', () => {
    const policy = (split: string) => `control:\n actionsequence = ( files )\n split = ( ${split} )\n` +
      ' names = ( "a:b,c" )\nfiles:\n /d/$(names) action=touch\n';
    const colon = run(policy(':'), { '/d/.keep': '' });
    expect(['/d/a', '/d/b,c'].map(colon.exists)).toEqual([true, true]);
    const comma = run(policy(','), { '/d/.keep': '' });
    expect(['/d/a:b', '/d/c'].map(comma.exists)).toEqual([true, true]);
  });
});

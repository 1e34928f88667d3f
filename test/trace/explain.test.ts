/**
 * The regex box (explainRegex, issue #23): any ERE as the core's own parser reads it, part by part
 * with where each part is written, its leftmost-longest match in a sample with the groups'
 * sub-matches, and the core's error with its column for a bad one.
 */
import { describe, expect, it } from 'vitest';
import { explainRegex } from '../../host/api/index.js';
import type { PatternError, PatternExplanation } from '../../host/api/index.js';

const explained = async (p: string, s: string) => {
  const r = await explainRegex(p, s);
  if ('error' in r) throw new Error(r.message);
  return r as PatternExplanation;
};

describe('explainRegex', () => {
  it('each part in words with its text, nested', async () => {
    const r = await explained('^ab(c|d+)[^0-9]?\\.\\<x$', '');
    expect(r.parts.map(p => [p.depth, p.text, p.what])).toEqual([
      [0, '^', 'start of the line'],
      [0, 'ab', 'the text "ab"'],
      [0, '(c|d+)', 'group 1 (sub-match \\1)'],
      [1, 'c|d+', 'either of 2 alternatives (the longest match wins)'],
      [2, 'c', 'alternative 1'],
      [3, 'c', 'the character c'],
      [2, 'd+', 'alternative 2'],
      [3, 'd+', 'one or more of'],
      [4, 'd', 'the character d'],
      [0, '[^0-9]?', 'optionally (zero or one)'],
      [1, '[^0-9]', 'bracket [^0-9]: any character but 0-9'],
      [0, '\\.', 'the character .'],
      [0, '\\<', 'start of a word'],
      [0, 'x', 'the character x'],
      [0, '$', 'end of the line'],
    ]);
  });

  it('the match is leftmost-longest (POSIX), not leftmost-first, with sub-matches', async () => {
    const r = await explained('(foo|foobar)(x*)', 'a foobarxx');
    expect(r.match).toEqual({ start: 2, end: 10, text: 'foobarxx', groups: [{ start: 2, end: 8, text: 'foobar' }, { start: 8, end: 10, text: 'xx' }] });
    const back = await explained('(a+)b\\1', 'xaaabaa');
    expect(back.match).toMatchObject({ text: 'aabaa', groups: [{ text: 'aa' }] });
    expect((await explained('z', 'abc')).match).toBeNull();
    // A group that takes no part in the match has no sub-match.
    expect((await explained('(a)|b', 'b')).match).toMatchObject({ text: 'b', groups: [null] });
  });

  it('offsets are in the text, not bytes (a UTF-8 sample)', async () => {
    const r = await explained('b+', 'ééabbb');
    expect(r.match).toMatchObject({ start: 3, end: 6, text: 'bbb' });
  });

  it('a bad regex: the core\'s message at its column', async () => {
    const r = await explainRegex('ab[c', '') as PatternError;
    expect(r.message).toBe('unmatched [, [^, [:, [. or [= at column 3');
    expect((await explainRegex('a{2,1}', '') as PatternError).message).toBe('invalid content of {} at column 2');
    expect((await explainRegex('*a', '') as PatternError).message).toMatch(/^repetition operator .* at column 1$/);
  });
});

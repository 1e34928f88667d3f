/**
 * The regex box's words for each kind of part (explainRegex): repeat counts, bracket contents,
 * named classes, assertions, back-references and empty parts, and the pattern's own characters in
 * them (a non-ASCII letter is two bytes to the core, but is shown as written). Written for the
 * survivors of `npm run mutate host/api/pattern.ts`, which showed these words unchecked.
 */
import { describe, expect, it } from 'vitest';
import { explainRegex, matchPattern } from '../../host/api/index.js';
import type { PatternExplanation, PatternMatch } from '../../host/api/index.js';

const whats = async (p: string) => {
  const r = await explainRegex(p, '');
  if ('error' in r) throw new Error(r.message);
  return (r as PatternExplanation).parts.map(x => [x.depth, x.text, x.what]);
};

describe('explainRegex words', () => {
  it('each repeat count in words', async () => {
    expect(await whats('a*b{2,}c{3}d{1,4}e?f+')).toEqual([
      [0, 'a*', 'zero or more of'], [1, 'a', 'the character a'],
      [0, 'b{2,}', '2 or more of'], [1, 'b', 'the character b'],
      [0, 'c{3}', 'exactly 3 of'], [1, 'c', 'the character c'],
      [0, 'd{1,4}', '1 to 4 of'], [1, 'd', 'the character d'],
      [0, 'e?', 'optionally (zero or one)'], [1, 'e', 'the character e'],
      [0, 'f+', 'one or more of'], [1, 'f', 'the character f'],
    ]);
    // Not "optionally" unless both bounds say so.
    expect(await whats('x{0,3}y{1}')).toEqual([
      [0, 'x{0,3}', '0 to 3 of'], [1, 'x', 'the character x'],
      [0, 'y{1}', 'exactly 1 of'], [1, 'y', 'the character y'],
    ]);
    expect(await whats('x{0,1}y{0,}z{1,}')).toEqual([
      [0, 'x{0,1}', 'optionally (zero or one)'], [1, 'x', 'the character x'],
      [0, 'y{0,}', 'zero or more of'], [1, 'y', 'the character y'],
      [0, 'z{1,}', 'one or more of'], [1, 'z', 'the character z'],
    ]);
  });

  it('a bracket lists its characters: single ones, two in a row, ranges, space and control bytes by name', async () => {
    expect(await whats('[ab]')).toEqual([[0, '[ab]', 'bracket [ab]: one of a, b']]);
    expect(await whats('[ a-c]')).toEqual([[0, '[ a-c]', 'bracket [ a-c]: one of space, a-c']]);
    expect(await whats('[\t-\r~]')).toEqual([[0, '[\t-\r~]', 'bracket [\t-\r~]: one of \\x09-\\x0d, ~']]);
    expect(await whats('[!-#]')).toEqual([[0, '[!-#]', 'bracket [!-#]: one of !-#']]);
    // DEL is a control byte too.
    expect((await whats('\x7f'))[0][2]).toBe('the character \\x7f');
  });

  it('a negated bracket is shown by what it leaves out', async () => {
    expect(await whats('[^a]')).toEqual([[0, '[^a]', 'bracket [^a]: any character but a']]);
    expect(await whats('[^b-y]')).toEqual([[0, '[^b-y]', 'bracket [^b-y]: any character but b-y']]);
    expect(await whats('[^ab0]')).toEqual([[0, '[^ab0]', 'bracket [^ab0]: any character but 0, a, b']]);
  });

  it('named classes, any character, assertions, back-references and nothing', async () => {
    expect(await whats('\\w\\W\\s\\S.')).toEqual([
      [0, '\\w', 'a word character (letter, digit or _)'],
      [0, '\\W', 'a character that is not a word character'],
      [0, '\\s', 'a white-space character'],
      [0, '\\S', 'a character that is not white space'],
      [0, '.', 'any character (but NUL)'],
    ]);
    expect(await whats('\\`\\b\\B\\>\\\'')).toEqual([
      [0, '\\`', 'start of the text'],
      [0, '\\b', 'a word boundary'],
      [0, '\\B', 'not a word boundary'],
      [0, '\\>', 'end of a word'],
      [0, "\\'", 'end of the text'],
    ]);
    expect(await whats('(a)\\1')).toEqual([
      [0, '(a)', 'group 1 (sub-match \\1)'], [1, 'a', 'the character a'],
      [0, '\\1', 'the same text as group 1 matched'],
    ]);
    // An empty alternative and an empty group: a part with no text.
    expect(await whats('a||b')).toEqual([
      [0, 'a||b', 'either of 3 alternatives (the longest match wins)'],
      [1, 'a', 'alternative 1'], [2, 'a', 'the character a'],
      [1, '', 'alternative 2'], [2, '', 'nothing (the empty string)'],
      [1, 'b', 'alternative 3'], [2, 'b', 'the character b'],
    ]);
    expect(await whats('()')).toEqual([[0, '()', 'group 1 (sub-match \\1)'], [1, '', 'nothing (the empty string)']]);
    // A part with no text has no place in the pattern either.
    const empty = (await explainRegex('a|', '') as PatternExplanation).parts.find(x => x.what === 'nothing (the empty string)')!;
    expect([empty.from, empty.to]).toEqual([-1, -1]);
  });

  it('a literal of two characters or more is one part; one character is not', async () => {
    expect(await whats('ab.c')).toEqual([[0, 'ab', 'the text "ab"'], [0, '.', 'any character (but NUL)'], [0, 'c', 'the character c']]);
    // An escaped character is written with two: it stays a part of its own.
    expect(await whats('\\.a')).toEqual([[0, '\\.', 'the character .'], [0, 'a', 'the character a']]);
  });

  it('non-ASCII characters are shown as written, in the literal and in a bracket', async () => {
    expect(await whats('héllo')).toEqual([[0, 'héllo', 'the text "héllo"']]);
    const [bracket] = await whats('[é]');
    expect(bracket).toEqual([0, '[é]', 'bracket [é]: one of \\xa9, \\xc3']);
  });

  it('an empty match and a match with a group that took no part', async () => {
    const r = await explainRegex('()', 'abc') as PatternExplanation;
    expect(r.match).toEqual({ start: 0, end: 0, text: '', groups: [{ start: 0, end: 0, text: '' }] });
    expect((await explainRegex('(x)?y', 'ay') as PatternExplanation).match).toEqual({ start: 1, end: 2, text: 'y', groups: [null] });
  });
});

describe('matchPattern spans on each line', () => {
  it('each line\'s spans counted from that line\'s own start', async () => {
    const r = await matchPattern('ReplaceAll', 'b', 'ab\néb\nb') as PatternMatch;
    expect(r.spans).toEqual([
      { line: 1, bytes: [[1, 2]], text: [[1, 2]] },
      { line: 2, bytes: [[2, 3]], text: [[1, 2]] },
      { line: 3, bytes: [[0, 1]], text: [[0, 1]] },
    ]);
  });

  it('a last line without a newline: its spans in bytes and in text', async () => {
    const r = await matchPattern('ReplaceAll', 'b', 'éb\néb') as PatternMatch;
    expect(r.lineCount).toBe(2);
    expect(r.spans).toEqual([{ line: 1, bytes: [[2, 3]], text: [[1, 2]] }, { line: 2, bytes: [[2, 3]], text: [[1, 2]] }]);
  });
});

describe('the regex tester when the core gives up or refuses', () => {
  it('a back-reference search that runs out of steps: the line is named, not taken as matched or not', async () => {
    // Three groups and their back-references over 100 a's: more tries than the core's budget.
    const pattern = '(a*)(a*)(a*)\\3\\2\\1x';
    const long = 'a'.repeat(100);
    expect(await matchPattern('DeleteLinesMatching', pattern, `${long}\nb\n`)).toEqual({
      command: 'DeleteLinesMatching', semantics: 'whole-line', lineCount: 2, lines: [], outOfBudget: [1],
    });
    expect((await explainRegex(pattern, long) as PatternExplanation).match).toBe('budget');
    // A line short enough is searched to the end: no match, and no budget note.
    expect(await matchPattern('DeleteLinesMatching', pattern, 'aaaa\n')).toEqual({
      command: 'DeleteLinesMatching', semantics: 'whole-line', lineCount: 1, lines: [],
    });
  });

  it('an error with no place in the pattern: no column, the message alone', async () => {
    expect(await matchPattern('GotoLastLine', 'x', 'a\n')).toEqual({
      command: 'GotoLastLine', error: 'GotoLastLine takes no pattern', offset: -1, column: 0, message: 'GotoLastLine takes no pattern',
    });
  });

  it('an error at the first character of a pattern: column 1', async () => {
    expect(await matchPattern('LocateLineMatching', '*a', 'a\n')).toMatchObject({ offset: 0, column: 1, message: expect.stringMatching(/ at column 1$/) });
    expect(await explainRegex('é(', '')).toEqual({ command: '', error: 'unmatched ( or \\(', offset: 2, column: 2, message: 'unmatched ( or \\( at column 2' });
  });
});

/**
 * The regex tester (matchPattern): what an editfiles command's pattern selects, computed by the
 * core with the command's semantics — whole lines (D2), ReplaceAll's leftmost-longest spans
 * (D20), the GNU word operators — and the core's error with its column for a bad pattern.
 */
import { describe, expect, it } from 'vitest';
import { matchPattern, run } from '../../host/api/index.js';
import type { EditEvent, PatternError, PatternMatch } from '../../host/api/index.js';

const FILE = 'foo\nfoobar\nbar foo\nfood\n# foo bar\n';

async function lines(command: string, pattern: string, content = FILE): Promise<number[]> {
  const r = await matchPattern(command, pattern, content);
  if ('error' in r) throw new Error(r.message);
  return r.lines;
}

describe('matchPattern', () => {
  it('whole-line commands: the lines the pattern matches as a whole', async () => {
    expect(await lines('DeleteLinesMatching', 'foo')).toEqual([1]);
    expect(await lines('LocateLineMatching', 'foo.*')).toEqual([1, 2, 4]);
    expect(await lines('BeginGroupIfNoLineMatching', '.*foo.*')).toEqual([1, 2, 3, 4, 5]);
    expect(await lines('CommentLinesMatching', '(foo|bar)( .*)?')).toEqual([1, 3]);
  });

  it('agrees with what a run of the command does (the trace\'s deleted lines)', async () => {
    for (const pattern of ['foo.*', '.*o{2}.*', '[a-z]+ [a-z]+', '#.*']) {
      const r = await run(`control:\n actionsequence = ( editfiles )\neditfiles:\n { /f\n DeleteLinesMatching "${pattern}"\n }\n`,
        { files: { '/f': FILE }, now: 1_700_000_000, trace: true });
      const deleted = (r.trace!.find(e => e.event === 'edit') as EditEvent).deleted ?? [];
      expect(await lines('DeleteLinesMatching', pattern), pattern).toEqual(deleted);
    }
  });

  it('a pattern no line can match selects nothing: easy to see', async () => {
    const r = await matchPattern('LocateLineMatching', '^zzz$', FILE) as PatternMatch;
    expect(r).toEqual({ command: 'LocateLineMatching', semantics: 'whole-line', lineCount: 5, lines: [] });
  });

  it('ReplaceAll: leftmost-longest spans per line (not JavaScript\'s leftmost-first)', async () => {
    const r = await matchPattern('ReplaceAll', 'a|ab', 'xabx ab\nnone\nab\n') as PatternMatch;
    expect(r.semantics).toBe('spans');
    expect(r.lines).toEqual([1, 3]);
    expect(r.spans).toEqual([
      { line: 1, bytes: [[1, 3], [5, 7]], text: [[1, 3], [5, 7]] },
      { line: 3, bytes: [[0, 2]], text: [[0, 2]] },
    ]);
    // JavaScript's RegExp would take "a" (the first alternative), not "ab".
    expect('xabx'.match(/a|ab/)![0]).toBe('a');
  });

  it('ReplaceAll spans in bytes and in the line\'s text', async () => {
    const r = await matchPattern('ReplaceAll', 'o+', 'été foo\n') as PatternMatch;
    expect(r.spans).toEqual([{ line: 1, bytes: [[7, 9]], text: [[5, 7]] }]);
  });

  it('the GNU word operators \\< \\> \\b \\B \\w', async () => {
    const text = 'foo foobar barfoo foo_x\n';
    const spans = async (p: string) => ((await matchPattern('ReplaceAll', p, text)) as PatternMatch).spans?.[0]?.bytes ?? [];
    expect(await spans('\\<foo\\>')).toEqual([[0, 3]]);
    expect(await spans('\\<foo')).toEqual([[0, 3], [4, 7], [18, 21]]);
    expect(await spans('foo\\>')).toEqual([[0, 3], [14, 17]]);
    expect(await spans('\\bbar')).toEqual([[11, 14]]);
    expect(await spans('\\Bbar')).toEqual([[7, 10]]);
    expect(await spans('\\w+_\\w')).toEqual([[18, 23]]);
    expect(await lines('DeleteLinesMatching', '.*\\<barfoo\\>.*', text)).toEqual([1]);
    expect(await lines('DeleteLinesMatching', '.*\\<arfoo\\>.*', text)).toEqual([]);
  });

  it('an invalid regex: the core\'s message and the column (in characters) where it is', async () => {
    const r = await matchPattern('DeleteLinesMatching', 'ab(c', FILE) as PatternError;
    expect(r).toEqual({ command: 'DeleteLinesMatching', error: 'unmatched ( or \\(', offset: 2, column: 3,
      message: 'unmatched ( or \\( at column 3' });
    const wide = await matchPattern('ReplaceAll', 'é[a', FILE) as PatternError;
    expect([wide.error, wide.offset, wide.column]).toEqual(['unmatched [, [^, [:, [. or [=', 2, 2]);
    expect(((await matchPattern('LocateLineMatching', 'x{2,1}', FILE)) as PatternError).error).toBe('invalid content of {}');
  });

  it('literal commands: substring, prefix and whole-line equality', async () => {
    expect(await matchPattern('HashCommentLinesContaining', 'bar', FILE)).toMatchObject({ semantics: 'substring', lines: [2, 3, 5] });
    expect(await matchPattern('DeleteLinesStarting', 'foo', FILE)).toMatchObject({ semantics: 'prefix', lines: [1, 2, 4] });
    expect(await matchPattern('AppendIfNoSuchLine', 'food', FILE)).toMatchObject({ semantics: 'line', lines: [4] });
    // WarnIfNoSuchLine takes a regex (case 120).
    expect(await matchPattern('WarnIfNoSuchLine', 'fo+d', FILE)).toMatchObject({ semantics: 'whole-line', lines: [4] });
  });

  it('a command without a pattern is an error, not a silent nothing', async () => {
    expect(await matchPattern('GotoLastLine', 'x', FILE)).toMatchObject({ error: 'GotoLastLine takes no pattern' });
  });
});

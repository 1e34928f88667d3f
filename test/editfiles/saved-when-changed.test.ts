/**
 * An edited file is saved exactly when its text differs from the file as read (D7): the check
 * first compares sizes from the line table, then bytes only when the sizes agree. Each case has
 * the backup (made only by a save) and, with the trace on, the session's end status say so.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { FILE } from './helpers.js';

async function outcome(content: string, commands: string) {
  const policy = `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n` +
    `editfiles:\n { ${FILE}\n${commands}\n }\n`;
  const r = await run(policy, { files: { [FILE]: content }, now: 1_700_000_000, hostname: 'h', trace: true });
  const end = (r.trace ?? []).find(e => e.event === 'edit-end');
  return {
    text: new TextDecoder().decode(r.files[FILE]),
    saved: `${FILE}.cfsaved` in r.files,
    status: end && 'status' in end ? end.status : undefined,
  };
}

describe('an edited file is saved exactly when its text changed', () => {
  it.each([
    ['same size, other bytes', 'alpha\nbeta\n', ' ReplaceAll "a" With "o"', 'olpho\nbeto\n'],
    ['a byte fewer', 'alpha\nbeta\n', ' ReplaceAll "ta" With "t"', 'alpha\nbet\n'],
    ['one line more', 'alpha\n', ' AppendIfNoSuchLine "beta"', 'alpha\nbeta\n'],
    ['no final newline, a byte changed: the newline is written too', 'a\nb', ' ReplaceAll "b" With "c"', 'a\nc\n'],
    ['no final newline, the edited lines (with theirs) as long as the file', 'a\nbc', ' ReplaceAll "bc" With "b"', 'a\nb\n'],
  ])('%s: saved', async (_what, content, commands, text) => {
    expect(await outcome(content, commands)).toEqual({ text, saved: true, status: 'saved' });
  });

  it.each([
    ['a line deleted and put back in its place', 'alpha\nbeta\ngamma\n',
      ' DeleteLinesStarting "beta"\n LocateLineMatching "alpha"\n InsertLine "beta"'],
    ['a line changed and changed back (same size in between)', 'alpha\nbeta\n', ' ReplaceAll "beta" With "bets"\n ReplaceAll "bets" With "beta"'],
    ['no final newline, nothing done', 'a\nb', ' AppendIfNoSuchLine "b"'],
    ['empty, nothing done', '', ' DeleteLinesStarting "x"'],
  ])('%s: not saved', async (_what, content, commands) => {
    expect(await outcome(content, commands)).toEqual({ text: content, saved: false, status: 'unchanged' });
  });
});

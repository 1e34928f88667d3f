/**
 * Found by fuzzing lint (round 19): a back-reference pattern that runs out of steps on one of
 * CF015's filler lines ended lint with an internal error (exit 70) where it must lint the file.
 */
import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();

describe('a pattern whose back-references run out of steps', () => {
  it('is linted like any other: no internal error, and the file still gets its trial runs', () => {
    // Eight groups of .* matched back in reverse: too many ways to split a filler line.
    const pattern = '(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)\\8\\7\\6\\5\\4\\3\\2\\1';
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n' +
      ` DeleteLinesMatching "${pattern}"\n AppendIfNoSuchLine "added"\n InsertLine "again"\n }\n`;
    const found = lintPolicy(runtime, policy, 'p.cf', {}).map(d => `${d.loc.line} ${d.code}`);
    // InsertLine adds its line on every run: the trial runs still happen and say so.
    expect(found).toContain('7 CF015');
  });
});

// Deeply nested patterns are refused with the regex's own message, never a stack overflow. The
// core's passes over a pattern's tree recurse, and wasm shares the host's stack: 20,000 nested
// groups, 50,000 stacked `*` or `a{0,30000}` (a chain of optional copies) ended a run with
// "Maximum call stack size exceeded", an internal error (found by fuzzing run()). Up to 1,000
// levels of groups and repetitions, and counts nesting up to 4,000 levels, still compile and match.
import { describe, expect, it } from 'vitest';
import { explainRegex, matchPattern, run } from '../../host/api/index.js';

const DEEP = {
  groups: '('.repeat(20_000) + 'a' + ')'.repeat(20_000),
  stars: 'a' + '*'.repeat(50_000),
  count: 'a{0,30000}',
  groupsAndStars: '(a'.repeat(999) + ')*'.repeat(999),
};

describe('deeply nested patterns', () => {
  for (const [name, pattern] of Object.entries(DEEP)) {
    it(`${name}: an error with its column, in the regex tester and the explainer`, async () => {
      const m = await matchPattern('DeleteLinesMatching', pattern, 'a\n');
      expect(m).toMatchObject({ error: expect.stringMatching(/^(pattern nested too deeply|counted repetitions too large)/) });
      const e = await explainRegex(pattern, 'a');
      expect(e).toMatchObject({ error: (m as { error: string }).error });
    });
  }

  it('in a run: the command is reported at its place and the file left as it was', async () => {
    const r = await run(`control:\n actionsequence = ( editfiles )\neditfiles:\n { /e\n  DeleteLinesMatching "${DEEP.groups}"\n  AppendIfNoSuchLine "b"\n }\n`,
      { files: { '/e': 'a\n' } });
    const errors = r.log.filter(l => l.level === 'error').map(l => l.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^policy\.cf:5:3: DeleteLinesMatching: invalid regular expression "\(+…?.*pattern nested too deeply \(more than 1000 levels of groups and repetitions\) at byte 1001/);
    expect(new TextDecoder().decode(r.files['/e'])).toBe('a\nb\n');
  });

  it('the deepest accepted patterns compile and match', async () => {
    const groups = '('.repeat(1000) + 'a' + ')'.repeat(1000);
    expect(await matchPattern('DeleteLinesMatching', groups, 'b\na\n')).toMatchObject({ lines: [2] });
    const alternatives = '(a|b'.repeat(500) + ')*'.repeat(500);
    expect(await matchPattern('DeleteLinesMatching', alternatives, 'c\nabba\n')).toMatchObject({ lines: [2] });
    expect(await matchPattern('DeleteLinesMatching', 'a{0,1999}', 'b\naaa\n')).toMatchObject({ lines: [2] });
    expect(await matchPattern('DeleteLinesMatching', 'a' + '*'.repeat(999), 'b\naaa\n')).toMatchObject({ lines: [2] });
  });
});

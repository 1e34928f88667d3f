// The line diff's real edit limit (MAX_EDITS, 4,000 edits among lines both sides have) and what a
// diff past it shows: the whole file replaced. Apart from diff-lines.test.ts because these
// searches are long once instrumented (the 5,000-line one passes a minute under Stryker):
// scripts/mutate.mjs leaves this file out of diff.ts's list, and diff-unified.test.ts checks the
// same bounds with small limits.
import { describe, expect, it } from 'vitest';
import { diffLines, fileDiff } from '../../host/api/diff.js';

const reversed = (n: number): [string[], string[]] => {
  const a = Array.from({ length: n }, (_, i) => `n${i}`);
  return [a, [...a].reverse()];
};

describe('diffLines past MAX_EDITS', () => {
  it('2,001 lines reversed (4,000 edits) is diffed; 2,002 (4,002) gives up', () => {
    const [a, b] = reversed(2001);
    expect(diffLines(a, b)!.filter(o => o.kind !== ' ').length).toBe(4000);
    expect(diffLines(...reversed(2002))).toBeNull();
  });

  it('gives up (null) past 4,000 edits among shared lines, and the unified diff then replaces the whole file', () => {
    const [a, b] = reversed(5000);
    expect(diffLines(a, b)).toBeNull();
    const enc = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
    const out = fileDiff('/f', enc(a), enc(b)).split('\n');
    expect(out.slice(0, 3)).toEqual(['--- a/f', '+++ b/f', '@@ -1,5000 +1,5000 @@']);
    expect(out.slice(3)).toEqual([...a.map(l => `-${l}`), ...b.map(l => `+${l}`), '']);
  });
});

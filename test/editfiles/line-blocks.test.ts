/**
 * The line loops that go a block of 4096 lines per call (engine/src/editfiles/lines.ts: passing
 * lines without a substring, four at a time; summing line sizes; joining lines to save them) give
 * what one pass would: lines the session made, and lines holding the substring, at and around the
 * block ends and in a block's last (fewer than four) lines, against a model of the file as strings.
 */
import { describe, expect, it } from 'vitest';
import { edit, random } from './helpers.js';

const BLOCK = 4096;

/** Places around the first three block ends (and the very first and last lines). */
const NEAR = [0, 1, 3, BLOCK - 5, BLOCK - 4, BLOCK - 1, BLOCK, BLOCK + 1, BLOCK + 3, 2 * BLOCK - 1, 2 * BLOCK, 3 * BLOCK + 2];

/** `count` filler lines of varied length, with `mark` lines at `at`. */
function lines(count: number, at: number[], mark: (i: number) => string, r: () => number): string[] {
  const out = Array.from({ length: count }, () => 'f'.repeat(Math.floor(r() * 30)));
  for (const i of at) if (i < count) out[i] = mark(i);
  return out;
}

const text = (ls: string[]) => ls.map(l => `${l}\n`).join('');

describe('line loops by blocks of lines', () => {
  for (const count of [3 * BLOCK + 3, 3 * BLOCK + 5, 4 * BLOCK]) {
    it(`${count} lines: comments made near the block ends are passed over, and found again`, async () => {
      const r = random(count);
      // "telnet" lines near the block ends get commented (lines the session makes there); then
      // lines with "x" — some of them among those — are deleted, and "f" lines renamed.
      const before = lines(count, NEAR, i => (i % 2 ? `telnet ${i}` : `x telnet ${i}`), r);
      for (const i of [5, BLOCK - 2, BLOCK + 2, 2 * BLOCK + 1]) before[i] = `x ${i}`;
      const commands = [
        ' HashCommentLinesContaining "telnet"',
        ' DeleteLinesContaining "x"',
        ' WarnIfLineContaining "telnet"',
        ' ReplaceAll "ffff" With "g"',
      ].join('\n');
      let model = before.map(l => (l.includes('telnet') ? `# ${l}` : l));
      model = model.filter(l => !l.includes('x'));
      model = model.map(l => l.split('ffff').join('g'));
      const result = await edit(text(before), commands);
      expect(result.exitCode).toBe(0);
      expect(result.text === text(model), 'the edited text').toBe(true);
      expect(result.log.filter(l => l.includes('telnet')).length).toBeGreaterThan(0);
    });
  }

  it.each(NEAR)('a session-made line at %i is found by the next command (it holds the substring)', async at => {
    const r = random(at + 1);
    const before = lines(3 * BLOCK, [at], () => 'needle', r);
    // The first command makes line `at` anew; the second must look at it although the file as read
    // holds no "made" anywhere.
    const result = await edit(text(before), ' ReplaceAll "needle" With "made here"\n HashCommentLinesContaining "made"');
    const model = before.map(l => (l === 'needle' ? '# made here' : l));
    expect(result.text === text(model)).toBe(true);
  });

  it.each([BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK + 3])('%i lines that no command changes are not saved', async count => {
    const before = text(lines(count, [], () => '', random(count)));
    const result = await edit(before, ' DeleteLinesContaining "nowhere"\n AppendIfNoSuchLine ""');
    expect(result.text === before).toBe(true);
    expect(result.saved).toBe(false);
  });
});

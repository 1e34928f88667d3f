/**
 * The file is split into lines a block of 16 KiB at a time (engine/src/editfiles/lines.ts): lines
 * that cross blocks, lines longer than a block, a newline as a block's first or last byte, and a
 * NUL byte anywhere (the file is then refused) come out as in one pass.
 */
import { describe, expect, it } from 'vitest';
import { edit, random } from './helpers.js';

const BLOCK = 16384;

/** Lines of `length`s of 'a'/'b' text; every third starts with "x" (the command below comments those). */
function text(lengths: number[], finalNewline: boolean): string {
  const lines = lengths.map((n, i) => (i % 3 === 0 ? 'x' : 'a') + 'b'.repeat(Math.max(0, n - 1)));
  return lines.join('\n') + (finalNewline ? '\n' : '');
}

/** What `HashCommentLinesStarting "x"` makes of it, line by line in JavaScript. */
function model(content: string): string {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map(l => (l.startsWith('x') ? `# ${l}` : l)).map(l => `${l}\n`).join('');
}

describe('the split into lines, block by block', () => {
  const cases: [string, number[], boolean][] = [
    // A newline as the last byte of the first block, then as the first byte of the second.
    ['newline at the end of a block', [BLOCK - 1, 5, 7], true],
    ['newline at the start of a block', [BLOCK, 3], true],
    ['a line longer than two blocks', [10, 2 * BLOCK + 77, 4], false],
    ['exactly two blocks, no final newline', [BLOCK - 1, BLOCK], false],
    ['exactly one block of empty lines', Array(BLOCK).fill(0).map((_, i) => (i === 0 ? 1 : 0)).slice(0, BLOCK), true],
  ];
  const r = random(99);
  for (let k = 0; k < 4; k++) {
    cases.push([`random lengths ${k}`, Array.from({ length: 3000 }, () => Math.floor(r() * 40) * (r() < 0.05 ? 20 : 1)), r() < 0.5]);
  }
  it.each(cases)('%s', async (_what, lengths, finalNewline) => {
    const content = text(lengths, finalNewline);
    const result = await edit(content, ' HashCommentLinesStarting "x"');
    expect(result.exitCode).toBe(0);
    expect(result.text === model(content), `${content.length} bytes`).toBe(true);
  });

  it.each([
    ['in the first vector', 3],
    ['in a later block', 3 * BLOCK + 1000],
    ['among the last bytes (fewer than sixteen)', -2],
    ['the last byte of a block', BLOCK - 1],
  ])('a NUL byte %s: the file is refused and left as it is', async (_where, at) => {
    const content = text(Array(4000).fill(0).map((_, i) => 5 + (i % 30)), true);
    const pos = at < 0 ? content.length + at : at;
    const binary = content.slice(0, pos) + '\0' + content.slice(pos + 1);
    const result = await edit(binary, ' HashCommentLinesStarting "x"');
    expect(result.exitCode).toBe(1);
    expect(result.text === binary).toBe(true);
    expect(result.log.some(l => l.includes('holds binary data (a NUL byte); not edited'))).toBe(true);
  });

  it('a NUL byte in the one sixteen-byte round after the last block\'s thirty-two-byte rounds: refused', async () => {
    // Lines are added until the last block's bytes leave 16 to 31 after its 32-byte rounds: the
    // split then takes those sixteen in a round of their own, where the NUL goes.
    const lengths = Array(4000).fill(0).map((_, i) => 5 + (i % 30));
    let content = text(lengths, true);
    const rest = () => (content.length % BLOCK) % 32;
    while (rest() < 16) {
      lengths.push(3 + (lengths.length % 7));
      content = text(lengths, true);
    }
    const pos = content.length - rest() + 5; // inside that round, not among the last few bytes
    expect(content.length - pos).toBeGreaterThan(10);
    const binary = content.slice(0, pos) + '\0' + content.slice(pos + 1);
    const result = await edit(binary, ' HashCommentLinesStarting "x"');
    expect(result.exitCode).toBe(1);
    expect(result.text === binary).toBe(true);
    expect(result.log.some(l => l.includes('holds binary data (a NUL byte); not edited'))).toBe(true);
  });
});

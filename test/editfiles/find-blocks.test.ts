/**
 * A literal is searched for a block of 16 KiB at a time (engine/src/util/bytes.ts findBytes, so
 * that later blocks run on V8's optimised code): an occurrence that crosses from one block into
 * the next, or starts at a block's first or last place, is found as in one pass — by the
 * substring tests (…Containing), a regex's required bytes (…Matching) and ReplaceAll.
 */
import { describe, expect, it } from 'vitest';
import { edit } from './helpers.js';

const BLOCK = 16384;

/**
 * Filler lines ("aaa…", never holding the needle) up to where `needle` must start, then a line
 * holding it at byte `at` of the file, then more filler; and the index of that line.
 */
function fileWith(needle: string, at: number, tail = 3 * BLOCK): { content: string; line: number } {
  const lines: string[] = [];
  let size = 0;
  // Lines of 1..79 bytes (with their newlines) until the needle's line begins a few bytes before `at`.
  while (at - size > 90) {
    const n = 1 + ((lines.length * 37) % 79);
    lines.push('a'.repeat(n - 1));
    size += n;
  }
  const lead = at - size; // the needle's line: `lead` bytes of "b", then the needle
  const line = lines.length;
  lines.push('b'.repeat(lead) + needle + 'b');
  size += lead + needle.length + 2;
  while (size < at + tail) {
    lines.push('a'.repeat(40));
    size += 41;
  }
  return { content: lines.map(l => `${l}\n`).join(''), line };
}

/** Places around the first two block ends: the needle crossing them, and starting on either side. */
const PLACES = [BLOCK - 6, BLOCK - 3, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK - 2, 2 * BLOCK];

describe('a literal found across the search blocks', () => {
  it.each(PLACES)('HashCommentLinesContaining, the needle at byte %i', async at => {
    const { content, line } = fileWith('telnet', at);
    const result = await edit(content, ' HashCommentLinesContaining "telnet"');
    expect(result.exitCode).toBe(0);
    const want = content.split('\n').map((l, i) => (i === line ? `# ${l}` : l)).join('\n');
    expect(result.text === want, `line ${line}`).toBe(true);
  });

  it.each(PLACES)('DeleteLinesMatching with a required literal, at byte %i', async at => {
    const { content, line } = fileWith('UsePAM', at);
    const result = await edit(content, ' DeleteLinesMatching "b*UsePAM.*"');
    expect(result.exitCode).toBe(0);
    const want = content.split('\n').filter((_, i) => i !== line).join('\n');
    expect(result.text === want, `line ${line}`).toBe(true);
  });

  it.each(PLACES)('ReplaceAll of a literal at byte %i', async at => {
    const { content } = fileWith('example.org', at);
    const result = await edit(content, ' ReplaceAll "example\\.org" With "example.net"');
    expect(result.exitCode).toBe(0);
    expect(result.text === content.replace('example.org', 'example.net')).toBe(true);
  });

  // The scan tests thirty-two places a round, then sixteen, then one by one: the needle at every
  // place of a long line, after a near miss (its rare bytes where they would be, the rest not)
  // in the same round.
  it.each(Array.from({ length: 70 }, (_, k) => k))('the needle at byte %i of a 100-byte line, after a near miss', async k => {
    const filler = 'q'.repeat(100);
    const line = (filler.slice(0, Math.max(0, k - 8)) + 'UsePA_' + filler).slice(0, k) + 'UsePAM' + filler.slice(k + 6);
    const content = `${filler}\n${line.slice(0, 100)}\n${filler}\n`;
    const result = await edit(content, ' HashCommentLinesContaining "UsePAM"');
    expect(result.text === content.replace(line.slice(0, 100), `# ${line.slice(0, 100)}`)).toBe(true);
  });

  it('two occurrences in one block and one in a later block are all found', async () => {
    const first = fileWith('telnet', 100, 0).content;
    const second = fileWith('telnet', 3 * BLOCK - 2, 0).content.slice(first.length);
    const content = `${first}telnet b telnet\n${second}`;
    const result = await edit(content, ' HashCommentLinesContaining "telnet"');
    const want = content.split('\n').map(l => (l.includes('telnet') ? `# ${l}` : l)).join('\n');
    expect(result.text === want).toBe(true);
    expect(want.split('# ').length - 1).toBe(3);
  });
});

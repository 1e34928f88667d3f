/**
 * The byte scans the editor runs over a file (engine/src/util/scan.ts: line ends, a literal's two
 * rarest bytes, sixteen bytes at a time) against a model in plain JavaScript, on files whose lines
 * are long enough to cross many blocks: every line end and every occurrence of a needle falls at
 * every place in a block and in the last, partial one. Random files over a few bytes, so that
 * needles occur often, in part, and across line ends; with and without a final newline.
 */
import { describe, expect, it } from 'vitest';
import { nodeCore } from '../../host/node/core.js';
import { edit, random } from './helpers.js';

/** A line of `n` bytes over a small alphabet (no quote: the commands quote needles with ""). */
function line(r: () => number, n: number): string {
  const alphabet = 'aab#. x';
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

const NEEDLES = ['a', 'ab', 'ba', 'x', 'a#', '#.', 'aab', 'b a', 'abab', '. x', 'aaaaaaaaaaaaaaaaa', 'a.b#x'];
const PLAIN = NEEDLES.filter(n => !n.includes('.'));

describe('long lines: the editor agrees with a model of the file as strings', () => {
  for (let seed = 1; seed <= 40; seed++) {
    it(`file ${seed}`, async () => {
      const r = random(seed * 104729);
      const count = 1 + Math.floor(r() * 120);
      // Lengths around the block size and far past it, empty lines among them.
      const lines = Array.from({ length: count }, () => line(r, [0, 1, 15, 16, 17, 31, 32, 33][Math.floor(r() * 8)] + Math.floor(r() * (r() < 0.2 ? 300 : 40))));
      const needle = NEEDLES[Math.floor(r() * NEEDLES.length)];
      const other = NEEDLES[Math.floor(r() * NEEDLES.length)];
      // ReplaceAll's pattern is a regex: one without a '.' is a plain string (the literal path).
      const plain = PLAIN[Math.floor(r() * PLAIN.length)];
      const unterminated = r() < 0.3 && lines[lines.length - 1] !== '';
      const original = lines.join('\n') + (unterminated ? '' : '\n');
      // ReplaceAll first: the lines it changes are the session's own, among the file's.
      const commands = [
        `WarnIfLineContaining "${other}"`,
        `ReplaceAll "${plain}" With "<>"`,
        `DeleteLinesContaining "${needle}"`,
        `HashCommentLinesContaining "${other}"`,
        'AppendIfNoSuchLine "the end"',
      ];
      const warned = lines.some(l => l.includes(other));
      let model = lines.map(l => l.split(plain).join('<>'));
      model = model.filter(l => !l.includes(needle));
      model = model.map(l => (l.includes(other) && !l.startsWith('# ') ? `# ${l}` : l));
      if (!model.includes('the end')) model.push('the end');
      const result = await edit(original, commands.map(c => ` ${c}`).join('\n'));
      const context = `${count} lines; ${commands.join('; ')}`;
      expect(result.text, context).toBe(model.map(l => `${l}\n`).join(''));
      expect(result.log.some(l => l.startsWith('warning: Warning, file')), context).toBe(warned);
    });
  }

  it('finds the line a literal pattern locates wherever it lies in a long file', async () => {
    const r = random(7);
    for (let round = 0; round < 30; round++) {
      const lines = Array.from({ length: 200 }, () => line(r, Math.floor(r() * 70)));
      const target = Math.floor(r() * lines.length);
      lines[target] = 'Port 22';
      const result = await edit(lines.map(l => `${l}\n`).join(''), ' LocateLineMatching "Port 22"\n InsertLine "Port 2222"');
      const model = [...lines.slice(0, target + 1), 'Port 2222', ...lines.slice(target + 1)];
      expect(result.text, `round ${round}`).toBe(model.map(l => `${l}\n`).join(''));
    }
  });
});

describe('literal patterns: the core finds each occurrence a plain string search finds', () => {
  it('on long subjects, from every start', async () => {
    const core = await nodeCore();
    const r = random(99);
    const bytes = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));
    for (let round = 0; round < 60; round++) {
      const subject = line(r, Math.floor(r() * 200));
      const needle = NEEDLES[Math.floor(r() * NEEDLES.length)];
      const handle = core.regexCompile(bytes(needle));
      for (let from = 0; from <= subject.length; from += 1 + Math.floor(r() * 5)) {
        // A '.' in the needle matches any byte: the model is then a scan with that wildcard.
        const at = findWithDots(subject, needle, from);
        const m = core.regexSearch(handle, bytes(subject), from);
        expect(m ? m.start : -1, `${needle} in ${subject} from ${from}`).toBe(at);
      }
    }
  });
});

/** The first index ≥ from where `needle` matches `subject`, a '.' in it matching any byte. */
function findWithDots(subject: string, needle: string, from: number): number {
  for (let i = from; i + needle.length <= subject.length; i++) {
    let ok = true;
    for (let k = 0; k < needle.length && ok; k++) ok = needle[k] === '.' || needle[k] === subject[i + k];
    if (ok) return i;
  }
  return -1;
}

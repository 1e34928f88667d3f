/**
 * The session's last save joins the lines over the file as read (LineList.joinInPlace) when the
 * result fits there: runs of unchanged lines that move right (lines grew or were added before
 * them) are copied first, right to left, the rest left to right. Random edits that grow, shrink
 * and add lines, on files with and without a final newline, against a model of the file as
 * strings; and the cases that must not be joined in place (a result longer than the file, a line
 * that is a view of the file as read).
 */
import { describe, expect, it } from 'vitest';
import { edit, random } from './helpers.js';

// Lines of different lengths, some holding the needles below (a few long ones: runs of several
// hundred bytes move, not only a byte or two).
const LINES = ['a', 'bb', 'x a', 'ccc b', 'dddd', '', 'a'.repeat(40), 'b c '.repeat(30), 'e', 'f f'];
const NEEDLES = ['a', 'b', 'c', 'f'];
const WITH = ['', 'z', 'zzzzzz', 'q'.repeat(25)];

type Step = { command: string; apply: (lines: string[]) => string[] };

function randomStep(r: () => number): Step {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const s = pick(NEEDLES);
  switch (Math.floor(r() * 6)) {
    case 0: return { command: `DeleteLinesContaining "${s}"`, apply: ls => ls.filter(l => !l.includes(s)) };
    case 1: return {
      command: `HashCommentLinesContaining "${s}"`,
      apply: ls => ls.map(l => (l.includes(s) && !l.startsWith('# ') ? `# ${l}` : l)),
    };
    case 2: {
      const t = pick(WITH);
      return { command: `ReplaceAll "${s}" With "${t}"`, apply: ls => ls.map(l => l.split(s).join(t)) };
    }
    case 3: {
      const line = `new ${s} ${Math.floor(r() * 1000)}`;
      return { command: `PrependIfNoSuchLine "${line}"`, apply: ls => (ls.includes(line) ? ls : [line, ...ls]) };
    }
    case 4: {
      const line = `end ${Math.floor(r() * 1000)}`;
      return { command: `AppendIfNoSuchLine "${line}"`, apply: ls => (ls.includes(line) ? ls : [...ls, line]) };
    }
    default: return { command: `DeleteLinesStarting "${s}"`, apply: ls => ls.filter(l => !l.startsWith(s)) };
  }
}

describe('the last save joined over the file as read agrees with a model', () => {
  for (let seed = 1; seed <= 200; seed++) {
    it(`sequence ${seed}`, async () => {
      const r = random(seed * 104729);
      const count = 1 + Math.floor(r() * 60);
      let lines = Array.from({ length: count }, () => LINES[Math.floor(r() * LINES.length)]);
      // Every third file ends without a newline (its last line's newline is written by the save).
      const unterminated = seed % 3 === 0 && lines[lines.length - 1] !== '';
      const original = lines.join('\n') + (unterminated ? '' : '\n');
      const steps = Array.from({ length: 1 + Math.floor(r() * 5) }, () => randomStep(r));
      for (const step of steps) lines = step.apply(lines);
      const result = await edit(original, steps.map(s => ` ${s.command}`).join('\n'));
      const context = `${JSON.stringify(original)}: ${steps.map(s => s.command).join('; ')}`;
      const expected = lines.map(l => `${l}\n`).join('');
      // (a file that only lost its missing final newline is not saved: L3860-3868)
      const unchanged = expected === original || expected === `${original}\n`;
      expect(result.text, context).toBe(unchanged ? original : expected);
    });
  }
});

describe('runs moving each way over the file as read', () => {
  it('a line grown at the start moves every run after it right, deletions later move them back', async () => {
    const body = Array.from({ length: 200 }, (_, i) => (i % 50 === 0 ? `drop ${i}` : `keep line ${i}`));
    const original = ['grow me', ...body].join('\n') + '\n';
    const r = await edit(original, ' HashCommentLinesContaining "grow"\n DeleteLinesStarting "drop"');
    expect(r.text).toBe(['# grow me', ...body.filter(l => !l.startsWith('drop'))].map(l => `${l}\n`).join(''));
  });

  it('a line added first and lines deleted after it', async () => {
    const body = Array.from({ length: 300 }, (_, i) => `line ${i}${i % 7 === 0 ? ' x' : ''}`);
    const original = body.join('\n') + '\n';
    const r = await edit(original, ' PrependIfNoSuchLine "a new first line"\n DeleteLinesContaining " x"');
    expect(r.text).toBe(['a new first line', ...body.filter(l => !l.includes(' x'))].map(l => `${l}\n`).join(''));
  });

  it('the result exactly as long as the file as read and the byte after it', async () => {
    // "ab\ncd" (5 bytes) becomes "xy\ncd\n" (6): the save writes the last line's newline too.
    const r = await edit('ab\ncd', ' ReplaceAll "ab" With "xy"');
    expect(r.text).toBe('xy\ncd\n');
  });

  it('a result longer than the file as read is joined into a buffer of its own', async () => {
    const original = Array.from({ length: 100 }, (_, i) => `l${i}`).join('\n') + '\n';
    const r = await edit(original, ' HashCommentLinesContaining "l"');
    expect(r.text).toBe(Array.from({ length: 100 }, (_, i) => `# l${i}\n`).join(''));
  });

  it('a line that is a view of the file as read keeps its bytes', async () => {
    // UnCommentNLines leaves a line without the comment start as it was read (a view, not a copy).
    // The line grown before it moves "middle" right, over the first bytes the view shows.
    const original = ['grow', 'middle', 'plain line', 'later', 'drop this'].join('\n') + '\n';
    const r = await edit(original, ' HashCommentLinesContaining "grow"\n LocateLineMatching "plain line"\n' +
      ' UnCommentNLines "1"\n DeleteLinesStarting "drop"');
    expect(r.text).toBe('# grow\nmiddle\nplain line\nlater\n');
  });

  it('the size of the lines is summed again after every kind of change (here: emptying the file)', async () => {
    // ReplaceAll sums the sizes first (its growth limit); nothing matches; then the file is emptied.
    const r = await edit('alpha\nbeta\n', ' ReplaceAll "zzz" With "y"\n EmptyEntireFilePlease\n Append "g"');
    expect(r.text).toBe('g\n');
    const emptied = await edit('alpha\nbeta\n', ' ReplaceAll "zzz" With "y"\n EmptyEntireFilePlease');
    expect(emptied.text).toBe('');
  });
});

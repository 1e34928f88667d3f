/**
 * The editor's line store (engine/src/editfiles/lines.ts) against a model in plain JavaScript:
 * random files and random sequences of the commands that test lines by substring, prefix and
 * equality, and of ReplaceAll with literal patterns. These are the paths where the store reads
 * lines in place, remembers where a substring was found in the file as read, and writes changed
 * lines into shared chunks; the model keeps each line as a string.
 */
import { describe, expect, it } from 'vitest';
import { edit, random } from './helpers.js';

const LINES = ['ab', 'b', 'a b', '#ab', '# ab', '%a', 'ba', 'abab', '', 'xa', 'b%'];
const NEEDLES = ['a', 'b', 'ab', 'ba', '# ', '%', 'x', 'abab'];
const WITH = ['x', 'ab', '', 'b a', '# '];

type Step = { command: string; apply: (lines: string[]) => string[]; warns?: (lines: string[]) => boolean };

function randomStep(r: () => number): Step {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const s = pick(NEEDLES);
  const comment = (prefix: string) => (lines: string[]) => lines.map(l => (l.includes(s) && !l.startsWith(prefix) ? prefix + l : l));
  switch (Math.floor(r() * 9)) {
    case 0: return { command: `DeleteLinesContaining "${s}"`, apply: ls => ls.filter(l => !l.includes(s)) };
    case 1: return { command: `HashCommentLinesContaining "${s}"`, apply: comment('# ') };
    case 2: return { command: `PercentCommentLinesContaining "${s}"`, apply: comment('%') };
    case 3: return { command: `DeleteLinesStarting "${s}"`, apply: ls => ls.filter(l => !l.startsWith(s)) };
    case 4: return { command: `AppendIfNoSuchLine "${s}"`, apply: ls => (ls.includes(s) ? ls : [...ls, s]) };
    case 5: return { command: `PrependIfNoSuchLine "${s}"`, apply: ls => (ls.includes(s) ? ls : [s, ...ls]) };
    case 6: {
      const t = pick(WITH);
      return { command: `ReplaceAll "${s}" With "${t}"`, apply: ls => ls.map(l => l.split(s).join(t)) };
    }
    case 7: return { command: `WarnIfLineContaining "${s}"`, apply: ls => ls, warns: ls => ls.some(l => l.includes(s)) };
    default: return { command: `DeleteLinesContaining "${s}"`, apply: ls => ls.filter(l => !l.includes(s)) };
  }
}

describe('the line store agrees with a model of the file as strings', () => {
  for (let seed = 1; seed <= 150; seed++) {
    it(`sequence ${seed}`, async () => {
      const r = random(seed * 7919);
      const count = Math.floor(r() * 40);
      let lines = Array.from({ length: count }, () => LINES[Math.floor(r() * LINES.length)]);
      const original = lines.map(l => `${l}\n`).join('');
      const steps = Array.from({ length: 1 + Math.floor(r() * 6) }, () => randomStep(r));
      const warnings: boolean[] = [];
      for (const step of steps) {
        if (step.warns) warnings.push(step.warns(lines));
        lines = step.apply(lines);
      }
      const result = await edit(original, steps.map(s => ` ${s.command}`).join('\n'));
      const context = steps.map(s => s.command).join('; ');
      expect(result.text, context).toBe(lines.map(l => `${l}\n`).join(''));
      expect(result.log.filter(l => l.startsWith('warning: Warning, file')).length, context)
        .toBe(warnings.filter(Boolean).length);
    });
  }
});

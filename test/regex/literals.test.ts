/**
 * The literal prefilters (engine/src/regex/literals.ts): a line the editor rejects because it
 * lacks a pattern's literal prefix or its required bytes must be a line the pattern does not
 * match. Random patterns and subjects: the editor's DeleteLinesMatching (prefilters, then the
 * automata) against the core's plain whole-line match of each subject (no prefilter).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { nodeCore } from '../../host/node/core.js';
import { prng, PatternGenerator } from './random-patterns.js';

const core = await nodeCore();
const latin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0) & 0xff);

describe('literal prefilters agree with matching', () => {
  it('DeleteLinesMatching keeps exactly the lines the pattern does not match (500 random patterns)', async () => {
    const gen = new PatternGenerator(prng(777));
    let checked = 0;
    let deleted = 0;
    while (checked < 500) {
      const pattern = gen.pattern();
      // The policy quotes it with a quote it does not contain; a pattern that does not compile is
      // a command error, not a question for the prefilters.
      const quote = ['"', "'", '`'].find(q => !pattern.includes(q));
      if (!quote || pattern.includes('\n') || pattern.includes('$(') || pattern.includes('${')) continue;
      let handle: number;
      try {
        handle = core.regexCompile(latin1(pattern));
      } catch {
        continue;
      }
      const subjects = Array.from({ length: 8 }, () => gen.subject(pattern)).filter(s => !s.includes('\n'));
      const kept = subjects.filter(s => !core.regexMatchesWhole(handle, latin1(s)));
      const file = subjects.map(s => `${s}\n`).join('');
      // In a policy string `\\` is one backslash (docs/compatibility.md): each one is doubled.
      const written = pattern.replaceAll('\\', '\\\\');
      const policy = `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\neditfiles:\n { /etc/f\n DeleteLinesMatching ${quote}${written}${quote}\n }\n`;
      const r = await run(policy, { files: { '/etc/f': latin1(file) }, now: 1_700_000_000, hostname: 'h' });
      expect(r.files['/etc/f'] ? Buffer.from(r.files['/etc/f']).toString('latin1') : '', `pattern ${pattern}`)
        .toBe(kept.map(s => `${s}\n`).join(''));
      deleted += subjects.length - kept.length;
      checked++;
    }
    console.log(`literal prefilters: ${checked} patterns, ${deleted} lines matched and deleted`);
    expect(deleted).toBeGreaterThan(200); // the subjects do match often enough to tell
  }, 120_000);

  it('and on patterns made of literal runs, optional and repeated groups and alternatives (1,500)', async () => {
    const r = prng(4711);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const word = () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(['a', 'b'])).join('');
    const piece = (depth: number): string => {
      const x = r();
      if (depth < 2 && x < 0.35) return `(${piece(depth + 1)}${piece(depth + 1)})${pick(['', '?', '*', '+', '{0,2}', '{1,2}', '{2}'])}`;
      if (depth < 2 && x < 0.45) return `(${piece(depth + 1)}|${piece(depth + 1)})`;
      if (x < 0.55) return pick(['.', '.*', '[ab]', 'a?', 'b*']);
      return word();
    };
    const cases: { pattern: string; subjects: string[] }[] = [];
    for (let k = 0; k < 1500; k++) {
      const pattern = Array.from({ length: 1 + Math.floor(r() * 3) }, () => piece(0)).join('');
      const subjects = Array.from({ length: 6 }, () => Array.from({ length: Math.floor(r() * 5) }, word).join(''));
      cases.push({ pattern, subjects });
    }
    // One policy for all: a file per pattern.
    const files: Record<string, Uint8Array> = {};
    let policy = 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\neditfiles:\n';
    const expected: Record<string, string> = {};
    let deleted = 0;
    cases.forEach(({ pattern, subjects }, k) => {
      const handle = core.regexCompile(latin1(pattern));
      const kept = subjects.filter(s => !core.regexMatchesWhole(handle, latin1(s)));
      deleted += subjects.length - kept.length;
      files[`/etc/f${k}`] = latin1(subjects.map(s => `${s}\n`).join(''));
      expected[`/etc/f${k}`] = kept.map(s => `${s}\n`).join('');
      policy += ` { /etc/f${k}\n DeleteLinesMatching "${pattern}"\n }\n`;
    });
    const result = await run(policy, { files, now: 1_700_000_000, hostname: 'h' });
    cases.forEach(({ pattern }, k) => {
      const got = result.files[`/etc/f${k}`];
      expect(got ? Buffer.from(got).toString('latin1') : '', `pattern ${pattern}`).toBe(expected[`/etc/f${k}`]);
    });
    console.log(`literal prefilters: 1500 composed patterns, ${deleted} of 9000 lines matched and deleted`);
    expect(deleted).toBeGreaterThan(500);
  }, 120_000);
});


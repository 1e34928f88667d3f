/**
 * regexShortestMatch (engine/src/regex/shortest.ts): a line the pattern matches as a whole, and
 * none shorter. Checked on known patterns and on random ones against a brute force over short
 * subjects of the bytes the pattern names (lint builds its trial lines with it, CF015).
 */
import { describe, expect, it } from 'vitest';
import { nodeCore } from '../../host/node/core.js';
import { prng, PatternGenerator } from './random-patterns.js';

const core = await nodeCore();
const latin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0) & 0xff);
const text = (b: Uint8Array | null) => (b === null ? null : String.fromCharCode(...b));
const shortest = (pattern: string) => text(core.regexShortestMatch(core.regexCompile(latin1(pattern))));

describe('shortest whole-line match', () => {
  it('known patterns', () => {
    expect(shortest('insert point...')).toBe('insert pointaaa');
    expect(shortest('# cfengine - 2/Jan/95')).toBe('# cfengine - 2/Jan/95');
    expect(shortest('^[0-9]+\\.[0-9]+$')).toBe('0.0');
    expect(shortest('(foo|ba)r')).toBe('bar');
    expect(shortest('x*')).toBe('');
    expect(shortest('a{3}')).toBe('aaa');
    expect(shortest('[^a-z]+')).toBe('A');
    expect(shortest('\\<word\\>')).toBe('word');
    expect(shortest('.*sendmail.*')).toBe('sendmail');
    expect(shortest('x{500}')).toBe('x'.repeat(500));
    expect(shortest('(a|b)*a(a|b){12}')).toBe('a'.repeat(13)); // 2^13 subsets; one path suffices
    expect(shortest('(\\<a|\\>b)*c{3}')).toBe('ccc');
  });

  it('null where no line matches, or a back-reference the automaton cannot follow', () => {
    expect(shortest('a^b')).toBeNull();
    expect(shortest('a\\bb')).toBeNull();
    expect(shortest('a\nb')).toBeNull(); // a line never holds a newline
  });

  it('random patterns: the line matches, and no shorter subject over the pattern\'s bytes does', () => {
    const gen = new PatternGenerator(prng(4242));
    let checked = 0;
    for (let tries = 0; tries < 3000 && checked < 150; tries++) {
      const pattern = gen.pattern();
      let handle: number;
      try {
        handle = core.regexCompile(latin1(pattern));
      } catch {
        continue;
      }
      const found = core.regexShortestMatch(handle);
      if (found === null || found.length > 3) continue;
      checked++;
      expect(core.regexMatchesWhole(handle, found), pattern).toBe(true);
      // Brute force: every shorter subject over the pattern's own bytes plus a few others.
      const alphabet = [...new Set([...latin1(pattern), 0x61, 0x41, 0x30, 0x20, 0x5f])].filter(b => b !== 0x0a);
      const subjects: number[][] = [[]];
      for (let len = 0; len < found.length; len++) {
        for (const s of subjects.filter(x => x.length === len)) for (const b of alphabet) subjects.push([...s, b]);
      }
      for (const s of subjects.filter(x => x.length < found.length)) {
        expect(core.regexMatchesWhole(handle, Uint8Array.from(s)), `${pattern} matches ${JSON.stringify(String.fromCharCode(...s))}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

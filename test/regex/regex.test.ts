/**
 * The regex engine on the manual's own examples (L2505-2660, L8623-8634), its error diagnostics,
 * and the linear-time guarantee (D1).
 */
import { describe, expect, it } from 'vitest';
import { RegexBudgetError, RegexSyntaxError } from '../../host/core/core.js';
import type { Core } from '../../host/core/core.js';
import { nodeCore } from '../../host/node/core.js';

const bytes = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);
const core: Core = await nodeCore();
const re = (p: string) => core.regexCompile(bytes(p));
const whole = (p: string, s: string) => core.regexMatchesWhole(re(p), bytes(s));
const search = (p: string, s: string, from = 0) => core.regexSearch(re(p), bytes(s), from);
const replaceAll = (p: string, s: string, r: string) => text(core.regexReplaceAll(re(p), bytes(s), bytes(r)));

describe('the manual\'s examples', () => {
  it('a string without special characters matches only itself (L2511-2514)', () => {
    expect(whole('cfengine', 'cfengine')).toBe(true);
    expect(whole('cfengine', 'Cfengine')).toBe(false);
    expect(whole('cfengine', 'cfengin')).toBe(false);
  });

  it('c* matches "", "c", "cccc" but not "cccx" (L2515-2518)', () => {
    for (const s of ['', 'c', 'cccc', 'ccccccccc']) expect(whole('c*', s)).toBe(true);
    expect(whole('c*', 'cccx')).toBe(false);
  });

  it('^# / ^[^#] / ^[A-Z].+ (L2650-2656)', () => {
    expect(search('^#', '# comment')).toEqual({ start: 0, end: 1 });
    expect(search('^#', 'x # no')).toBeNull();
    expect(search('^[^#]', 'x # no')).toEqual({ start: 0, end: 1 });
    expect(search('^[^#]', '# comment')).toBeNull();
    expect(whole('^[A-Z].+', 'Hello')).toBe(true);
    expect(whole('^[A-Z].+', 'H')).toBe(false);
    expect(whole('^[A-Z].+', 'hello')).toBe(false);
  });

  it('ReplaceAll cf.* With CFENGINE: the first, longest match takes the rest of the line (L8625-8633)', () => {
    expect(replaceAll('cf.*', 'hello cfengine cfengine', 'CFENGINE')).toBe('hello CFENGINE');
    expect(replaceAll('cfengine', 'hello cfengine cfengine', 'CFENGINE')).toBe('hello CFENGINE CFENGINE');
  });

  it('character classes in the C locale (L2580-2625)', () => {
    expect(whole('[[:alpha:]]+', 'abcXYZ')).toBe(true);
    expect(whole('[[:digit:]]+', '0123456789')).toBe(true);
    expect(whole('[[:space:]]+', ' \t\r\n\v\f')).toBe(true);
    expect(whole('[[:xdigit:]]+', '09afAF')).toBe(true);
    expect(whole('[[:upper:]]', 'a')).toBe(false);
    expect(whole('[[:alpha:]]', '\u00e9')).toBe(false); // 8-bit bytes are not letters in C
  });
});

describe('POSIX semantics (D1, D2, D20)', () => {
  it('leftmost-longest, not leftmost-first', () => {
    expect(search('(a|ab)(c|bcd)(d*)', 'abcd')).toEqual({ start: 0, end: 4 });
    expect(search('x*', 'abc')).toEqual({ start: 0, end: 0 });
    expect(search('b+', 'abbbc')).toEqual({ start: 1, end: 4 });
  });

  it('whole-line matching is implicit: ^ and $ are redundant (D2)', () => {
    expect(whole('old', 'oldhost')).toBe(false);
    expect(whole('old.*', 'oldhost')).toBe(true);
    expect(whole('^old.*$', 'oldhost')).toBe(true);
  });

  it('GNU operators \\b \\B \\< \\> \\w \\W', () => {
    expect(replaceAll('\\bfoo\\b', 'foo food foo', 'X')).toBe('X food X');
    expect(replaceAll('\\<f', 'foo off', 'X')).toBe('Xoo off');
    expect(replaceAll('f\\>', 'foo off', 'X')).toBe('foo ofX');
    expect(replaceAll('\\w+', 'a_1 b-2', 'W')).toBe('W W-W');
    expect(replaceAll('o\\B', 'foo', '0')).toBe('f0o');
  });

  it('back-references', () => {
    expect(whole('(.*) \\1', 'foo foo')).toBe(true);
    expect(whole('(.*) \\1', 'foo bar')).toBe(false);
    expect(search('(.)\\1', 'xyzzy')).toEqual({ start: 2, end: 4 });
  });

  it('replace-all: non-overlapping, left to right, literal replacement; an empty match right after a match is skipped (D20)', () => {
    expect(replaceAll('x*', 'abc', '-')).toBe('-a-b-c-');
    expect(replaceAll('x*', 'xab', 'Y')).toBe('YaYbY');
    expect(replaceAll('[0-9]+', 'port 8080 and 443', 'N')).toBe('port N and N');
    expect(replaceAll('a', 'aaa', '\\1&$')).toBe('\\1&$\\1&$\\1&$');
  });

  it('matches bytes: 8-bit subjects and patterns', () => {
    expect(whole('caf\u00e9', 'caf\u00e9')).toBe(true);
    expect(whole('.', '\u00ff')).toBe(true);
    expect(whole('[^a]', '\u0080')).toBe(true);
  });
});

describe('invalid patterns: glibc\'s error, with the position', () => {
  const error = (p: string) => {
    try {
      re(p);
    } catch (e) {
      if (e instanceof RegexSyntaxError) return [e.code, e.offset, e.message];
      throw e;
    }
    return null;
  };

  it.each([
    ['+', 13, 0, 'repetition operator (*, +, ? or {) with nothing to repeat'],
    ['a|*b', 13, 2, 'repetition operator'],
    ['^*', 13, 1, 'repetition operator'],
    ['(ab', 8, 0, 'unmatched ( or \\('],
    ['a{1', 9, 1, 'unmatched {'],
    ['a{2,1}', 10, 1, 'invalid content of {}'],
    ['a{x}', 10, 1, 'invalid content of {}'],
    ['a{32768}', 15, 1, 'regular expression too big'],
    ['[a-c-e]', 11, 4, 'invalid range end'],
    ['[a', 7, 0, 'unmatched [, [^, [:, [. or ['],
    ['[z-a]', 11, 1, 'invalid range end'],
    ['[[:foo:]]', 4, 1, 'invalid character class name'],
    ['[[.ab.]]', 3, 1, 'invalid collation character'],
    ['a\\', 5, 1, 'trailing backslash'],
    ['(a)\\2', 6, 3, 'invalid back reference'],
    ['(a)|\\1', 6, 4, 'invalid back reference'],
  ])('%s → error %i at byte %i', (pattern, code, offset, message) => {
    const [c, o, m] = error(pattern)!;
    expect(c).toBe(code);
    expect(o).toBe(offset);
    expect(m).toContain(message);
  });

  it('a ) without ( is an ordinary character; so is } (glibc)', () => {
    expect(whole('a)', 'a)')).toBe(true);
    expect(whole('a}', 'a}')).toBe(true);
  });

  it('an absurdly large expansion is an error, not a crash', () => {
    expect(error('((a{1000}){1000}){1000}')![0]).toBe(12);
  });
});

describe('linear time without back-references (D1)', () => {
  // How the time grows with the input is measured in bench/regex.mjs (no timed assertions here);
  // these patterns, exponential for a backtracker, must answer correctly on a long input.
  it.each([
    ['(a*)*b', 'a', null],
    ['(a|aa)*c', 'a', null],
    ['a?'.repeat(30) + 'a'.repeat(30), 'a', [0, 60]],
    ['(x+x+)+y', 'x', null],
    ['(.*a){12}', 'a', [0, 16_000]],
  ] as [string, string, [number, number] | null][])('%s on 16,000 bytes of "%s"', (pattern, unit, expected) => {
    const m = core.regexSearch(re(pattern), bytes(unit.repeat(16_000)));
    expect(m ? [m.start, m.end] : null).toEqual(expected);
  });

  it('back-references backtrack under a step budget: a clear error, never a hang', () => {
    const h = re('(a*)*(a*)*\\1\\2x');
    expect(() => core.regexSearch(h, bytes('a'.repeat(2_000)))).toThrow(RegexBudgetError);
  });
});

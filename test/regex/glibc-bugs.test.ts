/**
 * Where glibc's regexec is wrong by its own rules, we do not follow it; these cases pin both
 * answers, so a change on either side is seen. The random differential test compares only the
 * compile result for patterns of these classes (random-patterns.ts).
 */
import { describe, expect, it } from 'vitest';
import { nodeCore } from '../../host/node/core.js';
import { runOracle } from './glibc-oracle.js';

const bytes = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));
const core = await nodeCore();

function ours(pattern: string, subject: string): string {
  const m = core.regexSearch(core.regexCompile(bytes(pattern)), bytes(subject));
  return m ? `${m.start} ${m.end}` : '-1 -1';
}

function glibc(pattern: string, subject: string): string {
  const [line] = runOracle([{ pattern, subject, replacement: '' }]);
  return line.startsWith('M') ? line.split(' ').slice(2, 4).join(' ') : line;
}

describe('glibc bugs we do not reproduce', () => {
  it.each([
    // \B after a repeated atom: glibc reports a match where \B does not hold.
    ['b*\\B', 'ab', '2 2', '1 1'],
    // Back-reference to a group in a counted repetition: "bb" is one iteration then \1 = "b".
    ['(b){0,2}\\1', 'bb', '-1 -1', '0 2'],
    // An empty group taken once, then \1 = "": glibc finds nothing after a leading byte.
    ['c(){0,2}\\1', 'c', '-1 -1', '0 1'],
  ])('%s on %j: glibc says %s, we say %s', (pattern, subject, theirs, mine) => {
    expect(glibc(pattern, subject)).toBe(theirs);
    expect(ours(pattern, subject)).toBe(mine);
  });

  it('glibc crashes on (a*)\\1+*; we answer', () => {
    expect(glibc('(a*)\\1+*', 'x')).toMatch(/^CRASH/);
    expect(ours('(a*)\\1+*', 'x')).toBe('0 0');
  });
});

describe('glibc quirks we do reproduce (users\' patterns were written against them)', () => {
  it.each([
    // An anchor followed by a duplicated node is not enforced (glibc regcomp.c calc_eclosure_iter).
    ['(\\<a){2}', 'aa', '0 2'],
    ['(^a)+', 'aa', '0 2'],
    // …unless the path already passed an enforced anchor.
    ['(^|$ ){2}a', ' a', '-1 -1'],
    ['(x|$ )+a', 'x a', '0 3'],
  ])('%s on %j: %s', (pattern, subject, both) => {
    expect(glibc(pattern, subject)).toBe(both);
    expect(ours(pattern, subject)).toBe(both);
  });
});

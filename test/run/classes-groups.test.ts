/**
 * Classes and groups as the agent evaluates them: group members that are class expressions and
 * subtractions anywhere in the list (D25, L9202-9343); blank operands of selectors (D26,
 * L1610-1627); deep and long selectors run without overflowing a walk (#16).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../actions/helpers.js';

/** The classes a groups section defines on host `h` (defining `x` and `linux` with -D). */
function groupClasses(members: string, define: string[] = ['linux']) {
  const r = run(`groups:\n g = ( ${members} )\n`, {}, { define });
  expect(r.result.exitCode, r.log).toBe(0);
  return r.result.classes.includes('g');
}

/** Whether an item under `selector` runs (it creates /out). */
function selects(selector: string, define: string[] = []) {
  const r = run(`control:\n actionsequence = ( files )\nfiles:\n ${selector}::\n /out action=touch\n`, {}, { define });
  expect(r.result.diagnostics ?? [], r.log).toEqual([]);
  expect(r.result.exitCode, r.log).toBe(0);
  return r.exists('/out');
}

describe('groups (D25)', () => {
  it('a -member removes the host wherever it stands', () => {
    expect(groupClasses('a $(host) b -$(host)')).toBe(false);
    expect(groupClasses('-$(host) $(host)')).toBe(false);
    expect(groupClasses('a h b')).toBe(true);
    expect(groupClasses('h -other')).toBe(true);
    expect(groupClasses('linux -h')).toBe(false);
    expect(groupClasses('-other -another')).toBe(false); // only subtractions
    expect(groupClasses('-other')).toBe(false);
  });

  it('members are class expressions', () => {
    expect(groupClasses('linux.any')).toBe(true);
    expect(groupClasses('x|linux')).toBe(true);
    expect(groupClasses('x.linux')).toBe(false);
    expect(groupClasses('!x')).toBe(true);
    expect(groupClasses('!linux')).toBe(false);
    expect(groupClasses('linux -!x')).toBe(false); // subtracting an expression that holds
    expect(groupClasses('||linux')).toBe(true);
    expect(groupClasses('linux.')).toBe(false);
  });

  it('a subtraction decides before any command runs', () => {
    const r = run("groups:\n g = ( 'true' -$(host) )\n", {}, { exec: () => ({ status: 0, output: '' }) as never });
    expect(r.result.classes).not.toContain('g');
    expect(r.commands).toEqual([]);
  });
});

describe('selectors with blank operands (D26)', () => {
  it('blanks in an OR are skipped, at the edges too', () => {
    for (const sel of ['||a', 'a||', '|a', 'a|', 'b||a', '(|a)', 'a|.b', '(a|).any']) expect(selects(sel, ['a']), sel).toBe(true);
    for (const sel of ['||a', 'a|', '(|a)']) expect(selects(sel), sel).toBe(false);
  });

  it('a blank operand of an AND makes it false', () => {
    for (const sel of ['.a', 'a.', 'a..b', 'a.&b', 'a.()', '|', '()']) expect(selects(sel, ['a', 'b']), sel).toBe(false);
    expect(selects('a..b|b', ['a', 'b'])).toBe(true);
    expect(selects('!(a.)', ['a'])).toBe(true);
    // A `!` with nothing after it negates a blank: a blank operand.
    expect(selects('a.!', ['a'])).toBe(false);
    expect(selects('!|a', ['a'])).toBe(true);
  });

  it('deep and long selectors run (#16)', () => {
    expect(selects(`${'('.repeat(9000)}a${')'.repeat(9000)}`, ['a'])).toBe(true);
    const many = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    expect(selects(many.join('|'), ['c4999'])).toBe(true);
    expect(selects(many.join('|'))).toBe(false);
    expect(selects(many.join('.'), many)).toBe(true);
    expect(selects(many.join('.'), many.slice(1))).toBe(false);
    // Alternating nesting up to the limit still runs in the core.
    const nested = `${'(a.(b|'.repeat(499)}c${'))'.repeat(499)}`;
    expect(selects(nested, ['a', 'c'])).toBe(true);
    expect(selects(nested, ['c'])).toBe(false);
  });
});

describe('the two evaluators agree', () => {
  it('a selector (built by host/ir) and the same text as a group member (read by the core) give one answer', () => {
    // A small deterministic generator (no Math.random: failures must reproduce).
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b', 'c', '.', '|', '..', '||', '.|', '&', '!', '(', ')', '()'];
    let compared = 0;
    for (let i = 0; i < 400 && compared < 150; i++) {
      const sel = Array.from({ length: 1 + next(9) }, () => pieces[next(pieces.length)]).join('');
      const define = ['a', 'b', 'c'].filter(() => next(2) === 1);
      const policy = `control:\n actionsequence = ( files )\n e = ( "${sel}" )\ngroups:\n g = ( $(e) )\n` +
        `files:\n ${sel}::\n /out action=touch\n`;
      const r = run(policy, {}, { define });
      if ((r.result.diagnostics ?? []).some(d => d.severity === 'error')) continue; // malformed: refused, fine
      compared++;
      expect(r.result.classes.includes('g'), `${sel} with ${define}`).toBe(r.exists('/out'));
    }
    expect(compared).toBeGreaterThan(100);
  });
});

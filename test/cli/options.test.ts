/**
 * The CLI reads a common command line itself (host/cli/usage.ts parseCommonOptions: node:util's
 * parseArgs costs a small run ≈1 ms to compile at its first call) and gives everything else to
 * parseArgs: wherever it answers, it answers exactly as parseArgs does, over thousands of
 * generated command lines, odd ones included.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCommonOptions, parseOptions, UsageError } from '../../host/cli/usage.js';

const OPTIONS = {
  file: { type: 'string', short: 'f' },
  define: { type: 'string', short: 'D', multiple: true },
  'dry-run': { type: 'boolean', short: 'n' },
  'no-splay': { type: 'boolean', short: 'q' },
  'no-lock': { type: 'boolean', short: 'K' },
  verbose: { type: 'boolean', short: 'v', multiple: true },
  debug: { type: 'string', short: 'd' },
  'state-dir': { type: 'string' },
  root: { type: 'string' },
  diff: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

const WORDS = ['-f', 'x.cf', '--file', '--file=a.cf', '--file=', '--file=-x', '-D', 'a,b', '--define=c', '--define', '-n', '--dry-run',
  '-q', '-K', '-qK', '-fx.cf', '-v', '--verbose', '-d', '-d0', '--debug=2', '--state-dir', '/s', '--state-dir=/s', '--root',
  '/r', '--root=/r', '--diff', '--diff=1', '--nope', '-z', '-', '--', '', 'pos', '-1', '--__proto__', '__proto__', '--toString',
  '--constructor', '-=', '--=', 'a=b', '-fD', '--no-lock', '-Kq'];

function parsed(args: string[]): { values: unknown; positionals: string[] } | { error: string } {
  try {
    const r = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    return { values: { ...r.values }, positionals: r.positionals };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('command-line options', () => {
  it('where the common reading answers, parseArgs answers the same; it answers the usual lines', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let answered = 0;
    for (let n = 0; n < 20_000; n++) {
      const args = Array.from({ length: Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)]);
      const common = parseCommonOptions(args, OPTIONS);
      if (!common) continue;
      answered++;
      expect({ values: { ...common.values }, positionals: common.positionals }, JSON.stringify(args)).toEqual(parsed(args));
    }
    expect(answered).toBeGreaterThan(2_000);
    for (const usual of [
      ['-f', 'tiny.cf', '--root', 'tiny-root', '--state-dir', 'state', '-q'],
      ['--file=p.cf', '-D', 'a', '-D', 'b', '--diff', '-n'],
      ['pos', '-v', '--verbose'],
    ]) expect(parseCommonOptions(usual, OPTIONS), JSON.stringify(usual)).not.toBeNull();
  });

  it('odd lines go to parseArgs: its values, and its errors as usage errors', () => {
    expect(parseCommonOptions(['-qK'], OPTIONS)).toBeNull();
    expect({ ...parseOptions(['-qK', '-fx.cf'], OPTIONS).values }).toEqual({ 'no-splay': true, 'no-lock': true, file: 'x.cf' });
    expect(() => parseOptions(['--nope'], OPTIONS)).toThrow(UsageError);
    expect(() => parseOptions(['--diff=1'], OPTIONS)).toThrow(/does not take an argument/);
    expect(() => parseOptions(['-f'], OPTIONS)).toThrow(/argument missing/);
  });
});

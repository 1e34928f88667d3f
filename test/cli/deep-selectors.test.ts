/**
 * #16: deep or long class selectors (9,000 nested parentheses, 5,000 operands) once overflowed
 * the JS stack in parse, run, lint and fmt. Each command now takes them as ordinary input; only
 * alternation nested past the limit is refused, with one clear line at file:line:col.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-deep-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const root = join(base, 'root');
fs.mkdirSync(root);

const operands = Array.from({ length: 5000 }, (_, i) => `c${i}`);
const policy = join(base, 'deep.cf');
fs.writeFileSync(policy, 'control:\n  actionsequence = ( files )\n\nfiles:\n' +
  `  ${'('.repeat(9000)}any${')'.repeat(9000)}::\n    /deep action=touch\n` +
  `  ${operands.join('|')}::\n    /long action=touch\n` +
  `  ${operands.join('.')}::\n    /and action=touch\n`);
const tooDeep = join(base, 'nested.cf');
fs.writeFileSync(tooDeep, `files:\n  ${'(a.(b|'.repeat(1200)}c${'))'.repeat(1200)}::\n    /x action=touch\n`);

describe('deep and long class selectors (#16)', () => {
  it('parse', () => {
    const r = cfwasm(['parse', policy]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('run', () => {
    const r = cfwasm(['run', '-q', '--root', root, '-f', policy, '-D', operands.join(',')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(root).sort()).toEqual(['and', 'deep', 'long']);
  });

  it('lint', () => {
    const r = cfwasm(['lint', '--classes', operands.join(','), policy]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('fmt', () => {
    const r = cfwasm(['fmt', '--check', policy]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('nesting past the limit: one clear line at the place, in every command', () => {
    for (const args of [['parse'], ['lint'], ['run', '-q', '--root', root, '-f']]) {
      const r = cfwasm([...args, tooDeep]);
      expect(r.status, args[0]).toBe(1);
      expect(r.stdout + r.stderr, args[0]).toMatch(/nested\.cf:2:\d+: error: invalid class selector '.*': nested more than 1000 levels deep/);
      expect(r.stdout + r.stderr, args[0]).not.toMatch(/RangeError|stack/);
    }
    const fmt = cfwasm(['fmt', '--check', tooDeep]);
    expect(fmt.status).toBe(1);
    expect(fmt.stderr).toMatch(/nested\.cf: has syntax errors; not formatted/);
  });
});

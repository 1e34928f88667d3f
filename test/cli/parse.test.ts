/** `cfwasm parse`, `--help`, `--version`: output and exit status as the README documents them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cfwasm-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('cfwasm parse', () => {
  const clean = write('clean.cf', 'control:\n actionsequence = ( files )\nfiles:\n /etc/passwd mode=644\n');
  const broken = write('broken.cf', 'control:\n actionsequence = ( files\n domain = ( x )\n');

  it('prints nothing and exits 0 for a clean file', () => {
    expect(cfwasm(['parse', clean])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints FILE:LINE:COL: error: MESSAGE and exits 1', () => {
    const r = cfwasm(['parse', clean, broken]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`${broken}:2:19: error: '(' is never closed before the '(' at line 3, column 11\n`);
  });

  it('a missing file is a clear error, exit 2, and the other files are still checked', () => {
    const r = cfwasm(['parse', join(dir, 'nope.cf'), broken]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'nope.cf')}: cannot read: no such file`);
    expect(r.stdout).toContain(`${broken}:2:19: error:`);
  });

  it('a directory is a clear error, exit 2', () => {
    const r = cfwasm(['parse', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });

  it('reads standard input as -', () => {
    const r = cfwasm(['parse', '-'], { input: 'files:\n /x\n  )\n' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^-:3:3: error: unexpected '\)'/);
  });

  it('--tree prints the syntax tree with fields and 1-based positions', () => {
    const r = cfwasm(['parse', '--tree', clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(policy [1:1-5:1])');
    expect(r.stdout).toContain('  (section [1:1-2:28])');
    expect(r.stdout).toContain('    name: (section_name [1:1-1:8] "control")');
    expect(r.stdout).toContain('      path: (word [4:2-4:13])');
  });

  it('--ir prints the policy IR as JSON', () => {
    const r = cfwasm(['parse', '--ir', clean]);
    const policy = JSON.parse(r.stdout);
    expect(policy.sections.map((s: { name: string }) => s.name)).toEqual(['control', 'files']);
    expect(policy.sections[1].items[0].options[0]).toMatchObject({ name: 'mode', value: { raw: '644' } });
  });

  it('bad usage exits 2 with a hint', () => {
    expect(cfwasm(['parse'])).toMatchObject({ status: 2, stderr: expect.stringContaining('no policy file given') });
    expect(cfwasm(['parse', '--bogus', clean])).toMatchObject({ status: 2 });
    expect(cfwasm(['frobnicate'])).toMatchObject({ status: 2, stderr: expect.stringContaining("unknown command 'frobnicate'") });
  });

  it('--help and --version', () => {
    expect(cfwasm(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: cfwasm <command>') });
    expect(cfwasm(['parse', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: cfwasm parse') });
    expect(cfwasm(['--version']).stdout).toMatch(/^cfwasm \d+\.\d+\.\d+\n$/);
  });
});

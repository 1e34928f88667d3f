/**
 * A policy whose variables grow without bound: `v1 = ( $(v0)$(v0) )`, `v2 = ( $(v1)$(v1) )`, …
 * doubles a value per line, a gigabyte in 30 lines. Before, the import resolver (host/ir/imports.ts)
 * and then the core built every value in full: an internal error (exit 70) after 700 MB to
 * 2.6 GB of memory. Now a value longer than 1 MiB once expanded is one error naming it, exit 1,
 * and nothing runs that would use it.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-expansion-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function run(name: string, policy: string) {
  const dir = join(base, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(join(dir, 'p.conf'), policy.replaceAll('DIR', dir));
  return { dir, r: cfwasm(['run', '-f', join(dir, 'p.conf'), '-q', '-K', '--state-dir', join(dir, 'state')]) };
}

describe('values that explode once expanded', () => {
  it('macros doubling per line: one error, exit 1, no action runs', () => {
    const doubling = Array.from({ length: 40 }, (_, i) => `   v${i + 1} = ( $(v${i})$(v${i}) )`).join('\n');
    const { dir, r } = run('doubling', `control:\n   actionsequence = ( files )\n   v0 = ( xxxxxxxxxx )\n${doubling}\n` +
      'files:\n   DIR/ran action=touch\n   DIR/$(v40) action=touch\n');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/internal error/);
    expect((r.stdout + r.stderr).trim().split('\n')).toEqual([expect.stringMatching(/the value \$\(v\d+\)\$\(v\d+\) is longer than 1 MiB once its variables are expanded/)]);
    expect(fs.existsSync(join(dir, 'ran'))).toBe(false);
  });

  it('an import named by such a macro is not read, and the run says why', () => {
    const { r } = run('import', 'control:\n   actionsequence = ( files )\n   a0 = ( yyyyyyyyyyyyyyyy )\n' +
      Array.from({ length: 36 }, (_, i) => `   a${i + 1} = ( $(a${i})$(a${i}) )`).join('\n') + '\nimport:\n   $(a36)\n');
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/internal error/);
    expect(r.stdout + r.stderr).toMatch(/import: the name is longer than 65536 characters once expanded; not read/);
  });

  it('a value within bounds in each macro but past them in an action: that item fails, nothing of it is made', () => {
    const big = 'z'.repeat(600_000);
    const { dir, r } = run('action', `control:\n   actionsequence = ( files shellcommands )\n   big = ( ${big} )\n` +
      'files:\n   DIR/$(big)$(big) action=touch\n   DIR/after action=touch\nshellcommands:\n   "/usr/bin/touch DIR/cmd$(big)$(big)"\n');
    expect(r.stdout + r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/the value DIR\/\$\(big\)\$\(big\) is longer than 1 MiB|the value .*\$\(big\)\$\(big\).* is longer than 1 MiB/);
    expect(fs.readdirSync(dir).sort()).toEqual(['after', 'p.conf', 'state']);
  });
});

it('a long value written out in full (no variables) is no error: only growth through variables is', () => {
  const { r } = run('literal', `control:\n   actionsequence = ( files )\n   x = ( ${'a'.repeat(2_000_000)} )\n   y = ( "${'b'.repeat(2_000_000)}" )\n`);
  expect(r.status, r.stdout + r.stderr).toBe(0);
  expect(r.stdout + r.stderr).not.toMatch(/longer than/);
});

/** `cfwasm test`: policy tests in the conformance format, run in memory. */
import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { conformanceCasesDir } from '../support/shared.js';

describe('cfwasm test', () => {
  it('reproduces the in-memory conformance result on the corpus', () => {
    const r = cfwasm(['test', conformanceCasesDir()]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('119 passed, 0 failed, 15 not run (they need commands)');
  });

  it('a failing test shows a unified diff and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-test-'));
    const t = join(dir, 'mine');
    cpSync(join(conformanceCasesDir(), '001-appendifnosuchline-basic'), t, { recursive: true });
    chmodSync(join(t, 'after', 'etc', 'test.conf'), 0o644); // the corpus is read-only
    writeFileSync(join(t, 'after', 'etc', 'test.conf'), 'alpha\nbeta\n');
    const r = cfwasm(['test', t]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAILED  mine');
    expect(r.stdout).toContain('--- a/etc/test.conf');
    expect(r.stdout).toMatch(/^\s+\+zeta$/m);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
  });

  it('a missing directory is bad usage', () => {
    expect(cfwasm(['test', '/no/such/dir']).status).toBe(2);
  });
});

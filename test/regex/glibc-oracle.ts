/**
 * @fileoverview Runs glibc-oracle.c (compiled here with `cc`) on a batch of cases and returns its
 * answer lines. Without a C compiler the caller's test fails: CI installs one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../support/shared.js';

export interface OracleCase { pattern: string; subject: string; replacement: string }

const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex');
let oracle: string | null = null;

function build(): string {
  if (oracle) return oracle;
  const out = join(mkdtempSync(join(tmpdir(), 'cfwasm-oracle-')), 'glibc-oracle');
  try {
    execFileSync('cc', ['-O2', '-o', out, join(REPO, 'test', 'regex', 'glibc-oracle.c')], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`the regex tests against glibc need a C compiler (cc) and libc headers: ${e}`);
  }
  oracle = out;
  return out;
}

/** One line per case: "E code", "M whole start end replacedHex" or "CRASH signal". */
export function runOracle(cases: OracleCase[]): string[] {
  const input = cases.map(c => `${hex(c.pattern)}\t${hex(c.subject)}\t${hex(c.replacement)}`).join('\n') + '\n';
  const run = spawnSync(build(), [], { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { LC_ALL: 'C' } });
  if (run.status !== 0) throw new Error(`glibc oracle failed: ${run.signal ?? run.status} ${run.stderr}`);
  const lines = run.stdout.trimEnd().split('\n');
  if (lines.length !== cases.length) throw new Error(`glibc oracle answered ${lines.length} of ${cases.length}`);
  return lines;
}

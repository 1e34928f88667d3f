/** Every conformance case's policy.cf parses with no error (the corpus is our tie-breaker). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceCasesDir } from '../support/shared.js';
import { parse } from '../support/parser.js';

describe('conformance policies parse clean', () => {
  const cases = readdirSync(conformanceCasesDir()).sort();

  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases)('%s', async (name) => {
    const file = join(conformanceCasesDir(), name, 'policy.cf');
    const result = await parse(readFileSync(file, 'latin1'), file);
    expect(result.diagnostics).toEqual([]);
    expect(result.policy.sections.every(s => s.known)).toBe(true);
  });
});

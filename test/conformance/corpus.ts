/**
 * @fileoverview The shared conformance corpus as the project's tests see it: the case list, and
 * the cases whose recording contradicts the manual where a decision follows the manual (each is
 * reported in the test output, never skipped).
 */
import { join } from 'node:path';
import type { ConformanceCase } from '../../host/testing/cases.js';
import { caseDirs, loadCase as loadFrom } from '../../host/testing/cases.js';
import { conformanceCasesDir } from '../support/shared.js';

export const MANUAL_OVER_AGENT: Record<string, { why: string; adjust: (c: ConformanceCase) => void }> = {
  '147-variables-split-list-shellcommands': {
    why: 'D23 and manual L2745-2765: with split = ( " " ) only the value of $(mylist) is split, so ' +
      '"/bin/touch /sandbox/home/$(mylist)" touches three files; the agent split the whole command ' +
      'and touched none',
    adjust: (c) => {
      for (const name of ['mark', 'ricky', 'bad-dude']) c.after.set(`home/${name}`, { type: 'file', content: Buffer.alloc(0) });
    },
  },
};

export function caseNames(): string[] {
  return caseDirs(conformanceCasesDir()).map(d => d.split('/').pop()!);
}

export function loadCase(name: string): ConformanceCase {
  const c = loadFrom(join(conformanceCasesDir(), name));
  MANUAL_OVER_AGENT[name]?.adjust(c);
  return c;
}

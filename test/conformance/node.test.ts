/**
 * The conformance corpus through the Node host, on real temporary directories, run twice each.
 * Cases outside the core's current scope are listed by number, as in the memory runner.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, loadCase } from './cases.js';
import { outOfScope } from './memory-runner.js';
import { runCaseOnDisk } from './node-runner.js';

const runtime = await nodeRuntime();
const tally = { passed: 0, failed: 0, outOfScope: [] as string[] };

describe('conformance (Node host)', () => {
  for (const name of caseNames()) {
    const c = loadCase(name);
    const why = outOfScope(runtime.parser.parse(c.policy, `${name}/policy.cf`).policy);
    if (why) {
      tally.outOfScope.push(name.slice(0, 3));
      continue;
    }
    it(name, () => {
      const problems = runCaseOnDisk(runtime, c);
      if (problems.length) tally.failed++; else tally.passed++;
      expect(problems.join('\n')).toBe('');
    });
  }

  afterAll(() => {
    console.log(`conformance(node): ${tally.passed} passed, ${tally.failed} failed, ` +
      `${tally.outOfScope.length} not yet in scope (${tally.outOfScope.join(' ')})`);
  });
});

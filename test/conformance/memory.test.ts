/**
 * The conformance corpus through the in-memory host: every case in the core's current scope runs
 * twice and must leave exactly after/ (and after2/). Cases outside the scope are listed by number
 * with the reason, and counted; none is skipped silently.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, loadCase } from './corpus.js';
import { outOfScope, runCase } from '../../host/testing/memory-runner.js';

const runtime = await nodeRuntime();
const tally = { passed: 0, failed: 0, outOfScope: [] as string[] };

describe('conformance (memory host)', () => {
  for (const name of caseNames()) {
    const c = loadCase(name);
    const { policy } = runtime.parser.parse(c.policy, `${name}/policy.cf`);
    const why = outOfScope(policy);
    if (why) {
      tally.outOfScope.push(`${name.slice(0, 3)} (${why})`);
      continue;
    }
    it(name, () => {
      const { problems } = runCase(runtime, c);
      if (problems.length) tally.failed++; else tally.passed++;
      expect(problems.join('\n')).toBe('');
    });
  }

  afterAll(() => {
    console.log(`conformance(memory): ${tally.passed} passed, ${tally.failed} failed, ` +
      `${tally.outOfScope.length} not yet in scope`);
    console.log(`not yet in scope: ${tally.outOfScope.join('; ')}`);
  });
});

/**
 * The conformance corpus through the Node host, on real temporary directories, run twice each.
 * Cases outside the core's current scope are listed by number, as in the memory runner.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, expectsNoChange, loadCase, MANUAL_OVER_AGENT } from './corpus.js';
import { outOfScope } from '../../host/testing/memory-runner.js';
import { runCaseOnDisk } from './node-runner.js';

const runtime = await nodeRuntime();
const tally = { passed: 0, failed: 0, outOfScope: [] as string[], noChange: [] as string[] };
// Needing commands is no reason to leave a case out here: they run, with real paths.
const NEEDS_EXEC = /shell command|RunScript|shellcommands/;

describe('conformance (Node host)', () => {
  for (const name of caseNames()) {
    const c = loadCase(name);
    const why = outOfScope(runtime.parser.parse(c.policy, `${name}/policy.cf`).policy);
    const realPaths = why !== null && NEEDS_EXEC.test(why);
    if (why && !realPaths) {
      tally.outOfScope.push(`${name.slice(0, 3)} (${why})`);
      continue;
    }
    it(name, () => {
      const problems = runCaseOnDisk(runtime, c, realPaths);
      if (problems.length) tally.failed++; else tally.passed++;
      if (!problems.length && expectsNoChange(c)) tally.noChange.push(name.slice(0, 3));
      expect(problems.join('\n')).toBe('');
    });
  }

  afterAll(() => {
    console.log(`conformance(node): ${tally.passed - tally.noChange.length} of the passed cases change the tree as recorded; ` +
      `${tally.noChange.length} expect no change at all (an engine that did nothing would pass them too): ${tally.noChange.join(' ')}`);
    console.log(`conformance(node): ${tally.passed} passed, ${tally.failed} failed, ` +
      `${tally.outOfScope.length} not yet in scope (${tally.outOfScope.join(' ')})`);
    for (const [name, c] of Object.entries(MANUAL_OVER_AGENT)) {
      console.log(`conformance: ${name} is checked against the manual, not the recording: ${c.why}`);
    }
  });
});

/**
 * The conformance corpus through the in-memory host: every case in the core's current scope runs
 * twice and must leave exactly after/ (and after2/). Cases outside the scope are listed by number
 * with the reason, and counted; none is skipped silently.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, expectsNoChange, loadCase } from './corpus.js';
import { HOSTNAME, modeIn, outOfScope, readBack, RUN_TIME, runCase, stage } from '../../host/testing/memory-runner.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { compareTrees } from '../../host/testing/cases.js';

const runtime = await nodeRuntime();
const tally = { passed: 0, failed: 0, outOfScope: [] as string[], noChange: [] as string[] };

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
      if (!problems.length && expectsNoChange(c)) tally.noChange.push(name.slice(0, 3));
      expect(problems.join('\n')).toBe('');
    });
  }

  describe('dry run: the tree is untouched and the plan is the run\'s list of changes', () => {
    for (const name of caseNames()) {
      const c = loadCase(name);
      if (c.dryRun || outOfScope(runtime.parser.parse(c.policy, name).policy)) continue;
      it(name, () => {
        const options = { define: c.define, negate: c.negate, hostname: HOSTNAME, now: RUN_TIME };
        const vol = stage(c);
        const before = readBack(vol);
        const plan = runPolicyOn(runtime, c.policy, new MemoryHost(vol, { now: RUN_TIME }), { ...options, dryRun: true });
        expect(readBack(vol)).toEqual(before);
        const done = runPolicyOn(runtime, c.policy, new MemoryHost(vol, { now: RUN_TIME }), options);
        expect(plan.changes).toEqual(done.changes);
        expect(plan.log.filter(l => l.level !== 'info')).toEqual(done.log.filter(l => l.level !== 'info'));
        // Plan and run agreeing proves nothing if neither did anything: the run must leave after/.
        expect(compareTrees(readBack(vol), c.after, c.modes, modeIn(vol)).join('\n')).toBe('');
        if (!expectsNoChange(c)) expect(done.changes.length).toBeGreaterThan(0);
      });
    }
  });

  afterAll(() => {
    console.log(`conformance(memory): ${tally.passed - tally.noChange.length} of the passed cases change the tree as recorded; ` +
      `${tally.noChange.length} expect no change at all (an engine that did nothing would pass them too): ${tally.noChange.join(' ')}`);
    console.log(`conformance(memory): ${tally.passed} passed, ${tally.failed} failed, ` +
      `${tally.outOfScope.length} not yet in scope`);
    console.log(`not yet in scope: ${tally.outOfScope.join('; ')}`);
  });
});

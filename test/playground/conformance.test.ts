/**
 * The shared conformance cases inside the page: each case's folder is handed to the page's own
 * test-case loader (the one "Open test case" uses), run there as `cfwasm test` runs it (twice),
 * and the trees must equal after/ (and after2/). Cases whose policies need real commands (which a
 * browser cannot run) must instead give, byte for byte, the trees the in-memory host gives in
 * Node, where commands are not available either; they are listed with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { nodeRuntime } from '../../host/node/runtime.js';
import { compareTrees } from '../../host/testing/cases.js';
import type { Tree } from '../../host/testing/cases.js';
import { HOSTNAME, outOfScope, readBack, RUN_TIME, stage } from '../../host/testing/memory-runner.js';
import type { ConformanceCase } from '../../host/testing/cases.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import type { Runtime } from '../../host/api/runtime.js';
import { caseNames, loadCase, MANUAL_OVER_AGENT } from '../conformance/corpus.js';
import { conformanceCasesDir } from '../support/shared.js';
import { missingBrowser, newPage, startSession } from './browser.js';
import type { Session } from './browser.js';
import { caseFolderEntries, runCaseInPage, forgetSavedWork } from './page.js';
import type { WireNode } from './page.js';

const why = missingBrowser();
if (why) console.log(`playground conformance: skipped: ${why}`);

function treeOf(nodes: WireNode[]): { tree: Tree; modes: Map<string, number> } {
  const tree: Tree = new Map();
  const modes = new Map<string, number>();
  for (const n of nodes) {
    if (!n.path.startsWith('/sandbox/')) continue;
    const rel = n.path.slice('/sandbox/'.length);
    if (n.type === 'file') tree.set(rel, { type: 'file', content: Buffer.from(n.base64 ?? '', 'base64') });
    else if (n.type === 'dir') tree.set(rel, { type: 'dir' });
    else tree.set(rel, { type: 'link', target: n.target ?? '' });
    if (n.type !== 'link') modes.set(rel, n.mode);
  }
  return { tree, modes };
}

/** The case run twice in Node's in-memory host (as `cfwasm test`), commands not available. */
function nodeRuns(runtime: Runtime, c: ConformanceCase): { tree: Tree; modes: Map<string, number>; exitCode: number }[] {
  const vol = stage(c);
  const host = new MemoryHost(vol, { now: RUN_TIME });
  return [1, 2].map(() => {
    const r = runPolicyOn(runtime, c.policy, host, { define: c.define, negate: c.negate, dryRun: c.dryRun, hostname: HOSTNAME, now: RUN_TIME });
    const tree = readBack(vol);
    const modes = new Map<string, number>();
    for (const [p, e] of tree) if (e.type !== 'link') modes.set(p, Number(vol.lstatSync(`/sandbox/${p}`).mode) & 0o7777);
    return { tree, modes, exitCode: r.exitCode };
  });
}

const runtimeNow = await nodeRuntime();

describe.skipIf(why)('conformance cases in the playground page', () => {
  let session: Session;
  let page: Page;
  const tally = { passed: 0, failed: 0, needExec: [] as string[] };

  beforeAll(async () => {
    session = await startSession();
    await forgetSavedWork(session.context);
    page = await newPage(session);
    await page.goto(session.url);
    await page.evaluate(() => (window as any).playground.idle());
  });
  afterAll(async () => {
    await session?.close();
    console.log(`playground conformance: ${tally.passed} passed, ${tally.failed} failed, ${tally.needExec.length} need real commands (compared with the in-memory host instead): ${tally.needExec.join('; ')}`);
  });

  for (const name of caseNames()) {
    const c = loadCase(name);
    const scope = outOfScope(runtimeNow.parser.parse(c.policy, `${name}/policy.cf`).policy);
    if (scope) {
      tally.needExec.push(`${name.slice(0, 3)} (${scope})`);
      it(`${name} (${scope}: the page gives the in-memory host's trees)`, async () => {
        const { runs, check } = await runCaseInPage(page, caseFolderEntries(join(conformanceCasesDir(), name)));
        expect(check.notRun).toBe(scope);
        const node = nodeRuns(runtimeNow, c);
        const problems: string[] = [];
        runs.forEach((run, i) => {
          if (run.exitCode !== node[i].exitCode) problems.push(`run ${i + 1}: exit status ${run.exitCode}, Node ${node[i].exitCode}`);
          const { tree, modes } = treeOf(run.files);
          problems.push(...compareTrees(tree, node[i].tree, node[i].modes, p => modes.get(p) ?? null).map(p => `run ${i + 1}: ${p}`));
        });
        expect(problems.join('\n')).toBe('');
      });
      continue;
    }
    it(name, async () => {
      const { runs, check } = await runCaseInPage(page, caseFolderEntries(join(conformanceCasesDir(), name)));
      // The page's own check (host/testing's runCase, the code of `cfwasm test`, in the browser)
      // agrees; the adjustments of MANUAL_OVER_AGENT are Node-side, so those cases are compared below only.
      if (!MANUAL_OVER_AGENT[name]) expect(check).toEqual({ notRun: null, problems: [] });
      const problems: string[] = [];
      runs.forEach((run, i) => {
        if (run.exitCode !== c.exitCode) problems.push(`run ${i + 1}: exit status ${run.exitCode}, expected ${c.exitCode}`);
        const { tree, modes } = treeOf(run.files);
        const expected = i === 1 && c.after2 ? c.after2 : c.after;
        const wantModes = i === 1 && c.after2 ? c.modes2 : c.modes;
        problems.push(...compareTrees(tree, expected, wantModes, p => modes.get(p.replace(/\/$/, '')) ?? null).map(p => `run ${i + 1}: ${p}`));
        if (problems.length) problems.push(`log of run ${i + 1}:\n  ${run.log.join('\n  ')}`);
      });
      if (problems.length) tally.failed++; else tally.passed++;
      expect(problems.join('\n'), MANUAL_OVER_AGENT[name]?.why).toBe('');
    });
  }
});

/**
 * The trace over every conformance case (memory host): every editfiles command of the policy
 * appears with a status, tracing changes nothing (files, changes, log, classes, exit status),
 * and replaying a session's records from the text it started on gives the text it saved.
 */
import { describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, loadCase } from '../conformance/corpus.js';
import { HOSTNAME, outOfScope, readBack, RUN_TIME, stage } from '../../host/testing/memory-runner.js';
import { compareTrees } from '../../host/testing/cases.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import type { EditEvent, TraceEvent } from '../../host/api/trace.js';
import { editSteps } from '../../host/api/trace.js';
import type { ConformanceCase } from '../../host/testing/cases.js';

const runtime = await nodeRuntime();

function runOnce(c: ConformanceCase, trace: boolean) {
  const vol = stage(c);
  const result = runPolicyOn(runtime, c.policy, new MemoryHost(vol, { now: RUN_TIME }), {
    define: c.define, negate: c.negate, dryRun: c.dryRun, hostname: HOSTNAME, file: `${c.name}/policy.cf`,
    now: RUN_TIME, trace,
  });
  return { result, tree: readBack(vol) };
}

const place = (p: { file: string; line: number; column: number }) => `${p.file}:${p.line}:${p.column}`;

describe('the trace over the conformance cases', () => {
  let commands = 0;
  let cases = 0;
  let replayed = 0;
  for (const name of caseNames()) {
    const c = loadCase(name);
    it(name, () => {
      const plain = runOnce(c, false);
      const traced = runOnce(c, true);
      // Tracing changes nothing.
      expect(traced.tree).toEqual(plain.tree);
      expect(traced.result.changes).toEqual(plain.result.changes);
      expect(traced.result.log).toEqual(plain.result.log);
      expect(traced.result.classes).toEqual(plain.result.classes);
      expect(traced.result.exitCode).toBe(plain.result.exitCode);
      expect(plain.result.trace).toBeUndefined();
      // Tracing changing nothing proves little if the run did nothing: where the memory host can
      // run the whole case, the run left after/.
      if (!outOfScope(runtime.parser.parse(c.policy, name).policy)) {
        expect(compareTrees(traced.tree, c.after, null, () => null).join('\n')).toBe('');
      }
      const trace = traced.result.trace as TraceEvent[];
      expect(Object.keys(traced.result.classOrigins!).sort()).toEqual([...traced.result.classes].sort());

      // Every editfiles command of the policy (when editfiles runs) appears, each time with a status.
      const { policy } = runtime.parser.parse(c.policy, `${name}/policy.cf`);
      const runsEditfiles = trace.some(e => e.event === 'action' && e.action === 'editfiles' && e.status === 'ran');
      const edits = trace.filter((e): e is EditEvent => e.event === 'edit');
      for (const e of edits) expect(['ran', 'skipped', 'failed']).toContain(e.status);
      const seen = new Set(edits.filter(e => e.at).map(e => place(e.at!)));
      if (runsEditfiles) {
        for (const section of policy.sections) {
          for (const item of section.items) {
            if (item.kind !== 'edit') continue;
            for (const cmd of item.commands) {
              expect(seen, `${cmd.name} at ${place(cmd.loc)}`).toContain(place(cmd.loc));
              commands++;
            }
          }
        }
      }
      // Records of a session come in command order within each pass, and a skipped command says why.
      for (const e of edits) if (e.status === 'skipped') expect(['class', 'group', 'aborted', 'loop', 'file']).toContain(e.reason);

      // Replaying a session from its first record gives what it saved (the last session of a
      // file that nothing else changes afterwards).
      if (!c.dryRun) {
        const sessions = editSteps(trace);
        const last = new Map(sessions.map(s => [s.file, s]));
        const ends = new Map(trace.filter(e => e.event === 'edit-end').map(e => [e.file, e]));
        for (const [file, s] of last) {
          const end = ends.get(file);
          if (!end || !['saved', 'unchanged'].includes(end.status)) continue;
          const later = trace.slice(trace.lastIndexOf(end) + 1);
          if (later.some(e => e.event === 'action' && e.status === 'ran' && e.changes[1] > e.changes[0])) continue;
          const lines = s.steps.length ? s.steps[s.steps.length - 1].lines : s.start;
          const entry = traced.tree.get(file.replace(/^\/sandbox\//, ''));
          if (entry?.type !== 'file') continue;
          expect(lines.map(l => `${l}\n`).join(''), file).toBe(entry.content.toString('utf8'));
          replayed++;
        }
      }
      cases++;
    });
  }
  it('covered commands', () => {
    // (runs last: vitest runs a file's tests in order)
    expect(cases).toBe(caseNames().length);
    expect(commands).toBeGreaterThan(300);
    expect(replayed).toBeGreaterThan(50);
    console.log(`trace: ${cases} cases, ${commands} editfiles commands each found in the trace with a status, ` +
      `${replayed} sessions replayed to the text they saved`);
  });
});

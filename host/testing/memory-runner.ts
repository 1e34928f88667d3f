/**
 * @fileoverview Runs a policy test in the in-memory host: stage `before/` into a memfs volume at
 * /sandbox, run twice, compare with after/ (and after2/).
 */
import { Volume } from 'memfs';
import type { Runtime } from '../api/runtime.js';
import { runPolicyOn } from '../api/runtime.js';
import { MemoryHost } from '../memory/memory-host.js';
import type { Policy } from '../ir/types.js';
import { systemRunClasses } from '../api/facts.js';
import type { ConformanceCase, Tree } from './cases.js';
import { caseImports, compareTrees, STAGING_TIME, treeOf } from './cases.js';
import type { FsLike } from './cases.js';
import { formatDiagnostic } from '../ir/diagnostics.js';

/** The run's clock: later than every time stamp in the corpus (README "Host facts"). */
export const RUN_TIME = Date.UTC(2026, 0, 15, 12) / 1000;
export const HOSTNAME = 'cfwasm-test';

type Vol = InstanceType<typeof Volume>;

export function stage(c: ConformanceCase): Vol {
  const vol = new Volume();
  vol.mkdirSync('/sandbox', { recursive: true, mode: 0o755 });
  for (const [path, e] of c.before) {
    const full = `/sandbox/${path}`;
    if (e.type === 'dir') {
      vol.mkdirSync(full, { recursive: true, mode: 0o755 });
      vol.chmodSync(full, 0o755); // as staged with umask 022
    }
    else if (e.type === 'file') vol.writeFileSync(full, e.content, { mode: 0o644 });
    else vol.symlinkSync(e.target, full);
  }
  for (const [path, mode] of c.modesBefore) vol.chmodSync(`/sandbox/${path}`.replace(/\/$/, ''), mode);
  for (const path of ['', ...c.before.keys()]) {
    const full = `/sandbox/${path}`.replace(/\/$/, '');
    if (c.before.get(path)?.type !== 'link') vol.utimesSync(full, STAGING_TIME, STAGING_TIME);
  }
  return vol;
}

export function readBack(vol: Vol): Tree {
  return treeOf(vol as unknown as FsLike, '/sandbox');
}

/**
 * Why a case is not yet run in the memory host, or null if it is. `answers`: the case gives
 * commands their answers (host.json's exec), so the actions that run commands are run.
 */
export function outOfScope(policy: Policy, answers = false): string | null {
  const actions = new Set<string>();
  for (const s of policy.sections) {
    for (const item of s.items) {
      if (s.name === 'control' && item.kind === 'assignment' && item.name.toLowerCase() === 'actionsequence') {
        for (const v of item.values) actions.add(v.raw.split('.')[0]);
      }
      if (!answers && (s.name === 'groups' || s.name === 'classes') && item.kind === 'assignment' &&
          item.values.some(v => v.quote)) return 'group members that are shell commands need exec';
      if (!answers && item.kind === 'edit' && item.commands.some(c => c.name.startsWith('RunScript'))) {
        return 'RunScript needs exec';
      }
    }
  }
  if (!answers && actions.has('shellcommands')) return 'shellcommands need exec';
  const inCore = new Set(['shellcommands', 'editfiles', 'files', 'directories', 'links', 'simplelinks', 'childlinks', 'disable', 'copy', 'tidy']);
  const other = [...actions].filter(a => !inCore.has(a));
  return other.length ? `actions not in the core yet: ${other.join(', ')}` : null;
}

/** The mode of a sandbox path in a volume, for compareTrees (null for a link or nothing). */
export function modeIn(vol: Vol): (p: string) => number | null {
  return (p: string) => {
    try {
      const st = vol.lstatSync(`/sandbox/${p}`.replace(/\/$/, ''));
      return st.isSymbolicLink() ? null : Number(st.mode) & 0o7777;
    } catch {
      return null;
    }
  };
}

export interface CaseOutcome { problems: string[] }

export function runCase(runtime: Runtime, c: ConformanceCase): CaseOutcome {
  const vol = stage(c);
  const now = c.host?.now ?? RUN_TIME;
  const hostname = c.host?.hostname ?? HOSTNAME;
  const times = Object.fromEntries(Object.entries(c.host?.times ?? {}).map(([p, t]) => [`/sandbox/${p}`.replace(/\/$/, ''), t]));
  const host = new MemoryHost(vol, { now, exec: c.host?.exec, times });
  const modeOf = modeIn(vol);
  const problems: string[] = [];
  // The policy's diagnostics (a parse error) come first: the log of a policy that did not parse is empty.
  const logOf = (result: ReturnType<typeof runPolicyOn>) =>
    [...result.diagnostics.map(d => `  ${formatDiagnostic(d)}`), ...result.log.map(l => `  ${l.level}: ${l.message}`)].join('\n');
  for (const round of [1, 2]) {
    const result = runPolicyOn(runtime, c.policy, host, {
      define: c.define, negate: c.negate, dryRun: c.dryRun, hostname, file: `${c.name}/policy.cf`,
      fqhost: c.host?.domain ? `${hostname}.${c.host.domain}` : hostname, now,
      // The time in UTC, as the corpus was recorded (TZ=UTC); host.json's system as the JS API's `os`.
      ...systemRunClasses(c.host?.os, now),
      readImport: caseImports(c),
    });
    if (result.exitCode !== c.exitCode) {
      problems.push(`run ${round}: exit status ${result.exitCode}, expected ${c.exitCode}\n${logOf(result)}`);
    }
    const expected = round === 2 && c.after2 ? c.after2 : c.after;
    const modes = round === 2 && c.after2 ? c.modes2 : c.modes;
    problems.push(...compareTrees(readBack(vol), expected, modes, modeOf).map(p => `run ${round}: ${p}`));
    if (problems.length) {
      problems.push(`log of run ${round}:\n${logOf(result)}`);
      break;
    }
  }
  return { problems };
}

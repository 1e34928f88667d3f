/**
 * Lint's trial host (host/lint/trial-host.ts) answers CF015's trial runs instead of a memfs
 * volume per trial: lint's findings must be exactly those of the memory host's runs, and the
 * trial host must really answer an editfiles run itself (not hand every run back to memfs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../host/lint/lint.js';
import { runTrial, TrialHost } from '../../host/lint/trial-host.js';
import { parsePolicy } from '../../host/api/runtime.js';
import { runParsedPolicy, runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { Volume } from 'memfs';
import { nodeRuntime } from '../../host/node/runtime.js';
import { conformanceCasesDir } from '../support/shared.js';

const runtime = await nodeRuntime();
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : null);

describe('lint with the trial host', () => {
  it('reports exactly what the memory host runs report, for every conformance policy', () => {
    const cases = readdirSync(conformanceCasesDir()).sort();
    expect(cases.length).toBeGreaterThan(100);
    for (const c of cases) {
      const policy = readFileSync(join(conformanceCasesDir(), c, 'policy.cf'), 'latin1');
      const lean = JSON.stringify(lintPolicy(runtime, policy, `${c}.cf`));
      const memfs = JSON.stringify(lintPolicy(runtime, policy, `${c}.cf`, { memoryHost: true }));
      expect(lean, c).toBe(memfs);
    }
  });

  const EDIT = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n';
  const budget = { now: 1_700_000_000, hostname: 'lint', editGrowthLimit: 1 << 20, trace: true };

  it('runs an editfiles block itself: the file saved, its backup kept, the same files as on the memory host', () => {
    const parsed = parsePolicy(runtime.parser, EDIT);
    const host = new TrialHost({ '/etc/motd': bytes('# motd\n') }, budget.now);
    runParsedPolicy(runtime.core, parsed, host, budget);
    expect(host.outOfDepth).toBe(null);
    expect(text(host.files()['/etc/motd'])).toBe('# motd\nhello\n');
    const lean = runTrial(runtime, parsed, { '/etc/motd': '# motd\n' }, budget);
    const memfs = runTrial(runtime, parsed, { '/etc/motd': '# motd\n' }, budget, true);
    expect(Object.keys(lean.files)).toEqual(Object.keys(memfs.files));
    expect(Object.keys(lean.files).length).toBeGreaterThan(1); // the backup too
    for (const p of Object.keys(memfs.files)) expect(text(lean.files[p]), p).toBe(text(memfs.files[p]));
    expect(lean.diffs.map(d => d.path)).toEqual(memfs.diffs.map(d => d.path));
    expect(JSON.stringify(lean.trace)).toBe(JSON.stringify(memfs.trace));
  });

  it('answers the touch and the removal of conformance policies itself, as the memory host does', () => {
    for (const c of ['154-files-define-class-then-edit', '171-actionsequence-order-and-repeat']) {
      const parsed = parsePolicy(runtime.parser, readFileSync(join(conformanceCasesDir(), c, 'policy.cf'), 'latin1'));
      const paths = parsed.policy.sections.flatMap(s => s.items.flatMap(i => (i.kind === 'edit' ? [i.file.raw] : [])));
      const start = Object.fromEntries(paths.map(p => [p, 'line one\nline two\n']));
      const host = new TrialHost(Object.fromEntries(paths.map(p => [p, bytes('line one\nline two\n')])), budget.now);
      runParsedPolicy(runtime.core, parsed, host, budget);
      expect(host.outOfDepth, c).toBe(null);
      const twice = (memoryHost: boolean) => {
        const first = runTrial(runtime, parsed, start, budget, memoryHost);
        const second = runTrial(runtime, parsed, first.files, budget, memoryHost);
        return JSON.stringify([first.log, first.trace, second.log, second.trace, Object.keys(second.files),
          second.diffs.map(d => [d.path, text(d.before ?? undefined), text(d.after ?? undefined)])]);
      };
      expect(twice(false), c).toBe(twice(true));
    }
  });

  it('hands a run it cannot answer (a directory listing) to the memory host', () => {
    const parsed = parsePolicy(runtime.parser,
      'control:\n actionsequence = ( files editfiles )\nfiles:\n /etc mode=0644 r=inf fixall\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const host = new TrialHost({ '/etc/motd': bytes('# motd\n') }, budget.now);
    runParsedPolicy(runtime.core, parsed, host, budget);
    expect(host.outOfDepth).toMatch(/^list \/etc/);
    const lean = runTrial(runtime, parsed, { '/etc/motd': '# motd\n' }, budget);
    const memfs = runTrial(runtime, parsed, { '/etc/motd': '# motd\n' }, budget, true);
    expect(JSON.stringify(lean.log)).toBe(JSON.stringify(memfs.log));
    expect(lean.diffs.map(d => d.path)).toEqual(memfs.diffs.map(d => d.path));
  });
});

describe('trial runs keep their locks in the core (locksInRun)', () => {
  // The second editfiles pass is within IfElapsed of the first: the locks skip it.
  const TWICE = 'control:\n actionsequence = ( editfiles editfiles )\n IfElapsed = ( 60 )\neditfiles:\n { /etc/motd\n Append "x"\n }\n';
  const run = (options: { locksInRun?: boolean; noLocks?: boolean }) => {
    const calls: string[] = [];
    const state = new Map<string, Uint8Array>();
    const vol = new Volume();
    vol.mkdirSync('/etc');
    vol.writeFileSync('/etc/motd', 'a\n');
    const host = new MemoryHost(vol, { now: 1_700_000_000, state });
    const real = { read: host.readState.bind(host), write: host.writeState.bind(host) };
    host.readState = name => { calls.push(`read ${name}`); return real.read(name); };
    host.writeState = (name, content) => { calls.push(`write ${name}`); real.write(name, content); };
    const result = runPolicyOn(runtime, TWICE, host, { now: 1_700_000_000, hostname: 'h', ...options });
    return { motd: String(vol.readFileSync('/etc/motd')), calls, log: result.log.map(l => l.message) };
  };

  it('hold within the run as the host state would, without a state call', () => {
    const kept = run({});
    const inRun = run({ locksInRun: true });
    expect(inRun.motd).toBe('a\nx\n');
    expect(inRun.motd).toBe(kept.motd);
    expect(inRun.log).toEqual(kept.log);
    expect(inRun.calls).toEqual([]);
    // Not vacuous: the host's state is used otherwise, and without locks the second pass edits again.
    expect(kept.calls).toContain('write locks');
    expect(run({ noLocks: true }).motd).toBe('a\nx\nx\n');
  });
});

// host/api/runtime.ts without running the core: the request runRequest sends (each option's
// default and where a given one lands: the core reads these names), parsePolicy with and without
// imports, and runParsedPolicy's answer to a policy with a syntax error (the core is not asked).
// Fast, for host/api's mutants of runtime.ts (scripts/mutate.mjs lists it before the runs).
import { describe, expect, it } from 'vitest';
import { nodeRuntime } from '../../host/node/runtime.js';
import { parsePolicy, runParsedPolicy, runRequest } from '../../host/api/runtime.js';
import type { Policy } from '../../host/ir/types.js';

const runtime = await nodeRuntime();
const policy = { sections: [] } as unknown as Policy;

describe('runRequest', () => {
  it('the defaults: a plain linux localhost in UTC, as root, nothing switched on', () => {
    const r = runRequest(policy, { now: 100 }) as Record<string, unknown>;
    expect(r).toStrictEqual({
      policy, define: [], negate: [], dryRun: false, noEdits: false, noCommands: false, noProcesses: false, noLocks: false,
      traverseLinks: false, deleteStaleLinks: false, enforceLinks: false, noHardClasses: false, underscoreClasses: false,
      useEnv: false, noSplay: false, switchedOff: {}, declarationsOnly: false, trace: false, env: {},
      facts: { host: 'localhost', fqhost: 'localhost', class: 'linux', now: 100, hardClasses: ['linux'], timezone: 'UTC', uid: 0, gid: 0, pid: 0 },
    });
  });

  it('without a clock, the real one (seconds)', () => {
    const before = Math.floor(Date.now() / 1000);
    const now = (runRequest(policy) as { facts: { now: number } }).facts.now;
    expect(Number.isInteger(now)).toBe(true);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThan(before + 3600);
  });

  it('every option given lands in the request', () => {
    const r = runRequest(policy, {
      define: ['a'], negate: ['b'], dryRun: true, noEdits: true, noCommands: true, noProcesses: true, noLocks: true,
      traverseLinks: true, deleteStaleLinks: true, enforceLinks: true, noHardClasses: true, underscoreClasses: true,
      useEnv: true, noSplay: true, switchedOff: { x: 'y' }, declarationsOnly: true, collectEvery: 3, omitInfo: true,
      omitChanges: true, omitClasses: true, noProgress: true, editGrowthLimit: 2.5, locksInRun: true, trace: true,
      env: { HOME: '/root' }, hostname: 'web1', fqhost: 'web1.example.org', osClass: 'solaris', now: 7,
      hardClasses: ['sun4u'], timezone: 'CET', uid: 5, gid: 6, pid: 7,
    });
    expect(r).toStrictEqual({
      policy, define: ['a'], negate: ['b'], dryRun: true, noEdits: true, noCommands: true, noProcesses: true, noLocks: true,
      traverseLinks: true, deleteStaleLinks: true, enforceLinks: true, noHardClasses: true, underscoreClasses: true,
      useEnv: true, noSplay: true, switchedOff: { x: 'y' }, declarationsOnly: true, collectEvery: 3, omitInfo: true,
      omitChanges: true, omitClasses: true, noProgress: true, editGrowthLimit: 2.5, locksInRun: true, trace: true,
      env: { HOME: '/root' },
      facts: { host: 'web1', fqhost: 'web1.example.org', class: 'solaris', now: 7, hardClasses: ['solaris', 'sun4u'], timezone: 'CET', uid: 5, gid: 6, pid: 7 },
    });
  });

  it('the fully qualified name defaults to the host name; options given as false stay out', () => {
    const r = runRequest(policy, { hostname: 'db', now: 1, omitInfo: false, omitChanges: false, omitClasses: false, noProgress: false, locksInRun: false }) as
      { facts: { host: string; fqhost: string } };
    expect([r.facts.host, r.facts.fqhost]).toEqual(['db', 'db']);
    for (const key of ['omitInfo', 'omitChanges', 'omitClasses', 'noProgress', 'locksInRun', 'collectEvery', 'editGrowthLimit']) expect(r).not.toHaveProperty(key);
  });
});

describe('parsePolicy and runParsedPolicy', () => {
  it('parses under the given file name (policy.cf by default)', () => {
    const bad = 'control:\n  actionsequence = ( files\n';
    expect(parsePolicy(runtime.parser, bad).diagnostics[0].loc.file).toBe('policy.cf');
    expect(parsePolicy(runtime.parser, bad, { file: 'site.cf' }).diagnostics[0].loc.file).toBe('site.cf');
  });

  it('reads imports only when given a reader, and adds their diagnostics to the policy\'s', () => {
    const text = 'import:\n  any::\n    cf.other\n';
    expect(parsePolicy(runtime.parser, text).diagnostics).toEqual([]);
    const asked: string[] = [];
    const r = parsePolicy(runtime.parser, text, { readImport: name => { asked.push(name); return { file: name, text: 'control:\n  actionsequence = ( files\n' }; } });
    expect(asked).toEqual(['cf.other']);
    expect(r.diagnostics.map(d => d.loc.file)).toContain('cf.other');
    expect(r.diagnostics.some(d => d.severity === 'error')).toBe(true);
  });

  it('a policy with a syntax error is not run: exit code 1, its diagnostics, nothing else', () => {
    const parsed = parsePolicy(runtime.parser, 'control:\n  actionsequence = ( files\n');
    const host = new Proxy({}, { get: () => { throw new Error('the host was called'); } });
    expect(runParsedPolicy(runtime.core, parsed, host as never, { now: 0 })).toStrictEqual({
      exitCode: 1, log: [], classes: [], sysadm: '', changes: [], diagnostics: parsed.diagnostics,
      output: { inform: false, verbose: false, warnings: true, syslog: false },
    });
  });
});

/**
 * What a trial run asks of the core and its host (host/lint/trial-host.ts runTrial): nothing lint
 * does not read — no progress calls, no classes — and, the trials of one policy differing only in
 * their files, the request of the last trial again as a few bytes (host/core/core.ts). The results
 * are the same either way, so only these show the work left out.
 */
import { describe, expect, it, vi } from 'vitest';
import { parsePolicy, runParsedPolicy } from '../../host/api/runtime.js';
import { runTrial, TrialHost, withoutStacks } from '../../host/lint/trial-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const NOW = 1_700_000_000;
const POLICY = 'control:\n actionsequence = ( editfiles tidy )\n AddClasses = ( extra )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n';
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('a run request', () => {
  it('noProgress: the host is not told of each action; without it, it is', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    for (const noProgress of [false, true]) {
      const host = new TrialHost({ '/etc/motd': bytes('a\n') }, NOW);
      const progress = vi.spyOn(host, 'progress');
      runParsedPolicy(runtime.core, parsed, host, { now: NOW, noProgress });
      expect(progress.mock.calls.map(c => c[2])).toEqual(noProgress ? [] : ['editfiles', 'tidy']);
      expect(text(host.files()['/etc/motd'])).toBe('a\nhello\n');
    }
  });

  it('omitClasses: the result has none, unless traced (the trace names where each came from)', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const run = (options: { omitClasses?: boolean; trace?: boolean }) =>
      runParsedPolicy(runtime.core, parsed, new TrialHost({ '/etc/motd': bytes('a\n') }, NOW), { now: NOW, ...options });
    expect(run({}).classes).toContain('extra');
    expect(run({ omitClasses: true }).classes).toEqual([]);
    const traced = run({ omitClasses: true, trace: true });
    expect(traced.classes).toContain('extra');
    expect(traced.classOrigins).toBeDefined();
  });
});

describe('lint\'s trial runs', () => {
  it('tell no progress, and the second trial of a policy is sent to the core as a few bytes', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const progress = vi.spyOn(TrialHost.prototype, 'progress');
    try {
      const options = { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: false };
      const first = runTrial(runtime, parsed, { '/etc/motd': 'a\n' }, options);
      const second = runTrial(runtime, parsed, { '/etc/motd': 'b\n' }, options);
      expect(text(first.files['/etc/motd'])).toBe('a\nhello\n');
      expect(text(second.files['/etc/motd'])).toBe('b\nhello\n');
      expect(second.diffs.map(d => d.path)).toEqual(['/etc/motd', '/etc/motd.cfsaved']);
      // The changes with their contents, and no diff made for them (lint reads none).
      expect(second.diffs[0]).toEqual({ path: '/etc/motd', before: bytes('b\n'), after: bytes('b\nhello\n') });
      expect('diff' in second.diffs[0]).toBe(false);
      // The second trial's request is the first's again: the core is sent a few bytes.
      expect(runtime.core.requestBytes).toBeLessThan(32);
      expect(progress).not.toHaveBeenCalled();
    } finally {
      progress.mockRestore();
    }
  });
});

describe('the request of a policy\'s trials', () => {
  it('is made once and sent as the same object: the core does not serialise it again to compare (traced trials have their own)', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const options = { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: false };
    const stringify = vi.spyOn(JSON, 'stringify');
    const made = () => stringify.mock.calls.filter(([value]) => typeof value === 'object' && value !== null && 'facts' in value).length;
    try {
      for (let i = 0; i < 4; i++) runTrial(runtime, parsed, { '/etc/motd': `${i}\n` }, options);
      expect(made()).toBe(1);
      expect(runtime.core.requestBytes).toBeLessThan(32);
      // A traced trial is another request; the untraced one after it is compared again, and is the same.
      const traced = runTrial(runtime, parsed, { '/etc/motd': 'x\n' }, { ...options, trace: true });
      expect(traced.trace?.length).toBeGreaterThan(0);
      const after = runTrial(runtime, parsed, { '/etc/motd': 'y\n' }, options);
      expect(text(after.files['/etc/motd'])).toBe('y\nhello\n');
      expect(made()).toBe(3);
      runTrial(runtime, parsed, { '/etc/motd': 'z\n' }, options);
      expect(made()).toBe(3);
    } finally {
      stringify.mockRestore();
    }
  });
});

describe('the trials of a policy with one options object', () => {
  /** A policy's trials with one options object, the first already run. */
  const primed = async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const options = { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: false };
    runTrial(runtime, parsed, { '/etc/motd': 'a\n' }, options);
    return { runtime, parsed, options };
  };

  it('serialise nothing after the first (the request is found by the options object, not by its JSON)', async () => {
    const { runtime, parsed, options } = await primed();
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      for (let i = 0; i < 4; i++) runTrial(runtime, parsed, { '/etc/motd': `${i}\n` }, options);
      expect(stringify).not.toHaveBeenCalled();
      // Another object with the same fields is another request (made once, then sent as the same).
      const again = runTrial(runtime, parsed, { '/etc/motd': 'b\n' }, { ...options });
      expect(text(again.files['/etc/motd'])).toBe('b\nhello\n');
      expect(runtime.core.requestBytes).toBeLessThan(32);
    } finally {
      stringify.mockRestore();
    }
  });

  it('decode their results with no TextDecoder made per run', async () => {
    const { runtime, parsed, options } = await primed();
    const made = vi.spyOn(globalThis, 'TextDecoder');
    const results = [];
    try {
      for (let i = 0; i < 4; i++) results.push(runTrial(runtime, parsed, { '/etc/motd': `${i}\n` }, options));
      expect(made).not.toHaveBeenCalled();
    } finally {
      made.mockRestore();
    }
    expect(results.map(r => text(r.files['/etc/motd']))).toEqual(['0\nhello\n', '1\nhello\n', '2\nhello\n', '3\nhello\n']);
  });
});

describe('errors in a trial run', () => {
  it('are made without a stack while the run lasts (a command refused in the sandbox), and the limit comes back', async () => {
    const runtime = await nodeRuntime();
    const policy = 'control:\n actionsequence = ( editfiles )\nclasses:\n probe = ( "/bin/true" )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n';
    const parsed = parsePolicy(runtime.parser, policy);
    const before = Error.stackTraceLimit;
    const seen: number[] = [];
    const exec = vi.spyOn(TrialHost.prototype, 'exec').mockImplementation(function (this: TrialHost, command: string) {
      seen.push(Error.stackTraceLimit);
      throw new Error(`refused ${command}`);
    });
    try {
      const result = runTrial(runtime, parsed, { '/etc/motd': 'a\n' }, { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: false });
      expect(text(result.files['/etc/motd'])).toBe('a\nhello\n');
    } finally {
      exec.mockRestore();
    }
    expect(seen).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('withoutStacks puts the limit back when what it runs throws', () => {
    const before = Error.stackTraceLimit;
    expect(() => withoutStacks(() => {
      expect(new Error('x').stack).toBe('Error: x');
      throw new Error('out');
    })).toThrow('out');
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('y').stack).toContain('\n    at ');
  });
});

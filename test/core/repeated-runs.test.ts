/**
 * One core, many runs (lint's trial runs, the language server): small runs one after another do
 * not each pay a full collection, and the memory still stays bounded over thousands of them; a
 * policy run again is sent to the core once and runs as it did; compiling a pattern again does
 * not grow the regex handle table (host/core/core.ts, engine/src/index.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runInMemory, runParsedInMemory } from '../../host/api/run.js';
import { parsePolicy } from '../../host/api/runtime.js';
import type { Host } from '../../host/core/host-interface.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { conformanceCasesDir } from '../support/shared.js';

const latin1 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('garbage of small runs', () => {
  const POLICY = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n DeleteLinesMatching "b.*"\n }\n';

  it('is collected every few runs, not after each', async () => {
    const runtime = await nodeRuntime();
    runInMemory(runtime, POLICY, { files: { '/etc/motd': 'a\nb\n' }, now: 1_700_000_000 });
    const before = runtime.core.collections;
    for (let i = 0; i < 100; i++) runInMemory(runtime, POLICY, { files: { '/etc/motd': `a\nb${i}\n` }, now: 1_700_000_000 });
    expect(runtime.core.collections - before).toBeLessThan(20);
    expect(runtime.core.collections - before).toBeGreaterThan(0);
  });

  it('keeps the memory bounded over 3,000 runs', async () => {
    const runtime = await nodeRuntime();
    const run = (i: number) => runInMemory(runtime, POLICY, { files: { '/etc/motd': `a\nb\n${'x'.repeat(i % 2000)}\n` }, now: 1_700_000_000 });
    for (let i = 0; i < 300; i++) run(i);
    const warm = runtime.core.memoryBytes();
    for (let i = 300; i < 3000; i++) run(i);
    // Without collections, 2,700 runs of a few kilobytes of garbage each would need megabytes more.
    expect(runtime.core.memoryBytes()).toBeLessThanOrEqual(warm + 64 * 1024);
  });
});

describe('a policy run again', () => {
  it('is serialised for the core once, however many runs', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      for (let i = 0; i < 5; i++) runParsedInMemory(runtime, parsed, { files: { '/etc/motd': `${i}\n` }, now: 1_700_000_000 });
      // The request is written item by item (core.ts requestChunks): the one item, once.
      const item = parsed.policy.sections.find(s => s.items.length)!.items[0];
      expect(stringify.mock.calls.filter(([value]) => value === item)).toHaveLength(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it('with the same options is sent as a few bytes, and with others as it was', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "$(host)"\n }\n');
    const run = (now: number, hostname: string, motd: string) => runParsedInMemory(runtime, parsed, { files: { '/etc/motd': motd }, now, hostname, trace: now > 1_700_000_000 });
    const full = run(1_700_000_000, 'one', 'a\n');
    const first = runtime.core.requestBytes;
    expect(text(full.files['/etc/motd'])).toBe('a\none\n');
    for (const motd of ['b\n', 'c\n']) {
      expect(text(run(1_700_000_000, 'one', motd).files['/etc/motd'])).toBe(`${motd}one\n`);
      expect(runtime.core.requestBytes).toBeLessThan(32);
    }
    // Other options (a host name, a clock, a trace) are sent and used, not the last run's; the
    // policy is not sent again.
    const other = run(1_700_003_600, 'two', 'd\n');
    expect(runtime.core.requestBytes).toBeGreaterThan(32);
    expect(runtime.core.requestBytes).toBeLessThan(first);
    expect(text(other.files['/etc/motd'])).toBe('d\ntwo\n');
    expect(other.trace).toBeDefined();
    expect(other.classes).toContain('two');
    expect(other.classes).not.toContain('one');
    const otherAgain = run(1_700_003_600, 'two', 'e\n');
    expect(runtime.core.requestBytes).toBeLessThan(32);
    expect(text(otherAgain.files['/etc/motd'])).toBe('e\ntwo\n');
    expect(otherAgain.classes).toEqual(other.classes);
  });

  it('after a run that failed is sent in full', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "x"\n }\n');
    const options = { files: { '/etc/motd': 'a\n' }, now: 1_700_000_000 };
    runParsedInMemory(runtime, parsed, options);
    runParsedInMemory(runtime, parsed, options);
    // A request the host side cannot even write (a policy without sections) fails the run.
    expect(() => runtime.core.runPolicy({ policy: {} }, {} as Host)).toThrow();
    const after = runParsedInMemory(runtime, parsed, options);
    expect(runtime.core.requestBytes).toBeGreaterThan(100);
    expect(text(after.files['/etc/motd'])).toBe('a\nx\n');
  });

  it('gives what a fresh copy of it gives, for every conformance policy run after itself', async () => {
    const runtime = await nodeRuntime();
    for (const c of readdirSync(conformanceCasesDir()).sort()) {
      const dir = join(conformanceCasesDir(), c);
      const parsed = parsePolicy(runtime.parser, readFileSync(join(dir, 'policy.cf'), 'latin1'));
      const options = { files: { '/etc/motd': 'a\n', '/etc/hosts': '127.0.0.1 localhost\n' }, now: 1_700_000_000, trace: true };
      const once = runParsedInMemory(runtime, parsed, options);
      const again = runParsedInMemory(runtime, parsed, options);
      const fresh = runParsedInMemory(runtime, { ...parsed, policy: structuredClone(parsed.policy) }, options);
      const seen = (r: typeof once) => JSON.stringify([r.log, r.classes, r.changes, r.trace, r.exitCode, r.files]);
      expect(seen(again), c).toBe(seen(fresh));
      expect(seen(once), c).toBe(seen(fresh));
    }
  });
});

describe('regex handles', () => {
  it('the same pattern compiled again gives the same handle', async () => {
    const { core } = await nodeRuntime();
    const first = core.regexCompile(latin1('^same[0-9]+$'));
    for (let i = 0; i < 10; i++) core.regexCompile(latin1(`other${i}`));
    expect(core.regexCompile(latin1('^same[0-9]+$'))).toBe(first);
    expect(core.regexMatchesWhole(first, latin1('same42'))).toBe(true);
  });

  it('after 4,096 other patterns an old handle is refused, not taken for another pattern', async () => {
    const { core } = await nodeRuntime();
    const old = core.regexCompile(latin1('^old$'));
    for (let i = 0; i < 4100; i++) core.regexCompile(latin1(`p${i}`));
    expect(() => core.regexMatchesWhole(old, latin1('old'))).toThrow(/regex handle no longer valid/);
    const again = core.regexCompile(latin1('^old$'));
    expect(core.regexMatchesWhole(again, latin1('old'))).toBe(true);
  });
});

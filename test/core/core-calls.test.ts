/**
 * The Core's calls (host/core/core.ts) where round 10's Stryker survivors and uncovered mutants
 * showed no test: the texts of its regex errors, the budget error of each regex call, the
 * line-wise count and replace, the probe and explain calls, when garbage is collected (every
 * 1024 calls; before a run, every 128 runs or once memory grew since the last collection), a run
 * started during a run, a released policy's items, a policy with no member but its sections, and
 * unquoted values of more than one piece.
 */
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { Core, RegexBudgetError, RegexSyntaxError } from '../../host/core/core.js';
import type { Host } from '../../host/core/host-interface.js';
import { parsePolicy, runParsedPolicy } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const wasm = readFileSync(coreWasmPath());
/** A core of its own: its counters start at zero, whatever other tests did. */
const freshCore = () => Core.load(wasm);

/** A pattern and subject whose back-references need more steps than the budget allows. */
const BUDGET = '(a*)*(a*)*\\1\\2x';
const BUDGET_SUBJECT = 'a'.repeat(2_000);
const BUDGET_MESSAGE = 'back-reference matching gave up: the pattern needs more steps than allowed';

describe('regex calls', () => {
  it('a syntax error names the problem and the byte where it was found, counted from 1', async () => {
    const core = await freshCore();
    let error: unknown;
    try {
      core.regexCompile(bytes('ab{2'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RegexSyntaxError);
    const { message, offset } = error as RegexSyntaxError;
    expect(message).toBe(`unmatched { (at byte ${offset + 1} of the pattern)`);
    expect(offset).toBeGreaterThanOrEqual(0);
  });

  it('each call gives up under the step budget with the budget error', async () => {
    const core = await freshCore();
    const h = core.regexCompile(bytes(BUDGET));
    const budget = expect.objectContaining({ constructor: RegexBudgetError, message: BUDGET_MESSAGE });
    expect(() => core.regexMatchesWhole(h, bytes(BUDGET_SUBJECT))).toThrow(budget);
    expect(() => core.regexCountMatchingLines(h, bytes(`${BUDGET_SUBJECT}\n`), false)).toThrow(budget);
    expect(() => core.regexReplaceAllLines(h, bytes(`${BUDGET_SUBJECT}\n`), bytes('y'))).toThrow(budget);
  });

  it('counts matching lines, anywhere or whole, and none', async () => {
    const core = await freshCore();
    const h = core.regexCompile(bytes('a+'));
    const lines = bytes('a\nbab\naa\nc\n');
    expect(core.regexCountMatchingLines(h, lines, false)).toBe(3);
    expect(core.regexCountMatchingLines(h, lines, true)).toBe(2);
    expect(core.regexCountMatchingLines(h, bytes('b\nc\n'), false)).toBe(0);
  });

  it('replaces on every line', async () => {
    const core = await freshCore();
    const h = core.regexCompile(bytes('a+'));
    expect(text(core.regexReplaceAllLines(h, bytes('xaay\nab\nc\n'), bytes('-')))).toBe('x-y\n-b\nc\n');
  });

  it('the probe and the explanation answer for the pattern and text given', async () => {
    const core = await freshCore();
    const probe = core.editfilesProbe('DeleteLinesMatching', bytes('b.*'), bytes('a\nbc\n')) as { lineCount: number; lines: unknown[] };
    expect(probe.lineCount).toBe(2);
    expect(probe.lines).toHaveLength(1);
    const explained = core.regexExplain(bytes('a+'), bytes('baa')) as { match: { start: number; end: number } };
    expect(explained.match).toMatchObject({ start: 1, end: 3 });
  });
});

describe('garbage collection', () => {
  it('comes every 1024 calls', async () => {
    const core = await freshCore();
    const h = core.regexCompile(bytes('a'));
    const call = () => core.regexSearch(h, bytes('ba'));
    for (let i = 0; i < 1024 && core.collections === 0; i++) call();
    expect(core.collections).toBe(1);
    for (let i = 0; i < 1023; i++) call();
    expect(core.collections).toBe(1);
    call();
    expect(core.collections).toBe(2);
  });

  it('before a run: none right after a collection, one once the memory grew since, else one every 128 runs', async () => {
    const { parser } = await nodeRuntime();
    const core = await freshCore();
    const parsed = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const run = () => runParsedPolicy(core, parsed, new MemoryHost(Volume.fromJSON({ '/etc/motd': 'a\n' }), { now: 1_700_000_000 }), { now: 1_700_000_000, hostname: 'h' });
    run();
    run();
    // The first run on a new core grew nothing since it was loaded: no collection before the second.
    expect(core.collections).toBe(0);
    for (let i = 0; i < 20; i++) run();
    // Collected by calls (1024 of them), then the memory grown by one call: the next run collects not.
    const h = core.regexCompile(bytes('a'));
    for (let i = 0; i < 1024 && core.collections === 0; i++) core.regexSearch(h, bytes('b'));
    expect(core.collections).toBe(1);
    const grown = core.memoryBytes();
    core.regexSearch(h, bytes('b'.repeat(4 * grown)));
    expect(core.memoryBytes()).toBeGreaterThan(grown);
    run();
    expect(core.collections).toBe(1);
    // The one after it: the memory grew since the last collection.
    run();
    expect(core.collections).toBe(2);
    // Memory stays as it is now: the 127 runs after that one collect nothing, the 128th does.
    for (let i = 0; i < 127; i++) run();
    expect(core.collections).toBe(2);
    run();
    expect(core.collections).toBe(3);
  });
});

describe('runs', () => {
  it('a run started during a run is refused, and the first run goes on', async () => {
    const { parser } = await nodeRuntime();
    const core = await freshCore();
    const parsed = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const vol = Volume.fromJSON({ '/etc/motd': 'a\n' });
    const inner = new MemoryHost(vol, { now: 1_700_000_000 });
    let refusal: unknown = null;
    const host = new Proxy(inner, {
      get(target, key) {
        const value = Reflect.get(target, key);
        if (typeof value !== 'function' || refusal !== null) return value;
        return (...args: unknown[]) => {
          try {
            core.runPolicy({}, target);
            refusal = 'not refused';
          } catch (e) {
            refusal = (e as Error).message;
          }
          return value.apply(target, args);
        };
      },
    }) as Host;
    const result = runParsedPolicy(core, parsed, host, { now: 1_700_000_000, hostname: 'h' });
    expect(refusal).toBe('cfwasm core: a run is already in progress');
    expect(result.exitCode).toBe(0);
    expect(vol.readFileSync('/etc/motd', 'utf8')).toBe('a\nhello\n');
  });

  it('a policy with no member but its sections runs them', async () => {
    const { parser } = await nodeRuntime();
    const core = await freshCore();
    const { policy } = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const vol = Volume.fromJSON({ '/etc/motd': 'a\n' });
    const result = core.runPolicy({ policy: { sections: policy.sections } }, new MemoryHost(vol, { now: 1_700_000_000 }));
    expect(result.exitCode).toBe(0);
    expect(vol.readFileSync('/etc/motd', 'utf8')).toBe('a\nhello\n');
  });

  it('an unquoted value with a variable in it reaches the core whole (only one piece of text is sent as a string)', async () => {
    const { parser } = await nodeRuntime();
    const core = await freshCore();
    const parsed = parsePolicy(parser, [
      'control:', ' actionsequence = ( editfiles )', ' d = ( /etc )', ' f = ( motd )', ' p = ( /etc/issue )',
      'editfiles:',
      ' { $(d)/motd', ' AppendIfNoSuchLine "one"', ' }',
      ' { /etc/$(f)', ' AppendIfNoSuchLine "two"', ' }',
      ' { $(p)', ' AppendIfNoSuchLine "three"', ' }', '',
    ].join('\n'));
    const vol = Volume.fromJSON({ '/etc/motd': 'a\n', '/etc/issue': 'b\n' });
    const result = runParsedPolicy(core, parsed, new MemoryHost(vol, { now: 1_700_000_000 }), { now: 1_700_000_000, hostname: 'h' });
    expect(result.exitCode).toBe(0);
    expect(vol.readFileSync('/etc/motd', 'utf8')).toBe('a\none\ntwo\n');
    expect(vol.readFileSync('/etc/issue', 'utf8')).toBe('b\nthree\n');
  });

  it('releasePolicy empties the items of the policy it sent', async () => {
    const { parser } = await nodeRuntime();
    const core = await freshCore();
    const parsed = parsePolicy(parser, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    const sections = (parsed as unknown as { policy: { sections: { items: unknown[] }[] } }).policy.sections;
    expect(sections.some(s => s.items.length > 0)).toBe(true);
    const vol = Volume.fromJSON({ '/etc/motd': 'a\n' });
    runParsedPolicy(core, parsed, new MemoryHost(vol, { now: 1_700_000_000 }), { now: 1_700_000_000, hostname: 'h', releasePolicy: true });
    expect(vol.readFileSync('/etc/motd', 'utf8')).toBe('a\nhello\n');
    expect(sections.map(s => s.items.length)).toEqual(sections.map(() => 0));
  });
});

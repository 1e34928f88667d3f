// Big patterns must cost the core memory in proportion to their size, and fail with the regex's
// own message, not a trap. Found by fuzzing run(): the lazy DFA's state key and the backtracker's
// state key were built a unit at a time (`key += …`, quadratic: the core collects nothing during
// a call), so `a*` repeated 50,000 times or 3,000 groups and a back-reference ran the core out of
// its 4 GB (`unreachable`); and a backtracker key holding thousands of captures was charged as
// one step, so the step budget did not bound the memory the remembered keys took.
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { Core } from '../../host/core/core.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodePolicyParser } from '../../host/node/grammar.js';

const NOW = 1768478400;
const MB = 1 << 20;

async function deleteLines(pattern: string, line: string) {
  const core = await Core.load(readFileSync(coreWasmPath()));
  const vol = Volume.fromJSON({ '/e': `keep\n${line}\n` });
  const policy = `control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\neditfiles:\n { /e\n DeleteLinesMatching "${pattern}"\n }\n`;
  const r = runPolicyOn({ parser: await nodePolicyParser(), core }, policy, new MemoryHost(vol, { now: NOW }), { now: NOW, hostname: 'h' });
  return { r, after: vol.readFileSync('/e', 'utf8'), memory: core.memoryBytes() };
}

describe('big patterns cost linear core memory', () => {
  it('a DFA state of thousands of positions (its key)', async () => {
    // Every state of `a*a*…a*` holds all 5,000 loops: a key of 10,000 units, not 50 M built.
    const { r, after, memory } = await deleteLines('a*'.repeat(5000), 'a'.repeat(1000));
    expect(r.exitCode).toBe(0);
    expect(after).toBe('keep\n');
    expect(memory).toBeLessThan(64 * MB);
  });

  it('a back-reference pattern of a thousand groups: its state keys are charged to the step budget', async () => {
    const { r, after, memory } = await deleteLines(`${'(a*)'.repeat(1000)}\\1`, 'a'.repeat(1000));
    expect(r.exitCode).toBe(1);
    expect(r.log.map(l => l.message)).toContain(
      'cfengine:h: editfiles: /e: a back-reference pattern needed too many steps on line 2 (whether it matches is unknown); the file is left unchanged');
    expect(after).toBe(`keep\n${'a'.repeat(1000)}\n`);
    expect(memory).toBeLessThan(160 * MB);
  });

  it('a back-reference pattern of a few groups still matches within the budget', async () => {
    const { r, after } = await deleteLines('(a*)(b*)\\2\\1', 'aabbbbaa');
    expect(r.exitCode).toBe(0);
    expect(after).toBe('keep\n');
  });
});

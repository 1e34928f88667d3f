/**
 * A run request longer than one piece (host/core/core.ts requestChunks, 64 Ki characters each)
 * reaches the core whole and in order: Stryker's survivors showed that no in-process test sent
 * one, so a piece copied to the wrong place in the core's memory went unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../../host/api/run.js';
import { nodeRuntime } from '../../host/node/runtime.js';

describe('a run request of several pieces', () => {
  it('runs every command of a policy whose request is a few hundred kilobytes, in order', async () => {
    const runtime = await nodeRuntime();
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const policy = `control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n${lines.map(l => ` AppendIfNoSuchLine "${l}"\n`).join('')} }\n`;
    const result = runInMemory(runtime, policy, { files: { '/etc/motd': 'first\n' }, now: 1_700_000_000 });
    expect(result.exitCode).toBe(0);
    expect(new TextDecoder().decode(result.files['/etc/motd'])).toBe(`first\n${lines.join('\n')}\n`);
  });
});

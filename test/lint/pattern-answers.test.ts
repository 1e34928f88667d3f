/**
 * What CF015's trial files are built from (host/lint/checks.ts searchesOf): a pattern's shortest
 * match and whether it finds each filler line are asked of the core once per pattern text, not
 * once per file that has it (a directory of policies repeats its patterns); the findings are the
 * same either way.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../host/core/core.js';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();

describe('a pattern in several files', () => {
  it('is asked its shortest match and its filler lines once, and gives each file the same findings', () => {
    const pattern = 'pattern-answers-[0-9]+x';
    const policy = (n: number) => `# file ${n}\ncontrol:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n` +
      ` LocateLineMatching "^${pattern}$"\n InsertLine "added"\n }\n`;
    const core = Object.create(runtime.core) as Core;
    const shortest = vi.fn((handle: number) => runtime.core.regexShortestMatch(handle));
    const search = vi.fn((handle: number, subject: Uint8Array) => runtime.core.regexSearch(handle, subject));
    core.runPolicy = (...args) => runtime.core.runPolicy(...args); // runs on the core itself (its host calls find it)
    core.regexShortestMatch = shortest;
    core.regexSearch = search;
    const found = [1, 2, 3].map(n => lintPolicy({ parser: runtime.parser, core }, policy(n), 'p.cf', {})
      .filter(d => d.code === 'CF015').map(d => `${d.loc.line}:${d.loc.column} ${d.message}`));
    expect(found[0]).toEqual([expect.stringMatching(/^7:2 \/etc\/x changes again on a second run: InsertLine/)]);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
    expect(shortest).toHaveBeenCalledTimes(1);
    const searchesOnce = search.mock.calls.length;
    expect(searchesOnce).toBeGreaterThan(0);
    lintPolicy({ parser: runtime.parser, core }, policy(4), 'p.cf', {});
    expect(search).toHaveBeenCalledTimes(searchesOnce);
  });
});

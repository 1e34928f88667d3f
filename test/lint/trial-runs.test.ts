/**
 * How many trial runs CF015 makes (each is a run of the whole policy): once every edited file has
 * its finding, the remaining trial files are not run; the findings are the same.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../host/core/core.js';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();

/** lintPolicy on a core that counts its runs. */
function lintCounting(text: string): { runs: number; cf015: string[] } {
  let runs = 0;
  const core = Object.create(runtime.core) as Core;
  core.runPolicy = (...args) => {
    runs++;
    return runtime.core.runPolicy(...args);
  };
  const found = lintPolicy({ parser: runtime.parser, core }, text, 'p.cf', {})
    .filter(d => d.code === 'CF015').map(d => `${d.loc.line}:${d.loc.column} ${d.message}`);
  return { runs, cf015: found };
}

describe('CF015 trial runs', () => {
  it('stop once every edited file has its finding', () => {
    // Four searched lines: 2 + 1 + 4 + 4 trial files. In the empty and the typical one the
    // LocateLineMatching finds nothing (one run each, no change); from the one with every searched
    // line the InsertLine changes /etc/x again: that pair and its traced pair, and no more.
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n' +
      ' LocateLineMatching "^a$"\n LocateLineMatching "^b$"\n DeleteLinesMatching "^c$"\n DeleteLinesMatching "^d$"\n' +
      ' InsertLine "added"\n }\n';
    const { runs, cf015 } = lintCounting(policy);
    expect(cf015).toEqual([expect.stringMatching(/^9:2 \/etc\/x changes again on a second run: InsertLine/)]);
    expect(runs).toBe(6);
  });

  it('go on through every trial file while an edited file has no finding', () => {
    // /etc/y converges; /etc/x does not: the runs go on for /etc/y's sake, and find nothing more.
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n InsertLine "added"\n }\n' +
      ' { /etc/y\n AppendIfNoSuchLine "one"\n AppendIfNoSuchLine "two"\n }\n';
    const { runs, cf015 } = lintCounting(policy);
    expect(cf015).toEqual([expect.stringMatching(/^5:2 \/etc\/x changes again on a second run: InsertLine/)]);
    expect(runs).toBeGreaterThan(6);
  });
});

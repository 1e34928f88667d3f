/**
 * The convergence culprit from the two runs' traces (host/lint/divergence.ts): for a ReplaceAll
 * that leaves the line pointer past the end, so that the next LocateLineMatching finds nothing
 * on the first run only, lint's CF015 names that LocateLineMatching (not the guarded ReplaceAll),
 * as the playground's Convergence tab does (test/playground/honest.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { lint, run } from '../../host/api/index.js';
import { firstDivergence } from '../../host/lint/divergence.js';
import { POINTER_PAST_END } from './fixtures.js';

describe('the convergence culprit', () => {
  it('is the first command whose search came out differently in the two runs', async () => {
    const locks = new Map<string, Uint8Array>();
    const one = await run(POINTER_PAST_END, { files: { '/etc/f': new TextEncoder().encode('a\nc\n') }, dirs: ['/etc'], trace: true, state: locks });
    const two = await run(POINTER_PAST_END, { files: one.files, dirs: ['/etc'], trace: true, state: locks });
    expect(two.diffs.map(d => d.path)).toContain('/etc/f');
    const d = firstDivergence(one.trace!, two.trace!, '/etc/f');
    expect(d).toMatchObject({ kind: 'stopped', command: 'LocateLineMatching', at: { line: 8, column: 3 } });
    expect(d!.why).toContain('ended the editing in the first run only');
  });

  it('falls back to the command that changes the file again when every search came out the same', async () => {
    const policy = 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/f\n  Append "x"\n  }\n';
    const locks = new Map<string, Uint8Array>();
    const one = await run(policy, { files: { '/etc/f': new Uint8Array() }, dirs: ['/etc'], trace: true, state: locks });
    const two = await run(policy, { files: one.files, dirs: ['/etc'], trace: true, state: locks });
    expect(firstDivergence(one.trace!, two.trace!, '/etc/f')).toMatchObject({ kind: 'changed', command: 'Append', at: { line: 5 } });
  });

  it('is what lint\'s CF015 names', async () => {
    const found = (await lint(POINTER_PAST_END, 'policy.cf', { fixtures: { '/etc/f': 'a\nc\n' } })).filter(d => d.code === 'CF015');
    expect(found).toHaveLength(1);
    expect(found[0].loc.line).toBe(8);
    expect(found[0].message).toContain('LocateLineMatching ended the editing in the first run only');
  });
});

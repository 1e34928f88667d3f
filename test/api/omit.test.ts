/**
 * omitInfo and omitChanges: a caller that will not show info lines, or read the changes, says
 * so and the run keeps none of them (a sweep changing a million modes then keeps no line per
 * file) — but a line the policy asks for (Inform, Verbose or Syslog on, an item's inform= or
 * syslog=) is kept, and warnings and errors always are. What the run does is the same.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const NOW = 1_800_000_000;
const FILES = { '/d/a': 'a\n', '/d/b': 'b\n' };
const MODES = { '/d/a': 0o600, '/d/b': 0o600 };
const policy = (control = '', item = '') =>
  `control:\n actionsequence = ( files )\n${control}files:\n /d mode=644 recurse=inf action=fixall ${item}\n /nothing mode=644\n`;
const levels = (log: { level: string }[]) => log.map(l => l.level);

describe('run() omitInfo / omitChanges', () => {
  it('without them: an info line per changed file, a change record per file', async () => {
    const r = await run(policy(), { files: FILES, modes: MODES, now: NOW, hostname: 'h' });
    expect(levels(r.log)).toEqual(['info', 'info', 'warning']);
    expect(r.changes.map(c => c.path)).toEqual(['/d/a', '/d/b']);
  });

  it('omitInfo keeps the warnings only; omitChanges keeps no change; the files change all the same', async () => {
    const r = await run(policy(), { files: FILES, modes: MODES, now: NOW, hostname: 'h', omitInfo: true, omitChanges: true });
    expect(r.log.map(l => [l.level, l.message])).toEqual([['warning', 'cfengine:h: files: /nothing does not exist']]);
    expect(r.changes).toEqual([]);
    expect(r.tree['/d/a'].mode).toBe(0o644);
    expect(r.tree['/d/b'].mode).toBe(0o644);
    expect(r.exitCode).toBe(0);
  });

  for (const [what, control, item] of [
    ['Inform = ( on ) in control', ' Inform = ( on )\n', ''],
    ['Verbose = ( on ) in control', ' Verbose = ( on )\n', ''],
    ['Syslog = ( on ) in control', ' Syslog = ( on )\n', ''],
    ["the item's inform=true", '', 'inform=true'],
    ["the item's syslog=true", '', 'syslog=true'],
  ]) {
    it(`keeps the info lines the policy asks for: ${what}`, async () => {
      const r = await run(policy(control, item), { files: FILES, modes: MODES, now: NOW, hostname: 'h', omitInfo: true });
      expect(r.log.filter(l => l.level === 'info').map(l => l.message)).toEqual([
        'cfengine:h: /d/a had permission 600, changed it to 644',
        'cfengine:h: /d/b had permission 600, changed it to 644',
      ]);
    });
  }

  it('a trace keeps every line (it reports why an edit stopped from them)', async () => {
    const r = await run(policy(), { files: FILES, modes: MODES, now: NOW, hostname: 'h', omitInfo: true, trace: true });
    expect(levels(r.log)).toEqual(['info', 'info', 'warning']);
  });
});

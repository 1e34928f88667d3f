/** The trace and the regex tester through the browser entry (host/api/browser.ts), as Node gives them. */
import { describe, expect, it } from 'vitest';
import { matchPattern, run } from '../../host/api/index.js';
import { bundleForBrowsers, loadInBrowserContext } from '../support/browser-bundle.js';

const POLICY = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/f\n LocateLineMatching "b.*"\n InsertLine "x"\n ReplaceAll "a" With "A"\n }\n';
const OPTIONS = { files: { '/etc/f': 'a\nb\nab\n' }, now: 1_700_000_000, hostname: 'h', trace: true };

describe('the browser entry', () => {
  it('gives the same trace, class origins and pattern answers as Node', async () => {
    const browser = await loadInBrowserContext(await bundleForBrowsers());
    const there = browser.run(POLICY, OPTIONS);
    const here = await run(POLICY, OPTIONS);
    expect(JSON.stringify(there.trace)).toBe(JSON.stringify(here.trace));
    expect(there.trace!.filter(e => e.event === 'edit').length).toBe(3);
    expect(JSON.stringify(there.classOrigins)).toBe(JSON.stringify(here.classOrigins));
    for (const [command, pattern] of [['ReplaceAll', '\\<a'], ['DeleteLinesMatching', 'a.*'], ['LocateLineMatching', '(']]) {
      expect(JSON.stringify(browser.matchPattern(command, pattern, 'a\nb\nab\n')))
        .toBe(JSON.stringify(await matchPattern(command, pattern, 'a\nb\nab\n')));
    }
  });
});

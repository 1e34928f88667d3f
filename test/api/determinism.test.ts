/**
 * Determinism: the same run twice, and the same run in a browser bundle (a V8 context with only
 * browser globals) and in Node, give byte-identical results.
 */
import { describe, expect, it } from 'vitest';
import { format, lint, run } from '../../host/api/index.js';
import type { RunOptions, RunResult } from '../../host/api/run.js';
import { bundleForBrowsers, loadInBrowserContext } from '../support/browser-bundle.js';

const POLICY = `control:
  actionsequence = ( editfiles )
  domain = ( example.org )
editfiles:
  { /etc/hosts
  DeleteLinesMatching "10\\.0\\.0\\.[0-9]+ +old.*"
  ReplaceAll "example\\.com" With "$(domain)"
  AppendIfNoSuchLine "192.168.1.1 printer"
  }
  Monday|Sunday::
  { /etc/motd
  AutoCreate
  AppendIfNoSuchLine "Hello from $(host) on $(class)"
  }
`;
const OPTIONS: RunOptions = {
  files: { '/etc/hosts': '127.0.0.1 localhost\n10.0.0.5  old-box\n10.0.0.6 web.example.com web\n' },
  hostname: 'web1', now: Date.UTC(2026, 10, 22, 2, 4) / 1000, define: ['extra'],
};

// Typed arrays of either realm, as plain numbers.
const serialise = (r: RunResult) => JSON.stringify(r, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));

describe('determinism', () => {
  it('the same run twice gives identical bytes', async () => {
    expect(serialise(await run(POLICY, OPTIONS))).toBe(serialise(await run(POLICY, OPTIONS)));
  });

  it('a browser bundle and Node give identical bytes', async () => {
    const inNode = await run(POLICY, OPTIONS);
    const browser = await loadInBrowserContext(await bundleForBrowsers());
    const inBrowser = browser.run(POLICY, OPTIONS);
    expect(inNode.diffs.length).toBe(4); // hosts, its backup, motd, its backup
    expect(serialise(inBrowser)).toBe(serialise(inNode));
    // lint and format in the bundle answer as in Node too.
    expect(JSON.stringify(browser.lint(POLICY))).toBe(JSON.stringify(await lint(POLICY)));
    expect(browser.format(POLICY)).toBe(await format(POLICY));
  });
});

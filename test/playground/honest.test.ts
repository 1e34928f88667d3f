/**
 * The playground is honest about problems: run-time problems turn the status amber and link to
 * their log line and policy place; a bad share link says so in one line and the page goes on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../support/shared.js';
import type { Page } from 'playwright-core';
import { missingBrowser, newPage, startPage } from './browser.js';
import type { Session } from './browser.js';
import { idle } from './page.js';

const why = missingBrowser();

const edit = (commands: string, file = '/etc/ssh/sshd_config') =>
  `control:\n  actionsequence = ( editfiles )\neditfiles:\n  { ${file}\n${commands}  }\n`;

describe.skipIf(why)('problems in the page', () => {
  let session: Session;
  let page: Page;

  /** Bodies sent by the server, by path (a 304 sends none). */
  const downloads = new Map<string, number>();

  beforeAll(async () => {
    ({ session, page } = await startPage(true));
    session.server.on('request', (req, res) => res.on('finish', () => {
      if (res.statusCode === 200) downloads.set(req.url!, (downloads.get(req.url!) ?? 0) + 1);
    }));
    await page.goto(session.url);
    await idle(page);
  });
  afterAll(async () => { await session?.close(); });

  const load = async (policy: string) => {
    await page.evaluate((policy) => {
      const pg = (window as any).playground;
      pg.load({
        policy, dryRun: false, exec: {},
        files: [{ path: '/etc', type: 'dir', mode: 0o755 }, { path: '/etc/ssh', type: 'dir', mode: 0o755 },
          { path: '/etc/ssh/sshd_config', type: 'file', mode: 0o644, bytes: new TextEncoder().encode('Port 22\nPermitRootLogin yes\n') }],
        facts: { hostname: 'host1', domain: '', now: 1768219200, define: [], negate: [] },
      });
    }, policy);
    await idle(page);
  };

  const kinds: [string, string, number, RegExp][] = [
    ['an unknown command', 'control:\n  actionsequence = ( shellcommands )\nshellcommands:\n  "/usr/bin/frobnicate --now"\n', 4, /command not available in the sandbox/],
    ['a bad regex', edit('  DeleteLinesMatching "Port (22"\n'), 5, /invalid regular expression/],
    ['an aborted LocateLineMatching', edit('  LocateLineMatching "NoSuchLine.*"\n  InsertLine "x"\n'), 5, /no line matches/],
    ['a missing file path', edit('  AppendIfNoSuchLine "x"\n', '/etc/ssh/sshd_confg'), 4, /sshd_confg does not exist/],
  ];
  for (const [what, policy, line, message] of kinds) {
    it(`turns the status amber for ${what}, with links to the policy and the log`, async () => {
      await load(policy);
      const summary = page.locator('#summary');
      expect(await summary.innerText()).toMatch(/^exit 0 · 1 problem · /);
      expect(await summary.getAttribute('class')).toBe('warn');
      const color = await summary.evaluate(e => getComputedStyle(e).color);
      expect(color).toBe('rgb(138, 90, 0)'); // --warn, amber
      const item = page.locator('#problems li');
      expect(await item.count()).toBe(1);
      expect(await item.innerText()).toMatch(message);
      // The policy place: the cursor goes to the line.
      await item.getByRole('button', { name: `line ${line}` }).click();
      const cursorLine = await page.evaluate(() => {
        const sel = window.getSelection()!;
        return sel.anchorNode ? (sel.anchorNode.nodeType === 1 ? sel.anchorNode as Element : sel.anchorNode.parentElement!).closest('.cm-line')?.textContent : null;
      });
      expect(cursorLine).toBe(policy.split('\n')[line - 1]);
      // The log line: the Log tab opens on it.
      await item.getByRole('button', { name: 'log' }).click();
      expect(await page.locator('#log-panel').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(message);
    });
  }

  it('downloads the core once for both workers (the second is answered 304)', async () => {
    // beforeAll loaded the page once: both workers have started and fetched the wasm files.
    await page.evaluate(() => (window as any).playground.idle());
    expect(downloads.get('/worker.js')).toBe(1);
    expect(downloads.get('/cfwasm.wasm')).toBe(1);
    expect(downloads.get('/tree-sitter-cfengine.wasm')).toBe(1);
  });

  it('says in one line that a bad share link cannot be read, and goes on working', async () => {
    const link = async (json: unknown) => page.evaluate(async (json) => {
      const packed = new Uint8Array(await new Response(new Blob([JSON.stringify(json)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return btoa(String.fromCharCode(...packed)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    }, json);
    for (const [json, message] of [
      [{ v: 1, policy: 42, files: [], facts: {}, exec: {}, dryRun: true }, 'The share link cannot be read: policy must be a string (it is a number)'],
      [{ v: 1, policy: 'x', files: [], exec: {}, dryRun: true }, 'The share link cannot be read: facts must be an object (it is missing)'],
    ] as const) {
      const fresh = await newPage(session);
      await fresh.goto(`${session.url}#s=${await link(json)}`);
      await fresh.evaluate(() => (window as any).playground.idle());
      expect(await fresh.locator('#status').innerText()).toBe(message);
      // The page answers: typing runs the policy it had.
      await fresh.locator('.cm-content').click();
      await fresh.keyboard.press('Control+End');
      await fresh.keyboard.type('\n# still here\n');
      await fresh.evaluate(() => (window as any).playground.idle());
      expect(await fresh.evaluate(() => (window as any).playground.state().policy)).toContain('# still here');
      expect(await fresh.locator('#summary').innerText()).toMatch(/^exit 0/);
      await fresh.close();
    }
  });

  it('exports a case with shellcommands that passes cfwasm test (the exec table and host facts go with it)', async () => {
    await page.evaluate(() => {
      const pg = (window as any).playground;
      pg.load({
        policy: 'control:\n  actionsequence = ( shellcommands editfiles )\nshellcommands:\n  "/usr/bin/check --x" define=checked\neditfiles:\n  checked::\n  { /etc/motd\n  AutoCreate\n  AppendIfNoSuchLine "checked on $(host)"\n  }\n',
        files: [{ path: '/etc', type: 'dir', mode: 0o755 }], dryRun: false,
        exec: { '/usr/bin/check --x': { status: 0, output: 'all good' } },
        facts: { hostname: 'web7', domain: 'example.org', now: 1768219200, define: [], negate: [] },
      });
    });
    await idle(page);
    expect(await page.locator('#diff-panel').innerText()).toContain('+checked on web7');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-case')]);
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-exported-'));
    try {
      await download.saveAs(join(dir, 'case.tar'));
      execFileSync('tar', ['-xf', join(dir, 'case.tar'), '-C', dir]);
      const name = download.suggestedFilename().replace(/\.tar$/, '');
      expect(JSON.parse(readFileSync(join(dir, name, 'host.json'), 'utf8'))).toEqual({
        hostname: 'web7', domain: 'example.org', now: 1768219200, exec: { '/usr/bin/check --x': { status: 0, output: 'all good' } },
        // Every path of before/ with its times (the run's clock here): cfwasm test would stage them in 2001.
        times: { etc: { atime: 1768219200, mtime: 1768219200, ctime: 1768219200 } },
      });
      expect(readFileSync(join(dir, name, 'after', 'etc', 'motd'), 'utf8')).toBe('checked on web7\n');
      const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'test', join(dir, name)], { encoding: 'utf8' });
      expect(r.stdout).toContain('1 passed, 0 failed');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays green without problems', async () => {
    await load(edit('  AppendIfNoSuchLine "Banner none"\n'));
    expect(await page.locator('#summary').getAttribute('class')).toBe('ok');
    expect(await page.locator('#problems').isHidden()).toBe(true);
  });
});

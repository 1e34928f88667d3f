/**
 * The Diff pane on a mass edit (issue #23): one rule rewrites 1,530 lines of a 102 KB file. The
 * view is virtualised (only the rows in view are in the DOM) and must still show the right lines
 * wherever it is scrolled, unified and side by side; the backup is collapsed and not counted; the
 * summary counts lines. The timing is bench/playground.mjs's, not asserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { run as apiRun } from '../../host/api/index.js';
import { missingBrowser, startPage } from './browser.js';
import type { Session } from './browser.js';
import { idle } from './page.js';

const why = missingBrowser();
if (why) console.log(`diff-view.test.ts: skipped: ${why}`);

const MASS = Array.from({ length: 3060 }, (_, i) => (i % 2 ? `Option${i} value${i % 13} # a setting of the daemon` : `Switch${i} on # a toggle`)).join('\n') + '\n';
const policy = (to: string) => `control:\n   actionsequence = ( editfiles )\n   EditfileSize = ( 1000000 )\neditfiles:\n  { /etc/big.conf\n  ReplaceAll "^Switch([0-9]+) on" With "${to}"\n  }\n`;

/** The rows of a virtual list in view after scrolling it to `top` (px): their text, top to bottom. */
async function rowsAt(page: Page, list: string, top: number): Promise<{ first: number; texts: string[]; inDom: number }> {
  return page.evaluate(async ({ list, top }) => {
    const box = document.querySelector(list) as HTMLElement;
    box.scrollTop = top;
    // The list redraws on the next frame after a scroll.
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const rows = [...box.querySelectorAll<HTMLElement>('.vrow')].map(r => ({ top: r.offsetTop, text: r.innerText }));
    const view = rows.filter(r => r.top >= box.scrollTop && r.top < box.scrollTop + box.clientHeight).sort((a, b) => a.top - b.top);
    return { first: view[0].top / 18, texts: view.map(r => r.text), inDom: rows.length };
  }, { list, top });
}

describe.skipIf(why)('the Diff pane on a mass edit', () => {
  let session: Session;
  let page: Page;
  let expected: string[];

  beforeAll(async () => {
    ({ session, page } = await startPage());
    await page.goto(session.url);
    await idle(page);
    await page.evaluate(async ({ text, mass }) => {
      const pg = (window as any).playground;
      pg.load({
        policy: text, files: [{ path: '/etc', type: 'dir', mode: 0o755 }, { path: '/etc/big.conf', type: 'file', mode: 0o644, bytes: new TextEncoder().encode(mass) }],
        facts: { hostname: 'host1', domain: 'example.org', now: 1768219200, define: [], negate: [] }, exec: {}, dryRun: true,
      });
      await pg.idle();
    }, { text: policy('Switch off'), mass: MASS });
    const node = await apiRun(policy('Switch off'), { files: { '/etc/big.conf': MASS }, dryRun: true, hostname: 'host1', now: 1768219200 });
    expected = node.diffs.find(d => d.path === '/etc/big.conf')!.diff.split('\n').slice(0, -1);
  });
  afterAll(async () => { await session?.close(); });

  it('counts lines, not change records, and names the backup apart', async () => {
    expect(await page.locator('#summary').innerText()).toBe('exit 0 · 1 file would change: 1,530 lines added, 1,530 removed · 1 backup · converges');
    expect(await page.locator('#diff-panel .diff[data-path="/etc/big.conf"] > .file').innerText()).toBe('/etc/big.conf · 1,530 lines added, 1,530 removed');
  });

  it('shows the right lines wherever the diff is scrolled, with only the rows in view in the DOM', async () => {
    const list = '#diff-panel .diff[data-path="/etc/big.conf"] .vlist';
    expect(expected.length).toBe(3 + 3060 + 1530);
    for (const row of [0, 1000, 2345, expected.length - 5]) {
      const shown = await rowsAt(page, list, row * 18);
      expect(shown.texts.length).toBeGreaterThan(10);
      expect(shown.texts).toEqual(expected.slice(shown.first, shown.first + shown.texts.length));
      expect(shown.inDom).toBeLessThan(200);
    }
    const end = await rowsAt(page, list, 1e9);
    expect(end.texts.at(-1)).toBe(expected.at(-1));
    expect(await page.locator('#diff-panel .vrow.del').first().innerText()).toMatch(/^-Switch\d+ on # a toggle$/);
  });

  it('keeps its place while you type: a new run redraws the rows in view', async () => {
    const list = '#diff-panel .diff[data-path="/etc/big.conf"] .vlist';
    await rowsAt(page, list, 2000 * 18);
    await page.evaluate(async (text) => {
      const pg = (window as any).playground;
      pg.load({ ...pg.state(), policy: text });
      await pg.idle();
    }, policy('Switch gone'));
    const shown = await page.evaluate((list) => (document.querySelector(list) as HTMLElement).scrollTop, list);
    expect(shown).toBe(2000 * 18);
    const after = await rowsAt(page, list, shown);
    expect(after.texts.some(t => t === '+Switch gone # a toggle')).toBe(true);
    expect(after.texts.some(t => t.includes('Switch off'))).toBe(false);
  });

  it('keeps the backup collapsed, after the file, with its rows only once opened', async () => {
    const blocks = await page.locator('#diff-panel .diffs > *').evaluateAll(els => els.map(e => (e as HTMLElement).dataset.path));
    expect(blocks).toEqual(['/etc/big.conf', '/etc/big.conf.cfsaved']);
    const backup = page.locator('#diff-panel details.backup[data-path="/etc/big.conf.cfsaved"]');
    expect(await backup.evaluate(e => (e as HTMLDetailsElement).open)).toBe(false);
    expect(await backup.locator('summary').innerText()).toBe('/etc/big.conf.cfsaved · backup, not a change');
    expect(await backup.locator('summary').getAttribute('title')).toBe('The contents of /etc/big.conf before the run, kept by it (3,060 lines): open to see them');
    expect(await backup.locator('.vrow').count()).toBe(0);
    await backup.locator('summary').click();
    await expect.poll(() => backup.locator('.vrow').count()).toBeGreaterThan(10);
    expect(await backup.locator('.vrow').nth(3).innerText()).toBe('+Switch0 on # a toggle');
    await backup.locator('summary').click();
  });

  it('side by side: removed lines left, added right, in step when scrolled', async () => {
    await page.click('#tab-side');
    const list = '#side-panel .diff[data-path="/etc/big.conf"] .vlist';
    const shown = await rowsAt(page, list, 1001 * 18);
    // Rows: the hunk's header, then per rewritten line one row of both sides and one of context.
    const row = (n: number) => (n === 0 ? '@@ -1,3060 +1,3060 @@' : n % 2 ? `Switch${n - 1} on # a toggle\tSwitch gone # a toggle` : `Option${n - 1} value${(n - 1) % 13} # a setting of the daemon\tOption${n - 1} value${(n - 1) % 13} # a setting of the daemon`);
    expect(shown.texts.map(t => t.replace(/\n/g, '\t'))).toEqual(shown.texts.map((_, i) => row(shown.first + i)));
    expect(shown.inDom).toBeLessThan(200);
    await page.click('#tab-diff');
  });
});

/**
 * The playground from the keyboard, and its accessibility: a field of the Shell commands table
 * keeps its focus while the runs it starts finish, Tab reaches every control with a visible focus
 * in both themes (one tab stop per file list, not five per file), Ctrl-F searches the policy, and
 * axe-core (injected from node_modules) finds no serious or critical violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO } from '../support/shared.js';
import { missingBrowser, newPage, startPage } from './browser.js';
import type { Session } from './browser.js';
import { axeViolations, idle } from './page.js';

const why = missingBrowser();

/** Presses Tab until focus comes back to where it started: what each stop was and how its focus shows. */
async function tabAround(page: Page): Promise<{ stops: string[]; unseen: string[]; expected: string[] }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  const unseen: string[] = [];
  const describe = () => page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const key = (x: Element) => x.id ? `#${x.id}` : x.getAttribute('aria-label') ?? x.textContent?.trim().slice(0, 30) ?? x.tagName;
    // The focus ring: on the element, or on the editor's frame for the editor's text.
    const ringOf = e.closest('#editor') ?? e;
    const cs = getComputedStyle(ringOf);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const a = lum(rgb(cs.outlineColor));
    const b = lum(rgb(getComputedStyle(document.body).backgroundColor));
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const visible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && contrast >= 3;
    return { key: e === document.body ? 'BODY' : key(e), visible, editor: Boolean(e.closest('.cm-editor')) };
  });
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const d = await describe();
    if (d.key === 'BODY') continue;
    if (stops.includes(d.key)) break;
    stops.push(d.key);
    if (!d.visible) unseen.push(d.key);
    // The editor keeps Tab for indentation; Escape first lets the next Tab leave it.
    if (d.editor) await page.keyboard.press('Escape');
  }
  const expected = await page.evaluate(() => {
    const key = (x: Element) => x.id ? `#${x.id}` : x.getAttribute('aria-label') ?? x.textContent?.trim().slice(0, 30) ?? x.tagName;
    return [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [tabindex], [contenteditable=true]')]
      .filter(e => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map(key);
  });
  return { stops, unseen, expected };
}

describe.skipIf(why)('the playground from the keyboard', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startPage(true));
  });
  afterAll(async () => { await session?.close(); });

  it('keeps the focus and the text in the Shell commands table while runs finish', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.evaluate(() => {
      const pg = (window as any).playground;
      pg.load({ ...pg.state(), dryRun: false, files: [], policy: 'control:\n  actionsequence = ( shellcommands )\nshellcommands:\n  "/bin/echo one"\n  "/bin/echo two"\n' });
    });
    await idle(page);
    await page.click('#tab-exec');
    const status = page.locator('[aria-label="Exit status of /bin/echo one"]');
    await status.click();
    await page.keyboard.type('3');
    await idle(page); // a run started by the keystroke has finished and redrawn the results
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Exit status of /bin/echo one');
    await page.keyboard.press('Tab');
    await page.keyboard.type('out');
    await idle(page);
    await page.keyboard.type('put');
    await idle(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Output of /bin/echo one');
    expect(await page.evaluate(() => (window as any).playground.state().exec)).toEqual({ '/bin/echo one': { status: 3, output: 'output' } });
    expect(await page.locator('#log-panel').innerText()).toContain('/bin/echo one: output');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`reaches every control with Tab, each with a visible focus (${scheme})`, async () => {
      const p = await newPage(session);
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(session.url);
      await idle(p);
      const { stops, unseen, expected } = await tabAround(p);
      expect(stops).toEqual(expect.arrayContaining(['#run', '#format', '#share', '#download-case', '#open-case-button', '#examples', '#history', '#tab-files', '#new-file', '#upload-button', 'Policy (cfengine 1.x)', '#tab-diff']));
      expect(expected.filter(k => !stops.includes(k))).toEqual([]);
      expect(unseen).toEqual([]);
      // The bundled example's 8 files and directories cost one row of stops, not 5 each.
      const treeStops = await p.evaluate(() => [...document.querySelectorAll<HTMLElement>('#file-tree *')].filter(e => e.tabIndex >= 0).length);
      expect(treeStops).toBeLessThanOrEqual(5);
      await p.close();
    });
  }

  it('moves through the file list with the arrow keys', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.click('#tab-files');
    await page.locator('#file-tree li').first().locator('.name').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('#file-tree li').nth(2).getAttribute('data-path');
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.dataset.path)).toBe(second);
    expect(await page.locator('#file-tree li[aria-selected=true]').getAttribute('data-path')).toBe(second);
  });

  it('searches the policy with Ctrl-F', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    await page.waitForSelector('.cm-search');
    await page.keyboard.type('webservers');
    await page.keyboard.press('Enter');
    const selected = await page.evaluate(() => {
      const sel = window.getSelection()!.toString();
      return sel;
    });
    expect(selected).toBe('webservers');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation (${scheme}, Debug tab open)`, async () => {
      const p = await newPage(session);
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(session.url);
      await idle(p);
      await p.click('#tab-debug');
      const violations = await axeViolations(p, REPO);
      expect(violations).toEqual([]);
      await p.close();
    });
  }
});

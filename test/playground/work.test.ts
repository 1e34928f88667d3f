/**
 * The playground keeps the user's work (persist.ts): the state saved in the browser and restored
 * on reload, a history of earlier states, and an undo when an example replaces edited work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { missingBrowser, startPage } from './browser.js';
import type { Session } from './browser.js';
import { idle } from './page.js';

const why = missingBrowser();

describe.skipIf(why)('work kept in the browser', () => {
  let session: Session;
  let page: Page;
  const text = (id: string) => page.locator(`#${id}`).innerText();
  const policy = () => page.evaluate(() => (window as any).playground.state().policy as string);
  const saved = () => page.evaluate(() => (window as any).playground.saved());

  beforeAll(async () => {
    ({ session, page } = await startPage(false));
  });
  afterAll(async () => { await session?.close(); });

  it('restores the policy, a file and the facts after a reload', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.locator('.cm-line').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' # kept across reloads');
    await page.click('#tab-files');
    await page.click('#files-panel [data-path="/etc/motd"] .name');
    await page.locator('#file-view textarea').press('Control+End');
    await page.locator('#file-view textarea').pressSequentially('typed line\n');
    await page.click('#tab-facts');
    await page.fill('#hostname', 'kept-host');
    await idle(page);
    await saved();
    await page.reload();
    await idle(page);
    expect(await policy()).toContain(' # kept across reloads');
    expect(await page.locator('#hostname').inputValue()).toBe('kept-host');
    const motd = await page.evaluate(() => new TextDecoder().decode((window as any).playground.state().files.find((f: any) => f.path === '/etc/motd').bytes));
    expect(motd.endsWith('typed line\n')).toBe(true);
    await saved();
    expect(await text('history-state')).toBe('saved');
    // The run is of the restored state.
    expect(await text('diff-panel')).toContain('kept-host');
  });

  it('offers an undo when an example replaces edited work, and the work is in the history', async () => {
    await page.goto(session.url);
    await idle(page);
    const mine = await policy();
    expect(mine).toContain('# kept across reloads');
    await page.selectOption('#examples', 'finger');
    await idle(page);
    expect(await policy()).not.toContain('# kept across reloads');
    expect(await text('status')).toMatch(/^Loaded the example .*Undo$/);
    await page.click('#status button');
    await idle(page);
    expect(await policy()).toBe(mine);
    expect(await page.locator('#examples').inputValue()).toBe('');
    await saved();
    const items = await page.evaluate(() => (window as any).playground.history());
    expect(items.some((h: any) => h.kind === 'replaced')).toBe(true);
    // An example loaded over an unedited example asks nothing.
    await page.selectOption('#examples', 'finger');
    await idle(page);
    await page.selectOption('#examples', 'append');
    await idle(page);
    expect(await text('status')).not.toContain('Undo');
  });

  it('keeps the last distinct states in the History menu, each restorable', async () => {
    await page.goto(session.url);
    await idle(page);
    const base = await policy();
    // 22 distinct states, as a user pausing between edits makes them (each saved).
    for (let i = 0; i < 22; i++) {
      await page.evaluate(async (i) => {
        const pg = (window as any).playground;
        pg.load({ ...pg.state(), policy: `${pg.state().policy.replace(/# version \d+\n$/, '')}# version ${i}\n` });
        await pg.saved();
      }, i);
    }
    await idle(page);
    await saved();
    const items = await page.evaluate(() => (window as any).playground.history());
    expect(items.length).toBeGreaterThanOrEqual(20);
    const options = await page.locator('#history option').allInnerTexts();
    expect(options.length).toBe(items.length + 1);
    // Newest last: the entry five before the newest holds "# version 16".
    const target = items[items.length - 6];
    await page.selectOption('#history', String(target.id));
    // The restore reads IndexedDB first (persist.ts restore): wait for its message, then for the run.
    await page.waitForFunction(() => /^Restored the state of /.test(document.getElementById('status')?.textContent ?? ''));
    await idle(page);
    expect(await text('status')).toMatch(/^Restored the state of /);
    expect(await policy()).toBe(`${base}# version 16\n`);
    // The run is of the restored state, and the state before it is one step back in the history.
    expect(await page.evaluate(() => (window as any).playground.report().first.exitCode)).toBe(0);
  });

  it('a share link opened, then edited: a reload keeps the edits, not the link\'s state', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await idle(page);
    expect(await text('status')).toContain('Restored the shared state from the link.');
    expect(page.url()).not.toContain('#s=');
    await page.locator('.cm-line').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' # edited after the link');
    await idle(page);
    await saved();
    await page.reload();
    await idle(page);
    expect(await policy()).toContain(' # edited after the link');
    // Share, then edit: the link in the address bar is dropped with the first change.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    await page.keyboard.type('#');
    await page.waitForFunction(() => location.hash === '');
  });
});

/**
 * Issue #23, item 9 (noise), the points outside the Diff pane (diff-view.test.ts has the backups
 * and the line counts): the byte count follows text put in at once (a paste), the Example menu
 * lets go of its example when a share link loads, and a case's files picked one by one (which
 * lose before/ and after/) are named in the status line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { missingBrowser, newPage, startPage } from './browser.js';
import type { Session } from './browser.js';
import { idle } from './page.js';

const why = missingBrowser();
if (why) console.log(`noise.test.ts: skipped: ${why}`);

describe.skipIf(why)('the playground says what is so', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startPage());
  });
  afterAll(async () => { await session?.close(); });

  it('counts the bytes of pasted text', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.evaluate(async () => {
      const pg = (window as any).playground;
      pg.load({ ...pg.state(), files: [...pg.state().files, { path: '/etc/empty', type: 'file', mode: 0o644, bytes: new Uint8Array() }] });
      await pg.idle();
      pg.select('/etc/empty');
    });
    expect(await page.locator('#file-view .hint').innerText()).toBe('/etc/empty: 0 bytes, UTF-8');
    await page.locator('#file-view textarea').focus();
    await page.keyboard.insertText('größe 1\nline 2\n');
    expect(await page.locator('#file-view .hint').innerText()).toBe('/etc/empty: 17 bytes, UTF-8');
  });

  it('lets go of the example in the menu when a share link loads', async () => {
    await page.goto(session.url);
    await page.selectOption('#examples', 'classes');
    await idle(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    const link = page.url();
    const shared = await page.evaluate(() => (window as any).playground.state().policy);
    // A fresh page opens on the first example, then the link replaces it.
    const fresh = await newPage(session);
    await fresh.goto(link);
    await idle(fresh);
    expect(await fresh.evaluate(() => (window as any).playground.state().policy)).toBe(shared);
    expect(await fresh.locator('#examples').inputValue()).toBe('');
    expect(await fresh.locator('#examples option:checked').innerText()).toBe('(your own)');
    await fresh.close();
  });

  it('names the case files that lost their folders when picked one by one', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.setInputFiles('#open-case', [
      { name: 'policy.cf', mimeType: 'text/plain', buffer: Buffer.from('control:\n  actionsequence = ( editfiles )\n') },
      { name: 'motd', mimeType: 'text/plain', buffer: Buffer.from('hello\n') },
    ]);
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/without motd: files picked one by one lose their folders \(before\/, after\/\)/);
  });
});

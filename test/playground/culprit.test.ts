/**
 * The Convergence tab names the first command whose result differs between the two runs, from
 * their traces: on the pointer-past-end policy, the LocateLineMatching that found nothing on the
 * first run only, and lint's CF015 in the same tab names the same line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { missingBrowser, startPage } from './browser.js';
import type { Session } from './browser.js';
import { idle } from './page.js';
import { POINTER_PAST_END } from './fixtures.js';

const why = missingBrowser();

describe.skipIf(why)('the convergence culprit in the page', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    ({ session, page } = await startPage(true));
  });
  afterAll(async () => { await session?.close(); });

  it('names the LocateLineMatching that failed on the first run only', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.evaluate((policy) => {
      const pg = (window as any).playground;
      pg.load({
        policy, dryRun: false, exec: {},
        files: [{ path: '/etc', type: 'dir', mode: 0o755 }, { path: '/etc/f', type: 'file', mode: 0o644, bytes: new TextEncoder().encode('a\nc\n') }],
        facts: { hostname: 'host1', domain: '', now: 1768219200, define: [], negate: [] },
      });
    }, POINTER_PAST_END);
    await idle(page);
    expect(await page.locator('#summary').innerText()).toMatch(/does not converge$/);
    await page.click('#tab-conv');
    const divergence = page.locator('#conv-panel .divergence');
    expect(await divergence.innerText()).toMatch(/^\/etc\/f: the first difference between the two runs: line 8 LocateLineMatching ended the editing in the first run only/);
    // Lint's CF015 says the same line.
    expect(await page.locator('#conv-panel').innerText()).toMatch(/line 8\s+\/etc\/f changes again on a second run: LocateLineMatching ended the editing in the first run only.*\[CF015\]/);
    await divergence.getByRole('button', { name: 'line 8' }).click();
    expect(await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent)).toBe('  LocateLineMatching "^c$"');
  });
});

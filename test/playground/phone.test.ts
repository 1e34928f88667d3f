/**
 * The phone layout (390 px wide, under the 700 px break): one column with the panes as tabs,
 * file names whole, and every control a touch target of at least 44 px. Screenshots in both
 * themes go to test-artifacts/ (phone-light.png, phone-dark.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../support/shared.js';
import { missingBrowser, newPage, startSession } from './browser.js';
import type { Session } from './browser.js';
import { forgetSavedWork, idle } from './page.js';

const why = missingBrowser();
const ARTIFACTS = join(REPO, 'test-artifacts');

describe.skipIf(why)('the playground on a phone', () => {
  let session: Session;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await startSession();
    await forgetSavedWork(session.context);
  });
  afterAll(async () => { await session?.close(); });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows one pane at a time with 44 px touch targets (${scheme})`, async () => {
      const page = await newPage(session);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session.url);
      await idle(page);
      const shown = () => page.evaluate(() => [...document.querySelectorAll('main > section')].filter(s => s.getClientRects().length > 0).map(s => s.id));
      expect(await page.locator('#pane-tabs').isVisible()).toBe(true);
      expect(await shown()).toEqual(['policy-pane']);
      // The pane fills the width (one column, not two cramped ones).
      expect(await page.locator('#policy-pane').evaluate(e => e.getBoundingClientRect().width)).toBeGreaterThan(370);
      await page.screenshot({ path: join(ARTIFACTS, `phone-${scheme}.png`) });

      await page.click('#pane-tab-inputs');
      expect(await shown()).toEqual(['inputs']);
      // File names whole: none cut short.
      const cut = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#file-tree .name')].filter(n => n.scrollWidth > n.clientWidth + 1).map(n => n.textContent));
      expect(cut).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `phone-inputs-${scheme}.png`) });

      await page.click('#pane-tab-results');
      expect(await shown()).toEqual(['results']);
      expect(await page.locator('#diff-panel').innerText()).toContain('+listen = 8080');
      await page.screenshot({ path: join(ARTIFACTS, `phone-results-${scheme}.png`) });

      // Every visible control, in every pane, is at least 44 px high and wide.
      const small: string[] = [];
      for (const pane of ['policy', 'inputs', 'results']) {
        await page.click(`#pane-tab-${pane}`);
        small.push(...await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button, select, input, summary, [role=tab], #file-tree .name')]
          .filter(e => e.getClientRects().length > 0 && !e.closest('.cm-panel'))
          .map(e => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ e, r }) => (e as HTMLInputElement).type === 'checkbox' ? false : r.height < 44 || r.width < 44)
          .map(({ e, r }) => `${e.id || e.getAttribute('aria-label') || e.textContent?.trim()} ${Math.round(r.width)}x${Math.round(r.height)}`)));
      }
      expect(small).toEqual([]);
      await page.close();
    });
  }
});

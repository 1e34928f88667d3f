/**
 * @fileoverview The end-to-end tests' browser (playground/chromium.mjs: Debian's Chromium through
 * playwright-core, never a downloaded one) and the playground built and served on a free port of
 * 127.0.0.1.
 */
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { forgetSavedWork } from './page.js';
// @ts-expect-error: plain JavaScript modules of the playground
import { buildPlayground } from '../../playground/build.mjs';
// @ts-expect-error: plain JavaScript modules of the playground
import { serve } from '../../playground/serve.mjs';
// @ts-expect-error: plain JavaScript modules of the playground
import { CHROMIUM, launchChromium, missingBrowser as missing } from '../../playground/chromium.mjs';

export { CHROMIUM };
export const missingBrowser = missing as () => string | null;

export interface Session {
  url: string;
  /** The page's server (playground/serve.mjs): tests may watch its requests. */
  server: Server;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Builds the playground (into a folder of its own: test files run in parallel), serves it and starts Chromium with a fresh profile. */
export async function startSession(): Promise<Session> {
  const dist: string = await buildPlayground({ minify: true, outdir: mkdtempSync(join(tmpdir(), 'cfwasm-playground-')) });
  const { server, url } = await serve(dist, 0) as { server: Server; url: string };
  const browser = await launchChromium() as { context: BrowserContext; close(): Promise<void> };
  return {
    url, server, context: browser.context,
    async close() {
      await browser.close();
      server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/**
 * A session and a page on it, the page's errors printed; `forget`: every page starts without the
 * work saved in the browser (as the tests that expect the default example need).
 */
/**
 * A new page of the session's browser, once every page already open has saved its work (the
 * playground saves 300 ms after a change, persist.ts): a save landing after the new page's start
 * would be restored by it, or would undo forgetSavedWork's deletion of the saved work.
 */
export async function newPage(session: Session): Promise<Page> {
  for (const open of session.context.pages()) {
    await open.evaluate(() => (window as any).playground?.saved?.()).catch(() => undefined);
  }
  return session.context.newPage();
}

export async function startPage(forget = true): Promise<{ session: Session; page: Page }> {
  const session = await startSession();
  if (forget) await forgetSavedWork(session.context);
  const page = await session.context.newPage();
  page.on('pageerror', e => console.log(`page error: ${e.message}`));
  return { session, page };
}

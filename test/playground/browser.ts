/**
 * @fileoverview The end-to-end tests' browser: Debian's Chromium (/usr/bin/chromium, or
 * $CHROMIUM) driven by playwright-core, headless, with a fresh profile; never a downloaded
 * browser. And the playground built and served on a free port of 127.0.0.1.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
// @ts-expect-error: plain JavaScript modules of the playground's build
import { buildPlayground } from '../../playground/build.mjs';
// @ts-expect-error: plain JavaScript modules of the playground's build
import { serve } from '../../playground/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

/** Why the browser tests cannot run here, or null. */
export function missingBrowser(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium)`;
}

export interface Session {
  url: string;
  context: BrowserContext;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the playground, serves it and starts Chromium with a fresh profile. */
export async function startSession(): Promise<Session> {
  const dist: string = await buildPlayground({ minify: true });
  const { server, url } = await serve(dist, 0) as { server: Server; url: string };
  const profile = mkdtempSync(join(tmpdir(), 'cfwasm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true, acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  return {
    url, context, browser: context.browser()!,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

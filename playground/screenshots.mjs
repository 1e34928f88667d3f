// The README's screenshots of the playground, taken again: `node playground/screenshots.mjs`
// (after `npm run build:engine`). Builds the page into a temporary folder, serves it and drives
// Debian's Chromium (chromium.mjs): the bundled example in the light and the dark scheme (coverage
// marks in the gutter), the Regex tab's regex box, the Facts pane with a system and a file's
// times, and the phone layout. Writes docs/playground*.png; the Debug view's picture
// (docs/playground-debug.png) comes from test/playground/debug.test.ts's artifacts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build.mjs';
import { serve } from './serve.mjs';
import { launchChromium, missingBrowser } from './chromium.mjs';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs');
const why = missingBrowser();
if (why) {
  console.error(`screenshots: ${why}`);
  process.exit(1);
}

const dist = await buildPlayground({ minify: true, outdir: mkdtempSync(join(tmpdir(), 'cfwasm-shots-')) });
const { server, url } = await serve(dist, 0);
const browser = await launchChromium();
try {
  // Every page starts from the bundled example, not from work an earlier page saved.
  await browser.context.addInitScript(() => { indexedDB.deleteDatabase('cfwasm-playground'); });
  const page = await browser.context.newPage();
  const idle = () => page.evaluate(() => window.playground.idle());
  const shot = async (name) => {
    await idle();
    // The next frame painted: the results of the last run are drawn.
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r))));
    await page.screenshot({ path: join(DOCS, name) });
    console.log(`docs/${name}`);
  };
  await page.goto(url);
  await idle();
  await shot('playground.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The editfiles part of the example, where the gutter shows commands that change and skip.
  await page.evaluate(() => {
    const line = [...document.querySelectorAll('.cm-line')].find(l => l.textContent.startsWith('editfiles:'));
    document.querySelector('.cm-scroller').scrollTop = line ? line.offsetTop - 8 : 0;
  });
  await shot('playground-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.click('#tab-regex');
  await page.fill('#regex-input', '^([A-Za-z]+)[[:space:]]*=[[:space:]]*("[^"]*"|[0-9]+)$');
  await page.fill('#regex-sample', 'PermitRootLogin = "no"');
  await page.waitForSelector('#regex-result .regex-parts');
  await shot('playground-regex.png');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.click('#tab-facts');
  await page.selectOption('#os-preset', 'debian-12');
  const path = await page.evaluate(() => window.playground.state().files.find(f => f.type === 'file')?.path);
  if (path) {
    await page.selectOption('#time-path', path);
    await page.fill('#time-mtime', '2025-12-01T08:30');
  }
  await page.evaluate(() => {
    document.activeElement.blur();
    document.getElementById('os-preset').closest('label').scrollIntoView({ block: 'start' });
  });
  await shot('playground-facts.png');
  await page.close();

  const phone = await browser.context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(url);
  await phone.evaluate(() => window.playground.idle());
  await phone.click('#pane-tab-results');
  await phone.evaluate(() => window.playground.idle());
  await phone.screenshot({ path: join(DOCS, 'playground-phone.png') });
  console.log('docs/playground-phone.png');
} finally {
  await browser.close();
  server.close();
  rmSync(dist, { recursive: true, force: true });
}

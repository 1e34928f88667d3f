/**
 * The playground end to end in a real headless Chromium (Debian's, driven by playwright-core):
 * the default example's plan, inline diagnostics, diffs, class toggles, share links, test-case
 * download, Stop, and exact bytes. Screenshots of the main states go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { run as apiRun } from '../../host/api/index.js';
import { REPO } from '../support/shared.js';
import { CHROMIUM, missingBrowser, newPage, startSession } from './browser.js';
import type { Session } from './browser.js';
import { idle, forgetSavedWork } from './page.js';

const why = missingBrowser();
if (why) console.log(`playground e2e: skipped: ${why}`);
const ARTIFACTS = join(REPO, 'test-artifacts');

describe('playwright-core and Debian Chromium', () => {
  it.skipIf(why)('are the same Chromium major version (playwright-core speaks the protocol of its own Chromium)', () => {
    const browsers = JSON.parse(readFileSync(join(REPO, 'node_modules', 'playwright-core', 'browsers.json'), 'utf8'));
    const expected = browsers.browsers.find((b: { name: string }) => b.name === 'chromium').browserVersion as string;
    const installed = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const major = /(\d+)\.\d+\.\d+\.\d+/.exec(installed)?.[1];
    expect(major, `${CHROMIUM} says "${installed.trim()}"; playwright-core ${browsers.comment ? '' : ''}expects Chromium ${expected}`).toBe(expected.split('.')[0]);
  });
});

describe('the playground sources', () => {
  it('type-check (esbuild bundles them without checking)', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO, 'playground', 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe.skipIf(why)('the playground in Chromium', () => {
  let session: Session;
  let page: Page;

  const shot = (name: string, p: Page = page) => p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const text = (id: string, p: Page = page) => p.locator(`#${id}`).innerText();
  const pick = (example: string) => page.selectOption('#examples', example);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await startSession();
    await forgetSavedWork(session.context);
    page = await newPage(session);
    page.on('pageerror', e => console.log(`page error: ${e.message}`));
  });
  afterAll(async () => { await session?.close(); });

  it('loads and shows the default example\'s plan', async () => {
    await page.goto(session.url);
    await idle(page);
    // Backups are named apart, not counted as changed files; lines are counted, in words.
    expect(await text('summary')).toMatch(/^exit 0 · 2 files would change: \d+ lines added, \d+ removed · 2 backups · \d+ other operations · converges$/);
    const diff = await text('diff-panel');
    expect(diff).toContain('+listen = 8080');
    expect(diff).toContain('+upstream = host1:9000');
    expect(diff).toContain('+Welcome to host1.example.org');
    // The same plan as the JS API gives in Node for the same state.
    const state = await page.evaluate(() => {
      const s = (window as any).playground.state();
      return { ...s, files: s.files.map((f: any) => ({ ...f, bytes: f.bytes ? Array.from(f.bytes) : undefined })) };
    });
    const node = await apiRun(state.policy, {
      files: Object.fromEntries(state.files.filter((f: any) => f.type === 'file').map((f: any) => [f.path, new Uint8Array(f.bytes)])),
      dirs: state.files.filter((f: any) => f.type === 'dir').map((f: any) => f.path),
      define: state.facts.define, hostname: state.facts.hostname, fqhost: `${state.facts.hostname}.${state.facts.domain}`, now: state.facts.now, dryRun: true,
    });
    const pageDiffs = await page.evaluate(() => (window as any).playground.report().first.diffs.map((d: any) => d.diff));
    expect(pageDiffs).toEqual(node.diffs.map(d => d.diff));
    await shot('playground');
  });

  it('puts a syntax error on its line, with the rule id, as you type', async () => {
    await page.goto(session.url);
    await idle(page);
    const line12 = page.locator('.cm-line').nth(11);
    await line12.click();
    await page.keyboard.press('End');
    const t0 = Date.now();
    await page.keyboard.type('\noops = ( a b'); // the editor keeps the line's indentation
    await page.waitForSelector('.cm-lintRange-error');
    const ms = Date.now() - t0;
    console.log(`diagnostic shown ${ms} ms after the last keystroke was sent`);
    const diagnostics = await page.evaluate(() => (window as any).playground.diagnostics());
    const error = diagnostics.find((d: any) => d.severity === 'error');
    expect(error).toMatchObject({ line: 13, code: 'CF001' });
    expect(error.message).toContain("'(' is never closed");
    // The squiggle is on line 13 of the editor.
    const marked = await page.locator('.cm-line', { has: page.locator('.cm-lintRange-error') }).first().innerText();
    expect(marked).toBe('  oops = ( a b');
    await page.locator('.cm-lintRange-error').first().hover();
    await page.waitForSelector('.cm-tooltip-lint');
    expect(await page.locator('.cm-tooltip-lint').innerText()).toContain('CF001');
    await idle(page);
    expect(await text('summary')).toBe('exit 1 · no file would change · nothing ran');
    await shot('syntax-error');
  });

  it('shows the diff a run makes (apply)', async () => {
    await page.goto(session.url);
    await pick('finger');
    await page.selectOption('#mode', 'apply');
    await idle(page);
    expect(await text('summary')).toMatch(/^exit 0 · 1 file changed: 1 line added, 1 removed · 1 backup · converges$/);
    const diff = await text('diff-panel');
    expect(diff).toContain('-finger  stream  tcp     nowait  nobody  /usr/sbin/tcpd  in.fingerd');
    expect(diff).toContain('+# finger  stream  tcp     nowait  nobody  /usr/sbin/tcpd  in.fingerd');
    await page.click('#tab-side');
    expect(await text('side-panel')).toContain('# finger  stream');
    await page.click('#tab-changes');
    expect(await text('changes-panel')).toContain('/etc/inetd.conf');
    await shot('apply-diff');
    await page.click('#tab-diff');
  });

  it('changes the result when a class is toggled', async () => {
    await page.goto(session.url);
    await idle(page);
    expect(await text('diff-panel')).toContain('/etc/app/app.conf');
    await page.click('#tab-facts');
    await page.locator('#class-toggles input[data-class=webservers]').uncheck();
    await idle(page);
    expect(await text('diff-panel')).not.toContain('/etc/app/app.conf');
    expect(await text('summary')).toMatch(/^exit 0 · 1 file would change: /);
    expect(await page.locator('#define').inputValue()).toBe('');
    await shot('class-toggled');
    await page.locator('#class-toggles input[data-class=webservers]').check();
    await idle(page);
    expect(await text('diff-panel')).toContain('/etc/app/app.conf');
  });

  it('restores the same result from a share link in a fresh page', async () => {
    await page.goto(session.url);
    await pick('classes');
    await page.click('#tab-facts');
    await page.fill('#define', 'sun4,PrintServers');
    await idle(page);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => location.hash.startsWith('#s='));
    const link = page.url();
    const before = { summary: await text('summary'), diff: await text('diff-panel') };
    expect(before.diff).toContain('+odin');
    const fresh = await newPage(session);
    await fresh.goto(link);
    await idle(fresh);
    expect({ summary: await text('summary', fresh), diff: await text('diff-panel', fresh) }).toEqual(before);
    expect(await fresh.locator('#define').inputValue()).toBe('sun4,PrintServers');
    await shot('shared', fresh);
    await fresh.close();
  });

  it('downloads a test case that passes cfwasm test', async () => {
    await page.goto(session.url);
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-case')]);
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-case-'));
    try {
      const tar = join(dir, 'case.tar');
      await download.saveAs(tar);
      execFileSync('tar', ['-xf', tar, '-C', dir]);
      const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'test', join(dir, 'playground-bundled')], { encoding: 'utf8' });
      expect(r.stdout).toContain('1 passed, 0 failed');
      expect(r.status).toBe(0);
      // The case holds the example's tree, moved under /sandbox, and what the run makes of it.
      expect(readFileSync(join(dir, 'playground-bundled', 'after', 'etc', 'app', 'app.conf'), 'utf8')).toContain('listen = 8080');
      expect(readFileSync(join(dir, 'playground-bundled', 'policy.cf'), 'utf8')).toContain('{ /sandbox/etc/motd');
      // And the page opens it again.
      await page.setInputFiles('#open-case', tar);
      await page.waitForFunction(() => (window as any).playground.state().files.some((f: any) => f.path === '/sandbox/etc/app/app.conf'));
      await idle(page);
      expect(await text('case-check')).toBe('Test case playground-bundled: passes (the trees after both runs are as expected).');
      // An edit that changes the result makes the case fail, with cfwasm test's diff.
      await page.click('#files-panel [data-path="/sandbox/etc/motd"] .name');
      await page.locator('#file-view textarea').press('Control+End');
      await page.locator('#file-view textarea').pressSequentially('changed\n');
      await idle(page);
      expect(await text('case-check')).toMatch(/^Test case playground-bundled: fails, as cfwasm test would say:\s+run 1: etc\/motd: contents differ/);
      await shot('case-fails');
      expect(await text('summary')).toMatch(/^exit 0 · 2 files changed: \d+ lines added, \d+ removed · 2 backups · \d+ other operations · converges$/);
      // The case carries the page's host facts (host.json): the same host name as before.
      expect(await text('diff-panel')).toContain('+upstream = host1:9000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops a runaway run and keeps working', async () => {
    await page.goto(session.url);
    await idle(page);
    // 4.8 MB edited 800 times over: about ten minutes of work.
    await page.evaluate(() => {
      const edits = '  ReplaceAll "a" With "aa"\n  ReplaceAll "aa" With "a"\n'.repeat(400);
      (window as any).playground.load({
        policy: `control:\n  actionsequence = ( editfiles )\n  EditfileSize = ( 100000000 )\neditfiles:\n  { /big\n${edits}  }\n`,
        files: [{ path: '/big', type: 'file', mode: 0o644, bytes: new TextEncoder().encode('abc def ghi\n'.repeat(400000)) }],
        facts: { hostname: 'web1', domain: '', now: 1768219200, define: [], negate: [] }, exec: {}, dryRun: true,
      });
    });
    await page.waitForFunction(() => /Still running/.test(document.getElementById('status')!.textContent!), null, { timeout: 30_000 });
    expect(await page.locator('#stop').isEnabled()).toBe(true);
    await shot('runaway');
    await page.click('#stop');
    await page.waitForFunction(() => /^Stopped/.test(document.getElementById('status')!.textContent!));
    expect(await text('status')).toMatch(/^Stopped: the run was ended after [\d.]+ s and the core restarted/);
    await shot('stopped');
    await pick('finger');
    await idle(page);
    expect(await text('summary')).toMatch(/^exit 0 · 1 file would change: 1 line added, 1 removed · 1 backup · converges$/);
  });

  it('keeps a Latin-1 file byte for byte (upload, edit, run, download)', async () => {
    await page.goto(session.url);
    await pick('finger');
    await idle(page);
    const latin1 = Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e\nna\xefve\n', 'latin1');
    await page.click('#files-panel [data-path="/etc"] .name');
    await page.setInputFiles('#upload', { name: 'menu', mimeType: 'application/octet-stream', buffer: latin1 });
    await idle(page);
    expect(await page.locator('#file-view .hint').innerText()).toContain('Latin-1');
    const stored = await page.evaluate(() => Array.from((window as any).playground.state().files.find((f: any) => f.path === '/etc/menu').bytes as Uint8Array));
    expect(Buffer.from(stored)).toEqual(latin1);
    // Typed text goes back in Latin-1: é is one byte, 0xe9.
    await page.locator('#file-view textarea').press('Control+End');
    await page.locator('#file-view textarea').pressSequentially('é');
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[aria-label="Download /etc/menu"]')]);
    const saved = readFileSync(await download.path());
    expect(saved).toEqual(Buffer.concat([latin1, Buffer.from([0xe9])]));
    // A run that edits it keeps its other bytes.
    await page.evaluate(() => {
      const pg = (window as any).playground;
      const s = pg.state();
      pg.load({ ...s, dryRun: false, policy: 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/menu\n  AppendIfNoSuchLine "tarte"\n  }\n' });
    });
    await idle(page);
    const after = await page.evaluate(() => Array.from((window as any).playground.report().first.files.find((f: any) => f.path === '/etc/menu').bytes as Uint8Array));
    const node = await apiRun('control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/menu\n  AppendIfNoSuchLine "tarte"\n  }\n', { files: { '/etc/menu': new Uint8Array(saved) } });
    expect(Buffer.from(after)).toEqual(Buffer.from(node.files['/etc/menu']));
    expect(Buffer.from(after).subarray(0, saved.length)).toEqual(saved);
    await shot('latin1');
  });

  it('shows that a policy does not converge and points at the command', async () => {
    await page.goto(session.url);
    await pick('append');
    await idle(page);
    expect(await text('summary')).toMatch(/does not converge$/);
    await page.click('#tab-conv');
    const conv = await text('conv-panel');
    expect(conv).toMatch(/Does not converge: a second run on the result changes 1 file again \(\d+ operations?\)/); // its backup is not counted
    expect(conv).toMatch(/line 9\s+\/etc\/motd changes again on a second run: Append adds a line on every run \(D17\).*\[CF015\]/);
    expect(conv).toContain('+Welcome');
    await shot('not-convergent');
    await page.click('#tab-diff');
  });

  it('answers commands from the exec table', async () => {
    await page.goto(session.url);
    await page.evaluate(() => {
      const pg = (window as any).playground;
      pg.load({ ...pg.state(), policy: 'control:\n  actionsequence = ( shellcommands )\nshellcommands:\n  "/bin/echo hello"\n', files: [] });
    });
    await idle(page);
    await page.click('#tab-exec');
    // A plan runs no command, and still lists the commands an apply would run.
    expect(await text('exec-table')).toContain('/bin/echo hello (not answered');
    await page.selectOption('#mode', 'apply');
    await idle(page);
    expect(await text('log-panel')).toContain('command not available in the sandbox: /bin/echo hello');
    await page.fill('[aria-label="Output of /bin/echo hello"]', 'hello from the table');
    await page.fill('[aria-label="Exit status of /bin/echo hello"]', '0');
    await page.locator('[aria-label="Exit status of /bin/echo hello"]').dispatchEvent('change');
    await idle(page);
    expect(await text('log-panel')).toContain('/bin/echo hello: hello from the table');
    expect(await page.evaluate(() => (window as any).playground.state().exec)).toEqual({ '/bin/echo hello': { status: 0, output: 'hello from the table' } });
    await shot('exec-table');
  });

  it('formats the policy with cfwasm fmt, and Ctrl-Enter runs', async () => {
    await page.goto(session.url);
    await page.evaluate(() => {
      const pg = (window as any).playground;
      pg.load({ ...pg.state(), policy: 'control:\nactionsequence = ( editfiles )\neditfiles:\n{ /etc/motd\nAutoCreate\nAppendIfNoSuchLine "hi"\n}\n', files: [] });
    });
    await idle(page);
    const runs = await page.evaluate(() => (window as any).playground.runs());
    await page.click('#format');
    await idle(page);
    const formatted = await page.evaluate(() => (window as any).playground.state().policy);
    const { format } = await import('../../host/api/index.js');
    expect(formatted).toBe(await format('control:\nactionsequence = ( editfiles )\neditfiles:\n{ /etc/motd\nAutoCreate\nAppendIfNoSuchLine "hi"\n}\n'));
    expect(formatted).not.toBe('control:\nactionsequence = ( editfiles )\neditfiles:\n{ /etc/motd\nAutoCreate\nAppendIfNoSuchLine "hi"\n}\n');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    await idle(page);
    expect(await page.evaluate(() => (window as any).playground.runs())).toBeGreaterThan(runs + 1);
  });

  it('follows a dark colour scheme', async () => {
    const dark = await newPage(session);
    await dark.emulateMedia({ colorScheme: 'dark' });
    await dark.goto(session.url);
    await idle(dark);
    const bg = await dark.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 24, 28)');
    await shot('dark', dark);
    await dark.close();
  });

  it('adds files dropped on the Files pane, and opens a test case dropped on the policy', async () => {
    await page.goto(session.url);
    await pick('finger');
    await idle(page);
    await page.click('#files-panel [data-path="/etc"] .name');
    const drop = (selector: string, files: { name: string; bytes: number[] }[]) => page.evaluate(({ selector, files }) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.querySelector(selector)!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { selector, files });
    await drop('#files-panel', [{ name: 'hosts', bytes: [...Buffer.from('127.0.0.1 localhost\n')] }, { name: 'blob', bytes: [0, 1, 2, 255] }]);
    await page.waitForFunction(() => (window as any).playground.state().files.some((f: any) => f.path === '/etc/blob'));
    await idle(page);
    await page.click('#files-panel [data-path="/etc/blob"] .name');
    expect(await page.locator('#file-view .hint').innerText()).toBe('/etc/blob: binary, 4 bytes (shown, not edited; download to change it)');
    expect(await page.locator('#file-view pre').innerText()).toContain('00 01 02 ff');
    // The files of a conformance-style case, dropped together.
    await drop('#policy-pane', [
      { name: 'policy.cf', bytes: [...Buffer.from('control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /sandbox/motd\n  AutoCreate\n  AppendIfNoSuchLine "dropped"\n  }\n')] },
      { name: 'args', bytes: [...Buffer.from('-D extra\n')] },
    ]);
    await page.waitForFunction(() => (window as any).playground.state().policy.includes('dropped'));
    await idle(page);
    expect(await page.locator('#define').inputValue()).toBe('extra');
    expect(await text('diff-panel')).toContain('+dropped');
  });

  it('saves a state too big for a link as a test case, saying why', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.evaluate(() => {
      const pg = (window as any).playground;
      // 120 KB that do not compress.
      const big = new Uint8Array(120_000);
      for (let i = 0; i < big.length; i += 60_000) crypto.getRandomValues(big.subarray(i, i + 60_000));
      pg.load({ ...pg.state(), files: [...pg.state().files, { path: '/etc/noise', type: 'file', mode: 0o644, bytes: big }] });
    });
    await idle(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share')]);
    expect(download.suggestedFilename()).toBe('playground-bundled.tar');
    expect(await text('status')).toMatch(/too big for a link \(\d+ characters, at most 60000\): saved as a test case instead/);
    expect(page.url()).not.toContain('#s=');
  });

  it('says where each defined class came from (the core\'s classOrigins)', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.click('#tab-facts');
    const rows = await page.locator('#classes tbody tr').allInnerTexts();
    expect(rows).toContain('webservers\t-D (Facts)');
    expect(rows).toContain('host1\thard class (host name)');
    expect(rows).toContain('Monday\ttime class (the clock)');
    expect(rows).toContain('any\tany (always defined)');
    await page.fill('#hostname', 'web2');
    await page.fill('#define', '');
    await idle(page);
    expect(await page.locator('#classes tbody tr').allInnerTexts()).toContain('webservers\tgroup webservers (line 12)');
    await shot('facts');
  });

  it('passes extra run options through to the API\'s run() (the worker protocol stays open)', async () => {
    await page.goto(session.url);
    await idle(page);
    expect(await text('diff-panel')).toContain('/etc/motd');
    await page.evaluate(() => (window as any).playground.setRunOptions({ noEdits: true }));
    await idle(page);
    expect(await text('diff-panel')).not.toContain('/etc/motd');
  });

  it('draws a hidden tab\'s results when it opens', async () => {
    await page.goto(session.url);
    await idle(page);
    await page.evaluate(async () => {
      const pg = (window as any).playground;
      pg.load({
        policy: 'control:\n   actionsequence = ( editfiles )\n\neditfiles:\n  { /etc/big\n  AppendIfNoSuchLine "tail"\n  }\n',
        files: [{ path: '/etc', type: 'dir', mode: 0o755 }, { path: '/etc/big', type: 'file', mode: 0o644, bytes: new TextEncoder().encode('head\n') }],
        facts: { hostname: 'host1', domain: 'example.org', now: 1768219200, define: [], negate: [] }, exec: {}, dryRun: true,
      });
      await pg.idle();
    });
    // Side by side was hidden during the run: opening it draws this run's diffs.
    await page.click('#tab-side');
    expect(await text('side-panel')).toContain('tail');
    await page.click('#tab-diff');
  });
});

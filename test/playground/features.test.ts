/**
 * Issue #23's playground features end to end in headless Chromium: coverage marks in the editor's
 * gutter (each kind, with a symbol and its meaning as title and accessible name, readable in
 * both colour schemes), the Regex tab's free regex box (the core's match, sub-matches, the
 * explanation, a bad regex's error at its column), the Facts pane's OS presets and file times
 * (a preset's classes in the run, an atime deciding tidy), and both going through a share link
 * and an exported test case that `cfwasm test` passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from '../support/shared.js';
import { missingBrowser, newPage, startPage } from './browser.js';
import type { Session } from './browser.js';
import { axeViolations, idle, loadTextState } from './page.js';
import { readTar } from '../../playground/src/tar.js';

const why = missingBrowser();
if (why) console.log(`playground features e2e: skipped: ${why}`);
const ARTIFACTS = join(REPO, 'test-artifacts');
const NOW = Date.UTC(2026, 0, 15, 12) / 1000;
const DAY = 86400;

/** Loads a state: the policy, text files (with times), facts (applied unless `dryRun`). */
function load(page: Page, policy: string, files: Record<string, string>, extra: { os?: string; times?: Record<string, Record<string, number>>; dryRun?: boolean } = {}): Promise<void> {
  return loadTextState(page, policy, files, { facts: { now: NOW, ...(extra.os ? { os: extra.os } : {}) }, dryRun: extra.dryRun ?? false, times: extra.times });
}

const marks = (page: Page) => page.evaluate(() => {
  const lines = [...document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')];
  return [...document.querySelectorAll<HTMLElement>('.cm-coverage-gutter .cm-gutterElement')]
    .filter(e => e.querySelector('.cm-cov') && !e.querySelector('.cm-cov-spacer'))
    .map(e => {
      const m = e.querySelector<HTMLElement>('.cm-cov')!;
      // The line of a gutter element: the line-number element at the same height.
      const top = e.getBoundingClientRect().top;
      const no = lines.find(l => Math.abs(l.getBoundingClientRect().top - top) < 2)?.textContent ?? '?';
      return { line: Number(no), kind: m.dataset.kind!, symbol: m.textContent!, title: m.title, label: m.getAttribute('aria-label') ?? '' };
    });
});

const classesOf = (page: Page) => page.evaluate(() => (window as any).playground.report().first.classes.map((c: any) => c.name) as string[]);
const filesOf = (page: Page) => page.evaluate(() => (window as any).playground.report().first.files.map((f: any) => f.path) as string[]);

const COVERED = `control:
  actionsequence = ( editfiles tidy )
editfiles:
  { /etc/motd
  AppendIfNoSuchLine "hello"
  AppendIfNoSuchLine "first line"
  BeginGroupIfNoLineMatching "hello"
  AppendIfNoSuchLine "never"
  EndGroup
  }
  nosuchclass::
  { /etc/motd
  AppendIfNoSuchLine "skipped by class"
  }
tidy:
  /tmp pattern=* age=1
files:
  /etc/motd mode=0600 action=fixall
`;

describe.skipIf(why)('issue #23 features in Chromium', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ session, page } = await startPage());
    await page.goto(session.url);
    await idle(page);
  });
  afterAll(async () => { await session?.close(); });

  it('coverage marks: changed, ran without change, skipped (why on hover) and never reached, each with a symbol and words', async () => {
    await load(page, COVERED, { '/etc/motd': 'first line\n', '/tmp/x': 'x' });
    await idle(page);
    const m = await marks(page);
    const at = (line: number) => m.find(x => x.line === line);
    expect(at(5)).toMatchObject({ kind: 'changed', symbol: '●' });
    expect(at(5)!.title).toMatch(/^Line 5: ran and changed\nAppendIfNoSuchLine on \/etc\/motd: changed the file/);
    expect(at(6)).toMatchObject({ kind: 'ran', symbol: '✓' });
    expect(at(7)).toMatchObject({ kind: 'ran' });
    expect(at(7)!.title).toContain('group condition false');
    expect(at(8)).toMatchObject({ kind: 'skipped', symbol: '↷' });
    expect(at(8)!.title).toContain("skipped: its group's condition is false");
    expect(at(13)).toMatchObject({ kind: 'skipped' });
    expect(at(13)!.title).toContain('skipped: its class is false');
    // tidy ran (nothing old enough); files is not in the actionsequence.
    expect(at(16)).toMatchObject({ kind: 'ran' });
    expect(at(18)).toMatchObject({ kind: 'unreached', symbol: '○' });
    expect(at(18)!.title).toContain('never reached');
    // Not colour alone: each kind its own symbol, and the words as the accessible name.
    for (const x of m) expect(x.label).toBe(x.title);
    expect(new Set(m.map(x => x.symbol)).size).toBe(new Set(m.map(x => x.kind)).size);
    expect(m.map(x => x.line)).toEqual([5, 6, 7, 8, 9, 13, 16, 18]);
    await page.locator('#editor').screenshot({ path: join(ARTIFACTS, 'coverage-light.png') });
    // A policy that does not parse does not run: no marks (not "never reached" on every line).
    await load(page, COVERED.replace('tidy:', 'tidy: {'), { '/etc/motd': 'first line\n' });
    await idle(page);
    expect(await page.evaluate(() => (window as any).playground.report().first.diagnostics.length)).toBeGreaterThan(0);
    expect(await marks(page)).toEqual([]);
  });

  it('the marks are readable in both colour schemes (contrast with the gutter at least 3:1)', async () => {
    await load(page, COVERED, { '/etc/motd': 'first line\n', '/tmp/x': 'x' });
    await idle(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const contrasts = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => {
          const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const bg = lum(rgb(getComputedStyle(document.querySelector('.cm-gutters')!).backgroundColor));
        return [...document.querySelectorAll<HTMLElement>('.cm-cov:not(.cm-cov-spacer)')].map(e => {
          const fg = lum(rgb(getComputedStyle(e).color));
          return { kind: e.dataset.kind, ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05) };
        });
      });
      expect(contrasts.length).toBeGreaterThan(0);
      for (const c of contrasts) expect(c.ratio, `${scheme} ${c.kind}`).toBeGreaterThanOrEqual(3);
      await page.locator('#editor').screenshot({ path: join(ARTIFACTS, `coverage-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the regex box: the core\'s leftmost-longest match with sub-matches, each part explained; a bad regex\'s error at its column', async () => {
    await page.click('#tab-regex');
    await page.fill('#regex-input', '(foo|foobar)([0-9]+)?');
    await page.fill('#regex-sample', 'x foobar42 foo1');
    await page.waitForFunction(() => document.querySelector('#regex-result mark')?.textContent === 'foobar42');
    expect(await page.locator('#regex-result .regex-match').innerText()).toContain('Leftmost-longest match: x foobar42 foo1 (characters 3-10');
    expect(await page.locator('.regex-groups tbody').innerText()).toBe('\\1\tfoobar\n\\2\t42');
    const parts = await page.locator('.regex-parts li').allInnerTexts();
    expect(parts).toEqual([
      '(foo|foobar) group 1 (sub-match \\1)',
      'foo|foobar either of 2 alternatives (the longest match wins)',
      'foo alternative 1', 'foo the text "foo"', 'foobar alternative 2', 'foobar the text "foobar"',
      '([0-9]+)? optionally (zero or one)', '([0-9]+) group 2 (sub-match \\2)', '[0-9]+ one or more of', '[0-9] bracket [0-9]: one of 0-9',
    ]);
    await page.fill('#regex-input', 'ab[[:nope:]]c');
    await page.waitForSelector('#regex-result pre.regex-error');
    expect(await page.locator('#regex-result pre.regex-error').innerText()).toBe('ab[[:nope:]]c\n   ^ invalid character class name at column 4');
    await page.locator('#regex-panel').screenshot({ path: join(ARTIFACTS, 'regex-box.png') });
  });

  it('an OS preset sets the hard classes of the run (and the rules that test them fire)', async () => {
    const policy = 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  solaris.sun4u::\n  { /etc/motd\n  AppendIfNoSuchLine "on solaris"\n  }\n';
    await load(page, policy, { '/etc/motd': 'x\n' });
    await idle(page);
    expect(await classesOf(page)).not.toContain('solaris');
    await page.click('#tab-facts');
    await page.selectOption('#os-preset', 'solaris-8');
    await idle(page);
    const classes = await classesOf(page);
    expect(classes).toEqual(expect.arrayContaining(['solaris', 'sun4u', 'sunos_5_8', '32_bit', 'net_iface_hme0']));
    expect(classes).not.toContain('linux');
    expect(await page.evaluate(() => (window as any).playground.state().facts.os)).toBe('solaris-8');
    expect(await page.locator('#os-classes').innerText()).toContain('Hard classes: solaris sunos_5_8');
    const motd = await page.evaluate(() => new TextDecoder().decode((window as any).playground.report().first.files.find((f: any) => f.path === '/etc/motd').bytes));
    expect(motd).toBe('x\non solaris\n');
  });

  it('a file\'s atime set in the Facts pane decides tidy age=7; it and the system go into a share link and the page restores them', async () => {
    const policy = 'control:\n  actionsequence = ( tidy )\ntidy:\n  /var/log pattern=*.log age=7\n';
    await load(page, policy, { '/var/log/old.log': 'o\n', '/var/log/new.log': 'n\n' });
    await idle(page);
    expect(await filesOf(page)).toContain('/var/log/old.log');
    await page.click('#tab-facts');
    await page.selectOption('#time-path', '/var/log/old.log');
    await page.fill('#time-atime', '2026-01-01T12:00');
    await idle(page);
    expect(await filesOf(page)).not.toContain('/var/log/old.log');
    expect(await filesOf(page)).toContain('/var/log/new.log');
    expect(await page.locator('#times-set').innerText()).toBe('Set: /var/log/old.log (atime 2026-01-01 12:00)');
    await page.selectOption('#os-preset', 'rhel-9');
    await idle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'facts-times.png') });

    const link: string = await page.evaluate(() => (window as any).playground.shareLink());
    const fresh = await newPage(session);
    await fresh.goto(link);
    await idle(fresh);
    const state = await fresh.evaluate(() => (window as any).playground.state());
    expect(state.files.find((f: any) => f.path === '/var/log/old.log').times).toEqual({ atime: Date.UTC(2026, 0, 1, 12) / 1000 });
    expect(await filesOf(fresh)).not.toContain('/var/log/old.log');
    expect(state.facts.os).toBe('rhel-9');
    expect(await classesOf(fresh)).toEqual(expect.arrayContaining(['redhat', 'rhel_9', 'net_iface_ens3']));
    expect(await fresh.inputValue('#os-preset')).toBe('rhel-9');
    await fresh.close();
  });

  it('a share link with a bad time or preset is refused with one message naming the field', async () => {
    const link = async (mutate: string) => page.evaluate(async (m) => {
      const s = structuredClone((window as any).playground.state());
      new Function('s', m)(s);
      const json = JSON.stringify({ v: 1, ...s, files: s.files.map((f: any) => ({ ...f, bytes: undefined })) });
      const packed = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return btoa(String.fromCharCode(...packed)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    }, mutate);
    for (const [mutate, message] of [
      ['s.facts.os = "plan9"', 'facts.os must be one of debian-12, rhel-9, solaris-8'],
      ['s.files[1].times = { atime: "soon" }', 'files[1].times.atime must be a number of seconds'],
    ]) {
      await page.evaluate(h => { location.hash = `s=${h}`; }, await link(mutate));
      await page.waitForFunction(m => document.getElementById('status')!.textContent!.includes(m), message);
    }
  });

  it('the exported test case carries the preset and the times: cfwasm test passes it', async () => {
    const policy = 'control:\n  actionsequence = ( tidy editfiles )\ntidy:\n  /var/log pattern=*.log age=7\neditfiles:\n  debian_12::\n  { /etc/motd\n  AppendIfNoSuchLine "debian"\n  }\n';
    await load(page, policy, { '/etc/motd': 'x\n', '/var/log/old.log': 'o\n', '/var/log/new.log': 'n\n' },
      { os: 'debian-12', times: { '/var/log/old.log': { atime: NOW - 30 * DAY, mtime: NOW - 30 * DAY } } });
    await idle(page);
    const tar: number[] = await page.evaluate(async () => Array.from(await (window as any).playground.caseTar()));
    const entries = readTar(new Uint8Array(tar));
    const host = JSON.parse(new TextDecoder().decode(entries.find(e => e.path.endsWith('/host.json'))!.bytes));
    expect(host.os).toBe('debian-12');
    expect(host.times['var/log/old.log']).toEqual({ atime: NOW - 30 * DAY, mtime: NOW - 30 * DAY, ctime: NOW });
    expect(host.times['var/log/new.log']).toEqual({ atime: NOW, mtime: NOW, ctime: NOW });
    expect(entries.some(e => e.path.endsWith('after/var/log/old.log'))).toBe(false);
    expect(new TextDecoder().decode(entries.find(e => e.path.endsWith('after/etc/motd'))!.bytes)).toBe('x\ndebian\n');
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-features-case-'));
    try {
      for (const e of entries) {
        const path = join(dir, e.path);
        if (e.type === 'dir') mkdirSync(path, { recursive: true });
        else if (e.type === 'file') {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, e.bytes ?? new Uint8Array());
        }
      }
      const caseDir = join(dir, dirname(entries.find(e => e.path.endsWith('/policy.cf'))!.path));
      const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'test', caseDir], { encoding: 'utf8' });
      expect(r.stdout).toContain('1 passed, 0 failed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core finds no serious or critical violation with the Facts pane and the Regex tab open (${scheme})`, async () => {
      const p = await newPage(session);
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(session.url);
      await idle(p);
      await p.click('#tab-facts');
      await p.selectOption('#os-preset', 'rhel-9');
      await p.click('#tab-regex');
      await p.fill('#regex-input', '(a|b)+c');
      await p.fill('#regex-sample', 'xabc');
      await p.waitForSelector('.regex-groups');
      await idle(p);
      const violations = await axeViolations(p, REPO);
      expect(violations).toEqual([]);
      await p.close();
    });
  }
});

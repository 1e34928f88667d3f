/**
 * The playground's Debug view, regex tester and why-panel end to end in headless Chromium
 * (Debian's, through playwright-core, as playground.test.ts): stepping through the manual's
 * insert-once example (L8330-8347) with buttons, keys and clicks in the editor; a 10,000-line
 * file rendered a screenful at a time; the regex tester's lines and ReplaceAll spans from the
 * core's matchPattern, and an invalid regex's message; a selector's parts and their values,
 * checked against what the core did. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from '../support/shared.js';
import { missingBrowser, newPage, startSession } from './browser.js';
import type { Session } from './browser.js';
import { idle, forgetSavedWork, loadTextState } from './page.js';

const why = missingBrowser();
if (why) console.log(`playground debug e2e: skipped: ${why}`);
const ARTIFACTS = join(REPO, 'test-artifacts');

interface DebugRow { no: number | null; text: string; kind: string; matched: boolean; pointer: boolean }
interface DebugSnapshot { step: number; steps: number; file: string; rows: DebugRow[]; rendered: number }

/** A state for the page: the policy and text files (dry run, host1, no classes beyond `define`). */
function load(page: Page, policy: string, files: Record<string, string>, define: string[] = []): Promise<void> {
  return loadTextState(page, policy, files, { facts: { domain: 'example.org', define } });
}

const editfiles = (file: string, commands: string, selector = '', control = '') =>
  `control:\n\n   actionsequence = ( editfiles )\n${control}\neditfiles:\n\n${selector ? `  ${selector}::\n` : ''}  { ${file}\n${commands}\n  }\n`;

describe.skipIf(why)('the Debug view, regex tester and why-panel in Chromium', () => {
  let session: Session;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const snapshot = () => page.evaluate(() => (window as any).playground.debug()) as Promise<DebugSnapshot>;
  const pointerRow = async () => (await snapshot()).rows.filter(r => r.pointer);
  /** The text the editor marks as the current step's command (highlighting may split the mark in pieces). */
  const stepText = async () => (await page.locator('.cm-debug-step').allInnerTexts()).join('');
  /** Puts the cursor at a line and column of the policy, as a click would, and waits for the answers. */
  const cursorAt = async (line: number, column: number) => {
    await page.evaluate(([l, c]) => (window as any).playground.cursor(l, c), [line, column]);
    await idle(page);
  };
  /** The 1-based line and column of `needle` in the policy. */
  const find = async (needle: string, offset = 0) => {
    const policy: string = await page.evaluate(() => (window as any).playground.state().policy);
    const at = policy.indexOf(needle);
    expect(at, `${needle} in the policy`).toBeGreaterThanOrEqual(0);
    const before = policy.slice(0, at + offset).split('\n');
    return [before.length, before.at(-1)!.length + 1] as const;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await startSession();
    await forgetSavedWork(session.context);
    page = await newPage(session);
    page.on('pageerror', e => console.log(`page error: ${e.message}`));
    // Each test loads its own state into this page (so any one can run alone).
    await page.goto(session.url);
    await idle(page);
  });
  afterAll(async () => { await session?.close(); });

  it('steps through the manual\'s insert-once example (L8330-8347): the pointer at each step and the InsertLines\' effect', async () => {
    await page.goto(session.url);
    await page.selectOption('#examples', 'insert-once');
    await idle(page);
    await page.click('#tab-debug');
    let s = await snapshot();
    expect(s.file).toBe('/etc/rc.local');
    expect(s.steps).toBe(6); // Locate, Increment, BeginGroup, InsertLine ×2, EndGroup
    // Step 0: the file as read, the pointer on line 1 (L8322: "The pointer starts at line one").
    expect(await pointerRow()).toEqual([expect.objectContaining({ no: 1, text: '#!/bin/sh' })]);
    // The buttons and the keys step; each step names its command and moves the pointer as the manual says.
    await page.getByRole('button', { name: 'Next step (↓ or n)' }).click();
    s = await snapshot();
    expect(s.step).toBe(1);
    // LocateLineMatching: the pointer on the matching line, the line marked as matched.
    expect(await pointerRow()).toEqual([expect.objectContaining({ no: 3, text: '# insert point: local additions', matched: true })]);
    expect(await page.locator('.debug-detail').innerText()).toContain('LocateLineMatching "# insert point.*": ran, pointer 1→3');
    // The step's command is marked in the editor.
    expect(await stepText()).toBe('LocateLineMatching "# insert point.*"');
    await page.locator('.debug-steps').focus();
    await page.keyboard.press('ArrowDown');
    expect((await snapshot()).step).toBe(2);
    // IncrementPointer "1": one line further.
    expect(await pointerRow()).toEqual([expect.objectContaining({ no: 4, text: 'echo started' })]);
    await page.keyboard.press('n');
    // BeginGroupIfNoMatch: the current line is not the marker, so the group runs; the pointer stays.
    expect(await page.locator('.debug-detail').innerText()).toContain('condition true');
    expect(await pointerRow()).toEqual([expect.objectContaining({ no: 4 })]);
    await page.keyboard.press('n');
    // The first InsertLine: a new line after the current one (D3), the pointer on it.
    s = await snapshot();
    expect(s.step).toBe(4);
    expect(s.rows.map(r => r.text)).toEqual(['#!/bin/sh', '# start the services', '# insert point: local additions', 'echo started', '# cfengine - 2/Jan/95', 'exit 0']);
    expect(s.rows.filter(r => r.kind === 'added')).toEqual([expect.objectContaining({ no: 5, text: '# cfengine - 2/Jan/95', pointer: true })]);
    expect(await page.locator('.debug-file .vrow.added').innerText()).toContain('# cfengine - 2/Jan/95');
    expect(await stepText()).toBe('InsertLine "# cfengine - 2/Jan/95"');
    await shot('debug-view');
    await page.keyboard.press('n');
    // The second InsertLine goes after the first: the lines keep their order.
    s = await snapshot();
    expect(s.rows.map(r => r.text).slice(4)).toEqual(['# cfengine - 2/Jan/95', '/local/bin/start-xdm', 'exit 0']);
    expect(s.rows.filter(r => r.pointer)).toEqual([expect.objectContaining({ no: 6, text: '/local/bin/start-xdm', kind: 'added' })]);
    await page.keyboard.press('n');
    await page.keyboard.press('n'); // past the last step: stays on it
    s = await snapshot();
    expect([s.step, s.steps]).toEqual([6, 6]);
    // The final step's file is what the run would write (its diff).
    expect(await page.locator('#diff-panel').innerText()).toContain('+/local/bin/start-xdm');
    await page.keyboard.press('ArrowUp');
    expect((await snapshot()).step).toBe(5);
    await page.keyboard.press('Home');
    expect((await snapshot()).step).toBe(0);

    // Clicking a command in the editor jumps to its step.
    const [line] = await find('IncrementPointer');
    await page.locator('.cm-line').nth(line - 1).click();
    await idle(page);
    expect((await snapshot()).step).toBe(2);
    expect(await stepText()).toBe('IncrementPointer   "1"');
    // Light and dark: the Debug view is readable in both (screenshots for people to look at).
    await page.evaluate(() => (window as any).playground.step(4));
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('debug-view-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('greys skipped commands with their reason, and shows a group whose condition is false', async () => {
    await load(page, editfiles('/etc/motd', '  BeginGroupIfNoLineMatching "Hello.*"\n  AppendIfNoSuchLine "x"\n  EndGroup\n  LocateLineMatching "nothing"\n  InsertLine "never"'), { '/etc/motd': 'Hello world\n' });
    await idle(page);
    await page.click('#tab-debug');
    const steps = await page.locator('.debug-steps .vrow').allInnerTexts();
    expect(steps[1]).toMatch(/BeginGroupIfNoLineMatching "Hello\.\*" — condition false/);
    expect(steps[2]).toMatch(/AppendIfNoSuchLine "x" — skipped: its group's condition is false/);
    expect(steps.at(-1)).toMatch(/InsertLine "never" — skipped: the file's editing stopped before it/);
    expect(await page.locator('.debug-steps .vrow.skipped').count()).toBeGreaterThanOrEqual(2);
    // The group's commands are indented under it.
    const indent = (i: number) => page.locator('.debug-steps .vrow').nth(i).evaluate(e => parseFloat(getComputedStyle(e).paddingLeft));
    expect(await indent(2)).toBeGreaterThan(await indent(1));
  });

  it('shows a loop\'s iterations indented under it, and a click on its body steps through them', async () => {
    await load(page, editfiles('/etc/passwd', '  ForEachLineIn "/etc/passwd.local"\n    ReplaceLinesMatchingField "1"\n  EndLoop\n  AppendIfNoSuchLine "end"'),
      { '/etc/passwd': 'root:x:0:0\nbob:x:1:1\n', '/etc/passwd.local': 'root:NEW:0:0\nbob:NEW:1:1\n' });
    await idle(page);
    await page.click('#tab-debug');
    const steps = await page.locator('.debug-steps .vrow').allInnerTexts();
    expect(steps.slice(1).map(t => t.replace(/ — .*/, ''))).toEqual([
      'L8 ForEachLineIn "/etc/passwd.local"',
      'L9 ReplaceLinesMatchingField "1" ↻1 "root:NEW:0:0"',
      'L10 EndLoop ↻1 "root:NEW:0:0"',
      'L9 ReplaceLinesMatchingField "1" ↻2 "bob:NEW:1:1"',
      'L10 EndLoop ↻2 "bob:NEW:1:1"',
      'L11 AppendIfNoSuchLine "end"',
    ]);
    const indent = (i: number) => page.locator('.debug-steps .vrow').nth(i).evaluate(e => parseFloat(getComputedStyle(e).paddingLeft));
    expect(await indent(2)).toBeGreaterThan(await indent(1));
    expect(await indent(3)).toBe(await indent(1));
    // A click on the loop's body: its first iteration; again: the next.
    const [line] = await find('ReplaceLinesMatchingField');
    await page.locator('.cm-line').nth(line - 1).click();
    await idle(page);
    let s = await snapshot();
    expect(s.step).toBe(2);
    expect(s.rows.filter(r => r.kind === 'changed').map(r => r.text)).toEqual(['root:NEW:0:0']);
    await page.locator('.cm-line').nth(line - 1).click({ position: { x: 40, y: 5 } });
    await idle(page);
    s = await snapshot();
    expect(s.step).toBe(4);
    expect(s.rows.filter(r => r.kind === 'changed').map(r => r.text)).toEqual(['bob:NEW:1:1']);
    // The replaced line is shown struck through where it was, above its new text.
    expect(s.rows.map(r => `${r.kind} ${r.text}`)).toEqual(['same root:NEW:0:0', 'removed bob:x:1:1', 'changed bob:NEW:1:1']);
  });

  it('renders a 10,000-line file a screenful at a time, and steps through it', async () => {
    const big = Array.from({ length: 10_000 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    await load(page, editfiles('/big', '  LocateLineMatching "line 9000"\n  InsertLine "inserted"\n  DeleteLinesMatching "line 5.*"\n  ReplaceAll "line 1" With "LINE 1"', '',
      '   EditFileSize = ( 1000000 )\n'), { '/big': big });
    await idle(page);
    await page.click('#tab-debug');
    await page.evaluate(() => (window as any).playground.step(2));
    let s = await snapshot();
    expect(s.rows.length).toBe(10_001);
    expect(s.rows.find(r => r.pointer)).toMatchObject({ no: 9001, text: 'inserted', kind: 'added' });
    // Only the rows in view (and a margin) are in the page.
    expect(s.rendered).toBeGreaterThan(0);
    expect(s.rendered).toBeLessThan(200);
    expect(await page.locator('.debug-file .vrow.pointer').innerText()).toContain('inserted');
    await page.evaluate(() => (window as any).playground.step(3));
    s = await snapshot();
    // DeleteLinesMatching "line 5.*": the 1,111 lines "line 5…" shown struck through where they were.
    expect(s.rows.filter(r => r.kind === 'removed').length).toBe(1111);
    expect(s.rendered).toBeLessThan(200);
    await page.evaluate(() => (window as any).playground.step(4));
    s = await snapshot();
    // ReplaceAll: the old line with its replaced span, then the new line.
    const i = s.rows.findIndex(r => r.kind === 'removed' && r.text === 'line 10');
    expect(s.rows[i]).toMatchObject({ spans: [[0, 6]] });
    expect(s.rows[i + 1]).toMatchObject({ kind: 'changed', text: 'LINE 10' });
  });

  it('highlights the lines a whole-line pattern matches, flags a pattern that matches none, and shows a ReplaceAll\'s spans', async () => {
    const sshd = 'Port 22\nPermitRootLogin yes\nPasswordAuthentication yes\nUsePAM yes\nBanner /etc/abab\n';
    await load(page, editfiles('/etc/ssh/sshd_config', '  DeleteLinesMatching "P.*yes"\n  LocateLineMatching "Port"\n  ReplaceAll "a|ab" With "X"'), { '/etc/ssh/sshd_config': sshd });
    await idle(page);
    await page.click('#tab-diff');
    await cursorAt(...await find('"P.*yes"', 2));
    // The answer under the editor; the tab stays (the diff is not taken away), its button shows the lines.
    expect(await page.locator('#tab-diff').getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Show the matches (Regex tab)' }).click();
    // The lines matched as whole lines (D2): not "UsePAM yes".
    expect((await page.evaluate(() => (window as any).playground.regex())).lines).toEqual([2, 3]);
    expect(await page.locator('.regex-file .vrow.matched .text').allInnerTexts()).toEqual(['PermitRootLogin yes', 'PasswordAuthentication yes']);
    expect(await page.locator('#inspector').innerText()).toContain('2 of 5 line(s) match as whole lines');
    await shot('regex-tester');
    // "Port" is in line 1 but is not the whole line: it matches no line, and the page says so.
    await cursorAt(...await find('"Port"', 2));
    expect(await page.locator('#inspector .bad').innerText()).toContain('matches no line of /etc/ssh/sshd_config');
    expect(await page.locator('.regex-summary').innerText()).toContain('Matches no line of /etc/ssh/sshd_config');
    // ReplaceAll: leftmost-longest spans ("ab", not JavaScript's "a"), every one on the line.
    await cursorAt(...await find('"a|ab"', 2));
    const r = await page.evaluate(() => (window as any).playground.regex());
    expect(r.spans).toEqual([{ line: 3, text: ['a', 'a'] }, { line: 5, text: ['a', 'ab', 'ab'] }]);
    expect(await page.locator('.regex-file .vrow mark').allInnerTexts()).toEqual(['a', 'a', 'a', 'ab', 'ab']);
    await shot('regex-tester-replaceall');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot('regex-tester-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows an invalid regex\'s message from the core, at its column', async () => {
    await load(page, editfiles('/etc/motd', '  LocateLineMatching "ab(c"'), { '/etc/motd': 'abc\n' });
    await idle(page);
    await cursorAt(...await find('"ab(c"', 2));
    expect(await page.locator('#inspector').innerText()).toContain('invalid regex: unmatched ( or \\( at column 3');
    // The pattern with a caret under column 3.
    expect(await page.locator('.regex-error').innerText()).toBe('ab(c\n  ^ unmatched ( or \\( at column 3');
    // And in the policy: the character at that column is underlined.
    expect(await page.locator('.cm-pattern-error').innerText()).toBe('(');
    // With an escaped backslash before it (`\\` is one character of the pattern), still the right character.
    await load(page, editfiles('/etc/motd', '  LocateLineMatching "a\\\\.b(c"'), { '/etc/motd': 'abc\n' });
    await idle(page);
    await cursorAt(...await find('LocateLineMatching "', 21));
    expect(await page.locator('.regex-error').innerText()).toBe('a\\.b(c\n    ^ unmatched ( or \\( at column 5');
    expect(await page.locator('.cm-pattern-error').innerText()).toBe('(');
  });

  it('shows a selector\'s value and each part\'s, with where each class came from, as the core decided', async () => {
    const policy = (define: string[]) => load(page, editfiles('/etc/motd', '  AppendIfNoSuchLine "hello"', 'any.(b|!c)'), { '/etc/motd': 'x\n' }, define);
    const parts = () => page.locator('.why-parts li').evaluateAll(list => list.map(li => `${(li as HTMLElement).dataset.value} ${(li as HTMLElement).dataset.part} ${li.textContent!.split(' — ')[1]}`));
    const ran = () => page.evaluate(() => (window as any).playground.report().first.trace.filter((e: any) => e.event === 'edit').map((e: any) => e.status));
    await policy(['b']);
    await idle(page);
    await cursorAt(...await find('any.(b', 4));
    expect(await page.locator('.why-title').innerText()).toContain('is true');
    expect(await parts()).toEqual([
      'true any.(b|!c) and (. or &)',
      'true any defined: any (always defined)',
      'true b|!c or (|)',
      'true b defined: -D (Facts)',
      'true !c not',
      'false c not defined in the last run',
    ]);
    // The core ran the block: the evaluator agrees with it.
    expect(await ran()).toEqual(['ran']);
    await shot('why-panel');
    await policy(['c']);
    await idle(page);
    await cursorAt(...await find('any.(b', 4));
    expect(await page.locator('.why-title').innerText()).toContain('is false');
    expect((await parts()).filter(p => /^(true|false) [bc] /.test(p))).toEqual(['false b not defined in the last run', 'true c defined: -D (Facts)']);
    expect(await ran()).toEqual(['skipped']);
  });
});

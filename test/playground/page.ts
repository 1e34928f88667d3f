/**
 * @fileoverview Helpers for driving the playground page in the tests: its hooks
 * (window.playground, main.ts) with bytes sent as base64, since the page and Node do not share
 * memory.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface WireEntry { path: string; type: 'file' | 'dir' | 'link'; mode: number; base64?: string; target?: string }
export interface WireNode { path: string; type: 'file' | 'dir' | 'link'; mode: number; base64?: string; target?: string }

/** Every file of a case folder as it is on disk (links as links), relative to the folder. */
export function caseFolderEntries(dir: string): WireEntry[] {
  const out: WireEntry[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const path = rel ? `${rel}/${name}` : name;
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out.push({ path, type: 'link', mode: 0o777, target: readlinkSync(full) });
      else if (st.isDirectory()) {
        out.push({ path, type: 'dir', mode: st.mode & 0o7777 });
        walk(full, path);
      } else out.push({ path, type: 'file', mode: st.mode & 0o7777, base64: readFileSync(full).toString('base64') });
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

/** Loads the entries into the page through its test-case loader and runs the case as `cfwasm test` does. */
export interface PageCaseRun {
  /** The page's two runs of the case. */
  runs: { exitCode: number; files: WireNode[]; log: string[] }[];
  /** The page's own check against after/ and after2/ (host/testing, as `cfwasm test`). */
  check: { notRun: string | null; problems: string[] };
}

export async function runCaseInPage(page: Page, entries: WireEntry[]): Promise<PageCaseRun> {
  return page.evaluate(async (list) => {
    const pg = (window as any).playground;
    const bytes = (b64: string) => Uint8Array.from(atob(b64), c => c.charCodeAt(0));
    const b64 = (b: Uint8Array) => {
      let s = '';
      for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
      return btoa(s);
    };
    await pg.loadCase(list.map((e: any) => ({ ...e, bytes: e.base64 !== undefined ? bytes(e.base64) : undefined })));
    await pg.idle();
    const report = await pg.runCase();
    const runs = report.runs.map((r: any) => ({
      exitCode: r.exitCode,
      log: r.log.map((l: any) => `${l.level}: ${l.message}`),
      files: r.files.map((f: any) => ({ path: f.path, type: f.type, mode: f.mode, target: f.target, base64: f.bytes ? b64(f.bytes) : undefined })),
    }));
    return { runs, check: pg.caseCheck() };
  }, entries);
}

export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => (window as any).playground.idle());
}

/**
 * Makes every page of the context start without the work saved in the browser (persist.ts): tests
 * that expect the default example on each load.
 */
export async function forgetSavedWork(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => { indexedDB.deleteDatabase('cfwasm-playground'); });
}

/**
 * Loads a state into the page: the policy and text files (their directories made; `times` by
 * path), the facts given over host1 at the epoch with no classes, and dry run unless told.
 */
export function loadTextState(page: Page, policy: string, files: Record<string, string>,
  options: { facts?: Record<string, unknown>; dryRun?: boolean; times?: Record<string, Record<string, number>> } = {}): Promise<void> {
  return page.evaluate(({ policy, files, options }) => {
    const enc = new TextEncoder();
    const nodes: any[] = [];
    for (const [path, content] of Object.entries(files)) {
      const parts = path.split('/');
      for (let i = 2; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (!nodes.some(n => n.path === dir)) nodes.push({ path: dir, type: 'dir', mode: 0o755 });
      }
      nodes.push({ path, type: 'file', mode: 0o644, bytes: enc.encode(content), ...(options.times?.[path] ? { times: options.times[path] } : {}) });
    }
    nodes.sort((a, b) => (a.path < b.path ? -1 : 1));
    const facts = { hostname: 'host1', domain: '', now: 0, define: [], negate: [], ...options.facts };
    (window as any).playground.load({ policy, files: nodes, facts, exec: {}, dryRun: options.dryRun ?? true });
  }, { policy, files, options });
}

/** axe-core's serious and critical violations on the page as it is (axe injected from node_modules). */
export async function axeViolations(page: Page, repo: string): Promise<string[]> {
  await page.addScriptTag({ path: join(repo, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')}`);
  });
}

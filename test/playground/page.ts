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

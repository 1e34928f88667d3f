/**
 * @fileoverview A unified diff (host/api/diff.ts) as the Diff pane's rows, with no DOM: the run
 * worker counts the lines added and removed and names the backups here; the page draws only the
 * rows in view from the same text.
 */
import type { Change, FileDiff } from '../../host/api/browser.js';
import type { WireDiff } from './protocol.js';

export type RowKind = 'file' | 'hunk' | 'add' | 'del' | 'same' | 'note';

/** The diff's lines (no trailing empty one). */
export function diffLines(diff: string): string[] {
  const lines = diff.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** What line `i` of a diff is: its first two lines are the ---/+++ header (an added "++x" is "+++x" too). */
export function rowKind(lines: string[], i: number): RowKind {
  const line = lines[i];
  if (i < 2 && lines[0].startsWith('--- ')) return 'file';
  if (line.startsWith('@@')) return 'hunk';
  if (line[0] === '+') return 'add';
  if (line[0] === '-') return 'del';
  if (line[0] === ' ') return 'same';
  return 'note';
}

/** Lines added and removed by a diff. */
export function countLines(lines: string[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (let i = 0; i < lines.length; i++) {
    const kind = rowKind(lines, i);
    if (kind === 'add') added++;
    else if (kind === 'del') removed++;
  }
  return { added, removed };
}

/**
 * The backups a run's changes name, each with the file it keeps: an edited file's old contents
 * (a `save` with `backup`) and a copied file's old image (a `.cfsaved` link to it).
 */
export function backupsOf(changes: Change[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of changes) {
    if (c.op === 'save' && typeof c.backup === 'string' && c.path) out.set(c.backup, c.path);
    else if (c.op === 'link' && c.path?.endsWith('.cfsaved') && typeof c.target === 'string') out.set(c.path, c.target);
  }
  return out;
}

/** The API's diffs as the page gets them: made and counted here (in the worker), backups named. */
export function wireDiffs(diffs: FileDiff[], changes: Change[]): WireDiff[] {
  const backups = backupsOf(changes);
  return diffs.map(d => {
    const diff = d.diff;
    const { added, removed } = countLines(diffLines(diff));
    const backupOf = backups.get(d.path);
    return {
      path: d.path, diff, added, removed,
      status: d.before === null ? 'new' : d.after === null ? 'removed' : 'changed',
      ...(backupOf !== undefined ? { backupOf } : {}),
    };
  });
}

/** Rows of the side-by-side view: [before, after] text (null: no line there) and each side's kind. */
export interface SideRow { left: string | null; right: string | null; kind: 'hunk' | 'same' | 'change' }

export function sideRows(lines: string[]): SideRow[] {
  const rows: SideRow[] = [];
  let dels: string[] = [];
  let adds: string[] = [];
  const flush = () => {
    for (let i = 0; i < Math.max(dels.length, adds.length); i++) rows.push({ left: dels[i] ?? null, right: adds[i] ?? null, kind: 'change' });
    dels = [];
    adds = [];
  };
  lines.forEach((line, i) => {
    const kind = rowKind(lines, i);
    if (kind === 'file' || kind === 'note') return;
    if (kind === 'hunk') {
      flush();
      rows.push({ left: line, right: '', kind: 'hunk' });
    } else if (kind === 'del') dels.push(line.slice(1));
    else if (kind === 'add') adds.push(line.slice(1));
    else {
      flush();
      rows.push({ left: line.slice(1), right: line.slice(1), kind: 'same' });
    }
  });
  flush();
  return rows;
}

/**
 * @fileoverview The files a run changed, compared byte for byte, with their diffs made when read:
 * apart from run.ts, so that lint's trial runs use them without loading memfs.
 */
import { fileDiff } from './diff.js';
import type { FileDiff } from './run.js';

/** The plain files whose contents differ between `before` and `after`, by path. */
export function changedFiles(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>): FileDiff[] {
  return withDiffs(changedContents(before, after));
}

/** A file's contents before and after (null: not there). */
export interface ContentChange { path: string; before: Uint8Array | null; after: Uint8Array | null }

/**
 * changedFiles without the diffs (lint's trial runs read only which files changed: an object
 * with a getter per change was most of the cost of finding them).
 */
export function changedContents(before: Record<string, Uint8Array>, after: Record<string, Uint8Array>): ContentChange[] {
  // One pass over each side, no union of the paths made first (lint's trial runs find them once per run).
  const out: ContentChange[] = [];
  for (const path of Object.keys(before)) {
    const a = before[path] ?? null;
    const b = Object.hasOwn(after, path) ? after[path] ?? null : null;
    if (!(a && b && sameBytes(a, b))) out.push({ path, before: a, after: b });
  }
  for (const path of Object.keys(after)) {
    if (!Object.hasOwn(before, path)) out.push({ path, before: null, after: after[path] ?? null });
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** Whether `a` and `b` hold the same bytes (a plain loop: `every` with a callback was a few % of lint's trial runs). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function withDiffs(changed: ContentChange[]): FileDiff[] {
  // The unified diff is made when first read: lint and many callers only look at the paths.
  return changed.map(({ path, before: a, after: b }): FileDiff => {
    let diff: string | undefined;
    return { path, before: a, after: b, get diff() { return diff ??= fileDiff(path, a, b); } };
  });
}

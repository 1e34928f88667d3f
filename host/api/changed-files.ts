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
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    .map(path => ({ path, before: before[path] ?? null, after: after[path] ?? null }))
    .filter(({ before: a, after: b }) => !(a && b && sameBytes(a, b)));
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

/**
 * @fileoverview Incremental parsing for the language server: the change between a document's last
 * text and its new one as one tree-sitter edit (the common prefix and suffix: whatever ranges the
 * client sent, and however many), and the reuse of the last snapshot's nodes (syntax-node.ts)
 * wherever the reparse left the tree as it was. Copying a node out of tree-sitter costs a
 * crossing into wasm per field; a keystroke then copies only the nodes around the edit.
 */
import type { Edit, Range, Tree } from 'web-tree-sitter';
import type { LineIndex, ReuseNode, SyntaxNode } from './syntax-node.js';

/** The last parse of one document, kept by the caller between keystrokes (parser.ts `incremental`). */
export interface ParseState {
  text: string;
  /** The tree of `text` (owned by the state: freeParseState deletes it). */
  tree: Tree | null;
  root: SyntaxNode | null;
}

export const newParseState = (): ParseState => ({ text: '', tree: null, root: null });

export function freeParseState(state: ParseState): void {
  state.tree?.delete();
  state.tree = null;
  state.root = null;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Row and column (UTF-16 units, as web-tree-sitter counts) of offset `i` in `text`. */
function pointAt(text: string, i: number): { row: number; column: number } {
  let row = 0;
  let start = 0;
  for (let n = text.indexOf('\n'); n >= 0 && n < i; n = text.indexOf('\n', n + 1)) {
    row++;
    start = n + 1;
  }
  return { row, column: i - start };
}

/** The edit that turns `before` into `after`: what lies between their common prefix and suffix. */
export function editBetween(before: string, after: string): Edit {
  const most = Math.min(before.length, after.length);
  let p = 0;
  while (p < most && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  // Never split a surrogate pair: the edit starts and ends on whole characters.
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < most - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isLow(before.charCodeAt(before.length - s))) s--;
  const oldEndIndex = before.length - s;
  const newEndIndex = after.length - s;
  return {
    startIndex: p, oldEndIndex, newEndIndex,
    startPosition: pointAt(before, p), oldEndPosition: pointAt(before, oldEndIndex), newEndPosition: pointAt(after, newEndIndex),
  };
}

/** Moves a reused subtree by `shift` characters into the new text's line index. */
function relocate(node: SyntaxNode, shift: number, lines: LineIndex): void {
  const todo = [node];
  for (let n = todo.pop(); n; n = todo.pop()) {
    n.startIndex += shift;
    n.endIndex += shift;
    n.lines = lines;
    for (const c of n.children) todo.push(c);
  }
}

/** The node of `root` (old text) spanning exactly [start, end) with this type and field, if any. */
function find(root: SyntaxNode, start: number, end: number, type: string, field: string | null): SyntaxNode | null {
  let node = root;
  for (;;) {
    if (node.startIndex === start && node.endIndex === end && node.type === type && node.field === field) return node;
    // The last child that starts at or before `start` and covers the span.
    const kids = node.children;
    // A leaf that covers the span but is not the node looked for (fuzz: an edit inside a token).
    if (kids.length === 0) return null;
    let lo = 0;
    let hi = kids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (kids[mid].startIndex <= start) lo = mid; else hi = mid - 1;
    }
    // Zero-width nodes share a start with the next one: look back over them.
    let next: SyntaxNode | null = null;
    for (let i = lo; i >= 0; i--) {
      const k = kids[i];
      if (k.startIndex <= start && k.endIndex >= end) {
        next = k;
        break;
      }
      if (k.endIndex < start) break;
    }
    if (!next) return null;
    node = next;
  }
}

/**
 * Which nodes of the new tree can be taken from the old snapshot `old`: those clear of the edit and
 * of the ranges tree-sitter says changed structure (`changed`), found in `old` at the same place
 * (shifted by the edit) with the same type and field. Each is taken whole; `finish` moves them all
 * into the new text once the walk is over (until then `old` keeps its coordinates for the look-ups).
 */
export function reuseFrom(old: SyntaxNode, edit: Edit, changed: Range[]): { reuse: ReuseNode; finish: () => void } {
  const delta = edit.newEndIndex - edit.oldEndIndex;
  // Touching counts: a node that ends where the edit starts may take the new text into its token.
  const clear = (s: number, e: number) => (e < edit.startIndex || s > edit.newEndIndex) &&
    changed.every(r => e < r.startIndex || s > r.endIndex);
  const taken: { node: SyntaxNode; shift: number; lines: LineIndex }[] = [];
  const reuse: ReuseNode = (cursor, lines) => {
    const s = cursor.startIndex;
    const e = cursor.endIndex;
    if (!clear(s, e)) return null;
    const shift = s > edit.newEndIndex ? delta : 0;
    const node = find(old, s - shift, e - shift, cursor.nodeType, cursor.currentFieldName);
    if (!node || node === old) return null;
    taken.push({ node, shift, lines });
    return node;
  };
  return { reuse, finish: () => taken.forEach(t => relocate(t.node, t.shift, t.lines)) };
}

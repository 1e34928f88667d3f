/**
 * @fileoverview A plain-object copy of a tree-sitter tree, made in one cursor walk.
 * Why: every property read on a web-tree-sitter Node crosses into wasm and allocates; lowering a
 * large policy that way was several times slower than parsing it. The copy is read freely, and
 * keeps lower.ts and syntax-errors.ts independent of the binding's API.
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';

export interface Point {
  row: number;
  column: number;
}

/** Maps string offsets to 0-based row/column (columns in UTF-16 units, as web-tree-sitter's). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(index: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid; else hi = mid - 1;
    }
    return { row: lo, column: index - this.starts[lo] };
  }
}

export interface SyntaxNode {
  type: string;
  /** The field name this node has in its parent (`name`, `condition`, …), if any. */
  field: string | null;
  named: boolean;
  missing: boolean;
  /** An ERROR node, or a node with an ERROR or MISSING node inside. */
  hasError: boolean;
  startIndex: number;
  endIndex: number;
  children: SyntaxNode[];
  parent: SyntaxNode | null;
  /** The source text this node covers. */
  text: string;
  lines: LineIndex;
}

export const startOf = (n: SyntaxNode): Point => n.lines.position(n.startIndex);
export const endOf = (n: SyntaxNode): Point => n.lines.position(n.endIndex);

/**
 * Takes the node at the cursor from an earlier snapshot (incremental parsing, host/ir/incremental.ts),
 * complete with its subtree, or says null to have it copied afresh.
 */
export type ReuseNode = (cursor: TreeCursor, lines: LineIndex) => SyntaxNode | null;

/**
 * `source` is the text the tree was parsed from; or, for a tree of one piece of a longer text
 * (parser.ts), that whole text with `piece.shift` added to the tree's offsets and the whole text's
 * line index, so that every node's place and text are those of the whole. `reuse`: see ReuseNode.
 */
export function snapshotTree(tree: Tree, source: string, reuse?: ReuseNode, piece?: { shift: number; lines: LineIndex }): SyntaxNode {
  const cursor = tree.walk();
  const lines = piece?.lines ?? new LineIndex(source);
  const shift = piece?.shift ?? 0;
  // Each cursor property is a call into wasm: a node's type name and whether it is named are
  // looked up once per type id, and MISSING nodes are looked for only in a tree with an error.
  const { language } = tree;
  const mayMiss = tree.rootNode.hasError;
  const make = (parent: SyntaxNode | null): SyntaxNode => {
    const startIndex = Math.max(0, cursor.startIndex + shift);
    const endIndex = Math.max(0, cursor.endIndex + shift);
    const id = cursor.nodeTypeId;
    let type = typeNames[id];
    if (type === undefined) {
      type = typeNames[id] = language.types[id] || 'ERROR';
      typeIsNamed[id] = language.nodeTypeIsNamed(id);
    }
    const missing = mayMiss && cursor.nodeIsMissing;
    return {
      type, field: language.fields[cursor.currentFieldId], named: typeIsNamed[id], missing,
      hasError: missing || type === 'ERROR',
      startIndex, endIndex, children: [], parent, text: source.slice(startIndex, endIndex), lines,
    };
  };
  const typeNames: string[] = [];
  const typeIsNamed: boolean[] = [];
  const root = make(null);
  const stack: SyntaxNode[] = [root];
  /** The node at the cursor as a child of the stack's top; true when made here (to descend into), false when reused whole. */
  const enter = (): boolean => {
    const parent = stack[stack.length - 1];
    const reused = reuse?.(cursor, lines);
    if (reused) {
      reused.parent = parent;
      parent.children.push(reused);
      if (reused.hasError) parent.hasError = true;
      return false;
    }
    const child = make(parent);
    parent.children.push(child);
    stack.push(child);
    return true;
  };
  // Depth-first: descend when possible, else move to a sibling, else climb and close the parent.
  let made = true;
  for (;;) {
    if (made && cursor.gotoFirstChild()) {
      made = enter();
      continue;
    }
    for (;;) {
      if (made) {
        const done = stack.pop()!;
        const parent = stack[stack.length - 1];
        if (parent && done.hasError) parent.hasError = true;
        if (!parent) {
          cursor.delete();
          return root;
        }
      }
      if (cursor.gotoNextSibling()) {
        made = enter();
        break;
      }
      cursor.gotoParent();
      made = true;
    }
  }
}

export const isError = (n: SyntaxNode) => n.type === 'ERROR';

export function namedChildren(n: SyntaxNode): SyntaxNode[] {
  return n.children.filter(c => c.named);
}

export function childByField(n: SyntaxNode, field: string): SyntaxNode | null {
  return n.children.find(c => c.field === field && !c.missing) ?? null;
}

export function childrenByField(n: SyntaxNode, field: string): SyntaxNode[] {
  return n.children.filter(c => c.field === field && !c.missing);
}

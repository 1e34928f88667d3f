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

/** One of web-tree-sitter's cursor functions: the cursor is the one in the transfer buffer. */
type CursorFunction = (tree: number) => number;
const CURSOR_FUNCTIONS = {
  firstChild: '_ts_tree_cursor_goto_first_child_wasm',
  nextSibling: '_ts_tree_cursor_goto_next_sibling_wasm',
  parent: '_ts_tree_cursor_goto_parent_wasm',
  startIndex: '_ts_tree_cursor_start_index_wasm',
  endIndex: '_ts_tree_cursor_end_index_wasm',
  typeId: '_ts_tree_cursor_current_node_type_id_wasm',
  fieldId: '_ts_tree_cursor_current_field_id_wasm',
  missing: '_ts_tree_cursor_current_node_is_missing_wasm',
  delete: '_ts_tree_cursor_delete_wasm',
} as const;
let direct: Record<keyof typeof CURSOR_FUNCTIONS, CursorFunction> | null = null;

/**
 * Lets snapshotTree call web-tree-sitter's cursor functions itself. `module` is the object given
 * to Parser.init, which Emscripten makes the module. Each TreeCursor method writes the cursor's
 * state into the transfer buffer before its call (and reads it back after a move), each word
 * through setValue: the walk leaves the state there instead, as nothing else uses the buffer
 * between its calls — a third of the copy's cost. Without these functions (another version of
 * web-tree-sitter, or a runtime started with another object) the walk uses TreeCursor's methods.
 * Says whether the functions were found.
 */
export function useDirectCursor(module: Record<string, unknown> | null): boolean {
  const found = module && Object.values(CURSOR_FUNCTIONS).every(name => typeof module[name] === 'function')
    ? Object.fromEntries(Object.entries(CURSOR_FUNCTIONS).map(([k, name]) => [k, module[name]])) as typeof direct
    : null;
  direct = found;
  return found !== null;
}

/** Whether snapshotTree calls the cursor functions itself (useDirectCursor found them). */
export const directCursorInUse = (): boolean => direct !== null;

/** The walk's steps on a cursor: moves say whether they moved, flags are 0 or 1. */
type Steps = Record<keyof typeof CURSOR_FUNCTIONS, () => number>;

function cursorSteps(tree: Tree, cursor: TreeCursor, reusing: boolean): Steps {
  // The tree's handle, which each of the module's cursor functions is passed.
  const handle = (tree as unknown as { 0: unknown })[0];
  if (direct && !reusing && typeof handle === 'number') {
    const d = direct;
    // Any getter puts the cursor's state in the transfer buffer, where the calls below keep it.
    void cursor.nodeTypeId;
    return {
      firstChild: () => d.firstChild(handle), nextSibling: () => d.nextSibling(handle), parent: () => d.parent(handle),
      startIndex: () => d.startIndex(handle), endIndex: () => d.endIndex(handle), typeId: () => d.typeId(handle),
      fieldId: () => d.fieldId(handle), missing: () => d.missing(handle),
      // The TreeCursor object's copy of the state is stale: it is not used again.
      delete: () => d.delete(handle),
    };
  }
  return {
    firstChild: () => +cursor.gotoFirstChild(), nextSibling: () => +cursor.gotoNextSibling(), parent: () => +cursor.gotoParent(),
    startIndex: () => cursor.startIndex, endIndex: () => cursor.endIndex, typeId: () => cursor.nodeTypeId,
    fieldId: () => cursor.currentFieldId, missing: () => +cursor.nodeIsMissing,
    delete: () => { cursor.delete(); return 0; },
  };
}

/**
 * `source` is the text the tree was parsed from; or, for a tree of one piece of a longer text
 * (parser.ts), that whole text with `piece.shift` added to the tree's offsets and the whole text's
 * line index, so that every node's place and text are those of the whole. `reuse`: see ReuseNode
 * (it reads the cursor itself: the walk then uses TreeCursor's methods).
 */
export function snapshotTree(tree: Tree, source: string, reuse?: ReuseNode, piece?: { shift: number; lines: LineIndex }): SyntaxNode {
  const lines = piece?.lines ?? new LineIndex(source);
  const shift = piece?.shift ?? 0;
  // Each cursor property is a call into wasm: a node's type name and whether it is named are
  // looked up once per type id, and MISSING nodes are looked for only in a tree with an error.
  const { language } = tree;
  const mayMiss = tree.rootNode.hasError;
  // Made after the root node is asked for (which takes the transfer buffer).
  const cursor = tree.walk();
  const step = cursorSteps(tree, cursor, reuse !== undefined);
  const make = (parent: SyntaxNode | null): SyntaxNode => {
    const startIndex = Math.max(0, step.startIndex() + shift);
    const endIndex = Math.max(0, step.endIndex() + shift);
    const id = step.typeId();
    let type = typeNames[id];
    if (type === undefined) {
      type = typeNames[id] = language.types[id] || 'ERROR';
      typeIsNamed[id] = language.nodeTypeIsNamed(id);
    }
    const missing = mayMiss && step.missing() === 1;
    return {
      type, field: language.fields[step.fieldId()], named: typeIsNamed[id], missing,
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
    if (made && step.firstChild()) {
      made = enter();
      continue;
    }
    for (;;) {
      if (made) {
        const done = stack.pop()!;
        const parent = stack[stack.length - 1];
        if (parent && done.hasError) parent.hasError = true;
        if (!parent) {
          step.delete();
          return root;
        }
      }
      if (step.nextSibling()) {
        made = enter();
        break;
      }
      step.parent();
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

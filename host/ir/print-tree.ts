/**
 * @fileoverview Prints a syntax tree as an indented S-expression with field names and 1-based
 * positions, like `tree-sitter parse` does: what `cfwasm parse --tree` shows.
 */
import type { Tree } from 'web-tree-sitter';

export function printTree(tree: Tree): string {
  const lines: string[] = [];
  const cursor = tree.walk();
  let depth = 0;
  let visitedChildren = false;
  for (;;) {
    if (!visitedChildren) {
      const node = cursor.currentNode;
      if (node.isNamed || node.isMissing) {
        const field = cursor.currentFieldName;
        const s = node.startPosition;
        const e = node.endPosition;
        const kind = node.isMissing ? `MISSING ${node.type}` : node.type;
        lines.push(`${'  '.repeat(depth)}${field ? `${field}: ` : ''}(${kind} ` +
          `[${s.row + 1}:${s.column + 1}-${e.row + 1}:${e.column + 1}]` +
          (node.childCount === 0 && node.isNamed ? ` ${JSON.stringify(node.text)}` : '') + ')');
      }
      if (cursor.gotoFirstChild()) {
        if (node.isNamed) depth++;
        continue;
      }
    }
    if (cursor.gotoNextSibling()) {
      visitedChildren = false;
      continue;
    }
    if (!cursor.gotoParent()) break;
    visitedChildren = true;
    if (cursor.currentNode.isNamed) depth--;
  }
  cursor.delete();
  return lines.join('\n');
}

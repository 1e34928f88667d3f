/**
 * @fileoverview `formatPolicy`: one canonical layout. Only the white space at the start and end of
 * lines changes (so comments, tokens and their order stay as written, and the IR is the same):
 * section headers at column 0, class selectors indented 2, items 4 (2 before any selector), the
 * commands of a `{ }` block 2 more, the continuation lines of an item (a list's values and
 * parentheses included) 4 more; trailing spaces go,
 * runs of blank lines become one, the file ends with one newline. Lines inside a string that spans
 * lines are kept as they are. Idempotent.
 */
import type { SyntaxNode } from '../ir/syntax-node.js';

const ITEM_TYPES = new Set(['assignment', 'statement', 'list_item', 'edit_block', 'acl_block', 'link', 'process',
  'process_options', 'shell_command', 'mount']);

/** Indentation for each line start, from the tree; -1 keeps the line as it is. */
function indents(root: SyntaxNode, lineCount: number): number[] {
  const out = new Array<number>(lineCount).fill(-2); // -2: not decided (blank or comment)
  const set = (row: number, n: number) => {
    if (row >= 0 && row < lineCount && out[row] === -2) out[row] = n;
  };
  const rowOf = (n: SyntaxNode) => n.lines.position(n.startIndex).row;
  const endRowOf = (n: SyntaxNode) => n.lines.position(n.endIndex).row;
  const visit = (n: SyntaxNode, depth: number) => {
    if (n.type === 'string' && endRowOf(n) > rowOf(n)) {
      for (let r = rowOf(n) + 1; r <= endRowOf(n); r++) out[r] = -1; // inside a multi-line string
    }
    if (n.type === 'section') {
      set(rowOf(n), 0);
      let selectorSeen = false;
      for (const c of n.children) {
        if (c.type === 'class_selector') {
          selectorSeen = true;
          set(rowOf(c), 2);
        } else if (ITEM_TYPES.has(c.type)) {
          const base = selectorSeen ? 4 : 2;
          set(rowOf(c), base);
          for (const k of c.children) {
            const r = rowOf(k);
            if (r === rowOf(c)) continue;
            if (k.type === '}') set(r, base);
            else if (c.type === 'edit_block' || c.type === 'acl_block') set(r, base + 2);
            else set(r, base + 4);
            if (k.type === 'list') for (const v of k.children) set(rowOf(v), base + 4);
          }
        } else if (c.type === 'comment') {
          set(rowOf(c), selectorSeen ? 4 : 2);
        }
        visit(c, depth + 1);
      }
      return;
    }
    for (const c of n.children) visit(c, depth + 1);
  };
  visit(root, 0);
  return out;
}

export function formatPolicy(text: string, root: SyntaxNode): string {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const indent = indents(root, lines.length);
  const out: string[] = [];
  let blank = false;
  for (let i = 0; i < lines.length; i++) {
    if (indent[i] === -1) {
      out.push(lines[i]);
      blank = false;
      continue;
    }
    const body = lines[i].trim();
    if (body === '') {
      if (!blank && out.length > 0) out.push('');
      blank = true;
      continue;
    }
    blank = false;
    // A comment line or anything not placed by the tree: at the level of the line before it.
    const n = indent[i] >= 0 ? indent[i] : (i > 0 && /^\s*#/.test(lines[i]) ? nextIndent(indent, i) : 0);
    out.push(`${' '.repeat(n)}${body}`);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

/** A comment takes the indentation of the next placed line (it usually introduces it). */
function nextIndent(indent: number[], i: number): number {
  for (let k = i + 1; k < indent.length; k++) if (indent[k] >= 0) return indent[k];
  return 0;
}

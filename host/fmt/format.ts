/**
 * @fileoverview `formatPolicy`: one canonical layout. Only the blanks between tokens change, and
 * only where a line starts or ends: what is a token and what is a blank is the parser's answer
 * (the tree's leaves, a quoted string as one; host/ir/blanks.ts), so no token — no quoted string,
 * no Unicode space, no comment — is ever touched, and the IR stays the same. Section headers at
 * column 0, class selectors indented 2, items 4 (2 before any selector), the commands of a `{ }`
 * block 2 more (a command's arguments on lines of their own 4 more than it), the continuation
 * lines of an item (a list's values and parentheses included) 4 more; blanks at the end of a line go, runs of blank lines become one, the file ends with one
 * newline. A blank run without a line feed (between tokens on one line) is kept as written.
 * Idempotent: the tokens and which of them share a line are the same after.
 */
import { isBlank } from '../ir/blanks.js';
import type { SyntaxNode } from '../ir/syntax-node.js';

const ITEM_TYPES = new Set(['assignment', 'statement', 'list_item', 'edit_block', 'acl_block', 'link', 'process',
  'process_options', 'shell_command', 'mount']);

/** Indentation for each line start, from the tree; -2 where the tree places nothing. */
function indents(root: SyntaxNode, lineCount: number): number[] {
  const out = new Array<number>(lineCount).fill(-2); // -2: not decided (blank or comment)
  // A row outside the text reads as undefined, not -2: no bounds check is needed.
  const set = (row: number, n: number) => {
    if (out[row] === -2) out[row] = n;
  };
  const rowOf = (n: SyntaxNode) => n.lines.position(n.startIndex).row;
  const visit = (n: SyntaxNode) => {
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
            // A list's values and parentheses, also when it opens on the item's own line.
            if (k.type === 'list') for (const v of k.children) set(rowOf(v), base + 4);
            const r = rowOf(k);
            if (r === rowOf(c)) continue;
            if (k.type === '}') set(r, base);
            else if (c.type === 'edit_block' || c.type === 'acl_block') {
              set(r, base + 2);
              // A command's arguments (and comments) on lines of their own: 4 past the command.
              for (const a of k.children) set(rowOf(a), base + 6);
            } else set(r, base + 4);
          }
        } else if (c.type === 'comment') {
          set(rowOf(c), selectorSeen ? 4 : 2);
        }
        visit(c);
      }
      return;
    }
    for (const c of n.children) visit(c);
  };
  visit(root);
  return out;
}

/** The tokens: leaves of the tree, a string whole (its inside is never a gap), none empty. */
function tokens(root: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.children.length === 0 || n.type === 'string') {
      if (n.endIndex > n.startIndex) out.push(n);
    } else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** `text` laid out; `root` is its syntax tree, without errors. */
export function formatPolicy(text: string, root: SyntaxNode): string {
  const toks = tokens(root);
  if (toks.length === 0) return '';
  const lines = root.lines;
  const indent = indents(root, lines.position(text.length).row + 1);
  /** For the first token of a line. A comment or anything the tree does not place: a comment at
   * the level of what it introduces (the first line's at 0), anything else at 0. */
  const indentOf = (tok: SyntaxNode) => {
    const row = lines.position(tok.startIndex).row;
    if (indent[row] >= 0) return indent[row];
    return tok.type === 'comment' && row > 0 ? nextIndent(indent, row) : 0;
  };
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k <= toks.length; k++) {
    const next: SyntaxNode | undefined = toks[k]; // undefined past the last: the end
    const gap = text.slice(at, next ? next.startIndex : text.length);
    if (!next) out.push('\n');
    else if (k === 0) out.push(' '.repeat(indentOf(next)));
    else if (!gap.includes('\n') || !allBlank(gap)) out.push(gap); // within a line: as written
    else {
      const breaks = gap.split('\n').length - 1;
      out.push(breaks > 1 ? '\n\n' : '\n', ' '.repeat(indentOf(next)));
    }
    if (next) {
      out.push(text.slice(next.startIndex, next.endIndex));
      at = next.endIndex;
    }
  }
  return out.join('');
}

/** Only blanks: what the parser skipped between two tokens (anything else is kept as it is). */
function allBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isBlank(s[i])) return false;
  return true;
}

/** A comment takes the indentation of the next placed line (it usually introduces it). */
function nextIndent(indent: number[], i: number): number {
  for (let k = i + 1; k < indent.length; k++) if (indent[k] >= 0) return indent[k];
  return 0;
}

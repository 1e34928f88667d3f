/**
 * @fileoverview Builds a class expression (L1547-1640) from the flat run of tokens the grammar
 * gives for a selector (names, operator runs, `!`, `(`, `)`), with an explicit stack instead of
 * recursion: 9,000 nested parentheses or 5,000 operands are just long input.
 *
 * Rules (D26): a run of operators is one operator. A run holding a `|` is an OR, and blank
 * operands around it are skipped, also at the edges (`||a`, `a|`, `(|a)`). A run of `.`/`&` only
 * is an AND; a blank operand of it (`a..b`, `.a`, `a.`, `a.()`, `a.!`) makes that conjunction false.
 * A selector with no class name at all (`|`, `()`) is false. Parentheses leave no node: AND and OR
 * are n-ary, and a group is flattened into a parent of the same kind, so the IR stays shallow.
 * What is still nested deeper than MAX_CLASS_DEPTH (alternating `(a.(b|(c.…)))`) is refused
 * with a clear error rather than left to overflow a walk in the core or a consumer.
 */
import type { Diagnostic } from './diagnostics.js';
import { locationOf } from './syntax-errors.js';
import type { SyntaxNode as Node } from './syntax-node.js';
import type { ClassExpression, Location } from './types.js';

/** How deep the built expression may nest (AND inside OR inside NOT …). */
export const MAX_CLASS_DEPTH = 1000;

/** The false expression: an OR of nothing. */
export const FALSE_EXPRESSION = (loc: Location): ClassExpression => ({ kind: 'or', operands: [], loc });

interface Group {
  /** The `(` that opened it (null for the whole selector). */
  open: Node | null;
  /** Finished conjunctions, ORed. */
  ors: ClassExpression[];
  /** Operands of the conjunction being read. */
  ands: ClassExpression[];
  /** The conjunction being read has a blank operand. */
  blank: boolean;
  /** `!`s read before the next operand (an odd count negates it). */
  nots: Node[];
  /** The last thing read was an operand (a name or a closed group). */
  afterOperand: boolean;
  /** The last thing read was a `.`/`&` run (an operand must follow). */
  afterAnd: boolean;
  /** The NOTs of the parent that apply to this group once it closes. */
  outerNots: Node[];
  first: Node | null;
  last: Node | null;
}

const depths = new WeakMap<ClassExpression, number>();
const depthOf = (e: ClassExpression): number => depths.get(e) ?? 1;

function span(file: string, first: Node, last: Node): Location {
  const a = locationOf(first, file);
  const b = locationOf(last, file);
  return { file, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}

/**
 * The expression of a `class_expression` node, or a diagnostic (and the false expression) when the
 * selector is malformed: unbalanced parentheses, two operands with no operator between them, or
 * nesting deeper than MAX_CLASS_DEPTH.
 */
export function buildClassExpression(node: Node, file: string): { expr: ClassExpression; error: Diagnostic | null } {
  const whole = locationOf(node, file);
  const fail = (at: Node, why: string) => ({
    expr: FALSE_EXPRESSION(whole),
    error: {
      severity: 'error' as const,
      message: `invalid class selector '${node.text.length > 60 ? `${node.text.slice(0, 57)}...` : node.text}::': ${why}`,
      loc: locationOf(at, file),
    },
  });
  const newGroup = (open: Node | null, outerNots: Node[]): Group => ({
    open, ors: [], ands: [], blank: false, nots: [], afterOperand: false, afterAnd: false, outerNots,
    first: null, last: null,
  });

  /** Ends the conjunction being read, adding it to the group's ORs. */
  const endConjunction = (g: Group) => {
    if (g.afterAnd) g.blank = true; // `a.` : the AND has a blank right operand
    if (g.ands.length === 1 && !g.blank) {
      const only = g.ands[0];
      if (only.kind === 'or') g.ors.push(...only.operands); // `(a|b)|c` is one OR
      else g.ors.push(only);
    }
    else if (g.ands.length > 0 || g.blank) {
      const e: ClassExpression = { kind: 'and', operands: g.ands, blank: g.blank, loc: g.ands[0]?.loc ?? whole };
      if (g.ands.length > 0) e.loc = { ...e.loc, endLine: g.ands[g.ands.length - 1].loc.endLine, endColumn: g.ands[g.ands.length - 1].loc.endColumn };
      depths.set(e, 1 + Math.max(0, ...g.ands.map(depthOf)));
      g.ors.push(e);
    }
    g.ands = [];
    g.blank = false;
    g.afterAnd = false;
  };
  /** The group's expression; null when it holds no class name at all. */
  const close = (g: Group): ClassExpression | null => {
    endConjunction(g);
    if (g.ors.length === 0) return null;
    if (g.ors.length === 1) return g.ors[0];
    const loc = span(file, g.first!, g.last!);
    const e: ClassExpression = { kind: 'or', operands: g.ors, loc };
    depths.set(e, 1 + Math.max(...g.ors.map(depthOf)));
    return e;
  };
  /** Adds an operand to the conjunction, negated by the `!`s before it; null is a blank. */
  const operand = (g: Group, e: ClassExpression | null, nots: Node[]) => {
    if (!e) {
      g.blank = true;
    } else {
      let x = e;
      if (nots.length % 2 === 1 && e.kind === 'not') x = e.operand; // `!(!a)` is a
      else if (nots.length % 2 === 1) {
        x = { kind: 'not', operand: e, loc: { ...locationOf(nots[0], file), endLine: e.loc.endLine, endColumn: e.loc.endColumn } };
        depths.set(x, 1 + depthOf(e));
      }
      // A group that is itself a (non-blank) AND joins this conjunction.
      if (x.kind === 'and' && !x.blank) g.ands.push(...x.operands);
      else g.ands.push(x);
    }
    g.afterOperand = true;
    g.afterAnd = false;
  };

  /** A `!` with nothing after it negates a blank: a blank operand (D26), like the core's reading. */
  const danglingNot = (g: Group) => {
    if (g.nots.length === 0) return;
    g.nots = [];
    operand(g, null, []);
  };

  const stack: Group[] = [newGroup(null, [])];
  for (const t of node.children) {
    const g = stack[stack.length - 1];
    g.first ??= t;
    g.last = t;
    switch (t.type) {
      case 'class_name':
        if (g.afterOperand) return fail(t, `expected an operator before '${t.text}'`);
        operand(g, { kind: 'class', name: t.text, loc: locationOf(t, file) }, g.nots);
        g.nots = [];
        break;
      case '!':
        if (g.afterOperand) return fail(t, "expected an operator before '!'");
        g.nots.push(t);
        break;
      case '(':
        if (g.afterOperand) return fail(t, "expected an operator before '('");
        stack.push(newGroup(t, g.nots));
        g.nots = [];
        break;
      case ')': {
        if (stack.length === 1) return fail(t, "')' closes nothing");
        danglingNot(g);
        const inner = close(g);
        stack.pop();
        const parent = stack[stack.length - 1];
        parent.last = t;
        if (inner && depthOf(inner) > MAX_CLASS_DEPTH) {
          return fail(g.open!, `nested more than ${MAX_CLASS_DEPTH} levels deep`);
        }
        operand(parent, inner, g.outerNots);
        break;
      }
      case 'operator':
        danglingNot(g);
        if (t.text.includes('|')) {
          endConjunction(g);
        } else {
          // `.a`, `a..b`: a blank operand on either side of the AND.
          if (!g.afterOperand || t.text.length > 1) g.blank = true;
          g.afterAnd = true;
        }
        g.afterOperand = false;
        break;
      default:
        break; // comments cannot occur inside a selector; nothing else is produced
    }
  }
  if (stack.length > 1) return fail(stack[stack.length - 1].open!, "'(' is never closed");
  const g = stack[0];
  danglingNot(g);
  const expr = close(g) ?? FALSE_EXPRESSION(whole);
  if (depthOf(expr) > MAX_CLASS_DEPTH) return fail(node, `nested more than ${MAX_CLASS_DEPTH} levels deep`);
  return { expr, error: null };
}

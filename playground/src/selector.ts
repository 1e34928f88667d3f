/**
 * @fileoverview "Why did (not) this rule fire": the value of a class selector and of each of its
 * parts, from the IR's selector tree (host/ir/types.ts ClassExpression) and the classes a run
 * defined. The core evaluates the same tree (engine/src/run/context.ts `evaluate`: a class is true
 * when it is defined, exact name; `!`, `.`/`&`, `|` over lists of operands; a blank operand in an AND,
 * `a..b`, is false): host/ir/class-value.ts.
 */
import { evaluateSelector } from '../../host/ir/class-value.js';
import type { ClassExpression } from '../../host/ir/types.js';

/** One node of a selector with its value, for display: depth in the tree, its text, its value. */
export interface SelectorPart {
  depth: number;
  kind: ClassExpression['kind'];
  /** The part as written in the policy. */
  text: string;
  value: boolean;
  /** For a class: where it came from, or undefined when it is not defined. */
  origin?: string;
  /** For an AND with a blank operand (`a..b`): why it is false. */
  note?: string;
}

export { evaluateSelector };

/** Every part of the selector, outermost first, with its value and (for classes) its origin. */
export function selectorParts(e: ClassExpression, defined: ReadonlyMap<string, string>, textOf: (e: ClassExpression) => string): SelectorPart[] {
  const names = new Set(defined.keys());
  const out: SelectorPart[] = [];
  const walk = (x: ClassExpression, depth: number) => {
    const part: SelectorPart = { depth, kind: x.kind, text: textOf(x), value: evaluateSelector(x, names) };
    if (x.kind === 'class') part.origin = defined.get(x.name);
    if (x.kind === 'and' && x.blank) part.note = 'a blank operand in an AND (a..b) is false';
    out.push(part);
    if (x.kind === 'not') walk(x.operand, depth + 1);
    else if (x.kind === 'and' || x.kind === 'or') for (const o of x.operands) walk(o, depth + 1);
  };
  walk(e, 0);
  return out;
}

/** Whether 1-based (line, column) lies within the location (end inclusive: the cursor just after it counts). */
export function within(loc: { line: number; column: number; endLine: number; endColumn: number }, line: number, column: number): boolean {
  if (line < loc.line || line > loc.endLine) return false;
  if (line === loc.line && column < loc.column) return false;
  if (line === loc.endLine && column > loc.endColumn) return false;
  return true;
}

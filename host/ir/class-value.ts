/**
 * @fileoverview The value of a class selector given the classes defined, as the core computes it
 * (engine/src/run/context.ts `evaluate`: a class is true when it is defined, exact name; `!`,
 * `.`/`&`, `|` over lists of operands; a blank operand in an AND, `a..b`, is false). The core
 * does not export its evaluator; the playground and the language server use this one.
 */
import type { ClassExpression } from './types.js';

export function evaluateSelector(e: ClassExpression, defined: ReadonlySet<string>): boolean {
  switch (e.kind) {
    case 'class': return defined.has(e.name);
    case 'not': return !evaluateSelector(e.operand, defined);
    case 'and': return !e.blank && e.operands.every(o => evaluateSelector(o, defined));
    // An OR of no operands (a selector with no class name, `|`) is false.
    case 'or': return e.operands.some(o => evaluateSelector(o, defined));
  }
}

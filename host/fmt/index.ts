/** @fileoverview Parse and format: the formatted text of a policy, or null if it has syntax errors. */
import type { PolicyParser } from '../ir/parser.js';
import { snapshotTree } from '../ir/syntax-node.js';
import { formatPolicy } from './format.js';

export function formatText(parser: PolicyParser, text: string, file: string): string | null {
  const result = parser.parse(text, file, { keepTree: true });
  try {
    if (result.diagnostics.some(d => d.severity === 'error')) return null;
    return formatPolicy(text, snapshotTree(result.tree!, text));
  } finally {
    result.tree?.delete();
  }
}

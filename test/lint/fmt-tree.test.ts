/**
 * formatText releases the syntax tree it asks the parser to keep (its memory lives in the
 * grammar's wasm heap, which no garbage collector frees), after a format and after a refusal.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyParser } from '../../host/ir/parser.js';
import { formatText } from '../../host/fmt/index.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();

/** The real parser, counting the kept trees it hands out and the ones deleted. */
function countingParser(): { parser: PolicyParser; kept: () => number; deleted: () => number } {
  let kept = 0;
  let deleted = 0;
  const parser: PolicyParser = {
    ...runtime.parser,
    parse(text, file, options) {
      const result = runtime.parser.parse(text, file, options);
      if (result.tree) {
        kept++;
        const tree = result.tree;
        const release = tree.delete.bind(tree);
        tree.delete = () => {
          deleted++;
          release();
        };
      }
      return result;
    },
  };
  return { parser, kept: () => kept, deleted: () => deleted };
}

describe('fmt and the syntax tree', () => {
  it('deletes the kept tree once after formatting', () => {
    const c = countingParser();
    expect(formatText(c.parser, 'files:\n/tmp/a mode=644\n', 'a.cf')).toBe('files:\n  /tmp/a mode=644\n');
    expect(c.kept()).toBe(1);
    expect(c.deleted()).toBe(1);
  });

  it('deletes it too when the policy has a syntax error and nothing is formatted', () => {
    const c = countingParser();
    expect(formatText(c.parser, 'files:\n/tmp/a mode=(\n', 'b.cf')).toBeNull();
    expect(c.kept()).toBe(1);
    expect(c.deleted()).toBe(1);
  });
});

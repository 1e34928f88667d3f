/**
 * The tree copy (host/ir/syntax-node.ts snapshotTree) in Node calls web-tree-sitter's cursor
 * functions itself, leaving the cursor's state in the transfer buffer between calls: the copy it
 * makes is the one TreeCursor's methods make, node for node, on well-formed and broken texts and
 * on a piece of a longer text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directCursorInUse, LineIndex, snapshotTree } from '../../host/ir/syntax-node.js';
import type { ReuseNode, SyntaxNode } from '../../host/ir/syntax-node.js';
import { nodePolicyParser } from '../../host/node/grammar.js';
import { SAMPLE_POLICY } from '../support/sample-policy.js';
import { conformanceCasesDir } from '../support/shared.js';

function plain(n: SyntaxNode): unknown {
  return {
    type: n.type, field: n.field, named: n.named, missing: n.missing, hasError: n.hasError,
    start: n.startIndex, end: n.endIndex, text: n.text, children: n.children.map(plain),
  };
}

// A reuse that takes nothing: the walk then reads the cursor through TreeCursor's methods.
const noReuse: ReuseNode = () => null;

describe('the tree copy', () => {
  it('calls the cursor functions itself in Node, and copies what TreeCursor\'s methods copy', async () => {
    const parser = await nodePolicyParser();
    expect(directCursorInUse()).toBe(true);
    const dir = conformanceCasesDir();
    const texts = [SAMPLE_POLICY, ...readdirSync(dir).map(c => readFileSync(join(dir, c, 'policy.cf'), 'utf8'))];
    let broken = 0;
    for (const whole of texts) {
      // As written, cut short, with a stray brace, and with blanks around it.
      for (const text of [whole, whole.slice(0, whole.length >> 1), whole.replace('{', '{ }}'), `  \n${whole}\n\n  \n`]) {
        const { tree } = parser.parse(text, 'p.cf', { keepTree: true });
        try {
          if (tree!.rootNode.hasError) broken++;
          const direct = snapshotTree(tree!, text);
          expect(plain(direct)).toEqual(plain(snapshotTree(tree!, text, noReuse)));
          // A piece of a longer text: its offsets shifted into it.
          const piece = { shift: 2, lines: new LineIndex(`xy${text}`) };
          expect(plain(snapshotTree(tree!, `xy${text}`, undefined, piece))).toEqual(plain(snapshotTree(tree!, `xy${text}`, noReuse, piece)));
        } finally {
          tree!.delete();
        }
      }
    }
    // The MISSING and ERROR nodes' path was taken too.
    expect(broken).toBeGreaterThan(100);
  });
});

/**
 * The tree-sitter corpus (grammar/test/corpus) checked through web-tree-sitter, the runtime the
 * product ships, so `npm test` covers it without the tree-sitter CLI (CI also runs
 * `tree-sitter test`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotTree } from '../../host/ir/syntax-node.js';
import type { SyntaxNode } from '../../host/ir/syntax-node.js';
import { parse } from '../support/parser.js';
import { REPO } from '../support/shared.js';

interface CorpusCase { file: string; name: string; input: string; expected: string }

function readCorpus(): CorpusCase[] {
  const dir = join(REPO, 'grammar', 'test', 'corpus');
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const re = /^=+\n(.*)\n=+\n\n([\s\S]*?)\n-{3,}\n\n([\s\S]*?)(?=\n=+\n|(?![\s\S]))/gm;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      cases.push({ file, name: m[1], input: m[2].replace(/\n$/, ''), expected: m[3] });
    }
  }
  return cases;
}

/** The S-expression `tree-sitter test` compares: named nodes only, no fields, one space apart. */
function sexp(n: SyntaxNode): string {
  const kids = n.children.filter(c => c.named || c.missing).map(sexp);
  const type = n.missing ? `MISSING ${n.type}` : n.type;
  return kids.length ? `(${type} ${kids.join(' ')})` : `(${type})`;
}
const normalise = (s: string) => s.replace(/\w+: /g, '').replace(/\s+/g, ' ').replace(/ \)/g, ')').trim();

describe('grammar corpus', () => {
  const cases = readCorpus();
  it('holds a case for every editfiles command and section kind', () => {
    expect(cases.filter(c => c.file === 'editfiles-commands.txt')).toHaveLength(70);
    expect(cases.length).toBeGreaterThan(95);
  });

  it.each(cases.map(c => [`${c.file}: ${c.name}`, c]))('%s', async (_, c) => {
    const result = await parse(c.input, c.name, true);
    try {
      expect(sexp(snapshotTree(result.tree!, c.input))).toBe(normalise(c.expected));
    } finally {
      result.tree!.delete();
    }
  });
});

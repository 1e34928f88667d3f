/**
 * The semantic tokens follow grammar/queries/highlights.scm: every node it colours (punctuation
 * aside) has a token type, of the same kind as its capture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_OF_NODE, TOKEN_TYPES } from '../../host/lsp/features.js';
import { REPO } from '../support/shared.js';

/** highlights.scm capture → the LSP token type it becomes. */
const KIND: Record<string, string> = {
  comment: 'comment', keyword: 'keyword', label: 'enumMember', operator: 'operator', variable: 'variable',
  property: 'property', constant: 'enum', 'constant.builtin': 'enum', function: 'function', string: 'string',
  'variable.builtin': 'macro',
};

describe('semantic tokens', () => {
  it('give every node highlights.scm colours the token type of its capture', () => {
    const scm = readFileSync(join(REPO, 'grammar', 'queries', 'highlights.scm'), 'utf8');
    const pairs: [string, string][] = [];
    for (const line of scm.split('\n')) {
      const m = /(?:\((\w+)\)|"([^"]+)")\s*@([\w.]+)\)*\s*$/.exec(line);
      // (_): a whole selector, whose class names and operators have their own captures.
      if (!m || m[3].startsWith('punctuation') || m[1] === '_') continue;
      const node = m[1] ?? m[2];
      pairs.push([/\(assignment name:/.test(line) ? `assignment.${node}` : node, m[3]]);
    }
    expect(pairs.length).toBeGreaterThan(15);
    for (const [node, capture] of pairs) {
      expect(TOKEN_TYPES[TOKEN_OF_NODE[node]], `${node} @${capture}`).toBe(KIND[capture]);
    }
  });
});

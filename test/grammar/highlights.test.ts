/** queries/highlights.scm compiles against the grammar and tags what an editor should colour. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Language, Parser, Query } from 'web-tree-sitter';
import { grammarWasmPath } from '../../host/node/grammar.js';
import { REPO } from '../support/shared.js';

describe('highlights query', () => {
  it('captures sections, classes, options, commands, strings, variables and comments', async () => {
    await Parser.init();
    const language = await Language.load(readFileSync(grammarWasmPath()));
    const parser = new Parser();
    parser.setLanguage(language);
    const query = new Query(language, readFileSync(join(REPO, 'grammar', 'queries', 'highlights.scm'), 'utf8'));
    const text = 'editfiles: # c\n any.!sun4::\n { /etc/$(x)\n AppendIfNoSuchLine "a"\n }\n' +
      'files:\n /x mode=644 fixall\n';
    const tree = parser.parse(text)!;
    const seen = new Set(query.captures(tree.rootNode).map(c => `${c.name}:${c.node.text}`));
    for (const want of ['keyword:editfiles', 'comment:# c', 'label:any', 'operator:.', 'operator:!',
      'function:AppendIfNoSuchLine', 'string:"a"', 'variable.builtin:$(x)', 'property:mode',
      'constant:fixall', 'keyword:files']) {
      expect(seen).toContain(want);
    }
    tree.delete();
  });
});

/**
 * `cfwasm lsp` parses a changed document incrementally (host/ir/incremental.ts) from the ranged
 * changes a client sends: after each edit, through a real LSP client, the diagnostics are exactly
 * those of the same text opened fresh (parsed from scratch) in the same server, and those
 * `cfwasm lint` gives for it; so are the semantic tokens.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Range, SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../host/api/index.js';
import { SAMPLE_POLICY as POLICY } from '../support/sample-policy.js';
import { startClient, uriOf } from './client.js';
import type { TestClient } from './client.js';

type Change = { range: Range; text: string };
const at = (line: number, character: number) => ({ line, character });
const span = (from: [number, number], to: [number, number]): Range => ({ start: at(...from), end: at(...to) });

let client: TestClient;
let dir: string;
let fresh = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cfwasm-lsp-incremental-'));
  client = await startClient({ root: dir, settings: { debounceMs: 0, convergeDelayMs: 0 } });
});

afterAll(async () => {
  await client?.close();
});

const shape = (ds: Diagnostic[]) => ds.map(d => [d.code, d.severity, d.message, d.range]);

/** The diagnostics of `text` opened as a new document (parsed from scratch by the server). */
async function fromScratch(text: string): Promise<Diagnostic[]> {
  const path = join(dir, `fresh-${fresh++}.cf`);
  const published = client.nextDiagnostics(uriOf(path), 1);
  client.open(path, text);
  return published;
}

/**
 * Opens `text` and applies each step's changes as one didChange; after each, the published
 * diagnostics must be those of the whole text parsed afresh. Returns each step's codes.
 */
async function replay(name: string, text: string, steps: Change[][]): Promise<string[][]> {
  const path = join(dir, name);
  const uri = uriOf(path);
  let doc = TextDocument.create(uri, 'cfengine', 1, text);
  const opened = client.nextDiagnostics(uri);
  client.open(path, text);
  await opened;
  const codes: string[][] = [];
  for (const [i, changes] of steps.entries()) {
    doc = TextDocument.update(doc, changes, doc.version + 1);
    // Of this version: a pass the settings' arrival started may publish the last one meanwhile.
    const published = client.nextDiagnostics(uri, client.version(uri) + 1);
    client.edit(uri, changes);
    const incremental = await published;
    const scratch = await fromScratch(doc.getText());
    expect(shape(incremental), `${name}, step ${i}`).toEqual(shape(scratch));
    // The semantic tokens come from the tree the incremental parse left.
    const tokens = (u: string) => client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
    expect(await tokens(uri), `${name}, step ${i}`).toEqual(await tokens(uriOf(join(dir, `fresh-${fresh - 1}.cf`))));
    const lintSays = await lint(doc.getText(), path);
    expect(incremental.map(d => [d.code ?? null, d.message, d.range.start.line + 1]), `${name}, step ${i}`)
      .toEqual(lintSays.map(d => [d.code ?? null, d.message, d.loc.line]));
    codes.push(incremental.map(d => String(d.code)));
  }
  return codes;
}

describe('cfwasm lsp: incremental edits', () => {
  it('inserts, deletions across lines, and several changes in one message give what a full parse gives', async () => {
    const codes = await replay('edits.cf', POLICY, [
      // A new block typed into the editfiles section (an Append: it does not converge either).
      [{ range: span([16, 0], [16, 0]), text: '  any::\n    { /etc/fstab\n      Append "y"\n    }\n' }],
      // From the middle of the groups line to the middle of the editfiles selector: a syntax error.
      [{ range: span([5, 12], [8, 5]), text: '' }],
      // Typed back, differently.
      [{ range: span([5, 12], [5, 12]), text: 's = ( web1 web2 )\n\neditfiles:\n  web' }],
      // Three changes at once: both selectors and the group agree again, and the macro is renamed
      // (its use is not).
      [{ range: span([12, 2], [12, 12]), text: 'webservers' }, { range: span([5, 2], [5, 13]), text: 'webservers' },
        { range: span([2, 2], [2, 6]), text: 'greeting' }],
    ]);
    // The steps went through what they meant to: CF012, CF015, a syntax error, the mend.
    expect(codes[0]).toEqual(['CF012', 'CF015', 'CF015']);
    expect(codes[1]).toContain('CF001');
    expect(codes[3]).toContain('CF013');
    expect(codes[3]).not.toContain('CF012');
  });

  it('multi-byte characters (UTF-16 pairs) in values and comments', async () => {
    const codes = await replay('utf16.cf', POLICY, [
      [{ range: span([2, 19], [2, 19]), text: 'é😀' }],
      // Right after the pair: LSP counts UTF-16 units, as tree-sitter's columns do.
      [{ range: span([2, 22], [2, 22]), text: '😁 ü' }],
      [{ range: span([0, 8], [0, 8]), text: ' # ünïcode 😀 comment' }],
      // A class typo after the pairs: its column must still be right.
      [{ range: span([8, 2], [8, 12]), text: 'webservrs' }],
      // One half of a pair replaced: the text holds a lone surrogate for a while.
      [{ range: span([2, 20], [2, 21]), text: '' }],
    ]);
    expect(codes[3]).toContain('CF012');
  });

  it('CRLF line ends', async () => {
    const crlf = POLICY.replaceAll('\n', '\r\n');
    const codes = await replay('crlf.cf', crlf, [
      [{ range: span([3, 0], [3, 0]), text: 'classes:\r\n  extra = ( web3 )\r\n\r\n' }],
      // Across a line end: the \r\n between two lines goes, and comes back.
      [{ range: span([4, 18], [5, 0]), text: '' }],
      [{ range: span([4, 18], [4, 18]), text: '\r\n' }],
      // At a line's end, before its \r.
      [{ range: span([1, 32], [1, 32]), text: ' ' }],
      [{ range: span([15, 2], [15, 12]), text: 'extra' }],
    ]);
    expect(codes[4]).not.toContain('CF012');
    expect(codes[0]).toContain('CF012');
  });
});

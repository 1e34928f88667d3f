/**
 * `cfwasm lsp` through a real LSP client (vscode-languageserver-protocol over the stdio of the
 * shipped bin/cfwasm.js): each feature of docs/editors.md.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, Location, SemanticTokens, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { lint } from '../../host/api/index.js';
import { SAMPLE_POLICY as POLICY } from '../support/sample-policy.js';
import { startClient, uriOf } from './client.js';
import type { TestClient } from './client.js';


/** Applies LSP text edits to a text (edits given in document order, applied from the last). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const e of sorted) text = text.slice(0, offset(e.range.start)) + e.newText + text.slice(offset(e.range.end));
  return text;
}

const pos = (line: number, character: number) => ({ line, character });

let client: TestClient;
let dir: string;
let uri: string;
let first: Diagnostic[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cfwasm-lsp-'));
  client = await startClient({ root: dir, settings: { debounceMs: 0, convergeDelayMs: 0 } });
  uri = uriOf(join(dir, 'cfengine.conf'));
  const published = client.nextDiagnostics(uri);
  client.open(join(dir, 'cfengine.conf'), POLICY);
  first = await published;
});

afterAll(async () => {
  await client?.close();
});

describe('cfwasm lsp: diagnostics', () => {
  it('publishes what cfwasm lint says, with the same rule ids and messages', async () => {
    const lintSays = await lint(POLICY, join(dir, 'cfengine.conf'));
    expect(first.map(d => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1]))
      .toEqual(lintSays.map(d => [d.code, d.message, d.loc.line, d.loc.column]));
    expect(first.map(d => d.code)).toEqual(['CF012', 'CF015']);
    expect(first[0].message).toContain('class webserverz is never defined');
    expect(first[0].message).toContain('did you mean webservers?');
  });

  it('checks again after a keystroke, and the workspace setting "classes" counts as --classes', async () => {
    const published = client.nextDiagnostics(uri);
    client.change(uri, POLICY.replace('AppendIfNoSuchLine "x"', 'AppendIfNoSuchLin "x"'));
    expect((await published).map(d => d.code)).toContain('CF003');
    const again = client.nextDiagnostics(uri);
    client.change(uri, POLICY);
    expect((await again).map(d => d.code)).toEqual(['CF012', 'CF015']);

    const other = await startClient({ root: dir, settings: { debounceMs: 0, convergeDelayMs: 0, classes: ['webserverz'] } });
    try {
      const u = uriOf(join(dir, 'other.cf'));
      const p = other.nextDiagnostics(u);
      other.open(join(dir, 'other.cf'), POLICY);
      expect((await p).map(d => d.code)).toEqual(['CF015']);
    } finally {
      await other.close();
    }
  });

  it('gives the other diagnostics at once after a keystroke, and CF015 when typing pauses', async () => {
    const paced = await startClient({ root: dir, settings: { debounceMs: 0, convergeDelayMs: 300 } });
    try {
      const u = uriOf(join(dir, 'paced.cf'));
      const quick = paced.nextDiagnostics(u);
      paced.open(join(dir, 'paced.cf'), POLICY);
      expect((await quick).map(d => d.code)).toEqual(['CF012']);
      const lenses = await paced.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: u } });
      expect(lenses[1].command!.title).toBe('converges? (checking when typing pauses)');
      const full = paced.nextDiagnostics(u);
      expect((await full).map(d => d.code)).toEqual(['CF012', 'CF015']);
    } finally {
      await paced.close();
    }
  });

  it('follows imports: their problems go to their own files, their groups are definitions', async () => {
    const sub = join(dir, 'imports');
    mkdirSync(sub);
    writeFileSync(join(sub, 'cf.groups'), 'groups:\n  dbservers = ( db1 )\n');
    writeFileSync(join(sub, 'cf.broken'), 'files:\n  /etc/x mode=( \n');
    const main = join(sub, 'cf.main');
    const text = 'import:\n  cf.groups\n  cf.broken\n  cf.missing\n\ncontrol:\n  actionsequence = ( files )\n\nfiles:\n  dbservers::\n    /etc/passwd mode=644\n';
    const mainDiagnostics = client.nextDiagnostics(uriOf(main));
    const brokenDiagnostics = client.nextDiagnostics(uriOf(join(sub, 'cf.broken')));
    client.open(main, text);
    expect((await mainDiagnostics).map(d => d.message)).toContain('import: cannot read cf.missing');
    expect((await brokenDiagnostics).some(d => d.severity === 1)).toBe(true);
    const def = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(main) }, position: pos(9, 4) });
    expect(def).toEqual([{ uri: uriOf(join(sub, 'cf.groups')), range: { start: pos(1, 2), end: pos(1, 11) } }]);
    // The imports change on disk: the next keystroke reads them again (the server keeps a file it
    // read only while its size and times stay the same).
    writeFileSync(join(sub, 'cf.groups'), '\n# moved down a line\ngroups:\n  dbservers = ( db1 )\n');
    writeFileSync(join(sub, 'cf.broken'), 'files:\n  /etc/x mode=644\n');
    const mended = client.nextDiagnostics(uriOf(join(sub, 'cf.broken')));
    client.change(uriOf(main), `${text}\n`);
    expect(await mended).toEqual([]);
    const moved = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(main) }, position: pos(9, 4) });
    expect(moved).toEqual([{ uri: uriOf(join(sub, 'cf.groups')), range: { start: pos(3, 2), end: pos(3, 11) } }]);
  });
});

describe('cfwasm lsp: hover', () => {
  const hoverAt = (line: number, character: number) =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: pos(line, character) });
  const text = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

  it('describes editfiles commands, sections and options with the manual\'s lines', async () => {
    expect(text(await hoverAt(10, 8))).toMatch(/^\*\*AppendIfNoSuchLine\*\*\n\n.+\n\n\(manual L8385-8387\)$/);
    expect(text(await hoverAt(7, 2))).toContain('(manual L8196-8804)');
    const files = await startClient({ root: dir, settings: { debounceMs: 0 } });
    try {
      const u = files.open(join(dir, 'files.cf'), 'files:\n  /etc/passwd m=644 own=root\n');
      const h = await files.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(1, 15) });
      expect(text(h)).toContain('**mode=** (files)');
      expect(text(h)).toContain('(manual L8907-8922)');
    } finally {
      await files.close();
    }
  });

  it('says whether a class is true on this host and why', async () => {
    expect(text(await hoverAt(8, 4))).toContain('false on this host');
    expect(text(await hoverAt(8, 4))).toContain('group at line 6');
    const anyHover = text(await hoverAt(16, 3));
    expect(anyHover).toContain('true on this host: always (any)');
    // A hard class of this (Linux) host, and a group made true by it.
    const u = client.open(join(dir, 'hard.cf'), 'groups:\n  here = ( linux )\n\nfiles:\n  linux::\n    /etc/x mode=644\n  here::\n    /etc/y mode=644\n');
    const ask = async (line: number, character: number) => text(await client.request<Hover>('textDocument/hover', { textDocument: { uri: u }, position: pos(line, character) }));
    expect(await ask(4, 3)).toContain('true on this host: a hard class of this host');
    expect(await ask(6, 3)).toContain('true on this host: group here');
  });

  it('gives a variable its value', async () => {
    expect(text(await hoverAt(10, 29))).toContain('value on this host: `Welcome`');
  });
});

describe('cfwasm lsp: completion', () => {
  const labels = async (line: number, character: number, edit?: string) => {
    let u = uri;
    if (edit !== undefined) {
      u = uriOf(join(dir, `c${line}${character}.cf`));
      client.open(join(dir, `c${line}${character}.cf`), edit);
    }
    return (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: pos(line, character) })).map(i => i.label);
  };

  it('offers editfiles commands inside a block, sections at a line start, options of the section, variables after $(', async () => {
    expect(await labels(11, 6, POLICY.replace('      AppendIfNoSuchLine "$(motd)"\n', '      AppendIfNoSuchLine "$(motd)"\n      Ap\n'))).toEqual(expect.arrayContaining(['AppendIfNoSuchLine', 'InsertLine', 'BeginGroupIfNoSuchLine']));
    const sections = await labels(22, 0, `${POLICY}\n`);
    expect(sections).toEqual(expect.arrayContaining(['files:', 'editfiles:', 'webservers']));
    const options = await labels(1, 14, 'files:\n  /etc/passwd m\n');
    expect(options).toEqual(expect.arrayContaining(['mode=', 'owner=', 'recurse=']));
    expect(options).not.toContain('dest=');
    expect(await labels(10, 28)).toEqual(expect.arrayContaining(['motd', 'host']));
  });
});

describe('cfwasm lsp: definition, references, rename', () => {
  it('jumps from a selector to its group', async () => {
    const def = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(8, 5) });
    expect(def).toEqual([{ uri, range: { start: pos(5, 2), end: pos(5, 12) } }]);
  });

  it('finds the references of a class and of a macro', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: pos(5, 4), context: { includeDeclaration: true } });
    expect(refs.map(r => r.range.start)).toEqual([pos(5, 2), pos(8, 2)]);
    const macro = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: pos(2, 3), context: { includeDeclaration: false } });
    expect(macro.map(r => r.range)).toEqual([{ start: pos(10, 28), end: pos(10, 32) }]);
  });

  it('renames a group everywhere it is written', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: pos(8, 4), newName: 'www' });
    const after = applyEdits(POLICY, edit.changes![uri]);
    expect(after).toContain('  www = ( web1 web2 )');
    expect(after).toContain('  www::\n');
    expect(after).toContain('webserverz::'); // another class, not renamed
  });
});

describe('cfwasm lsp: symbols, formatting, semantic tokens', () => {
  it('lists sections with their file blocks and groups', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map(s => [s.name, (s.children ?? []).map(c => c.name)])).toEqual([
      ['control:', ['actionsequence', 'motd']], ['groups:', ['webservers']], ['editfiles:', ['/etc/motd', '/etc/issue', '/etc/hosts']],
    ]);
  });

  it('formats as cfwasm fmt does', async () => {
    const u = client.open(join(dir, 'fmt.cf'), 'control:\nactionsequence = ( files )   \n\n\n\nfiles:\n/etc/x mode=644\n');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: u }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyEdits('control:\nactionsequence = ( files )   \n\n\n\nfiles:\n/etc/x mode=644\n', edits))
      .toBe('control:\n  actionsequence = ( files )\n\nfiles:\n  /etc/x mode=644\n');
  });

  it('colours the kinds highlights.scm names', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    // The first token: `control` at 0:0, 7 long, a keyword (index 1 of the legend).
    expect(tokens.data.slice(0, 5)).toEqual([0, 0, 7, 1, 0]);
  });
});

describe('cfwasm lsp: code actions and lenses', () => {
  it('guards an InsertLine as CF015 says, and the guarded block converges', async () => {
    const cf015 = first.find(d => d.code === 'CF015')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: cf015.range, context: { diagnostics: [cf015] } });
    expect(actions.map(a => a.title)).toEqual(['Guard with BeginGroupIfNoSuchLine … EndGroup']);
    const fixed = applyEdits(POLICY, actions[0].edit!.changes![uri]);
    expect(fixed).toContain('      BeginGroupIfNoSuchLine "10.0.0.1 db"\n      InsertLine "10.0.0.1 db"\n      EndGroup\n');
    const published = client.nextDiagnostics(uri);
    client.change(uri, fixed);
    expect((await published).map(d => d.code)).toEqual(['CF012']);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.filter(l => l.command!.title.startsWith('converges?')).map(l => l.command!.title.split(':')[0]))
      .toEqual(['converges? yes', 'converges? yes', 'converges? yes']);
    const back = client.nextDiagnostics(uri);
    client.change(uri, POLICY);
    await back;
  });

  it('offers the replacement lint\'s "did you mean …?" names: a command, an option, a section, a class', async () => {
    const typo = 'control:\n  actionsequence = ( editfiles files )\n\ngroups:\n  webservers = ( web1 )\n\nfile:\n  /etc/x mode=644\n\n' +
      'files:\n  webserverz::\n    /etc/passwd mdoe=644 owner=root\n\neditfiles:\n  { /etc/motd\n    AppendIfNoSuchLin "x"\n  }\n';
    const path = join(dir, 'typo.cf');
    const published = client.nextDiagnostics(uriOf(path));
    const u = client.open(path, typo);
    const diagnostics = (await published).filter(d => /did you mean/.test(d.message));
    expect(diagnostics.map(d => d.code).sort()).toEqual(['CF002', 'CF003', 'CF008', 'CF012']);
    const edits: TextEdit[] = [];
    for (const d of diagnostics) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } });
      expect(actions.map(a => a.title), d.message).toEqual([expect.stringMatching(/^Change to /)]);
      edits.push(...actions[0].edit!.changes![u]);
    }
    const fixed = applyEdits(typo, edits);
    expect(fixed).toContain('\nfiles:\n  /etc/x mode=644\n');
    expect(fixed).toContain('  webservers::\n    /etc/passwd mode=644 owner=root\n');
    expect(fixed).toContain('    AppendIfNoSuchLine "x"\n');
    expect((await lint(fixed, path)).filter(d => /did you mean/.test(d.message))).toEqual([]);
  });

  it('puts a dry run and the CF015 answer on each editfiles block', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.map(l => [l.range.start.line, l.command!.title.replace(/:.*/, '')])).toEqual([
      [9, 'dry run'], [9, 'converges? yes'], [13, 'dry run'], [13, 'converges? yes'], [17, 'dry run'], [17, 'converges? no'],
    ]);
    expect(lenses[5].command!.title).toContain('/etc/hosts changes again on a second run');
    // The dry run of /etc/hosts from the workspace's copy of it (read only).
    mkdirSync(join(dir, 'etc'), { recursive: true });
    writeFileSync(join(dir, 'etc', 'hosts'), '127.0.0.1 localhost\n');
    const plan = await client.request<string>('workspace/executeCommand', { command: lenses[4].command!.command, arguments: lenses[4].command!.arguments });
    expect(plan).toContain('+10.0.0.1 db');
    expect(plan).toContain(' 127.0.0.1 localhost');
  });
});

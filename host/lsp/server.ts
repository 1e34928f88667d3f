/**
 * @fileoverview `cfwasm lsp`: the Language Server Protocol server, on vscode-languageserver. It
 * keeps the open documents, analyses one (analysis.ts) a short while after its last change
 * (debounced), publishes lint's diagnostics for it and its imports, and answers the features of
 * features.ts from the last analysis. Imports are read from the open documents, else from disk
 * beside the policy (or in $CFINPUTS), as `cfwasm run` reads them.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, TextEdit,
} from 'vscode-languageserver/node';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { HostFacts, Runtime } from '../api/runtime.js';
import { formatText } from '../fmt/index.js';
import type { ImportReader } from '../ir/imports.js';
import { readPolicyBytes, readPolicyFile } from '../cli/read-policy.js';
import { readFixtures } from '../cli/lint-command.js';
import type { Analysis, LspSettings } from './analysis.js';
import { analyse, syntaxOf } from './analysis.js';
import {
  codeActions, codeLenses, complete, definition, documentSymbols, DRY_RUN_COMMAND, dryRun, hover, references,
  rename, renameTarget, rangeOf, semanticTokens, toLsp, TOKEN_TYPES,
} from './features.js';

export interface ServerOptions {
  runtime: Runtime;
  facts: HostFacts;
  /** Where the messages go (stdio by default). */
  connection?: Connection;
}

/** The workspace configuration `cfwasm.*` as the client sends it. */
interface ClientSettings { classes?: string[] | string; fixtures?: string; noRun?: boolean; debounceMs?: number; convergeDelayMs?: number }

/**
 * A keystroke's analysis takes a few milliseconds (incremental parse, host/ir/incremental.ts):
 * the pause only gathers the changes an editor sends in a burst (a paste, a multi-cursor edit).
 */
const DEFAULT_DEBOUNCE_MS = 15;
/**
 * The convergence check (CF015) runs the policy's edits in memory, which takes far longer than
 * the rest of lint on a big policy: after a keystroke the other diagnostics come at once, and
 * CF015's when typing has paused this long. 0: one pass with everything.
 */
const DEFAULT_CONVERGE_DELAY_MS = 600;

const fileOf = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : uri);

/** The file `path` as `dir` holds it (`dir/etc/x` is /etc/x), for the dry run; null if it has none. */
function fixtureFile(dir: string, path: string): Uint8Array | null {
  const p = join(dir, path);
  return existsSync(p) ? readPolicyBytes(p) : null;
}

export function startServer(options: ServerOptions): Connection {
  const { runtime, facts } = options;
  const connection = options.connection ?? createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The other files each document's diagnostics went to (its imports), to clear them later. */
  const published = new Map<string, Set<string>>();
  let client: ClientSettings = {};
  let configurable = false;
  let codeLensRefresh = false;
  let roots: string[] = [];

  const uriOf = (file: string) => (documents.all().find(d => fileOf(d.uri) === file)?.uri ??
    (isAbsolute(file) ? pathToFileURL(file).href : file));

  const fixturesDir = () => (client.fixtures ? resolve(roots[0] ?? process.cwd(), client.fixtures) : null);

  const settings = (): LspSettings => ({
    classes: typeof client.classes === 'string' ? [client.classes] : client.classes ?? [],
    noRun: client.noRun ?? false,
    fixtures: undefined,
  });

  /** Lint's fixtures (the whole directory, as --fixtures reads it), read again when the settings change. */
  let fixtures: { dir: string; files: Record<string, Uint8Array> } | null = null;
  const lintSettings = (): LspSettings => {
    const dir = fixturesDir();
    if (dir && fixtures?.dir !== dir && existsSync(dir)) fixtures = { dir, files: readFixtures(dir) };
    return { ...settings(), fixtures: dir && fixtures?.dir === dir ? fixtures.files : undefined };
  };

  /** Imports read from disk, kept while their size and times stay the same: a keystroke reads none again. */
  const onDisk = new Map<string, { stamp: string; text: string }>();
  const readImport = (path: string): string => {
    const st = statSync(path);
    const stamp = `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;
    const known = onDisk.get(path);
    if (known?.stamp === stamp) return known.text;
    const text = readPolicyFile(path);
    onDisk.set(path, { stamp, text });
    return text;
  };

  const importReader = (file: string): ImportReader => name => {
    const candidates = isAbsolute(name) ? [name]
      : [join(dirname(file), name), ...(process.env.CFINPUTS ? [join(process.env.CFINPUTS, name)] : [])];
    for (const path of candidates) {
      const open = documents.all().find(d => fileOf(d.uri) === path);
      if (open) return { file: path, text: open.getText() };
      if (existsSync(path)) return { file: path, text: readImport(path) };
      onDisk.delete(path);
    }
    return null;
  };

  const analyseNow = (uri: string, quick = false): Analysis | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const file = fileOf(uri);
    const s = lintSettings();
    const a = analyse(runtime, doc.getText(), file, quick ? { ...s, noRun: true } : s, importReader(file));
    // A quick pass leaves CF015 to the full one: settings.noRun says whether that comes.
    if (quick) a.converged = false;
    analyses.set(uri, a);
    const byUri = new Map<string, ReturnType<typeof toLsp>[]>([[uri, []]]);
    for (const d of a.diagnostics) {
      const target = d.loc.file === file ? uri : uriOf(d.loc.file);
      if (!byUri.has(target)) byUri.set(target, []);
      byUri.get(target)!.push(toLsp(d));
    }
    for (const old of published.get(uri) ?? []) if (!byUri.has(old)) void connection.sendDiagnostics({ uri: old, diagnostics: [] });
    published.set(uri, new Set([...byUri.keys()].filter(u => u !== uri)));
    for (const [target, diagnostics] of byUri) void connection.sendDiagnostics({ uri: target, version: target === uri ? doc.version : undefined, diagnostics });
    return a;
  };

  const guarded = (uri: string, quick: boolean) => {
    try {
      return analyseNow(uri, quick);
    } catch (e) {
      connection.console.error(`cfwasm lsp: ${uri}: ${(e as Error).message}`);
      return null;
    }
  };

  /** Whether CF015 comes in a second pass (else the one pass has everything). */
  const twoPasses = () => !(client.noRun ?? false) && (client.convergeDelayMs ?? DEFAULT_CONVERGE_DELAY_MS) > 0;

  /** After a change: the quick pass after debounceMs, the full one (CF015) after convergeDelayMs more. */
  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    const delay = client.convergeDelayMs ?? DEFAULT_CONVERGE_DELAY_MS;
    const full = twoPasses();
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      if (!guarded(uri, full) || !full) return;
      timers.set(uri, setTimeout(() => {
        timers.delete(uri);
        if (guarded(uri, false) && codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      }, delay));
    }, client.debounceMs ?? DEFAULT_DEBOUNCE_MS));
  };

  /**
   * The analysis of the document as it is now. A request that comes before the quick pass does it
   * at once (the full pass stays scheduled); code lenses wait for neither (their title says so).
   */
  const current = (uri: string): Analysis | null => {
    const a = analyses.get(uri);
    if (a && a.text === documents.get(uri)?.getText()) return a;
    return analyseNow(uri, twoPasses());
  };

  const reloadSettings = async () => {
    if (configurable) client = (await connection.workspace.getConfiguration('cfwasm')) ?? {};
    fixtures = null;
    for (const d of documents.all()) schedule(d.uri);
  };

  connection.onInitialize((params: InitializeParams) => {
    configurable = !!params.capabilities.workspace?.configuration;
    codeLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    client = (params.initializationOptions as ClientSettings | undefined) ?? {};
    roots = (params.workspaceFolders ?? []).map(f => fileOf(f.uri));
    if (!roots.length && params.rootUri) roots = [fileOf(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', '{', '$', '='] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [DRY_RUN_COMMAND] },
        semanticTokensProvider: { legend: { tokenTypes: TOKEN_TYPES, tokenModifiers: [] }, full: true },
      },
      serverInfo: { name: 'cfwasm' },
    };
  });
  connection.onInitialized(() => {
    if (configurable) void reloadSettings();
  });
  connection.onDidChangeConfiguration(change => {
    const given = (change.settings as { cfwasm?: ClientSettings } | null)?.cfwasm;
    if (given && !configurable) client = given;
    void reloadSettings();
  });

  documents.onDidOpen(e => schedule(e.document.uri));
  documents.onDidChangeContent(e => schedule(e.document.uri));
  documents.onDidClose(e => {
    clearTimeout(timers.get(e.document.uri));
    analyses.delete(e.document.uri);
    for (const u of [e.document.uri, ...(published.get(e.document.uri) ?? [])]) void connection.sendDiagnostics({ uri: u, diagnostics: [] });
    published.delete(e.document.uri);
  });

  connection.onHover(p => {
    const a = current(p.textDocument.uri);
    return a && hover(runtime, a, fileOf(p.textDocument.uri), p.position, facts, settings());
  });
  connection.onCompletion(p => {
    const a = current(p.textDocument.uri);
    return a ? complete(runtime, a, p.position) : [];
  });
  connection.onDefinition(p => {
    const a = current(p.textDocument.uri);
    return a ? definition(a, fileOf(p.textDocument.uri), p.position, uriOf) : [];
  });
  connection.onReferences(p => {
    const a = current(p.textDocument.uri);
    return a ? references(a, fileOf(p.textDocument.uri), p.position, p.context.includeDeclaration, uriOf) : [];
  });
  connection.onPrepareRename(p => {
    const a = current(p.textDocument.uri);
    const n = a && renameTarget(a, fileOf(p.textDocument.uri), p.position);
    return n ? { range: rangeOf(n.loc), placeholder: n.name } : null;
  });
  connection.onRenameRequest(p => {
    const a = current(p.textDocument.uri);
    return a ? rename(a, fileOf(p.textDocument.uri), p.position, p.newName, uriOf) : null;
  });
  connection.onDocumentSymbol(p => {
    const a = current(p.textDocument.uri);
    return a ? documentSymbols(a) : [];
  });
  connection.onDocumentFormatting(p => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const text = doc.getText();
    const formatted = formatText(runtime.parser, text, fileOf(doc.uri));
    if (formatted === null || formatted === text) return [];
    return [TextEdit.replace({ start: { line: 0, character: 0 }, end: doc.positionAt(text.length) }, formatted)];
  });
  connection.onCodeAction(p => {
    const a = current(p.textDocument.uri);
    return a ? codeActions(a, p.textDocument.uri, p.context.diagnostics) : [];
  });
  connection.onCodeLens(p => {
    const a = current(p.textDocument.uri);
    return a ? codeLenses(a, settings(), p.textDocument.uri) : [];
  });
  connection.onExecuteCommand(p => {
    if (p.command !== DRY_RUN_COMMAND) return null;
    const [uri, path] = p.arguments as [string, string];
    const a = current(uri);
    if (!a) return null;
    // The file as it is in the fixtures, else in the workspace, else on this host (read only).
    const dir = fixturesDir();
    let content = dir ? fixtureFile(dir, path) : null;
    for (const root of content ? [] : roots) content ??= fixtureFile(root, path);
    if (!content && existsSync(path)) content = readPolicyBytes(path);
    const plan = dryRun(runtime, a, path, content, facts, settings());
    // A notification: the plan is shown, nothing is asked back.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: plan });
    return plan;
  });
  connection.languages.semanticTokens.on(p => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return { data: [] };
    // The tree the last analysis made, when the text is still that (as after a keystroke).
    return semanticTokens(syntaxOf(runtime, doc.getText(), fileOf(doc.uri)));
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}


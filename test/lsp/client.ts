/**
 * A real LSP client for the tests: vscode-languageserver-protocol's node connection over the
 * stdio of `cfwasm lsp --stdio` (the shipped bin/cfwasm.js, or any command that starts a server),
 * with the diagnostics the server publishes collected per document.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, ProtocolConnection, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol/node';
import { REPO } from '../support/shared.js';

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Opens a document (a file path) with this text. */
  open(path: string, text: string): string;
  /** Replaces the whole text of an open document (a keystroke's worth of change, as clients send). */
  change(uri: string, text: string): void;
  /** Incremental changes to an open document (ranges and their new text, applied in order, as editors send them). */
  edit(uri: string, changes: { range: Range; text: string }[]): void;
  /** The next diagnostics published for `uri` (after the call); of that version of it when `version` is given. */
  nextDiagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  /** The version of an open document the client last sent. */
  version(uri: string): number;
  /** A request by method name. */
  request<R>(method: string, params: unknown): Promise<R>;
  close(): Promise<void>;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export async function startClient(options: {
  command?: string[]; settings?: Record<string, unknown>; root?: string; env?: Record<string, string>;
} = {}): Promise<TestClient> {
  const [cmd, ...args] = options.command ?? [process.execPath, join(REPO, 'bin', 'cfwasm.js'), 'lsp', '--stdio'];
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let stderr = '';
  child.stderr!.on('data', d => { stderr += d; });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  /** Who waits for the next diagnostics of a document (of one version of it, when `version` is given). */
  const waiting = new Map<string, { version?: number; resolve: (d: Diagnostic[]) => void }[]>();
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    const list = waiting.get(p.uri) ?? [];
    const now = list.filter(w => w.version === undefined || w.version === p.version);
    waiting.set(p.uri, list.filter(w => !now.includes(w)));
    for (const w of now) w.resolve(p.diagnostics);
  });
  // Settings the server asks for with workspace/configuration.
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
    p.items.map(i => (i.section === 'cfwasm' ? options.settings ?? {} : null)));
  connection.listen();
  const root = options.root ?? REPO;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: 'root' }],
    capabilities: { workspace: { configuration: true } }, initializationOptions: options.settings,
  }).catch(e => { throw new Error(`initialize failed: ${e.message}\n${stderr}`); });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map<string, number>();
  return {
    connection,
    child,
    open(path, text) {
      const uri = uriOf(path);
      versions.set(uri, 1);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cfengine', version: 1, text } });
      return uri;
    },
    change(uri, text) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    edit(uri, contentChanges) {
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    nextDiagnostics(uri, version) {
      return new Promise(resolve => waiting.set(uri, [...waiting.get(uri) ?? [], { version, resolve }]));
    },
    version: uri => versions.get(uri) ?? 1,
    request: (method, params) => connection.sendRequest(method, params),
    async close() {
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise<number | null>(resolve => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
      void connection.sendNotification(ExitNotification.type);
      const status = await exited;
      connection.dispose();
      if (status !== 0) throw new Error(`cfwasm lsp exited with status ${status}\n${stderr}`);
    },
  };
}

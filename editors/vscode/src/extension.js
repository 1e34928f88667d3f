// The VS Code side: starts the language server this extension carries (server/, made by
// scripts/build-vsix.mjs) or the cfwasm command named by the cfwasm.server setting, over stdio,
// for cfengine documents (the client adds --stdio). Everything else is the server's.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const configured = vscode.workspace.getConfiguration('cfwasm').get('server');
  const serverOptions = configured
    ? { command: configured, args: ['lsp'], transport: TransportKind.stdio }
    : { module: context.asAbsolutePath('server/dist/host/lsp/server.cjs'), transport: TransportKind.stdio };
  client = new LanguageClient('cfwasm', 'cfwasm', serverOptions, {
    documentSelector: [{ language: 'cfengine' }],
    synchronize: { configurationSection: 'cfwasm' },
  });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

/**
 * @fileoverview `cfwasm lsp [--stdio]`: the language server over standard input and output
 * (docs/editors.md). vscode-languageserver is loaded only here, when the command is called.
 */
import { EXIT_OK, parseOptions, UsageError } from '../cli/usage.js';

const HELP = `usage: cfwasm lsp [--stdio]

A Language Server Protocol server for cfengine 1.x policies, over standard input and output
(--stdio, the default and only transport). Editors start it themselves: see docs/editors.md.
Diagnostics as \`cfwasm lint\` gives them (imports followed), hover, completion, definition,
references, rename, document symbols, formatting (\`cfwasm fmt\`), quick fixes and code lenses.
Settings (workspace configuration "cfwasm"): classes (as lint --classes), fixtures (a directory,
as lint --fixtures), noRun (as lint --no-run), debounceMs (the pause after a keystroke, default 15),
convergeDelayMs (the further pause before the convergence check CF015, default 600; 0: no pause).
`;

export async function lspCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    stdio: { type: 'boolean' },
    // Clients that start the server pass their own process id (vscode-languageserver watches it).
    clientProcessId: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length) throw new UsageError(`lsp: unexpected argument ${positionals[0]}`);
  const [{ startServer }, { nodeRuntime }, { nodeFacts }] = await Promise.all([
    import('./server.js'), import('../node/runtime.js'), import('../node/facts.js'),
  ]);
  const facts = nodeFacts();
  startServer({ runtime: await nodeRuntime(), facts: { ...facts, now: undefined } });
  // vscode-languageserver ends the process on exit (status 0 after shutdown, else 1, as LSP says)
  // or when the client's pipe closes.
  return new Promise<number>(() => {});
}

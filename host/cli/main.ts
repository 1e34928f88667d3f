/**
 * @fileoverview The `cfwasm` command line: dispatches to one module per subcommand.
 * Exit status (D15): 0 ran or clean, 1 a policy or file problem, 2 bad usage. Each subcommand's
 * module is loaded when it is called, so a run does not pay for lint's, fmt's or test's imports.
 */
import { EXIT_USAGE, sayUsageError, UsageError } from './usage.js';
import { cfwasmVersion } from './version.js';

const HELP = `cfwasm — GNU cfengine 1.x policies on a deterministic WebAssembly core

usage: cfwasm <command> [options] [FILE…]

commands:
  run [-f FILE]    run a policy on this machine (-n dry run, --root DIR, --diff, …;
                   see cfwasm run --help)
  classes          print the hard classes of this machine (D16)
  key              make this host's key pair for copies from cfengine servers (server=);
                   --print-digest FILE prints a key's MD5= digest; see cfwasm key --help
  lint FILE…       check policies (errors, mistakes, edits that do not converge); see cfwasm lint --help
  fmt FILE…        lay policies out one way (--check, --write, --diff)
  test DIR…        run policy tests (the conformance-case format) in memory; see cfwasm test --help
  lsp [--stdio]    the language server for editors (docs/editors.md); see cfwasm lsp --help
  parse FILE…      check the syntax of policy files; print problems as
                   FILE:LINE:COL: error: MESSAGE (nothing when clean)
      --tree         print each file's syntax tree
      --ir           print each file's policy IR as JSON

options:
  -h, --help       this help (also: cfwasm <command> --help)
  -V, --version    print the version

exit status: 0 ran / clean, 1 a policy has errors or a file could not be edited,
2 bad usage
`;


export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `run` as its own bundle runs it (run-entry.ts): the one place it is started from.
  if (command === 'run') return (await import('./run-entry.js')).main(argv);
  // Commands that write files: a signal that kills them leaves no temp (node/temp-reaper.ts).
  if (command === 'fmt' || command === 'key') (await import('../node/temp-reaper.js')).reapTempsOnExit();
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return command === undefined ? EXIT_USAGE : 0;
      case '-V':
      case '--version':
        process.stdout.write(`${cfwasmVersion()}\n`);
        return 0;
      case 'parse':
        return await (await import('./parse-command.js')).parseCommand(rest);
      case 'test':
        return await (await import('./test-command.js')).testCommand(rest);
      case 'lint':
        return await (await import('./lint-command.js')).lintCommand(rest, cfwasmVersion());
      case 'key':
        return await (await import('./key-command.js')).keyCommand(rest);
      case 'lsp':
        return await (await import('../lsp/command.js')).lspCommand(rest);
      case 'fmt':
        return await (await import('./fmt-command.js')).fmtCommand(rest);
      case 'classes': {
        // D16: the hard classes of this machine, one per line.
        if (rest.length === 1 && (rest[0] === '-h' || rest[0] === '--help')) {
          process.stdout.write('usage: cfwasm classes\n\nPrints the hard classes of this machine, one a line.\n');
          return 0;
        }
        if (rest.length) throw new UsageError(`classes takes no arguments ('${rest[0]}')`);
        const f = (await import('../node/facts.js')).nodeFacts();
        const classes = ['any', f.osClass, f.hostname, ...f.hardClasses];
        process.stdout.write(`${[...new Set(classes)].join('\n')}\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    return sayUsageError(e);
  }
}

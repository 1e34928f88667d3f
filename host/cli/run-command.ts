/**
 * @fileoverview `cfwasm run`: runs a policy on this machine through the Node host, with the
 * manual's runtime options (L14548-14714) that the core supports so far, plus --root, --diff,
 * --json and --allow-exec. Exit status per D15.
 */
import { runPolicyOn } from '../api/runtime.js';
import { unifiedDiff } from '../api/diff.js';
import { dirname, isAbsolute, join } from 'node:path';
import { nodeFacts } from '../node/facts.js';
import { NodeHost } from '../node/node-host.js';
import { nodeRuntime } from '../node/runtime.js';
import { formatDiagnostic } from '../ir/diagnostics.js';
import { readPolicyFile, readPolicyOrSay } from './read-policy.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions } from './usage.js';

const HELP = `usage: cfwasm run [options]

Runs a cfengine 1.x policy on this machine.
  -f, --file FILE     the policy (default: $CFINPUTS/cfengine.conf, else ./cfengine.conf; '-' or '.' reads stdin)
  -n, --dry-run       show what would change; change nothing
  -D, --define A,B    define classes
  -N, --negate A,B    undefine classes (they stay undefined)
  -e, --no-edits      do not run editfiles
  -s, --no-commands   do not run shellcommands, scripts or shell-command class members
  -k, --no-processes  do not run the processes action
  -p, --parse-only    check the policy and stop
  -v, --verbose       print every message
      --root DIR      every path of the policy resolves inside DIR (.. and links cannot leave it)
      --allow-exec    run commands even under --root (they cannot be confined)
      --diff          print a unified diff of every file change (also with -n)
      --json          print one JSON event per line
  -h, --help          this help
Exit status: 0 ran, 1 the policy could not be parsed or a file could not be edited or saved,
2 bad usage.
`;

const latin1 = new TextDecoder('latin1');

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    file: { type: 'string', short: 'f' },
    'dry-run': { type: 'boolean', short: 'n' },
    define: { type: 'string', short: 'D', multiple: true },
    negate: { type: 'string', short: 'N', multiple: true },
    'no-edits': { type: 'boolean', short: 'e' },
    'no-commands': { type: 'boolean', short: 's' },
    'no-processes': { type: 'boolean', short: 'k' },
    'parse-only': { type: 'boolean', short: 'p' },
    verbose: { type: 'boolean', short: 'v' },
    root: { type: 'string' },
    'allow-exec': { type: 'boolean' },
    diff: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length) {
    process.stderr.write(`cfwasm run: unexpected argument '${positionals[0]}' (the policy is given with -f)\n`);
    return EXIT_USAGE;
  }
  // D14: -f FILE; else $CFINPUTS/cfengine.conf; else ./cfengine.conf. `-f .` is standard input.
  let file = values.file ?? (process.env.CFINPUTS ? `${process.env.CFINPUTS}/cfengine.conf` : 'cfengine.conf');
  if (file === '.') file = '-';
  const text = readPolicyOrSay(file);
  if (text === null) return EXIT_PROBLEMS;
  const runtime = await nodeRuntime();
  const emit = (event: Record<string, unknown>, line: string) =>
    process.stdout.write(values.json ? `${JSON.stringify(event)}\n` : `${line}\n`);
  if (values['parse-only']) {
    const { diagnostics } = runtime.parser.parse(text, file);
    for (const d of diagnostics) emit({ event: 'diagnostic', ...d }, formatDiagnostic(d));
    return diagnostics.some(d => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
  }
  const split = (xs: string[] | undefined) => (xs ?? []).flatMap(x => x.split(/[,:.]/)).filter(Boolean);
  const host = new NodeHost({ root: values.root, allowExec: values['allow-exec'] });
  // Imports (L9498): a name is looked up in $CFINPUTS, else beside the main policy (D14).
  const inputs = process.env.CFINPUTS ?? (file === '-' ? '.' : dirname(file));
  const readImport = (name: string) => {
    const path = isAbsolute(name) ? name : join(inputs, name);
    return { file: path, text: readPolicyFile(path) };
  };
  const result = runPolicyOn(runtime, text, host, {
    ...nodeFacts(),
    readImport,
    file,
    define: split(values.define),
    negate: split(values.negate),
    dryRun: values['dry-run'],
    noEdits: values['no-edits'],
    noCommands: values['no-commands'],
    noProcesses: values['no-processes'],
  });
  for (const d of result.diagnostics) emit({ event: 'diagnostic', ...d }, formatDiagnostic(d));
  for (const l of result.log) {
    if (l.level === 'info' && !values.verbose && !values['dry-run'] && !values.json) continue;
    emit({ event: 'log', ...l }, l.level === 'info' ? l.message : `${l.level}: ${l.message}`);
  }
  for (const s of host.saves) {
    const diff = unifiedDiff(s.path, s.before ? latin1.decode(s.before) : '', latin1.decode(s.after));
    if (values.json) emit({ event: 'change', path: s.path, dryRun: !!values['dry-run'], diff }, '');
    else if (values.diff) process.stdout.write(diff);
  }
  return result.exitCode;
}

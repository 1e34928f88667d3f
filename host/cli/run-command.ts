/**
 * @fileoverview `cfwasm run`: runs a policy on this machine through the Node host, with the
 * manual's runtime options (L14548-14714) that the core supports so far, plus --root, --diff,
 * --json and --allow-exec. Exit status per D15.
 */
import { runPolicyOn } from '../api/runtime.js';
import { unifiedDiff } from '../api/diff.js';
import { classList } from '../api/facts.js';
import { dirname, isAbsolute, join } from 'node:path';
import { nodeFacts } from '../node/facts.js';
import { NodeHost } from '../node/node-host.js';
import { nodeRuntime } from '../node/runtime.js';
import { formatDiagnostic } from '../ir/diagnostics.js';
import { readPolicyFile, readPolicyOrSay } from './read-policy.js';
import { cfwasmVersion } from './version.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseOptions } from './usage.js';

const HELP = `usage: cfwasm run [options]

Runs a cfengine 1.x policy on this machine.
  -f, --file FILE     the policy (default: $CFINPUTS/cfengine.conf, else ./cfengine.conf; '-' or '.' reads stdin)
  -n, --dry-run       show what would change; change nothing
  -D, --define A,B    define classes
  -N, --negate A,B    undefine classes (they stay undefined)
  -e, --no-edits      do not run editfiles
  -s, --no-commands   do not run shellcommands, scripts or shell-command class members
  -k, --no-copy       do not run copy
  -t, --no-tidy       do not run tidy
  -X, --no-links      do not run links
  -c, --no-check-files  do not run files (modes and the other checks of files:)
  -i, --no-ifconfig   do not run netconfig
  -m, --no-mount      do not run mountall, mountinfo, addmounts, unmount
  -q, --no-splay      accepted; cfwasm never sleeps before a run
      --no-processes  do not run the processes action
  -p, --parse-only    check the policy and stop
  -v, --verbose       print every message
      --root DIR      every path of the policy resolves inside DIR (.. and links cannot leave it)
      --allow-exec    run commands even under --root (they cannot be confined)
      --diff          print a unified diff of every file change (also with -n)
      --json          print one JSON event per line
  -a, --sysadm        print the sysadm control variable and quit (runs nothing)
  -V, --version       print the version
  -h, --help          this help
Letters as in the manual's runtime options (L14548-14714).
Exit status: 0 ran, 1 the policy could not be parsed or a file could not be edited or saved,
2 bad usage.
`;

const latin1 = new TextDecoder('latin1');

/** The actions the manual's switches turn off, each with its switch for the log. */
function switchedOff(values: Record<string, unknown>): Record<string, string> {
  const off: Record<string, string> = {};
  const by = (option: string, letter: string, actions: string[]) => {
    if (values[option]) for (const a of actions) off[a] = letter;
  };
  by('no-copy', '-k', ['copy']);
  by('no-tidy', '-t', ['tidy']);
  by('no-links', '-X', ['links', 'simplelinks', 'childlinks']);
  by('no-check-files', '-c', ['files']);
  by('no-ifconfig', '-i', ['netconfig']);
  by('no-mount', '-m', ['mountall', 'mountinfo', 'addmounts', 'unmount']);
  return off;
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    file: { type: 'string', short: 'f' },
    'dry-run': { type: 'boolean', short: 'n' },
    define: { type: 'string', short: 'D', multiple: true },
    negate: { type: 'string', short: 'N', multiple: true },
    'no-edits': { type: 'boolean', short: 'e' },
    'no-commands': { type: 'boolean', short: 's' },
    'no-processes': { type: 'boolean' },
    'no-copy': { type: 'boolean', short: 'k' },
    'no-tidy': { type: 'boolean', short: 't' },
    'no-links': { type: 'boolean', short: 'X' },
    'no-check-files': { type: 'boolean', short: 'c' },
    'no-ifconfig': { type: 'boolean', short: 'i' },
    'no-mount': { type: 'boolean', short: 'm' },
    'no-splay': { type: 'boolean', short: 'q' },
    version: { type: 'boolean', short: 'V' },
    sysadm: { type: 'boolean', short: 'a' },
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
  if (values.version) {
    process.stdout.write(`${cfwasmVersion()}\n`);
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
    define: classList(...values.define ?? []),
    negate: classList(...values.negate ?? []),
    dryRun: values['dry-run'],
    noEdits: values['no-edits'],
    noCommands: values['no-commands'],
    noProcesses: values['no-processes'],
    switchedOff: switchedOff(values),
    // -a reads the declarations only; nothing may run or change for it.
    ...(values.sysadm ? { declarationsOnly: true, dryRun: true, noCommands: true } : {}),
  });
  for (const d of result.diagnostics) emit({ event: 'diagnostic', ...d }, formatDiagnostic(d));
  if (values.sysadm) {
    if (result.exitCode === 0) emit({ event: 'sysadm', sysadm: result.sysadm }, result.sysadm);
    return result.exitCode;
  }
  for (const l of result.log) {
    if (l.level === 'info' && !values.verbose && !values['dry-run'] && !values.json) continue;
    emit({ event: 'log', ...l }, l.level === 'info' ? l.message : `${l.level}: ${l.message}`);
  }
  // Diffs only when asked for: a diff of a multi-megabyte file costs more than the edit.
  for (const s of values.json || values.diff ? host.saves : []) {
    const diff = unifiedDiff(s.path, s.before ? latin1.decode(s.before) : '', latin1.decode(s.after));
    if (values.json) emit({ event: 'change', path: s.path, dryRun: !!values['dry-run'], diff }, '');
    else process.stdout.write(diff);
  }
  return result.exitCode;
}

/**
 * @fileoverview `cfwasm run`: runs a policy on this machine through the Node host, with the
 * manual's runtime options (L14548-14714), plus --root, --state-dir, --diff, --json and
 * --allow-exec. Exit status per D15.
 */
import { parsePolicy, runParsedPolicy } from '../api/runtime.js';
import { fileDiff, fileDiffBytes } from '../api/diff.js';
import { classList, timeClasses } from '../api/facts.js';
import { existsSync, fstatSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { nodeFacts } from '../node/facts.js';
import { NodeHost } from '../node/node-host.js';
import { coreCompiling, nodeCore } from '../node/core.js';
import { spawnSync } from '../node/lazy-builtins.js';
import { parserStamp, PolicyCache } from './policy-cache.js';
import type { PolicyParser } from '../ir/parser.js';
import type { ImportReader } from '../ir/imports.js';
import { ConfinedPaths } from '../node/confined-paths.js';
import { defaultStateDir, openStateDir, StateDirError } from '../node/state-dir.js';
import type { StateDir } from '../node/state-dir.js';
import { HostError } from '../core/host-interface.js';
import { formatDiagnostic } from '../ir/diagnostics.js';
import { encodePolicyText } from '../ir/policy-text.js';
import { readPolicyFile, readPolicyOrSay } from './read-policy.js';
import { tracing } from './trace-host.js';
import { cfwasmVersion } from './version.js';
import { formatTrace, nameTimeClasses } from '../api/trace.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, orSay, parseOptions } from './usage.js';

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
  -q, --no-splay      do not sleep the SplayTime before the actions
      --no-processes  do not run the processes action
  -K, --no-lock       ignore IfElapsed/ExpireAfter locks (-A, --auto, does the same)
  -l, --traverse-links  sweeps follow links to directories (where an item has no links=)
  -L, --delete-stale-links  remove links to nothing (not in home directories)
  -E, --enforce-links force every link as with ->! (asks for confirmation on a terminal)
  -H, --no-hard-classes   define no hard classes (host, OS, time)
  -U, --underscore-classes  hard classes begin with an underscore (_linux)
  -u, --use-env       commands get CFALLCLASSES in their environment
  -x, --no-preconf    do not run cf.preconf (beside the policy) before the run
  -C, --no-check-mounts  accepted; mount points are not checked (no NFS model)
  -p, --parse-only    check the policy and stop
  -I, --inform        print what is changed
  -v, --verbose       print every message
  -S, --silent        do not print warnings (-w, --no-warn, --quiet: the same)
  -d, --debug[=N]     to stderr: 1 the parsed policy (IR), 2 every host call, 0 (default) both
      --state-dir DIR where locks, the setuid log, parsed policies and keys (ppkeys/,
                      for copy server=; see cfwasm key) are kept
                      (default $CFWASM_STATE_DIR, else /var/lib/cfwasm as root, else ~/.cfwasm)
      --no-cache      parse the policy even if an unchanged copy was parsed before
      --root DIR      every path of the policy resolves inside DIR (.. and links cannot leave it)
      --allow-exec    run commands even under --root (they cannot be confined)
      --diff          print a unified diff of every file change (also with -n)
      --json          print one JSON event per line: diagnostic, log, change (a file's diff),
                      action (each change made or, with -n, planned: op, path, …)
      --trace         print what the run reached and did (docs/trace.md): each action and item,
                      each editfiles command with the line pointer, the lines it matched or
                      changed, and why a command was skipped; with --json, "trace" events
  -a, --sysadm        print the sysadm control variable and quit (runs nothing)
  -V, --version       print the version
  -h, --help          this help
Letters as in the manual's runtime options (L14548-14714). The policy's Inform, Verbose,
Warnings = ( off ) and Syslog = ( on ) control variables act as the switches do (Syslog sends
messages to syslog through logger(1)). On a terminal, progress is shown on standard error.
Exit status: 0 ran, 1 the policy could not be parsed or a file could not be edited or saved,
2 bad usage.
`;


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

/**
 * The parser, loaded only when a policy is not in the cache (tree-sitter takes a while to start).
 * `compiling`: the core's compilation under way, finished before V8's flags change.
 */
async function parser(compiling?: Promise<unknown>): Promise<PolicyParser> {
  await compiling?.catch(() => {});
  (await import('./wasm-tiering.js')).baselineCompilerOnly();
  const { nodePolicyParser } = await import('../node/grammar.js');
  return nodePolicyParser();
}

/** `-d` and `--debug` take an optional level: bare, they mean 0 (everything). */
function withDebugLevel(args: string[]): string[] {
  return args.map(a => (a === '-d' ? '-d0' : a === '--debug' ? '--debug=0' : a));
}

/**
 * Whether standard error is a terminal. A terminal is a character device: anything else (a pipe,
 * a file: cron, CI) is answered without making process.stderr, which loads Node's streams (≈3 ms
 * of a quiet run's start).
 */
function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    return false; // closed
  }
  return process.stderr.isTTY === true;
}

export { defaultStateDir };

/** The state directory checked (node/state-dir.ts), or null with the problem said (a usage error). */
export function openStateDirOrSay(dir: string): StateDir | null {
  return orSay(StateDirError, () => openStateDir(dir));
}

/** -E is a big hammer: only with a yes on a terminal (L14590). */
function confirmEnforceLinks(): boolean {
  if (!process.stdin.isTTY) {
    process.stderr.write('cfwasm run: -E (--enforce-links) must be confirmed on a terminal; refused\n');
    return false;
  }
  process.stderr.write('cfwasm run: -E replaces every file or link in the way of a link. Really? (yes/no) ');
  const buffer = Buffer.alloc(64);
  const n = readSync(0, buffer, 0, buffer.length, null);
  return buffer.toString('utf8', 0, n).trim().toLowerCase() === 'yes';
}

/**
 * A message as one line: a control character in it (a newline in a name a server listed, an
 * escape sequence in its refusal) is shown as \n, \r or \xNN, so no message can forge another
 * line of the log or syslog, or drive the terminal. What commands printed is theirs, kept as is.
 */
function oneLine(message: string): string {
  return message.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, c => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Sends the run's messages to syslog (Syslog = ( on ), L7402) through logger(1). */
function toSyslog(lines: string[]): void {
  if (lines.length === 0) return;
  const r = spawnSync('logger', ['-t', 'cfwasm', '-p', 'user.notice'], { input: `${lines.join('\n')}\n` });
  if (r.error || r.status !== 0) process.stderr.write(`cfwasm run: could not log to syslog: ${r.error?.message ?? r.stderr}\n`);
}

/**
 * Text for the terminal, with a file name's bytes that are not UTF-8 (lone surrogates, see
 * host/node/byte-fs.ts) written as those bytes, not as U+FFFD: the name as `ls` shows it.
 */
function asBytes(text: string): string | Uint8Array {
  return /[\ud800-\udfff]/.test(text) ? encodePolicyText(text) : text;
}

/** Why `dir` cannot be the root of a run (empty, missing, not a directory), or null. */
function rootProblem(dir: string): string | null {
  if (dir === '') return 'empty (an unset variable?); give the directory every path resolves in';
  try {
    return statSync(dir).isDirectory() ? null : 'not a directory';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory'
      : code === 'EACCES' ? 'permission denied' : (e as Error).message;
  }
}

/**
 * How the import section's names are read (L9498; D14): a relative name in the inputs directory,
 * an absolute one as written. Under --root (`confined`) every name obeys the root as every other
 * path of the policy does: an absolute name is a path inside the root, a relative one stays inside
 * the inputs directory (`..` and links cannot leave either).
 */
function importReader(inputs: string, confined: NodeHost | null): ImportReader {
  let inInputs: ConfinedPaths | null = null;
  const where = (name: string): string => {
    if (!confined) return isAbsolute(name) ? name : join(inputs, name);
    if (isAbsolute(name)) return confined.resolve(name);
    inInputs ??= new ConfinedPaths(realpathSync(inputs));
    try {
      return inInputs.resolve(`/${name}`);
    } catch (e) {
      if (!(e instanceof HostError) || e.code !== 'EACCES') throw e;
      throw new Error(`${name}: leaves the inputs directory ${inputs} (under --root a relative import stays in it)`);
    }
  };
  return (name: string) => {
    const path = where(name);
    return { file: path, text: readPolicyFile(path) };
  };
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(withDebugLevel(args), {
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
    'no-lock': { type: 'boolean', short: 'K' },
    auto: { type: 'boolean', short: 'A' },
    'traverse-links': { type: 'boolean', short: 'l' },
    'delete-stale-links': { type: 'boolean', short: 'L' },
    'enforce-links': { type: 'boolean', short: 'E' },
    'no-hard-classes': { type: 'boolean', short: 'H' },
    'underscore-classes': { type: 'boolean', short: 'U' },
    'use-env': { type: 'boolean', short: 'u' },
    'no-preconf': { type: 'boolean', short: 'x' },
    'no-check-mounts': { type: 'boolean', short: 'C' },
    inform: { type: 'boolean', short: 'I' },
    silent: { type: 'boolean', short: 'S' },
    'no-warn': { type: 'boolean', short: 'w' },
    quiet: { type: 'boolean' },
    debug: { type: 'string', short: 'd' },
    'state-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    version: { type: 'boolean', short: 'V' },
    sysadm: { type: 'boolean', short: 'a' },
    'parse-only': { type: 'boolean', short: 'p' },
    verbose: { type: 'boolean', short: 'v' },
    root: { type: 'string' },
    'allow-exec': { type: 'boolean' },
    diff: { type: 'boolean' },
    json: { type: 'boolean' },
    trace: { type: 'boolean' },
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
  const emit = (event: Record<string, unknown>, line: string) =>
    process.stdout.write(values.json ? `${JSON.stringify(event)}\n` : asBytes(`${line}\n`));
  if (values['parse-only']) {
    const { diagnostics } = (await parser(coreCompiling())).parse(text, file);
    for (const d of diagnostics) emit({ event: 'diagnostic', ...d }, formatDiagnostic(d));
    return diagnostics.some(d => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
  }
  for (const [option, given] of [['-D', values.define], ['-N', values.negate]] as const) {
    const bad = (given ?? []).find(text => classList(text).some(name => !/^[A-Za-z0-9_-]+$/.test(name)) || !classList(text).length);
    if (bad !== undefined) {
      process.stderr.write(`cfwasm run: ${option} ${JSON.stringify(bad)}: not a list of class names (letters, digits, _ and -; separated by , : or .)\n`);
      return EXIT_USAGE;
    }
  }
  const debug = values.debug === undefined ? null : values.debug;
  if (debug !== null && !/^[012]$/.test(debug)) {
    process.stderr.write(`cfwasm run: -d takes 0, 1 or 2, not ${debug}\n`);
    return EXIT_USAGE;
  }
  if (values.root !== undefined) {
    // An empty --root (an unset shell variable) must never mean "no root": the run would edit
    // the real system.
    const why = rootProblem(values.root);
    if (why) {
      process.stderr.write(`cfwasm run: --root '${values.root}': ${why}\n`);
      return EXIT_USAGE;
    }
  }
  if (values['enforce-links'] && !confirmEnforceLinks()) return EXIT_USAGE;
  if (values['state-dir'] === '') {
    // An unset shell variable would otherwise turn locks off, or keep state in the working directory.
    process.stderr.write('cfwasm run: --state-dir is empty (an unset variable?); give a directory\n');
    return EXIT_USAGE;
  }
  // The core compiles on V8's threads while this one checks the state directory and the cache.
  const core = nodeCore();
  core.catch(() => {}); // a failure is reported where it is awaited
  const stateDir = values['state-dir'] ?? defaultStateDir();
  const state = openStateDirOrSay(stateDir);
  if (!state) return EXIT_USAGE;
  const showProgress = !values.json && debug === null && stderrIsTerminal();
  const nodeHost = new NodeHost({
    root: values.root, allowExec: values['allow-exec'], stateDir, keepContents: !!(values.diff || values.json),
    dryRun: !!(values['dry-run'] || values.sysadm),
    onProgress: showProgress
      ? (i, n, action) => process.stderr.write(`\r\x1b[K[${i}/${n}] ${action}${i === n ? '\r\x1b[K' : ''}`)
      : undefined,
  });
  // A policy that copies from servers: the remote worker boots (and loads Node's TLS modules)
  // while the core loads and the policy is parsed, not after.
  if (!values['no-copy'] && !values.sysadm && /server\s*=/i.test(text)) nodeHost.startRemote();
  const host = debug === '0' || debug === '2' ? tracing(nodeHost, line => process.stderr.write(`${line}\n`)) : nodeHost;
  // Imports (L9498): a name is looked up in $CFINPUTS, else beside the main policy (D14).
  const inputs = process.env.CFINPUTS ?? (file === '-' ? '.' : dirname(file));
  const facts = nodeFacts();
  // cf.preconf (L14700): a script beside the policy run first with the OS class, unless -x.
  const preconf = join(inputs, 'cf.preconf');
  if (!values['no-preconf'] && !values.sysadm && existsSync(preconf)) {
    if (values['dry-run'] || values['no-commands']) process.stdout.write(`cfwasm: would run ${preconf} ${facts.osClass}\n`);
    else {
      try {
        const r = host.exec(`/bin/sh ${preconf} ${facts.osClass}`, {});
        if (r.output) process.stdout.write(r.output);
        if (r.status !== 0) process.stderr.write(`cfwasm run: ${preconf} exited with status ${r.status}\n`);
      } catch (e) {
        process.stderr.write(`cfwasm run: ${preconf} not run: ${(e as Error).message}\n`);
      }
    }
  }
  const readImport = importReader(inputs, values.root !== undefined ? nodeHost : null);
  // The parsed policy comes from the cache when it and its imports are unchanged.
  const cache = values['no-cache'] ? null : new PolicyCache(join(stateDir, 'policies'), parserStamp(cfwasmVersion()), state.secret,
    await core.catch(() => null)); // a core that does not load fails the run below, after the parse
  let parsed = cache?.get(file, text, readImport) ?? null;
  if (!parsed) {
    const recording = cache?.recording(readImport);
    parsed = parsePolicy(await parser(core), text, { file, readImport: recording?.read ?? readImport });
    if (cache && recording) cache.put(file, text, parsed, readImport, recording.names);
  }
  if (debug === '0' || debug === '1') process.stderr.write(`${JSON.stringify(parsed.policy, null, 1)}\n`);
  const result = runParsedPolicy(await core, parsed, host, {
    ...facts,
    file,
    define: classList(...values.define ?? []),
    negate: classList(...values.negate ?? []),
    dryRun: values['dry-run'],
    noEdits: values['no-edits'],
    noCommands: values['no-commands'],
    noProcesses: values['no-processes'],
    noLocks: values['no-lock'] || values.auto,
    traverseLinks: values['traverse-links'],
    deleteStaleLinks: values['delete-stale-links'],
    enforceLinks: values['enforce-links'],
    noHardClasses: values['no-hard-classes'],
    underscoreClasses: values['underscore-classes'],
    useEnv: values['use-env'],
    noSplay: values['no-splay'],
    switchedOff: switchedOff(values),
    trace: values.trace,
    // What this command will not print is not kept (a line per file of a big sweep).
    omitInfo: !(values.verbose || values.inform || values['dry-run'] || values.json || values.trace),
    omitChanges: !(values.json || values.trace),
    releasePolicy: true, // cached and shown (-d) above; not read again
    // -a reads the declarations only; nothing may run or change for it.
    ...(values.sysadm ? { declarationsOnly: true, dryRun: true, noCommands: true } : {}),
  });
  // Connections to servers end with TLS's close_notify, not a dropped socket at exit.
  nodeHost.closeRemote();
  for (const d of result.diagnostics) emit({ event: 'diagnostic', ...d }, formatDiagnostic(d));
  if (values.sysadm) {
    if (result.exitCode === 0) emit({ event: 'sysadm', sysadm: result.sysadm }, result.sysadm);
    return result.exitCode;
  }
  const { output } = result;
  const showInfo = values.verbose || values.inform || values['dry-run'] || values.json || output.inform || output.verbose;
  const hideWarnings = values.silent || values['no-warn'] || values.quiet || !output.warnings;
  // Info lines and what commands printed are shown as they are; warnings and errors say so.
  const line = (l: (typeof result.log)[number]) => (l.level === 'output' ? l.message : l.level === 'info' ? oneLine(l.message) : `${l.level}: ${oneLine(l.message)}`);
  for (const l of result.log) {
    if (l.level === 'info' && !showInfo && !l.inform) continue;
    if (l.level === 'warning' && hideWarnings && !values.json) continue;
    emit({ event: 'log', ...l }, line(l));
  }
  // Syslog = ( on ) sends everything; an item's syslog=true its own messages (L7402).
  const logged = result.log.filter(l => output.syslog || l.syslog);
  if (!values['dry-run']) toSyslog(logged.map(line));
  // Diffs only when asked for: a diff of a multi-megabyte file costs more than the edit.
  for (const s of values.json || values.diff ? nodeHost.saves : []) {
    // --diff writes bytes patch(1) applies exactly (bytes that are not UTF-8, in names and in
    // contents, kept as they are).
    if (values.json) emit({ event: 'change', path: s.path, dryRun: !!values['dry-run'], diff: fileDiff(s.path, s.before, s.after) }, '');
    else process.stdout.write(fileDiffBytes(s.path, s.before, s.after));
  }
  // Every change made (under -n: planned), as the core recorded it: chmod, chown, save, exec, …
  if (values.json) for (const c of result.changes) emit({ event: 'action', dryRun: !!values['dry-run'], ...c }, '');
  if (values.trace && result.trace) {
    nameTimeClasses(result.classOrigins, timeClasses(facts.now, -new Date(facts.now * 1000).getTimezoneOffset()));
    if (values.json) {
      for (const record of result.trace) emit({ event: 'trace', record }, '');
      emit({ event: 'classes', origins: result.classOrigins ?? {} }, '');
    } else {
      process.stdout.write('trace:\n');
      for (const line of formatTrace(result.trace, result.changes)) process.stdout.write(`${line}\n`);
      const origins = Object.entries(result.classOrigins ?? {});
      process.stdout.write(`classes: ${origins.map(([name, o]) => `${name} (${o.origin}${o.detail ? ` ${o.detail}` : ''})`).join(', ')}\n`);
    }
  }
  return result.exitCode;
}

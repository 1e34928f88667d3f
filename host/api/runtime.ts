/**
 * @fileoverview Running a policy: parse (with imports), then run the IR in the core against a
 * host. The runtime (parser and core) is created once and reused (Node: host/node/runtime.ts; a
 * browser: host/api/create-runtime.ts with the wasm bytes it fetched). Only types of the parser
 * are imported here, so a run of a cached policy never loads tree-sitter.
 */
import type { Core, CoreRunResult } from '../core/core.js';
import type { Host } from '../core/host-interface.js';
import type { PolicyParser } from '../ir/parser.js';
import type { Diagnostic } from '../ir/diagnostics.js';
import type { Policy } from '../ir/types.js';
import { resolveImports } from '../ir/imports.js';
import type { ImportReader } from '../ir/imports.js';
import type { ClassOrigin, TraceEvent } from './trace.js';

export interface Runtime {
  parser: PolicyParser;
  core: Core;
}

/** The facts of the machine a run pretends to be on (D11, D16). */
export interface HostFacts {
  /** The clock, seconds since the epoch (tidy ages, time-stamped backups). */
  now?: number;
  hostname?: string;
  fqhost?: string;
  /** The OS hard class, `$(class)` (default linux). */
  osClass?: string;
  /** Further hard classes (time classes, OS release classes, …). */
  hardClasses?: string[];
  env?: Record<string, string>;
  /** The host's standard time zone abbreviation (`tzname[0]`: UTC, CET, EST), for checktimezone. */
  timezone?: string;
  /** The uid the run has (0, root, by default): the setuid log warns only root (L5682). */
  uid?: number;
  /** The gid the run has (0 by default): with uid, the owner of files a dry run would make. */
  gid?: number;
  /** The run's process id (0 by default): marks the locks it holds. */
  pid?: number;
}

export interface PolicyRunOptions extends HostFacts {
  /** -D classes. */
  define?: string[];
  /** -N classes. */
  negate?: string[];
  /** -n: compute, change nothing. */
  dryRun?: boolean;
  /** -e: no editfiles. */
  noEdits?: boolean;
  /** -s: no shellcommands or scripts. */
  noCommands?: boolean;
  /** -K: IfElapsed and ExpireAfter locks are neither checked nor kept. */
  noLocks?: boolean;
  /**
   * Locks start empty and are kept in the run only, never read from or written to the host's
   * state: the same as a host with no state that is dropped after the run, without the state
   * calls (lint's trial runs).
   */
  locksInRun?: boolean;
  /** -l: sweeps follow links to directories unless an item says links=. */
  traverseLinks?: boolean;
  /** -L: links to nothing are removed (not in home directories). */
  deleteStaleLinks?: boolean;
  /** -E: every link is forced as with ->!. */
  enforceLinks?: boolean;
  /** -H: no hard classes. */
  noHardClasses?: boolean;
  /** -U: hard classes begin with an underscore. */
  underscoreClasses?: boolean;
  /** -u: commands get CFALLCLASSES in their environment. */
  useEnv?: boolean;
  /** -q: no SplayTime sleep. */
  noSplay?: boolean;
  /** --no-processes: no processes action. */
  noProcesses?: boolean;
  /**
   * Actions a runtime option switches off, with the option to name in the log: `{ copy: '-k' }`
   * (L14548-14714: -k copy, -t tidy, -X links, -c files, -i netconfig, -m the mount actions).
   */
  switchedOff?: Record<string, string>;
  /**
   * The most bytes an edited file may grow to while edited (default: 16 times the larger of
   * EditFileSize and the file, at least 16 MiB); lint's trial runs set a small one.
   */
  editGrowthLimit?: number;
  /**
   * Tests: sweeps collect the core's garbage every this many entries (default 4096); 1 collects
   * at every entry, so an object a frame forgot to keep (engine/src/run/gc.ts) is caught.
   */
  collectEvery?: number;
  /**
   * The caller shows no info line unless the policy asks for it (Inform, Verbose or Syslog on,
   * an item's inform= or syslog=): the others are not kept in `log`. A cron run's CLI (-q) sets it:
   * a sweep changing a million modes then keeps no line per file nobody reads.
   */
  omitInfo?: boolean;
  /** The caller does not read `changes`: the run keeps none (the CLI without --json or --trace). */
  omitChanges?: boolean;
  /** The caller does not read `classes`: the result has none (lint's trial runs; ignored with `trace`). */
  omitClasses?: boolean;
  /** The host is not told the run's progress (Host.progress): nobody watches (lint's trial runs). */
  noProgress?: boolean;
  /**
   * The caller has no more use for the parsed policy's items: they are taken out of it as they
   * are sent to the core (Core.runPolicy), so a big policy is not held twice (the CLI sets it).
   */
  releasePolicy?: boolean;
  /** Read the declarations (classes, groups, control) and run no action: `-a` (L14555). */
  declarationsOnly?: boolean;
  /** The policy's file name, for locations in messages. */
  file?: string;
  /** How to read the files of an import section (L9498); without it, imports are not read. */
  readImport?: ImportReader;
  /** Record what the run reaches and does (docs/trace.md): the result's `trace` and `classOrigins`. */
  trace?: boolean;
}

export interface PolicyRunResult extends CoreRunResult {
  /** Syntax problems; with an error among them nothing ran (exit status 1, D15). */
  diagnostics: Diagnostic[];
  /** With `trace: true`: the run's trace records, in order (docs/trace.md). */
  trace?: TraceEvent[];
  /** With `trace: true`: each class defined at the end, and where it came from. */
  classOrigins?: Record<string, ClassOrigin>;
}

/** A policy read and lowered (imports included), ready to run. */
export interface ParsedPolicy {
  policy: Policy;
  /** Syntax problems; with an error among them nothing runs (exit status 1, D15). */
  diagnostics: Diagnostic[];
}

/** Parses `policyText` (and, with `readImport`, the files its import section names). */
export function parsePolicy(parser: PolicyParser, policyText: string, options: Pick<PolicyRunOptions, 'file' | 'readImport'> = {}): ParsedPolicy {
  const parsed = parser.parse(policyText, options.file ?? 'policy.cf');
  if (!options.readImport) return parsed;
  const r = resolveImports(parser, parsed.policy, options.readImport);
  return { policy: r.policy, diagnostics: [...parsed.diagnostics, ...r.diagnostics] };
}

/** Parses `policyText` and runs it against `host`. */
export function runPolicyOn(runtime: Runtime, policyText: string, host: Host, options: PolicyRunOptions = {}): PolicyRunResult {
  return runParsedPolicy(runtime.core, parsePolicy(runtime.parser, policyText, options), host, options);
}

/** Runs a parsed policy against `host` (the parser is not needed: a cached policy runs without it). */
export function runParsedPolicy(core: Core, parsed: ParsedPolicy, host: Host, options: PolicyRunOptions = {}): PolicyRunResult {
  const { policy, diagnostics } = parsed;
  if (diagnostics.some(d => d.severity === 'error')) {
    return {
      exitCode: 1, log: [], classes: [], sysadm: '', changes: [], diagnostics,
      output: { inform: false, verbose: false, warnings: true, syslog: false },
    };
  }
  return { ...(core.runPolicy(runRequest(policy, options), host, { releasePolicy: options.releasePolicy }) as Omit<PolicyRunResult, 'diagnostics'>), diagnostics };
}

/**
 * The core's request for a run of `policy` with `options` (host/core/core.ts runPolicy). A caller
 * that runs the same policy with the same options many times (lint's trial runs) makes it once
 * and sends that object each time: the core then knows it for the last run's without comparing.
 */
export function runRequest(policy: Policy, options: PolicyRunOptions = {}): object {
  const hostname = options.hostname ?? 'localhost';
  return {
    policy,
    define: options.define ?? [],
    negate: options.negate ?? [],
    dryRun: options.dryRun ?? false,
    noEdits: options.noEdits ?? false,
    noCommands: options.noCommands ?? false,
    noProcesses: options.noProcesses ?? false,
    noLocks: options.noLocks ?? false,
    traverseLinks: options.traverseLinks ?? false,
    deleteStaleLinks: options.deleteStaleLinks ?? false,
    enforceLinks: options.enforceLinks ?? false,
    noHardClasses: options.noHardClasses ?? false,
    underscoreClasses: options.underscoreClasses ?? false,
    useEnv: options.useEnv ?? false,
    noSplay: options.noSplay ?? false,
    switchedOff: options.switchedOff ?? {},
    declarationsOnly: options.declarationsOnly ?? false,
    ...(options.collectEvery ? { collectEvery: options.collectEvery } : {}),
    ...(options.omitInfo ? { omitInfo: true } : {}),
    ...(options.omitChanges ? { omitChanges: true } : {}),
    ...(options.omitClasses ? { omitClasses: true } : {}),
    ...(options.noProgress ? { noProgress: true } : {}),
    ...(options.editGrowthLimit ? { editGrowthLimit: options.editGrowthLimit } : {}),
    ...(options.locksInRun ? { locksInRun: true } : {}),
    trace: options.trace ?? false,
    env: options.env ?? {},
    facts: {
      host: hostname,
      fqhost: options.fqhost ?? hostname,
      class: options.osClass ?? 'linux',
      now: options.now ?? Math.floor(Date.now() / 1000),
      hardClasses: [options.osClass ?? 'linux', ...(options.hardClasses ?? [])],
      timezone: options.timezone ?? 'UTC',
      uid: options.uid ?? 0,
      gid: options.gid ?? 0,
      pid: options.pid ?? 0,
    },
  };
}

/**
 * @fileoverview The host of lint's trial runs (CF015): plain files and their directories in a
 * Map, for the calls an editfiles run makes (stat, read, save with its backup, touch, remove). Building a memfs
 * volume per trial, walking it before and after and going through memfs for every call cost
 * more than the run. Anything else the run asks of the filesystem (a link, a directory listing,
 * a chmod, a path with `.` or `..`, an error other than a missing file) marks the host as out of
 * its depth: the trial is then run again on the memory host (runParsedInMemory), so the results
 * are always the memory host's (test/lint/trial-host.test.ts compares them). That run is given by
 * lint.ts (useMemoryTrial): this module loads neither memfs nor api/run.ts, which the CLI's lint
 * loads only when a trial needs them (MemoryHostNeeded).
 */
import type { Accounts, DirEntryInfo, ExecResult, FileInfo, FileType, Host, RemoteEntry, RemoteInfo, ServerRef } from '../core/host-interface.js';
import { HostError, noFile } from '../core/host-interface.js';
import { changedContents } from '../api/changed-files.js';
import type { ContentChange } from '../api/changed-files.js';
import type { RunOptions, RunResult } from '../api/run.js';
import { timeClasses } from '../api/facts.js';
import { runParsedPolicy, runRequest } from '../api/runtime.js';
import type { ParsedPolicy, PolicyRunOptions, PolicyRunResult, Runtime } from '../api/runtime.js';
import { cannedExec, DEFAULT_ACCOUNTS } from '../memory/memory-host.js';

/**
 * A plain file or a directory: what stat says of it but its times, and a file's bytes. Every time is the
 * run's clock (as the memory host's, ctime included: run.ts gives it ctime: now), so none is kept and no
 * call here reads the real clock: the same trial gives the same answers whenever it runs.
 */
type Entry = Required<Omit<FileInfo, 'type' | 'size' | 'mtime' | 'atime' | 'ctime' | 'dev' | 'refused'>> & { type: 'file' | 'dir'; bytes: Uint8Array };

/**
 * The options of a trial run (lint.ts checkConvergence). Not changed once made: what a run makes of
 * them (its run options, a policy's request) is kept by the object itself (runTrial).
 */
export interface TrialOptions {
  readonly now: number;
  readonly hostname: string;
  readonly editGrowthLimit: number;
  /** Record the runs' traces (which command did what: lint's divergence). */
  readonly trace: boolean;
}

/** What lint reads of a trial run: the files changed, without their diffs (a memory host's run has them too). */
export type TrialResult = Pick<RunResult, 'log' | 'trace' | 'files'> & { diffs: ContentChange[] };

/** A trial run on the memory host (api/run.ts runParsedInMemory). */
export type MemoryTrial = (runtime: Runtime, parsed: ParsedPolicy, options: RunOptions) => TrialResult;

let memoryTrial: MemoryTrial | null = null;

/** Gives the trial runs the memory host, for those the trial host cannot answer (lint.ts does). */
export function useMemoryTrial(run: MemoryTrial): void {
  memoryTrial = run;
}

/** A trial run needs the memory host and none was given (useMemoryTrial): give it and lint again. */
export class MemoryHostNeeded extends Error {
  constructor() {
    super('lint: a trial run needs the memory host (import host/lint/lint.js)');
  }
}

/** An absolute path without empty, `.` or `..` components (memfs would resolve those). */
const PLAIN_PATH = /^(\/(?!\.\.?(\/|$))[^/]+)+$/;

/** A directory's bytes (never read: readFile refuses a directory). */
const NO_BYTES = new Uint8Array(0);

const dirname = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';

/**
 * Paths tested against PLAIN_PATH, with the answer: a policy's trials ask of the same few paths
 * at every call (each trial's host made anew), and the test cost more than the call. Bounded.
 */
const plainPaths = new Map<string, boolean>();

function isPlain(path: string): boolean {
  let plain = plainPaths.get(path);
  if (plain === undefined) {
    if (plainPaths.size >= 4096) plainPaths.clear();
    plainPaths.set(path, plain = PLAIN_PATH.test(path));
  }
  return plain;
}

export class TrialHost implements Host {
  private readonly entries = new Map<string, Entry>();
  private nextIno = 1;
  /** The first call this host could not answer as the memory host would; null while there is none. */
  outOfDepth: string | null = null;
  /** The persistent state, as the memory host keeps it (most trials have none: the runs' locks stay in the core). */
  private readonly state = new Map<string, Uint8Array>();
  /**
   * A file was saved, backed up or removed: until then every file is the one given, the same
   * bytes object (nothing else here changes a file's bytes), and files() would be what was given.
   */
  wrote = false;

  constructor(files: Record<string, Uint8Array>, private readonly now: number) {
    this.entries.set('/', this.entry('dir', 0o755, NO_BYTES));
    for (const [path, bytes] of Object.entries(files)) {
      if (!isPlain(path)) {
        this.outOfDepth = `the path ${path}`;
        continue;
      }
      for (let dir = dirname(path); !this.entries.has(dir); dir = dirname(dir)) this.entries.set(dir, this.entry('dir', 0o755, NO_BYTES));
      this.entries.set(path, this.entry('file', 0o644, bytes));
    }
  }

  private entry(type: Entry['type'], mode: number, bytes: Uint8Array, uid = 0, gid = 0): Entry {
    return { type, mode, uid, gid, ino: this.nextIno++, bytes };
  }

  private unsupported(what: string): never {
    this.outOfDepth ??= what;
    throw new HostError('EFAIL', `${what}: not in lint's trial host`);
  }

  private at(path: string, what: string): Entry | undefined {
    if (!isPlain(path) && path !== '/') this.unsupported(`${what} ${path}`);
    return this.entries.get(path);
  }

  /** The plain files, by path. */
  files(): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    for (const path of [...this.entries.keys()].sort()) {
      const e = this.entries.get(path)!;
      if (e.type === 'file') out[path] = e.bytes;
    }
    return out;
  }

  stat(path: string): FileInfo {
    const e = this.at(path, 'stat');
    if (!e) return noFile();
    return { type: e.type, mode: e.mode, mtime: this.now, atime: this.now, ctime: this.now,
      size: e.type === 'file' ? e.bytes.length : 0, ino: e.ino, uid: e.uid, gid: e.gid };
  }

  readFile(path: string): Uint8Array {
    const e = this.at(path, 'read');
    if (!e) throw new HostError('ENOENT', `${path}: no such file`);
    if (e.type !== 'file') throw new HostError('ENOTFILE', `${path}: not a regular file`);
    return e.bytes;
  }

  /** As the memory host: the old file kept at `backup` (same inode), the new one made anew (times need no touching: all are the run's clock). */
  saveFile(path: string, content: Uint8Array, backup: string | null): void {
    const parent = this.at(dirname(path), 'save');
    if (parent?.type !== 'dir') throw new HostError('ENOENT', `${dirname(path)}: no such directory`);
    const old = this.at(path, 'save');
    if (old?.type === 'dir') this.unsupported(`save over the directory ${path}`);
    const temp = (p: string) => `${dirname(p)}/.cfwasm-${p.slice(dirname(p).length + 1)}.tmp`;
    if (this.entries.has(temp(path))) this.unsupported(`save beside ${temp(path)}`);
    if (old && backup) {
      const backupDir = this.at(dirname(backup), 'backup');
      if (backupDir?.type !== 'dir') throw new HostError('ENOENT', `${dirname(backup)}: no such directory`);
      if (backup === path || this.at(backup, 'backup')?.type === 'dir' || this.entries.has(temp(backup))) this.unsupported(`the backup ${backup}`);
      this.entries.set(backup, old);
    }
    this.wrote = true;
    this.entries.set(path, this.entry('file', old?.mode ?? 0o644, content.slice(), old?.uid ?? 0, old?.gid ?? 0));
  }

  accounts(): Accounts {
    if (this.entries.has('/etc/passwd')) this.unsupported('the accounts of /etc/passwd');
    return DEFAULT_ACCOUNTS;
  }

  list(path: string): { name: string; type: FileType }[] {
    return this.unsupported(`list ${path}`);
  }

  listStat(path: string): DirEntryInfo[] {
    return this.unsupported(`list ${path}`);
  }

  createFile(path: string): void {
    this.unsupported(`create ${path}`);
  }

  wouldSave(): void {
    // Nothing to keep, as on the memory host.
  }

  chmod(path: string): void {
    this.unsupported(`chmod ${path}`);
  }

  chown(path: string): void {
    this.unsupported(`chown ${path}`);
  }

  mkdir(path: string): void {
    this.unsupported(`mkdir ${path}`);
  }

  symlink(_target: string, path: string): void {
    this.unsupported(`symlink ${path}`);
  }

  readlink(path: string): string {
    return this.unsupported(`readlink ${path}`);
  }

  link(_target: string, path: string): void {
    this.unsupported(`link ${path}`);
  }

  rename(from: string): void {
    this.unsupported(`rename ${from}`);
  }

  /** A file (or link) goes; a directory is beyond this host. */
  remove(path: string): void {
    const e = this.at(path, 'remove');
    if (!e) throw new HostError('ENOENT', `${path}: no such file`);
    if (e.type === 'dir') this.unsupported(`remove the directory ${path}`);
    this.wrote = true;
    this.entries.delete(path);
  }

  writeFile(path: string): void {
    this.unsupported(`write ${path}`);
  }

  touch(path: string): void {
    const e = this.at(path, 'touch');
    if (!e) throw new HostError('ENOENT', `${path}: no such file`);
  }

  freeSpace(path: string): number {
    return this.unsupported(`free space of ${path}`);
  }

  // Servers (copy server=): the memory host's answer, that it reaches none, from the memory host.
  remoteCopy(_server: ServerRef, path: string): void {
    this.unsupported(`remote copy ${path}`);
  }

  remoteStat(_server: ServerRef, path: string): RemoteInfo {
    return this.unsupported(`remote stat ${path}`);
  }

  remoteList(_server: ServerRef, path: string): RemoteEntry[] {
    return this.unsupported(`remote list ${path}`);
  }

  remoteRead(_server: ServerRef, path: string): Uint8Array {
    return this.unsupported(`remote read ${path}`);
  }

  remoteDiffers(_server: ServerRef, path: string): boolean {
    return this.unsupported(`remote compare ${path}`);
  }

  remoteNotes(): string[] {
    return [];
  }

  // The memory host's answers where it is given no processes, commands or state: none, refused, kept.
  processes(): { pid: number; line: string }[] {
    return [];
  }

  signal(): void {
    // No process to signal: the memory host records the signal, which no trial reads.
  }

  processAlive(): boolean {
    return false;
  }

  readState(name: string): Uint8Array | null {
    return this.state.get(name) ?? null;
  }

  writeState(name: string, content: Uint8Array): void {
    this.state.set(name, content.slice());
  }

  exec(command: string): ExecResult {
    return cannedExec(undefined, command);
  }

  sleep(): void {
    // Nothing waits in memory.
  }

  progress(): void {
    // Nobody watches a trial run (nor a run in memory).
  }
}

/**
 * `run()` with errors made without their stack: a trial's host errors (a command the sandbox does
 * not run, a file not there) reach the core as a status and a message only, and capturing the
 * stack through the core's frames made each such error cost more than the call (lint of many
 * policies with commands in their classes). The limit is put back however `run` ends.
 */
export function withoutStacks<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Each policy's trial requests, by the options object given (the trials of a policy differ only in their files). */
const trialRequests = new WeakMap<ParsedPolicy, WeakMap<TrialOptions, object>>();

/**
 * The request of a trial run of `parsed` with `given` (its run options `runOptions`): one object for
 * all its trials with that options object (core.ts knows it again). Keyed by the object, which is
 * not changed once made, so two trials can share a request only if every field given is the same
 * (a field added to TrialOptions included), and finding it costs no serialisation per trial.
 */
function trialRequest(parsed: ParsedPolicy, given: TrialOptions, runOptions: PolicyRunOptions): object {
  let requests = trialRequests.get(parsed);
  if (!requests) trialRequests.set(parsed, requests = new WeakMap());
  let request = requests.get(given);
  if (!request) requests.set(given, request = runRequest(parsed.policy, runOptions));
  return request;
}

/** What a trial run asks of the core: made once per options object (trialRunOptions). */
interface TrialRun { run: RunOptions; runOptions: PolicyRunOptions }
const trialRuns = new WeakMap<TrialOptions, TrialRun>();

/**
 * The run options of trials with `options`. Lint reads the files, the error lines of the log and
 * (traced) the trace: the changes, the classes and the info lines are not kept, nobody is told the
 * progress, and the locks (none at the start, dropped after) stay in the core.
 */
function trialRunOptions(options: TrialOptions): TrialRun {
  let made = trialRuns.get(options);
  if (!made) {
    const run = { ...options, omitChanges: true, omitClasses: true, noProgress: true, omitInfo: !options.trace, locksInRun: true };
    trialRuns.set(options, made = { run, runOptions: { ...run, hardClasses: trialTimeClasses(options.now) } });
  }
  return made;
}

let timeClassesAt: { now: number; classes: string[] } | undefined;

/** The time classes of `now`: all trials run at one time, so they are made once. */
function trialTimeClasses(now: number): string[] {
  if (timeClassesAt?.now !== now) timeClassesAt = { now, classes: timeClasses(now) };
  return timeClassesAt.classes;
}

/** `given` with its texts as UTF-8 bytes: `given` itself when it has none (a trial's own files, made as bytes). */
function asBytes(given: Record<string, string | Uint8Array>): Record<string, Uint8Array> {
  for (const path in given) {
    if (typeof given[path] !== 'string') continue;
    const encoder = new TextEncoder();
    return Object.fromEntries(Object.entries(given).map(([p, c]) => [p, typeof c === 'string' ? encoder.encode(c) : c]));
  }
  return given as Record<string, Uint8Array>;
}

/**
 * A trial run of `parsed` on `files`: on a TrialHost, or on the memory host when the run needed
 * more than that (or `memoryHost` is set: tests compare the two).
 */
export function runTrial(runtime: Runtime, parsed: ParsedPolicy, given: Record<string, string | Uint8Array>, options: TrialOptions,
  memoryHost = false): TrialResult {
  const files = asBytes(given);
  const { run, runOptions } = trialRunOptions(options);
  const onMemory = () => {
    if (!memoryTrial) throw new MemoryHostNeeded();
    return memoryTrial(runtime, parsed, { files, ...run });
  };
  if (memoryHost) return onMemory();
  const host = new TrialHost(files, options.now);
  if (host.outOfDepth) return onMemory();
  const result = parsed.diagnostics.some(d => d.severity === 'error')
    ? runParsedPolicy(runtime.core, parsed, host, runOptions)
    : withoutStacks(() => runtime.core.runPolicy(trialRequest(parsed, options, runOptions), host) as Omit<PolicyRunResult, 'diagnostics'>);
  if (host.outOfDepth) return onMemory();
  // Nothing written: the files are those given, unchanged (most first runs of a converged policy).
  if (!host.wrote) return { log: result.log, trace: result.trace, files, diffs: [] };
  const after = host.files();
  return { log: result.log, trace: result.trace, files: after, diffs: changedContents(files, after) };
}

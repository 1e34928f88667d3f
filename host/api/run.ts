/**
 * @fileoverview `run(policyText, options)`: a policy run against an in-memory filesystem built
 * from `options.files`; returns the files after the run, the changed files with unified diffs,
 * the changes the core made (under dry run: would make), the log and the classes. The same inputs give byte-identical outputs in Node and in browsers.
 */
import { Volume } from 'memfs';
import type { ExecResult } from '../core/host-interface.js';
import { MemoryHost } from '../memory/memory-host.js';
import type { FileTimes, Owner } from '../memory/memory-host.js';
import type { MemoryServer } from '../memory/memory-servers.js';
import { OverlayHost } from '../core/overlay-host.js';
import { changedFiles, withDiffs } from './changed-files.js';
import { checkRunArguments } from './run-options.js';
import { systemRunClasses, timeClasses } from './facts.js';
import type { SystemFacts } from './facts.js';
import { nameTimeClasses } from './trace.js';
import type { ParsedPolicy, PolicyRunOptions, PolicyRunResult, Runtime } from './runtime.js';
import { parsePolicy, runParsedPolicy } from './runtime.js';

// Lint's trial runs compare files without loading this module (and memfs with it).
export { changedFiles, sameBytes } from './changed-files.js';

export interface RunOptions extends Omit<PolicyRunOptions, 'now'> {
  /** The filesystem before the run: absolute path → contents. */
  files?: Record<string, string | Uint8Array>;
  /** The clock (seconds since the epoch, or a Date); time classes and mtimes come from it. */
  now?: number | Date;
  /**
   * Canned results for command lines, as a table or a function of the command line (undefined:
   * not answered); other commands are "not available in the sandbox".
   */
  exec?: Record<string, ExecResult> | ((command: string) => ExecResult | undefined);
  /** Files the import section may name, by name as written (cf.main, …). */
  imports?: Record<string, string>;
  /** Modes of paths in `files` or `dirs` (default 0644 for files, 0755 for directories). */
  modes?: Record<string, number>;
  /** Directories that exist before the run, beyond those that hold `files`. */
  dirs?: string[];
  /** Symbolic links before the run: path → target. */
  links?: Record<string, string>;
  /** Owners of paths (default root, 0:0). */
  owners?: Record<string, Owner>;
  /**
   * Times of paths in `files`, `dirs` or `links` (seconds since the epoch): for tidy's age, copy
   * by date, BeginGroupIfFileIsNewer. A time not given is the run's clock.
   */
  times?: Record<string, FileTimes>;
  /**
   * The run's persistent state (locks, the setuid log), kept between runs when the same map is
   * given again: pass one Map to several runs to see IfElapsed at work.
   */
  state?: Map<string, Uint8Array>;
  /**
   * cfengine servers that copy server=HOST reads from, by name: each a map of absolute paths to
   * contents (host/memory/memory-servers.ts). Without it, remote copies say this host cannot
   * reach servers.
   */
  servers?: Record<string, MemoryServer>;
  /**
   * The system to pretend to be: a name of OS_PRESETS (`debian-12`, `rhel-9`, `solaris-8`) or its
   * facts. Its OS class (unless `osClass` is given) and its hard classes (systemClasses) join
   * the run's; without it the run is on a plain `linux` host with only the time classes.
   */
  os?: string | SystemFacts;
}

/** What stands at a path after the run. */
export interface TreeEntry {
  type: 'file' | 'dir' | 'link';
  mode: number;
  uid: number;
  gid: number;
  /** A link's target. */
  target?: string;
}

/** A plain file whose contents the run changed (or, under dry run, would change). */
export interface FileDiff {
  path: string;
  /** null: the file did not exist before / does not exist after. */
  before: Uint8Array | null;
  after: Uint8Array | null;
  /** A unified diff of before and after. */
  diff: string;
}

export interface RunResult extends PolicyRunResult {
  /** The filesystem after the run (under dry run: as before): plain files' contents. */
  files: Record<string, Uint8Array>;
  /** Every path after the run (under dry run: as before) with its type, mode, owner, link target. */
  tree: Record<string, TreeEntry>;
  /** The files the run changed, or would change under dry run, with their diffs. */
  diffs: FileDiff[];
}


function readAll(vol: InstanceType<typeof Volume>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of (vol.readdirSync(dir) as string[]).sort()) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const st = vol.lstatSync(path);
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) files[path] = new Uint8Array(vol.readFileSync(path) as Buffer);
    }
  };
  walk('/');
  return files;
}

export function runInMemory(runtime: Runtime, policyText: string, options: RunOptions = {}): RunResult {
  checkRunArguments(policyText, options);
  const imports = options.imports;
  return runParsedInMemory(runtime, parsePolicy(runtime.parser, policyText, {
    file: options.file,
    readImport: imports ? (name => (name in imports ? { file: name, text: imports[name] } : null)) : undefined,
  }), options);
}

/**
 * runInMemory on a policy already parsed (parsePolicy with the same `file` and `imports`): lint
 * runs one policy many times and parses it once.
 */
export function runParsedInMemory(runtime: Runtime, parsed: ParsedPolicy, options: RunOptions = {}): RunResult {
  const now = options.now instanceof Date ? Math.floor(options.now.getTime() / 1000)
    : options.now ?? Math.floor(Date.now() / 1000);
  const vol = new Volume();
  const encoder = new TextEncoder();
  const absolute = (path: string) => {
    if (!path.startsWith('/')) throw new Error(`run: paths must be absolute: ${path}`);
    return path;
  };
  const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
  for (const dir of options.dirs ?? []) vol.mkdirSync(absolute(dir), { recursive: true, mode: 0o755 });
  for (const [path, content] of Object.entries(options.files ?? {})) {
    vol.mkdirSync(parentOf(absolute(path)), { recursive: true, mode: 0o755 });
    // Copied into this realm's Uint8Array: memfs tells bytes from text with instanceof.
    vol.writeFileSync(path, new Uint8Array(typeof content === 'string' ? encoder.encode(content) : content), { mode: 0o644 });
  }
  for (const [path, target] of Object.entries(options.links ?? {})) {
    vol.mkdirSync(parentOf(absolute(path)), { recursive: true, mode: 0o755 });
    vol.symlinkSync(target, path);
  }
  for (const [path, mode] of Object.entries(options.modes ?? {})) vol.chmodSync(absolute(path), mode);
  // Read before the times are set: memfs gives a file it reads the real clock as its atime.
  const before = readAll(vol);
  // Every path gets the run's clock as its time (the inode change time too, below: memfs's would
  // be the real clock), so the same inputs give the same tree; then the times the caller gave.
  const stamp = (dir: string) => {
    for (const name of vol.readdirSync(dir) as string[]) {
      const p = dir === '/' ? `/${name}` : `${dir}/${name}`;
      if (vol.lstatSync(p).isSymbolicLink()) vol.lutimesSync(p, now, now);
      else vol.utimesSync(p, now, now);
      if (vol.lstatSync(p).isDirectory()) stamp(p);
    }
  };
  stamp('/');
  const times: Record<string, FileTimes> = options.times ?? {};
  for (const path of Object.keys(times)) {
    if (!vol.existsSync(path)) throw new Error(`run: times names ${path}, which is not in files, dirs or links`);
  }
  const memory = new MemoryHost(vol, {
    now, ctime: now, times, exec: options.exec, owners: options.owners, state: options.state, servers: options.servers,
    user: { uid: options.uid ?? 0, gid: options.gid ?? 0 },
  });
  // Under dry run the changes go to an overlay, read back here for the diffs.
  const overlay = options.dryRun ? new OverlayHost(memory, now, { uid: options.uid ?? 0, gid: options.gid ?? 0 }) : null;
  const { os: osOption, ...rest } = options;
  const system = systemRunClasses(osOption, now, options.osClass);
  const result = runParsedPolicy(runtime.core, parsed, overlay ?? memory, {
    ...rest,
    now,
    ...system,
    hardClasses: [...system.hardClasses, ...(options.hardClasses ?? [])],
  });
  const files = readAll(vol);
  const diffs = overlay ? withDiffs(overlay.contentChanges()) : changedFiles(before, files);
  nameTimeClasses(result.classOrigins, timeClasses(now));
  // The tree is walked when first read (lint reads only files and diffs).
  let tree: Record<string, TreeEntry> | undefined;
  return { ...result, files, get tree() { return tree ??= treeOf(memory); }, diffs };
}

/** Every path below / as the memory host sees it. */
function treeOf(host: MemoryHost): Record<string, TreeEntry> {
  const out: Record<string, TreeEntry> = {};
  const walk = (dir: string) => {
    for (const { name } of host.list(dir)) {
      const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
      const st = host.stat(path, false);
      if (st.type === 'none' || st.type === 'special') continue; // memfs makes no FIFO or device
      out[path] = { type: st.type, mode: st.mode, uid: st.uid, gid: st.gid, ...(st.type === 'link' ? { target: host.readlink(path) } : {}) };
      if (st.type === 'dir') walk(path);
    }
  };
  walk('/');
  return out;
}

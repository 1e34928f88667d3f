/**
 * @fileoverview `run(policyText, options)`: a policy run against an in-memory filesystem built
 * from `options.files`; returns the files after the run, the changed files with unified diffs,
 * the changes the core made (under dry run: would make), the log and the classes. The same inputs give byte-identical outputs in Node and in browsers.
 */
import { Volume } from 'memfs';
import type { ExecResult } from '../core/host-interface.js';
import { MemoryHost } from '../memory/memory-host.js';
import { OverlayHost } from '../core/overlay-host.js';
import { unifiedDiff } from './diff.js';
import { timeClasses } from './facts.js';
import type { PolicyRunOptions, PolicyRunResult, Runtime } from './runtime.js';
import { runPolicyOn } from './runtime.js';

export interface RunOptions extends Omit<PolicyRunOptions, 'now'> {
  /** The filesystem before the run: absolute path → contents. */
  files?: Record<string, string | Uint8Array>;
  /** The clock (seconds since the epoch, or a Date); time classes and mtimes come from it. */
  now?: number | Date;
  /** Canned results for command lines; other commands are "not available in the sandbox". */
  exec?: Record<string, ExecResult>;
  /** Files the import section may name, by name as written (cf.main, …). */
  imports?: Record<string, string>;
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
  /** The filesystem after the run (under dry run: as before). */
  files: Record<string, Uint8Array>;
  /** The files the run changed, or would change under dry run, with their diffs. */
  diffs: FileDiff[];
}

const decoder = new TextDecoder('latin1');

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
  const now = options.now instanceof Date ? Math.floor(options.now.getTime() / 1000)
    : options.now ?? Math.floor(Date.now() / 1000);
  const vol = new Volume();
  const encoder = new TextEncoder();
  for (const [path, content] of Object.entries(options.files ?? {})) {
    if (!path.startsWith('/')) throw new Error(`run: file paths must be absolute: ${path}`);
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    vol.mkdirSync(dir, { recursive: true, mode: 0o755 });
    // Copied into this realm's Uint8Array: memfs tells bytes from text with instanceof.
    vol.writeFileSync(path, new Uint8Array(typeof content === 'string' ? encoder.encode(content) : content), { mode: 0o644 });
    vol.utimesSync(path, now, now);
  }
  const before = readAll(vol);
  const memory = new MemoryHost(vol, { now, exec: options.exec });
  // Under dry run the changes go to an overlay, read back here for the diffs.
  const overlay = options.dryRun ? new OverlayHost(memory, now) : null;
  const imports = options.imports;
  const result = runPolicyOn(runtime, policyText, overlay ?? memory, {
    ...options,
    readImport: imports ? (name => (name in imports ? { file: name, text: imports[name] } : null)) : undefined,
    now,
    hardClasses: [...timeClasses(now), ...(options.hardClasses ?? [])],
  });
  const files = readAll(vol);
  const changed: { path: string; before: Uint8Array | null; after: Uint8Array | null }[] = overlay
    ? overlay.contentChanges()
    : [...new Set([...Object.keys(before), ...Object.keys(files)])].sort()
      .map(path => ({ path, before: before[path] ?? null, after: files[path] ?? null }))
      .filter(({ before: a, after: b }) => !(a && b && a.length === b.length && a.every((x, i) => x === b[i])));
  const diffs = changed.map(({ path, before: a, after: b }) => ({
    path, before: a, after: b, diff: unifiedDiff(path, a ? decoder.decode(a) : '', b ? decoder.decode(b) : ''),
  }));
  return { ...result, files, diffs };
}

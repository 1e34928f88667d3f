/**
 * A small world for action tests: a memfs volume from a spec, a memory host with a pinned clock,
 * owners, state and canned commands, and one run of a policy against it.
 */
import { Volume } from 'memfs';
import { runPolicyOn } from '../../host/api/runtime.js';
import type { ExecResult } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import type { Owner } from '../../host/memory/memory-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

export const runtime = await nodeRuntime();
export const NOW = 1_800_000_000;
export const DAY = 86400;

export type Spec = Record<string, string | { mode?: number; age?: number; link?: string; dir?: boolean; content?: string }>;

/** A volume from a spec: path → content, or options (mode, age in days, link target, dir). */
export function volume(spec: Spec) {
  const vol = new Volume();
  for (const [path, v] of Object.entries(spec)) {
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    vol.mkdirSync(dir, { recursive: true, mode: 0o755 });
    if (typeof v === 'string') vol.writeFileSync(path, v, { mode: 0o644 });
    else if (v.link) vol.symlinkSync(v.link, path);
    else if (v.dir) vol.mkdirSync(path, { recursive: true, mode: v.mode ?? 0o755 });
    else vol.writeFileSync(path, v.content ?? '', { mode: v.mode ?? 0o644 });
    if (typeof v !== 'string' && v.mode !== undefined && !v.link) vol.chmodSync(path, v.mode);
    if (typeof v !== 'string' && v.age !== undefined) vol.utimesSync(path, NOW - v.age * DAY, NOW - v.age * DAY);
  }
  return vol;
}

export interface WorldOptions {
  dryRun?: boolean;
  owners?: Record<string, Owner>;
  state?: Map<string, Uint8Array>;
  /** The uid of the run (a fact; 0 by default). */
  uid?: number;
  /** Answers to commands; every command asked is recorded in `commands`. */
  exec?: (command: string) => ExecResult | undefined;
  define?: string[];
  /** The clock of this run (default NOW). */
  now?: number;
  pid?: number;
  noLocks?: boolean;
  /** A pretend process table. */
  processes?: { pid: number; line: string }[];
}

/** Runs `policy` once against a fresh world made from `spec`. */
export function run(policy: string, spec: Spec, options: WorldOptions = {}) {
  return runOn(volume(spec), policy, options);
}

/** Runs `policy` against an existing volume (a second run sees the first's results). */
export function runOn(vol: InstanceType<typeof Volume>, policy: string, options: WorldOptions = {}) {
  const commands: string[] = [];
  /** The paths each command was given as "$1"… (compress, RunScript), beside `commands`. */
  const execPaths: string[][] = [];
  const now = options.now ?? NOW;
  const host = new MemoryHost(vol, {
    now, owners: options.owners, state: options.state, processes: options.processes,
    exec: (c, paths) => {
      commands.push(c);
      execPaths.push(paths ?? []);
      return options.exec?.(c);
    },
  });
  const result = runPolicyOn(runtime, policy, host, {
    now, hostname: 'h', dryRun: options.dryRun, uid: options.uid, define: options.define, pid: options.pid,
    noLocks: options.noLocks,
  });
  const mode = (p: string) => (Number(vol.statSync(p).mode) & 0o7777).toString(8);
  const exists = (p: string) => {
    try {
      vol.lstatSync(p);
      return true;
    } catch {
      return false;
    }
  };
  const owner = (p: string) => {
    const o = host.ownerOf(p, false);
    return `${o.uid}:${o.gid}`;
  };
  const read = (p: string) => String(vol.readFileSync(p));
  const link = (p: string) => String(vol.readlinkSync(p));
  return {
    vol, host, result, mode, exists, owner, read, link, commands, execPaths,
    log: result.log.map(l => l.message).join('\n'),
  };
}

export const policyOf = (actions: string, body: string) => `control:\n actionsequence = ( ${actions} )\n${body}\n`;

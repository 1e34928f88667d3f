/**
 * @fileoverview Policy tests in the conformance-case format (policy.cf, args, before/ or EMPTY,
 * modes.before, after/, after2/, modes, modes2, exitcode, empty-dirs; see the corpus README; and
 * imports/, the files an import section may name, by name — an addition of this project):
 * host.json, the host facts and canned command answers of a case made by the playground):
 * reading a case and comparing a tree with its expectation. Used by `cfwasm test` and by the
 * project's own conformance tests. Node only (reads cases from disk).
 */
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { decodePolicyBytes } from '../ir/policy-text.js';
import { readBounded, readBoundedIfExists, readPolicyBytes, UnreadableFile } from '../node/bounded-read.js';
import { join } from 'node:path';
import { unifiedDiff } from '../api/diff.js';
import { classList, OS_PRESETS } from '../api/facts.js';
import type { FileTimes } from '../memory/memory-host.js';
import type { ImportReader } from '../ir/imports.js';

export type Entry =
  | { type: 'file'; content: Buffer }
  | { type: 'dir' }
  | { type: 'link'; target: string };

/** A sandbox tree: paths relative to the sandbox root (`etc/hosts`), directories included. */
export type Tree = Map<string, Entry>;

export interface ConformanceCase {
  name: string;
  dir: string;
  policy: string;
  define: string[];
  negate: string[];
  dryRun: boolean;
  before: Tree;
  modesBefore: Map<string, number>;
  after: Tree;
  /** null: the second run must leave `after`. */
  after2: Tree | null;
  modes: Map<string, number> | null;
  modes2: Map<string, number> | null;
  exitCode: number;
  /** The case's imports/ folder: file name → text, for the policy's import section. */
  imports: Map<string, string>;
  /** host.json: the host facts and the commands' answers (absent: the runner's fixed facts, no command runs). */
  host: CaseHost | null;
}

/** How a run reads the imports of case `c` (its imports/ folder); undefined when it has none. */
export function caseImports(c: ConformanceCase): ImportReader | undefined {
  if (c.imports.size === 0) return undefined;
  return name => (c.imports.has(name) ? { file: `${c.name}/imports/${name}`, text: c.imports.get(name)! } : null);
}

/** A case's host.json: every field optional. */
export interface CaseHost {
  hostname?: string;
  domain?: string;
  /** The run's clock, seconds since the epoch. */
  now?: number;
  /** Answers to command lines (exact text), as the JS API's `exec` table. */
  exec?: Record<string, { status: number; output: string }>;
  /** A system to pretend to be: a name of the JS API's OS_PRESETS (its OS class and hard classes). */
  os?: string;
  /** Times of before/'s paths (relative, as `etc/hosts`), seconds since the epoch; others are staged at STAGING_TIME. */
  times?: Record<string, FileTimes>;
}

/** Reads host.json, checked field by field: a wrong one is a one-line error naming the file and field. */
function readHost(file: string): CaseHost | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(caseFile(file) ?? '');
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const bad = (field: string, what: string): never => { throw new Error(`${file}: ${field} must be ${what}`); };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) bad('the file', 'a JSON object');
  const o = json as Record<string, unknown>;
  const host: CaseHost = {};
  for (const key of Object.keys(o)) if (!['hostname', 'domain', 'now', 'exec', 'os', 'times'].includes(key)) bad(key, 'one of hostname, domain, now, exec, os, times (unknown field)');
  if (o.hostname !== undefined) host.hostname = typeof o.hostname === 'string' && o.hostname ? o.hostname : bad('hostname', 'a non-empty string');
  if (o.domain !== undefined) host.domain = typeof o.domain === 'string' ? o.domain : bad('domain', 'a string');
  if (o.now !== undefined) host.now = typeof o.now === 'number' && Number.isFinite(o.now) ? o.now : bad('now', 'a number of seconds since the epoch');
  if (o.exec !== undefined) {
    if (typeof o.exec !== 'object' || o.exec === null || Array.isArray(o.exec)) bad('exec', 'an object of command lines');
    host.exec = {};
    for (const [command, answer] of Object.entries(o.exec as Record<string, unknown>)) {
      const a = answer as Record<string, unknown>;
      if (typeof a !== 'object' || a === null || !Number.isInteger(a.status) || typeof a.output !== 'string') {
        bad(`exec[${JSON.stringify(command)}]`, 'an object { "status": whole number, "output": string }');
      }
      host.exec[command] = { status: a.status as number, output: a.output as string };
    }
  }
  if (o.os !== undefined) host.os = typeof o.os === 'string' && Object.hasOwn(OS_PRESETS, o.os) ? o.os : bad('os', `one of ${Object.keys(OS_PRESETS).join(', ')}`);
  if (o.times !== undefined) {
    if (typeof o.times !== 'object' || o.times === null || Array.isArray(o.times)) bad('times', 'an object of paths relative to before/');
    host.times = {};
    for (const [path, t] of Object.entries(o.times as Record<string, unknown>)) {
      const where = `times[${JSON.stringify(path)}]`;
      if (!path || path.startsWith('/') || path.split('/').includes('..')) bad(where, 'named by a path relative to before/');
      if (typeof t !== 'object' || t === null || Array.isArray(t)) bad(where, 'an object { "atime"?, "mtime"?, "ctime"? }');
      const times: FileTimes = {};
      for (const [k, v] of Object.entries(t as Record<string, unknown>)) {
        if (k !== 'atime' && k !== 'mtime' && k !== 'ctime') bad(`${where}.${k}`, 'atime, mtime or ctime (unknown field)');
        times[k as keyof FileTimes] = typeof v === 'number' && Number.isFinite(v) ? v : bad(`${where}.${k}`, 'a number of seconds since the epoch');
      }
      host.times[path] = times;
    }
  }
  return host;
}

/** The case directories under `dir` (those holding a policy.cf), sorted; or `dir` itself if it is one. */
export function caseDirs(dir: string): string[] {
  if (existsSync(join(dir, 'policy.cf'))) return [dir];
  return readdirSync(dir).sort().map(n => join(dir, n)).filter(d => existsSync(join(d, 'policy.cf')));
}

/**
 * Symbolic links of the corpus may arrive as small files holding their target (a copy made
 * without symlink support): a file whose whole content is a /sandbox path (or ./, ../), with no
 * newline, stands for a link. Real files in the corpus end with a newline.
 */
const LINK_AS_FILE = /^(\/sandbox(\/[^\n\0]*)?|\.\.?\/[^\n\0]*)$/;

/** The largest file of a test's trees read (it is held in memory, twice). */
const MAX_TREE_FILE_BYTES = 256 * 1024 * 1024;
/** The largest of a test's small files (args, modes, exitcode, empty-dirs). */
const MAX_CASE_FILE_BYTES = 1024 * 1024;

/** A test's small text file, or null if it has none (bounded: not /dev/zero, not a FIFO). */
function caseFile(path: string): string | null {
  return readBoundedIfExists(path, MAX_CASE_FILE_BYTES, { what: 'a test file' })?.toString('utf8') ?? null;
}

function readTree(root: string, emptyDirs: string[], prefix: string): Tree {
  const tree: Tree = new Map();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const st = lstatSync(path);
      if (st.isSymbolicLink()) tree.set(relPath, { type: 'link', target: readlinkSync(path) });
      else if (st.isDirectory()) {
        tree.set(relPath, { type: 'dir' });
        walk(path, relPath);
      } else {
        const content = readBounded(path, MAX_TREE_FILE_BYTES, { what: 'a file of a test' });
        const asText = content.toString('latin1');
        if (content.length < 512 && LINK_AS_FILE.test(asText)) tree.set(relPath, { type: 'link', target: asText });
        else tree.set(relPath, { type: 'file', content });
      }
    }
  };
  // A tree of empty directories only has no folder in a git checkout: empty-dirs alone makes it.
  if (existsSync(root)) walk(root, '');
  for (const d of emptyDirs) {
    if (!d.startsWith(`${prefix}/`)) continue;
    const parts = d.slice(prefix.length + 1).split('/');
    for (let i = 1; i <= parts.length; i++) tree.set(parts.slice(0, i).join('/'), { type: 'dir' });
  }
  return tree;
}

function readModes(file: string): Map<string, number> | null {
  const text = caseFile(file);
  if (text === null) return null;
  const modes = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([0-7]+)\s+\/sandbox\/?(.*?)\/?$/.exec(line.trim());
    if (m) modes.set(m[2], parseInt(m[1], 8));
  }
  return modes;
}

export function loadCase(dir: string): ConformanceCase {
  const name = dir.split('/').filter(Boolean).pop() ?? dir;
  const args = caseFile(join(dir, 'args'))?.trim().split(/\s+/) ?? [];
  const define: string[] = [];
  const negate: string[] = [];
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-D') define.push(...classList(args[++i]));
    else if (args[i] === '-N') negate.push(...classList(args[++i]));
    else if (args[i] === '-n') dryRun = true;
    else if (args[i].startsWith('-D')) define.push(...classList(args[i].slice(2)));
    else if (args[i].startsWith('-N')) negate.push(...classList(args[i].slice(2)));
  }
  const emptyDirs = caseFile(join(dir, 'empty-dirs'))?.split('\n').map(s => s.trim()).filter(Boolean) ?? [];
  const hasAfter2 = existsSync(join(dir, 'after2')) || emptyDirs.some(d => d.startsWith('after2/'));
  const loaded: ConformanceCase = {
    name, dir,
    policy: decodePolicyBytes(readPolicyBytes(join(dir, 'policy.cf'))),
    define, negate, dryRun,
    before: readTree(join(dir, 'before'), emptyDirs, 'before'),
    modesBefore: readModes(join(dir, 'modes.before')) ?? new Map(),
    after: readTree(join(dir, 'after'), emptyDirs, 'after'),
    after2: hasAfter2 ? readTree(join(dir, 'after2'), emptyDirs, 'after2') : null,
    modes: readModes(join(dir, 'modes')),
    modes2: readModes(join(dir, 'modes2')),
    exitCode: Number(caseFile(join(dir, 'exitcode'))?.trim().split(/\s+/)[0] ?? 0),
    imports: new Map(existsSync(join(dir, 'imports'))
      ? readdirSync(join(dir, 'imports')).sort().map(n => [n, decodePolicyBytes(readPolicyBytes(join(dir, 'imports', n)))]) : []),
    host: readHost(join(dir, 'host.json')),
  };
  for (const path of Object.keys(loaded.host?.times ?? {})) {
    if (!loaded.before.has(path.replace(/\/$/, ''))) throw new Error(`${join(dir, 'host.json')}: times[${JSON.stringify(path)}] must name a path of before/`);
  }
  return loaded;
}

/** The part of the fs API both node:fs and memfs have, for reading a tree back. */
export interface FsLike {
  readdirSync(path: string): unknown;
  lstatSync(path: string): { isSymbolicLink(): boolean; isDirectory(): boolean };
  readlinkSync(path: string): unknown;
  readFileSync(path: string): unknown;
}

/** The tree under `dir` of a filesystem, with `back` applied to link targets and file texts. */
export function treeOf(fsApi: FsLike, dir: string, back: (s: string) => string = s => s): Tree {
  const tree: Tree = new Map();
  const walk = (d: string, rel: string) => {
    for (const name of (fsApi.readdirSync(d) as string[]).map(String).sort()) {
      const full = `${d}/${name}`;
      const relPath = rel ? `${rel}/${name}` : name;
      const st = fsApi.lstatSync(full);
      if (st.isSymbolicLink()) tree.set(relPath, { type: 'link', target: back(String(fsApi.readlinkSync(full))) });
      else if (st.isDirectory()) {
        tree.set(relPath, { type: 'dir' });
        walk(full, relPath);
      } else {
        const content = Buffer.from(fsApi.readFileSync(full) as Uint8Array);
        tree.set(relPath, { type: 'file', content: Buffer.from(back(content.toString('latin1')), 'latin1') });
      }
    }
  };
  walk(dir, '');
  return tree;
}

/** A file's mode, for comparisons with `modes` (a link is not listed). */
export type ModeOf = (relPath: string) => number | null;

/** Differences between an actual tree and the expected one, as readable lines. */
export function compareTrees(actual: Tree, expected: Tree, modes: Map<string, number> | null, modeOf: ModeOf): string[] {
  const problems: string[] = [];
  const stamp = (p: string) => p.includes('_STAMP_.cfsaved')
    ? new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('_STAMP_', '_[0-9]+_.*_')}$`) : null;
  const matched = new Set<string>();
  const actualKey = new Map<string, string>(); // expected path -> the actual path it matched
  for (const [path, want] of expected) {
    const pattern = stamp(path);
    const key = pattern ? [...actual.keys()].find(k => pattern.test(k) && !matched.has(k)) : path;
    const got = key ? actual.get(key) : undefined;
    if (!key || !got) {
      problems.push(`missing ${want.type} ${path}`);
      continue;
    }
    matched.add(key);
    actualKey.set(path, key);
    if (got.type !== want.type) problems.push(`${path}: expected a ${want.type}, found a ${got.type}`);
    else if (want.type === 'file' && got.type === 'file' && !want.content.equals(got.content)) {
      // As a diff from the expected contents to what the run left.
      problems.push(`${path}: contents differ\n${unifiedDiff(`/${path}`, want.content.toString('latin1'), got.content.toString('latin1'))}`);
    } else if (want.type === 'link' && got.type === 'link' && want.target !== got.target) {
      problems.push(`${path}: link to ${got.target}, expected ${want.target}`);
    }
  }
  for (const path of actual.keys()) if (!matched.has(path)) problems.push(`unexpected ${actual.get(path)!.type} ${path}`);
  if (modes) {
    for (const [path, mode] of modes) {
      const key = actualKey.get(path);
      if (key === undefined) continue; // reported as missing above
      const got = modeOf(key);
      if (got !== null && got !== mode) problems.push(`${path}: mode ${got.toString(8)}, expected ${mode.toString(8)}`);
    }
  }
  return problems;
}

/** The 2001-01-01 00:00:00 UTC staging time of the README. */
export const STAGING_TIME = Date.UTC(2001, 0, 1) / 1000;

/**
 * @fileoverview The playground's whole state (what a share link and a test case carry) and how
 * it becomes the JS API's run options. Bytes are kept as bytes: a Latin-1 or binary file is never
 * decoded.
 */
import type { FileTimes, RunOptions, TreeEntry } from '../../host/api/browser.js';

export interface FileNode {
  /** Absolute path. */
  path: string;
  type: 'file' | 'dir' | 'link';
  mode: number;
  /** A file's contents. */
  bytes?: Uint8Array;
  /** A link's target. */
  target?: string;
  /** Times set in the Facts pane (seconds since the epoch); a time not set is the run's clock. */
  times?: FileTimes;
}

export interface Facts {
  hostname: string;
  domain: string;
  /** The clock of the run, seconds since the epoch (time classes come from it). */
  now: number;
  /** -D classes. */
  define: string[];
  /** -N classes. */
  negate: string[];
  /** A system to pretend to be (a name of the API's OS_PRESETS: its OS and hard classes); absent: a plain linux. */
  os?: string;
}

export interface ExecEntry {
  status: number;
  output: string;
}

export interface PlaygroundState {
  policy: string;
  files: FileNode[];
  facts: Facts;
  /** Canned results of commands, by command line (the JS API's `exec` table). */
  exec: Record<string, ExecEntry>;
  /** Plan only (cfwasm run -n) or apply. */
  dryRun: boolean;
}

/** The fixed facts of `cfwasm test` (host/testing/memory-runner.ts): a case downloaded from here runs the same there. */
export const CASE_HOSTNAME = 'cfwasm-test';
export const CASE_TIME = Date.UTC(2026, 0, 15, 12) / 1000;

export function fqhost(f: Facts): string {
  return f.domain ? `${f.hostname}.${f.domain}` : f.hostname;
}

/** The filesystem part of the run options for `files`. */
export function treeOptions(files: FileNode[]): Pick<RunOptions, 'files' | 'modes' | 'dirs' | 'links' | 'times'> {
  const out = { files: {} as Record<string, Uint8Array>, modes: {} as Record<string, number>, dirs: [] as string[], links: {} as Record<string, string>, times: {} as Record<string, FileTimes> };
  for (const f of files) {
    if (f.times && Object.keys(f.times).length) out.times[f.path] = f.times;
    if (f.type === 'file') out.files[f.path] = f.bytes ?? new Uint8Array();
    else if (f.type === 'dir') out.dirs.push(f.path);
    else out.links[f.path] = f.target ?? '';
    if (f.type !== 'link') out.modes[f.path] = f.mode;
  }
  return out;
}

/** The files of a run result (the tree and the contents) as file nodes. */
export function nodesOf(tree: Record<string, TreeEntry>, files: Record<string, Uint8Array>): FileNode[] {
  return Object.entries(tree).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, e]) => ({
    path, type: e.type, mode: e.mode & 0o7777,
    ...(e.type === 'file' ? { bytes: files[path] ?? new Uint8Array() } : {}),
    ...(e.type === 'link' ? { target: e.target } : {}),
  }));
}

/**
 * `after` (a run's tree) with the times set on `before`'s paths the run left as they were (same
 * type and contents), so a second run sees them as `cfwasm test`'s second run does.
 */
export function keepTimes(before: FileNode[], after: FileNode[]): FileNode[] {
  const timed = new Map(before.filter(f => f.times).map(f => [f.path, f]));
  if (timed.size === 0) return after;
  return after.map(f => {
    const b = timed.get(f.path);
    return b && b.type === f.type && sameBytes(b.bytes, f.bytes) ? { ...f, times: b.times } : f;
  });
}

/** True if the bytes are not text to show in an editor (a NUL, or mostly control bytes). */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) odd++;
  }
  return odd > n / 10;
}

/** Whether the bytes are valid UTF-8 (else shown and edited as Latin-1, one byte a character). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text for the editor, and how to turn edited text back into bytes in the same encoding. */
export function textOf(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'latin1' } {
  if (isUtf8(bytes)) return { text: new TextDecoder().decode(bytes), encoding: 'utf-8' };
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return { text, encoding: 'latin1' };
}

export function bytesOf(text: string, encoding: 'utf-8' | 'latin1'): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length);
  // A character Latin-1 cannot hold becomes '?' (the file stays Latin-1).
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) > 0xff ? 0x3f : text.charCodeAt(i);
  return out;
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

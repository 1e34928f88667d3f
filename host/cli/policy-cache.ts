/**
 * @fileoverview A cache of parsed policies for `cfwasm run`, in the state directory: loading
 * tree-sitter and parsing is a fifth of a small run, and a policy run from cron rarely changes.
 * An entry is named by a hash of cfwasm's version and one of the policy's file name (not its
 * text: a changed policy replaces its file's entry); it keeps version, file name and text and is
 * used only if all three are the same and every file its import section named still reads the
 * same (same text, or the same failure) — compared in full, so the hashes need not be
 * cryptographic.
 * Anything else parses afresh.
 *
 * The cache is bounded (a policy the fleet's copy changes every half hour must not pile up
 * entries, nor the state directory's walk with them): one entry per file name, and after each
 * put (a parse: never on a cached run) one listing of the directory removes the entries of other
 * versions (and of the older naming) and, past MAX_ENTRIES, this version's oldest by mtime. Only
 * names of this cache's own form are removed, only regular files (lstat), only in this directory,
 * and a removal that fails is left for the next put. Entries are written atomically (node/atomic-write.ts); one that cannot be read
 * or written is simply not used — the cache can only save time, never change a run.
 *
 * The key is one anyone who can read the policy can compute, so an entry is also bound to the
 * state directory's secret (node/state-dir.ts): its first line is the HMAC-SHA256 of the rest
 * under that secret, and an entry whose HMAC does not match is never used (a forged one would
 * run what its forger chose).
 */
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../node/atomic-write.js';
import { readBounded } from '../node/bounded-read.js';
import { hmacSha256 } from '../node/hmac-sha256.js';
import { fileURLToPath } from 'node:url';
import type { ImportReader } from '../ir/imports.js';
import type { ParsedPolicy } from '../api/runtime.js';
import type { Core } from '../core/core.js';

interface Entry {
  key: string;
  imports: { name: string; outcome: string }[];
  parsed: ParsedPolicy;
}

/** The parts joined unambiguously: only the last may contain NUL (file names and versions cannot). */
function keyOf(...parts: string[]): string {
  return parts.join('\0');
}

/**
 * 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: the entry's file name. Two policies
 * with the same hash only take turns in one entry (the full key decides whether it is used).
 */
function fnv32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a parse depends on besides the policy: the version, and the size and time of each file of
 * the lowering code and of the grammar's wasm (the parser it is: grammar.js is only its source),
 * so a rebuilt checkout with an unchanged version parses afresh. In the CLI bundle
 * (scripts/bundle-cli.mjs) the lowering code is the bundle itself: its one stat stands for the
 * two directories of modules it was made of. A cached run makes these two stats and nothing else.
 */
export function parserStamp(version: string): string {
  // import.meta.filename: Node 20.11 and the CLI bundle (no URL to make and parse at each run).
  const self = import.meta.filename ?? fileURLToPath(import.meta.url);
  const here = dirname(self);
  const bundled = self.endsWith('.cjs');
  const parts = [version];
  const stamp = (name: string, path: string) => {
    try {
      const st = fs.statSync(path);
      if (st.isFile()) parts.push(`${name}:${st.size}:${st.mtimeMs}`);
    } catch {
      parts.push(`${name}:unreadable`);
    }
  };
  if (bundled) stamp('bundle', self);
  for (const dir of bundled ? [] : ['../ir', '../api'].map(d => join(here, d))) {
    try {
      for (const name of fs.readdirSync(dir).sort()) {
        if (!/\.(c?js|wasm)$/.test(name)) continue; // not the maps and declarations tsc writes beside them
        stamp(name, join(dir, name));
      }
    } catch {
      parts.push(`${dir}:unreadable`);
    }
  }
  stamp('grammar', join(here, here.includes('/dist/') ? '../../..' : '../..', 'grammar', 'tree-sitter-cfengine.wasm'));
  return parts.join('\n');
}

/** What reading an import gives, as a comparable string. */
function outcome(read: ImportReader, name: string): string {
  try {
    const found = read(name);
    return found ? `text:${keyOf(found.file, found.text)}` : 'none';
  } catch (e) {
    return `error:${(e as Error).message}`;
  }
}

/** The largest entry read (the IR of a MAX_CACHED_TEXT policy, as JSON, is far less). */
const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/**
 * Policies longer than this (about 40,000 items) are not cached. An entry is the IR as one JSON
 * text, about 20 times the policy's size: written, it is a string and its bytes beside the IR;
 * read, the bytes, the string and the IR again. For a 12 MB policy that was gigabytes, where
 * parsing it in pieces (host/ir/parser.ts) holds only the IR.
 */
export const MAX_CACHED_TEXT = 1024 * 1024;

/** The most entries kept (policies run from one state directory with distinct file names). */
export const MAX_ENTRIES = 64;

/** The names the cache writes (version-file.json) and wrote before round 12 (key.json); nothing else is removed. */
const ENTRY_NAME = /^[0-9a-f]{8}(-[0-9a-f]{8})?\.json$/;

export class PolicyCache {
  /** `secret`: the state directory's (StateDir.secret), which every entry is bound to; `core` signs (null: node:crypto). */
  constructor(private readonly dir: string, private readonly version: string, private readonly secret: () => Uint8Array,
    private readonly core: Core | null) {}

  private sign(body: string): string {
    return hmacSha256(this.secret(), body, this.core);
  }

  private key(file: string, text: string): string {
    return keyOf(this.version, file, text);
  }

  /** The entry names of this version begin with it. */
  private get prefix(): string {
    return `${fnv32(this.version)}-`;
  }

  private entryName(file: string): string {
    return `${this.prefix}${fnv32(file)}.json`;
  }

  /** See the file comment; `kept`, the entry just written, is never removed. */
  private prune(kept: string): void {
    let names: string[];
    try {
      names = fs.readdirSync(this.dir);
    } catch {
      return;
    }
    const remove = (name: string): boolean => {
      try {
        if (!fs.lstatSync(join(this.dir, name)).isFile()) return false;
        fs.unlinkSync(join(this.dir, name));
        return true;
      } catch {
        return false; // gone meanwhile, or not ours to remove: the next put tries again
      }
    };
    const own: { name: string; mtime: number }[] = [];
    for (const name of names) {
      if (!ENTRY_NAME.test(name) || name === kept) continue;
      if (!name.startsWith(this.prefix)) remove(name);
      else own.push({ name, mtime: 0 });
    }
    if (own.length < MAX_ENTRIES) return; // with `kept`, at most MAX_ENTRIES
    for (const e of own) {
      try {
        e.mtime = fs.lstatSync(join(this.dir, e.name)).mtimeMs;
      } catch { /* gone: sorts first, removing it does nothing */ }
    }
    own.sort((a, b) => a.mtime - b.mtime || (a.name < b.name ? -1 : 1));
    for (const e of own.slice(0, own.length - (MAX_ENTRIES - 1))) remove(e.name);
  }

  /** The parsed policy if cached and its imports read the same; else null. */
  get(file: string, text: string, read: ImportReader): ParsedPolicy | null {
    if (text.length > MAX_CACHED_TEXT) return null;
    let entry: Entry;
    try {
      const bytes = readBounded(join(this.dir, this.entryName(file)), MAX_ENTRY_BYTES, { what: 'a cache entry', noFollow: true });
      // The typed array's own search: Buffer's (for strings too) is two functions to compile.
      const newline = Uint8Array.prototype.indexOf.call(bytes, 10);
      const body = bytes.toString('utf8', newline + 1);
      if (newline !== 64 || bytes.toString('latin1', 0, newline) !== this.sign(body)) return null;
      entry = JSON.parse(body) as Entry;
    } catch {
      return null;
    }
    if (entry.key !== this.key(file, text)) return null;
    for (const i of entry.imports) if (outcome(read, i.name) !== i.outcome) return null;
    return entry.parsed;
  }

  /** `read`, noting every name it is asked for, for put(). */
  recording(read: ImportReader): { read: ImportReader; names: string[] } {
    const names: string[] = [];
    return { read: name => { names.push(name); return read(name); }, names };
  }

  put(file: string, text: string, parsed: ParsedPolicy, read: ImportReader, names: string[]): void {
    if (text.length > MAX_CACHED_TEXT) return;
    const key = this.key(file, text);
    const entry: Entry = { key, imports: names.map(name => ({ name, outcome: outcome(read, name) })), parsed };
    try {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const body = JSON.stringify(entry);
      writeAtomically(join(this.dir, this.entryName(file)), new TextEncoder().encode(`${this.sign(body)}\n${body}`), { mode: 0o600, durable: false, leftForNextRun: true });
    } catch { /* not kept (a full disk, the directory out of reach): the next run parses afresh */ }
    this.prune(this.entryName(file));
  }
}

/**
 * @fileoverview A cache of parsed policies for `cfwasm run`, in the state directory: loading
 * tree-sitter and parsing is a fifth of a small run, and a policy run from cron rarely changes.
 * An entry is found by a hash of cfwasm's version, the policy's file name and its text, and is
 * used only if every file its import section named still reads the same (same text, or the same
 * failure); anything else parses afresh. Entries are written atomically; one that cannot be read
 * or written is simply not used — the cache can only save time, never change a run.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import type { ImportReader } from '../ir/imports.js';
import type { ParsedPolicy } from '../api/runtime.js';

interface Entry {
  imports: { name: string; outcome: string }[];
  parsed: ParsedPolicy;
}

function sha256(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** What reading an import gives, as a comparable string. */
function outcome(read: ImportReader, name: string): string {
  try {
    const found = read(name);
    return found ? `text:${sha256(found.file, found.text)}` : 'none';
  } catch (e) {
    return `error:${(e as Error).message}`;
  }
}

export class PolicyCache {
  constructor(private readonly dir: string, private readonly version: string) {}

  private path(file: string, text: string): string {
    return join(this.dir, `${sha256(this.version, file, text)}.json`);
  }

  /** The parsed policy if cached and its imports read the same; else null. */
  get(file: string, text: string, read: ImportReader): ParsedPolicy | null {
    let entry: Entry;
    try {
      entry = JSON.parse(fs.readFileSync(this.path(file, text), 'utf8')) as Entry;
    } catch {
      return null;
    }
    for (const i of entry.imports) if (outcome(read, i.name) !== i.outcome) return null;
    return entry.parsed;
  }

  /** `read`, noting every name it is asked for, for put(). */
  recording(read: ImportReader): { read: ImportReader; names: string[] } {
    const names: string[] = [];
    return { read: name => { names.push(name); return read(name); }, names };
  }

  put(file: string, text: string, parsed: ParsedPolicy, read: ImportReader, names: string[]): void {
    const entry: Entry = { imports: names.map(name => ({ name, outcome: outcome(read, name) })), parsed };
    const path = this.path(file, text);
    const temp = `${path}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      fs.writeFileSync(temp, JSON.stringify(entry), { mode: 0o600 });
      fs.renameSync(temp, path);
    } catch {
      try {
        fs.rmSync(temp, { force: true });
      } catch { /* the directory itself is out of reach: nothing was written */ }
    }
  }
}

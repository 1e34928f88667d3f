/**
 * @fileoverview A server's listing as the worker posts it to the main thread (worker.ts,
 * client.ts): the names in one string and the numbers in one Float64Array, not an object per
 * entry, so a directory of 1,000 files crosses the thread boundary as two values, not a
 * structured clone of 1,000 objects.
 */
import { noFile } from '../../core/host-interface.js';
import type { RemoteEntry } from '../../core/host-interface.js';
import type { RemoteStat } from './session.js';

export type Listing = ((RemoteStat & { name: string }) | { name: string; error: string })[];

export interface PackedListing {
  /** The names joined with NUL (a name from OPENDIR holds none). */
  names: string;
  /** Per entry: type code, mode, uid, gid, size, atime, mtime, ino, dev. */
  numbers: Float64Array;
  /** Entry index, then a link's target or the error of an entry the server would not stat. */
  texts: [number, 'target' | 'error', string][];
}

const FIELDS = 9;
/** Type codes; -1: an entry with an error. */
const TYPES = ['file', 'dir', 'link', 'other'] as const;

export function packListing(entries: Listing): PackedListing {
  const numbers = new Float64Array(entries.length * FIELDS);
  const texts: PackedListing['texts'] = [];
  entries.forEach((e, i) => {
    const at = i * FIELDS;
    if ('error' in e) {
      numbers[at] = -1;
      texts.push([i, 'error', e.error]);
      return;
    }
    numbers[at] = TYPES.indexOf(e.type);
    numbers[at + 1] = e.mode;
    numbers[at + 2] = e.uid;
    numbers[at + 3] = e.gid;
    numbers[at + 4] = e.size;
    numbers[at + 5] = e.atime;
    numbers[at + 6] = e.mtime;
    numbers[at + 7] = e.ino;
    numbers[at + 8] = e.dev;
    if (e.target !== undefined) texts.push([i, 'target', e.target]);
  });
  return { names: entries.map(e => e.name).join('\0'), numbers, texts };
}

/** The entries as the host interface gives them (an entry with an error: type 'none'). */
export function unpackListing(p: PackedListing): RemoteEntry[] {
  const names = p.names === '' && p.numbers.length === 0 ? [] : p.names.split('\0');
  const texts = new Map(p.texts.map(([i, kind, text]) => [i, { kind, text }]));
  const n = p.numbers;
  return names.map((name, i) => {
    const at = i * FIELDS;
    const text = texts.get(i);
    if (n[at] < 0) return { ...noFile(), name, error: text?.text ?? '' };
    const type = TYPES[n[at]];
    return {
      type: type === 'other' ? 'none' : type, mode: n[at + 1], mtime: n[at + 6], atime: n[at + 5], size: n[at + 4],
      uid: n[at + 2], gid: n[at + 3], ino: n[at + 7], dev: n[at + 8], ...(text ? { target: text.text } : {}), name,
    };
  });
}

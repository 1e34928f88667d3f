/**
 * @fileoverview Node's fs for the Node host, with file names as bytes. A file name on Unix is
 * bytes, not text: `new\xe9.log` (Latin-1) is not UTF-8. Names cross the host interface as text
 * in which such a byte is the lone surrogate U+DC00 + byte (host/ir/policy-text.ts, the mapping
 * policy files use); Node would turn a lone surrogate into U+FFFD (and the action would land on
 * `new\uFFFD.log`) and decode a directory's non-UTF-8 names as U+FFFD (and a sweep would miss
 * them). So every path given here goes to the system as the bytes it stands for, and every name
 * read (directory entries, link targets) comes back in the same mapping.
 */
import * as fs from 'node:fs';
import { decodePolicyBytes } from '../ir/policy-text.js';

// Calls on descriptors take no names: Node's own.
export {
  closeSync, constants, fchmodSync, fchownSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, futimesSync,
  readSync, writeSync, writevSync,
} from 'node:fs';
export type { BigIntStats, Stats } from 'node:fs';

import { pathBytes } from './path-bytes.js';

export { pathBytes };

/** A name the system gave as bytes, as text in the mapping (plain UTF-8 stays as it is). */
export function nameOf(bytes: Buffer): string {
  return decodePolicyBytes(bytes);
}

export const lstatSync = (p: string): fs.Stats => fs.lstatSync(pathBytes(p));
// Where nothing is (ENOENT), undefined rather than an exception: building the exception (its
// stack) costs several times the system call, and a big policy asks about many missing files.
// Other errors (ENOTDIR, EACCES, ...) are still thrown.
export function lstatIfAny(p: string): fs.Stats | undefined;
export function lstatIfAny(p: string, options: { bigint: true }): fs.BigIntStats | undefined;
export function lstatIfAny(p: string, options?: { bigint: true }): fs.Stats | fs.BigIntStats | undefined {
  return fs.lstatSync(pathBytes(p), { throwIfNoEntry: false, bigint: options?.bigint ?? false });
}
export const statIfAny = (p: string): fs.Stats | undefined => fs.statSync(pathBytes(p), { throwIfNoEntry: false });
export function statSync(p: string): fs.Stats;
export function statSync(p: string, options: { bigint: true }): fs.BigIntStats;
export function statSync(p: string, options?: { bigint: true }): fs.Stats | fs.BigIntStats {
  return options ? fs.statSync(pathBytes(p), options) : fs.statSync(pathBytes(p));
}
export const existsSync = (p: string): boolean => fs.existsSync(pathBytes(p));
export const statfsSync = (p: string) => fs.statfsSync(pathBytes(p));
export const chmodSync = (p: string, mode: number) => fs.chmodSync(pathBytes(p), mode);
export const chownSync = (p: string, uid: number, gid: number) => fs.chownSync(pathBytes(p), uid, gid);
export const lchownSync = (p: string, uid: number, gid: number) => fs.lchownSync(pathBytes(p), uid, gid);
export const utimesSync = (p: string, atime: Date, mtime: Date) => fs.utimesSync(pathBytes(p), atime, mtime);
export const linkSync = (target: string, p: string) => fs.linkSync(pathBytes(target), pathBytes(p));
export const symlinkSync = (target: string, p: string) => fs.symlinkSync(pathBytes(target), pathBytes(p));
export const renameSync = (from: string, to: string) => fs.renameSync(pathBytes(from), pathBytes(to));
export const unlinkSync = (p: string) => fs.unlinkSync(pathBytes(p));
export const rmdirSync = (p: string) => fs.rmdirSync(pathBytes(p));
export const rmSync = (p: string, options?: fs.RmOptions) => fs.rmSync(pathBytes(p), options);
export const mkdirSync = (p: string, options?: fs.MakeDirectoryOptions) => fs.mkdirSync(pathBytes(p), options);
export const accessSync = (p: string, mode?: number) => fs.accessSync(pathBytes(p), mode);
export const truncateSync = (p: string, length?: number) => fs.truncateSync(pathBytes(p), length);
export const lutimesSync = (p: string, atime: Date, mtime: Date) => fs.lutimesSync(pathBytes(p), atime, mtime);
export const copyFileSync = (from: string, to: string, mode?: number) => fs.copyFileSync(pathBytes(from), pathBytes(to), mode);
export const openSync = (p: string, flags: fs.OpenMode, mode?: fs.Mode) => fs.openSync(pathBytes(p), flags, mode);
export function readFileSync(p: string | number): Buffer;
export function readFileSync(p: string | number, encoding: BufferEncoding): string;
export function readFileSync(p: string | number, encoding?: BufferEncoding): Buffer | string {
  const bytes = fs.readFileSync(typeof p === 'number' ? p : pathBytes(p));
  return encoding ? bytes.toString(encoding) : bytes;
}
export const writeFileSync = (p: string, data: Uint8Array | string, options?: fs.WriteFileOptions) =>
  fs.writeFileSync(pathBytes(p), data, options);

/** A link's target, in the mapping. */
export const readlinkSync = (p: string): string => nameOf(fs.readlinkSync(pathBytes(p), { encoding: 'buffer' }));

/**
 * A path's real name (links resolved by the system), in the mapping. The native call: Node's
 * own realpathSync walks the path in JavaScript as UTF-8 text even when given bytes, so a link
 * to a name that is not UTF-8 (`new\xe9.log`) failed with ENOENT.
 */
export const realpathSync = (p: string): string => nameOf(fs.realpathSync.native(pathBytes(p), { encoding: 'buffer' }));

export interface Entry {
  name: string;
  isSymbolicLink(): boolean;
  isDirectory(): boolean;
  isFile(): boolean;
}

/** A directory's names (with their types when asked, as Node's), in the mapping. */
export function readdirSync(p: string): string[];
export function readdirSync(p: string, options: { withFileTypes: true }): Entry[];
export function readdirSync(p: string, options?: { withFileTypes: true }): string[] | Entry[] {
  if (!options?.withFileTypes) return fs.readdirSync(pathBytes(p), { encoding: 'buffer' }).map(nameOf);
  return fs.readdirSync(pathBytes(p), { withFileTypes: true, encoding: 'buffer' }).map(d => {
    const entry = d as unknown as Entry;
    // The Dirent keeps its type methods; only its name changes from bytes to text.
    Object.defineProperty(entry, 'name', { value: nameOf(d.name as unknown as Buffer) });
    return entry;
  });
}

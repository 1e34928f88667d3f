/**
 * @fileoverview Reads a policy file for the CLI: bytes to text (UTF-8 when valid, else Latin-1,
 * since config files are 8-bit), with a clear error for a missing or unreadable file. The text
 * remembers its encoding, so that a rewrite (fmt --write) gives back the same bytes for the
 * same characters.
 */
import { readFileSync } from 'node:fs';

export class UnreadableFile extends Error {}

/** A policy's text and the encoding it was read in. */
export interface PolicyText {
  text: string;
  encoding: 'utf8' | 'latin1';
}

export function readPolicyFile(path: string): string {
  return readPolicy(path).text;
}

export function readPolicy(path: string): PolicyText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'no such file'
      : err.code === 'EACCES' ? 'permission denied'
      : err.code === 'EISDIR' ? 'is a directory'
      : err.message;
    throw new UnreadableFile(`${path}: cannot read: ${why}`);
  }
  return decodePolicy(bytes);
}

/** The policy at `path`, or null after printing `cfwasm: FILE: cannot read: WHY`. */
export function readPolicyOrSay(path: string): PolicyText | null {
  try {
    return readPolicy(path);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    process.stderr.write(`cfwasm: ${e.message}\n`);
    return null;
  }
}

export function decodePolicy(bytes: Uint8Array): PolicyText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    // ISO-8859-1 exactly, one character per byte (TextDecoder's 'latin1' is windows-1252, whose
    // 0x80-0x9F would not be written back as the same bytes).
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), encoding: 'latin1' };
  }
}

/**
 * What a run should say about a policy that is not UTF-8: the core writes the policy's strings
 * as UTF-8, so a Latin-1 é (one byte) reaches the edited files as two. Null if nothing to say.
 */
export function encodingWarning(path: string, policy: PolicyText): string | null {
  if (policy.encoding === 'utf8' || !/[^\x00-\x7f]/.test(policy.text)) return null;
  return `${path} is not UTF-8: read as Latin-1, its non-ASCII characters are written to files as UTF-8`;
}

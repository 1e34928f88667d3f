/**
 * @fileoverview Reads a policy file for the CLI, with a clear error for a missing or unreadable
 * file; its bytes become text as host/ir/policy-text.ts says.
 */
import { readFileSync } from 'node:fs';
import { decodePolicyBytes } from '../ir/policy-text.js';

export class UnreadableFile extends Error {}

export function readPolicyFile(path: string): string {
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
  return decodePolicyBytes(bytes);
}

/** readPolicyFile, with the error printed as `cfwasm: FILE: cannot read: WHY`; null then. */
export function readPolicyOrSay(path: string): string | null {
  try {
    return readPolicyFile(path);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    process.stderr.write(`cfwasm: ${e.message}\n`);
    return null;
  }
}

/**
 * @fileoverview Reads a policy file for the CLI, with a clear error for a missing or unreadable
 * file; its bytes become text as host/ir/policy-text.ts says. Only a regular file (or standard
 * input) of at most MAX_POLICY_BYTES is read, through the one bounded reader (node/bounded-read.ts).
 */
import { decodePolicyBytes } from '../ir/policy-text.js';
import { readBounded, UnreadableFile } from '../node/bounded-read.js';
import { orSay } from './usage.js';

export { UnreadableFile };

/** The largest policy or import read (real policies are kilobytes; the biggest seen, a megabyte). */
export const MAX_POLICY_BYTES = 16 * 1024 * 1024;

/** The bytes of policy file `path` ('-': standard input); UnreadableFile says why not. */
export function readPolicyBytes(path: string): Buffer {
  return readBounded(path, MAX_POLICY_BYTES, { what: 'a policy' });
}

export function readPolicyFile(path: string): string {
  return decodePolicyBytes(readPolicyBytes(path));
}

/** readPolicyFile, with the error printed as `cfwasm: FILE: cannot read: WHY`; null then. */
export function readPolicyOrSay(path: string): string | null {
  return orSay(UnreadableFile, () => readPolicyFile(path));
}

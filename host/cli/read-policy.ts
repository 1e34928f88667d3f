/**
 * @fileoverview Reads a policy file for the CLI, with a clear error for a missing or unreadable
 * file; its bytes become text as host/ir/policy-text.ts says. Only a regular file (or standard
 * input) of at most MAX_POLICY_BYTES is read, through the one bounded reader (node/bounded-read.ts).
 */
import { decodePolicyBytes } from '../ir/policy-text.js';
import { MAX_POLICY_BYTES, readPolicyBytes, UnreadableFile } from '../node/bounded-read.js';

export { MAX_POLICY_BYTES, readPolicyBytes };
import { orSay } from './usage.js';

export { UnreadableFile };



export function readPolicyFile(path: string): string {
  return decodePolicyBytes(readPolicyBytes(path));
}

/** readPolicyFile, with the error printed as `cfwasm: FILE: cannot read: WHY`; null then. */
export function readPolicyOrSay(path: string): string | null {
  return orSay(UnreadableFile, () => readPolicyFile(path));
}

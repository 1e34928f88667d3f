/**
 * @fileoverview A path as the system takes it (host/node/byte-fs.ts says why names are bytes).
 * Apart from byte-fs so that a reader that needs only this (bounded-read.ts, which the
 * playground's worker bundles) does not bring every fs call with it.
 */
import { encodePolicyText } from '../ir/policy-text.js';

/** Whether `path` goes to the system as its UTF-8 (only a string with a surrogate may not). */
export function plainText(path: string): boolean {
  return !/[\ud800-\udfff]/.test(path);
}

/** The string itself when it is plain text, else the bytes it stands for. */
export function pathBytes(path: string): string | Buffer {
  return plainText(path) ? path : Buffer.from(encodePolicyText(path));
}

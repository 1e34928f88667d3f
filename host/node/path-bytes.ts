/**
 * @fileoverview A path as the system takes it (host/node/byte-fs.ts says why names are bytes).
 * Apart from byte-fs so that a reader that needs only this (bounded-read.ts, which the
 * playground's worker bundles) does not bring every fs call with it.
 */
import { encodePolicyText } from '../ir/policy-text.js';

/** The string itself when it is plain text, else the bytes it stands for. */
export function pathBytes(path: string): string | Buffer {
  // Only a string with a surrogate can stand for bytes other than its UTF-8.
  return /[\ud800-\udfff]/.test(path) ? Buffer.from(encodePolicyText(path)) : path;
}

/**
 * @fileoverview HMAC-SHA256 as hex, for the policy cache's signature (cli/policy-cache.ts): by
 * the core (engine/src/util/sha256.ts), already loaded for the run, for all but large entries.
 * Loading node:crypto (with the streams modules it pulls in) cost a cached `cfwasm run` about
 * 5 ms, far more than hashing a small entry; a large one is hashed by node:crypto without being
 * copied into the core's memory.
 */
import { createRequire } from 'node:module';
import type { Core } from '../core/core.js';

/** Made at first use (a large entry): node:crypto is loaded through it. */
let ownRequire: NodeRequire | null = null;
const require = (id: string): unknown => (ownRequire ??= createRequire(import.meta.url))(id);

/** From this many UTF-16 units on, node:crypto's load costs less than the copy into the core. */
const NATIVE_FROM = 256 * 1024;

/** HMAC-SHA256 of `data` (as UTF-8) under `key`, as 64 lowercase hex digits (`core` null: by node:crypto). */
export function hmacSha256(key: Uint8Array, data: string, core: Core | null): string {
  if (!core || data.length >= NATIVE_FROM) {
    const crypto = require('node:crypto') as typeof import('node:crypto');
    return crypto.createHmac('sha256', key).update(data).digest('hex');
  }
  let hex = '';
  for (const byte of core.hmacSha256(key, new TextEncoder().encode(data))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * @fileoverview HMAC-SHA256 (FIPS 180-4, RFC 2104) in plain TypeScript, for the policy cache's
 * signature (cli/policy-cache.ts). Loading node:crypto (with the streams modules it pulls in)
 * cost a cached `cfwasm run` about 5 ms, far more than hashing a small entry here; a large
 * entry is hashed by node:crypto, about 8 times faster per byte.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** From this many UTF-16 units on, node:crypto's load costs less than the time it saves. */
const NATIVE_FROM = 256 * 1024;

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const BLOCK = 64;

/** SHA-256 over bytes given in pieces. */
class Sha256 {
  private readonly h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  private readonly w = new Int32Array(64);
  /** Bytes of an unfinished block. */
  private readonly pending = new Uint8Array(BLOCK);
  private pendingLength = 0;
  private total = 0;

  update(bytes: Uint8Array): this {
    let i = 0;
    this.total += bytes.length;
    if (this.pendingLength > 0) {
      const take = Math.min(BLOCK - this.pendingLength, bytes.length);
      this.pending.set(bytes.subarray(0, take), this.pendingLength);
      this.pendingLength += take;
      i = take;
      if (this.pendingLength < BLOCK) return this;
      this.compress(this.pending, 0);
      this.pendingLength = 0;
    }
    for (; i + BLOCK <= bytes.length; i += BLOCK) this.compress(bytes, i);
    this.pending.set(bytes.subarray(i), 0);
    this.pendingLength = bytes.length - i;
    return this;
  }

  digest(): Uint8Array {
    const bits = this.total * 8;
    // 0x80, zeros to 56 bytes past a block boundary, the length in bits as 64 bits big-endian.
    const tail = new Uint8Array((this.pendingLength < 56 ? BLOCK : 2 * BLOCK) - this.pendingLength);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(tail.length - 4, bits >>> 0);
    this.update(tail);
    const out = new Uint8Array(32);
    const outView = new DataView(out.buffer);
    for (let j = 0; j < 8; j++) outView.setInt32(j * 4, this.h[j]);
    return out;
  }

  private compress(b: Uint8Array, at: number): void {
    const w = this.w;
    for (let t = 0; t < 16; t++, at += 4) w[t] = (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      hh = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = bb; bb = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + bb) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + hh) | 0;
  }
}

/** HMAC-SHA256 of `data` (as UTF-8) under `key`, as 64 lowercase hex digits. */
export function hmacSha256(key: Uint8Array, data: string): string {
  if (data.length < NATIVE_FROM) return portableHmacSha256(key, data);
  const crypto = require('node:crypto') as typeof import('node:crypto');
  return crypto.createHmac('sha256', key).update(data).digest('hex');
}

/** hmacSha256 without node:crypto, whatever the length. */
export function portableHmacSha256(key: Uint8Array, data: string): string {
  const block = new Uint8Array(BLOCK);
  block.set(key.length > BLOCK ? new Sha256().update(key).digest() : key);
  const pad = (byte: number) => block.map(k => k ^ byte);
  const inner = new Sha256().update(pad(0x36)).update(new TextEncoder().encode(data)).digest();
  const mac = new Sha256().update(pad(0x5c)).update(inner).digest();
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

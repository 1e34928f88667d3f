/**
 * @fileoverview HMAC-SHA256 (FIPS 180-4, RFC 2104), for the host: the CLI's policy cache signs
 * each entry with it (host/cli/policy-cache.ts). Compiled code of its own, where the host's
 * JavaScript would run it in V8's interpreter at a run's start, and loading node:crypto for it
 * costs more than the whole hash.
 */

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K: StaticArray<u32> = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const BLOCK: i32 = 64;

/**
 * Rounds [from, to) (as byte offsets into the schedule `w`, four to a round) on the working
 * variables at `v`.
 */
// @ts-ignore: decorator
@inline function rounds(v: usize, w: usize, from: usize, to: usize): void {
  const k = changetype<usize>(K);
  let a = load<u32>(v), b = load<u32>(v, 4), c = load<u32>(v, 8), d = load<u32>(v, 12);
  let e = load<u32>(v, 16), f = load<u32>(v, 20), g = load<u32>(v, 24), hh = load<u32>(v, 28);
  for (let t = from; t < to; t += 4) {
    const t1 = hh + (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + load<u32>(k + t) + load<u32>(w + t);
    const t2 = (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    hh = g; g = f; f = e; e = d + t1;
    d = c; c = b; b = a; a = t1 + t2;
  }
  store<u32>(v, a); store<u32>(v, b, 4); store<u32>(v, c, 8); store<u32>(v, d, 12);
  store<u32>(v, e, 16); store<u32>(v, f, 20); store<u32>(v, g, 24); store<u32>(v, hh, 28);
}

/**
 * The first and the last 32 rounds of a block, as two functions: V8 optimises a wasm function
 * once the code it has run passes a budget, and a function's budget is its own. Split so, a
 * small run's hash of its policy cache entry (up to ≈2.5 kB) optimises none of them, where the
 * one function the rounds were optimised for entries over 1.3 kB — TurboFan's compile, and its
 * code's pages in memory, for a hash that ends a few milliseconds later (docs/architecture.md).
 */
function firstRounds(v: usize, w: usize): void {
  rounds(v, w, 0, 128);
}

function lastRounds(v: usize, w: usize): void {
  rounds(v, w, 128, 256);
}

const HALVES: StaticArray<(v: usize, w: usize) => void> = [firstRounds, lastRounds];

/** SHA-256 over bytes given in pieces. */
class Sha256 {
  private h: StaticArray<u32> = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  private w: StaticArray<u32> = new StaticArray<u32>(64);
  /** The working variables a to h between the two halves of a block's rounds. */
  private v: StaticArray<u32> = new StaticArray<u32>(8);
  /** Bytes of an unfinished block. */
  private pending: StaticArray<u8> = new StaticArray<u8>(BLOCK);
  private pendingLength: i32 = 0;
  private total: u64 = 0;

  update(at: usize, length: i32): Sha256 {
    this.total += <u64>length;
    let i = 0;
    const pending = changetype<usize>(this.pending);
    if (this.pendingLength > 0) {
      const take = min(BLOCK - this.pendingLength, length);
      memory.copy(pending + <usize>this.pendingLength, at, <usize>take);
      this.pendingLength += take;
      i = take;
      if (this.pendingLength < BLOCK) return this;
      this.compress(pending);
      this.pendingLength = 0;
    }
    for (; i + BLOCK <= length; i += BLOCK) this.compress(at + <usize>i);
    memory.copy(pending, at + <usize>i, <usize>(length - i));
    this.pendingLength = length - i;
    return this;
  }

  updateBuffer(bytes: ArrayBuffer): Sha256 {
    return this.update(changetype<usize>(bytes), bytes.byteLength);
  }

  digest(): ArrayBuffer {
    const bits = this.total << 3;
    // 0x80, zeros to 56 bytes past a block boundary, the length in bits (64 bits, big-endian).
    const tail = new ArrayBuffer((this.pendingLength < 56 ? BLOCK : 2 * BLOCK) - this.pendingLength);
    const t = changetype<usize>(tail);
    store<u8>(t, 0x80);
    store<u64>(t + <usize>tail.byteLength - 8, bswap<u64>(bits));
    this.update(t, tail.byteLength);
    const out = new ArrayBuffer(32);
    for (let j = 0; j < 8; j++) store<u32>(changetype<usize>(out) + <usize>(j << 2), bswap<u32>(this.h[j]));
    return out;
  }

  /**
   * One block. Through raw addresses, not the arrays' checked indexing: a small run hashes its
   * policy cache entry on V8's baseline code, where every bounds check is executed code, and
   * executed code is what V8 counts to decide to optimise a function (which a run that ends
   * a few milliseconds later then waits for at exit).
   */
  private compress(block: usize): void {
    const w = changetype<usize>(this.w);
    const h = changetype<usize>(this.h);
    for (let t: usize = 0; t < 64; t += 4) store<u32>(w + t, bswap<u32>(load<u32>(block + t)));
    for (let t: usize = 64; t < 256; t += 4) {
      const x = load<u32>(w + t - 60); // w[t - 15]
      const y = load<u32>(w + t - 8); // w[t - 2]
      const s0 = rotr<u32>(x, 7) ^ rotr<u32>(x, 18) ^ (x >>> 3);
      const s1 = rotr<u32>(y, 17) ^ rotr<u32>(y, 19) ^ (y >>> 10);
      store<u32>(w + t, load<u32>(w + t - 64) + s0 + load<u32>(w + t - 28) + s1); // w[t-16], w[t-7]
    }
    const v = changetype<usize>(this.v);
    memory.copy(v, h, 32);
    for (let i = 0; i < 2; i++) HALVES[i](v, w); // called through the table: not inlined into one
    for (let i: usize = 0; i < 32; i += 4) store<u32>(h + i, load<u32>(h + i) + load<u32>(v + i));
  }
}

/** HMAC-SHA256 of `data` under `key`: 32 bytes. */
export function hmacSha256(key: ArrayBuffer, data: ArrayBuffer): ArrayBuffer {
  const k = key.byteLength > BLOCK ? new Sha256().updateBuffer(key).digest() : key;
  const inner = new ArrayBuffer(BLOCK);
  const outer = new ArrayBuffer(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    const byte: u8 = i < k.byteLength ? load<u8>(changetype<usize>(k) + <usize>i) : 0;
    store<u8>(changetype<usize>(inner) + <usize>i, byte ^ 0x36);
    store<u8>(changetype<usize>(outer) + <usize>i, byte ^ 0x5c);
  }
  const innerHash = new Sha256().updateBuffer(inner).updateBuffer(data).digest();
  return new Sha256().updateBuffer(outer).updateBuffer(innerHash).digest();
}

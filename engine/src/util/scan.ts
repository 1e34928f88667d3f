/**
 * @fileoverview Fast byte scanning, sixteen bytes at a time (WebAssembly SIMD): finding line ends,
 * a NUL, and the bytes of a literal is most of the work on lines that do not match. The core
 * runs most of a short-lived run in V8's baseline compiler, where a byte-at-a-time loop costs
 * several instructions per byte; one vector compare covers sixteen.
 */

/** The index of the first `b` in data[from, end), or `end`. */
export function findByte(data: usize, from: i32, end: i32, b: i32): i32 {
  let i = from;
  if (i + 16 <= end) {
    const pattern = i8x16.splat(<i8>b);
    // Two vectors a round: most of a file holds no `b` for a while.
    while (i + 32 <= end) {
      const x = i8x16.eq(v128.load(data + <usize>i), pattern);
      const y = i8x16.eq(v128.load(data + <usize>i, 16), pattern);
      if (v128.any_true(v128.or(x, y))) {
        const m = i8x16.bitmask(x) | (i8x16.bitmask(y) << 16);
        return i + <i32>ctz(m);
      }
      i += 32;
    }
    while (i + 16 <= end) {
      const m = i8x16.bitmask(i8x16.eq(v128.load(data + <usize>i), pattern));
      if (m != 0) return i + <i32>ctz(m);
      i += 16;
    }
    // The last bytes: the sixteen ending at `end` again, those already seen masked off.
    const tail = end - 16;
    const m = i8x16.bitmask(i8x16.eq(v128.load(data + <usize>tail), pattern)) >> (i - tail);
    return m != 0 ? i + <i32>ctz(m) : end;
  }
  while (i < end && <i32>load<u8>(data + <usize>i) != b) i++;
  return i;
}

/**
 * The first i in [from, last] where the `n` bytes at data + i are those at `needle`, or -1. The
 * candidates are the places where two of the needle's bytes (at offsets `k1` and `k2`, the rare
 * ones) are both where they should be: sixty-four places at a time (then thirty-two, sixteen,
 * one near the end), rarely more than one left to compare in full. The caller makes sure data[last + n - 1] is the last byte it may read.
 */
export function findPair(data: usize, from: i32, last: i32, needle: usize, n: i32, k1: i32, k2: i32): i32 {
  const a = <i32>load<u8>(needle + <usize>k1);
  const b = <i32>load<u8>(needle + <usize>k2);
  let i = from;
  if (i + 15 <= last) {
    // Loads at i + k and i + k + 15 ≤ last + n - 1 (k < n): within the caller's bytes.
    const va = i8x16.splat(<i8>a);
    const vb = i8x16.splat(<i8>b);
    const p1 = data + <usize>k1;
    const p2 = data + <usize>k2;
    // Sixty-four places a round while there are (most rounds have no candidate: one test for
    // the four quarters). Most of a short run's scans execute on V8's baseline code, which keeps
    // the loop's values in memory between rounds: the longer the round, the fewer reloads a byte.
    while (i + 63 <= last) {
      const x = v128.and(i8x16.eq(v128.load(p1 + <usize>i), va), i8x16.eq(v128.load(p2 + <usize>i), vb));
      const y = v128.and(i8x16.eq(v128.load(p1 + <usize>i, 16), va), i8x16.eq(v128.load(p2 + <usize>i, 16), vb));
      const z = v128.and(i8x16.eq(v128.load(p1 + <usize>i, 32), va), i8x16.eq(v128.load(p2 + <usize>i, 32), vb));
      const w = v128.and(i8x16.eq(v128.load(p1 + <usize>i, 48), va), i8x16.eq(v128.load(p2 + <usize>i, 48), vb));
      if (v128.any_true(v128.or(v128.or(x, y), v128.or(z, w)))) {
        let m = <u64>i8x16.bitmask(x) | (<u64>i8x16.bitmask(y) << 16) | (<u64>i8x16.bitmask(z) << 32) | (<u64>i8x16.bitmask(w) << 48);
        while (m != 0) {
          const at = i + <i32>ctz(m);
          if (memory.compare(data + <usize>at, needle, <usize>n) == 0) return at;
          m &= m - 1;
        }
      }
      i += 64;
    }
    // Thirty-two places a round (most rounds have no candidate: one test for both halves).
    while (i + 31 <= last) {
      const x = v128.and(i8x16.eq(v128.load(p1 + <usize>i), va), i8x16.eq(v128.load(p2 + <usize>i), vb));
      const y = v128.and(i8x16.eq(v128.load(p1 + <usize>i, 16), va), i8x16.eq(v128.load(p2 + <usize>i, 16), vb));
      if (v128.any_true(v128.or(x, y))) {
        let m = <u32>i8x16.bitmask(x) | (<u32>i8x16.bitmask(y) << 16);
        while (m != 0) {
          const at = i + <i32>ctz(m);
          if (memory.compare(data + <usize>at, needle, <usize>n) == 0) return at;
          m &= m - 1;
        }
      }
      i += 32;
    }
    while (i + 15 <= last) {
      let m = i8x16.bitmask(v128.and(
        i8x16.eq(v128.load(p1 + <usize>i), va), i8x16.eq(v128.load(p2 + <usize>i), vb)));
      while (m != 0) {
        const at = i + <i32>ctz(m);
        if (memory.compare(data + <usize>at, needle, <usize>n) == 0) return at;
        m &= m - 1;
      }
      i += 16;
    }
  }
  for (; i <= last; i++) {
    if (<i32>load<u8>(data + <usize>(i + k1)) == a && <i32>load<u8>(data + <usize>(i + k2)) == b &&
        memory.compare(data + <usize>i, needle, <usize>n) == 0) return i;
  }
  return -1;
}

/**
 * findPair for a short stretch (a line): the places from `from` to `last` sixteen at a time, the
 * last round too, with the places past `last` masked off, instead of a loop over the last bytes
 * one by one (most of a short search's cost). Its loads reach up to fifteen bytes past the
 * caller's last byte: the caller makes sure they are inside the memory (their values are not
 * used). Its own function: the loop over the last places in findPair itself made that one slower
 * on V8's baseline code (more values live across its loops).
 */
export function findPairShort(data: usize, from: i32, last: i32, needle: usize, n: i32, k1: i32, k2: i32): i32 {
  const va = i8x16.splat(<i8>load<u8>(needle + <usize>k1));
  const vb = i8x16.splat(<i8>load<u8>(needle + <usize>k2));
  const p1 = data + <usize>k1;
  const p2 = data + <usize>k2;
  for (let i = from; i <= last; i += 16) {
    let m = i8x16.bitmask(v128.and(
      i8x16.eq(v128.load(p1 + <usize>i), va), i8x16.eq(v128.load(p2 + <usize>i), vb)));
    if (last - i < 15) m &= (2 << (last - i)) - 1; // places i … last only
    while (m != 0) {
      const at = i + <i32>ctz(m);
      if (memory.compare(data + <usize>at, needle, <usize>n) == 0) return at;
      m &= m - 1;
    }
  }
  return -1;
}

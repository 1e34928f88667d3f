/**
 * @fileoverview Fast byte scanning, eight bytes at a time (SWAR): finding line ends and the
 * first byte of a literal is most of the work on lines that do not match.
 */

const ONES: u64 = 0x0101010101010101;
const HIGHS: u64 = 0x8080808080808080;

/** The index of the first `b` in data[from, end), or `end`. */
export function findByte(data: usize, from: i32, end: i32, b: i32): i32 {
  let i = from;
  const pattern = ONES * <u64>(b & 0xff);
  while (i + 8 <= end) {
    const x = load<u64>(data + <usize>i) ^ pattern;
    // A zero byte in x is a byte equal to b (the classic has-zero-byte test).
    const found = (x - ONES) & ~x & HIGHS;
    if (found != 0) return i + <i32>(ctz(found) >> 3);
    i += 8;
  }
  while (i < end && <i32>load<u8>(data + <usize>i) != b) i++;
  return i;
}

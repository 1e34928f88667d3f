/**
 * @fileoverview Whole numbers written in a policy (counts, seconds, ids, line numbers), read the
 * way cfengine 1.x reads them with atoi: blanks, an optional sign, then the leading decimal digits;
 * anything after them is ignored, and no digits reads as 0. Unlike I32.parseInt, which wraps
 * (4294967297 read as 1, 4294967295 as -1, which recurse= takes for inf) and reads 0x.. as hex,
 * a number past i32 stops at 2^31-1 (or -2^31): a policy that writes a huge count means
 * "a lot", never "one" or "none", and C's atoi leaves such input undefined anyway.
 */

/** The atoi reading of `text`, saturated to i32's range. */
export function atoiSaturating(text: string): i32 {
  let i = 0;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  let negative = false;
  if (i < text.length && (text.charCodeAt(i) == 0x2b || text.charCodeAt(i) == 0x2d)) {
    negative = text.charCodeAt(i) == 0x2d;
    i++;
  }
  // Counted in i64 and clamped per digit, so no length of digits can wrap it.
  const cap: i64 = negative ? -(<i64>i32.MIN_VALUE) : <i64>i32.MAX_VALUE;
  let n: i64 = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    n = min<i64>(n * 10 + (c - 0x30), cap);
  }
  return <i32>(negative ? -n : n);
}

/** C's isspace in the "C" locale. */
function isBlank(c: i32): bool {
  return c == 0x20 || (c >= 0x09 && c <= 0x0d);
}

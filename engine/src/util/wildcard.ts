/**
 * @fileoverview Shell wildcards as cfengine uses them for names (L2279-2305, L10650-10654):
 * `*` any run of characters, `?` any one, `[…]` a set (`!` or `^` negates, ranges allowed).
 * A name is matched whole; `/` is an ordinary character (paths are split before matching).
 */

export function hasWildcard(s: string): bool {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x2a || c == 0x3f || c == 0x5b) return true;
  }
  return false;
}

/** Whether `name` matches `pattern` entirely. Iterative, with one backtrack point for `*`. */
export function wildcardMatch(pattern: string, name: string): bool {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length) {
      const c = pattern.charCodeAt(p);
      if (c == 0x2a) { // *
        starP = p++;
        starN = n;
        continue;
      }
      if (c == 0x3f) { // ?
        p++;
        n++;
        continue;
      }
      if (c == 0x5b) { // [set]
        const end = setEnd(pattern, p);
        if (end > 0) {
          if (inSet(pattern, p + 1, end, name.charCodeAt(n))) {
            p = end + 1;
            n++;
            continue;
          }
        } else if (name.charCodeAt(n) == c) { // an unclosed [ is itself
          p++;
          n++;
          continue;
        }
      } else if (c == name.charCodeAt(n)) {
        p++;
        n++;
        continue;
      }
    }
    if (starP < 0) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < pattern.length && pattern.charCodeAt(p) == 0x2a) p++;
  return p == pattern.length;
}

/** Index of the `]` closing the set opened at `open`, or -1. */
function setEnd(pattern: string, open: i32): i32 {
  let i = open + 1;
  if (i < pattern.length && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) i++;
  if (i < pattern.length && pattern.charAt(i) == ']') i++;
  while (i < pattern.length && pattern.charAt(i) != ']') i++;
  return i < pattern.length ? i : -1;
}

function inSet(pattern: string, from: i32, to: i32, c: i32): bool {
  let i = from;
  let negate = false;
  if (pattern.charAt(i) == '!' || pattern.charAt(i) == '^') {
    negate = true;
    i++;
  }
  let found = false;
  let first = true;
  while (i < to) {
    const a = pattern.charCodeAt(i);
    if (a == 0x5d && !first) break;
    first = false;
    if (i + 2 < to && pattern.charAt(i + 1) == '-') {
      if (c >= a && c <= pattern.charCodeAt(i + 2)) found = true;
      i += 3;
    } else {
      if (c == a) found = true;
      i++;
    }
  }
  return found != negate;
}

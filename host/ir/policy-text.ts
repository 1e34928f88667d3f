/**
 * @fileoverview Policy files' bytes and the text the parser reads (Node and browsers alike).
 * Bytes become text as UTF-8; a byte that is not part of valid UTF-8 (a Latin-1 é, say) becomes
 * the lone surrogate U+DC00 + byte, which the core writes back as that byte
 * (engine/src/util/bytes.ts utf8) and encodePolicyText turns back into it — so policies in any
 * 8-bit encoding edit files byte for byte, as cfengine's C strings did, and fmt keeps them as
 * they were.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The length of the UTF-8 sequence a lead byte begins (0: not a lead byte). */
function sequenceLength(b: number): number {
  return b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
}

export function decodePolicyBytes(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch { /* some bytes are not UTF-8: below */ }
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : sequenceLength(b);
    if (n === 1) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    if (n > 0 && i + n <= bytes.length) {
      try {
        out += strictUtf8.decode(bytes.subarray(i, i + n));
        i += n;
        continue;
      } catch { /* not a valid sequence: its first byte is escaped */ }
    }
    out += String.fromCharCode(0xdc00 + b);
    i++;
  }
  return out;
}

/** The bytes decodePolicyBytes read `text` from: UTF-8, with each escaped byte as itself. */
export function encodePolicyText(text: string): Uint8Array {
  const utf8 = new TextEncoder();
  const parts: Uint8Array[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const p = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (c < 0xdc80 || c > 0xdcff || (p >= 0xd800 && p <= 0xdbff)) continue;
    parts.push(utf8.encode(text.slice(run, i)), Uint8Array.of(c - 0xdc00));
    run = i + 1;
  }
  parts.push(utf8.encode(text.slice(run)));
  return joinBytes(parts);
}

/** The pieces one after another in one array. */
export function joinBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * @fileoverview What a run keeps for its result, the log and the changes: a list of JSON records
 * held as one UTF-8 byte buffer and the offsets where each ends, not as an object per record. A
 * sweep over a million files keeps a record or two per changed file; as objects, every
 * collection marked all of them again (run/gc.ts) and building the result made each one a string
 * twice. As bytes they cost the collector nothing and the result is one copy.
 */
import { ByteBuilder } from '../regex/regex';

/** Hex digits of \u escapes (lower case, as quoteJson writes them). */
const HEX = '0123456789abcdef';

export class JsonRecords {
  /** The records, each but the first preceded by a comma: a JSON array's inside. */
  private bytes: ByteBuilder = new ByteBuilder();
  /** Where each record ends in `bytes`. */
  private ends: i32[] = [];
  /** Where the record being written starts. */
  private start: i32 = 0;
  /** Records are written and dropped at close(): the caller said it does not want them. */
  off: bool = false;

  get length(): i32 {
    return this.ends.length;
  }

  /** Drops the records after the first `n` (an attempt whose work was thrown away). */
  set length(n: i32) {
    if (n >= this.ends.length) return;
    this.bytes.length = n == 0 ? 0 : this.ends[n - 1];
    this.ends.length = n;
  }

  /** Appends a whole record given as JSON text. */
  push(json: string): void {
    this.open();
    this.raw(json, true);
    this.close();
  }

  /** Starts a record, written piece by piece up to close(). */
  open(): JsonRecords {
    this.start = this.bytes.length;
    if (this.ends.length > 0) this.bytes.appendByte(0x2c); // ,
    return this;
  }

  close(): void {
    if (this.off) this.bytes.length = this.start;
    else this.ends.push(this.bytes.length);
  }

  /** Appends JSON text as it is (`utf8`: it may hold non-ASCII characters; else it is ASCII). */
  raw(s: string, utf8: bool = false): JsonRecords {
    const n = s.length;
    const out = this.bytes;
    if (utf8) {
      out.reserve(String.UTF8.byteLength(s));
      out.length += <i32>String.UTF8.encodeUnsafe(changetype<usize>(s), n, out.data.dataStart + <usize>out.length);
      return this;
    }
    out.reserve(n);
    const base = out.data.dataStart + <usize>out.length;
    for (let i = 0; i < n; i++) store<u8>(base + <usize>i, <u8>s.charCodeAt(i));
    out.length += n;
    return this;
  }

  /** Appends `s` as a JSON string, quotes included. */
  quoted(s: string): JsonRecords {
    this.bytes.appendByte(0x22);
    this.chars(s);
    this.bytes.appendByte(0x22);
    return this;
  }

  /**
   * Appends `s` escaped as the inside of a JSON string, as quoteJson escapes it (surrogates too:
   * a lone one stands for a raw byte and must reach the host as itself).
   */
  chars(s: string): JsonRecords {
    const n = s.length;
    const out = this.bytes;
    out.reserve(n * 6); // the most one UTF-16 unit can take (\uXXXX)
    const base = out.data.dataStart;
    let at = <usize>out.length;
    for (let i = 0; i < n; i++) {
      const c = <u32>s.charCodeAt(i);
      if (c >= 0x20 && c < 0x80 && c != 0x22 && c != 0x5c) {
        store<u8>(base + at++, <u8>c);
      } else if (c == 0x22 || c == 0x5c || c == 10 || c == 9 || c == 13) {
        store<u8>(base + at++, 0x5c);
        store<u8>(base + at++, <u8>(c == 10 ? 0x6e : c == 9 ? 0x74 : c == 13 ? 0x72 : c));
      } else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) {
        store<u8>(base + at++, 0x5c);
        store<u8>(base + at++, 0x75);
        for (let shift = 12; shift >= 0; shift -= 4) store<u8>(base + at++, <u8>HEX.charCodeAt((c >> shift) & 15));
      } else if (c < 0x800) {
        store<u8>(base + at++, <u8>(0xc0 | (c >> 6)));
        store<u8>(base + at++, <u8>(0x80 | (c & 63)));
      } else {
        store<u8>(base + at++, <u8>(0xe0 | (c >> 12)));
        store<u8>(base + at++, <u8>(0x80 | ((c >> 6) & 63)));
        store<u8>(base + at++, <u8>(0x80 | (c & 63)));
      }
    }
    out.length = <i32>at;
    return this;
  }

  /** Appends a mode's permission bits in octal, as actions/modes.ts octal() writes them. */
  octal(mode: i32): JsonRecords {
    let v = mode & 0o7777;
    let digits = 1;
    for (let w = v; w >= 8; w >>= 3) digits++;
    const out = this.bytes;
    out.reserve(digits);
    const base = out.data.dataStart + <usize>out.length;
    for (let i = digits - 1; i >= 0; i--) {
      store<u8>(base + <usize>i, <u8>(0x30 + (v & 7)));
      v >>= 3;
    }
    out.length += digits;
    return this;
  }

  /** Record k's JSON text (the trace reads the log back). */
  entry(k: i32): string {
    const start = k == 0 ? 0 : this.ends[k - 1] + 1;
    const end = this.ends[k];
    return String.UTF8.decodeUnsafe(this.bytes.data.dataStart + <usize>start, <usize>(end - start));
  }

  /** Appends the records as a JSON array. */
  writeArray(out: ByteBuilder): void {
    out.appendByte(0x5b); // [
    out.append(this.bytes.data, 0, this.bytes.length);
    out.appendByte(0x5d); // ]
  }

  /** The bytes the records take. */
  get size(): i32 {
    return this.bytes.length;
  }
}

/**
 * @fileoverview Building strings piece by piece in linear time and memory. `out += piece` in a
 * loop copies all of `out` each time, and the core collects nothing during a call: a value of
 * n characters built a character (or a path component) at a time allocated n²/2 units, so a long
 * pattern, variable value or path ran the core out of its 4 GB (a wasm trap) or for minutes.
 * Everything that builds a string in a loop whose length the policy or a file decides uses this.
 */

/** A growable run of UTF-16 units; toString() makes the string with one allocation. */
export class TextBuilder {
  private buf: StaticArray<u16>;
  length: i32 = 0;

  constructor(capacity: i32 = 64) {
    this.buf = new StaticArray<u16>(max(capacity, 16));
  }

  private reserve(extra: i32): void {
    const need = this.length + extra;
    if (need <= this.buf.length) return;
    let cap = this.buf.length * 2; // doubling: the copies add up to at most twice the final size
    while (cap < need) cap *= 2;
    const bigger = new StaticArray<u16>(cap);
    memory.copy(changetype<usize>(bigger), changetype<usize>(this.buf), <usize>this.length << 1);
    this.buf = bigger;
  }

  add(s: string): TextBuilder {
    const n = s.length;
    if (n == 0) return this;
    this.reserve(n);
    memory.copy(changetype<usize>(this.buf) + (<usize>this.length << 1), changetype<usize>(s), <usize>n << 1);
    this.length += n;
    return this;
  }

  /** One UTF-16 unit (a character of the BMP, or half of a pair). */
  addCode(c: i32): TextBuilder {
    this.reserve(1);
    unchecked(this.buf[this.length++] = <u16>c);
    return this;
  }

  toString(): string {
    const bytes = <usize>this.length << 1;
    const out = changetype<string>(__new(bytes, idof<string>()));
    memory.copy(changetype<usize>(out), changetype<usize>(this.buf), bytes);
    return out;
  }
}

/** Each byte as the character of the same code (U+0000-U+00FF), in one allocation. */
export function latin1(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = changetype<string>(__new(<usize>n << 1, idof<string>()));
  const at = changetype<usize>(out);
  for (let i = 0; i < n; i++) store<u16>(at + (<usize>i << 1), <u16>unchecked(bytes[i]));
  return out;
}

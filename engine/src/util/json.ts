/**
 * @fileoverview A small JSON reader and writer: the core receives its run request (policy IR,
 * options, host facts) and host answers as JSON, and returns its result as JSON.
 */

export const enum JKind { Null, Bool, Number, String, Array, Object }

export class JValue {
  kind: JKind = JKind.Null;
  bool: bool = false;
  num: f64 = 0;
  str: string = '';
  // Allocated only for arrays and objects: host replies are parsed by the thousand in a sweep.
  // An object's members are `keys` and `items` side by side (a policy's IR is hundreds of
  // thousands of small objects: a Map each was most of its memory); one with many members also
  // gets a Map to find them by.
  items: JValue[] | null = null;
  keys: string[] | null = null;
  values: Map<string, JValue> | null = null;

  static NULL: JValue = new JValue();

  /** The member `key` of an object, or the null value. */
  get(key: string): JValue {
    const values = this.values;
    if (values) return values.has(key) ? values.get(key) : JValue.NULL;
    const keys = this.keys;
    if (!keys) return JValue.NULL;
    for (let i = 0; i < keys.length; i++) if (keys[i] == key) return this.items![i];
    return JValue.NULL;
  }

  has(key: string): bool {
    return this.get(key).kind != JKind.Null;
  }

  /** An object's keys in their order, or none. */
  keyList(): string[] {
    const keys = this.keys;
    return keys ? keys : [];
  }

  get isNull(): bool {
    return this.kind == JKind.Null;
  }

  asString(fallback: string = ''): string {
    return this.kind == JKind.String ? this.str : fallback;
  }

  asInt(fallback: i32 = 0): i32 {
    return this.kind == JKind.Number ? <i32>this.num : fallback;
  }

  asBool(fallback: bool = false): bool {
    return this.kind == JKind.Bool ? this.bool : fallback;
  }

  /** An array's items, or none. */
  list(): JValue[] {
    const items = this.items;
    return items && this.kind == JKind.Array ? items : [];
  }
}

class Reader {
  s: string;
  i: i32 = 0;
  constructor(s: string) {
    this.s = s;
  }

  ws(): void {
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c == 32 || c == 9 || c == 10 || c == 13) this.i++;
      else break;
    }
  }

  value(): JValue {
    this.ws();
    const v = new JValue();
    if (this.i >= this.s.length) return v;
    const c = this.s.charCodeAt(this.i);
    if (c == 0x7b) { // {
      v.kind = JKind.Object;
      const keys: string[] = [];
      const items: JValue[] = [];
      v.keys = keys;
      v.items = items;
      this.i++;
      this.ws();
      if (this.s.charCodeAt(this.i) == 0x7d) { this.i++; return v; }
      for (;;) {
        this.ws();
        const k = this.string();
        this.ws();
        this.i++; // :
        const item = this.value();
        let at = -1;
        for (let j = 0; j < keys.length; j++) if (keys[j] == k) at = j;
        if (at >= 0) items[at] = item; // a repeated key: the last one counts
        else {
          keys.push(k);
          items.push(item);
        }
        this.ws();
        const d = this.s.charCodeAt(this.i++);
        if (d != 0x2c) break; // , or }
      }
      if (keys.length > 8) {
        const values = new Map<string, JValue>();
        for (let j = 0; j < keys.length; j++) values.set(keys[j], items[j]);
        v.values = values;
      }
      return v;
    }
    if (c == 0x5b) { // [
      v.kind = JKind.Array;
      const items: JValue[] = [];
      v.items = items;
      this.i++;
      this.ws();
      if (this.s.charCodeAt(this.i) == 0x5d) { this.i++; return v; }
      for (;;) {
        items.push(this.value());
        this.ws();
        const d = this.s.charCodeAt(this.i++);
        if (d != 0x2c) break;
      }
      return v;
    }
    if (c == 0x22) {
      v.kind = JKind.String;
      v.str = this.string();
      return v;
    }
    if (c == 0x74) { v.kind = JKind.Bool; v.bool = true; this.i += 4; return v; }
    if (c == 0x66) { v.kind = JKind.Bool; this.i += 5; return v; }
    if (c == 0x6e) { this.i += 4; return v; }
    const start = this.i;
    while (this.i < this.s.length) {
      const d = this.s.charCodeAt(this.i);
      if ((d >= 0x30 && d <= 0x39) || d == 0x2d || d == 0x2b || d == 0x2e || d == 0x65 || d == 0x45) this.i++;
      else break;
    }
    v.kind = JKind.Number;
    v.num = parseFloat(this.s.substring(start, this.i));
    return v;
  }

  string(): string {
    this.i++; // opening quote
    let out = '';
    let run = this.i;
    const first = this.i;
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c == 0x22) {
        // No escape: the text as it stands, a short one shared with its earlier copies.
        const whole = run == first ? shared(this.s, first, this.i) : out + this.s.substring(run, this.i);
        this.i++;
        return whole;
      }
      if (c == 0x5c) {
        out += this.s.substring(run, this.i);
        const e = this.s.charCodeAt(this.i + 1);
        this.i += 2;
        if (e == 0x6e) out += '\n';
        else if (e == 0x74) out += '\t';
        else if (e == 0x72) out += '\r';
        else if (e == 0x62) out += '\b';
        else if (e == 0x66) out += '\f';
        else if (e == 0x75) {
          out += String.fromCharCode(<i32>parseInt(this.s.substring(this.i, this.i + 4), 16));
          this.i += 4;
        } else out += String.fromCharCode(e);
        run = this.i;
        continue;
      }
      this.i++;
    }
    return out + this.s.substring(run, this.i);
  }
}

/**
 * Short strings seen lately, by a hash of their text: the member names of a policy's IR and
 * values such as its file name repeat in every item, and are then one string, not one per item.
 */
const recent = new StaticArray<string | null>(1024);

function shared(s: string, from: i32, to: i32): string {
  const n = to - from;
  if (n > 32) return s.substring(from, to);
  let h: u32 = <u32>n;
  for (let i = from; i < to; i++) h = (h ^ <u32>s.charCodeAt(i)) * 16777619;
  const slot = <i32>(h & 1023);
  const seen = recent[slot];
  if (seen != null && seen.length == n) {
    let same = true;
    for (let i = 0; i < n; i++) {
      if (seen.charCodeAt(i) != s.charCodeAt(from + i)) {
        same = false;
        break;
      }
    }
    if (same) return seen;
  }
  const made = s.substring(from, to);
  recent[slot] = made;
  return made;
}

export function parseJson(text: string): JValue {
  return new Reader(text).value();
}

/** A JSON string literal. */
export function quoteJson(s: string): string {
  // Appending to one string copies it each time (and nothing is collected during a call): a
  // long text with many escapes (a whole file, in the trace) is built from pieces instead.
  if (s.length > 4096) return quoteLong(s);
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Surrogates too: a lone one (a policy's raw byte, util/bytes.ts) must reach the host as itself.
    if (c == 0x22 || c == 0x5c || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) {
      out += s.substring(run, i);
      if (c == 0x22) out += '\\"';
      else if (c == 0x5c) out += '\\\\';
      else if (c == 10) out += '\\n';
      else if (c == 9) out += '\\t';
      else if (c == 13) out += '\\r';
      else {
        const h = c.toString(16);
        out += '\\u' + '0000'.substring(h.length) + h;
      }
      run = i + 1;
    }
  }
  return out + s.substring(run) + '"';
}

/** quoteJson for long texts: the pieces between escapes, joined once. */
function quoteLong(s: string): string {
  const parts: string[] = ['"'];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x22 || c == 0x5c || c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) {
      parts.push(s.substring(run, i));
      parts.push(quoteJson(String.fromCharCode(c)).slice(1, -1));
      run = i + 1;
    }
  }
  parts.push(s.substring(run));
  parts.push('"');
  return parts.join('');
}

/** Builds a JSON object text field by field. */
export class JsonWriter {
  parts: string[] = [];

  field(key: string, raw: string): JsonWriter {
    this.parts.push(quoteJson(key) + ':' + raw);
    return this;
  }

  str(key: string, value: string): JsonWriter {
    return this.field(key, quoteJson(value));
  }

  int(key: string, value: i64): JsonWriter {
    return this.field(key, value.toString());
  }

  bool(key: string, value: bool): JsonWriter {
    return this.field(key, value ? 'true' : 'false');
  }

  strings(key: string, values: string[]): JsonWriter {
    const items: string[] = [];
    for (let i = 0; i < values.length; i++) items.push(quoteJson(values[i]));
    return this.field(key, '[' + items.join(',') + ']');
  }

  toString(): string {
    return '{' + this.parts.join(',') + '}';
  }
}

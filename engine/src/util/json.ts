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
  items: JValue[] | null = null;
  keys: string[] | null = null;
  values: Map<string, JValue> | null = null;

  static NULL: JValue = new JValue();

  /** The member `key` of an object, or the null value. */
  get(key: string): JValue {
    const values = this.values;
    if (!values || !values.has(key)) return JValue.NULL;
    return values.get(key);
  }

  has(key: string): bool {
    const values = this.values;
    return values != null && values.has(key) && values.get(key).kind != JKind.Null;
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
    return items ? items : [];
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
      const values = new Map<string, JValue>();
      v.keys = keys;
      v.values = values;
      this.i++;
      this.ws();
      if (this.s.charCodeAt(this.i) == 0x7d) { this.i++; return v; }
      for (;;) {
        this.ws();
        const k = this.string();
        this.ws();
        this.i++; // :
        const item = this.value();
        if (!values.has(k)) keys.push(k);
        values.set(k, item);
        this.ws();
        const d = this.s.charCodeAt(this.i++);
        if (d != 0x2c) break; // , or }
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
    while (this.i < this.s.length) {
      const c = this.s.charCodeAt(this.i);
      if (c == 0x22) {
        out += this.s.substring(run, this.i);
        this.i++;
        return out;
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

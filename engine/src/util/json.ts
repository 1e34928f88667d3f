/**
 * @fileoverview A small JSON reader and writer: the core receives its run request (policy IR,
 * options, host facts) and host answers as JSON, and returns its result as JSON.
 */

export const enum JKind { Null, Bool, Number, String, Array, Object }

export class JValue {
  kind: JKind = JKind.Null;
  /** A number's value; a boolean's, 1 or 0. */
  num: f64 = 0;
  str: string = '';
  // Allocated only for arrays and objects: host replies are parsed by the thousand in a sweep.
  /** An array's items. */
  items: JValue[] | null = null;
  // An object's members are `keys` and `members` side by side (a policy's IR is hundreds of
  // thousands of small objects: a Map each was most of its memory); objects with the same keys
  // in the same order share one `keys`; one with many members is found through `index`, a hash
  // table of its shape (shared as `keys` is). Parsed values are never changed, so equal small
  // ones are one value (see Reader).
  members: StaticArray<JValue> | null = null;
  keys: StaticArray<string> | null = null;
  index: StaticArray<i32> | null = null;

  static NULL: JValue = new JValue();

  /** The member `key` of an object, or the null value. */
  get(key: string): JValue {
    const keys = this.keys;
    if (!keys) return JValue.NULL;
    const index = this.index;
    if (index) {
      // One hash of `key`, then the slots from its own on (a Map's has-then-get hashed it twice).
      const mask = index.length - 1;
      for (let slot = <i32>keyHash(key) & mask; ; slot = (slot + 1) & mask) {
        const at = unchecked(index[slot]);
        if (at == 0) return JValue.NULL;
        if (unchecked(keys[at - 1]) == key) return this.members![at - 1];
      }
    }
    for (let i = 0; i < keys.length; i++) if (keys[i] == key) return this.members![i];
    return JValue.NULL;
  }

  has(key: string): bool {
    return this.get(key).kind != JKind.Null;
  }

  /** An object's keys in their order, or none. */
  keyList(): string[] {
    const keys = this.keys;
    const out: string[] = [];
    if (keys) for (let i = 0; i < keys.length; i++) out.push(keys[i]);
    return out;
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
    return this.kind == JKind.Bool ? this.num != 0 : fallback;
  }

  /** An array's items, or none (an empty array's are a new array each time: see EMPTY). */
  list(): JValue[] {
    const items = this.items;
    return items && this.kind == JKind.Array ? items : [];
  }
}

function boolValue(b: bool): JValue {
  const v = new JValue();
  v.kind = JKind.Bool;
  v.num = b ? 1 : 0;
  return v;
}
const TRUE = boolValue(true);
const FALSE = boolValue(false);

/** The empty array, one for all (its items are null: list() makes a new empty array). */
const EMPTY = new JValue();
EMPTY.kind = JKind.Array;

/** The numbers 0..SMALL-1 (columns, most lines of a small policy, sizes), made once each. */
const SMALL = 4096;
const smallNumbers = new StaticArray<JValue | null>(SMALL);

/** The last larger number made: an item's line comes again in its options' places. */
let lastNumber: JValue | null = null;

function numberValue(n: f64): JValue {
  const small = n >= 0 && n < <f64>SMALL && n == Math.floor(n);
  if (small) {
    const seen = smallNumbers[<i32>n];
    if (seen) return seen;
  } else {
    const last = lastNumber;
    if (last && last.num == n) return last;
  }
  const v = new JValue();
  v.kind = JKind.Number;
  v.num = n;
  if (small) smallNumbers[<i32>n] = v;
  else lastNumber = v;
  return v;
}

/**
 * Short strings seen lately, by a hash of their bytes, with their string values: the member names
 * of a policy's IR and values such as its file name or `"text"` repeat in every item, and are
 * then one string and one value, not one per item.
 */
const RECENT = 1024;
const recent = new StaticArray<string | null>(RECENT);
const recentValues = new StaticArray<JValue | null>(RECENT);

/** The slot of the ASCII bytes [p, p+n) in `recent`, or -1 when they are not short ASCII. */
function slotOf(p: usize, n: i32): i32 {
  if (n > 32) return -1;
  let h: u32 = <u32>n;
  for (let i = 0; i < n; i++) {
    const c = load<u8>(p + <usize>i);
    if (c >= 0x80) return -1;
    h = (h ^ <u32>c) * 16777619;
  }
  return <i32>(h & (RECENT - 1));
}

function sameAscii(s: string, p: usize, n: i32): bool {
  if (s.length != n) return false;
  for (let i = 0; i < n; i++) if (<u32>s.charCodeAt(i) != <u32>load<u8>(p + <usize>i)) return false;
  return true;
}

/** The string of the UTF-8 bytes [p, p+n) (no escapes in them), shared when short and seen lately. */
function sharedString(p: usize, n: i32): string {
  const slot = slotOf(p, n);
  if (slot < 0) return String.UTF8.decodeUnsafe(p, <usize>n);
  const seen = recent[slot];
  if (seen != null && sameAscii(seen, p, n)) return seen;
  const made = String.UTF8.decodeUnsafe(p, <usize>n);
  recent[slot] = made;
  recentValues[slot] = null;
  return made;
}

/** The string value of the bytes [p, p+n), shared as sharedString. */
function sharedStringValue(p: usize, n: i32): JValue {
  const s = sharedString(p, n);
  const slot = slotOf(p, n);
  if (slot >= 0) {
    const seen = recentValues[slot];
    if (seen != null && seen.str == s) return seen;
  }
  const v = new JValue();
  v.kind = JKind.String;
  v.str = s;
  if (slot >= 0) recentValues[slot] = v;
  return v;
}

/** Key lists of objects parsed so far, by a hash of their names: objects of one shape share one. */
const SHAPES = 256;
const shapes = new StaticArray<StaticArray<string> | null>(SHAPES);
/** The index (JValue#get) of the shape beside it, made when an object of that shape needs one. */
const shapeIndexes = new StaticArray<StaticArray<i32> | null>(SHAPES);
/** Members an object has before it is found through an index rather than by a scan of its keys. */
const INDEXED_FROM = 9;

/** FNV-1a of a member name's code units (names are short: a few multiplications). */
function keyHash(key: string): u32 {
  let h: u32 = 2166136261;
  for (let i = 0; i < key.length; i++) h = (h ^ <u32>key.charCodeAt(i)) * 16777619;
  return h;
}

/** An open-addressing table of `keys`: at the slot of a key's hash or after, its position + 1; 0 is free. */
function shapeIndex(keys: StaticArray<string>): StaticArray<i32> {
  let size = 16;
  while (size < keys.length * 2) size <<= 1;
  const index = new StaticArray<i32>(size);
  const mask = size - 1;
  for (let i = 0; i < keys.length; i++) {
    let slot = <i32>keyHash(keys[i]) & mask;
    while (index[slot] != 0) slot = (slot + 1) & mask;
    index[slot] = i + 1;
  }
  return index;
}

/**
 * Parses JSON bytes (UTF-8). Arrays and objects are built on two scratch stacks and allocated
 * once at their final size: the core collects nothing during a call, so a policy's request
 * parsed with growing arrays left as much garbage as it kept.
 */
class Reader {
  p: usize;
  n: i32;
  i: i32 = 0;
  keyStack: string[] = [];
  valueStack: JValue[] = [];
  /** The slot in `shapes` of the shape shape() gave last. */
  shapeSlot: i32 = 0;

  constructor(readonly bytes: Uint8Array) {
    this.p = bytes.dataStart;
    this.n = bytes.length;
  }

  @inline at(i: i32): u32 {
    return i < this.n ? <u32>load<u8>(this.p + <usize>i) : 0;
  }

  /**
   * The first thing found wrong, with its byte offset ('' while well-formed). Once set, every
   * loop stops: what was parsed is thrown away (parseJsonBytes aborts), never guessed at.
   */
  problem: string = '';
  fail(what: string): JValue {
    if (!this.problem.length) this.problem = what + ' at byte ' + this.i.toString();
    this.i = this.n; // nothing more is read
    return JValue.NULL;
  }

  /** Whether the bytes at i are `word` (true, false, null); then past them. */
  literal(word: string): bool {
    for (let k = 0; k < word.length; k++) if (this.at(this.i + k) != <u32>word.charCodeAt(k)) return false;
    this.i += word.length;
    return true;
  }

  ws(): void {
    while (this.i < this.n) {
      const c = this.at(this.i);
      if (c == 32 || c == 9 || c == 10 || c == 13) this.i++;
      else break;
    }
  }

  value(): JValue {
    this.ws();
    if (this.i >= this.n) return this.fail('a value expected, the end found');
    const c = this.at(this.i);
    if (c == 0x7b) return this.object();
    if (c == 0x5b) return this.array();
    if (c == 0x22) return this.stringValue();
    if (c == 0x74) return this.literal('true') ? TRUE : this.fail('not a value');
    if (c == 0x66) return this.literal('false') ? FALSE : this.fail('not a value');
    if (c == 0x6e) return this.literal('null') ? JValue.NULL : this.fail('not a value');
    return this.number();
  }

  object(): JValue {
    const base = this.valueStack.length;
    const keyBase = this.keyStack.length;
    this.i++;
    this.ws();
    if (this.at(this.i) == 0x7d) this.i++;
    else {
      for (;;) {
        this.ws();
        if (this.at(this.i) != 0x22) {
          this.fail('a member name expected');
          break;
        }
        const k = this.string();
        this.ws();
        if (this.at(this.i) != 0x3a) {
          this.fail("':' expected");
          break;
        }
        this.i++;
        const item = this.value();
        let at = -1;
        for (let j = keyBase; j < this.keyStack.length; j++) if (this.keyStack[j] == k) at = j - keyBase;
        if (at >= 0) this.valueStack[base + at] = item; // a repeated key: the last one counts
        else {
          this.keyStack.push(k);
          this.valueStack.push(item);
        }
        this.ws();
        const d = this.at(this.i++);
        if (d == 0x7d) break;
        if (d != 0x2c) {
          this.i--;
          this.fail("',' or '}' expected");
          break;
        }
      }
    }
    const v = new JValue();
    v.kind = JKind.Object;
    const keys = this.shape(keyBase);
    const members = new StaticArray<JValue>(keys.length);
    for (let j = 0; j < keys.length; j++) members[j] = this.valueStack[base + j];
    this.valueStack.length = base;
    v.keys = keys;
    v.members = members;
    if (keys.length >= INDEXED_FROM) {
      const slot = this.shapeSlot;
      let index = shapeIndexes[slot];
      if (!index) shapeIndexes[slot] = index = shapeIndex(keys);
      v.index = index;
    }
    this.keyStack.length = keyBase;
    return v;
  }

  /** The keys on the stack from `base`, as the one array of that shape. */
  shape(base: i32): StaticArray<string> {
    const n = this.keyStack.length - base;
    let h: u32 = <u32>n;
    for (let j = base; j < this.keyStack.length; j++) {
      const k = this.keyStack[j];
      for (let i = 0; i < k.length; i++) h = (h ^ <u32>k.charCodeAt(i)) * 16777619;
    }
    const slot = <i32>(h & (SHAPES - 1));
    const seen = shapes[slot];
    this.shapeSlot = slot;
    if (seen != null && seen.length == n) {
      let same = true;
      for (let j = 0; j < n; j++) if (seen[j] != this.keyStack[base + j]) { same = false; break; }
      if (same) return seen;
    }
    const made = new StaticArray<string>(n);
    for (let j = 0; j < n; j++) made[j] = this.keyStack[base + j];
    shapes[slot] = made;
    shapeIndexes[slot] = null; // the index of the shape this one replaced
    return made;
  }

  /** The values on the stack from `base`, taken off it into an array of their number. */
  take(base: i32): JValue[] {
    const n = this.valueStack.length - base;
    const out = new Array<JValue>(n);
    for (let j = 0; j < n; j++) out[j] = this.valueStack[base + j];
    this.valueStack.length = base;
    return out;
  }

  array(): JValue {
    const base = this.valueStack.length;
    this.i++;
    this.ws();
    if (this.at(this.i) == 0x5d) {
      this.i++;
      return EMPTY;
    } else {
      for (;;) {
        this.valueStack.push(this.value());
        this.ws();
        const d = this.at(this.i++);
        if (d == 0x5d) break;
        if (d != 0x2c) {
          this.i--;
          this.fail("',' or ']' expected");
          break;
        }
      }
    }
    const v = new JValue();
    v.kind = JKind.Array;
    v.items = this.take(base);
    return v;
  }

  @inline digit(i: i32): bool {
    const d = this.at(i);
    return d >= 0x30 && d <= 0x39;
  }

  /** A number as JSON writes one: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, else a problem. */
  number(): JValue {
    const start = this.i;
    let whole: f64 = 0;
    let plain = true; // digits only: their value is `whole`
    if (this.at(this.i) == 0x2d) {
      this.i++;
      plain = false;
    }
    if (!this.digit(this.i)) return this.fail('not a value');
    if (this.at(this.i) == 0x30 && this.digit(this.i + 1)) return this.fail('a number with a leading 0');
    while (this.digit(this.i)) whole = whole * 10 + <f64>(this.at(this.i++) - 0x30);
    if (this.at(this.i) == 0x2e) {
      this.i++;
      plain = false;
      if (!this.digit(this.i)) return this.fail('a digit expected after the point');
      while (this.digit(this.i)) this.i++;
    }
    const e = this.at(this.i);
    if (e == 0x65 || e == 0x45) {
      this.i++;
      plain = false;
      const sign = this.at(this.i);
      if (sign == 0x2b || sign == 0x2d) this.i++;
      if (!this.digit(this.i)) return this.fail('a digit expected in the exponent');
      while (this.digit(this.i)) this.i++;
    }
    const n = this.i - start;
    return numberValue(plain && n < 16 ? whole
      : parseFloat(String.UTF8.decodeUnsafe(this.p + <usize>start, <usize>n)));
  }

  /**
   * The index of the closing quote of the string opened at i; -1 if it has escapes, or bytes a
   * JSON string may not hold as they are (controls), or no end: string() reads or refuses those.
   */
  stringEnd(): i32 {
    let j = this.i + 1;
    while (j < this.n) {
      const c = this.at(j);
      if (c == 0x22) return j;
      if (c == 0x5c || c < 0x20) return -1;
      j++;
    }
    return -1;
  }

  stringValue(): JValue {
    const end = this.stringEnd();
    if (end < 0) {
      const v = new JValue();
      v.kind = JKind.String;
      v.str = this.string();
      return v;
    }
    const v = sharedStringValue(this.p + <usize>(this.i + 1), end - this.i - 1);
    this.i = end + 1;
    return v;
  }

  /** The value of four hex digits at i, or -1. */
  hex4(): i32 {
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = this.at(this.i + k);
      let d: i32 = -1;
      if (c >= 0x30 && c <= 0x39) d = <i32>c - 0x30;
      else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = <i32>(c | 0x20) - 0x61 + 10;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  string(): string {
    const end = this.stringEnd();
    if (end >= 0) {
      // No escape: the text as it stands, a short one shared with its earlier copies.
      const s = sharedString(this.p + <usize>(this.i + 1), end - this.i - 1);
      this.i = end + 1;
      return s;
    }
    this.i++; // opening quote
    const parts: string[] = [];
    let run = this.i;
    for (;;) {
      if (this.i >= this.n) {
        this.fail('a string without its closing quote');
        return '';
      }
      const c = this.at(this.i);
      if (c == 0x22) break;
      if (c < 0x20) {
        this.fail('a control character in a string');
        return '';
      }
      if (c == 0x5c) {
        parts.push(String.UTF8.decodeUnsafe(this.p + <usize>run, <usize>(this.i - run)));
        const e = this.at(this.i + 1);
        this.i += 2;
        if (e == 0x6e) parts.push('\n');
        else if (e == 0x74) parts.push('\t');
        else if (e == 0x72) parts.push('\r');
        else if (e == 0x62) parts.push('\b');
        else if (e == 0x66) parts.push('\f');
        else if (e == 0x22 || e == 0x5c || e == 0x2f) parts.push(String.fromCharCode(<i32>e));
        else if (e == 0x75) {
          const code = this.hex4();
          if (code < 0) {
            this.fail('\\u without four hex digits');
            return '';
          }
          parts.push(String.fromCharCode(code));
          this.i += 4;
        } else {
          this.i -= 2;
          this.fail('an unknown escape in a string');
          return '';
        }
        run = this.i;
        continue;
      }
      this.i++;
    }
    parts.push(String.UTF8.decodeUnsafe(this.p + <usize>run, <usize>(this.i - run)));
    this.i++; // closing quote
    return parts.join('');
  }
}

/** Parses JSON text. */
export function parseJson(text: string): JValue {
  return parseJsonBytes(Uint8Array.wrap(String.UTF8.encode(text)));
}

/**
 * Parses JSON bytes (UTF-8): a run request, a host's reply. Malformed JSON (a missing or extra
 * comma, a value cut short, text after the value, a bad literal, number or escape) is an error
 * that names the first problem and its byte: the core aborts rather than run on a guess.
 */
export function parseJsonBytes(bytes: Uint8Array): JValue {
  const r = new Reader(bytes);
  const v = r.value();
  r.ws();
  if (r.i < r.n) r.fail('text after the value');
  if (r.problem.length) abort('malformed JSON: ' + r.problem);
  return v;
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
  // Nothing escaped: the quotes and `s` copied into one new string (two joins made two).
  if (run == 0) return quoted(s);
  return out + s.substring(run) + '"';
}

/** `"s"`, allocated once. */
function quoted(s: string): string {
  const bytes = <usize>s.length << 1;
  const out = changetype<string>(__new(bytes + 4, idof<string>()));
  const at = changetype<usize>(out);
  store<u16>(at, 0x22);
  memory.copy(at + 2, changetype<usize>(s), bytes);
  store<u16>(at + 2 + bytes, 0x22);
  return out;
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

/**
 * @fileoverview The lines of a file being edited, without an object per line: line i is
 * `size[i]` bytes from `start[i]` in buffer `owner[i]` — the file as read, or a line the session
 * made. A 100,000-line file is then three integer arrays, not 100,000 views, which was a fifth
 * of a cold 4 MB edit (allocation). Lines are never written in place: a changed line is a new
 * buffer. The tests a command applies to every line (whole-line regex, prefix, substring,
 * equality) read the bytes where they are.
 */
import { MatchResult, Regex } from '../regex/regex';
import { bytesToFill, findBytes } from '../util/bytes';

/**
 * A new array of `n` integers not set to zero first: the split writes each item before anything
 * reads it, and a generous size then costs address space, not a pass over memory.
 */
function toFill(n: i32): i32[] {
  return changetype<i32[]>(__newArray(n, alignof<i32>(), idof<i32[]>()));
}

/**
 * items[i] = value, for an i below the length: `unchecked(items[i] = value)` still compiles to
 * the checked, growing store (a call per line on the hot paths).
 */
@inline function put(items: i32[], i: i32, value: i32): void {
  store<i32>(items.dataStart + (<usize>i << 2), value);
}

/** A copy of the first `count` items of `items` in a new array of length `cap`. */
function grown(items: i32[], cap: i32, count: i32): i32[] {
  const bigger = toFill(cap);
  memory.copy(bigger.dataStart, items.dataStart, <usize>count << 2);
  return bigger;
}

/**
 * The split goes a block at a time: V8 runs a wasm function on its baseline compiler until it
 * has been hot for a while, and only calls made after that use the optimised code. One call over
 * a whole file would run entirely on the baseline code; blocks of 16 KiB move to the optimised
 * code after the first few.
 */
const SPLIT_BLOCK = 16384;
/** Where the line being split began (splitBlock carries it from block to block). */
let lineFrom = 0;
/** Whether a split block held a NUL byte (binary data: editfiles refuses such a file). */
let sawNul = false;

/**
 * Records the lines ending in data[i, end) (from lineFrom on) at start[count…] and size[count…],
 * which have room for one per byte; returns the new count; notes a NUL in sawNul (the same pass
 * instead of one more over the file). Sixteen or thirty-two bytes at a time, every line end of a
 * round taken from its bit mask.
 */
function splitBlock(data: usize, i: i32, end: i32, start: usize, size: usize, count: i32): i32 {
  let from = lineFrom;
  const newline = i8x16.splat(10);
  // The least byte seen in each lane: a lane of 0 is a NUL. Thirty-two bytes a round while there
  // are (the loop mostly runs on V8's baseline code, where fewer rounds mean fewer reloads).
  let least = i8x16.splat(-1);
  for (; i + 32 <= end; i += 32) {
    const v = v128.load(data + <usize>i);
    const u = v128.load(data + <usize>i, 16);
    least = i8x16.min_u(least, i8x16.min_u(v, u));
    let m = <u32>i8x16.bitmask(i8x16.eq(v, newline)) | (<u32>i8x16.bitmask(i8x16.eq(u, newline)) << 16);
    while (m != 0) {
      const at = i + <i32>ctz(m);
      store<i32>(start + (<usize>count << 2), from);
      store<i32>(size + (<usize>count << 2), at - from);
      count++;
      from = at + 1;
      m &= m - 1;
    }
  }
  for (; i + 16 <= end; i += 16) {
    const v = v128.load(data + <usize>i);
    least = i8x16.min_u(least, v);
    let m = i8x16.bitmask(i8x16.eq(v, newline));
    while (m != 0) {
      const at = i + <i32>ctz(m);
      store<i32>(start + (<usize>count << 2), from);
      store<i32>(size + (<usize>count << 2), at - from);
      count++;
      from = at + 1;
      m &= m - 1;
    }
  }
  let tailNul = false;
  for (; i < end; i++) { // the last bytes, fewer than sixteen
    const b = load<u8>(data + <usize>i);
    tailNul |= b == 0;
    if (b != 10) continue;
    store<i32>(start + (<usize>count << 2), from);
    store<i32>(size + (<usize>count << 2), i - from);
    count++;
    from = i + 1;
  }
  if (tailNul || !i8x16.all_true(least)) sawNul = true;
  lineFrom = from;
  return count;
}

/**
 * The skip and the join below go a block of lines at a time, each block a call, for the reason
 * SPLIT_BLOCK gives: a loop over 100,000 lines in one call runs on the baseline code throughout.
 */
const LINE_BLOCK = 4096;

/**
 * The first line from i (below end, at most LINE_BLOCK lines on) that the session made or that
 * ends at `reach` or later; lines of the file as read end in increasing order. Four lines a step.
 */
function skipBlock(owner: usize, start: usize, size: usize, i: i32, end: i32, reach: i32): i32 {
  const stop = min(end, i + LINE_BLOCK);
  // Lines that pass: owner 0 and start + size < reach (no overflow: start + size is in the file).
  const limit = i32x4.splat(reach);
  const zero = i32x4.splat(0);
  for (; i + 4 <= stop; i += 4) {
    const at = <usize>i << 2;
    const passes = v128.and(i32x4.eq(v128.load(owner + at), zero),
      i32x4.lt_s(i32x4.add(v128.load(start + at), v128.load(size + at)), limit));
    const m = i32x4.bitmask(passes);
    if (m != 0xf) return i + <i32>ctz(~m);
  }
  for (; i < stop; i++) {
    const at = <usize>i << 2;
    if (load<i32>(owner + at) != 0 || load<i32>(start + at) + load<i32>(size + at) >= reach) return i;
  }
  return i;
}

/** skipBlock over as many blocks as it takes: the first line from i (below end) it stops at, or end. */
function skipLines(owner: usize, start: usize, size: usize, i: i32, end: i32, reach: i32): i32 {
  // (the first block from a call of its own: two calls keep skipBlock a function, not inlined
  // into one loop that would run on the baseline code throughout)
  let next = skipBlock(owner, start, size, i, end, reach);
  while (next < end && next == i + LINE_BLOCK) {
    i = next;
    next = skipBlock(owner, start, size, i, end, reach);
  }
  return next;
}

/**
 * The first line from j (1 ≤ j, below end) that is not a line of the file as read starting just
 * past line j - 1 (owner 0, start[j] == start[j - 1] + size[j - 1] + 1), else end: where the
 * join's run of lines to copy at once ends. Four lines a step: line by line, this test was most
 * of a save's cost (a run of a whole unchanged file is 100,000 lines).
 */
function contentRun(owner: usize, start: usize, size: usize, j: i32, end: i32): i32 {
  const zero = i32x4.splat(0);
  const one = i32x4.splat(1);
  for (; j + 4 <= end; j += 4) {
    const at = <usize>j << 2;
    const next = i32x4.add(i32x4.add(v128.load(start + at - 4), v128.load(size + at - 4)), one);
    const follows = v128.and(i32x4.eq(v128.load(owner + at), zero), i32x4.eq(v128.load(start + at), next));
    const m = i32x4.bitmask(follows);
    if (m != 0xf) return j + <i32>ctz(~m);
  }
  for (; j < end; j++) {
    const at = <usize>j << 2;
    if (load<i32>(owner + at) != 0 || load<i32>(start + at) != load<i32>(start + at - 4) + load<i32>(size + at - 4) + 1) return j;
  }
  return j;
}

/**
 * The first line of the run of lines of the file as read that ends at line i (owner 0): going
 * down while a line starts just past the one before it (contentRun's test, backwards). Four lines
 * a step.
 */
function runStart(owner: usize, start: usize, size: usize, i: i32): i32 {
  const zero = i32x4.splat(0);
  const one = i32x4.splat(1);
  let j = i;
  // Lanes: lines j - 3 … j, each tested against the line before it (j - 4 … j - 1).
  for (; j >= 4; j -= 4) {
    const at = <usize>(j - 3) << 2;
    const next = i32x4.add(i32x4.add(v128.load(start + at - 4), v128.load(size + at - 4)), one);
    const follows = v128.and(i32x4.eq(v128.load(owner + at - 4), zero), i32x4.eq(v128.load(start + at), next));
    const m = i32x4.bitmask(follows);
    if (m != 0xf) return j - 3 + (31 - <i32>clz(~m & 0xf)); // the highest line that does not follow
  }
  while (j > 0 && load<i32>(owner + (<usize>(j - 1) << 2)) == 0 &&
      load<i32>(start + (<usize>(j - 1) << 2)) + load<i32>(size + (<usize>(j - 1) << 2)) + 1 == load<i32>(start + (<usize>j << 2))) j--;
  return j;
}

/** joinInPlace's state between its blocks: the file as read, and where each pass has got to. */
let placeBase: usize = 0;
let placeTo: i32 = 0;
let placeOut: i32 = 0;

/** Where join() writes next (joinBlock carries it from block to block). */
let joinedTo: usize = 0;

/** The sum of sizes [i, end) (as f64: a file's lines may add up past 2 GiB); four lines a step. */
function sizeSum(size: usize, i: i32, end: i32): f64 {
  // Four lanes of i64, two vectors: no lane overflows.
  let lo = i64x2.splat(0);
  let hi = i64x2.splat(0);
  for (; i + 4 <= end; i += 4) {
    const v = v128.load(size + (<usize>i << 2));
    lo = i64x2.add(lo, i64x2.extend_low_i32x4_u(v));
    hi = i64x2.add(hi, i64x2.extend_high_i32x4_u(v));
  }
  let total = i64x2.extract_lane(lo, 0) + i64x2.extract_lane(lo, 1) + i64x2.extract_lane(hi, 0) + i64x2.extract_lane(hi, 1);
  for (; i < end; i++) total += <i64>load<i32>(size + (<usize>i << 2));
  return <f64>total;
}

export class LineList {
  /** Every buffer a line lies in; a line names its buffer by index here. */
  private owners: Uint8Array[] = [];
  /** Whether the content split() was given holds a NUL byte. */
  hasNul: bool = false;
  private owner: i32[] = [];
  private start: i32[] = [];
  private size: i32[] = [];

  /** The lines of `content`, split on \n; a final newline does not start an empty line. */
  static split(content: Uint8Array): LineList {
    const lines = new LineList();
    lines.owners.push(content);
    const data = content.dataStart;
    const n = content.length;
    // Into arrays grown by hand (a push per line costs more than the split itself), with room
    // for a whole block's lines checked once per block.
    let cap = max(32, n >> 4);
    let start = toFill(cap);
    let size = toFill(cap);
    let count = 0;
    lineFrom = 0;
    sawNul = false;
    // (the last, shorter block from a call of its own: two calls keep splitBlock a function)
    let i = 0;
    for (; ; i += SPLIT_BLOCK) {
      const end = min(n, i + SPLIT_BLOCK);
      if (count + (end - i) + 1 > cap) { // the block's line ends, and the last line after the loop
        cap = max(cap << 1, count + (end - i) + 1);
        start = grown(start, cap, count);
        size = grown(size, cap, count);
      }
      if (end < i + SPLIT_BLOCK) break;
      count = splitBlock(data, i, end, start.dataStart, size.dataStart, count);
    }
    count = splitBlock(data, i, n, start.dataStart, size.dataStart, count);
    const from = lineFrom;
    if (from < n) { // a last line without a newline
      put(start, count, from);
      put(size, count, n - from);
      count++;
    }
    start.length = count;
    size.length = count;
    lines.start = start;
    lines.size = size;
    // All 0 (the content), with the same room as the others: the first line a command inserts
    // then moves the table up in place instead of copying a 100,000-line array into a new one.
    const owner = toFill(cap);
    memory.fill(owner.dataStart, 0, <usize>count << 2);
    owner.length = count;
    lines.owner = owner;
    lines.fromContent = true;
    lines.untouched = true;
    lines.hasNul = sawNul;
    return lines;
  }

  private add(owner: i32, start: i32, size: i32): void {
    this.total = -1;
    this.untouched = false;
    this.owner.push(owner);
    this.start.push(start);
    this.size.push(size);
  }

  @inline get length(): i32 {
    return this.size.length;
  }

  /**
   * byteLength() as last summed, or -1: every change of the line table sets it to -1. A run asks
   * several times with no change between (its size limit, whether it changed, the save).
   */
  private total: f64 = -1;

  /** The bytes the file would have if saved now (each line and its newline). */
  byteLength(): f64 {
    if (this.total < 0) {
      const size = this.size;
      const n = size.length;
      this.total = <f64>n + sizeSum(size.dataStart, 0, n); // the newlines, and the lines
    }
    return this.total;
  }

  /** Line i's bytes (a view: cheap, but an object — the per-line tests below avoid it). */
  get(i: i32): Uint8Array {
    const s = unchecked(this.start[i]);
    return unchecked(this.owners[unchecked(this.owner[i])]).subarray(s, s + unchecked(this.size[i]));
  }

  /** The buffer line i lies in, and where: for the regex engine's (buffer, base, length) calls. */
  @inline buffer(i: i32): Uint8Array {
    return unchecked(this.owners[unchecked(this.owner[i])]);
  }

  @inline base(i: i32): i32 {
    return unchecked(this.start[i]);
  }

  @inline lineLength(i: i32): i32 {
    return unchecked(this.size[i]);
  }

  @inline private data(i: i32): usize {
    return this.buffer(i).dataStart + <usize>unchecked(this.start[i]);
  }

  private own(line: Uint8Array): i32 {
    this.owners.push(line);
    return this.owners.length - 1;
  }

  /**
   * Lines made by the session's commands are written one after another into chunks (one object
   * per chunk, not per line): `chunk` is the current one, `owners[chunkOwner]`.
   */
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkOwner: i32 = -1;
  private chunkUsed: i32 = 0;

  /** Room for `n` bytes in the current chunk (a new one, twice as big, when full). */
  private room(n: i32): void {
    if (this.chunkOwner >= 0 && this.chunkUsed + n <= this.chunk.length) return;
    // Not zeroed first: a line's bytes are written before the line is placed there.
    this.chunk = bytesToFill(max(max(this.chunk.length * 2, 65536), n));
    this.chunkOwner = this.own(this.chunk);
    this.chunkUsed = 0;
  }

  /** Line i becomes `prefix` + line i + `suffix` (copied once, into a chunk). */
  wrap(i: i32, prefix: Uint8Array, suffix: Uint8Array): void {
    const size = unchecked(this.size[i]);
    const n = prefix.length + size + suffix.length;
    const old = this.data(i); // read before room(): a new chunk does not move old lines
    this.room(n);
    let at = this.chunk.dataStart + <usize>this.chunkUsed;
    memory.copy(at, prefix.dataStart, <usize>prefix.length);
    memory.copy(at + <usize>prefix.length, old, <usize>size);
    memory.copy(at + <usize>(prefix.length + size), suffix.dataStart, <usize>suffix.length);
    this.place(i, n);
  }

  /** Line i becomes a copy of the `n` bytes at `data` (a builder's, which is reused). */
  setCopy(i: i32, data: usize, n: i32): void {
    // An empty line gets a buffer of its own: two empty lines at one place in a chunk would have
    // the same identity (key(), which the trace tells lines apart by).
    if (n == 0) {
      this.set(i, new Uint8Array(0));
      return;
    }
    this.room(n);
    memory.copy(this.chunk.dataStart + <usize>this.chunkUsed, data, <usize>n);
    this.place(i, n);
  }

  /** Line i is the `n` bytes just written at the end of the current chunk. */
  private place(i: i32, n: i32): void {
    this.total = -1;
    this.untouched = false;
    put(this.owner, i, this.chunkOwner);
    put(this.start, i, this.chunkUsed);
    put(this.size, i, n);
    this.chunkUsed += n;
  }

  set(i: i32, line: Uint8Array): void {
    this.total = -1;
    this.untouched = false;
    put(this.owner, i, this.own(line));
    put(this.start, i, 0);
    put(this.size, i, line.length);
  }

  push(line: Uint8Array): void {
    this.add(this.own(line), 0, line.length);
  }

  /** Inserts `lines` before line i (i == length appends them), moving the rest once. */
  insert(i: i32, lines: Uint8Array[]): void {
    const m = lines.length;
    const n = this.length;
    this.total = -1;
    for (let k = 0; k < m; k++) this.add(0, 0, 0);
    // Lines i… move up by m (memory.copy copies overlapping ranges as memmove does).
    const bytes = <usize>(n - i) << 2;
    const up = <usize>(i + m) << 2;
    const from = <usize>i << 2;
    memory.copy(this.owner.dataStart + up, this.owner.dataStart + from, bytes);
    memory.copy(this.start.dataStart + up, this.start.dataStart + from, bytes);
    memory.copy(this.size.dataStart + up, this.size.dataStart + from, bytes);
    for (let k = 0; k < m; k++) {
      const line = unchecked(lines[k]);
      put(this.owner, i + k, this.own(line));
      put(this.start, i + k, 0);
      put(this.size, i + k, line.length);
    }
  }

  /** Copies `count` lines from index `from` to index `to` (to ≤ from: a move down). */
  moveDown(from: i32, to: i32, count: i32): void {
    if (from == to || count <= 0) return;
    this.total = -1;
    this.untouched = false;
    if (to > from) this.reordered = true; // (no caller does: joinInPlace relies on the order)
    const bytes = <usize>count << 2;
    memory.copy(this.owner.dataStart + (<usize>to << 2), this.owner.dataStart + (<usize>from << 2), bytes);
    memory.copy(this.start.dataStart + (<usize>to << 2), this.start.dataStart + (<usize>from << 2), bytes);
    memory.copy(this.size.dataStart + (<usize>to << 2), this.size.dataStart + (<usize>from << 2), bytes);
  }

  /** Keeps the first n lines. */
  truncate(n: i32): void {
    if (n == this.length) return; // (a delete that found nothing ends with this)
    this.total = -1;
    this.untouched = false;
    this.owner.length = n;
    this.start.length = n;
    this.size.length = n;
  }

  /** Removes `count` lines from index i. */
  remove(i: i32, count: i32): void {
    const n = this.length;
    this.moveDown(i + count, i, n - i - count);
    this.truncate(n - count);
  }

  clear(): void {
    this.generation++;
    this.truncate(0);
    this.owners = [];
    this.chunkOwner = -1;
    this.fromContent = false;
  }

  /** Bumped by clear(), which reuses buffer numbers: keys of different generations differ. */
  generation: i32 = 0;

  /**
   * What tells line i's current text apart from every other line text of this generation
   * (lines are never written in place: a changed line is at a new place): for the trace.
   */
  @inline key(i: i32): u64 {
    return (<u64>unchecked(this.owner[i]) << 32) | <u64><u32>unchecked(this.start[i]);
  }

  /** Where the next new line will be made: with mark(), tells lines made since apart (the trace). */
  get ownerCount(): i32 {
    return this.owners.length;
  }

  get chunkMark(): i64 {
    return (<i64>this.chunkOwner << 32) | <i64><u32>this.chunkUsed;
  }

  /** Whether line i was made after ownerCount was `owners` and chunkMark `chunk` (same generation). */
  madeSince(i: i32, owners: i32, chunk: i64): bool {
    const owner = unchecked(this.owner[i]);
    if (owner >= owners) return true;
    return owner == <i32>(chunk >> 32) && unchecked(this.start[i]) >= <i32>(chunk & 0xffffffff);
  }

  // ---- the per-line tests ----

  /** Whether line i as a whole matches `re` (D2); OutOfBudget as the regex engine gives it. */
  @inline match(re: Regex, i: i32): MatchResult {
    return re.matchesWhole(this.buffer(i), unchecked(this.start[i]), unchecked(this.size[i]));
  }

  /**
   * Whether line i contains `needle`. For lines still in the file as read, the file is searched
   * from the line on and the occurrence found is remembered: asked line after line with the same
   * needle, the file is searched once in all, not once per line.
   */
  contains(i: i32, needle: Uint8Array): bool {
    const size = unchecked(this.size[i]);
    if (!this.fromContent || unchecked(this.owner[i]) != 0) return findBytes(this.data(i), size, needle, 0) >= 0;
    const s = unchecked(this.start[i]);
    this.seek(needle, s);
    return this.seenAt >= 0 && this.seenAt + needle.length <= s + size;
  }

  /** Makes seenAt the first occurrence of `needle` in the file as read at or after `s`. */
  @inline private seek(needle: Uint8Array, s: i32): void {
    // Valid while no occurrence lies in [seenFrom, s): true if s is at or past seenFrom and not
    // past the occurrence found (none found: none anywhere after seenFrom).
    if (needle !== this.seenNeedle || s < this.seenFrom || (this.seenAt >= 0 && this.seenAt < s)) {
      const content = unchecked(this.owners[0]);
      this.seenAt = findBytes(content.dataStart, content.length, needle, s);
      this.seenFrom = s;
      this.seenNeedle = needle;
    }
  }

  /**
   * The first line in [i, end) that may contain `needle`, else `end`. Lines of the file as read
   * lie in it in order, so those that end before the next occurrence (contains()'s one search)
   * cannot: a command's loop passes them all at once instead of testing each. A line the session
   * made is always a candidate.
   */
  skipWithout(i: i32, end: i32, needle: Uint8Array): i32 {
    if (!this.fromContent) return i;
    const owner = this.owner.dataStart;
    const start = this.start.dataStart;
    const size = this.size.dataStart;
    while (i < end) {
      if (load<i32>(owner + (<usize>i << 2)) != 0) return i;
      const s = load<i32>(start + (<usize>i << 2));
      this.seek(needle, s);
      const at = this.seenAt;
      // No occurrence after s: only lines the session made can hold one. Else every occurrence
      // from s on ends at `reach` or later (at ≥ s after seek).
      const reach = at < 0 ? i32.MAX_VALUE : at + needle.length;
      if (at >= 0 && s + load<i32>(size + (<usize>i << 2)) >= reach) return i;
      i = skipLines(owner, start, size, i + 1, end, reach);
      if (at < 0) return i;
    }
    return end;
  }

  /** Whether owners[0] is the file as read (lines from it lie in it in order). */
  private fromContent: bool = false;
  /**
   * Whether the lines are still those split() made (nothing added, removed, moved or changed
   * since): then they join to the file as read exactly, known without comparing a byte.
   */
  private untouched: bool = false;
  /**
   * Set if lines were ever moved up (moveDown to a higher index): lines of the file as read might
   * then not lie in it in order, which joinInPlace needs. Every other change keeps their order.
   */
  private reordered: bool = false;
  /** contains()'s memory: the first occurrence of seenNeedle at or after seenFrom (-1: none). */
  private seenNeedle: Uint8Array | null = null;
  private seenFrom: i32 = 0;
  private seenAt: i32 = -1;

  @inline startsWith(i: i32, prefix: Uint8Array): bool {
    const n = prefix.length;
    return n <= unchecked(this.size[i]) && memory.compare(this.data(i), prefix.dataStart, <usize>n) == 0;
  }

  @inline equals(i: i32, line: Uint8Array): bool {
    const n = line.length;
    return n == unchecked(this.size[i]) && memory.compare(this.data(i), line.dataStart, <usize>n) == 0;
  }

  /** The lines joined, each followed by \n (as cfengine writes files). */
  join(): Uint8Array {
    const n = this.length;
    const out = bytesToFill(<i32>this.byteLength()); // every byte written below
    joinedTo = out.dataStart;
    // (the first block from a call of its own: two calls keep joinBlock a function)
    for (let i = this.joinBlock(0, min(n, LINE_BLOCK)); i < n;) i = this.joinBlock(i, min(n, i + LINE_BLOCK));
    return out;
  }

  /**
   * join() written over the file as read (owners[0]) instead of into a new buffer, or null when
   * that cannot be done safely (then join()). For the session's last save only: the lines and the
   * file as read are garbage afterwards. A 3 MB file's joined copy was ≈700 page faults of fresh
   * memory (≈2.4 ms here), the largest the core takes after the read itself.
   *
   * The pieces of the output are runs of lines of the file as read (each copied with the
   * newlines between them) and lines the session made (in other buffers). The runs lie in the
   * file in the order they are written, so a run's output may overlap only its own bytes and
   * those of its neighbours: runs that move right (output past their place in the file) are
   * copied first, last one first, each before the run to its left writes over its bytes; then
   * everything else left to right, each run before anything to its right is written over it.
   */
  joinInPlace(): Uint8Array | null {
    if (!this.fromContent || this.reordered) return null;
    const content = unchecked(this.owners[0]);
    const buffer = content.buffer;
    // A line set to a view of the file as read (not a copy) would be written over while needed.
    for (let k = 1; k < this.owners.length; k++) if (unchecked(this.owners[k]).buffer == buffer) return null;
    const total = this.byteLength();
    const room = <f64>(buffer.byteLength - content.byteOffset); // readFileSized leaves a byte more
    if (total > room) return null;
    const n = this.length;
    placeBase = content.dataStart;
    // Right to left, the runs moving right (placeTo: where the output of the lines before i ends),
    // then left to right the rest (placeOut: where it is written next); LINE_BLOCK lines a call.
    placeTo = <i32>total;
    for (let i = this.rightBlock(n - 1, max(-1, n - 1 - LINE_BLOCK)); i >= 0;) i = this.rightBlock(i, max(-1, i - LINE_BLOCK));
    placeOut = 0;
    for (let i = this.leftBlock(0, min(n, LINE_BLOCK)); i < n;) i = this.leftBlock(i, min(n, i + LINE_BLOCK));
    return Uint8Array.wrap(buffer, content.byteOffset, placeOut);
  }

  /**
   * joinInPlace's first pass over lines i down to stop (exclusive; a run may begin further down):
   * copies the runs whose output lies right of their place; the next line to look at.
   */
  private rightBlock(i: i32, stop: i32): i32 {
    const owner = this.owner.dataStart;
    const start = this.start.dataStart;
    const size = this.size.dataStart;
    const base = placeBase;
    let to = placeTo;
    while (i > stop) {
      const at = <usize>i << 2;
      if (load<i32>(owner + at) != 0) {
        to -= load<i32>(size + at) + 1;
        i--;
        continue;
      }
      const j = runStart(owner, start, size, i);
      const from = load<i32>(start + (<usize>j << 2));
      const length = load<i32>(start + at) + load<i32>(size + at) - from; // without the last newline
      to -= length + 1;
      if (to > from) {
        memory.copy(base + <usize>to, base + <usize>from, <usize>length);
        store<u8>(base + <usize>(to + length), 10);
      }
      i = j - 1;
    }
    placeTo = to;
    return i;
  }

  /**
   * joinInPlace's second pass over lines i up to stop (exclusive; a run may end further up):
   * writes the lines the session made and the runs that stay or move left; the next line.
   */
  private leftBlock(i: i32, stop: i32): i32 {
    const n = this.length;
    const owner = this.owner.dataStart;
    const start = this.start.dataStart;
    const size = this.size.dataStart;
    const base = placeBase;
    let out = placeOut;
    while (i < stop) {
      const at = <usize>i << 2;
      const length = load<i32>(size + at);
      const own = load<i32>(owner + at);
      if (own != 0) {
        memory.copy(base + <usize>out, unchecked(this.owners[own]).dataStart + <usize>load<i32>(start + at), <usize>length);
        store<u8>(base + <usize>(out + length), 10);
        out += length + 1;
        i++;
        continue;
      }
      const j = contentRun(owner, start, size, i + 1, n);
      const from = load<i32>(start + at);
      const end = load<i32>(start + (<usize>(j - 1) << 2)) + load<i32>(size + (<usize>(j - 1) << 2));
      if (out <= from) {
        if (out < from) memory.copy(base + <usize>out, base + <usize>from, <usize>(end - from));
        store<u8>(base + <usize>(out + end - from), 10); // (the last line's: the file may end without one)
      }
      out += end - from + 1;
      i = j;
    }
    placeOut = out;
    return i;
  }

  /**
   * Writes lines from i on at joinedTo, until a line at or past `stop` begins; the index of that
   * line. Lines still back to back in one buffer (most of a file as read) are copied at once,
   * with the newlines between them.
   */
  private joinBlock(i: i32, stop: i32): i32 {
    const n = this.length;
    let at = joinedTo;
    while (i < stop) {
      const owner = unchecked(this.owner[i]);
      const buffer = unchecked(this.owners[owner]);
      const from = unchecked(this.start[i]);
      let end = from + unchecked(this.size[i]);
      let j = i + 1;
      if (owner == 0 && this.fromContent) {
        // Lines of the file as read, each starting just past the one before: the byte between
        // them is that line's newline (the split ended it there).
        j = contentRun(this.owner.dataStart, this.start.dataStart, this.size.dataStart, j, n);
        end = unchecked(this.start[j - 1]) + unchecked(this.size[j - 1]);
      } else {
        // (the byte between two lines must be a newline: lines in a chunk have none between them)
        while (j < n && unchecked(this.owner[j]) == owner && unchecked(this.start[j]) == end + 1 &&
            load<u8>(buffer.dataStart + <usize>end) == 10) {
          end = unchecked(this.start[j]) + unchecked(this.size[j]);
          j++;
        }
      }
      const size = <usize>(end - from);
      memory.copy(at, buffer.dataStart + <usize>from, size);
      store<u8>(at + size, 10); // the last line's (the buffer may end without one)
      at += size + 1;
      i = j;
    }
    joinedTo = at;
    return i;
  }

  /**
   * Whether the joined lines would be exactly `content` (without joining them); with
   * `lastNewlineOptional`, also when `content` is that without the final newline (only a
   * `content` that does not end with one: `a\n` is not the lines `a` and an empty one).
   */
  joinsTo(content: Uint8Array, lastNewlineOptional: bool = false): bool {
    // A run that changed nothing (a converged policy, most runs): a 4 MB file's compare line by
    // line was half the core's work.
    if (lastNewlineOptional && this.fromContent && this.untouched && content === unchecked(this.owners[0])) return true;
    const n = this.length;
    const unterminated = lastNewlineOptional && content.length > 0 && content[content.length - 1] != 10;
    // Most edits change the size: known from the line table alone, without reading a byte.
    const total = this.byteLength();
    if (total != <f64>content.length && !(unterminated && total - 1 == <f64>content.length)) return false;
    let at: i32 = 0;
    for (let i = 0; i < n; i++) {
      const size = unchecked(this.size[i]);
      if (unterminated && i == n - 1 && at + size == content.length) {
        return memory.compare(content.dataStart + <usize>at, this.data(i), <usize>size) == 0;
      }
      if (at + size + 1 > content.length) return false;
      if (memory.compare(content.dataStart + <usize>at, this.data(i), <usize>size) != 0) return false;
      if (load<u8>(content.dataStart + <usize>(at + size)) != 10) return false; // in bounds: checked above
      at += size + 1;
    }
    return at == content.length;
  }
}

/**
 * @fileoverview The linear-time matcher for patterns without back-references: a Pike VM that
 * simulates the NFA over the subject once, every thread carrying the position where its match
 * started. Where two threads reach the same instruction the one that started earlier wins, so the
 * first match found is the leftmost, and running on until no thread is left gives the longest
 * match from there: POSIX leftmost-longest (D1) in O(subject × pattern) time.
 */
import { setHas, isWordByte } from './charclass';
import { Closure } from './closure';
import { Op, Program } from './compile';
import { Assertion } from './syntax';

/** Whether assertion `a` holds between bytes `prev` and `next` (-1 = no byte: start or end). */
@inline export function assertionHolds(a: i32, prev: i32, next: i32): bool {
  switch (a) {
    case Assertion.LineStart: return prev < 0;
    case Assertion.LineEnd: return next < 0;
    case Assertion.WordStart: return !(prev >= 0 && isWordByte(prev)) && next >= 0 && isWordByte(next);
    case Assertion.WordEnd: return prev >= 0 && isWordByte(prev) && !(next >= 0 && isWordByte(next));
    case Assertion.WordBoundary: return (prev >= 0 && isWordByte(prev)) != (next >= 0 && isWordByte(next));
    case Assertion.NotWordBoundary: return (prev >= 0 && isWordByte(prev)) == (next >= 0 && isWordByte(next));
  }
  return false;
}

/** Reusable work space for one program (thread lists and the closure). */
export class PikeVM {
  prog: Program;
  closure: Closure;
  curPcs: StaticArray<i32>;
  curStarts: StaticArray<i32>;
  curCount: i32 = 0;
  nextPcs: StaticArray<i32>;
  nextStarts: StaticArray<i32>;
  nextCount: i32 = 0;
  /** Result of the last run. */
  matchStart: i32 = -1;
  matchEnd: i32 = -1;

  constructor(prog: Program) {
    this.prog = prog;
    const n = prog.length;
    this.closure = new Closure(prog);
    this.curPcs = new StaticArray<i32>(n);
    this.curStarts = new StaticArray<i32>(n);
    this.nextPcs = new StaticArray<i32>(n);
    this.nextStarts = new StaticArray<i32>(n);
  }

  /**
   * Adds the closure of `pc` at position `pos` to the next list, for a match that began at
   * `start`. Instructions already reached in this generation are skipped: an earlier thread
   * (smaller start) got there first.
   */
  private add(pc: i32, start: i32, prev: i32, next: i32, pos: i32): void {
    const closure = this.closure;
    const from = closure.consuming.length;
    if (closure.walk(pc, prev, next)) {
      if (this.matchStart < 0 || start < this.matchStart || (start == this.matchStart && pos > this.matchEnd)) {
        this.matchStart = start;
        this.matchEnd = pos;
      }
    }
    const reached = closure.consuming;
    for (let k = from; k < reached.length; k++) {
      unchecked(this.nextPcs[this.nextCount] = reached[k]);
      unchecked(this.nextStarts[this.nextCount] = start);
      this.nextCount++;
    }
  }

  private swap(): void {
    const p = this.curPcs;
    this.curPcs = this.nextPcs;
    this.nextPcs = p;
    const s = this.curStarts;
    this.curStarts = this.nextStarts;
    this.nextStarts = s;
    this.curCount = this.nextCount;
    this.nextCount = 0;
    this.closure.begin();
  }

  /**
   * Finds the leftmost-longest match in `buf[base, base+len)` that starts at or after `from`.
   * With `anchored`, only a match starting at `from` counts. Sets matchStart/matchEnd (offsets
   * from base), -1 when there is none.
   */
  run(buf: Uint8Array, base: i32, len: i32, from: i32, anchored: bool): bool {
    const code = this.prog.code;
    const sets = this.prog.sets;
    this.matchStart = -1;
    this.matchEnd = -1;
    this.curCount = 0;
    this.nextCount = 0;
    this.closure.begin();
    const data = buf.dataStart + <usize>base;
    for (let pos = from; pos <= len; pos++) {
      const prev = pos > 0 ? <i32>load<u8>(data + <usize>(pos - 1)) : -1;
      const next = pos < len ? <i32>load<u8>(data + <usize>pos) : -1;
      // Seed a new thread here unless a match (which starts earlier) is already known.
      if (this.matchStart < 0 && (!anchored || pos == from)) {
        // Existing threads were added to this generation by the previous step; the seed comes
        // last, so it loses every tie (it starts latest).
        this.add(0, pos, prev, next, pos);
      }
      if (this.nextCount == 0) {
        if (this.matchStart >= 0 || anchored) break;
        this.closure.begin();
        continue;
      }
      this.swap();
      if (pos == len) break;
      // Step every thread over the byte at pos.
      const c = next;
      for (let t = 0; t < this.curCount; t++) {
        const start = unchecked(this.curStarts[t]);
        if (this.matchStart >= 0 && start > this.matchStart) continue;
        const pc = unchecked(this.curPcs[t]);
        const i = pc * 3;
        const op = unchecked(code[i]);
        const ok = op == Op.Byte ? unchecked(code[i + 1]) == c : setHas(unchecked(sets[code[i + 1]]), c);
        if (ok) {
          const nextByte = pos + 1 < len ? <i32>load<u8>(data + <usize>(pos + 1)) : -1;
          this.add(pc + 1, start, c, nextByte, pos + 1);
        }
      }
    }
    return this.matchStart >= 0;
  }
}

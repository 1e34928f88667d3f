/**
 * @fileoverview The matcher for patterns with back-references (`\1`-`\9`), which no automaton
 * can match: a backtracking VM that explores every path from a start position and keeps the
 * longest match (POSIX), trying start positions left to right. An optional loop iteration that
 * consumes nothing is not taken (as glibc). A branch point reached again in the same state
 * (position, captures, active loops) is not explored twice: that keeps nested loops such as
 * `((a*)*)*\1` polynomial. Work is still capped by a step budget; running out is reported, never
 * a hang.
 */
import { setHas } from './charclass';
import { Op, Program } from './compile';
import { assertionHolds } from './pike';
import { TextBuilder } from '../util/text';

const FRAME_BRANCH: i32 = 0;
const FRAME_CAPTURE: i32 = 1;
const FRAME_LOOP: i32 = 2;
const FRAME_CONSTRAINED: i32 = 3;

export const enum BacktrackResult { NoMatch = 0, Match = 1, OutOfBudget = -1 }

export class Backtracker {
  prog: Program;
  caps: StaticArray<i32>;
  loopAt: StaticArray<i32>;
  /** Frames of three ints: kind, a, b. */
  stack: i32[] = [];
  /** States already explored from the current start position (see `stateKey`). */
  seen: Set<string> = new Set<string>();
  steps: i32 = 0;
  budget: i32;
  matchStart: i32 = -1;
  matchEnd: i32 = -1;
  /** When set (the regex box's sub-matches), the captures of the first path to the longest match. */
  bestCaps: StaticArray<i32> | null = null;

  constructor(prog: Program, budget: i32) {
    this.prog = prog;
    this.budget = budget;
    this.caps = new StaticArray<i32>(2 * (prog.groups + 1));
    this.loopAt = new StaticArray<i32>(max(prog.loops, 1));
  }

  run(buf: Uint8Array, base: i32, len: i32, from: i32, anchored: bool): BacktrackResult {
    this.steps = 0;
    this.matchStart = -1;
    this.matchEnd = -1;
    for (let start = from; start <= len; start++) {
      const end = this.longestFrom(buf, base, len, start);
      if (end == -2) return BacktrackResult.OutOfBudget;
      if (end >= 0) {
        this.matchStart = start;
        this.matchEnd = end;
        return BacktrackResult.Match;
      }
      if (anchored) break;
    }
    return BacktrackResult.NoMatch;
  }

  /** Everything that decides where a path can go from here. */
  private stateKey(pc: i32, pos: i32, constrained: i32): string {
    const caps = this.caps;
    const loopAt = this.loopAt;
    // Built in place: appending a unit per capture copied the key per capture (quadratic).
    const key = new TextBuilder(5 + caps.length + loopAt.length)
      .addCode(pc & 0xffff).addCode(pc >>> 16).addCode(pos & 0xffff).addCode(pos >>> 16).addCode(constrained);
    for (let i = 0; i < caps.length; i++) key.addCode(unchecked(caps[i]) + 1);
    for (let i = 0; i < loopAt.length; i++) key.addCode(unchecked(loopAt[i]) + 1);
    return key.toString();
  }

  /** The end of the longest match starting at `start`, -1 if none, -2 if out of budget. */
  private longestFrom(buf: Uint8Array, base: i32, len: i32, start: i32): i32 {
    const code = this.prog.code;
    const sets = this.prog.sets;
    const caps = this.caps;
    const loopAt = this.loopAt;
    const stack = this.stack;
    const data = buf.dataStart + <usize>base;
    for (let i = 0; i < caps.length; i++) unchecked(caps[i] = -1);
    for (let i = 0; i < loopAt.length; i++) unchecked(loopAt[i] = -1);
    stack.length = 0;
    this.seen.clear();
    let best = -1;
    let pc = 0;
    let pos = start;
    // Whether an enforced anchor was passed since the last consumed byte (see AssertIfConstrained).
    let constrained: i32 = 0;
    for (;;) {
      let ok = true;
      if (++this.steps > this.budget) return -2;
      const i = pc * 3;
      const op = unchecked(code[i]);
      const a = unchecked(code[i + 1]);
      switch (op) {
        case Op.Byte:
        case Op.Set: {
          const hit = pos < len && (op == Op.Byte ? <i32>load<u8>(data + <usize>pos) == a
            : setHas(unchecked(sets[a]), <i32>load<u8>(data + <usize>pos)));
          if (!hit) { ok = false; break; }
          pc++;
          pos++;
          if (constrained) {
            stack.push(FRAME_CONSTRAINED); stack.push(constrained); stack.push(0);
            constrained = 0;
          }
          break;
        }
        case Op.Split: {
          const key = this.stateKey(pc, pos, constrained);
          // A key holds every capture: with hundreds of groups, each costs what many steps do,
          // and is charged so (the budget then bounds the memory the keys take: 1000 groups, about
          // 40 MB). Keys of fewer than 64 units (up to some 25 groups) are charged nothing more.
          if (key.length > 64) this.steps += (key.length - 64) >> 3;
          if (this.seen.has(key)) { ok = false; break; }
          this.seen.add(key);
          stack.push(FRAME_BRANCH); stack.push(unchecked(code[i + 2])); stack.push(pos);
          pc = a;
          break;
        }
        case Op.Jump:
          pc = a;
          break;
        case Op.Assert: {
          const prev = pos > 0 ? <i32>load<u8>(data + <usize>(pos - 1)) : -1;
          const next = pos < len ? <i32>load<u8>(data + <usize>pos) : -1;
          if (!assertionHolds(a, prev, next)) { ok = false; break; }
          pc++;
          if (!constrained) {
            stack.push(FRAME_CONSTRAINED); stack.push(constrained); stack.push(0);
            constrained = 1;
          }
          break;
        }
        case Op.AssertIfConstrained: {
          const prev = pos > 0 ? <i32>load<u8>(data + <usize>(pos - 1)) : -1;
          const next = pos < len ? <i32>load<u8>(data + <usize>pos) : -1;
          if (constrained && !assertionHolds(a, prev, next)) ok = false; else pc++;
          break;
        }
        case Op.Save:
          stack.push(FRAME_CAPTURE); stack.push(a); stack.push(unchecked(caps[a]));
          unchecked(caps[a] = pos);
          pc++;
          break;
        case Op.BackRef: {
          const s = unchecked(caps[2 * a]);
          const e = unchecked(caps[2 * a + 1]);
          if (s < 0 || e < 0) { ok = false; break; }
          const n = e - s;
          if (pos + n > len) { ok = false; break; }
          for (let k = 0; k < n; k++) {
            if (load<u8>(data + <usize>(s + k)) != load<u8>(data + <usize>(pos + k))) { ok = false; break; }
          }
          if (!ok) break;
          pos += n;
          pc++;
          if (n > 0 && constrained) {
            stack.push(FRAME_CONSTRAINED); stack.push(constrained); stack.push(0);
            constrained = 0;
          }
          break;
        }
        case Op.LoopEnter:
          stack.push(FRAME_LOOP); stack.push(a); stack.push(unchecked(loopAt[a]));
          unchecked(loopAt[a] = pos);
          pc++;
          break;
        case Op.LoopCheck:
          if (pos == unchecked(loopAt[a])) { ok = false; break; }
          // The iteration is over: forget where it began, so equal states compare equal.
          stack.push(FRAME_LOOP); stack.push(a); stack.push(unchecked(loopAt[a]));
          unchecked(loopAt[a] = -1);
          pc++;
          break;
        case Op.Match:
          if (pos > best) {
            best = pos;
            const keep = this.bestCaps;
            if (keep) for (let k = 0; k < caps.length; k++) unchecked(keep[k] = caps[k]);
          }
          if (best == len) return best; // nothing can be longer
          ok = false; // keep exploring for a longer match
          break;
      }
      if (ok) continue;
      // Backtrack: undo captures and loop marks down to the latest branch.
      let resumed = false;
      while (stack.length > 0) {
        const b = stack.pop();
        const x = stack.pop();
        const kind = stack.pop();
        if (kind == FRAME_BRANCH) {
          pc = x;
          pos = b;
          resumed = true;
          break;
        }
        if (kind == FRAME_CAPTURE) unchecked(caps[x] = b);
        else if (kind == FRAME_LOOP) unchecked(loopAt[x] = b);
        else constrained = x;
      }
      if (!resumed) return best;
    }
    return best; // not reached: the loop only ends by returning
  }
}

/**
 * @fileoverview A lazily built DFA over the program, for the two questions asked of almost every
 * line: does the whole line match (D2), and does the line contain a match at all. States are
 * sets of program positions reached right after a byte, plus the class of that byte (none /
 * non-word / word) since `^` and the word assertions look at it; the byte ahead is the one being
 * read, so `$` and the assertions resolve during the transition. Transitions are computed on
 * first use and cached (one table row of 256 per state). If a pattern needs more than
 * MAX_STATES states, the DFA gives up and the caller uses the Pike VM, which stays linear.
 * Patterns with back-references never come here.
 */
import { findByte } from '../util/scan';
import { isWordByte, setHas } from './charclass';
import { Op, Program } from './compile';
import { Assertion } from './syntax';
import { Closure } from './closure';
import { TextBuilder } from '../util/text';

const MAX_STATES: i32 = 4096;
/** Transition not computed yet. */
const UNKNOWN: i32 = -1;
const DEAD: i32 = 0;

export class LazyDFA {
  prog: Program;
  /** Unanchored: a new match may start at every position (the "contains a match" question). */
  unanchored: bool;
  failed: bool = false;
  /** Per state: its entry positions (sorted), and the class of the byte before it (-1, 0, 1). */
  entries: StaticArray<i32>[] = [];
  prevClass: i32[] = [];
  /** Per state: 1 if a match ends at the end of the subject from here, 0 if not, -1 unknown. */
  acceptAtEnd: i32[] = [];
  /** trans[state * 256 + byte] = next state * 2 + (1 if a match ends before this byte). */
  trans: Int32Array = new Int32Array(256 * 16);
  index: Map<string, i32> = new Map<string, i32>();
  startState: i32 = 0;
  /** Whether word assertions occur: only then does a state remember if its byte was a word byte. */
  wordClasses: bool = false;
  /**
   * Unanchored: the state with nothing in progress (after the first byte), and per byte whether
   * it stays there without a match: such bytes are skipped in a tight loop (a literal's first byte
   * is found eight bytes at a time).
   */
  idleState: i32 = -1;
  idleSkip: StaticArray<u8> = new StaticArray<u8>(256);
  /** The single byte that leaves the idle state, or -1. */
  idleExit: i32 = -1;

  closure: Closure;
  /** Whether the last `close` reached Match. */
  matched: bool = false;

  constructor(prog: Program, unanchored: bool) {
    this.prog = prog;
    this.unanchored = unanchored;
    const n = prog.length;
    this.closure = new Closure(prog);
    for (let pc = 0; pc < n; pc++) {
      const op = prog.code[pc * 3];
      const a = prog.code[pc * 3 + 1];
      if ((op == Op.Assert || op == Op.AssertIfConstrained) && a != Assertion.LineStart && a != Assertion.LineEnd) {
        this.wordClasses = true;
      }
    }
    // State 0 is the dead state: no entries, every byte leads back to it.
    this.addState(new StaticArray<i32>(0), 8); // a class no real state has: its key is unique
    this.startState = this.addState(this.singleton(0), -1);
  }

  private singleton(pc: i32): StaticArray<i32> {
    const s = new StaticArray<i32>(1);
    s[0] = pc;
    return s;
  }

  private key(entries: StaticArray<i32>, prevClass: i32): string {
    // Built in place (appending two units per entry copied the key per entry: quadratic).
    const k = new TextBuilder(1 + 2 * entries.length).addCode(prevClass + 1);
    for (let i = 0; i < entries.length; i++) {
      const pc = unchecked(entries[i]);
      k.addCode(pc & 0xffff).addCode(pc >>> 16);
    }
    return k.toString();
  }

  private addState(entries: StaticArray<i32>, prevClass: i32): i32 {
    const id = this.entries.length;
    this.entries.push(entries);
    this.prevClass.push(prevClass);
    this.acceptAtEnd.push(-1);
    this.index.set(this.key(entries, prevClass), id);
    if ((id + 1) * 256 > this.trans.length) {
      const table = new Int32Array(this.trans.length * 2); // doubling keeps growth linear
      table.set(this.trans);
      this.trans = table;
    }
    this.trans.fill(id == DEAD ? DEAD * 2 : UNKNOWN, id * 256, (id + 1) * 256);
    return id;
  }

  /** Closure of the state's entries (and a fresh start when unanchored) between prev and next. */
  private close(state: i32, next: i32): void {
    const prevClass = unchecked(this.prevClass[state]);
    // A representative byte of the class: only "none", "word" or "not word" matters.
    const prev = prevClass < 0 ? -1 : prevClass == 1 ? 0x61 : 0x20;
    const entries = unchecked(this.entries[state]);
    const closure = this.closure;
    closure.begin();
    let matched = false;
    for (let i = 0; i < entries.length; i++) if (closure.walk(unchecked(entries[i]), prev, next)) matched = true;
    if (this.unanchored && closure.walk(0, prev, next)) matched = true;
    this.matched = matched;
  }

  /** Computes and caches the transition of `state` on byte `b`; -1 if the DFA gave up. */
  private step(state: i32, b: i32): i32 {
    this.close(state, b);
    const code = this.prog.code;
    const sets = this.prog.sets;
    const next: i32[] = [];
    const consuming = this.closure.consuming;
    for (let i = 0; i < consuming.length; i++) {
      const pc = consuming[i];
      const op = unchecked(code[pc * 3]);
      const a = unchecked(code[pc * 3 + 1]);
      if (op == Op.Byte ? a == b : setHas(unchecked(sets[a]), b)) next.push(pc + 1);
    }
    next.sort();
    let n = 0;
    for (let i = 0; i < next.length; i++) if (n == 0 || next[n - 1] != next[i]) next[n++] = next[i];
    const entries = new StaticArray<i32>(n);
    for (let i = 0; i < n; i++) entries[i] = next[i];
    const cls = this.wordClasses && isWordByte(b) ? 1 : 0;
    let target = DEAD;
    if (n > 0 || this.unanchored) {
      const key = this.key(entries, cls);
      if (this.index.has(key)) target = this.index.get(key);
      else {
        if (this.entries.length >= MAX_STATES) {
          this.failed = true;
          return -1;
        }
        target = this.addState(entries, cls);
      }
    }
    const t = target * 2 + (this.matched ? 1 : 0);
    unchecked(this.trans[state * 256 + b] = t);
    return t;
  }

  private acceptsAtEnd(state: i32): bool {
    let a = unchecked(this.acceptAtEnd[state]);
    if (a < 0) {
      this.close(state, -1);
      a = this.matched ? 1 : 0;
      unchecked(this.acceptAtEnd[state] = a);
    }
    return a == 1;
  }

  /** Anchored start states after a non-word / word byte (created on first use). */
  startAfterByte: StaticArray<i32> = [-1, -1];

  /** The anchored start state for a match beginning after a byte of class `prevClass`. */
  private startAfter(prevClass: i32): i32 {
    if (prevClass < 0) return this.startState;
    let id = unchecked(this.startAfterByte[prevClass]);
    if (id >= 0) return id;
    const entries = new StaticArray<i32>(1); // entries = [0]
    const key = this.key(entries, prevClass);
    if (this.index.has(key)) id = this.index.get(key);
    else {
      if (this.entries.length >= MAX_STATES) {
        this.failed = true;
        return -1;
      }
      id = this.addState(entries, prevClass);
    }
    unchecked(this.startAfterByte[prevClass] = id);
    return id;
  }

  /** Transitions taken by the last longestFrom call. */
  steps: i32 = 0;

  /**
   * Anchored only: the end of the longest match of buf[base+s, base+len) starting at s (the byte
   * before s gives the context), or -1 if none; -2 if the DFA gave up or needed more than
   * `budget` transitions (the caller then uses the Pike VM, which is linear in any case).
   */
  longestFrom(buf: Uint8Array, base: i32, len: i32, s: i32, budget: i32): i32 {
    this.steps = 0;
    const data = buf.dataStart + <usize>base;
    const prevClass = s == 0 ? -1 : this.wordClasses && isWordByte(<i32>load<u8>(data + <usize>(s - 1))) ? 1 : 0;
    let state = this.startAfter(prevClass);
    if (state < 0) return -2;
    let trans = this.trans;
    let best = -1;
    for (let i = s; i < len; i++) {
      if (++this.steps > budget) return -2;
      const b = <i32>load<u8>(data + <usize>i);
      let t = unchecked(trans[state * 256 + b]);
      if (t < 0) {
        t = this.step(state, b);
        if (t < 0) return -2;
        trans = this.trans;
      }
      if (t & 1) best = i; // a match ends before this byte
      state = t >> 1;
      if (state == DEAD) return best;
    }
    return this.acceptsAtEnd(state) ? len : best;
  }

  /** In unanchored mode with no word classes: prepares skipping over idle bytes. */
  private prepareIdle(): void {
    if (this.failed || this.idleState >= 0 || !this.unanchored || this.wordClasses) return;
    const key = this.key(new StaticArray<i32>(0), 0);
    let idle = -1;
    if (this.index.has(key)) idle = this.index.get(key);
    else {
      if (this.entries.length >= MAX_STATES) return;
      idle = this.addState(new StaticArray<i32>(0), 0);
    }
    let exits = 0;
    let exit = -1;
    for (let b = 0; b < 256; b++) {
      let t = unchecked(this.trans[idle * 256 + b]);
      if (t < 0) t = this.step(idle, b);
      if (t < 0) return;
      const stays = t == idle * 2;
      unchecked(this.idleSkip[b] = stays ? 1 : 0);
      if (!stays) {
        exits++;
        exit = b;
      }
    }
    this.idleExit = exits == 1 ? exit : -1;
    this.idleState = idle;
  }

  /**
   * Anchored: whether the whole of buf[base, base+len) matches. Unanchored: whether it contains
   * a match. Returns 1 or 0, or -1 if the DFA gave up (too many states).
   */
  run(buf: Uint8Array, base: i32, len: i32): i32 {
    if (this.unanchored && this.idleState < 0) this.prepareIdle();
    const data = buf.dataStart + <usize>base;
    const unanchored = this.unanchored;
    const idle = this.idleState;
    const skip = this.idleSkip;
    let trans = this.trans;
    let state = this.startState;
    let i = 0;
    while (i < len) {
      if (state == idle) {
        // Nothing in progress: jump to the next byte that can start a match.
        if (this.idleExit >= 0) i = findByte(data, i, len, this.idleExit);
        else while (i < len && unchecked(skip[load<u8>(data + <usize>i)])) i++;
        if (i >= len) break;
      }
      const b = <i32>load<u8>(data + <usize>i);
      let t = unchecked(trans[state * 256 + b]);
      if (t < 0) {
        t = this.step(state, b);
        if (t < 0) return -1;
        trans = this.trans;
      }
      if (unanchored && (t & 1)) return 1;
      state = t >> 1;
      if (state == DEAD) return 0;
      i++;
    }
    return this.acceptsAtEnd(state) ? 1 : 0;
  }
}

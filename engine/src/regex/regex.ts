/**
 * @fileoverview The regex engine's interface to the rest of the core: compile (cached for the
 * run), whole-line match (D2), search (leftmost-longest) and replace-all (D20).
 * Patterns without back-references use the linear Pike VM; with them, the budgeted backtracker.
 */
import { latin1 } from '../util/text';
import { Backtracker, BacktrackResult } from './backtrack';
import { compileRegex, Program } from './compile';
import { literalPrefix, requiredLiteral, wholeLiteral } from './literals';
import { findBytes } from '../util/bytes';
import { LazyDFA } from './dfa';
import { PikeVM } from './pike';
import { parseRegex, RegexError } from './syntax';

/** Steps the backtracker may take for one search before giving up (D1: an error, not a hang). */
export const BACKTRACK_BUDGET: i32 = 1_000_000;

export const enum MatchResult { NoMatch = 0, Match = 1, OutOfBudget = -1 }

/** Whether the lazy DFAs may be used; tests switch them off to check the Pike VM alone. */
export let dfaEnabled = true;
export function setDfaEnabled(on: bool): void {
  dfaEnabled = on;
}

export class Regex {
  error: i32 = RegexError.None;
  errorAt: i32 = 0;
  prog: Program | null = null;
  pike: PikeVM | null = null;
  back: Backtracker | null = null;
  /** Lazily built DFAs (no back-references): whole-line match, and "contains a match". */
  wholeDfa: LazyDFA | null = null;
  anywhereDfa: LazyDFA | null = null;
  matchStart: i32 = -1;
  matchEnd: i32 = -1;
  /**
   * Bytes every match begins with (from the program's first instructions), or null: lines
   * without them are rejected by a byte search, without running an automaton.
   */
  prefix: Uint8Array | null = null;
  /** Bytes every match contains somewhere (two at least), or null: the same use, anywhere. */
  required: Uint8Array | null = null;
  /**
   * The whole pattern when it is a plain string of bytes (no operator, no anchor), or null: its
   * matches are then exactly where a byte search finds it, and no automaton is needed.
   */
  literal: Uint8Array | null = null;

  /** Leftmost-longest match in buf[base, base+len) starting at or after `from`. */
  search(buf: Uint8Array, base: i32, len: i32, from: i32): MatchResult {
    const literal = this.literal;
    if (literal && dfaEnabled) {
      const s = findBytes(buf.dataStart + <usize>base, len, literal, from);
      if (s < 0) return MatchResult.NoMatch;
      this.matchStart = s;
      this.matchEnd = s + literal.length;
      return MatchResult.Match;
    }
    if (this.pike && dfaEnabled) {
      // Try start positions left to right with the anchored DFA's longest match; most die at
      // their first byte. The budget keeps the worst case linear: past it, the Pike VM.
      const dfa = this.anchoredDfa();
      let budget = 8 * (len - from) + 256;
      const prefix = this.prefix;
      for (let s = from; s <= len && !dfa.failed; s++) {
        if (prefix) {
          s = findBytes(buf.dataStart + <usize>base, len, prefix, s);
          if (s < 0) return MatchResult.NoMatch;
        }
        const end = dfa.longestFrom(buf, base, len, s, budget);
        if (end == -2) break;
        if (end >= 0) {
          this.matchStart = s;
          this.matchEnd = end;
          return MatchResult.Match;
        }
        budget -= max(1, dfa.steps);
        if (budget < 0) break;
        if (s == len) return MatchResult.NoMatch;
      }
    }
    return this.exec(buf, base, len, from, false);
  }

  private anchoredDfa(): LazyDFA {
    let dfa = this.wholeDfa;
    if (!dfa) this.wholeDfa = dfa = new LazyDFA(this.prog!, false);
    return dfa;
  }

  /** Whether buf[base, base+len) contains a match. */
  containsMatch(buf: Uint8Array, base: i32, len: i32): MatchResult {
    const literal = this.literal;
    if (literal && dfaEnabled) {
      return findBytes(buf.dataStart + <usize>base, len, literal, 0) >= 0 ? MatchResult.Match : MatchResult.NoMatch;
    }
    if (this.pike && dfaEnabled) {
      const prefix = this.prefix;
      if (prefix && findBytes(buf.dataStart + <usize>base, len, prefix, 0) < 0) return MatchResult.NoMatch;
      let dfa = this.anywhereDfa;
      if (!dfa) this.anywhereDfa = dfa = new LazyDFA(this.prog!, true);
      if (!dfa.failed) {
        const r = dfa.run(buf, base, len);
        if (r >= 0) return r == 1 ? MatchResult.Match : MatchResult.NoMatch;
      }
    }
    return this.exec(buf, base, len, 0, false);
  }

  /** Whether the whole of buf[base, base+len) matches (D2: as if wrapped in ^(…)$). */
  matchesWhole(buf: Uint8Array, base: i32, len: i32): MatchResult {
    const literal = this.literal;
    if (literal && dfaEnabled) {
      return literal.length == len && memory.compare(buf.dataStart + <usize>base, literal.dataStart, <usize>len) == 0
        ? MatchResult.Match : MatchResult.NoMatch;
    }
    if (this.pike && dfaEnabled) {
      const prefix = this.prefix;
      if (prefix && !(prefix.length <= len &&
          memory.compare(buf.dataStart + <usize>base, prefix.dataStart, <usize>prefix.length) == 0)) {
        return MatchResult.NoMatch;
      }
      const dfa = this.anchoredDfa();
      if (!dfa.failed) {
        const r = dfa.run(buf, base, len);
        if (r >= 0) return r == 1 ? MatchResult.Match : MatchResult.NoMatch;
      }
    }
    const r = this.exec(buf, base, len, 0, true);
    if (r != MatchResult.Match) return r;
    return this.matchEnd == len ? MatchResult.Match : MatchResult.NoMatch;
  }

  private exec(buf: Uint8Array, base: i32, len: i32, from: i32, anchored: bool): MatchResult {
    this.matchStart = -1;
    this.matchEnd = -1;
    const pike = this.pike;
    if (pike) {
      if (!pike.run(buf, base, len, from, anchored)) return MatchResult.NoMatch;
      this.matchStart = pike.matchStart;
      this.matchEnd = pike.matchEnd;
      return MatchResult.Match;
    }
    const back = this.back!;
    const r = back.run(buf, base, len, from, anchored);
    if (r == BacktrackResult.OutOfBudget) return MatchResult.OutOfBudget;
    if (r == BacktrackResult.NoMatch) return MatchResult.NoMatch;
    this.matchStart = back.matchStart;
    this.matchEnd = back.matchEnd;
    return MatchResult.Match;
  }
}


const cache = new Map<string, Regex>();
const CACHE_LIMIT = 4096;

/** Compiles `pattern`, or returns the compiled pattern from this run's cache. */
export function compilePattern(pattern: Uint8Array): Regex {
  const key = latin1(pattern);
  if (cache.has(key)) return cache.get(key);
  const re = new Regex();
  const parsed = parseRegex(pattern);
  if (parsed.error != RegexError.None) {
    re.error = parsed.error;
    re.errorAt = parsed.errorAt;
  } else {
    const prog = compileRegex(parsed.root!, parsed.groups);
    if (prog.error != RegexError.None) {
      re.error = prog.error;
      re.errorAt = pattern.length;
    } else {
      re.prog = prog;
      if (parsed.hasBackRefs) re.back = new Backtracker(prog, BACKTRACK_BUDGET);
      else {
        re.pike = new PikeVM(prog);
        re.prefix = literalPrefix(prog);
        re.required = requiredLiteral(parsed.root!);
        if (wholeLiteral(prog)) re.literal = re.prefix;
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, re);
  return re;
}

/** Growable byte output. */
export class ByteBuilder {
  data: Uint8Array = new Uint8Array(256);
  length: i32 = 0;

  reserve(extra: i32): void {
    if (this.length + extra <= this.data.length) return;
    let cap = this.data.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const bigger = new Uint8Array(cap);
    memory.copy(bigger.dataStart, this.data.dataStart, <usize>this.length);
    this.data = bigger;
  }

  append(src: Uint8Array, from: i32, to: i32): void {
    const n = to - from;
    if (n <= 0) return;
    this.reserve(n);
    memory.copy(this.data.dataStart + <usize>this.length, src.dataStart + <usize>from, <usize>n);
    this.length += n;
  }

  appendByte(b: u8): void {
    this.reserve(1);
    this.data[this.length++] = b;
  }

  toBytes(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Replaces every non-overlapping leftmost-longest match in buf[base, base+len), left to right,
 * with the literal `replacement` (D20). An empty match is replaced too, except directly after the
 * previous match (as GNU sed's s///g). Appends to `out`; returns the number of replacements, or -1
 * if the backtracker ran out of budget.
 */
export function replaceAll(re: Regex, buf: Uint8Array, base: i32, len: i32,
                           replacement: Uint8Array, out: ByteBuilder, spans: i32[] | null = null): i32 {
  let pos = 0;
  let copied = 0;
  let prevEnd = -1;
  let count = 0;
  // Most lines hold no match: one pass of an automaton says so (a literal's search says it at once).
  if (re.pike && dfaEnabled && !re.literal && re.containsMatch(buf, base, len) == MatchResult.NoMatch) pos = len + 1;
  while (pos <= len) {
    const r = re.search(buf, base, len, pos);
    if (r == MatchResult.OutOfBudget) return -1;
    if (r == MatchResult.NoMatch) break;
    const s = re.matchStart;
    const e = re.matchEnd;
    if (s == e && s == prevEnd) {
      // An empty match right after the previous match is not a new match: move on one byte.
      pos = s + 1;
      continue;
    }
    out.append(buf, base + copied, base + s);
    out.append(replacement, 0, replacement.length);
    if (spans) { // the trace and the regex tester: where each replaced match was
      spans.push(s);
      spans.push(e);
    }
    count++;
    copied = e;
    prevEnd = e;
    pos = s == e ? e + 1 : e;
    if (s == e && e < len) {
      out.append(buf, base + e, base + e + 1);
      copied = e + 1;
    }
  }
  out.append(buf, base + copied, base + len);
  return count;
}

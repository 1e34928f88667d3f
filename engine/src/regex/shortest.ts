/**
 * @fileoverview A shortest line the pattern matches as a whole (D2): breadth first over the
 * automaton's instructions, one byte per step, so the first path that reaches Match gives a
 * shortest string. One path is enough for a match, so the search is over single instructions
 * (paired with the kind of byte before, which assertions look at), not over sets of them: at
 * most three nodes per instruction. Used by `cfwasm lint` to build trial lines from a block's own
 * patterns (CF015).
 *
 * Bytes are tried in a fixed order that prefers readable text (letters, digits, then other
 * printable ASCII, then the rest, never a newline), so the result is stable and readable. The
 * walk ignores back-references and the rule that a `*` iteration must consume (glibc), so the
 * candidate is checked with the real matcher, and null is returned if it fails, as when no line
 * can match.
 */
import { setHas } from './charclass';
import { Closure } from './closure';
import { Op, Program } from './compile';
import { MatchResult, Regex } from './regex';

/** And lines of at most this length are produced. */
const MAX_LENGTH: i32 = 100000;

/** The order bytes are tried in: a-z, A-Z, 0-9, space and other printable ASCII, then the rest. */
function byteOrder(): i32[] {
  const out: i32[] = [];
  for (let c = 0x61; c <= 0x7a; c++) out.push(c);
  for (let c = 0x41; c <= 0x5a; c++) out.push(c);
  for (let c = 0x30; c <= 0x39; c++) out.push(c);
  for (let c = 0x20; c < 0x7f; c++) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    out.push(c);
  }
  for (let c = 0; c < 256; c++) if ((c < 0x20 || c >= 0x7f) && c != 0x0a) out.push(c);
  return out;
}

class Node {
  /** The instruction to close over before the next byte (after consuming one, or 0 at the start). */
  pc: i32;
  prev: i32;
  parent: i32;
  length: i32;
  constructor(pc: i32, prev: i32, parent: i32, length: i32) {
    this.pc = pc;
    this.prev = prev;
    this.parent = parent;
    this.length = length;
  }
}

/** What assertions can tell of the byte before: none (start), a word byte, another byte. */
function prevClass(prev: i32): i32 {
  if (prev < 0) return 0;
  const word = (prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a) || prev == 0x5f;
  return word ? 1 : 2;
}

function hasAssertions(prog: Program): bool {
  for (let pc = 0; pc < prog.length; pc++) {
    const op = prog.code[pc * 3];
    if (op == Op.Assert || op == Op.AssertIfConstrained) return true;
  }
  return false;
}

/** Whether consuming instruction `pc` accepts byte `c`. */
function accepts(prog: Program, pc: i32, c: i32): bool {
  const i = pc * 3;
  return prog.code[i] == Op.Byte ? prog.code[i + 1] == c : setHas(prog.sets[prog.code[i + 1]], c);
}

/** A shortest subject `re` matches as a whole, or null (none, or one the walk cannot see). */
export function shortestWholeMatch(re: Regex): Uint8Array | null {
  const prog = re.prog;
  if (!prog) return null;
  const p = prog!;
  const closure = new Closure(p);
  const order = byteOrder();
  // Without assertions the byte after does not change a closure, nor the byte before a node.
  const asserts = hasAssertions(p);
  const nodes: Node[] = [new Node(0, -1, -1, 0)];
  const seen = new Set<i32>();
  seen.add(0);
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    closure.begin();
    if (closure.walk(node.pc, node.prev, -1)) {
      const found = spell(nodes, n);
      return re.matchesWhole(found, 0, found.length) == MatchResult.Match ? found : null;
    }
    if (node.length >= MAX_LENGTH) continue;
    if (!asserts) {
      // One walk; each reachable instruction steps on the first byte it accepts, in order.
      const reached = closure.consuming.slice(0);
      for (let k = 0; k < reached.length; k++) {
        for (let b = 0; b < order.length; b++) {
          const c = order[b];
          if (!accepts(p, reached[k], c)) continue;
          const key = (reached[k] + 1) * 3;
          if (!seen.has(key)) {
            seen.add(key);
            nodes.push(new Node(reached[k] + 1, c, n, node.length + 1));
          }
          break;
        }
      }
      continue;
    }
    for (let b = 0; b < order.length; b++) {
      const c = order[b];
      closure.begin();
      closure.walk(node.pc, node.prev, c);
      const reached = closure.consuming;
      for (let k = 0; k < reached.length; k++) {
        if (!accepts(p, reached[k], c)) continue;
        const key = (reached[k] + 1) * 3 + prevClass(c);
        if (seen.has(key)) continue;
        seen.add(key);
        nodes.push(new Node(reached[k] + 1, c, n, node.length + 1));
      }
    }
  }
  return null;
}

function spell(nodes: Node[], last: i32): Uint8Array {
  const out = new Uint8Array(nodes[last].length);
  for (let n = last; nodes[n].parent >= 0; n = nodes[n].parent) out[nodes[n].length - 1] = <u8>nodes[n].prev;
  return out;
}

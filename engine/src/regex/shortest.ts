/**
 * @fileoverview A shortest line the pattern matches as a whole (D2): breadth first over the
 * automaton's sets of states, one byte per step, so the first accepting set reached gives a
 * shortest string. Used by `cfwasm lint` to build trial lines from a block's own patterns (CF015).
 *
 * Bytes are tried in a fixed order that prefers readable text (letters, digits, then other
 * printable ASCII, then the rest, never a newline), so the result is stable and readable. The
 * closure ignores back-references (they are walked over as if empty), so the candidate is checked
 * with the real matcher and null is returned if it fails, as it is when no line can match or the
 * search passes its bound.
 */
import { setHas } from './charclass';
import { Closure } from './closure';
import { Op, Program } from './compile';
import { MatchResult, Regex } from './regex';

/** At most this many distinct state sets are explored. */
const MAX_STATES: i32 = 4000;
/** And lines of at most this length are produced. */
const MAX_LENGTH: i32 = 4096;

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
  /** Instructions to close over before the next byte (after consuming one, or 0 at the start). */
  pending: i32[];
  prev: i32;
  parent: i32;
  byte: i32;
  length: i32;
  constructor(pending: i32[], prev: i32, parent: i32, byte: i32, length: i32) {
    this.pending = pending;
    this.prev = prev;
    this.parent = parent;
    this.byte = byte;
    this.length = length;
  }
}

/** Whether byte `c` is a word byte, as assertions see it: the key needs only that of `prev`. */
function prevClass(prev: i32): i32 {
  if (prev < 0) return 0;
  const word = (prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a) || prev == 0x5f;
  return word ? 1 : 2;
}

function keyOf(pending: i32[], prev: i32): string {
  const sorted = pending.slice(0);
  sorted.sort((a: i32, b: i32): i32 => a - b);
  return prevClass(prev).toString() + ':' + sorted.join(',');
}

/** A shortest subject `re` matches as a whole, or null (none, back-references, or too far). */
export function shortestWholeMatch(re: Regex): Uint8Array | null {
  const prog = re.prog;
  if (!prog) return null;
  const p = prog!;
  const closure = new Closure(p);
  const order = byteOrder();
  const nodes: Node[] = [new Node([0], -1, -1, -1, 0)];
  const seen = new Set<string>();
  seen.add(keyOf([0], -1));
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    // Can the line end here?
    closure.begin();
    let accepts = false;
    for (let k = 0; k < node.pending.length; k++) if (closure.walk(node.pending[k], node.prev, -1)) accepts = true;
    if (accepts) {
      const found = spell(nodes, n);
      return re.matchesWhole(found, 0, found.length) == MatchResult.Match ? found : null;
    }
    if (node.length >= MAX_LENGTH) continue;
    for (let b = 0; b < order.length; b++) {
      const c = order[b];
      closure.begin();
      for (let k = 0; k < node.pending.length; k++) closure.walk(node.pending[k], node.prev, c);
      const next = step(p, closure.consuming, c);
      if (next.length == 0) continue;
      const key = keyOf(next, c);
      if (seen.has(key)) continue;
      if (seen.size >= MAX_STATES) return null;
      seen.add(key);
      nodes.push(new Node(next, c, n, c, node.length + 1));
    }
  }
  return null;
}

/** The instructions after consuming `c` from each of `consuming`. */
function step(prog: Program, consuming: i32[], c: i32): i32[] {
  const code = prog.code;
  const out: i32[] = [];
  for (let k = 0; k < consuming.length; k++) {
    const pc = consuming[k];
    const i = pc * 3;
    const op = code[i];
    const ok = op == Op.Byte ? code[i + 1] == c : setHas(prog.sets[code[i + 1]], c);
    if (ok && !out.includes(pc + 1)) out.push(pc + 1);
  }
  return out;
}

function spell(nodes: Node[], last: i32): Uint8Array {
  const out = new Uint8Array(nodes[last].length);
  for (let n = last; nodes[n].parent >= 0; n = nodes[n].parent) out[nodes[n].length - 1] = <u8>nodes[n].byte;
  return out;
}

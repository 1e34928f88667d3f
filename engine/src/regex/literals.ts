/**
 * @fileoverview Literal bytes a pattern's matches must have, so that lines without them are
 * rejected by a byte search (util/bytes findBytes) before any automaton runs: the prefix every
 * match begins with, and a run of bytes every match contains.
 */
import { Op, Program } from './compile';
import { Kind, Node } from './syntax';

/**
 * The bytes the program must read first, whatever path it takes: its leading Byte instructions
 * (captures skipped), up to the first branch, class or assertion. Null if there are none.
 */
export function literalPrefix(prog: Program): Uint8Array | null {
  const code = prog.code;
  const bytes: u8[] = [];
  for (let pc = 0; pc < prog.length; pc++) {
    const op = code[pc * 3];
    if (op == Op.Save) continue;
    if (op != Op.Byte) break;
    bytes.push(<u8>code[pc * 3 + 1]);
  }
  if (bytes.length == 0) return null;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i];
  return out;
}

/**
 * Whether the program is its literal prefix and nothing more: bytes (captures aside) up to the
 * match, so that the prefix's occurrences are exactly the matches. Not for an empty pattern.
 */
export function wholeLiteral(prog: Program): bool {
  const code = prog.code;
  let bytes = 0;
  for (let pc = 0; pc < prog.length; pc++) {
    const op = code[pc * 3];
    if (op == Op.Save) continue;
    if (op == Op.Match) return bytes > 0;
    if (op != Op.Byte) return false;
    bytes++;
  }
  return false;
}

/** The single byte a Bytes node matches, or -1. */
function singleByte(node: Node): i32 {
  const set = node.set!;
  let found = -1;
  for (let w = 0; w < 8; w++) {
    const bits = unchecked(set[w]);
    if (bits == 0) continue;
    if (found >= 0 || popcnt(bits) != 1) return -1;
    found = w * 32 + <i32>ctz(bits);
  }
  return found;
}

/**
 * The longest run of bytes every match of `root` contains (at least two), or null: consecutive
 * one-byte nodes of a concatenation, looking into groups and into repetitions of at least one;
 * alternatives and optional parts contribute nothing.
 */
export function requiredLiteral(root: Node): Uint8Array | null {
  const best = longestRequired(root);
  if (best.length < 2) return null;
  const out = new Uint8Array(best.length);
  for (let i = 0; i < best.length; i++) out[i] = best[i];
  return out;
}

function longestRequired(node: Node): u8[] {
  if (node.kind == Kind.Bytes) {
    const b = singleByte(node);
    const out: u8[] = [];
    if (b >= 0) out.push(<u8>b);
    return out;
  }
  if (node.kind == Kind.Group) return longestRequired(node.kids[0]);
  if (node.kind == Kind.Repeat) return node.min >= 1 ? longestRequired(node.kids[0]) : [];
  if (node.kind != Kind.Cat) return [];
  // A run is copied once, when it ends and beats the best so far (copying it at every byte made
  // a literal of n bytes allocate n²/2, all kept until the call ends: 5 GB for 100,000 bytes).
  let best: u8[] = [];
  let run: u8[] = [];
  for (let i = 0; i <= node.kids.length; i++) {
    const kid = i < node.kids.length ? node.kids[i] : null;
    const b = kid != null && kid.kind == Kind.Bytes ? singleByte(kid) : -1;
    if (b >= 0) {
      run.push(<u8>b);
      continue;
    }
    if (run.length > best.length) best = run;
    run = [];
    if (kid == null) break;
    const inner = longestRequired(kid);
    if (inner.length > best.length) best = inner;
  }
  return best;
}

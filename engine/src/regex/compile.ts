/**
 * @fileoverview Compiles a regex syntax tree into a flat program for the two matchers: the
 * Pike VM (pike.ts, linear time, used when there are no back-references) and the backtracker
 * (backtrack.ts, back-references, under a step budget).
 *
 * Counted repetitions are expanded exactly as glibc's parse_dup_op does, into copies of the
 * repeated tree: `x{2,4}` is `x x' ((x'')? x''')?`-shaped, the primed copies marked "duplicated".
 * The shape and the marks matter because glibc does not enforce an anchor (`^`, `\<`, `\b`, …)
 * whose following node is a duplicated one (its `duplicated` flag means two things), unless a path
 * reaches it through an enforced anchor; so `(\<a){2}` matches "aa" there. We reproduce it
 * (Op.AssertIfConstrained): users' patterns were written against glibc (D1).
 * The size of the expansion is capped, so `(a{999}){999}` is an error, not an out-of-memory trap.
 */
import { ByteSet, setSingle } from './charclass';
import { Kind, MAX_EXPANDED_DEPTH, Node, RegexError } from './syntax';

export const enum Op {
  /** a = the byte. */
  Byte = 0,
  /** a = index into `sets`. */
  Set = 1,
  /** a, b = the two next instructions (no priority: POSIX matching is leftmost-longest). */
  Split = 2,
  /** a = the next instruction. */
  Jump = 3,
  /** a = Assertion. */
  Assert = 4,
  /** a = capture slot (2*group for the start, 2*group+1 for the end). */
  Save = 5,
  /** a = group number. */
  BackRef = 6,
  /** a = loop register: remember the position where an iteration of `*` starts. */
  LoopEnter = 7,
  /** a = loop register: an iteration of `*` must have consumed something (glibc). */
  LoopCheck = 8,
  Match = 9,
  /**
   * a = Assertion, of an anchor whose constraint glibc does not propagate itself: it is checked
   * only on a path that already passed a checked anchor since the last consumed byte (glibc's
   * duplicate_node_closure accumulates every constraint it walks over).
   */
  AssertIfConstrained = 10,
}

/** Instructions are triples [op, a, b] in `code`. */
export class Program {
  code: StaticArray<i32> = new StaticArray<i32>(0);
  sets: ByteSet[] = [];
  groups: i32 = 0;
  loops: i32 = 0;
  /** Whether any AssertIfConstrained is present (the matchers then track the constraint flag). */
  hasLostAnchors: bool = false;
  error: i32 = RegexError.None;

  @inline get length(): i32 {
    return this.code.length / 3;
  }
}

/** At most this many tree nodes after expanding counted repetitions, and instructions. */
const MAX_SIZE: i32 = 1 << 20;

/** Node kinds of the expanded tree, as glibc's: Star is `*`, Opt is ALT(x, NULL). */
const enum X { Bytes, Assert, BackRef, Group, Cat, Alt, Opt, Star, Empty }

class XNode {
  kind: X;
  dup: bool;
  value: i32 = 0;
  set: ByteSet | null = null;
  kids: XNode[] = [];
  /** For anchors: glibc keeps the constraint only if the following node is not duplicated. */
  lost: bool = false;

  constructor(kind: X, dup: bool) {
    this.kind = kind;
    this.dup = dup;
  }
}

class Expander {
  size: i32 = 0;

  make(kind: X, dup: bool): XNode {
    this.size++;
    return new XNode(kind, dup);
  }

  /** The syntax tree as glibc shapes it; `dup` marks copies made for a repetition. */
  expand(n: Node, dup: bool): XNode {
    if (this.size > MAX_SIZE) return this.make(X.Empty, dup);
    switch (n.kind) {
      case Kind.Bytes: {
        const x = this.make(X.Bytes, dup);
        x.set = n.set;
        return x;
      }
      case Kind.Assert:
      case Kind.BackRef: {
        const x = this.make(n.kind == Kind.Assert ? X.Assert : X.BackRef, dup);
        x.value = n.value;
        return x;
      }
      case Kind.Group: {
        const x = this.make(X.Group, dup);
        x.value = n.value;
        x.kids.push(this.expand(n.kids[0], dup));
        return x;
      }
      case Kind.Cat:
      case Kind.Alt: {
        const x = this.make(n.kind == Kind.Cat ? X.Cat : X.Alt, dup);
        for (let i = 0; i < n.kids.length; i++) x.kids.push(this.expand(n.kids[i], dup));
        return x;
      }
      case Kind.Repeat:
        return this.repeat(n.kids[0], n.min, n.max, dup);
      default:
        return this.make(X.Empty, dup);
    }
  }

  /** glibc parse_dup_op: `x{m,n}` = x x'…(m copies) then `x'*` or `((x'?) x'')? …`. */
  repeat(kid: Node, lo: i32, hi: i32, dup: bool): XNode {
    let tree: XNode | null = null;
    let elem = this.expand(kid, dup);
    let mandatory: XNode | null = null;
    if (lo > 0) {
      const cat = this.make(X.Cat, dup);
      cat.kids.push(elem);
      for (let i = 2; i <= lo; i++) {
        if (this.size > MAX_SIZE) break;
        elem = this.expand(kid, true);
        cat.kids.push(elem);
      }
      if (lo == hi) return cat;
      elem = this.expand(kid, true);
      mandatory = cat;
    }
    if (hi == -1) {
      tree = this.make(X.Star, dup);
      tree.kids.push(elem);
    } else {
      tree = this.make(X.Opt, dup);
      tree.kids.push(elem);
      for (let i = lo + 2; i <= hi; i++) {
        if (this.size > MAX_SIZE) break;
        const cat = this.make(X.Cat, dup);
        cat.kids.push(tree);
        cat.kids.push(this.expand(kid, true));
        tree = this.make(X.Opt, dup);
        tree.kids.push(cat);
      }
    }
    if (mandatory) {
      mandatory.kids.push(tree);
      return mandatory;
    }
    return tree;
  }
}

/**
 * Whether the first NFA node of `n` is duplicated, given whether what follows `n` starts with a
 * duplicated node (glibc calc_first: a group starts with a fresh OPEN_SUBEXP node; an empty tree
 * has no node of its own).
 */
function firstIsDup(n: XNode, followDup: bool): bool {
  switch (n.kind) {
    case X.Group: return false;
    case X.Empty: return followDup;
    case X.Cat: {
      // The first kid's first node, unless the kids are all empty.
      let next = followDup;
      for (let i = n.kids.length - 1; i >= 0; i--) next = firstIsDup(n.kids[i], next);
      return next;
    }
    default: return n.dup;
  }
}

/** Marks each anchor whose following node (glibc calc_next) is duplicated. */
function markLostAnchors(n: XNode, nextDup: bool): void {
  switch (n.kind) {
    case X.Assert:
      n.lost = nextDup;
      break;
    case X.Group:
      markLostAnchors(n.kids[0], false); // followed by a fresh CLOSE_SUBEXP node
      break;
    case X.Cat: {
      let next = nextDup;
      for (let i = n.kids.length - 1; i >= 0; i--) {
        markLostAnchors(n.kids[i], next);
        next = firstIsDup(n.kids[i], next);
      }
      break;
    }
    case X.Alt:
    case X.Opt:
      for (let i = 0; i < n.kids.length; i++) markLostAnchors(n.kids[i], nextDup);
      break;
    case X.Star:
      markLostAnchors(n.kids[0], n.dup); // the body loops back to the star node itself
      break;
  }
}

class Emitter {
  code: i32[] = [];
  sets: ByteSet[] = [];
  loops: i32 = 0;
  tooBig: bool = false;
  lostAnchors: bool = false;

  emit(op: Op, a: i32, b: i32): i32 {
    const pc = this.code.length / 3;
    if (pc >= MAX_SIZE) {
      this.tooBig = true;
      return pc;
    }
    this.code.push(op);
    this.code.push(a);
    this.code.push(b);
    return pc;
  }

  patch(pc: i32, slot: i32, value: i32): void {
    if (!this.tooBig) this.code[pc * 3 + slot] = value;
  }

  get pc(): i32 {
    return this.code.length / 3;
  }

  node(n: XNode): void {
    if (this.tooBig) return;
    switch (n.kind) {
      case X.Bytes: {
        const single = setSingle(n.set!);
        if (single >= 0) this.emit(Op.Byte, single, 0);
        else {
          this.sets.push(n.set!);
          this.emit(Op.Set, this.sets.length - 1, 0);
        }
        break;
      }
      case X.Assert:
        if (n.lost) this.lostAnchors = true;
        this.emit(n.lost ? Op.AssertIfConstrained : Op.Assert, n.value, 0);
        break;
      case X.BackRef:
        this.emit(Op.BackRef, n.value, 0);
        break;
      case X.Group:
        this.emit(Op.Save, 2 * n.value, 0);
        this.node(n.kids[0]);
        this.emit(Op.Save, 2 * n.value + 1, 0);
        break;
      case X.Cat:
        for (let i = 0; i < n.kids.length; i++) this.node(n.kids[i]);
        break;
      case X.Alt: {
        const jumps: i32[] = [];
        for (let i = 0; i < n.kids.length - 1; i++) {
          const split = this.emit(Op.Split, this.pc + 1, 0);
          this.node(n.kids[i]);
          jumps.push(this.emit(Op.Jump, 0, 0));
          this.patch(split, 2, this.pc);
        }
        this.node(n.kids[n.kids.length - 1]);
        for (let i = 0; i < jumps.length; i++) this.patch(jumps[i], 1, this.pc);
        break;
      }
      case X.Opt: {
        const split = this.emit(Op.Split, this.pc + 1, 0);
        this.node(n.kids[0]);
        this.patch(split, 2, this.pc);
        break;
      }
      case X.Star: {
        const reg = this.loops++;
        const loop = this.emit(Op.Split, this.pc + 1, 0);
        this.emit(Op.LoopEnter, reg, 0);
        this.node(n.kids[0]);
        this.emit(Op.LoopCheck, reg, 0);
        this.emit(Op.Jump, loop, 0);
        this.patch(loop, 2, this.pc);
        break;
      }
    }
  }
}

/** The depth of the expanded tree, without recursion. */
function expandedDepth(root: XNode): i32 {
  const nodes: XNode[] = [root];
  const depths: i32[] = [1];
  let deepest = 0;
  while (nodes.length > 0) {
    const n = nodes.pop();
    const d = depths.pop();
    if (d > deepest) deepest = d;
    for (let i = 0; i < n.kids.length; i++) {
      nodes.push(n.kids[i]);
      depths.push(d + 1);
    }
  }
  return deepest;
}

export function compileRegex(root: Node, groups: i32): Program {
  const p = new Program();
  const expander = new Expander();
  const tree = expander.expand(root, false);
  if (expander.size > MAX_SIZE) {
    p.error = RegexError.Space;
    return p;
  }
  // A count nests its optional copies (`a{0,n}` is n levels): the passes below recurse.
  if (expandedDepth(tree) > MAX_EXPANDED_DEPTH) {
    p.error = RegexError.CountDepth;
    return p;
  }
  markLostAnchors(tree, false); // the pattern is followed by glibc's fresh END_OF_RE node
  const e = new Emitter();
  e.node(tree);
  e.emit(Op.Match, 0, 0);
  if (e.tooBig) {
    p.error = RegexError.Space;
    return p;
  }
  const code = new StaticArray<i32>(e.code.length);
  for (let i = 0; i < e.code.length; i++) code[i] = e.code[i];
  p.code = code;
  p.sets = e.sets;
  p.groups = groups;
  p.loops = e.loops;
  p.hasLostAnchors = e.lostAnchors;
  return p;
}

/**
 * @fileoverview Parses a POSIX extended regular expression (bytes) into a syntax tree, accepting
 * and rejecting exactly what glibc's `regcomp(REG_EXTENDED)` does in the C locale (D1): the GNU
 * operators `\b \B \< \> \w \W \s \S` and back-references `\1`-`\9`, a `)` without `(` as a
 * literal, `{,n}` as `{0,n}`, empty alternatives and groups, and glibc's error codes.
 * Consumers: compile.ts (tree → program).
 */
import {
  addNamedClass, ByteSet, isWordByte, newSet, setAdd, setAddRange, setInvert,
} from './charclass';

/** glibc's regcomp error codes (regex.h), so diagnostics can be compared with glibc. */
export const enum RegexError {
  None = 0,
  BadPattern = 2,
  Collate = 3,
  CharClass = 4,
  Escape = 5,
  SubReg = 6,
  Bracket = 7,
  Paren = 8,
  Brace = 9,
  BadBrace = 10,
  Range = 11,
  Space = 12,
  BadRepeat = 13,
  Size = 15,
  /** Not glibc's: groups and repetitions nested deeper than MAX_DEPTH (see there). */
  Depth = 16,
  /** Not glibc's: counted repetitions nest their optional copies deeper than MAX_EXPANDED_DEPTH. */
  CountDepth = 17,
}

/**
 * The deepest syntax tree, and expanded tree (compile.ts), accepted. The passes over the trees
 * recurse, and the core's calls share the host's stack (about 1 MB in Node's main thread): 10,000
 * nested groups, 50,000 stacked `*` or `a{0,30000}` (a chain of 30,000 optional copies) overflowed
 * it, a RangeError that ended the run as an internal error. No pattern a person writes comes near.
 */
export const MAX_DEPTH: i32 = 1000;
export const MAX_EXPANDED_DEPTH: i32 = 4000;

export function regexErrorMessage(code: i32): string {
  switch (code) {
    case RegexError.BadPattern: return 'invalid regular expression';
    case RegexError.Collate: return 'invalid collation character';
    case RegexError.CharClass: return 'invalid character class name';
    case RegexError.Escape: return 'trailing backslash';
    case RegexError.SubReg: return 'invalid back reference';
    case RegexError.Bracket: return 'unmatched [, [^, [:, [. or [=';
    case RegexError.Paren: return 'unmatched ( or \\(';
    case RegexError.Brace: return 'unmatched {';
    case RegexError.BadBrace: return 'invalid content of {}';
    case RegexError.Range: return 'invalid range end';
    case RegexError.Space: return 'pattern too large';
    case RegexError.BadRepeat: return 'repetition operator (*, +, ? or {) with nothing to repeat';
    case RegexError.Size: return 'regular expression too big (a count above 32767)';
    case RegexError.Depth: return 'pattern nested too deeply (more than ' + MAX_DEPTH.toString() + ' levels of groups and repetitions)';
    case RegexError.CountDepth: return 'counted repetitions too large: `x{m,n}` nests n-m optional copies, here more than ' +
      MAX_EXPANDED_DEPTH.toString() + ' levels deep';
    default: return 'invalid regular expression';
  }
}

export const enum Kind { Empty, Bytes, Cat, Alt, Repeat, Group, Assert, BackRef }

/** Zero-width assertions; glibc's ANCHOR context types. */
export const enum Assertion { LineStart, LineEnd, WordStart, WordEnd, WordBoundary, NotWordBoundary }

export class Node {
  kind: Kind;
  /** Assertion kind, group number (1-based) or back-reference number. */
  value: i32 = 0;
  set: ByteSet | null = null;
  kids: Node[] = [];
  min: i32 = 0;
  /** -1 means no upper bound. */
  max: i32 = 0;
  /** Where the node is written in the pattern: byte offsets [from, to); -1 for a node made up (an empty branch). */
  from: i32 = -1;
  to: i32 = -1;

  constructor(kind: Kind) {
    this.kind = kind;
  }

  static bytes(set: ByteSet): Node {
    const n = new Node(Kind.Bytes);
    n.set = set;
    return n;
  }

  static byte(b: i32): Node {
    const set = newSet();
    setAdd(set, b);
    return Node.bytes(set);
  }

  static of(kind: Kind, value: i32): Node {
    const n = new Node(kind);
    n.value = value;
    return n;
  }
}

export class ParsedRegex {
  root: Node | null = null;
  error: i32 = RegexError.None;
  /** Byte offset in the pattern where the error was found. */
  errorAt: i32 = 0;
  groups: i32 = 0;
  hasBackRefs: bool = false;
  hasWordAssertions: bool = false;
}

const enum Tok {
  End, Char, Alt, Star, Plus, Question, OpenBrace, CloseBrace, OpenParen, CloseParen,
  OpenBracket, Period, Anchor, BackRef, Word, NotWord, Space, NotSpace, Backslash,
}

const RE_DUP_MAX: i32 = 0x7fff;

class Parser {
  pat: Uint8Array;
  pos: i32 = 0;
  /** Where the current token starts. */
  tokAt: i32 = 0;
  /** Where the construct being parsed (group, interval, bracket) starts: errors point there. */
  openedAt: i32 = -1;
  tok: Tok = Tok.End;
  /** The byte of a Char token; assertion kind of an Anchor; 0-based index of a BackRef. */
  val: i32 = 0;
  result: ParsedRegex = new ParsedRegex();
  completed: i32 = 0;

  constructor(pat: Uint8Array) {
    this.pat = pat;
  }

  /** Records the first error; `at` is where it points (default: the construct or the token). */
  fail(code: RegexError, at: i32 = -1): Node | null {
    if (this.result.error == RegexError.None) {
      this.result.error = code;
      if (at < 0) {
        at = code == RegexError.Paren || code == RegexError.Brace || code == RegexError.BadBrace ||
          code == RegexError.Size || code == RegexError.Bracket || code == RegexError.BadPattern
          ? this.openedAt : this.tokAt;
      }
      this.result.errorAt = min(at >= 0 ? at : this.tokAt, this.pat.length);
    }
    return null;
  }

  get failed(): bool {
    return this.result.error != RegexError.None;
  }

  /** Reads the next token (glibc peek_token for ERE syntax). */
  next(): void {
    const pat = this.pat;
    this.tokAt = this.pos;
    if (this.pos >= pat.length) {
      this.tok = Tok.End;
      return;
    }
    const c = <i32>pat[this.pos];
    this.val = c;
    if (c == 0x5c) { // backslash
      if (this.pos + 1 >= pat.length) {
        this.tok = Tok.Backslash;
        this.pos++;
        return;
      }
      const c2 = <i32>pat[this.pos + 1];
      this.pos += 2;
      this.val = c2;
      this.tok = Tok.Char;
      if (c2 >= 0x31 && c2 <= 0x39) {
        this.tok = Tok.BackRef;
        this.val = c2 - 0x31;
      } else if (c2 == 0x3c) { this.tok = Tok.Anchor; this.val = Assertion.WordStart; }
      else if (c2 == 0x3e) { this.tok = Tok.Anchor; this.val = Assertion.WordEnd; }
      else if (c2 == 0x62) { this.tok = Tok.Anchor; this.val = Assertion.WordBoundary; }
      else if (c2 == 0x42) { this.tok = Tok.Anchor; this.val = Assertion.NotWordBoundary; }
      else if (c2 == 0x60) { this.tok = Tok.Anchor; this.val = Assertion.LineStart; } // \` buffer start
      else if (c2 == 0x27) { this.tok = Tok.Anchor; this.val = Assertion.LineEnd; } // \' buffer end
      else if (c2 == 0x77) this.tok = Tok.Word;
      else if (c2 == 0x57) this.tok = Tok.NotWord;
      else if (c2 == 0x73) this.tok = Tok.Space;
      else if (c2 == 0x53) this.tok = Tok.NotSpace;
      return;
    }
    this.pos++;
    switch (c) {
      case 0x7c: this.tok = Tok.Alt; break;
      case 0x2a: this.tok = Tok.Star; break;
      case 0x2b: this.tok = Tok.Plus; break;
      case 0x3f: this.tok = Tok.Question; break;
      case 0x7b: this.tok = Tok.OpenBrace; break;
      case 0x7d: this.tok = Tok.CloseBrace; break;
      case 0x28: this.tok = Tok.OpenParen; break;
      case 0x29: this.tok = Tok.CloseParen; break;
      case 0x5b: this.tok = Tok.OpenBracket; break;
      case 0x2e: this.tok = Tok.Period; break;
      case 0x5e: this.tok = Tok.Anchor; this.val = Assertion.LineStart; break;
      case 0x24: this.tok = Tok.Anchor; this.val = Assertion.LineEnd; break;
      default: this.tok = Tok.Char;
    }
  }

  /** regexp := branch ('|' branch)* ; an empty branch is allowed. */
  parseAlternation(nest: i32): Node | null {
    // A back-reference may only name a group completed before it in its own branch (glibc
    // parse_reg_exp: every branch starts from the groups completed before the alternation).
    const initial = this.completed;
    const at = this.tokAt;
    const first = this.parseBranch(nest);
    if (this.failed) return null;
    if (this.tok != Tok.Alt) return first;
    const alt = new Node(Kind.Alt);
    alt.from = at;
    alt.kids.push(first ? first : new Node(Kind.Empty));
    while (this.tok == Tok.Alt) {
      this.next();
      let branch: Node | null = null;
      if (this.tok != Tok.Alt && this.tok != Tok.End && (nest == 0 || this.tok != Tok.CloseParen)) {
        const accumulated = this.completed;
        this.completed = initial;
        branch = this.parseBranch(nest);
        this.completed |= accumulated;
        if (this.failed) return null;
      }
      alt.kids.push(branch ? branch : new Node(Kind.Empty));
    }
    alt.to = this.tokAt;
    return alt;
  }

  parseBranch(nest: i32): Node | null {
    let items: Node[] = [];
    let first = true;
    while (first || (this.tok != Tok.Alt && this.tok != Tok.End && (nest == 0 || this.tok != Tok.CloseParen))) {
      first = false;
      const e = this.parseExpression(nest);
      if (this.failed) return null;
      if (e) items.push(e);
    }
    if (items.length == 0) return null;
    if (items.length == 1) return items[0];
    const cat = new Node(Kind.Cat);
    cat.kids = items;
    cat.from = items[0].from;
    cat.to = items[items.length - 1].to;
    return cat;
  }

  parseExpression(nest: i32): Node | null {
    let tree: Node | null = null;
    const at = this.tokAt;
    switch (this.tok) {
      case Tok.Char:
      case Tok.CloseParen: // unmatched ')' is an ordinary character (RE_UNMATCHED_RIGHT_PAREN_ORD)
      case Tok.CloseBrace:
        tree = Node.byte(this.val);
        break;
      case Tok.OpenParen:
        tree = this.parseGroup(nest + 1);
        if (this.failed) return null;
        break;
      case Tok.OpenBracket:
        tree = this.parseBracket();
        if (this.failed) return null;
        break;
      case Tok.BackRef:
        if ((this.completed & (1 << this.val)) == 0) return this.fail(RegexError.SubReg);
        tree = Node.of(Kind.BackRef, this.val + 1);
        this.result.hasBackRefs = true;
        break;
      case Tok.OpenBrace:
      case Tok.Star:
      case Tok.Plus:
      case Tok.Question:
        return this.fail(RegexError.BadRepeat);
      case Tok.Anchor: {
        // An anchor cannot be repeated: glibc returns before looking for `*` (so `^*` fails).
        const a = this.val;
        if (a != Assertion.LineStart && a != Assertion.LineEnd) this.result.hasWordAssertions = true;
        tree = Node.of(Kind.Assert, a);
        this.next();
        tree.from = at;
        tree.to = this.tokAt;
        return tree;
      }
      case Tok.Period: {
        const set = newSet();
        setAddRange(set, 1, 255); // RE_DOT_NOT_NULL; newline included (RE_DOT_NEWLINE)
        tree = Node.bytes(set);
        break;
      }
      case Tok.Word:
      case Tok.NotWord: {
        const set = newSet();
        for (let b = 0; b < 256; b++) if (isWordByte(b)) setAdd(set, b);
        if (this.tok == Tok.NotWord) setInvert(set);
        tree = Node.bytes(set);
        break;
      }
      case Tok.Space:
      case Tok.NotSpace: {
        const set = newSet();
        addNamedClass(set, 'space');
        if (this.tok == Tok.NotSpace) setInvert(set);
        tree = Node.bytes(set);
        break;
      }
      case Tok.Alt:
      case Tok.End:
        return null;
      case Tok.Backslash:
        return this.fail(RegexError.Escape);
    }
    this.next();
    if (tree) {
      tree.from = at;
      tree.to = this.tokAt;
    }
    while (this.tok == Tok.Star || this.tok == Tok.Plus || this.tok == Tok.Question ||
           this.tok == Tok.OpenBrace) {
      tree = this.parseRepeat(tree);
      if (this.failed) return null;
      if (tree) {
        tree.from = at;
        tree.to = this.tokAt;
      }
    }
    return tree;
  }

  parseGroup(nest: i32): Node | null {
    if (nest > MAX_DEPTH) return this.fail(RegexError.Depth, this.tokAt);
    const index = this.result.groups++;
    const open = this.tokAt;
    this.next();
    let inner: Node | null = null;
    if (this.tok != Tok.CloseParen) {
      inner = this.parseAlternation(nest);
      if (this.failed) return null;
      if (this.tok != Tok.CloseParen) {
        this.openedAt = open;
        return this.fail(RegexError.Paren);
      }
    }
    if (index <= 8) this.completed |= 1 << index;
    const g = Node.of(Kind.Group, index + 1);
    g.kids.push(inner ? inner : new Node(Kind.Empty));
    return g;
  }

  /** glibc fetch_number: -1 no digits, -2 invalid; stops at `}` or `,` (left as the token). */
  fetchNumber(): i32 {
    let num = -1;
    for (;;) {
      this.next();
      if (this.tok == Tok.End) return -2;
      if (this.tok == Tok.CloseBrace || this.val == 0x2c) break;
      const c = this.val;
      num = this.tok != Tok.Char || c < 0x30 || c > 0x39 || num == -2
        ? -2
        : num == -1 ? c - 0x30 : min(RE_DUP_MAX + 1, num * 10 + c - 0x30);
    }
    return num;
  }

  parseRepeat(elem: Node | null): Node | null {
    let lo = 0;
    let hi = -1;
    if (this.tok == Tok.OpenBrace) {
      this.openedAt = this.tokAt;
      let start = this.fetchNumber();
      let end = 0;
      if (start == -1) {
        if (this.tok == Tok.Char && this.val == 0x2c) start = 0; // `{,n}` is `{0,n}`
        else return this.fail(RegexError.BadBrace);
      }
      if (start != -2) {
        end = this.tok == Tok.CloseBrace ? start
          : this.tok == Tok.Char && this.val == 0x2c ? this.fetchNumber() : -2;
      }
      if (start == -2 || end == -2) {
        return this.fail(this.tok == Tok.End ? RegexError.Brace : RegexError.BadBrace);
      }
      if ((end != -1 && start > end) || this.tok != Tok.CloseBrace) return this.fail(RegexError.BadBrace);
      if (RE_DUP_MAX < (end == -1 ? start : end)) return this.fail(RegexError.Size);
      lo = start;
      hi = end;
    } else {
      lo = this.tok == Tok.Plus ? 1 : 0;
      hi = this.tok == Tok.Question ? 1 : -1;
    }
    this.next();
    if (!elem) return null;
    if (lo == 0 && hi == 0) return null; // glibc drops `x{0}` entirely
    const r = new Node(Kind.Repeat);
    r.kids.push(elem);
    r.min = lo;
    r.max = hi;
    return r;
  }

  /**
   * Bracket expressions, as glibc's parse_bracket_exp in the C locale, including the order in
   * which it detects errors (a range or class is checked before the missing `]`).
   */
  parseBracket(): Node | null {
    const pat = this.pat;
    this.openedAt = this.tokAt;
    const set = newSet();
    let negate = false;
    if (this.pos >= pat.length) return this.fail(RegexError.BadPattern);
    if (pat[this.pos] == 0x5e) {
      negate = true;
      this.pos++;
      if (this.pos >= pat.length) return this.fail(RegexError.BadPattern);
    }
    let firstRound = true;
    for (;;) {
      // A leading `]` is an ordinary character; so is a leading `-`.
      const startAt = this.pos;
      const start = this.bracketElement(firstRound && pat[this.pos] == 0x5d, firstRound);
      if (this.failed) return null;
      firstRound = false;
      let end: BracketElement | null = null;
      if (start.kind != ElemKind.Class && start.kind != ElemKind.Equiv) {
        if (this.pos >= pat.length) return this.fail(RegexError.Bracket);
        if (pat[this.pos] == 0x2d) {
          this.pos++;
          if (this.pos >= pat.length) return this.fail(RegexError.Bracket);
          if (pat[this.pos] == 0x5d) {
            this.pos--; // the last `-` before `]` is an ordinary character
          } else {
            end = this.bracketElement(false, true);
            if (this.failed) return null;
          }
        }
      }
      if (end) {
        if (start.kind == ElemKind.Class || start.kind == ElemKind.Equiv ||
            end.kind == ElemKind.Class || end.kind == ElemKind.Equiv) return this.fail(RegexError.Range, startAt);
        if (!start.isSingle() || !end.isSingle()) return this.fail(RegexError.Collate, startAt);
        if (start.byte > end.byte) return this.fail(RegexError.Range, startAt);
        setAddRange(set, start.byte, end.byte);
      } else if (start.kind == ElemKind.Class) {
        if (!addNamedClass(set, start.name)) return this.fail(RegexError.CharClass, startAt);
      } else {
        if (!start.isSingle()) return this.fail(RegexError.Collate, startAt);
        setAdd(set, start.byte);
      }
      if (this.pos >= pat.length) return this.fail(RegexError.Bracket);
      if (pat[this.pos] == 0x5d) {
        this.pos++;
        break;
      }
    }
    if (negate) setInvert(set);
    return Node.bytes(set);
  }

  /**
   * One element: a byte, `[:class:]`, `[=c=]` or `[.c.]`. `literalClose` takes a leading `]` as
   * a byte; unless `acceptHyphen`, a `-` must come right before the closing `]` (else ERANGE).
   */
  bracketElement(literalClose: bool, acceptHyphen: bool): BracketElement {
    const pat = this.pat;
    const e = new BracketElement();
    const c = <i32>pat[this.pos];
    if (c == 0x5b && this.pos + 1 < pat.length) {
      const d = <i32>pat[this.pos + 1];
      if (d == 0x2e || d == 0x3d || d == 0x3a) {
        this.pos += 2;
        return this.bracketSymbol(d, e);
      }
    }
    this.pos++;
    if (c == 0x2d && !literalClose && !acceptHyphen) {
      if (this.pos >= pat.length || pat[this.pos] != 0x5d) {
        this.fail(RegexError.Range, this.pos - 1);
        return e;
      }
    }
    e.byte = c;
    e.nameLength = 1;
    return e;
  }

  /** `[:name:]`, `[=c=]`, `[.c.]` after their opening two bytes (glibc parse_bracket_symbol). */
  bracketSymbol(delim: i32, e: BracketElement): BracketElement {
    const pat = this.pat;
    if (this.pos >= pat.length) {
      this.fail(RegexError.Bracket);
      return e;
    }
    let name = '';
    let length = 0;
    for (;;) {
      if (length >= 32) {
        this.fail(RegexError.Bracket);
        return e;
      }
      const ch = <i32>pat[this.pos++];
      if (this.pos >= pat.length) {
        this.fail(RegexError.Bracket);
        return e;
      }
      if (ch == delim && pat[this.pos] == 0x5d) break;
      if (length == 0) e.byte = ch;
      name += String.fromCharCode(ch);
      length++;
    }
    this.pos++;
    e.kind = delim == 0x3a ? ElemKind.Class : delim == 0x3d ? ElemKind.Equiv : ElemKind.Collating;
    e.name = name;
    e.nameLength = length;
    return e;
  }
}

const enum ElemKind { Byte, Collating, Equiv, Class }

class BracketElement {
  kind: ElemKind = ElemKind.Byte;
  byte: i32 = 0;
  name: string = '';
  nameLength: i32 = 0;

  /** In the C locale a collating symbol or equivalence class is one byte (else ECOLLATE). */
  isSingle(): bool {
    return this.nameLength == 1;
  }
}

export function parseRegex(pat: Uint8Array): ParsedRegex {
  const p = new Parser(pat);
  p.next();
  const root = p.parseAlternation(0);
  const r = p.result;
  if (r.error == RegexError.None) r.root = root ? root : new Node(Kind.Empty);
  if (r.root) {
    const deep = tooDeep(r.root!);
    if (deep) {
      r.root = null;
      r.error = RegexError.Depth;
      r.errorAt = max(0, deep.from);
    }
  }
  return r;
}

/**
 * The first group or repetition found inside MAX_DEPTH others (repetitions of repetitions, `a**`,
 * nest too), or null; without recursion. Sequences and alternatives between them are not counted.
 */
function tooDeep(root: Node): Node | null {
  const nodes: Node[] = [root];
  const depths: i32[] = [0];
  while (nodes.length > 0) {
    const n = nodes.pop();
    let d = depths.pop();
    if (n.kind == Kind.Group || n.kind == Kind.Repeat) d++;
    if (d > MAX_DEPTH) return n;
    for (let i = 0; i < n.kids.length; i++) {
      nodes.push(n.kids[i]);
      depths.push(d);
    }
  }
  return null;
}

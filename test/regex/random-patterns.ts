/**
 * @fileoverview Seeded random regular expressions and subjects for the differential tests:
 * well-formed patterns built from every operator of D1 (and the GNU ones glibc also knows), plus
 * "token soup" that exercises the error paths. Small alphabet, so matches are frequent.
 */

/** mulberry32: small, fast, good enough to spread test cases; same seed, same cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Two kinds of pattern where glibc's matcher is wrong by its own rules, so exact agreement on
 * matches is not the goal there (compile results are still compared):
 *  - a back-reference to a group inside a repetition or an alternative: glibc's back-reference
 *    matcher is inconsistent, e.g. `(b){0,2}\1` does not match "bb", `c(){0,2}\1` not "c";
 *  - `\B` right after a repeated atom: glibc reports matches where `\B` does not hold, e.g.
 *    `b*\B` on "ab" gives [2,2).
 * test/regex/glibc-bugs.test.ts pins each with examples.
 */
export interface GlibcBugClasses {
  shakyBackReference: boolean;
  notBoundaryAfterRepeat: boolean;
}

export class PatternGenerator {
  private groups: boolean[] = [];
  /** > 0 inside a repeated atom or an alternative: groups made there are "shaky". */
  private shaky = 0;
  private sawQuantifier = false;
  flags: GlibcBugClasses = { shakyBackReference: false, notBoundaryAfterRepeat: false };
  constructor(private readonly rand: () => number) {}

  private int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  private chance(p: number): boolean {
    return this.rand() < p;
  }

  pattern(): string {
    this.groups = [];
    this.shaky = 0;
    this.sawQuantifier = false;
    this.flags = { shakyBackReference: false, notBoundaryAfterRepeat: false };
    if (this.chance(0.2)) {
      const soup = this.soup();
      this.flags = {
        shakyBackReference: /\\[1-9]/.test(soup),
        notBoundaryAfterRepeat: /[*+?}].*\\B/.test(soup),
      };
      return soup;
    }
    return this.alternation(0);
  }

  private alternation(depth: number): string {
    const n = this.chance(0.7) ? 1 : 2 + this.int(2);
    if (n > 1) this.shaky++;
    const branches: string[] = [];
    for (let i = 0; i < n; i++) branches.push(this.chance(0.06) ? '' : this.branch(depth));
    if (n > 1) this.shaky--;
    return branches.join('|');
  }

  private branch(depth: number): string {
    const n = 1 + this.int(4);
    let s = '';
    for (let i = 0; i < n; i++) s += this.piece(depth);
    return s;
  }

  private piece(depth: number): string {
    const quantified = this.chance(0.35);
    if (quantified) this.shaky++;
    const atom = this.atom(depth);
    if (quantified) this.shaky--;
    const anchor = atom.startsWith('\\') && '<>bB'.includes(atom[1] ?? '') || atom === '^' || atom === '$';
    if (atom === '\\B' && this.sawQuantifier) this.flags.notBoundaryAfterRepeat = true;
    if (anchor || !quantified) {
      return atom; // anchors cannot be repeated (glibc rejects `^*`; the soup tests that)
    }
    let q = this.quantifier();
    if (this.chance(0.08)) q += this.quantifier();
    this.sawQuantifier = true;
    return atom + q;
  }

  private quantifier(): string {
    const m = this.int(3);
    const n = m + this.int(3);
    return this.pick(['*', '*', '+', '+', '?', '?', `{${m}}`, `{${m},}`, `{${m},${n}}`, `{,${n}}`]);
  }

  private atom(depth: number): string {
    const r = this.rand();
    if (r < 0.42) return this.pick(['a', 'b', 'c', 'a', 'b', ' ', '-', '1']);
    if (r < 0.5) return '.';
    if (r < 0.6) return this.bracket();
    if (r < 0.72 && depth < 3) {
      this.groups.push(this.shaky > 0);
      const inner = this.chance(0.05) ? '' : this.alternation(depth + 1);
      return `(${inner})`;
    }
    if (r < 0.78) return this.pick(['^', '$']);
    if (r < 0.86) return this.pick(['\\b', '\\B', '\\<', '\\>', '\\w', '\\W', '\\s', '\\S']);
    if (r < 0.93 && this.groups.length > 0) {
      const k = this.int(this.groups.length);
      if (this.groups[k]) this.flags.shakyBackReference = true;
      return `\\${k + 1}`;
    }
    return this.pick(['\\.', '\\*', '\\(', '\\)', '\\{', '\\|', '\\+', '\\\\', '\\a', '}', ')']);
  }

  private bracket(): string {
    let s = '[';
    if (this.chance(0.3)) s += '^';
    if (this.chance(0.1)) s += ']';
    if (this.chance(0.1)) s += '-';
    const n = 1 + this.int(3);
    for (let i = 0; i < n; i++) {
      s += this.pick(['a', 'b', 'c', ' ', '1', '.', '*', 'a-c', 'b-c', '0-9', '[:alpha:]', '[:digit:]',
        '[:space:]', '[:punct:]', '[:alnum:]', '[:upper:]', '[=a=]', '[.b.]', '\\']);
    }
    if (this.chance(0.1)) s += '-';
    return s + ']';
  }

  /** Random tokens: mostly invalid patterns, to compare the errors. */
  private soup(): string {
    const tokens = ['a', 'b', '(', ')', '|', '*', '+', '?', '{', '}', '1', ',', '2', '[', ']', '^', '$',
      '\\', '.', '-', ':', '=', '\\1', '\\2', '[:alpha:]', '{1,2}', '\\b', '\\<'];
    let s = '';
    const n = 1 + this.int(7);
    for (let i = 0; i < n; i++) s += this.pick(tokens);
    return s;
  }

  subject(pattern: string): string {
    const literal = pattern.replace(/[^a-c1 -]/g, '');
    if (literal && this.chance(0.25)) {
      // A subject built from the pattern's own letters matches more often.
      let s = '';
      for (let i = 0; i < literal.length; i++) if (this.chance(0.8)) s += literal[i];
      return s;
    }
    const alphabet = 'aabbc -_1.A';
    let s = '';
    const n = this.int(11);
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

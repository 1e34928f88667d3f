/**
 * @fileoverview The epsilon closure of the program at one position: which byte-consuming
 * instructions are reachable from an instruction without consuming, given the byte before
 * (`prev`) and the byte after (`next`, -1 at either end) for the assertions. Shared by the Pike VM
 * (pike.ts) and the lazy DFA (dfa.ts).
 *
 * A walk carries glibc's constraint flag (see compile.ts, Op.AssertIfConstrained): set once an
 * enforced anchor was passed, it makes later non-propagating anchors count. Visited states are
 * (instruction, flag) pairs, marked per generation so one generation can span several walks
 * (the Pike VM walks once per thread; the first walk to reach an instruction wins).
 */
import { Op, Program } from './compile';
import { assertionHolds } from './pike';

export class Closure {
  prog: Program;
  marks: StaticArray<i32>;
  stack: StaticArray<i32>;
  gen: i32 = 0;
  /** Consuming instructions reached, in the order first reached, over the whole generation. */
  consuming: i32[] = [];
  private reachedConsuming: StaticArray<i32>;

  constructor(prog: Program) {
    this.prog = prog;
    const n = prog.length;
    this.marks = new StaticArray<i32>(2 * n);
    this.reachedConsuming = new StaticArray<i32>(n);
    this.stack = new StaticArray<i32>(4 * n + 2);
  }

  /** Starts a new generation: nothing visited, no consuming instruction collected. */
  begin(): void {
    this.gen++;
    this.consuming.length = 0;
  }

  /** Walks from `pc`; appends newly reached consuming instructions; true if Match was reached. */
  walk(pc0: i32, prev: i32, next: i32): bool {
    const code = this.prog.code;
    const marks = this.marks;
    const stack = this.stack;
    const gen = this.gen;
    const propagate = this.prog.hasLostAnchors ? 1 : 0;
    let matched = false;
    let sp = 0;
    unchecked(stack[sp++] = pc0 << 1);
    while (sp > 0) {
      const entry = unchecked(stack[--sp]);
      if (unchecked(marks[entry]) == gen) continue;
      unchecked(marks[entry] = gen);
      const pc = entry >> 1;
      const c = entry & 1;
      const i = pc * 3;
      switch (unchecked(code[i])) {
        case Op.Byte:
        case Op.Set:
          if (unchecked(this.reachedConsuming[pc]) != gen) {
            unchecked(this.reachedConsuming[pc] = gen);
            this.consuming.push(pc);
          }
          break;
        case Op.Split:
          unchecked(stack[sp++] = (code[i + 2] << 1) | c);
          unchecked(stack[sp++] = (code[i + 1] << 1) | c);
          break;
        case Op.Jump:
          unchecked(stack[sp++] = (code[i + 1] << 1) | c);
          break;
        case Op.Assert:
          if (assertionHolds(unchecked(code[i + 1]), prev, next)) unchecked(stack[sp++] = ((pc + 1) << 1) | propagate);
          break;
        case Op.AssertIfConstrained:
          if (c == 0 || assertionHolds(unchecked(code[i + 1]), prev, next)) unchecked(stack[sp++] = ((pc + 1) << 1) | c);
          break;
        case Op.Match:
          matched = true;
          break;
        default: // Save, LoopEnter, LoopCheck: no effect on where a match starts or ends
          unchecked(stack[sp++] = ((pc + 1) << 1) | c);
      }
    }
    return matched;
  }
}

/**
 * @fileoverview The playground's regex box: a pattern as the core parses it (its syntax tree, each
 * node with where it is written) and its leftmost-longest match in a sample with the sub-matches,
 * so the page explains exactly what the core's engine sees. JSON out; nothing here runs in a policy.
 */
import { setHas } from './charclass';
import { Backtracker, BacktrackResult } from './backtrack';
import { BACKTRACK_BUDGET, compilePattern, MatchResult } from './regex';
import { Kind, Node, parseRegex, regexErrorMessage } from './syntax';
import { JsonWriter } from '../util/json';

/** A byte set as its ranges [lo, hi, lo, hi, …] (inclusive). */
function ranges(node: Node): string {
  const set = node.set!;
  const out: string[] = [];
  let b = 0;
  while (b < 256) {
    if (!setHas(set, b)) { b++; continue; }
    let e = b;
    while (e + 1 < 256 && setHas(set, e + 1)) e++;
    out.push(b.toString());
    out.push(e.toString());
    b = e + 1;
  }
  return '[' + out.join(',') + ']';
}

const KINDS = ['empty', 'bytes', 'cat', 'alt', 'repeat', 'group', 'assert', 'backref'];

function tree(node: Node): string {
  const w = new JsonWriter().str('kind', KINDS[<i32>node.kind]).int('from', node.from).int('to', node.to);
  if (node.kind == Kind.Bytes) w.field('set', ranges(node));
  if (node.kind == Kind.Group || node.kind == Kind.Assert || node.kind == Kind.BackRef) w.int('value', node.value);
  if (node.kind == Kind.Repeat) w.int('min', node.min).int('max', node.max);
  if (node.kids.length > 0) {
    const kids: string[] = [];
    for (let i = 0; i < node.kids.length; i++) kids.push(tree(node.kids[i]));
    w.field('kids', '[' + kids.join(',') + ']');
  }
  return w.toString();
}

/**
 * {error, offset} for a pattern the core rejects; else {groups, tree, match}: match is null or
 * {start, end, groups: [start, end, …] per group, -1 where a group took no part}, or the string
 * "budget" when the search ran out of steps.
 */
export function explain(pattern: Uint8Array, subject: Uint8Array): string {
  const re = compilePattern(pattern);
  if (re.error != 0) return new JsonWriter().str('error', regexErrorMessage(re.error)).int('offset', re.errorAt).toString();
  const parsed = parseRegex(pattern);
  const prog = re.prog!;
  const w = new JsonWriter().int('groups', prog.groups).field('tree', tree(parsed.root!));
  // The match from the engine's own search; the sub-matches from a backtracker that keeps the
  // captures of the first path reaching the same (longest) end.
  const r = re.search(subject, 0, subject.length, 0);
  if (r == MatchResult.OutOfBudget) return w.str('match', 'budget').toString();
  if (r == MatchResult.NoMatch) return w.field('match', 'null').toString();
  const back = new Backtracker(prog, BACKTRACK_BUDGET);
  const caps = new StaticArray<i32>(2 * (prog.groups + 1));
  back.bestCaps = caps;
  const groups: string[] = [];
  const found = back.run(subject, 0, subject.length, re.matchStart, true);
  for (let g = 1; g <= prog.groups; g++) {
    const known = found == BacktrackResult.Match && back.matchEnd == re.matchEnd;
    groups.push((known ? caps[2 * g] : -1).toString());
    groups.push((known ? caps[2 * g + 1] : -1).toString());
  }
  const m = new JsonWriter().int('start', re.matchStart).int('end', re.matchEnd).field('groups', '[' + groups.join(',') + ']');
  return w.field('match', m.toString()).toString();
}

/**
 * @fileoverview The regex tester's core (docs/trace.md, "Testing a pattern"): what an editfiles
 * command's pattern selects in a file, with that command's own semantics and the core's own
 * matching: whole lines for the …Matching commands (D2), leftmost-longest spans for ReplaceAll
 * (D20), substring, prefix or line equality for the …Containing, …Starting and …SuchLine ones.
 */
import { compilePattern, replaceAll, ByteBuilder, MatchResult } from '../regex/regex';
import { regexErrorMessage } from '../regex/syntax';
import { JsonWriter } from '../util/json';
import { LineList } from './lines';

/** How `command` tests a line: spans, whole-line, substring, prefix, line, or '' (no pattern). */
export function semantics(command: string): string {
  if (command == 'ReplaceAll') return 'spans';
  if (command.endsWith('Matching') || command == 'BreakIfLineMatches' || command == 'BeginGroupIfNoMatch' ||
      command == 'WarnIfNoSuchLine') return 'whole-line'; // WarnIfNoSuchLine takes a regex (case 120)
  if (command.endsWith('Containing') || command == 'AppendToLineIfNotContains') return 'substring';
  if (command.endsWith('Starting')) return 'prefix';
  if (command.endsWith('SuchLine')) return 'line';
  return '';
}

function numbers(list: i32[]): string {
  const parts: string[] = [];
  for (let i = 0; i < list.length; i++) parts.push((list[i] + 1).toString());
  return '[' + parts.join(',') + ']';
}

/** The JSON answer: {semantics, lineCount, lines[, spans][, outOfBudget]} or {error, offset}. */
export function probe(command: string, pattern: Uint8Array, content: Uint8Array): string {
  const how = semantics(command);
  if (how.length == 0) {
    return new JsonWriter().str('error', command + ' takes no pattern').int('offset', -1).toString();
  }
  const lines = LineList.split(content);
  const n = lines.length;
  const hit: i32[] = [];
  const budget: i32[] = [];
  const spans: string[] = [];
  if (how == 'whole-line' || how == 'spans') {
    const re = compilePattern(pattern);
    if (re.error != 0) {
      return new JsonWriter().str('error', regexErrorMessage(re.error)).int('offset', re.errorAt).toString();
    }
    const required = re.required;
    const out = new ByteBuilder();
    const pairs: i32[] = [];
    for (let i = 0; i < n; i++) {
      if (how == 'whole-line') {
        if (required && !lines.contains(i, required)) continue;
        const r = lines.match(re, i);
        if (r == MatchResult.Match) hit.push(i);
        else if (r == MatchResult.OutOfBudget) budget.push(i);
        continue;
      }
      out.length = 0;
      pairs.length = 0;
      const count = replaceAll(re, lines.buffer(i), lines.base(i), lines.lineLength(i), new Uint8Array(0), out, pairs);
      if (count < 0) budget.push(i);
      else if (count > 0) {
        hit.push(i);
        const parts: string[] = [];
        for (let k = 0; k < pairs.length; k++) parts.push(pairs[k].toString());
        spans.push('{"line":' + (i + 1).toString() + ',"spans":[' + parts.join(',') + ']}');
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const yes = how == 'substring' ? lines.contains(i, pattern)
        : how == 'prefix' ? lines.startsWith(i, pattern) : lines.equals(i, pattern);
      if (yes) hit.push(i);
    }
  }
  const w = new JsonWriter().str('semantics', how).int('lineCount', n).field('lines', numbers(hit));
  if (how == 'spans') w.field('spans', '[' + spans.join(',') + ']');
  if (budget.length > 0) w.field('outOfBudget', numbers(budget));
  return w.toString();
}

/**
 * @fileoverview What is under the policy editor's cursor: a regex argument (the regex tester:
 * what it selects in the file, asked of the core's matchPattern in the language worker) or a
 * class selector ("why did (not) this rule fire": its value in the last run and each part's,
 * with where each class came from, the core's classOrigins). The page calls `inspect` on every
 * cursor move, analysis and run.
 */
import type { TraceEvent } from '../../host/api/browser.js';
import type { ClassExpression } from '../../host/ir/types.js';
import type { PatternMatch } from '../../host/api/browser.js';
import type { ClassOrigin, CommandInfo, PatternAnswer, PolicyStructure } from './protocol.js';
import { selectorParts, within } from './selector.js';
import { VirtualList } from './virtual-list.js';

/** The regex argument under the cursor: its command, the pattern as the command gets it, and the file to test. */
export interface PatternTarget {
  command: CommandInfo;
  pattern: string;
  /** Why the pattern is only approximate (variables the run did not expand), or null. */
  caveat: string | null;
  file: string;
  content: Uint8Array;
}

/** The command and argument index of the argument under the cursor, if it may be a pattern. */
function argumentAt(structure: PolicyStructure, line: number, column: number): { command: CommandInfo; arg: number } | null {
  for (const c of structure.commands) {
    if (!within(c.loc, line, column)) continue;
    const arg = c.args.findIndex(a => within(a.loc, line, column));
    // The pattern is the first argument (ReplaceAll "pattern" With "text"); whether the command
    // takes one at all is the core's answer (matchPattern: "… takes no pattern").
    if (arg !== 0) return null;
    return { command: c, arg };
  }
  return null;
}

/**
 * Where the pattern's `column` (1-based, in the pattern as the command gets it) is written in the
 * policy: the argument's start, past its quote, counting `\\` as one character. Null when the
 * pattern came from variables (its characters are not in the policy).
 */
export function patternColumnInPolicy(target: PatternTarget, column: number): { line: number; column: number } | null {
  const arg = target.command.args[0];
  if (arg.hasVariables || arg.loc.line !== arg.loc.endLine) return null;
  let at = arg.loc.column + (arg.quoted ? 1 : 0);
  for (let i = 1, k = 0; i < column && k < arg.raw.length; i++) {
    const step = arg.quoted && arg.raw.startsWith('\\\\', k) ? 2 : 1;
    k += step;
    at += step;
  }
  return { line: arg.loc.line, column: at };
}

/** The pattern as the command gets it: the run's expanded argument when the command was reached, else as written. */
export function patternTarget(structure: PolicyStructure, line: number, column: number, trace: TraceEvent[] | undefined,
  files: { path: string; type: string; bytes?: Uint8Array }[], selected: string | null): PatternTarget | null {
  const hit = argumentAt(structure, line, column);
  if (!hit) return null;
  const { command, arg } = hit;
  const raw = command.args[arg];
  const reached = (trace ?? []).find(e => e.event === 'edit' && e.at?.line === command.loc.line && e.at.column === command.loc.column);
  let pattern = raw.quoted ? raw.raw.replace(/\\\\/g, '\\') : raw.raw;
  let caveat: string | null = null;
  if (reached && reached.event === 'edit' && reached.args[arg] !== undefined) pattern = reached.args[arg];
  else if (raw.hasVariables) caveat = 'the run did not reach this command, so its variables are not expanded';
  // The file the block edits, when it is among the files; else the file selected in Files.
  const block = reached && reached.event === 'edit' ? reached.file : command.file;
  const node = files.find(f => f.path === block && f.type === 'file') ?? files.find(f => f.path === selected && f.type === 'file');
  if (!node) return { command, pattern, caveat, file: '', content: new Uint8Array() };
  return { command, pattern, caveat, file: node.path, content: node.bytes ?? new Uint8Array() };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/** The regex tester's results tab: the answer, and the file with what the pattern selects highlighted. */
export class RegexView {
  private lines: string[] = [];
  private match: PatternMatch | null = null;
  private spans = new Map<number, [number, number][]>();
  private readonly head: HTMLDivElement;
  private readonly list: VirtualList;

  constructor(root: HTMLElement) {
    this.head = el('div', { className: 'regex-head' });
    this.list = new VirtualList(i => this.row(i), 18, 'File with the pattern\'s matches');
    this.list.element.classList.add('regex-file');
    // A named scrolling region (axe: a bare div may not carry aria-label).
    this.list.element.setAttribute('role', 'region');
    root.replaceChildren(this.head, this.list.element);
    this.clear();
  }

  clear(): void {
    this.head.replaceChildren(el('p', { className: 'hint', textContent: 'Put the cursor on a regex argument in the policy (LocateLineMatching, DeleteLinesMatching, ReplaceAll, BeginGroupIfNoLineMatching, …) to see what it matches.' }));
    this.lines = [];
    this.match = null;
    this.list.set(0);
  }

  /** Shows the core's answer for the target; returns a one-line summary for the inspector. */
  show(target: PatternTarget, answer: PatternAnswer): { text: string; bad: boolean } {
    const text = new TextDecoder().decode(target.content);
    this.lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    this.spans = new Map();
    const title = el('div', { className: 'regex-title' }, el('code', { textContent: target.command.name }), ' ', el('code', { className: 'pattern', textContent: JSON.stringify(target.pattern) }), target.file ? ` in ${target.file}` : '', target.file ? el('span', { className: 'hint', textContent: ' (as in Files, before the run; the Debug tab shows each step\'s file)' }) : '');
    const out: Node[] = [title];
    let summary: { text: string; bad: boolean };
    if ('error' in answer) {
      this.match = null;
      if (answer.offset < 0) summary = { text: answer.error, bad: false };
      else {
        // The pattern with a caret under the column the core names.
        const caret = `${' '.repeat(Math.max(answer.column - 1, 0))}^`;
        out.push(el('pre', { className: 'regex-error', textContent: `${target.pattern}\n${caret} ${answer.message}` }));
        summary = { text: `invalid regex: ${answer.message}`, bad: true };
      }
    } else {
      this.match = answer;
      for (const s of answer.spans ?? []) this.spans.set(s.line, s.text);
      const n = answer.lines.length;
      const what = answer.semantics === 'spans' ? `${n} line(s), ${(answer.spans ?? []).reduce((k, s) => k + s.text.length, 0)} span(s) replaced (leftmost-longest)`
        : answer.semantics === 'whole-line' ? `${n} of ${answer.lineCount} line(s) match as whole lines` : `${n} of ${answer.lineCount} line(s) selected (${answer.semantics}, no regex)`;
      summary = !target.file ? { text: 'no file to test against: select one in Files', bad: true }
        : n === 0 ? { text: `matches no line of ${target.file}`, bad: true } : { text: what, bad: false };
      out.push(el('p', { className: summary.bad ? 'bad regex-summary' : 'ok regex-summary', textContent: n === 0 && target.file ? `Matches no line of ${target.file} (${answer.lineCount} line(s))${answer.semantics === 'whole-line' ? ': the pattern must match a whole line' : ''}.` : summary.text }));
      if (answer.outOfBudget?.length) out.push(el('p', { className: 'hint', textContent: `Lines ${answer.outOfBudget.join(', ')}: the back-reference search gave up (a run treats them as not matching).` }));
    }
    if (target.caveat) out.push(el('p', { className: 'hint', textContent: `Tested as written: ${target.caveat}.` }));
    this.head.replaceChildren(...out);
    this.list.set(this.lines.length);
    const first = this.match?.lines[0];
    this.list.reveal(first ? first - 1 : 0);
    return summary;
  }

  private row(i: number): HTMLElement {
    const line = this.lines[i];
    const hit = this.match?.lines.includes(i + 1) ?? false;
    const text = el('span', { className: 'text' });
    const spans = this.spans.get(i + 1);
    if (spans) {
      let at = 0;
      for (const [s, e] of spans) {
        text.append(line.slice(at, s), el('mark', { textContent: line.slice(s, e) }));
        at = e;
      }
      text.append(line.slice(at));
    } else text.textContent = line;
    return el('div', { className: `line${hit ? ' matched' : ''}` }, el('span', { className: 'no', textContent: String(i + 1) }), text);
  }

  /** For the tests: the lines highlighted and the spans marked. */
  snapshot(): { lines: number[]; spans: { line: number; text: string[] }[] } {
    return {
      lines: this.match?.lines ?? [],
      spans: [...this.spans].map(([line, s]) => ({ line, text: s.map(([a, b]) => this.lines[line - 1].slice(a, b)) })),
    };
  }
}

/** The selector under the cursor (the innermost `when` tree containing it), or null. */
export function selectorAt(structure: PolicyStructure, line: number, column: number): ClassExpression | null {
  return structure.selectors.find(s => within(s.loc, line, column)) ?? null;
}

/** "Why did (not) this rule fire": the selector's value with the last run's classes, part by part. */
export function whyPanel(selector: ClassExpression, policy: string, classes: ClassOrigin[] | null): HTMLElement {
  const lines = policy.split('\n');
  const textOf = (e: ClassExpression) => {
    const { line, column, endLine, endColumn } = e.loc;
    if (line === endLine) return lines[line - 1]?.slice(column - 1, endColumn - 1) ?? '';
    return [lines[line - 1]?.slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1]?.slice(0, endColumn - 1)].join('\n');
  };
  const box = el('div', { className: 'why' });
  if (!classes) {
    box.append(el('p', { className: 'hint', textContent: `Selector ${textOf(selector)}:: — run the policy to see its value.` }));
    return box;
  }
  const defined = new Map(classes.map(c => [c.name, c.origin]));
  const parts = selectorParts(selector, defined, textOf);
  box.append(el('div', { className: 'why-title' }, 'Selector ', el('code', { textContent: `${textOf(selector)}::` }), ` is ${parts[0].value ? 'true' : 'false'} with the classes defined at the end of the last run`));
  const list = el('ul', { className: 'why-parts' });
  for (const p of parts) {
    const value = el('span', { className: p.value ? 'ok value' : 'bad value', textContent: p.value ? '✓ true' : '✗ false' });
    const what = p.kind === 'class' ? (p.origin ? `defined: ${p.origin}` : 'not defined in the last run')
      : p.kind === 'not' ? 'not' : p.kind === 'and' ? 'and (. or &)' : 'or (|)';
    const li = el('li', {}, value, ' ', el('code', { textContent: p.text }), el('span', { className: 'hint', textContent: ` — ${what}${p.note ? `; ${p.note}` : ''}` }));
    li.style.paddingLeft = `${p.depth * 1.2}em`;
    li.dataset.part = p.text;
    li.dataset.value = String(p.value);
    list.append(li);
  }
  box.append(list);
  return box;
}

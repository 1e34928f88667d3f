/**
 * @fileoverview The Regex tab's free regex box: any POSIX ERE and a sample line, asked of the
 * core (explainPattern in the language worker: its own parser and engine, never JavaScript's):
 * the leftmost-longest match with each group's sub-match, each part of the pattern in words,
 * and a bad pattern's error with a caret at its column.
 */
import type { PatternError, PatternExplanation } from '../../host/api/browser.js';
import { el } from './dom.js';
import { lang } from './run.js';

export class RegexBox {
  readonly element: HTMLElement;
  private readonly pattern: HTMLInputElement;
  private readonly sample: HTMLInputElement;
  private readonly out: HTMLDivElement;
  private seq = 0;
  /** The answer drawn last (the tests read it). */
  last: PatternExplanation | PatternError | null = null;

  constructor() {
    this.pattern = el('input', { id: 'regex-input', spellcheck: false, autocomplete: 'off', placeholder: '^(foo|bar)[0-9]+$', value: '([a-z]+)=([0-9]*)' });
    this.sample = el('input', { id: 'regex-sample', spellcheck: false, autocomplete: 'off', placeholder: 'a line of a file', value: 'port=8080 # web' });
    this.out = el('div', { id: 'regex-result', className: 'regex-result' });
    this.out.setAttribute('aria-live', 'polite');
    this.element = el('section', { className: 'regex-box' },
      el('h3', { textContent: 'Try any regex (POSIX ERE, matched by the core as a line of a file)' }),
      el('label', {}, 'Regex ', this.pattern), el('label', {}, 'Sample line ', this.sample), this.out);
    this.element.setAttribute('aria-label', 'Try any regex');
    for (const input of [this.pattern, this.sample]) input.addEventListener('input', () => void this.update());
  }

  /** Asks the core and draws its answer (a newer keystroke's answer wins). */
  async update(): Promise<void> {
    const seq = ++this.seq;
    const answer = await lang.request<PatternExplanation | PatternError>({ op: 'explain', pattern: this.pattern.value, sample: this.sample.value });
    if (seq !== this.seq) return;
    this.last = answer;
    this.out.replaceChildren(...('error' in answer ? this.error(answer) : this.explained(answer)));
  }

  private error(e: PatternError): Node[] {
    const caret = `${' '.repeat(Math.max(e.column - 1, 0))}^`;
    return [el('pre', { className: 'regex-error', textContent: `${this.pattern.value}\n${caret} ${e.message}` })];
  }

  private explained(x: PatternExplanation): Node[] {
    const out: Node[] = [];
    const s = this.sample.value;
    if (x.match === 'budget') out.push(el('p', { className: 'bad regex-match', textContent: 'The back-reference search gave up on this line (a run treats it as not matching).' }));
    else if (x.match === null) out.push(el('p', { className: 'bad regex-match', textContent: 'No match in the sample line.' }));
    else {
      const m = x.match;
      const whole = m.start === 0 && m.end === s.length;
      out.push(el('p', { className: 'ok regex-match' }, 'Leftmost-longest match: ', el('code', {}, s.slice(0, m.start), el('mark', { textContent: m.text }), s.slice(m.end)),
        ` (characters ${m.start + 1}-${m.end}${m.text === '' ? ', empty' : ''}${whole ? '; the whole line, so …Matching commands select it' : '; not the whole line: …LinesMatching commands need that'})`));
      if (m.groups.length) {
        const rows = m.groups.map((g, i) => el('tr', {}, el('td', { textContent: `\\${i + 1}` }), el('td', {}, g ? el('code', { textContent: g.text }) : el('span', { className: 'hint', textContent: 'took no part in the match' }))));
        out.push(el('table', { className: 'regex-groups' }, el('thead', {}, el('tr', {}, el('th', { textContent: 'Group' }), el('th', { textContent: 'Sub-match' }))), el('tbody', {}, ...rows)));
      }
    }
    const list = el('ul', { className: 'regex-parts', ariaLabel: 'The regex part by part' });
    for (const p of x.parts) {
      const li = el('li', {}, el('code', { textContent: p.text || '(empty)' }), ` ${p.what}`);
      li.style.paddingLeft = `${p.depth * 1.2}em`;
      list.append(li);
    }
    out.push(list);
    return out;
  }
}

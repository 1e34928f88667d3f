/**
 * @fileoverview The Facts pane: host name, domain, clock, -D/-N classes, a checkbox for each
 * class the policy tests, and the classes the last run defined with where each came from.
 */
import { $, el } from './dom.js';
import { schedule } from './run.js';
import { emit, on, store } from './store.js';

export const splitClasses = (s: string) => s.split(/[\s,:.]+/).filter(Boolean);
const toLocal = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 16);

function renderFacts(): void {
  const { facts } = store.state;
  $<HTMLInputElement>('hostname').value = facts.hostname;
  $<HTMLInputElement>('domain').value = facts.domain;
  $<HTMLInputElement>('now').value = toLocal(facts.now);
  $<HTMLInputElement>('define').value = facts.define.join(',');
  $<HTMLInputElement>('negate').value = facts.negate.join(',');
  $<HTMLSelectElement>('mode').value = store.state.dryRun ? 'plan' : 'apply';
  renderClassToggles();
}

/** Checkboxes for the classes the policy's selectors name (from the highlight captures). */
function renderClassToggles(): void {
  const { state, highlights } = store;
  const box = $('class-toggles');
  const names = new Set<string>();
  if (highlights.text === state.policy) {
    for (const h of highlights.highlights) {
      if (h.capture !== 'label') continue;
      for (const n of state.policy.slice(h.from, h.to).split(/[^A-Za-z0-9_]+/)) if (n && !/^\d/.test(n) && n !== 'any') names.add(n);
    }
  }
  for (const n of state.facts.define) names.add(n);
  box.replaceChildren(el('legend', { textContent: 'Classes the policy tests (checked: defined with -D)' }));
  for (const n of [...names].sort()) {
    const cb = el('input', { type: 'checkbox', checked: state.facts.define.includes(n) });
    cb.dataset.class = n;
    cb.addEventListener('change', () => {
      const f = store.state.facts;
      f.define = cb.checked ? [...f.define, n] : f.define.filter(d => d !== n);
      $<HTMLInputElement>('define').value = f.define.join(',');
      schedule(0);
      emit('edit');
    });
    box.append(el('label', {}, cb, ` ${n}`));
  }
}

function renderClasses(): void {
  const classes = $('classes').querySelector('tbody')!;
  classes.replaceChildren(...(store.lastReport?.first.classes ?? []).map(c => el('tr', {}, el('td', { textContent: c.name }), el('td', { textContent: c.origin }))));
}

export function wireFacts(): void {
  const fact = (id: string, apply: (v: string) => void) => $<HTMLInputElement>(id).addEventListener('input', e => {
    apply((e.target as HTMLInputElement).value);
    schedule();
    emit('edit');
  });
  const facts = () => store.state.facts;
  fact('hostname', v => { facts().hostname = v.trim() || 'localhost'; });
  fact('domain', v => { facts().domain = v.trim(); });
  fact('now', v => { const t = Date.parse(`${v}:00Z`); if (!Number.isNaN(t)) facts().now = t / 1000; });
  fact('define', v => { facts().define = splitClasses(v); renderClassToggles(); });
  fact('negate', v => { facts().negate = splitClasses(v); });
  $<HTMLSelectElement>('mode').addEventListener('change', e => {
    store.state.dryRun = (e.target as HTMLSelectElement).value === 'plan';
    schedule(0);
    emit('edit');
  });
  on('loaded', renderFacts);
  on('analysis', renderClassToggles);
  on('report', renderClasses);
}

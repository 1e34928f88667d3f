/**
 * @fileoverview The Facts pane: host name, domain, clock, -D/-N classes, the system to pretend to
 * be (the JS API's OS presets: OS and hard classes), the files' times, a checkbox for each class
 * the policy tests, and the classes the last run defined with where each came from.
 */
import { OS_PRESETS, systemClasses } from '../../host/api/facts.js';
import type { FileTimes } from '../../host/api/browser.js';
import { $, el } from './dom.js';
import { schedule } from './run.js';
import { emit, on, store } from './store.js';

export const splitClasses = (s: string) => s.split(/[\s,:.]+/).filter(Boolean);
const toLocal = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 16);
/** A datetime-local value (UTC) as seconds since the epoch, or undefined when empty or invalid. */
const fromLocal = (v: string): number | undefined => {
  const t = Date.parse(`${v.length === 16 ? `${v}:00` : v}Z`);
  return v && !Number.isNaN(t) ? t / 1000 : undefined;
};
const TIME_KINDS = ['atime', 'mtime', 'ctime'] as const;

function renderFacts(): void {
  const { facts } = store.state;
  $<HTMLInputElement>('hostname').value = facts.hostname;
  $<HTMLInputElement>('domain').value = facts.domain;
  $<HTMLInputElement>('now').value = toLocal(facts.now);
  $<HTMLInputElement>('define').value = facts.define.join(',');
  $<HTMLInputElement>('negate').value = facts.negate.join(',');
  $<HTMLSelectElement>('mode').value = store.state.dryRun ? 'plan' : 'apply';
  renderSystem();
  renderTimes();
  renderClassToggles();
}

/** The preset chosen and the hard classes it gives (the OS class first). */
function renderSystem(): void {
  const os = store.state.facts.os ?? '';
  $<HTMLSelectElement>('os-preset').value = os;
  const system = OS_PRESETS[os];
  $('os-classes').textContent = system ? `Hard classes: ${[system.osClass, ...systemClasses(system)].join(' ')}` : 'A plain linux host: only the OS class linux and the time classes.';
}

let optionsKey = '';

/** The paths whose times can be set, the one chosen, its times, and every path with times set. */
function renderTimes(): void {
  const files = store.state.files.filter(f => f.type !== 'link');
  const select = $<HTMLSelectElement>('time-path');
  const chosen = select.value;
  // Redrawn only when the paths (or which have times) changed: this runs on every edit while the pane shows.
  const key = files.map(f => `${f.path}${f.times ? '\u0001' : ''}`).join('\n');
  if (key !== optionsKey) {
    optionsKey = key;
    select.replaceChildren(...files.map(f => el('option', { value: f.path, textContent: `${f.path}${f.times ? ' (times set)' : ''}` })));
  }
  select.value = files.some(f => f.path === chosen) ? chosen : (files.find(f => f.times) ?? files[0])?.path ?? '';
  const node = files.find(f => f.path === select.value);
  for (const k of TIME_KINDS) {
    const input = $<HTMLInputElement>(`time-${k}`);
    input.disabled = !node;
    input.value = node?.times?.[k] !== undefined ? toLocal(node.times[k]!) : '';
  }
  const set = files.filter(f => f.times);
  $('times-set').textContent = set.length === 0 ? 'Every path has the time of the run.'
    : `Set: ${set.map(f => `${f.path} (${TIME_KINDS.filter(k => f.times![k] !== undefined).map(k => `${k} ${toLocal(f.times![k]!).replace('T', ' ')}`).join(', ')})`).join('; ')}`;
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
  $<HTMLSelectElement>('os-preset').replaceChildren(
    el('option', { value: '', textContent: 'plain linux (time classes only)' }),
    ...Object.keys(OS_PRESETS).map(name => el('option', { value: name, textContent: name })));
  $<HTMLSelectElement>('os-preset').addEventListener('change', e => {
    const v = (e.target as HTMLSelectElement).value;
    if (v) facts().os = v;
    else delete facts().os;
    renderSystem();
    schedule(0);
    emit('edit');
  });
  $<HTMLSelectElement>('time-path').addEventListener('change', renderTimes);
  for (const k of TIME_KINDS) {
    $<HTMLInputElement>(`time-${k}`).addEventListener('change', e => {
      const node = store.state.files.find(f => f.path === $<HTMLSelectElement>('time-path').value);
      if (!node) return;
      const t: FileTimes = { ...node.times };
      const v = fromLocal((e.target as HTMLInputElement).value);
      if (v === undefined) delete t[k];
      else t[k] = v;
      if (Object.keys(t).length) node.times = t;
      else delete node.times;
      renderTimes();
      schedule(0);
      emit('edit');
    });
  }
  $<HTMLSelectElement>('mode').addEventListener('change', e => {
    store.state.dryRun = (e.target as HTMLSelectElement).value === 'plan';
    schedule(0);
    emit('edit');
  });
  on('loaded', renderFacts);
  // The Files pane adds, renames and deletes paths: the list follows while the pane shows.
  on('edit', () => { if (!$('facts-panel').hidden) renderTimes(); });
  $('tab-facts').addEventListener('click', renderTimes);
  on('analysis', renderClassToggles);
  on('report', renderClasses);
}

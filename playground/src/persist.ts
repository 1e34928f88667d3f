/**
 * @fileoverview Work kept in the browser: the whole state is saved in IndexedDB shortly after each
 * change and restored on reload, and a history keeps the last HISTORY_SIZE distinct states
 * (restorable from the History menu). Before an example, a case, a link or a history entry
 * replaces edited work, that work goes into the history and the status line offers an Undo.
 */
import type { PlaygroundState } from './state.js';
import { $, el } from './dom.js';
import { onBeforeLoad, loadState } from './cases.js';
import { on, store } from './store.js';

export const HISTORY_SIZE = 30;
/** Edits closer together than this update the newest history entry instead of adding one. */
const COALESCE_MS = 4000;
const SAVE_DELAY_MS = 300;

export interface Saved { state: PlaygroundState; caseName: string; at: number; baseline: string }
export interface HistoryItem {
  id: number;
  /** When the state was saved, and when this entry was first made (edits coalesce into it for COALESCE_MS). */
  at: number;
  created: number;
  label: string;
  fp: string;
  /** edit: typed; loaded: an example, case, link or history entry; replaced: work an undo brings back. */
  kind: 'edit' | 'loaded' | 'replaced';
}

const DB = 'cfwasm-playground';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('kv');
      req.result.createObjectStore('states');
    };
    req.onsuccess = () => {
      // Another page deleting or upgrading the database: let it, and open again on the next save.
      req.result.onversionchange = () => {
        req.result.close();
        db = null;
      };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
  });
}

let db: Promise<IDBDatabase> | null = null;

/** Runs `fn` in one transaction over both stores; resolves with its request's result when committed. */
async function tx<T>(mode: IDBTransactionMode, fn: (kv: IDBObjectStore, states: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  db ??= open();
  const d = await db;
  return new Promise((resolve, reject) => {
    const t = d.transaction(['kv', 'states'], mode);
    const req = fn(t.objectStore('kv'), t.objectStore('states'));
    t.oncomplete = () => resolve(req ? req.result : undefined);
    t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
    t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A fingerprint of a state: equal states, equal prints (FNV-1a over its JSON and its bytes). */
export function fingerprint(s: PlaygroundState): string {
  let h = 0x811c9dc5;
  const json = JSON.stringify({ ...s, files: s.files.map(f => ({ ...f, bytes: f.bytes?.length })) });
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  for (const f of s.files) {
    const b = f.bytes;
    if (!b) continue;
    // Four bytes a step: a 50 MB file in a few tens of ms.
    const words = b.length >>> 2;
    const view = new DataView(b.buffer, b.byteOffset, b.length);
    for (let i = 0; i < words; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), 0x01000193);
    for (let i = words * 4; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/** Deep copy (the state is mutated in place by the panes; a saved copy must not follow). */
const copy = (s: PlaygroundState): PlaygroundState => structuredClone(s);

/** A line to tell states apart in the menu: the policy's first meaningful line and the file count. */
function describe(s: PlaygroundState): string {
  const line = s.policy.split('\n').map(l => l.trim()).find(l => l && !/^(control|#)/.test(l) && !l.startsWith('actionsequence')) ?? '(empty policy)';
  const files = s.files.filter(f => f.type === 'file').length;
  return `${line.slice(0, 40)} · ${s.policy.split('\n').length} lines, ${files} file(s)`;
}

let list: HistoryItem[] = [];
let baseline = '';
let saveTimer: number | undefined;
let saving: Promise<void> = Promise.resolve();
let ready = false;

let nextKind: HistoryItem['kind'] = 'edit';

async function saveNow(): Promise<void> {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (!ready) return;
  const state = copy(store.state);
  const fp = fingerprint(state);
  const at = Date.now();
  const record: Saved = { state, caseName: store.caseName, at, baseline };
  const newest = list[list.length - 1];
  const kind = nextKind;
  nextKind = 'edit';
  let add: HistoryItem | null = null;
  if (!newest || newest.fp !== fp) {
    if (newest && kind === 'edit' && newest.kind === 'edit' && at - newest.created < COALESCE_MS) {
      newest.at = at;
      newest.fp = fp;
      newest.label = describe(state);
      add = newest;
    } else {
      add = { id: (newest?.id ?? 0) + 1, at, created: at, label: describe(state), fp, kind };
      list.push(add);
    }
  }
  const gone = list.length > HISTORY_SIZE ? list.splice(0, list.length - HISTORY_SIZE) : [];
  const item = add;
  await tx('readwrite', (kv, states) => {
    kv.put(record, 'current');
    if (item) {
      states.put(state, item.id);
      kv.put(list, 'history');
    }
    for (const g of gone) states.delete(g.id);
  });
  const note = $('history-state');
  note.textContent = 'saved';
  note.title = `Your work is kept in this browser (saved at ${new Date(at).toLocaleTimeString()})`;
  if (item) renderHistory();
}

/** Saves soon; `flush()` waits for it (the tests, and the page being hidden). */
function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = window.setTimeout(() => { saving = saving.then(saveNow).catch(report); }, SAVE_DELAY_MS);
}

export async function flush(): Promise<void> {
  if (saveTimer !== undefined) saving = saving.then(saveNow).catch(report);
  await saving;
}

function report(err: unknown): void {
  $('history-state').textContent = `not saved: ${(err as Error).message}`;
}

/** Keeps the state about to be replaced in the history (when edited since it was loaded); returns its undo. */
function keepBeforeLoad(): (() => void) | null {
  if (!ready) return null;
  const state = copy(store.state);
  const fp = fingerprint(state);
  const edited = fp !== baseline;
  const caseName = store.caseName;
  if (edited) {
    const newest = list[list.length - 1];
    if (!newest || newest.fp !== fp) {
      const at = Date.now();
      const item: HistoryItem = { id: (newest?.id ?? 0) + 1, at, created: at, label: describe(state), fp, kind: 'replaced' };
      list.push(item);
      const gone = list.length > HISTORY_SIZE ? list.splice(0, list.length - HISTORY_SIZE) : [];
      saving = saving.then(() => tx('readwrite', (kv, states) => {
        states.put(state, item.id);
        kv.put(list, 'history');
        for (const g of gone) states.delete(g.id);
      })).then(renderHistory, report);
    } else newest.kind = 'replaced';
  }
  return edited ? () => {
    store.caseName = caseName;
    loadState(copy(state), 'Undone: your work is back.');
    baseline = '';
  } : null;
}

function renderHistory(): void {
  const menu = $<HTMLSelectElement>('history');
  const time = (t: number) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  menu.replaceChildren(el('option', { value: '', textContent: `History (${list.length})` }),
    ...[...list].reverse().map(h => el('option', { value: String(h.id), textContent: `${time(h.at)} ${h.label}` })));
}

/** Loads a history entry (the current work goes into the history first, with an undo). */
export async function restore(id: number): Promise<void> {
  const item = list.find(h => h.id === id);
  if (!item) return;
  const state = await tx<PlaygroundState>('readonly', (_, states) => states.get(id));
  if (!state) throw new Error(`history entry ${id} is gone`);
  loadState(state, `Restored the state of ${new Date(item.at).toLocaleTimeString()}.`);
  baseline = fingerprint(state);
}

/** The history's entries, newest last (for the tests). */
export const historyItems = () => list.map(h => ({ ...h }));

/**
 * Reads the saved work and history. Resolves to the saved state, or null (nothing saved, or no
 * IndexedDB: the page works without keeping anything, and says so).
 */
export async function startPersistence(): Promise<Saved | null> {
  let saved: Saved | undefined;
  try {
    [saved, list] = await Promise.all([tx<Saved>('readonly', kv => kv.get('current')), tx<HistoryItem[]>('readonly', kv => kv.get('history')).then(l => l ?? [])]);
  } catch (err) {
    report(err);
    return null;
  } finally {
    renderHistory();
  }
  return saved ?? null;
}

/** Starts saving: after the first state is loaded (`savedBaseline`: the restored work's). */
export function wirePersistence(savedBaseline?: string): void {
  baseline = savedBaseline ?? fingerprint(store.state);
  ready = true;
  onBeforeLoad(keepBeforeLoad);
  on('edit', scheduleSave);
  on('loaded', () => {
    baseline = fingerprint(store.state);
    nextKind = 'loaded';
    scheduleSave();
  });
  const menu = $<HTMLSelectElement>('history');
  menu.addEventListener('change', () => {
    const id = Number(menu.value);
    menu.value = '';
    if (id) void restore(id).catch(report);
  });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') void flush(); });
  scheduleSave();
}

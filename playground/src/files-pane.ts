/**
 * @fileoverview The Files pane: the in-memory tree (add, rename, delete, modes, upload, drop,
 * download) and the selected file's contents (text edited in its own encoding, binary as hex).
 */
import type { FileNode } from './state.js';
import { bytesOf, isBinary, textOf } from './state.js';
import { writeTar } from './tar.js';
import { $, download, el } from './dom.js';
import { schedule } from './run.js';
import { emit, on, setStatus, store } from './store.js';

const depth = (p: string) => p.split('/').length - 2;
const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const parentOf = (p: string) => p.slice(0, p.lastIndexOf('/')) || '/';

/** The directory new files go to: the selected one, or the selected file's. */
export function selectedDir(): string {
  const node = store.state.files.find(f => f.path === store.selected);
  if (!node) return '';
  return node.type === 'dir' ? node.path : parentOf(node.path).replace(/^\/$/, '');
}

function sortFiles(): void {
  store.state.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Adds (or replaces) a node and the directories above it. */
function putNode(node: FileNode): void {
  const { state } = store;
  const parts = node.path.split('/');
  for (let i = 2; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (!state.files.some(f => f.path === dir)) state.files.push({ path: dir, type: 'dir', mode: 0o755 });
  }
  state.files = state.files.filter(f => f.path !== node.path);
  state.files.push(node);
  sortFiles();
}

/** The tree changed: redraw it, run, save. */
function filesChanged(): void {
  renderFiles();
  schedule();
  emit('edit');
}

/** A file's contents changed: run and save (the tree is as it was). */
function contentChanged(): void {
  schedule();
  emit('edit');
}

export function askPath(what: string, initial: string): string | null {
  const answer = prompt(`${what} (an absolute path)`, initial);
  if (!answer) return null;
  const path = answer.trim().replace(/\/+$/, '').replace(/\/+/g, '/');
  if (!path.startsWith('/') || path === '/' || path.split('/').some(s => s === '.' || s === '..')) {
    setStatus(`${answer}: not an absolute path without . or ..`, true);
    return null;
  }
  return path;
}

function subtree(path: string): FileNode[] {
  return store.state.files.filter(f => f.path === path || f.path.startsWith(`${path}/`));
}

export function renderFiles(): void {
  const list = $('file-tree');
  list.replaceChildren();
  const { state } = store;
  for (const f of state.files) {
    const name = el('span', { className: 'name', textContent: `${f.type === 'dir' ? '▸ ' : ''}${baseName(f.path)}${f.type === 'dir' ? '/' : ''}${f.type === 'link' ? ` → ${f.target}` : ''}`, title: f.path });
    name.setAttribute('role', 'button');
    name.style.paddingLeft = `${depth(f.path) * 0.9}em`;
    const mode = el('input', { className: 'mode', value: f.mode.toString(8).padStart(4, '0'), title: `Mode of ${f.path}`, disabled: f.type === 'link' });
    mode.setAttribute('aria-label', `Mode of ${f.path}`);
    mode.addEventListener('change', () => {
      if (!/^[0-7]{1,4}$/.test(mode.value)) {
        setStatus(`${mode.value}: a mode is up to four octal digits`, true);
        mode.value = f.mode.toString(8).padStart(4, '0');
        return;
      }
      f.mode = parseInt(mode.value, 8);
      contentChanged();
    });
    const rename = el('button', { textContent: '✎', title: `Rename ${f.path}` });
    rename.setAttribute('aria-label', `Rename ${f.path}`);
    rename.addEventListener('click', () => {
      const to = askPath(`Rename ${f.path} to`, f.path);
      if (!to || to === f.path) return;
      if (state.files.some(g => g.path === to)) return setStatus(`${to} exists already`, true);
      for (const g of subtree(f.path)) g.path = to + g.path.slice(f.path.length);
      putNode(state.files.find(g => g.path === to)!);
      store.selected = to;
      filesChanged();
    });
    const del = el('button', { textContent: '✕', title: `Delete ${f.path}` });
    del.setAttribute('aria-label', `Delete ${f.path}`);
    del.addEventListener('click', () => {
      const gone = new Set(subtree(f.path));
      state.files = state.files.filter(g => !gone.has(g));
      if (store.selected && !state.files.some(g => g.path === store.selected)) store.selected = null;
      filesChanged();
    });
    const save = el('button', { textContent: '⤓', title: `Download ${f.path}` });
    save.setAttribute('aria-label', `Download ${f.path}`);
    save.addEventListener('click', () => {
      if (f.type === 'file') download(baseName(f.path), f.bytes ?? new Uint8Array());
      else if (f.type === 'dir') {
        const root = parentOf(f.path).length + 1;
        download(`${baseName(f.path)}.tar`, writeTar(subtree(f.path).map(g => ({ ...g, path: g.path.slice(root === 2 ? 1 : root) }))), 'application/x-tar');
      }
    });
    const li = el('li', { role: 'treeitem' }, name, mode, rename, del, ...(f.type === 'link' ? [] : [save]));
    li.setAttribute('aria-selected', String(f.path === store.selected));
    li.dataset.path = f.path;
    // Roving tab stops: only the current row's controls are in the Tab order; arrows move between rows.
    const current = f.path === (store.selected && state.files.some(g => g.path === store.selected) ? store.selected : state.files[0]?.path);
    for (const c of [name, mode, rename, del, save]) c.tabIndex = current ? 0 : -1;
    const pick = (path: string, focus: boolean) => {
      store.selected = path;
      renderFiles();
      if (focus) list.querySelector<HTMLElement>(`li[data-path="${CSS.escape(path)}"] .name`)?.focus();
    };
    name.addEventListener('click', () => pick(f.path, false));
    name.addEventListener('keydown', e => {
      const i = state.files.indexOf(f);
      const to = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? state.files.length - 1 : null;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick(f.path, true);
      } else if (to !== null && state.files[to]) {
        e.preventDefault();
        pick(state.files[to].path, true);
      }
    });
    list.append(li);
  }
  renderFileView();
}

function hexDump(bytes: Uint8Array, limit = 4096): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(bytes.length, limit); i += 16) {
    const row = bytes.subarray(i, i + 16);
    lines.push(`${i.toString(16).padStart(8, '0')}  ${Array.from(row, b => b.toString(16).padStart(2, '0')).join(' ').padEnd(48)}  ${Array.from(row, b => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('')}`);
  }
  if (bytes.length > limit) lines.push(`… ${bytes.length - limit} more bytes`);
  return lines.join('\n');
}

/** Files larger than this are shown (their start), not edited in a textarea. */
const EDIT_LIMIT = 2_000_000;
const PREVIEW_BYTES = 64 * 1024;

function renderFileView(): void {
  const view = $('file-view');
  view.replaceChildren();
  const f = store.state.files.find(g => g.path === store.selected);
  if (!f) return;
  if (f.type === 'dir') {
    view.append(el('p', { className: 'hint', textContent: `${f.path}: directory, mode ${f.mode.toString(8)}` }));
    return;
  }
  if (f.type === 'link') {
    const target = el('input', { value: f.target ?? '' });
    target.setAttribute('aria-label', `Target of the link ${f.path}`);
    target.addEventListener('change', () => { f.target = target.value; filesChanged(); });
    view.append(el('label', {}, `${f.path} is a symbolic link to `, target));
    return;
  }
  const bytes = f.bytes ?? new Uint8Array();
  if (isBinary(bytes)) {
    view.append(el('p', { className: 'hint', textContent: `${f.path}: binary, ${bytes.length} bytes (shown, not edited; download to change it)` }),
      el('pre', { textContent: hexDump(bytes) }));
    return;
  }
  if (bytes.length > EDIT_LIMIT) {
    // A textarea of tens of MB stalls the page for seconds on every redraw: shown, not edited.
    const head = textOf(bytes.subarray(0, PREVIEW_BYTES)).text;
    view.append(el('p', { className: 'hint', textContent: `${f.path}: ${bytes.length} bytes, too big to edit here (over ${EDIT_LIMIT / 1e6} MB): its first ${PREVIEW_BYTES / 1024} KB are shown; download, edit and upload it to change it` }),
      el('pre', { className: 'preview', textContent: head }));
    return;
  }
  const { text, encoding } = textOf(bytes);
  const area = el('textarea', { value: text, spellcheck: false });
  area.setAttribute('aria-label', `Contents of ${f.path}`);
  const label = (n: number) => `${f.path}: ${n} bytes, ${encoding === 'utf-8' ? 'UTF-8' : 'Latin-1 (kept as Latin-1)'}`;
  const hint = el('p', { className: 'hint', textContent: label(bytes.length) });
  area.addEventListener('input', () => {
    f.bytes = bytesOf(area.value, encoding);
    hint.textContent = label(f.bytes.length);
    contentChanged();
  });
  view.append(hint, area);
}

export async function addUploaded(files: { path: string; bytes: Uint8Array }[]): Promise<void> {
  for (const f of files) putNode({ path: f.path, type: 'file', mode: 0o644, bytes: f.bytes });
  if (files.length) store.selected = files[0].path;
  setStatus(`Added ${files.length} file(s).`);
  filesChanged();
}

/** Files dropped from the desktop, directories included (through the entries API). */
export async function droppedFiles(dt: DataTransfer, under: string): Promise<{ path: string; bytes: Uint8Array }[]> {
  const out: { path: string; bytes: Uint8Array }[] = [];
  const read = (entry: FileSystemEntry, dir: string): Promise<void> => new Promise(resolve => {
    if (entry.isFile) {
      (entry as FileSystemFileEntry).file(async file => {
        out.push({ path: `${dir}/${entry.name}`, bytes: new Uint8Array(await file.arrayBuffer()) });
        resolve();
      }, () => resolve());
    } else {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      const all: FileSystemEntry[] = [];
      const more = () => reader.readEntries(async batch => {
        if (batch.length) {
          all.push(...batch);
          more();
        } else {
          await Promise.all(all.map(e => read(e, `${dir}/${entry.name}`)));
          resolve();
        }
      }, () => resolve());
      more();
    }
  });
  const entries = [...dt.items].map(i => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length) await Promise.all(entries.map(e => read(e, under)));
  else for (const file of dt.files) out.push({ path: `${under}/${file.name}`, bytes: new Uint8Array(await file.arrayBuffer()) });
  return out;
}

/** Wires the pane's buttons, upload and drop. */
export function wireFiles(): void {
  $('new-file').addEventListener('click', () => {
    const path = askPath('New file', `${selectedDir()}/new-file`);
    if (!path) return;
    if (store.state.files.some(f => f.path === path)) return setStatus(`${path} exists already`, true);
    putNode({ path, type: 'file', mode: 0o644, bytes: new Uint8Array() });
    store.selected = path;
    filesChanged();
  });
  $('new-dir').addEventListener('click', () => {
    const path = askPath('New directory', `${selectedDir()}/new-dir`);
    if (!path) return;
    if (store.state.files.some(f => f.path === path)) return setStatus(`${path} exists already`, true);
    putNode({ path, type: 'dir', mode: 0o755 });
    store.selected = path;
    filesChanged();
  });
  $('upload-button').addEventListener('click', () => $('upload').click());
  $<HTMLInputElement>('upload').addEventListener('change', async e => {
    const input = e.target as HTMLInputElement;
    const dir = selectedDir();
    await addUploaded(await Promise.all([...input.files ?? []].map(async f => ({ path: `${dir}/${f.name}`, bytes: new Uint8Array(await f.arrayBuffer()) }))));
    input.value = '';
  });
  const panel = $('files-panel');
  panel.addEventListener('dragover', e => { e.preventDefault(); panel.classList.add('drop'); });
  panel.addEventListener('dragleave', () => panel.classList.remove('drop'));
  panel.addEventListener('drop', async e => {
    e.preventDefault();
    panel.classList.remove('drop');
    if (e.dataTransfer) await addUploaded(await droppedFiles(e.dataTransfer, selectedDir()));
  });
  on('loaded', () => {
    store.selected = store.state.files.find(f => f.type === 'file')?.path ?? null;
    renderFiles();
  });
  on('files', renderFiles);
}

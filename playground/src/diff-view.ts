/**
 * @fileoverview The diffs of a run, unified or side by side, virtualised: a file's diff is one
 * list of fixed-height rows of which only those in view are in the DOM (a rewrite of 1,530 lines
 * of a 100 KB file draws about 60 rows, not 3,000). A file keeps its block from run to run, so its
 * scroll position stays while you type. Backups (.cfsaved) come last, collapsed: they are the old
 * contents kept, not a change.
 */
import { $, el } from './dom.js';
import { diffLines, rowKind, sideRows } from './diff-rows.js';
import type { SideRow } from './diff-rows.js';
import type { WireDiff } from './protocol.js';
import { VirtualList } from './virtual-list.js';

const ROW = 18;
const CLASS = { file: 'file', hunk: 'hunk', add: 'add', del: 'del', same: '', note: 'note' } as const;
const num = (n: number) => n.toLocaleString('en-US');
const lines = (n: number) => `${num(n)} ${n === 1 ? 'line' : 'lines'}`;

/** What a diff adds and removes, in words ("1,530 lines added, 1,530 removed"). */
export function lineCounts(d: { added: number; removed: number }): string {
  if (!d.added && !d.removed) return 'no line changed';
  if (!d.removed) return `${lines(d.added)} added`;
  if (!d.added) return `${lines(d.removed)} removed`;
  return `${lines(d.added)} added, ${num(d.removed)} removed`;
}

class Block {
  readonly element: HTMLElement;
  private readonly head: HTMLElement;
  private list: VirtualList | null = null;
  private diff: WireDiff | null = null;
  private drawn: string | null = null;

  constructor(readonly path: string, private readonly backup: boolean, private readonly side: boolean) {
    if (backup) {
      const details = el('details', { className: 'diff backup' });
      this.head = el('summary', { className: 'file' });
      details.append(this.head);
      // A backup's rows are made when it is opened.
      details.addEventListener('toggle', () => this.draw());
      this.element = details;
    } else {
      this.head = el('div', { className: 'file' });
      this.element = el('div', { className: 'diff' }, this.head);
    }
    this.element.dataset.path = path;
  }

  private get open(): boolean {
    return !this.backup || (this.element as HTMLDetailsElement).open;
  }

  update(d: WireDiff): void {
    this.diff = d;
    const status = d.status === 'new' ? ' (new)' : d.status === 'removed' ? ' (removed)' : '';
    this.head.textContent = d.backupOf ? `${d.path} · backup, not a change`
      : this.side ? `${d.path}${status}: before | after` : `${d.path}${status} · ${lineCounts(d)}`;
    if (d.backupOf) this.head.title = `The contents of ${d.backupOf} before the run, kept by it (${lines(d.status === 'new' ? d.added : d.added + d.removed)}): open to see them`;
    this.draw();
  }

  private draw(): void {
    const d = this.diff;
    if (!d || !this.open || this.drawn === d.diff) return;
    this.drawn = d.diff;
    const text = diffLines(d.diff);
    if (!this.list) {
      this.list = new VirtualList(() => el('div'), ROW, `${this.side ? 'Side-by-side diff' : 'Diff'} of ${this.path}`);
      this.element.append(this.list.element);
    }
    let count: number;
    let render: (i: number) => HTMLElement;
    let widest = 0;
    if (this.side) {
      const rows = sideRows(text);
      for (const r of rows) widest = Math.max(widest, (r.left ?? '').length, (r.right ?? '').length);
      count = rows.length;
      render = i => sideRow(rows[i]);
      widest *= 2;
    } else {
      for (const line of text) widest = Math.max(widest, line.length);
      count = text.length;
      render = i => el('div', { className: CLASS[rowKind(text, i)], textContent: text[i] });
    }
    this.list.element.style.height = `${count * ROW + 2}px`;
    this.list.widen(widest);
    this.list.set(count, render);
  }
}

function sideRow(r: SideRow): HTMLElement {
  if (r.kind === 'hunk') return el('div', { className: 'side-row hunk' }, el('span', { textContent: r.left ?? '' }), el('span'));
  const cls = (t: string | null, change: string) => (r.kind === 'change' && t !== null ? change : t === null ? 'none' : '');
  return el('div', { className: 'side-row' },
    el('span', { className: cls(r.left, 'del'), textContent: r.left ?? '' }),
    el('span', { className: cls(r.right, 'add'), textContent: r.right ?? '' }));
}

/** The blocks of one panel (the Diff tab, Side by side, the Convergence tab's second run). */
export class DiffView {
  readonly element = el('div', { className: 'diffs' });
  private blocks = new Map<string, Block>();

  constructor(private readonly side = false) {}

  show(diffs: WireDiff[]): void {
    const next = new Map<string, Block>();
    const order: HTMLElement[] = [];
    // The files changed first, then the backups.
    for (const d of [...diffs.filter(x => !x.backupOf), ...diffs.filter(x => x.backupOf)]) {
      const key = `${d.backupOf ? 'backup' : 'file'}:${d.path}`;
      const block = this.blocks.get(key) ?? new Block(d.path, Boolean(d.backupOf), this.side);
      block.update(d);
      next.set(key, block);
      order.push(block.element);
    }
    this.blocks = next;
    // Moved elements lose their scroll position: only when the files are other ones.
    const now = [...this.element.children];
    if (order.length !== now.length || order.some((e, i) => now[i] !== e)) this.element.replaceChildren(...order);
  }
}

/** A panel's notes above its diffs, and the diffs: the diffs' element is never moved (scroll kept). */
export function diffPanel(panel: string, view: DiffView): (notes: Node[]) => void {
  const notes = el('div');
  return (list: Node[]) => {
    const box = $(panel);
    if (notes.parentNode !== box || view.element.parentNode !== box) box.replaceChildren(notes, view.element);
    notes.replaceChildren(...list);
  };
}

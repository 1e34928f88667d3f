/**
 * @fileoverview A virtualised list of fixed-height rows: only the rows in view (and a margin) are
 * in the DOM, so a file of 10,000 lines steps as fast as one of 10. Used by the Debug view, the
 * regex tester and the diffs.
 */
export class VirtualList {
  readonly element: HTMLDivElement;
  private readonly spacer: HTMLDivElement;
  private count = 0;
  private frame = 0;
  private shown = '';

  constructor(private render: (index: number) => HTMLElement, readonly rowHeight = 18, label = '') {
    this.element = document.createElement('div');
    this.element.className = 'vlist';
    this.element.tabIndex = 0;
    if (label) this.element.setAttribute('aria-label', label);
    this.spacer = document.createElement('div');
    this.spacer.className = 'vlist-spacer';
    this.element.append(this.spacer);
    this.element.addEventListener('scroll', () => this.schedule());
    new ResizeObserver(() => this.schedule()).observe(this.element);
  }

  /** New rows (count and renderer); redraws the rows in view. */
  set(count: number, render = this.render): void {
    this.count = count;
    this.render = render;
    this.spacer.style.height = `${count * this.rowHeight}px`;
    this.shown = '';
    this.draw();
  }

  /** Rows at least `ch` characters wide (a horizontal scroll for long lines); 0: as wide as the list. */
  widen(ch: number): void {
    this.spacer.style.minWidth = ch ? `max(100%, calc(${ch}ch + 1rem))` : '';
  }

  /** Scrolls so that row `index` is in view (centred when it was out of view). */
  reveal(index: number): void {
    const top = index * this.rowHeight;
    const view = this.element.clientHeight;
    if (top < this.element.scrollTop || top + this.rowHeight > this.element.scrollTop + view) {
      this.element.scrollTop = Math.max(0, top - view / 2);
    }
    this.draw();
  }

  /** The rows in the DOM now (for tests: never the whole file). */
  get rendered(): number {
    return this.spacer.childElementCount;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  private draw(): void {
    const margin = 20;
    const view = this.element.clientHeight || 600;
    const first = Math.max(0, Math.floor(this.element.scrollTop / this.rowHeight) - margin);
    const last = Math.min(this.count, Math.ceil((this.element.scrollTop + view) / this.rowHeight) + margin);
    const key = `${first}:${last}`;
    if (key === this.shown) return;
    this.shown = key;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = this.render(i);
      row.style.top = `${i * this.rowHeight}px`;
      row.style.height = `${this.rowHeight}px`;
      row.classList.add('vrow');
      rows.push(row);
    }
    this.spacer.replaceChildren(...rows);
  }
}

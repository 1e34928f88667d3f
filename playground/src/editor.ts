/**
 * @fileoverview The policy editor: CodeMirror 6 with highlighting from the grammar's own
 * queries/highlights.scm (captures computed by web-tree-sitter in the language worker, applied here
 * as mark decorations) and the parse and lint diagnostics shown inline with their rule ids.
 */
import { EditorState, RangeSet, StateEffect, StateField } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Highlight, WireDiagnostic } from './protocol.js';

const setHighlights = StateEffect.define<{ highlights: Highlight[]; length: number }>();

const highlightField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setHighlights)) continue;
      // Captures computed for an older text are dropped: the next analysis brings the new ones.
      if (e.value.length !== tr.state.doc.length) continue;
      const marks = e.value.highlights
        .filter(h => h.to <= tr.state.doc.length)
        .sort((a, b) => a.from - b.from || b.to - a.to)
        .map(h => Decoration.mark({ class: `ts-${h.capture.replaceAll('.', '-')}` }).range(h.from, h.to));
      deco = Decoration.set(marks, true);
    }
    return deco;
  },
  provide: f => EditorView.decorations.from(f),
});

/** The command of the Debug view's current step, marked in the editor (from, to), or null. */
const setStepMark = StateEffect.define<{ from: number; to: number } | null>();
const stepMark = Decoration.mark({ class: 'cm-debug-step' });
const stepLine = Decoration.line({ class: 'cm-debug-step-line' });

const stepField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setStepMark)) continue;
      const v = e.value;
      if (!v || v.to > tr.state.doc.length || v.from >= v.to) deco = Decoration.none;
      else deco = Decoration.set([stepLine.range(tr.state.doc.lineAt(v.from).from), stepMark.range(v.from, v.to)], true);
    }
    return deco;
  },
  provide: f => EditorView.decorations.from(f),
});

/** The character of a pattern where the core says it is invalid (the regex tester), or null. */
const setPatternError = StateEffect.define<{ from: number; to: number; message: string } | null>();

const patternErrorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setPatternError)) continue;
      const v = e.value;
      deco = !v || v.to > tr.state.doc.length || v.from >= v.to ? Decoration.none
        : Decoration.set([Decoration.mark({ class: 'cm-pattern-error', attributes: { title: v.message } }).range(v.from, v.to)]);
    }
    return deco;
  },
  provide: f => EditorView.decorations.from(f),
});

/** A coverage mark (coverage.ts): a symbol with its meaning as the title and accessible name. */
export interface GutterMark { line: number; kind: string; symbol: string; title: string }

class CoverageMarker extends GutterMarker {
  constructor(readonly mark: GutterMark) {
    super();
  }

  override eq(other: CoverageMarker): boolean {
    return other.mark.kind === this.mark.kind && other.mark.title === this.mark.title;
  }

  override toDOM(): Node {
    const span = document.createElement('span');
    span.className = `cm-cov cm-cov-${this.mark.kind}`;
    span.textContent = this.mark.symbol;
    span.title = this.mark.title;
    span.dataset.kind = this.mark.kind;
    span.setAttribute('role', 'img');
    span.setAttribute('aria-label', this.mark.title);
    return span;
  }
}

const setCoverage = StateEffect.define<GutterMark[]>();

/** The last run's coverage marks; they move with edits until the next run brings new ones. */
const coverageField = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(set, tr) {
    set = set.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setCoverage)) continue;
      const doc = tr.state.doc;
      set = RangeSet.of(e.value.filter(m => m.line >= 1 && m.line <= doc.lines)
        .map(m => new CoverageMarker(m).range(doc.line(m.line).from)), true);
    }
    return set;
  },
});

const coverageGutter = [coverageField, gutter({
  class: 'cm-coverage-gutter',
  markers: v => v.state.field(coverageField),
  initialSpacer: () => new CoverageMarker({ line: 0, kind: 'spacer', symbol: '●', title: '' }),
})];

export interface PolicyEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  showAnalysis(text: string, highlights: Highlight[], diagnostics: WireDiagnostic[]): void;
  /** The offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number;
  /** Marks (and scrolls to) the command of the Debug view's step; null clears the mark. */
  markStep(range: { from: number; to: number } | null): void;
  /** Marks where a pattern is invalid (the core's column), with its message; null clears it. */
  markPatternError(range: { from: number; to: number; message: string } | null): void;
  /** The coverage marks of the last run in the gutter (replacing the earlier ones). */
  showCoverage(marks: GutterMark[]): void;
}

/**
 * `onCursor`: the cursor moved (1-based line and column); `clicked` when a pointer click put it
 * there (the Debug view jumps to the command's step).
 */
export function createPolicyEditor(parent: HTMLElement, onChange: (text: string) => void, extraKeys: Extension,
  onCursor: (line: number, column: number, clicked: boolean) => void = () => {}): PolicyEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        extraKeys,
        lineNumbers(), coverageGutter, highlightActiveLine(), history(), lintGutter(), highlightField, stepField, patternErrorField,
        // Ctrl-F: the search panel at the top (Escape closes it and returns to the text).
        search({ top: true }), highlightSelectionMatches(),
        keymap.of([...searchKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        // Long lines wrap: the pane is narrow, and sideways scrolling hid the first characters of
        // every line under the gutter.
        EditorView.lineWrapping,
        // tabindex: the scroll area holds a keyboard-focusable element (axe: scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': 'Policy (cfengine 1.x)', tabindex: '0' }),
        EditorView.updateListener.of(u => {
          if (u.docChanged) onChange(u.state.doc.toString());
          if (u.selectionSet || u.docChanged) {
            const head = u.state.selection.main.head;
            const line = u.state.doc.lineAt(head);
            onCursor(line.number, head - line.from + 1, u.transactions.some(t => t.isUserEvent('select.pointer')));
          }
        }),
      ],
    }),
  });
  const offset = (line: number, column: number) => {
    const doc = view.state.doc;
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(l.from + Math.max(column - 1, 0), l.to);
  };
  return {
    view,
    offset,
    markPatternError(range) {
      view.dispatch({ effects: setPatternError.of(range) });
    },
    showCoverage(marks) {
      view.dispatch({ effects: setCoverage.of(marks) });
    },
    markStep(range) {
      const effects: StateEffect<unknown>[] = [setStepMark.of(range)];
      if (range) effects.push(EditorView.scrollIntoView(range.from, { y: 'nearest' }));
      view.dispatch({ effects });
    },
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showAnalysis(text, highlights, diagnostics) {
      if (text !== view.state.doc.toString()) return;
      const doc = view.state.doc;
      const offset = (line: number, column: number) => {
        const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
        return Math.min(l.from + Math.max(column - 1, 0), l.to);
      };
      const cm: CmDiagnostic[] = diagnostics.map(d => {
        const from = offset(d.line, d.column);
        let to = offset(d.endLine, d.endColumn);
        if (to <= from) to = Math.min(doc.lineAt(from).to, from + 1);
        if (to <= from) to = from;
        return { from, to, severity: d.severity, message: d.message, source: d.code ?? 'syntax' };
      });
      view.dispatch(setDiagnostics(view.state, cm), { effects: setHighlights.of({ highlights, length: doc.length }) });
    },
  };
}

/**
 * @fileoverview The policy editor: CodeMirror 6 with highlighting from the grammar's own
 * queries/highlights.scm (captures computed by web-tree-sitter in the language worker, applied here
 * as mark decorations) and the parse and lint diagnostics shown inline with their rule ids.
 */
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { Decoration, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
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

export interface PolicyEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  showAnalysis(text: string, highlights: Highlight[], diagnostics: WireDiagnostic[]): void;
}

export function createPolicyEditor(parent: HTMLElement, onChange: (text: string) => void, extraKeys: Extension): PolicyEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: '',
      extensions: [
        extraKeys,
        lineNumbers(), highlightActiveLine(), history(), lintGutter(), highlightField,
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': 'Policy (cfengine 1.x)' }),
        EditorView.updateListener.of(u => { if (u.docChanged) onChange(u.state.doc.toString()); }),
      ],
    }),
  });
  return {
    view,
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

/**
 * @fileoverview The policy parser: web-tree-sitter with the cfengine grammar, then the lowering
 * to IR and the syntax diagnostics. Environment-neutral: the caller hands in the grammar wasm
 * (bytes or URL) and, in a browser, where web-tree-sitter's own wasm lives (host/node/grammar.ts
 * does it for Node). One parser instance is meant to be created once and reused.
 */
import { Language, Parser } from 'web-tree-sitter';
import type { Tree } from 'web-tree-sitter';
import type { Diagnostic } from './diagnostics.js';
import { compareDiagnostics, pointLocation } from './diagnostics.js';
import { lowerPolicy } from './lower.js';
import { findBinaryData, findNotAPolicy, findTreeErrors, findUnclosed } from './syntax-errors.js';
import type { SyntaxNode } from './syntax-node.js';
import { snapshotTree } from './syntax-node.js';
import type { Policy } from './types.js';
import type { ParseState } from './incremental.js';
import { editBetween, reuseFrom } from './incremental.js';

export interface GrammarSource {
  /** The cfengine grammar: grammar/tree-sitter-cfengine.wasm, as bytes or a URL/path. */
  grammar: Uint8Array | string;
  /** Where web-tree-sitter finds its runtime `tree-sitter.wasm` (browsers; Node finds it itself). */
  locateRuntime?: (name: string) => string;
  /** Or the runtime's bytes themselves. */
  runtimeWasm?: Uint8Array;
}

export interface ParseResult {
  policy: Policy;
  /** Syntax problems, sorted by position; empty when the file is clean. */
  diagnostics: Diagnostic[];
  /** The syntax tree, only when asked for (`keepTree`); the caller must `delete()` it. */
  tree?: Tree;
}

export interface PolicyParser {
  /**
   * `incremental`: the document's last parse (incremental.ts), reused where the text did not
   * change and then replaced by this one; the state owns its tree (not given back as `tree`).
   */
  parse(text: string, file: string, options?: { keepTree?: boolean; incremental?: ParseState }): ParseResult;
}

let runtimeReady: Promise<void> | null = null;

export async function createPolicyParser(source: GrammarSource): Promise<PolicyParser> {
  // With the bytes given, locateFile still names the file: Emscripten looks the name up first.
  runtimeReady ??= Parser.init(source.runtimeWasm
    ? { wasmBinary: source.runtimeWasm, locateFile: (name: string) => name }
    : source.locateRuntime ? { locateFile: source.locateRuntime } : undefined);
  await runtimeReady;
  const language = await Language.load(source.grammar);
  const parser = new Parser();
  parser.setLanguage(language);

  return {
    parse(text, file, options = {}) {
      const binary = findBinaryData(text, file);
      const state = options.incremental;
      let tree: Tree | null;
      let reused: ReturnType<typeof reuseFrom> | undefined;
      if (state?.tree && state.root) {
        const edit = editBetween(state.text, text);
        const old = state.tree;
        // Whatever happens next, the state no longer holds a tree that matches its text.
        state.tree = null;
        try {
          old.edit(edit);
          tree = parser.parse(text, old);
          if (tree) reused = reuseFrom(state.root, edit, old.getChangedRanges(tree));
        } finally {
          old.delete();
        }
      } else {
        tree = parser.parse(text);
      }
      if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
      try {
        const root = snapshotTree(tree, text, reused?.reuse);
        reused?.finish();
        if (state) Object.assign(state, { text, tree, root });
        const selectorProblems: Diagnostic[] = [];
        const policy = lowerPolicy(root, file, selectorProblems);
        const diagnostics = binary ? [binary] : syntaxDiagnostics(root, text, file, policy, selectorProblems);
        return { policy, diagnostics, tree: options.keepTree && !state ? tree : undefined };
      } finally {
        const kept = state ? state.tree === tree : options.keepTree;
        if (!kept) tree.delete();
      }
    },
  };
}

function syntaxDiagnostics(root: SyntaxNode, text: string, file: string, policy: Policy,
  selectorProblems: Diagnostic[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...selectorProblems];
  if (root.hasError) {
    const notAPolicy = findNotAPolicy(text, file);
    if (notAPolicy) return [notAPolicy];
    const unclosed = findUnclosed(text, file);
    const fromTree = findTreeErrors(root, text, file);
    // Tree errors that reach past an unclosed bracket or quote are its consequences: report the
    // cause only.
    const first = unclosed[0]?.loc;
    diagnostics.push(...unclosed, ...fromTree.filter(d => !first || d.loc.endLine < first.line ||
      (d.loc.endLine === first.line && d.loc.endColumn <= first.column)));
  }
  if (policy.sections.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      severity: 'warning', message: 'empty policy: no sections, so nothing to do',
      loc: pointLocation(file, 1, 1),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}

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
import { lowerPolicy, policyLowering } from './lower.js';
import { findBinaryData, findNotAPolicy, findTreeErrors, findUnclosed } from './syntax-errors.js';
import type { SyntaxNode } from './syntax-node.js';
import { LineIndex, snapshotTree, useDirectCursor } from './syntax-node.js';
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

export interface ParseOptions {
  /** Keep the syntax tree (the text is then parsed in one piece). */
  keepTree?: boolean;
  /**
   * The length of text parsed at a time (default PIECE_LENGTH): a longer text is parsed in pieces
   * (parsePieces). Tests make it small to split at every place it can be split.
   */
  pieceLength?: number;
  /** Told how many pieces the IR came from (1: the text was parsed whole). */
  onPieces?: (pieces: number) => void;
  /**
   * The document's last parse (incremental.ts), reused where the text did not change and then
   * replaced by this one; the state owns its tree (not given back as `tree`). The text is then
   * parsed in one piece.
   */
  incremental?: ParseState;
}

export interface PolicyParser {
  parse(text: string, file: string, options?: ParseOptions): ParseResult;
}

/**
 * Text parsed at a time. tree-sitter's memory (a wasm memory: it grows, never shrinks) takes
 * several kilobytes per policy item, so a 16 MiB policy in one piece needed gigabytes; in pieces
 * of this length it stays at a few tens of MB, and the JavaScript copy of each piece's tree is
 * garbage once lowered.
 */
export const PIECE_LENGTH = 16 * 1024;

let runtimeReady: Promise<void> | null = null;

export async function createPolicyParser(source: GrammarSource): Promise<PolicyParser> {
  // With the bytes given, locateFile still names the file: Emscripten looks the name up first.
  if (!runtimeReady) {
    // This object becomes web-tree-sitter's runtime module: the tree copy calls its cursor
    // functions (syntax-node.ts useDirectCursor).
    const runtime: Record<string, unknown> = source.runtimeWasm
      ? { wasmBinary: source.runtimeWasm, locateFile: (name: string) => name }
      : source.locateRuntime ? { locateFile: source.locateRuntime } : {};
    runtimeReady = Parser.init(runtime).then(() => { useDirectCursor(runtime); });
  }
  await runtimeReady;
  const language = await Language.load(source.grammar);
  const parser = new Parser();
  parser.setLanguage(language);

  return {
    parse(text, file, options = {}) {
      const binary = findBinaryData(text, file);
      const state = options.incremental;
      const pieceLength = options.pieceLength ?? PIECE_LENGTH;
      // A quote or bracket never closed is an error the whole tree must describe: no pieces then
      // (they would be parsed only to find it and parse the text again).
      if (!binary && !options.keepTree && !state && text.length > pieceLength && findUnclosed(text, file).length === 0) {
        const selectorProblems: Diagnostic[] = [];
        const policy = parsePieces(parser, text, file, pieceLength, selectorProblems, options.onPieces);
        if (policy) return { policy, diagnostics: syntaxDiagnostics(null, text, file, policy, selectorProblems) };
      }
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
          if (tree?.rootNode.hasError) {
            // tree-sitter's error recovery from an old tree can end otherwise than from scratch
            // (round 19's fuzzing: 1 edit sequence in 3,000). A text with an error is parsed
            // afresh, so the editor shows what `cfwasm lint` says of the same text.
            tree.delete();
            tree = parser.parse(text);
          } else if (tree) reused = reuseFrom(state.root, edit, old.getChangedRanges(tree));
        } finally {
          old.delete();
        }
      } else {
        tree = parser.parse(text);
      }
      if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
      options.onPieces?.(1);
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

/**
 * Where a piece may end: before a line whose first token is a path (`/…`) or opens a block (`{`).
 * Such a token can only start an item — it is no option (`key=`), flag (a letter, `=` or `[`
 * first), comment, section header, class selector, edit command or quoted argument, and an
 * option's value follows its `=` with no blank — so the items before the line are complete there.
 * When they are not (the line is inside a quoted string, a `{ }` block or a `( )` list, or an
 * arrow or mount lacks its second path), the piece before it does not parse cleanly, and
 * parsePieces gives up.
 */
function nextPieceEnd(text: string, from: number): number {
  for (let nl = text.indexOf('\n', from - 1); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let i = nl + 1;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\r') i++;
    if (text[i] === '/' || text[i] === '{') return nl + 1;
  }
  return text.length;
}

/**
 * The IR of `text` parsed in pieces of about `pieceLength` (nextPieceEnd says where they end),
 * each tree lowered and deleted before the next piece is parsed, with one parser. A piece that
 * starts inside a section is parsed after a copy of that section's header (`name:` and a line
 * feed), which makes the parser's state the one it had there in the whole text; the offsets of
 * its tree are moved back onto the whole text (snapshotTree), so places are those of the whole.
 * null when a piece has a syntax error: the caller parses the text whole, for the diagnostics
 * the whole tree gives.
 */
function parsePieces(parser: Parser, text: string, file: string, pieceLength: number,
  problems: Diagnostic[], onPieces?: (pieces: number) => void): Policy | null {
  const lines = new LineIndex(text);
  let pieces = 0;
  const lowering = policyLowering(file, problems);
  let header = '';
  for (let start = 0; start < text.length;) {
    const end = nextPieceEnd(text, start + pieceLength);
    const tree = parser.parse(header + text.slice(start, end));
    if (!tree) throw new Error(`tree-sitter returned no tree for ${file}`);
    try {
      const root = snapshotTree(tree, text, undefined, { shift: start - header.length, lines });
      if (root.hasError) return null;
      lowering.add(root, header !== '');
    } finally {
      tree.delete();
    }
    const last = lowering.policy.sections.at(-1);
    header = last ? `${last.name}:\n` : '';
    start = end;
    pieces++;
  }
  onPieces?.(pieces);
  return lowering.policy;
}

function syntaxDiagnostics(root: SyntaxNode | null, text: string, file: string, policy: Policy,
  selectorProblems: Diagnostic[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...selectorProblems];
  if (root?.hasError) {
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

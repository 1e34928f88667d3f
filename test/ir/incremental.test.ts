/**
 * Incremental parsing (host/ir/incremental.ts): a text parsed from the last parse of the document
 * gives the very snapshot, IR and syntax diagnostics a parse from scratch gives, and takes the
 * nodes the edit did not touch from the last snapshot instead of copying them again.
 */
import { describe, expect, it } from 'vitest';
import { editBetween, freeParseState, newParseState } from '../../host/ir/incremental.js';
import { snapshotTree } from '../../host/ir/syntax-node.js';
import type { SyntaxNode } from '../../host/ir/syntax-node.js';
import { nodePolicyParser } from '../../host/node/grammar.js';
import { SAMPLE_POLICY as POLICY } from '../support/sample-policy.js';


/** A snapshot as plain data (no parent links, no line index), to compare two of them. */
function plain(n: SyntaxNode): unknown {
  return {
    type: n.type, field: n.field, named: n.named, missing: n.missing, hasError: n.hasError,
    start: n.startIndex, end: n.endIndex, text: n.text, children: n.children.map(plain),
  };
}

/** Every node's parent is the node that holds it, and every node reads the same line index. */
function linked(root: SyntaxNode): boolean {
  const todo = [root];
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (n.lines !== root.lines || n.children.some(c => c.parent !== n)) return false;
    todo.push(...n.children);
  }
  return true;
}

async function fromScratch(text: string) {
  const parser = await nodePolicyParser();
  const full = parser.parse(text, 'p.cf', { keepTree: true });
  try {
    return { policy: full.policy, diagnostics: full.diagnostics, root: plain(snapshotTree(full.tree!, text)) };
  } finally {
    full.tree!.delete();
  }
}

describe('incremental parsing', () => {
  it('reuses the nodes an edit leaves alone, before and after it', async () => {
    const parser = await nodePolicyParser();
    const state = newParseState();
    parser.parse(POLICY, 'p.cf', { incremental: state });
    const [control, groups, editfiles] = state.root!.children;
    expect([control.type, groups.type, editfiles.type]).toEqual(['section', 'section', 'section']);
    const text = POLICY.replace('web1 web2', 'web1 web22 web3');
    const result = parser.parse(text, 'p.cf', { incremental: state });
    const kids = state.root!.children;
    // The sections around the edit are the same objects, moved; the one edited is new.
    expect(kids[0]).toBe(control);
    expect(kids[2]).toBe(editfiles);
    expect(kids[1]).not.toBe(groups);
    expect(editfiles.startIndex).toBe(text.indexOf('editfiles:'));
    expect(editfiles.children.at(-1)!.endIndex).toBe(text.length - 1);
    expect(linked(state.root!)).toBe(true);
    const scratch = await fromScratch(text);
    expect(plain(state.root!)).toEqual(scratch.root);
    expect(result.policy).toEqual(scratch.policy);
    freeParseState(state);
  });

  it('gives what a parse from scratch gives after each of many edits (inserts, deletions across lines, UTF-16 pairs, CRLF, broken and mended syntax)', async () => {
    const parser = await nodePolicyParser();
    const state = newParseState();
    let text = POLICY + POLICY.replaceAll('\n', '\r\n');
    parser.parse(text, 'p.cf', { incremental: state });
    const pieces = ['x', '\n', '\r\n', '"', '{', '}', '::', 'é', '😀', '  ', 'editfiles:\n', '( a b )', 'InsertLine "ü"\n', ''];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let broken = 0;
    for (let i = 0; i < 120; i++) {
      const at = random(text.length + 1);
      const removed = random(5) === 0 ? random(80) : random(3);
      text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at + removed);
      const result = parser.parse(text, 'p.cf', { incremental: state });
      const scratch = await fromScratch(text);
      expect(plain(state.root!), `edit ${i}`).toEqual(scratch.root);
      expect(result.policy, `edit ${i}`).toEqual(scratch.policy);
      expect(result.diagnostics, `edit ${i}`).toEqual(scratch.diagnostics);
      expect(linked(state.root!)).toBe(true);
      if (scratch.diagnostics.some(d => d.severity === 'error')) broken++;
    }
    // The edits went through both broken and sound texts.
    expect(broken).toBeGreaterThan(0);
    expect(broken).toBeLessThan(120);
    freeParseState(state);
  });

  it('describes a change as one edit on whole characters', () => {
    expect(editBetween('ab\ncd', 'ab\nxcd')).toEqual({
      startIndex: 3, oldEndIndex: 3, newEndIndex: 4,
      startPosition: { row: 1, column: 0 }, oldEndPosition: { row: 1, column: 0 }, newEndPosition: { row: 1, column: 1 },
    });
    // 😀 and 😁 share their first UTF-16 unit: the edit still starts before it.
    const e = editBetween('a😀b', 'a😁b');
    expect([e.startIndex, e.oldEndIndex, e.newEndIndex]).toEqual([1, 3, 3]);
    // \r\n: rows count the \n.
    expect(editBetween('a\r\nb\r\n', 'a\r\nb\r\nc').newEndPosition).toEqual({ row: 2, column: 1 });
  });
});

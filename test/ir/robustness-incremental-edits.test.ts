/**
 * Found by fuzzing the language server's keystroke path (round 19): an edit inside a token whose
 * old node has no children made the look-up of reusable nodes (host/ir/incremental.ts find) read
 * past an empty child list and throw a TypeError, where the parse must give what a parse from
 * scratch gives. The pairs are the fuzzer's failures, shrunk.
 */
import { describe, expect, it } from 'vitest';
import { freeParseState, newParseState } from '../../host/ir/incremental.js';
import { nodePolicyParser } from '../../host/node/grammar.js';

const parser = await nodePolicyParser();

const PAIRS: [string, string][] = [
  ['editfiles: {i P""{\n     SetLinever"\n     PrependIfNoLineMatch', 'editfiles: {""g""{\n     SetLinever"\n     PrependIfNoLineMatch'],
  ['editfiles:\n{""a{255}    PercentCommentLinesStarting "\\author"\n   }\n', 'editfiles:\n{"" a{255}    PercentCommentLinesStarting "\\author"\n   }\n'],
];

describe('an incremental parse after an edit inside a childless token', () => {
  it.each(PAIRS.map((p, i) => [i, ...p]))('pair %i gives the IR and diagnostics of a parse from scratch', (_i, before, after) => {
    const state = newParseState();
    try {
      parser.parse(before as string, 'p.cf', { incremental: state });
      const incremental = parser.parse(after as string, 'p.cf', { incremental: state });
      const scratch = parser.parse(after as string, 'p.cf', {});
      expect(incremental.policy).toEqual(scratch.policy);
      expect(incremental.diagnostics).toEqual(scratch.diagnostics);
    } finally {
      freeParseState(state);
    }
  });
});

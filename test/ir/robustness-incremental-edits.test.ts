/**
 * Found by fuzzing the language server's keystroke path (round 19): an edit inside a token whose
 * old node has no children made the look-up of reusable nodes (host/ir/incremental.ts find) read
 * past an empty child list and throw a TypeError, where the parse must give what a parse from
 * scratch gives. The pairs are the fuzzer's failures, shrunk. With a syntax error in the new text,
 * tree-sitter's recovery from the old tree could end otherwise than from scratch (ERROR_PAIRS):
 * such a text is parsed afresh (host/ir/parser.ts).
 */
import { describe, expect, it } from 'vitest';
import { freeParseState, newParseState } from '../../host/ir/incremental.js';
import { nodePolicyParser } from '../../host/node/grammar.js';

const parser = await nodePolicyParser();

const PAIRS: [string, string][] = [
  ['editfiles: {i P""{\n     SetLinever"\n     PrependIfNoLineMatch', 'editfiles: {""g""{\n     SetLinever"\n     PrependIfNoLineMatch'],
  ['editfiles:\n{""a{255}    PercentCommentLinesStarting "\\author"\n   }\n', 'editfiles:\n{"" a{255}    PercentCommentLinesStarting "\\author"\n   }\n'],
];

// Round 19's fuzzer, seed 1958, steps 11 and 12: the incremental tree lost the processes section.
const ERROR_PAIRS: [string, string][] = [[
  'control:\n   Inform = ( on )ionsequenon )\n   actce = ( editfiles )\n\ned$(itfiles:\n   { /sandbox/uiv\n processeon )\n   actce = ( editfiles )\n\neditfiles:\n   { /sa\tndbox/uiv\n processes:\n "sss:\n "ssh{d" restart "/x" useshell=false\n   # DeleteLinesMatching on )\n( a b )ence = "+"\n   }\n',
  'control:\n   Inform = ( on )ionsequenon )\n   actce = ( editfiles )\n\ned$(itfiles:\n   { /sandbox/uiv\n processeon )\n   actce les )\n\neditfiles:\n   { /sa\tndbox/uiv\n processes:\n "sss:\n "ssh{d" restart "/x" useshell=false\n   # DeleteLinesMatching on )\n( a b )ence = "+"\n   }\n',
]];

describe('an incremental parse (an edit inside a childless token; a text with a syntax error)', () => {
  it.each([...PAIRS, ...ERROR_PAIRS].map((p, i) => [i, ...p]))('pair %i gives the IR and diagnostics of a parse from scratch', (_i, before, after) => {
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

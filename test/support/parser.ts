/** @fileoverview The parser the tests share: the same one the CLI uses. */
import { nodePolicyParser } from '../../host/node/grammar.js';
import type { ParseResult } from '../../host/ir/parser.js';

export async function parse(text: string, file = 'test.cf', keepTree = false): Promise<ParseResult> {
  return (await nodePolicyParser()).parse(text, file, { keepTree });
}

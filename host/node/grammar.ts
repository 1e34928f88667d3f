/**
 * @fileoverview Creates the policy parser in Node, with the grammar wasm read from this package.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPolicyParser } from '../ir/parser.js';
import type { PolicyParser } from '../ir/parser.js';

/** grammar/tree-sitter-cfengine.wasm, found from this module in dist/host/node/ or host/node/. */
export function grammarWasmPath(): string {
  const here = new URL('.', import.meta.url);
  const up = here.pathname.includes('/dist/') ? '../../../' : '../../';
  return fileURLToPath(new URL(`${up}grammar/tree-sitter-cfengine.wasm`, here));
}

let parser: Promise<PolicyParser> | null = null;

/** The process-wide parser (the wasm is instantiated once). */
export function nodePolicyParser(): Promise<PolicyParser> {
  parser ??= Promise.resolve().then(() => createPolicyParser({ grammar: readFileSync(grammarWasmPath()) }));
  return parser;
}

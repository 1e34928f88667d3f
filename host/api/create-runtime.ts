/**
 * @fileoverview Creates a runtime (parser and core) from wasm bytes: what a browser does with the
 * files it fetched.
 */
import { Core } from '../core/core.js';
import { createPolicyParser } from '../ir/parser.js';
import type { GrammarSource } from '../ir/parser.js';
import type { Runtime } from './runtime.js';

export async function createRuntime(source: GrammarSource & { core: BufferSource | WebAssembly.Module }): Promise<Runtime> {
  const [parser, core] = await Promise.all([createPolicyParser(source), Core.load(source.core)]);
  return { parser, core };
}

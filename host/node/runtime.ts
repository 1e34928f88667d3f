/** @fileoverview The process-wide runtime (parser + core) in Node. */
import type { Runtime } from '../api/runtime.js';
import { nodeCore } from './core.js';
import { nodePolicyParser } from './grammar.js';

let runtime: Promise<Runtime> | null = null;

export function nodeRuntime(): Promise<Runtime> {
  runtime ??= Promise.all([nodePolicyParser(), nodeCore()]).then(([parser, core]) => ({ parser, core }));
  return runtime;
}

/**
 * @fileoverview Loads the WebAssembly core in Node from engine/build/cfwasm.wasm (npm run build).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Core } from '../core/core.js';

export function coreWasmPath(): string {
  const here = new URL('.', import.meta.url);
  const up = here.pathname.includes('/dist/') ? '../../../' : '../../';
  return fileURLToPath(new URL(`${up}engine/build/cfwasm.wasm`, here));
}

let core: Promise<Core> | null = null;

/** The process-wide core instance (compiled and instantiated once). */
export function nodeCore(): Promise<Core> {
  // Read synchronously: fs/promises would load readline and more just for this one read.
  core ??= Promise.resolve().then(() => Core.load(readFileSync(coreWasmPath())));
  return core;
}

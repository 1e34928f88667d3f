/**
 * @fileoverview Loads the WebAssembly core in Node from engine/build/cfwasm.wasm (npm run build).
 * bin/cfwasm.js starts compiling it for a `run` before it loads the CLI (V8 compiles wasm on its
 * own threads, so the two overlap); nodeCore() adopts that compile through a global symbol, as
 * the CLI bundle and the bin are separate scripts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core } from '../core/core.js';

export function coreWasmPath(): string {
  // import.meta.dirname: Node 20.11 and the CLI bundle (no URL to make and parse at each run).
  const here = import.meta.dirname ?? dirname(fileURLToPath(import.meta.url));
  return join(here, here.includes('/dist/') ? '../../..' : '../..', 'engine', 'build', 'cfwasm.wasm');
}

/** What bin/cfwasm.js leaves: the path of the file it compiles, and the compile. */
interface EarlyCompile { path: string; module: Promise<WebAssembly.Module> }
const EARLY = Symbol.for('cfwasm.core-compile');
type Holder = { [EARLY]?: EarlyCompile };

/**
 * The compile bin/cfwasm.js started, taken (once) if it is of the same file; else null. Only the
 * bin sets it: a library user's process never has one.
 */
function takeEarlyCompile(path: string): Promise<WebAssembly.Module> | null {
  const early = (globalThis as Holder)[EARLY];
  if (!early) return null;
  delete (globalThis as Holder)[EARLY];
  // Both paths are real ones: Node resolves links in a script's path (the bin's, the bundle's).
  return early.path === path ? early.module : null;
}

/** The early compile still under way (the parser waits for it before V8's flags change). */
export function coreCompiling(): Promise<unknown> | undefined {
  return (globalThis as Holder)[EARLY]?.module;
}

let core: Promise<Core> | null = null;

/** The process-wide core instance (compiled and instantiated once). */
export function nodeCore(): Promise<Core> {
  // Read synchronously: fs/promises would load readline and more just for this one read.
  core ??= Promise.resolve().then(async () => {
    const path = coreWasmPath();
    const early = takeEarlyCompile(path);
    // A failed early compile (a file replaced meanwhile) is tried again here, from the file.
    return Core.load((early && await early.catch(() => null)) || readFileSync(path));
  });
  return core;
}

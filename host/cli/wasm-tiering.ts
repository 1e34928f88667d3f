/**
 * @fileoverview Which V8 compilers the CLI lets WebAssembly use. By default V8 starts every wasm
 * function on its baseline compiler (Liftoff) and re-compiles hot ones with its optimising one
 * (TurboFan) in the background. For the core that pays: a 4 MB edit run ends ≈10 % sooner. For
 * tree-sitter's parser it does not: its huge tables keep TurboFan busy for ≈300 ms, and Node
 * waits for that at exit — most of a small run. So whatever loads tree-sitter first calls
 * baselineCompilerOnly() (measured with bench/editfiles.mjs).
 */
import { createRequire } from 'node:module';
import type * as v8 from 'node:v8';

let set = false;

/** From now on, wasm in this process is compiled by Liftoff only (no background tier-up). */
export function baselineCompilerOnly(): void {
  if (set) return;
  // node:v8 loaded only here: it brings the heap and serialisation modules a cached run never uses.
  (createRequire(import.meta.url)('node:v8') as typeof v8).setFlagsFromString('--liftoff-only');
  set = true;
}

/**
 * @fileoverview Which V8 compilers the CLI lets WebAssembly and JavaScript use. By default V8
 * starts every wasm function on its baseline compiler (Liftoff) and re-compiles hot ones with its
 * optimising one (TurboFan) in the background. For the core that pays: a 4 MB edit run ends ≈10 %
 * sooner. For tree-sitter's parser it does not: its huge tables keep TurboFan busy for ≈300 ms,
 * and Node waits for that at exit — most of a small run. So whatever loads tree-sitter first calls
 * baselineCompilerOnly() (measured with bench/editfiles.mjs).
 *
 * JavaScript likewise: `cfwasm lint` of many files spends, in every thread, a few hundred
 * milliseconds of CPU having TurboFan recompile the hundred or so functions of lint that get hot
 * (each worker thread has its own isolate, so each pays), and a thread's share of a thousand
 * files never earns that back (docs/architecture.md, "Lint of many files").
 */
import { createRequire } from 'node:module';
import type * as v8 from 'node:v8';

let set = false;

/** V8 flags set at run time (node:v8 loaded only here: it brings modules a cached run never uses). */
function setFlags(flags: string): void {
  (createRequire(import.meta.url)('node:v8') as typeof v8).setFlagsFromString(flags);
}

/** From now on, wasm in this process is compiled by Liftoff only (no background tier-up). */
export function baselineCompilerOnly(): void {
  if (set) return;
  setFlags('--liftoff-only');
  set = true;
}

let unoptimised = false;

/**
 * From now on, JavaScript in this process (every thread: V8's flags are the process's) runs in
 * V8's interpreter and baseline code, never recompiled by TurboFan. Called before any worker
 * starts, as their code cache is taken under these flags (scripts/bundle-cli.mjs), and never in
 * the build's training of the CLI's own cache (a cache is stamped with the flags it was made under).
 */
export function noOptimisingJit(): void {
  if (unoptimised) return;
  setFlags('--no-opt');
  unoptimised = true;
}

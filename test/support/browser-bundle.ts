/**
 * @fileoverview Bundles host/api/browser.ts for browsers (esbuild, platform browser, IIFE), and
 * runs it in a fresh V8 context that has only what a browser page has (no process, require or
 * Buffer): what a page or a worker would run.
 */
import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
// The one bundling configuration, shared with the playground's build.
import { browserBuildOptions } from '../../playground/build-config.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Cfwasm, WasmModules } from '../../host/api/browser.js';
import { coreWasmPath } from '../../host/node/core.js';
import { grammarWasmPath } from '../../host/node/grammar.js';
import { REPO } from './shared.js';

export async function bundleForBrowsers(): Promise<string> {
  const out = await build({
    ...(browserBuildOptions as BuildOptions),
    entryPoints: [join(REPO, 'host', 'api', 'browser.ts')],
    format: 'iife', globalName: 'cfwasm', write: false,
  });
  return out.outputFiles[0].text;
}

export function wasmModules(): WasmModules {
  return {
    grammar: new Uint8Array(readFileSync(grammarWasmPath())),
    treeSitter: new Uint8Array(readFileSync(join(REPO, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'))),
    core: new Uint8Array(readFileSync(coreWasmPath())),
  };
}

/** Loads the bundle in a browser-like context and instantiates cfwasm there. */
export async function loadInBrowserContext(code: string): Promise<Cfwasm> {
  const context = vm.createContext({
    WebAssembly, TextEncoder, TextDecoder, URL, console, performance, queueMicrotask, setTimeout, clearTimeout,
  });
  vm.runInContext(code, context);
  // Bytes made by the page's own Uint8Array (instanceof checks do not cross V8 contexts).
  const PageBytes = vm.runInContext('Uint8Array', context) as Uint8ArrayConstructor;
  const w = wasmModules();
  const modules = { grammar: new PageBytes(w.grammar), treeSitter: new PageBytes(w.treeSitter), core: new PageBytes(w.core) };
  return (context as unknown as { cfwasm: { loadCfwasm(w: WasmModules): Promise<Cfwasm> } }).cfwasm.loadCfwasm(modules);
}

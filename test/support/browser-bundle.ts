/**
 * @fileoverview Bundles host/api/browser.ts for browsers (esbuild, platform browser, IIFE), and
 * runs it in a fresh V8 context that has only what a browser page has (no process, require or
 * Buffer): what a page or a worker would run.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Cfwasm, WasmModules } from '../../host/api/browser.js';
import { coreWasmPath } from '../../host/node/core.js';
import { grammarWasmPath } from '../../host/node/grammar.js';
import { REPO } from './shared.js';

/** Node built-ins that memfs uses, mapped to their browser polyfills. */
const POLYFILLS: Record<string, string> = {
  'node:url': 'url', 'node:path': 'path-browserify', path: 'path-browserify', 'node:buffer': 'buffer',
  'node:events': 'events', 'node:stream': 'stream-browserify', stream: 'stream-browserify',
};

export async function bundleForBrowsers(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO, 'host', 'api', 'browser.ts')],
    bundle: true, platform: 'browser', format: 'iife', globalName: 'cfwasm', write: false,
    alias: POLYFILLS,
    inject: [join(REPO, 'host', 'api', 'browser-shims', 'process.js')],
    // web-tree-sitter loads these only when it runs in Node.
    external: ['fs/promises', 'module'],
    logLevel: 'silent',
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

// How the project's browser code is bundled by esbuild: the one definition, used by the
// playground's build (playground/build.mjs) and by the tests that run the browser entry in a
// browser-like context (test/support/browser-bundle.ts).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Node built-ins that memfs uses, mapped to their browser polyfills. */
export const POLYFILLS = {
  'node:url': 'url', 'node:path': 'path-browserify', path: 'path-browserify', 'node:buffer': 'buffer',
  'node:events': 'events', 'node:stream': 'stream-browserify', stream: 'stream-browserify',
};

/** esbuild options for any bundle that includes host/api/browser.ts. */
export const browserBuildOptions = {
  bundle: true,
  platform: 'browser',
  alias: POLYFILLS,
  inject: [join(REPO, 'host', 'api', 'browser-shims', 'process.js')],
  // web-tree-sitter loads these only when it runs in Node.
  external: ['fs/promises', 'module'],
  logLevel: 'silent',
};

/** The wasm files a page needs, by the name the page fetches them under. */
export const WASM_ASSETS = {
  'cfwasm.wasm': join(REPO, 'engine', 'build', 'cfwasm.wasm'),
  'tree-sitter-cfengine.wasm': join(REPO, 'grammar', 'tree-sitter-cfengine.wasm'),
  'tree-sitter.wasm': join(REPO, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'),
};

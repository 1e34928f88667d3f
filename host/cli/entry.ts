/**
 * @fileoverview What bin/cfwasm.js needs of the CLI, in one module: the entry point of the CLI
 * bundle (scripts/bundle-cli.mjs), which starts faster than the module graph it is made of.
 */
export { main } from './main.js';
export { baselineCompilerOnly } from './wasm-tiering.js';

#!/usr/bin/env node
// The installed `cfwasm` command: runs the compiled CLI (npm run build makes dist/).
import { setFlagsFromString } from 'node:v8';

// The wasm modules (grammar, tree-sitter, core) run on V8's baseline compiler only: optimising
// them in the background costs ≈300 ms that Node waits for at exit — most of a small run — and
// measured no faster on the 4 MB editfiles benchmark (bench/editfiles.mjs).
setFlagsFromString('--liftoff-only');
const { main } = await import('../dist/host/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`cfwasm: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);

#!/usr/bin/env node
// The installed `cfwasm` command: runs the compiled CLI (npm run build makes dist/).
// `run` loads tree-sitter only when its policy is not cached; every other command parses.
if (process.argv[2] !== 'run') (await import('../dist/host/cli/wasm-tiering.js')).baselineCompilerOnly();
const { main } = await import('../dist/host/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`cfwasm: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);

#!/usr/bin/env node
// The installed `cfwasm` command (npm run build makes dist/).
import { loadCli } from './load-cli.js';

const cli = await loadCli();
// Only after the CLI is compiled: V8 rejects a code cache made under other flags. `run` loads
// tree-sitter only when its policy is not cached; every other command parses (wasm-tiering.ts).
if (process.argv[2] !== 'run') cli.baselineCompilerOnly();

cli.main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`cfwasm: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);

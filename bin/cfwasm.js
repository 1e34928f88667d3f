#!/usr/bin/env node
// The installed `cfwasm` command: runs the compiled CLI (npm run build makes dist/).
import { main } from '../dist/host/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`cfwasm: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 70;
  },
);

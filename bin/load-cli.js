// Loads the CLI for bin/cfwasm.js: the bundle dist/host/cli/cfwasm.bundle.cjs (made by
// scripts/bundle-cli.mjs) compiled with V8's code cache made at build time — a third of what a
// small run spends before its first line of cfwasm code — else the modules in dist/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'host', 'cli');
export const bundlePath = join(cli, 'cfwasm.bundle.cjs');
export const codeCachePath = `${bundlePath}.cache`;
const entryPath = join(cli, 'entry.js');

/** Compiles and runs the bundle: its exports, and the script (to make a code cache from). */
export function compileBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(codeCachePath);
  } catch { /* no cache: compiled from source */ }
  // A rejected cache (another Node, other V8 flags) only means compiling from source.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundlePath, 'utf8')}\n})`,
    { filename: bundlePath, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, cli);
  return { exports: module.exports, script };
}

/** The CLI's exports (main, baselineCompilerOnly): the bundle unless it is older than the modules. */
export async function loadCli() {
  // A `tsc` alone leaves the bundle behind: then the modules it was made of are newer.
  if (existsSync(bundlePath) && statSync(bundlePath).mtimeMs >= statSync(entryPath).mtimeMs) return compileBundle().exports;
  return import(entryPath);
}

// Loads the CLI for bin/cfwasm.js: the bundle dist/host/cli/cfwasm.bundle.cjs (made by
// scripts/bundle-cli.mjs) compiled with V8's code cache made at build time — a third of what a
// small run spends before its first line of cfwasm code — else the modules in dist/.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'host', 'cli');
export const bundlePath = join(cli, 'cfwasm.bundle.cjs');
export const codeCachePath = `${bundlePath}.cache`;
const entryPath = join(cli, 'entry.js');
const installed = cli.split(sep).includes('node_modules');

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

/**
 * The CLI's exports (main, baselineCompilerOnly): the bundle unless, in a checkout, it is older
 * than the modules.
 */
export async function loadCli() {
  // A `tsc` alone leaves the bundle behind: then the modules it was made of are newer.
  if (!existsSync(entryPath)) {
    // A checkout before `npm run build` (an installed package always has dist/).
    if (!existsSync(bundlePath)) throw new Error(`cfwasm is not built: no ${entryPath} (run npm run build in ${join(cli, '..', '..', '..')})`);
    return compileBundle().exports;
  }
  // An installed package is as packed (npm gives its files the time they were unpacked, in any
  // order, so times say nothing there).
  if (existsSync(bundlePath) && (installed || statSync(bundlePath).mtimeMs >= statSync(entryPath).mtimeMs)) return compileBundle().exports;
  return import(entryPath);
}

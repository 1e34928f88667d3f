// Loads the CLI for bin/cfwasm.js: the bundle dist/host/cli/cfwasm.bundle.cjs, or for `run` its
// own cfwasm-run.bundle.cjs (both made by scripts/bundle-cli.mjs), compiled with V8's code cache
// made at build time — a third of what a small run spends before its first line of cfwasm code —
// else the modules in dist/.
// CommonJS (bin/package.json): an ES module entry would start Node's ESM loader, which reads
// its source through fs/promises and streams — ≈7 ms of CPU before any cfwasm code.
'use strict';
const { existsSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');
const { Script } = require('node:vm');
// The module system's own: node:module, required, would load Node's ES module loader with it.
const { createRequire } = module.constructor;

const cli = join(__dirname, '..', 'dist', 'host', 'cli');
/** The whole CLI (host/cli/entry.ts), for every command but `run`. */
const bundlePath = join(cli, 'cfwasm.bundle.cjs');
/**
 * `run` alone (host/cli/run-entry.ts): a run reads and holds no other command's code (0.4 of
 * the whole CLI's text, a string in the heap for all of the run) and deserialises a smaller code
 * cache (V8 deserialises all of a cache, used or not: with lint's code in it, a fifth more).
 */
const runBundlePath = join(cli, 'cfwasm-run.bundle.cjs');
/** The bundle `command` (argv[0]) starts; each has the code cache its build trained beside it (`.cache`). */
const bundleFor = command => (command === 'run' ? runBundlePath : bundlePath);
/** The lint worker's bundle (host/cli/lint-worker.ts), with its own code cache beside it likewise. */
const lintWorkerBundlePath = join(cli, 'lint-worker.bundle.cjs');
const entryPath = join(cli, 'entry.js');
const installed = cli.split(sep).includes('node_modules');

/** How a CommonJS module's text is wrapped; the build writes the bundle so wrapped (scripts/bundle-cli.mjs). */
const BUNDLE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * Compiles and runs a bundle (the CLI's unless `path` names another) with a code cache the build
 * made beside it (`cache`, by default `path`.cache): its exports, and the script (to make a code
 * cache from). `read(path)` gives a file's bytes, which need last only until its next call
 * (bin/cfwasm.js lends one buffer to all three files a run starts with).
 */
function compileBundle(path = bundlePath, cache = `${path}.cache`, read = readFileSync) {
  // The text first, made a string (its bytes done with), then the cache. The build writes the
  // bundles in ASCII (scripts/bundle-cli.mjs escapes every other character), which read as
  // Latin-1 is the same string, copied as it is.
  const text = read(path).toString('latin1');
  let cachedData;
  try {
    cachedData = read(cache);
  } catch { /* no cache: compiled from source */ }
  // Wrapped here only if the build did not (the copy costs the size of the bundle in the heap).
  // A rejected cache (another Node, other V8 flags, a bundle of another length) only means
  // compiling from source. The caches are written by the build alone (scripts/bundle-cli.mjs).
  const script = new Script(text.startsWith(BUNDLE_WRAPPER) ? text : `${BUNDLE_WRAPPER}${text}\n})`,
    { filename: path, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  return { exports: module.exports, script };
}

/**
 * A lint worker thread's code (host/cli/lint-files.ts starts it here): its bundle with its code
 * cache. A worker started for the build's training also answers `{ codeCache: true }` with the
 * cache of what it compiled by then.
 */
function runLintWorker() {
  const { parentPort, workerData } = require('node:worker_threads');
  const { script } = compileBundle(lintWorkerBundlePath);
  if (workerData?.trainCodeCache) {
    parentPort.on('message', m => {
      if (m?.codeCache) parentPort.postMessage({ codeCache: script.createCachedData() });
    });
  }
}

/**
 * The CLI's exports (main; baselineCompilerOnly but in the run bundle) for `command` (argv[0]:
 * which bundle): the bundle unless, in a checkout, it is older than the modules. `read`: as
 * compileBundle's.
 */
async function loadCli(command, read = readFileSync) {
  const bundle = bundleFor(command);
  // A `tsc` alone leaves the bundle behind: then the modules it was made of are newer.
  if (!existsSync(entryPath)) {
    // A checkout before `npm run build` (an installed package always has dist/).
    if (!existsSync(bundle)) throw new Error(`cfwasm is not built: no ${entryPath} (run npm run build in ${join(cli, '..', '..', '..')})`);
    return compileBundle(bundle, undefined, read).exports;
  }
  // An installed package is as packed (npm gives its files the time they were unpacked, in any
  // order, so times say nothing there).
  if (existsSync(bundle) && (installed || statSync(bundle).mtimeMs >= statSync(entryPath).mtimeMs)) return compileBundle(bundle, undefined, read).exports;
  return import(require('node:url').pathToFileURL(entryPath).href);
}

exports.BUNDLE_WRAPPER = BUNDLE_WRAPPER;
exports.bundlePath = bundlePath;
exports.runBundlePath = runBundlePath;
exports.bundleFor = bundleFor;
exports.compileBundle = compileBundle;
exports.lintWorkerBundlePath = lintWorkerBundlePath;

// Started as a thread's code (host/cli/lint-files.ts startWorkers): a lint worker.
if (require.main === module) runLintWorker();
exports.loadCli = loadCli;

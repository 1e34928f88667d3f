#!/usr/bin/env node
// The installed `cfwasm` command (npm run build makes dist/).
'use strict';
const argv = process.argv.slice(2);

// A run that copies from servers: the remote worker boots while the core compiles and the CLI
// loads (early.ts; one CommonJS file, like the CLI's bundle). Started before anything else: the
// worker's boot, its TLS handshake and the first request are the longer of the two paths that
// meet at the run's first request to a server, so the main thread's own loading waits for it.
if (argv[0] === 'run') {
  const copying = policyNamingServer();
  if (copying !== null) {
    try {
      require('../dist/host/node/remote/early.bundle.cjs').startEarly(argv, copying);
    } catch { /* not built: the CLI starts it when needed */ }
  }
}

/**
 * The big files every run starts with (the core's wasm here, then the CLI bundle's text and its
 * code cache in load-cli.js) are read one after another into this one buffer, each used up before
 * the next is read: WebAssembly.compile copies the bytes it is given, the text is made a string,
 * the cache is deserialised. So their pages are faulted in once (≈3.4 µs a page on our machines),
 * where a buffer for each — and Node's reading of the text, 8 kB a call into a growing string —
 * were ≈200 faults more, the buffers kept until a collection that a short run never makes. Only
 * the pages of the largest file are ever touched: the rest of it is address space only.
 */
const lent = Buffer.allocUnsafeSlow(1 << 20);

/** File `path` whole: a view of the lent buffer (valid until the next call), or its own buffer if larger. */
function readLent(path) {
  const fs = require('node:fs');
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = size <= lent.length ? lent : Buffer.allocUnsafeSlow(size);
    let got = 0;
    for (let n = 1; got < size && n > 0; got += n) n = fs.readSync(fd, bytes, got, size - got, got);
    return bytes.subarray(0, got);
  } finally {
    fs.closeSync(fd);
  }
}

// A run's core (engine/build/cfwasm.wasm) compiles on V8's threads while the CLI loads: started
// next, before anything else is loaded, for the most overlap. The CLI adopts the compile
// (host/node/core.ts nodeCore). Not for a run that uses no core (help, the version, a parse only;
// another spelling of these only costs the compile).
const NO_CORE = ['-h', '--help', '-V', '--version', '-p', '--parse-only'];
if (argv[0] === 'run' && !argv.some(a => NO_CORE.includes(a))) {
  const { join } = require('node:path');
  const path = join(__dirname, '..', 'engine', 'build', 'cfwasm.wasm');
  try {
    const module = WebAssembly.compile(readLent(path));
    module.catch(() => {}); // the CLI compiles again, and reports what is wrong
    globalThis[Symbol.for('cfwasm.core-compile')] = { path, module };
  } catch { /* not built: the CLI says so */ }
}

// CommonJS, as load-cli.js says why.
const { loadCli } = require('./load-cli.js');

/**
 * A bug or a broken installation: one line and exit 70 (EX_SOFTWARE). The stack trace only when
 * asked for: `cfwasm run -d`, or CFWASM_DEBUG=1 for any command.
 */
function internalError(err) {
  const debug = !!process.env.CFWASM_DEBUG || (argv[0] === 'run' && argv.some(a => /^(-d[012]?|--debug(=.*)?)$/.test(a)));
  const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  const message = err instanceof Error && err.name !== 'Error' ? `${err.name}: ${first}` : first;
  process.stderr.write(debug && err instanceof Error && err.stack
    ? `cfwasm: internal error: ${err.stack}\n`
    : `cfwasm: internal error: ${message} (CFWASM_DEBUG=1 shows where)\n`);
  process.exitCode = 70;
}

// A reader that stops early (`cfwasm … | head`) is no error of cfwasm: stop quietly. Node makes
// process.stdout and stderr when first used (with the streams modules: ≈3 ms); a quiet run uses
// neither, so the handler is attached as each is made.
function onStreamError(err) {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  internalError(err);
}
for (const name of ['stdout', 'stderr']) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (!made || typeof made.get !== 'function' || !made.configurable) {
    process[name].on('error', onStreamError);
    continue;
  }
  let stream = null;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable,
    get() {
      if (stream === null) {
        stream = made.get.call(process);
        stream.on('error', onStreamError);
      }
      return stream;
    },
  });
}

/**
 * The text of the policy a `run` names (-f FILE, --file FILE, --file=FILE) if it has a `server=`,
 * else null: only then is the early start's module loaded (its loading and compiling were ≈4 M
 * instructions of every run, a twentieth of a small run's cost over Node's own start). Read as
 * early.ts reads it: a regular file (opened without waiting: a pipe's text is the CLI's), whole.
 */
function policyNamingServer() {
  let file;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-f' || argv[i] === '--file') file = argv[i + 1];
    else if (argv[i].startsWith('--file=')) file = argv[i].slice(7);
  }
  if (!file || file === '-' || file === '.') return null;
  const fs = require('node:fs');
  let fd = -1;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > 16 << 20) return null;
    const bytes = Buffer.allocUnsafe(st.size);
    let got = 0;
    for (let n = 1; got < st.size && n > 0; got += n) n = fs.readSync(fd, bytes, got, st.size - got, got);
    const text = bytes.toString('latin1', 0, got);
    return /server\s*=/i.test(text) ? text : null;
  } catch {
    return null; // the CLI says what is wrong with the file
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

(async () => {
  try {
    const cli = await loadCli(argv[0], readLent);
    // Only after the CLI is compiled: V8 rejects a code cache made under other flags. `run` loads
    // tree-sitter only when its policy is not cached; every other command parses (wasm-tiering.ts).
    if (argv[0] !== 'run') cli.baselineCompilerOnly();
    process.exitCode = await cli.main(argv);
  } catch (err) {
    internalError(err);
  }
  // Once nothing is left to do (no handle, request, timer or write pending: what 'beforeExit'
  // means), end at once: Node would otherwise free the heap and the core's memory piece by piece
  // before exiting, ≈2 ms of a small run. 'exit' listeners still run; the exit status stays.
  // (`on`, not `once`: process.exit does not return, and once's wrapper and its removal were
  // five more of Node's functions to compile at each run.)
  process.on('beforeExit', () => process.exit());
})();

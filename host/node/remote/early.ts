/**
 * @fileoverview The remote copy worker (worker.ts) started as early as possible: a worker thread
 * takes longer to boot and load Node's TLS modules than the CLI takes to load, so bin/cfwasm.js
 * starts it before it loads the CLI, for a `run` whose policy copies from servers; the
 * RemoteClient adopts it (its settings come as the first message). Only Node builtins here: this
 * module is loaded on its own, outside the CLI bundle, and the two share the worker through a
 * global symbol.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStateDir } from '../state-dir.js';
import { WORKER_GONE, WORKER_RUNNING } from './shared.js';
import type { MessagePort, Worker } from 'node:worker_threads';
import type * as workerThreadsModule from 'node:worker_threads';

/**
 * `flag[0]`: set by the worker when a reply is posted (client.ts waits on it); `flag[1]`: the
 * worker's state (WORKER_*), so a worker that never loaded or died is noticed, not waited for.
 */
export interface WorkerHandle {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  /** It may hold connections (a hint was given, or a run uses it): ending it closes them first. */
  connections: boolean;
  ended: boolean;
}

/** How a CommonJS module's text is wrapped (as bin/load-cli.js does for the CLI's bundle). */
const BUNDLE_WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * What the worker thread runs first: it marks the thread gone when it ends, however it ends, and
 * tells why the worker's code could not be loaded (a broken installation), then lets it end.
 * The one CommonJS file the build makes (worker.bundle.cjs) is compiled with the V8 code cache
 * the build made beside it (`.cache`, scripts/train-remote-worker.mjs): without it, parsing the
 * bundle's functions as each is first called was ≈25 ms of the worker's CPU, most of it before
 * the first GET. A cache V8 rejects (another Node, other flags, another bundle) only means
 * compiling from the text. A worker started with `trainCodeCache` answers `{ codeCache: true }`
 * on its parent port with the cache of what it compiled by then (the build's training), and
 * whether V8 rejected the one it was given. The bundle requires Node's built-in modules only, so
 * it is given this script's own `require` (a `createRequire` for its path would load node:module
 * and the ES module loader into the worker, on its way to its first connection).
 * The worker's stdout and stderr are its own (spawnWorker): what it writes there (Node's warnings;
 * nothing else is meant to be written) goes straight to the process's descriptors 1 and 2 here,
 * as it is written. Left to Node, it would wait in streams of the main thread that nobody reads,
 * which then hold that thread's event loop open while the worker lives.
 */
const LOADER = `'use strict';
const { workerData, parentPort } = require('node:worker_threads');
const state = new Int32Array(workerData.flag);
process.on('exit', () => { Atomics.store(state, 1, ${WORKER_GONE}); Atomics.notify(state, 0); });
for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
  let made = null;
  Object.defineProperty(process, name, { configurable: true, enumerable: true, get() {
    return made ??= new (require('node:stream').Writable)({ write(chunk, encoding, done) {
      try { require('node:fs').writeSync(fd, chunk); } catch { /* nowhere to say it */ }
      done();
    } });
  } });
}
const failed = (e) => { workerData.port.postMessage({ workerFailed: String(e && e.message || e).split('\\n')[0] }); };
if (workerData.file) {
  try {
    const fs = require('node:fs');
    const file = workerData.file;
    let cachedData;
    try { cachedData = fs.readFileSync(file + '.cache'); } catch { /* none: compiled from the text */ }
    const { Script } = require('node:vm');
    const script = new Script('${BUNDLE_WRAPPER}' + fs.readFileSync(file, 'utf8') + '\\n})', { filename: file, cachedData });
    if (workerData.trainCodeCache) parentPort.on('message', (m) => {
      if (m && m.codeCache) parentPort.postMessage({ codeCache: script.createCachedData(), rejected: script.cachedDataRejected === true });
    });
    const module = { exports: {} };
    script.runInThisContext()(module.exports, require, module, file, require('node:path').dirname(file));
  } catch (e) { failed(e); }
} else import(workerData.url).catch(failed);
`;

/**
 * What the worker may connect to before the run asks (worker.ts speculate): the servers the
 * policy names literally, on the port its control section gives literally (0: the default), and
 * the state directory the run will use (its keys and pins; the run's own settings must agree).
 */
export interface EarlyHint {
  stateDir: string;
  servers: { host: string; port: number }[];
  /** The policy copies trees (`recurse=`): the read-ahead connection is opened early too. */
  trees: boolean;
}

/** The most servers connected to before the run asks. */
const MAX_GUESSES = 2;

/** A line up to its comment: a `#` outside quotes (a `server=` after it names no copy's server). */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/**
 * The hint for a policy's text: `server=NAME` without variables, and `port = ( N )` if the text
 * says it once (else none is guessed: a port given through a variable would be a guess). Only
 * servers of copies whose class is trivially true (none given since the section began, or `any`):
 * a copy under another class may not run, and the server would see a connection for nothing.
 */
export function hintOf(text: string, stateDir: string): EarlyHint | null {
  const ports = [...text.matchAll(/^[ \t]*port[ \t]*=[ \t]*\(?[ \t]*([^\s()]*)/gim)].map(m => m[1]);
  if (ports.length > 1 || (ports.length === 1 && !/^\d{1,5}$/.test(ports[0]))) return null;
  const port = ports.length ? Number(ports[0]) : 0;
  const hosts = new Set<string>();
  let always = true;
  for (const line of text.split('\n')) {
    const first = /^[ \t]*([^\s#]+)/.exec(line)?.[1] ?? '';
    if (/^[A-Za-z]+:$/.test(first)) always = true; // a section begins: no class yet
    else if (first.endsWith('::')) always = first === 'any::';
    if (!always) continue;
    for (const m of withoutComment(line).matchAll(/\bserver[ \t]*=[ \t]*([^\s]+)/gi)) {
      if (/^[A-Za-z0-9.:_-]+$/.test(m[1]) && hosts.size < MAX_GUESSES) hosts.add(m[1]);
    }
  }
  return hosts.size ? { stateDir, servers: [...hosts].map(host => ({ host, port })), trees: /\brecurse[ \t]*=/i.test(text) } : null;
}

const EARLY = Symbol.for('cfwasm.remote-worker');
type Holder = { [EARLY]?: WorkerHandle };

/**
 * The worker's code: the compiled module beside this one, or from the CLI bundle's directory, or
 * from the sources; in its place the one CommonJS file the build makes of it (quicker to load than
 * the modules), unless it is older (a build of the modules alone since). `from`: where this
 * module is (the tests give a scratch directory of their own, never touching the build's files).
 */
export function workerPath(from: string = import.meta.url): URL | null {
  for (const dir of ['./', '../node/remote/', '../../../dist/host/node/remote/']) {
    const module = new URL(`${dir}worker.js`, from);
    const bundle = new URL(`${dir}worker.bundle.cjs`, from);
    try {
      const built = fs.statSync(module).mtimeMs;
      try {
        if (fs.statSync(bundle).mtimeMs >= built) return bundle;
      } catch { /* no bundle */ }
      return module;
    } catch { /* not here */ }
  }
  return null;
}

/**
 * A new worker, waiting for its settings (the first message on its port); with `hint`, it connects
 * at once. `trainCodeCache`: for the build's training only (LOADER).
 */
export function spawnWorker(url: URL, hint?: EarlyHint | null, trainCodeCache = false): WorkerHandle {
  // Loaded here, not at the top: the CLI bundle holds this module, and most runs start no worker.
  const { MessageChannel, Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof workerThreadsModule;
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(8));
  // stdout and stderr: true, so that they are not piped into this thread's (Worker's constructor
  // would make process.stdout and stderr here, ≈7 M instructions, before it starts the thread,
  // when a quiet run makes neither); the worker writes to the descriptors itself (LOADER).
  const worker = new Worker(LOADER, {
    eval: true, transferList: [port2], stdout: true, stderr: true,
    workerData: {
      port: port2, flag: flag.buffer, url: url.href,
      // The bundle's path, made here (the worker would load node:url for it).
      ...(url.pathname.endsWith('.cjs') ? { file: fileURLToPath(url) } : {}),
      ...(hint ? { hint } : {}), ...(trainCodeCache ? { trainCodeCache } : {}),
    },
  });
  // Its failures reach the main thread through the port and flag[1] (client.ts); not as an event
  // that would end the process with a stack trace.
  worker.on('error', () => {});
  worker.unref();
  port1.unref();
  const handle: WorkerHandle = { worker, port: port1, flag, connections: !!hint, ended: false };
  // However the process ends (a refused state directory, an error, the end of the run), the
  // worker's connections end with close_notify, not dropped.
  process.once('exit', () => endWorker(handle));
  return handle;
}

/**
 * Ends the worker, its connections first closed with close_notify (the worker answers when they
 * are; waited for at most 1.5 s). Called again, nothing.
 */
export function endWorker(h: WorkerHandle): void {
  if (h.ended) return;
  h.ended = true;
  // Still loading: it has opened nothing yet (worker.ts marks itself running before it connects).
  if (h.connections && Atomics.load(h.flag, 1) === WORKER_RUNNING) {
    Atomics.store(h.flag, 0, 0);
    h.port.postMessage('close');
    // (The thread's end also wakes this wait: the loader notifies as it goes.)
    Atomics.wait(h.flag, 0, 0, 1500);
  }
  void h.worker.terminate();
  h.port.close();
}

/**
 * Called by bin/cfwasm.js with its arguments: for `run -f FILE` (or --file) whose text has a
 * `server=`, the worker starts now. Anything else (other spellings, no file) waits for the CLI's
 * own decision (NodeHost.startRemote); a worker started and not used is ended with the run.
 * `read`: the policy's text as the bin read it already (it loads this module only for a text
 * with `server=`), not read again.
 */
export function startEarly(argv: string[], read?: string): void {
  if (argv[0] !== 'run' || argv.includes('--no-copy') || argv.includes('-a') || argv.includes('--sysadm')) return;
  let file: string | undefined;
  let stateDir: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-f' || argv[i] === '--file') file = argv[i + 1];
    else if (argv[i].startsWith('--file=')) file = argv[i].slice(7);
    else if (argv[i] === '--state-dir') stateDir = argv[i + 1];
    else if (argv[i].startsWith('--state-dir=')) stateDir = argv[i].slice(12);
  }
  if (!file || file === '-' || file === '.') return;
  let text = read;
  if (text === undefined) {
    let fd = -1;
    try {
      // A regular file only (opened without waiting, looked at through its descriptor): what a
      // pipe gave here would be gone for the CLI.
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
      const st = fs.fstatSync(fd);
      if (!st.isFile() || st.size > 16 << 20) return;
      // Read as the CLI reads it next (bounded-read.ts): the same code, compiled once for both.
      const bytes = Buffer.allocUnsafe(st.size);
      let got = 0;
      for (let n = 1; got < st.size && n > 0; got += n) n = fs.readSync(fd, bytes, got, st.size - got, got);
      text = bytes.toString('latin1', 0, got);
    } catch {
      return;
    } finally {
      if (fd >= 0) fs.closeSync(fd);
    }
  }
  if (!/server\s*=/i.test(text)) return;
  const url = workerPath();
  // A dry run (-n) connects too: it asks the servers what it would copy.
  const hint = stateDir === '' ? null : hintOf(text, resolve(stateDir ?? defaultStateDir()));
  if (url) (globalThis as Holder)[EARLY] ??= spawnWorker(url, hint);
}

/** The worker startEarly started, taken once (null if none). */
export function takeEarly(): WorkerHandle | null {
  const holder = globalThis as Holder;
  const early = holder[EARLY] ?? null;
  delete holder[EARLY];
  return early;
}

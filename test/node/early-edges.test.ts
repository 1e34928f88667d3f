/**
 * host/node/remote/early.ts at its edges: standard input or a directory named as the policy never
 * starts the worker even with the text at hand; the policy's descriptor is closed; the file is read
 * to its size exactly, a read that stops short ends the reading (node:fs's readSync wrapped in a
 * fresh instance); the worker's bundle is chosen by its age against the module's; the bundle's path
 * is given to the loader (which then compiles it itself); an error event of the worker is not thrown
 * here; the process's exit ends the worker; endWorker twice asks nothing twice; starting a worker
 * makes neither process.stdout nor process.stderr here, and what the worker writes there still
 * reaches them without holding the process open.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { endWorker, spawnWorker, startEarly, takeEarly, workerPath } from '../../host/node/remote/early.js';
import type { WorkerHandle } from '../../host/node/remote/early.js';
import { WORKER_RUNNING } from '../../host/node/remote/shared.js';
import { REPO } from '../support/shared.js';

const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-edges-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.doUnmock('node:fs');
  vi.restoreAllMocks();
});
// Under Stryker one module cache serves every test file and run: the fresh instance with node:fs
// wrapped must not be what the next file imports.
afterAll(() => {
  vi.resetModules();
});

const COPY = 'copy:\n /x dest=/y server=h\n';
/** The worker startEarly started (ended at once), or null. */
function started(): WorkerHandle | null {
  const h = takeEarly();
  if (h) endWorker(h);
  return h;
}
/** This process's descriptors open on `file` (a worker starting opens descriptors of its own meanwhile: not counted). */
const openOn = (file: string) => fs.readdirSync('/proc/self/fd').filter((fd) => {
  try {
    return fs.readlinkSync(`/proc/self/fd/${fd}`) === file;
  } catch {
    return false; // closed since the listing
  }
}).length;

describe('startEarly', () => {
  it('"-" (standard input), "." or nothing as the file: no worker, though the text the bin read names a server', () => {
    for (const file of ['-', '.', '']) {
      startEarly(['run', '-f', file, '--state-dir='], COPY);
      expect(started(), JSON.stringify(file)).toBeNull();
    }
    startEarly(['run', '-f', 'p.cf', '--state-dir='], COPY);
    expect(started()).not.toBeNull();
  });

  it('the policy\'s descriptor is closed, whether a worker starts or not', () => {
    for (const text of [COPY, 'editfiles:\n']) {
      const file = join(dir, `p${text.length}.cf`);
      fs.writeFileSync(file, text);
      startEarly(['run', '-f', file, '--state-dir=']);
      const h = takeEarly();
      expect(h !== null, text).toBe(text === COPY);
      expect(openOn(file), text).toBe(0);
      if (h) endWorker(h);
    }
  });

  /** early.ts afresh, node:fs's readSync giving at most 10 bytes a call (none after `stopAt` bytes); its calls recorded. */
  async function chunked(stopAt = Infinity) {
    const reads: [number, number, number][] = [];
    vi.doMock('node:fs', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:fs')>();
      const readSync = (fd: number, buf: Uint8Array, off: number, len: number, pos: number) => {
        reads.push([off, len, pos]);
        if (reads.length > 100) throw new Error('still reading after 100 calls');
        return off >= stopAt ? 0 : real.readSync(fd, buf, off, Math.min(len, 10), pos);
      };
      return { ...real, readSync, default: { ...real, readSync } };
    });
    vi.resetModules();
    return { early: await import('../../host/node/remote/early.js'), reads };
  }

  it('the file read to its size exactly, a read short of it continued from where it stopped', async () => {
    const file = join(dir, 'chunked.cf');
    fs.writeFileSync(file, COPY); // 27 bytes, "server=" from byte 18
    const { early, reads } = await chunked();
    early.startEarly(['run', '-f', file, '--state-dir=']);
    expect(reads).toEqual([[0, 27, 0], [10, 17, 10], [20, 7, 20]]);
    expect(started()).not.toBeNull();
  });

  it('a read that gives nothing before the size (the file cut meanwhile) ends the reading: decided on what was read', async () => {
    const file = join(dir, 'cut.cf');
    fs.writeFileSync(file, COPY);
    const { early, reads } = await chunked(10);
    early.startEarly(['run', '-f', file, '--state-dir=']);
    expect(reads).toEqual([[0, 27, 0], [10, 17, 10]]);
    expect(started()).toBeNull(); // "copy:\n /x " names no server
  });
});

describe('workerPath: the bundle or the module', () => {
  it('the one-file bundle when it is as new as the module or newer; the module when the bundle is older (the modules built alone since)', () => {
    // A scratch copy of the layout (the build's own files are never touched: other test files
    // start the worker from them meanwhile).
    const here = fs.mkdtempSync(join(tmpdir(), 'cfwasm-worker-path-'));
    try {
      const module = join(here, 'worker.js');
      const bundle = join(here, 'worker.bundle.cjs');
      fs.writeFileSync(module, '');
      fs.writeFileSync(bundle, '');
      const from = pathToFileURL(join(here, 'early.js')).href;
      const t = 1_700_000_000;
      fs.utimesSync(module, t, t);
      fs.utimesSync(bundle, t, t);
      expect(workerPath(from)?.href).toBe(pathToFileURL(bundle).href);
      fs.utimesSync(bundle, t, t + 10);
      expect(workerPath(from)?.href).toBe(pathToFileURL(bundle).href);
      fs.utimesSync(bundle, t, t - 10);
      expect(workerPath(from)?.href).toBe(pathToFileURL(module).href);
      fs.rmSync(bundle);
      expect(workerPath(from)?.href).toBe(pathToFileURL(module).href);
    } finally {
      fs.rmSync(here, { recursive: true, force: true });
    }
  });

  it('this module\'s own place by default: a built worker found from it', () => {
    expect(workerPath()?.href).toMatch(/\/worker\.(js|bundle\.cjs)$/);
  });
});

describe('spawnWorker and endWorker', () => {
  it('a bundle (.cjs) is given to the loader by its path, to compile itself; a module by its URL alone', async () => {
    const say = 'require("node:worker_threads").workerData.port.postMessage({ file: require("node:worker_threads").workerData.file ?? null });';
    const cjs = join(dir, 'stand-in.cjs');
    fs.writeFileSync(cjs, say);
    const mjs = join(dir, 'stand-in.mjs');
    fs.writeFileSync(mjs, 'import { workerData } from "node:worker_threads";\nworkerData.port.postMessage({ file: workerData.file ?? null });\n');
    for (const [path, file] of [[cjs, cjs], [mjs, null]]) {
      const h = spawnWorker(pathToFileURL(path));
      try {
        expect(await new Promise(res => h.port.once('message', res)), path).toEqual({ file });
      } finally {
        endWorker(h);
      }
    }
  });

  it('an error event of the worker is not thrown in this thread (its failures come through the port and flag)', () => {
    const h = spawnWorker(pathToFileURL(join(dir, 'none.mjs')));
    try {
      expect(() => h.worker.emit('error', new Error('the worker failed'))).not.toThrow();
    } finally {
      endWorker(h);
    }
  });

  it('the process\'s exit ends it', () => {
    const before = process.listeners('exit');
    const h = spawnWorker(pathToFileURL(join(dir, 'none.mjs')));
    const added = process.listeners('exit').filter(l => !before.includes(l));
    try {
      expect(added).toHaveLength(1);
      expect(h.ended).toBe(false);
      (added[0] as () => void)();
      expect(h.ended).toBe(true);
    } finally {
      for (const l of added) process.removeListener('exit', l);
      endWorker(h);
    }
  });

  it('starting one makes neither process.stdout nor process.stderr in this thread; what the worker writes there (Node\'s warnings) still reaches them, and holds nothing open', () => {
    // Worker's constructor makes both, to pipe the worker's into them, unless told the worker's
    // are its own: ≈7 M instructions before the thread starts, of a run that may print nothing.
    // Seen in a process of its own (this one has made both), through getters that note it. The
    // worker then stays (an interval): the process must still end by itself, its output written.
    const talks = join(dir, 'talks.mjs');
    fs.writeFileSync(talks, `import { workerData } from 'node:worker_threads';
process.emitWarning('said by the worker', 'DeprecationWarning', 'DEP0999');
console.log('out from the worker');
console.error('err from the worker');
setInterval(() => {}, 1000);
setImmediate(() => workerData.port.postMessage('said'));
`);
    const script = `const made = [];
for (const name of ['stdout', 'stderr']) {
  const own = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, get() { made.push(name); return own.get.call(process); } });
}
const { spawnWorker } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist/host/node/remote/early.js')).href)});
const h = spawnWorker(new URL(${JSON.stringify(pathToFileURL(talks).href)}));
const after = made.slice();
h.port.ref(); // (unref'd by spawnWorker: the process would end first)
await new Promise(res => h.port.once('message', res));
h.port.unref();
(await import('node:fs')).writeSync(1, JSON.stringify(after) + '\\n');
`;
    // A file, not --input-type=module -e: the worker's loader would take that flag as its own.
    const main = join(dir, 'starts-one.mjs');
    fs.writeFileSync(main, script);
    for (const quiet of [false, true]) {
      const run = spawnSync(process.execPath, [...(quiet ? ['--no-warnings'] : []), main], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status, `${quiet}: ${run.stderr}`).toBe(0);
      // The worker's line came before the message: it is written as it is written.
      expect(run.stdout).toBe('out from the worker\n[]\n');
      const warned = run.stderr.includes(`(node:${run.pid}) [DEP0999] DeprecationWarning: said by the worker\n`);
      expect(warned, run.stderr).toBe(!quiet);
      expect(run.stderr).toContain('err from the worker\n');
    }
  });

  it('endWorker on a worker ended already asks nothing again', () => {
    const flag = new Int32Array(new SharedArrayBuffer(8));
    Atomics.store(flag, 1, WORKER_RUNNING);
    const calls: string[] = [];
    const h = {
      worker: { terminate: () => { calls.push('terminate'); return Promise.resolve(0); } },
      // The worker answers 'close' at once: its flag set, so endWorker's wait returns.
      port: { postMessage: (m: unknown) => { calls.push(`post ${String(m)}`); Atomics.store(flag, 0, 1); }, close: () => calls.push('close') },
      flag, connections: true, ended: false,
    } as unknown as WorkerHandle;
    endWorker(h);
    expect(calls).toEqual(['post close', 'terminate', 'close']);
    endWorker(h);
    expect(calls).toEqual(['post close', 'terminate', 'close']);
  });
});

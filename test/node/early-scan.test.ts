/**
 * bin/cfwasm.js starts the remote copy worker before the CLI loads for a `run -f FILE` whose text
 * names a server (host/node/remote/early.ts): the scan reads the file as the CLI will, and starts
 * the worker for `server=` in any case and spacing, and for nothing else.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { endWorker, spawnWorker, startEarly, takeEarly, workerPath } from '../../host/node/remote/early.js';
import { WORKER_LOADING, WORKER_RUNNING } from '../../host/node/remote/shared.js';
import type { WorkerHandle } from '../../host/node/remote/early.js';
import { REPO as REPO_ROOT } from '../support/shared.js';

const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Whether startEarly started a worker for a policy of `text` (ended again at once). */
function starts(text: string, args = (file: string) => ['run', '-f', file]): boolean {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.cf`);
  fs.writeFileSync(file, text);
  startEarly(args(file));
  const handle = takeEarly();
  if (handle) void handle.worker.terminate();
  return handle !== null;
}

describe('the early start of the remote worker', () => {
  it('starts for a policy that copies from a server, whatever the spelling of server=', () => {
    expect(starts('copy:\n /x dest=/y server=h\n')).toBe(true);
    expect(starts(`${'# padding\n'.repeat(10_000)}copy:\n /x dest=/y SERVER = h\n`)).toBe(true);
    expect(starts('copy:\n /x dest=/y server=h\n', file => ['run', `--file=${file}`])).toBe(true);
  });

  it('does not start for anything else', () => {
    expect(starts('editfiles:\n { /etc/motd\n AppendIfNoSuchLine "server"\n }\n')).toBe(false);
    expect(starts('copy:\n /x dest=/y server=h\n', file => ['run', '-f', file, '--no-copy'])).toBe(false);
    expect(starts('')).toBe(false);
  });

  it('takes the text the bin read already, and still decides on it', () => {
    // The bin loads early.ts only for a text with server= and hands it over: the file is not read again.
    const given = (text: string) => {
      startEarly(['run', '-f', join(dir, 'not-there.cf')], text);
      const handle = takeEarly();
      if (handle) void handle.worker.terminate();
      return handle !== null;
    };
    expect(given('copy:\n /x dest=/y server=h\n')).toBe(true);
    expect(given('editfiles:\n { /etc/motd\n AppendIfNoSuchLine "server"\n }\n')).toBe(false);
  });
});

/** startEarly's handle for `args` (ended again at once): null if it started none. */
function handleFor(args: string[], read?: string): { connections: boolean } | null {
  startEarly(args, read);
  const handle = takeEarly();
  if (handle) void handle.worker.terminate();
  return handle && { connections: handle.connections };
}

describe('startEarly: which command lines and files', () => {
  const policy = (text: string) => {
    const file = join(dir, `q${Math.random().toString(36).slice(2)}.cf`);
    fs.writeFileSync(file, text);
    return file;
  };
  // A state directory of no keys: the worker given a hint connects nowhere (worker.ts speculate).
  const state = fs.mkdtempSync(join(dir, 'state-'));

  it('not for another command, -a, --sysadm, standard input or no file', () => {
    const file = policy('copy:\n /x dest=/y server=h\n');
    for (const args of [['check', '-f', file], ['run', '-a', '-f', file], ['run', '--sysadm', '-f', file], ['run', '-f', '-'], ['run', '-f', '.'], ['run'], ['run', '-f']]) {
      expect(handleFor(args), args.join(' ')).toBeNull();
    }
    expect(handleFor(['run', '--file', file])).not.toBeNull();
    // The last -f wins, as the CLI's own parse.
    expect(handleFor(['run', '-f', file, '-f', policy('editfiles:\n')])).toBeNull();
  });

  it('a literal server and a state directory: a hint (the worker may connect); none for --state-dir= or a server of variables', () => {
    const file = policy('copy:\n /x dest=/y server=files.example\n');
    expect(handleFor(['run', '-f', file, '--state-dir', state])).toEqual({ connections: true });
    expect(handleFor(['run', '-f', file, `--state-dir=${state}`])).toEqual({ connections: true });
    // An empty state directory is refused by the CLI: nothing to connect with.
    expect(handleFor(['run', '-f', file, '--state-dir='])).toEqual({ connections: false });
    expect(handleFor(['run', '-f', file, '--state-dir', ''])).toEqual({ connections: false });
    expect(handleFor(['run', '-f', policy('copy:\n /x dest=/y server=$(host)\n'), '--state-dir', state])).toEqual({ connections: false });
  });

  it('only a regular file of at most 16 MiB, opened without waiting (a FIFO does not hang it)', () => {
    const fifo = join(dir, 'fifo.cf');
    spawnSync('mkfifo', [fifo]);
    expect(handleFor(['run', '-f', fifo])).toBeNull();
    const atLimit = policy('copy:\n /x dest=/y server=h\n');
    fs.truncateSync(atLimit, 16 << 20);
    expect(handleFor(['run', '-f', atLimit, '--state-dir', state])).toEqual({ connections: true });
    fs.truncateSync(atLimit, (16 << 20) + 1);
    expect(handleFor(['run', '-f', atLimit, '--state-dir', state])).toBeNull();
    expect(handleFor(['run', '-f', dir])).toBeNull();
    expect(handleFor(['run', '-f', join(dir, 'none.cf')])).toBeNull();
  });

  it('a text the bin read is decided on as given, the file not read', () => {
    const other = policy('editfiles:\n');
    expect(handleFor(['run', '-f', other, '--state-dir', state], 'copy:\n /x dest=/y server=h\n')).toEqual({ connections: true });
    expect(handleFor(['run', '-f', policy('copy:\n /x dest=/y server=h\n')], '')).toBeNull();
  });

  it('one worker: a second startEarly keeps the first, and takeEarly gives it once', () => {
    const file = policy('copy:\n /x dest=/y server=h\n');
    startEarly(['run', '-f', file, '--state-dir=']);
    startEarly(['run', '-f', file, '--state-dir', state]);
    const first = takeEarly();
    expect(first?.connections).toBe(false);
    expect(takeEarly()).toBeNull();
    if (first) endWorker(first);
  });
});

describe('workerPath, spawnWorker and endWorker', () => {
  it('finds the built worker beside the build (the one-file bundle, made after the module)', () => {
    const url = workerPath();
    expect(url?.href).toBe(pathToFileURL(join(REPO_ROOT, 'dist/host/node/remote/worker.bundle.cjs')).href);
  });

  /** A stand-in worker: says what it was given, marks itself running unless told not to, answers 'close'. */
  const standIn = (running: boolean) => {
    const file = join(dir, `stand-in-${running}.mjs`);
    fs.writeFileSync(file, `import { workerData } from 'node:worker_threads';
const flag = new Int32Array(workerData.flag);
${running ? `Atomics.store(flag, 1, ${WORKER_RUNNING});` : ''}
workerData.port.on('message', (m) => {
  if (m !== 'close') return;
  workerData.port.postMessage({ closed: true });
  Atomics.store(flag, 0, 1); Atomics.notify(flag, 0);
});
workerData.port.postMessage({ hint: workerData.hint ?? null, url: workerData.url, train: workerData.trainCodeCache ?? null, state: Atomics.load(flag, 1) });
`);
    return pathToFileURL(file);
  };
  const next = (h: WorkerHandle) => new Promise<unknown>((res) => h.port.once('message', res));

  it('gives the worker its port, flag, URL and hint; ending it asks a running one to close its connections first', async () => {
    const hint = { stateDir: '/s', servers: [{ host: 'h', port: 0 }], trees: true };
    const url = standIn(true);
    const h = spawnWorker(url, hint);
    expect(h.connections).toBe(true);
    expect(h.ended).toBe(false);
    expect(await next(h)).toEqual({ hint, url: url.href, train: null, state: WORKER_RUNNING });
    endWorker(h);
    expect(h.ended).toBe(true);
    // The worker got 'close' before its thread was ended: the flag it set on it (which woke endWorker's wait).
    expect(Atomics.load(h.flag, 0)).toBe(1);
    endWorker(h); // again: nothing
    expect(h.ended).toBe(true);
  });

  it('without a hint, or while still loading, nothing is asked to close: the flag is left as it was', async () => {
    for (const [running, hint] of [[true, null], [false, { stateDir: '/s', servers: [], trees: false }]] as const) {
      const h = spawnWorker(standIn(running), hint, true);
      expect(h.connections).toBe(hint !== null);
      expect(await next(h)).toMatchObject({ train: true, state: running ? WORKER_RUNNING : WORKER_LOADING });
      endWorker(h);
      expect(Atomics.load(h.flag, 0)).toBe(0);
    }
  });
});

/**
 * host/node/remote/worker.ts driven in this process: the module is loaded here, its
 * `node:worker_threads` mocked to give it the port and flag a Worker would (workerData), and the
 * test plays the main thread: it posts the run's settings and requests on the other end of the
 * port and reads the replies, against the scripted server (fake-server.ts) in the same event loop.
 * A worker thread loads dist/, where no mutant of Stryker's can be seen; loaded here, the module's
 * code is the instrumented source, like every other module a test imports.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeKeyPair } from '../../host/node/remote/keys.js';
import { fakeKeys, FakeServer } from './fake-server.js';
import type { FakeEntry, FakeScript } from './fake-server.js';

const side = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MessageChannel } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  return { main: port1, worker: port2, flag: new Int32Array(new SharedArrayBuffer(8)) };
});
vi.mock('node:worker_threads', async (original) => ({
  ...(await original<typeof import('node:worker_threads')>()),
  workerData: { port: side.worker, flag: side.flag.buffer },
  parentPort: null,
}));

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-worker-calls-'));
const servers: FakeServer[] = [];
let serverKeys: ReturnType<typeof fakeKeys>;
/** The process's uncaughtException listeners before worker.ts added its own (removed after). */
let listeners: NodeJS.UncaughtExceptionListener[] = [];

beforeAll(async () => {
  makeKeyPair(scratch, 1024); // the worker's ensureKeyPair finds it: no 3,072-bit key made here
  serverKeys = fakeKeys();
  listeners = process.listeners('uncaughtException');
  vi.resetModules(); // a fresh module each run of this file: its state and port are this run's
  await import('../../host/node/remote/worker.js');
  side.main.postMessage({ config: { stateDir: scratch, user: 'root', timeout: 30 } });
});
afterAll(async () => {
  for (const l of process.listeners('uncaughtException')) if (!listeners.includes(l)) process.removeListener('uncaughtException', l);
  await ask('close');
  side.main.close();
  for (const f of servers) await f.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Posts `message` as the main thread does and waits for the reply (or, for 'close', the flag). */
function ask(message: unknown): Promise<any> {
  Atomics.store(side.flag, 0, 0);
  if (message === 'close') {
    side.main.postMessage(message);
    return (Atomics.waitAsync(side.flag, 0, 0).value as Promise<unknown> | string) as Promise<any>;
  }
  const reply = new Promise((resolve) => side.main.once('message', resolve));
  side.main.postMessage(message);
  return reply;
}

async function serve(script: FakeScript): Promise<{ fake: FakeServer; server: { host: string; port: number; trustKey: boolean } }> {
  const fake = await FakeServer.start(script, { keys: serverKeys });
  servers.push(fake);
  return { fake, server: { host: '127.0.0.1', port: fake.port, trustKey: true } };
}

const file = (content: string, ino = 7): FakeEntry => ({ type: 'file', content: Buffer.from(content), ino });

describe('the worker, in process', () => {
  it('marks itself running as it loads', () => {
    expect(Atomics.load(side.flag, 1)).toBe(1);
  });

  it('answers a STAT with the file\'s record, and sets the flag', async () => {
    const { server } = await serve({ stat: (p) => (p === '/f' ? file('hello') : undefined), list: () => undefined });
    const reply = await ask({ op: 'stat', server, path: '/f' });
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({ type: 'file', size: 5, ino: 7 });
    expect(Atomics.load(side.flag, 0)).toBe(1);
  });
});

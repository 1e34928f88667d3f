/**
 * @fileoverview Node built-ins that most runs never need, loaded on first use: `child_process`
 * alone (with the streams and sockets it pulls in) is a tenth of a small `cfwasm run`'s start.
 */
import { createRequire } from 'node:module';
import type * as childProcess from 'node:child_process';
import type * as workerThreadsModule from 'node:worker_threads';

/** Made at first use: a run that needs none of these makes no URL of its own path for it. */
let ownRequire: NodeRequire | null = null;
const require = (id: string): unknown => (ownRequire ??= createRequire(import.meta.url))(id);
let cp: typeof childProcess | null = null;

/** `child_process.spawnSync`, loaded when a command first runs. */
export function spawnSync(...args: Parameters<typeof childProcess.spawnSync>): ReturnType<typeof childProcess.spawnSync> {
  cp ??= require('node:child_process') as typeof childProcess;
  return cp.spawnSync(...args);
}

/** The MD5 digest of `data` (node:crypto loaded on first use). */
export function md5(data: Uint8Array): Buffer {
  const crypto = require('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('md5').update(data).digest();
}

/** `worker_threads`, loaded when a sweep first reads ahead or a server is first asked (not by a small run). */
export function workerThreads(): typeof workerThreadsModule {
  wt ??= require('node:worker_threads') as typeof workerThreadsModule;
  return wt;
}
let wt: typeof workerThreadsModule | null = null;

/** `child_process.spawn`, loaded on first use. */
export function spawn(...args: Parameters<typeof childProcess.spawn>): ReturnType<typeof childProcess.spawn> {
  cp ??= require('node:child_process') as typeof childProcess;
  return cp.spawn(...args);
}

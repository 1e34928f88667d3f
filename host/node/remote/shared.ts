/**
 * @fileoverview What both sides of the remote copy worker use: the worker's states in the shared
 * flag and the default port. A module of its own so that the worker's bundle holds nothing of the
 * main thread's side (client.ts, early.ts and what they load: node:module, the state directory),
 * whose loading would be on the worker's way to its first connection.
 */
import * as fs from 'node:fs';

/** flag[1]: loading, running (worker.ts has started), gone (its thread ended). */
export const WORKER_LOADING = 0;
export const WORKER_RUNNING = 1;
export const WORKER_GONE = 2;

/** The default port: the `cfengine` entry of /etc/services, else 5308. */
export function defaultPort(): number {
  try {
    const m = /^cfengine\s+(\d+)\/tcp/m.exec(fs.readFileSync('/etc/services', 'utf8'));
    if (m) return Number(m[1]);
  } catch { /* none */ }
  return 5308;
}

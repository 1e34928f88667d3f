/**
 * @fileoverview The key of a read-ahead answer, which the worker sends unasked and the main
 * thread takes instead of asking (worker.ts, client.ts): the server, what, where, and for a file
 * the size its listing gave (taken only for a request of that size).
 */
export function aheadKey(server: { host: string; port: number }, op: 'list' | 'read', path: string, size?: number): string {
  return `${server.host}:${server.port} ${op} ${path}${size === undefined ? '' : ` ${size}`}`;
}

/** What the main thread tells the worker of a read-ahead answer it took (sent in batches). */
export interface Took { key: string; op: 'list' | 'read'; server: { host: string; port: number }; path: string }

/** The main thread tells the worker of the files it took this many at a time. */
export const TOLD_EVERY = 8;

/** A file read ahead is at most this big (a bigger one is streamed into its temp file). */
export const AHEAD_FILE = 64 * 1024;

/**
 * A file streamed into its temp file has its GET started before the temp is made (client.ts
 * prefetch: the temp, and the helper that removes a killed run's temps, are made meanwhile); what
 * arrives before the temp file is there waits in memory, so only a file up to this size.
 */
export const PREFETCH_MAX = 64 * 1024 * 1024;

/**
 * @fileoverview Removes the temps of a run that is killed (SIGTERM from systemd or timeout(1),
 * SIGINT, SIGHUP, even SIGKILL). A signal handler in this process cannot do it: the core's run is
 * synchronous, so Node would call the handler only after the whole run, and SIGTERM would no
 * longer stop a run. So the run dies of the signal at once (its status is the conventional
 * 128+signo), and a helper removes what it left: /bin/sh, started at the run's first temp, is
 * given each temp's name on a pipe before the temp is made; when the run ends, however it ends,
 * the pipe closes and the helper removes each name given that is still there. A temp renamed into
 * place is no longer there under its name, and names are never reused (pid and 64 random bits).
 * The helper ignores the signals that stop the run (systemd sends them to every process of the
 * service). Locks need no helper: one whose holder has ended is stale at once (atomic-write.ts).
 */
import * as fs from 'node:fs';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ownTemps } from './atomic-write.js';
import { pathBytes } from './byte-fs.js';
import { spawn } from './lazy-builtins.js';

/** Reads NUL-separated names until the run's end (sort waits for all), then removes them. */
const SCRIPT = "trap '' HUP INT TERM; sort -z -u | xargs -0 -r rm -f --";

let helper: ChildProcess | null = null;
let pipe = -1;

function start(): void {
  try {
    helper = spawn('/bin/sh', ['-c', SCRIPT], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    helper.on('error', () => { pipe = -1; });
    helper.unref();
    const stdin = helper.stdin as (NodeJS.WritableStream & { _handle?: { fd?: number }; unref?: () => void }) | null;
    stdin?.unref?.();
    pipe = stdin?._handle?.fd ?? -1;
  } catch {
    pipe = -1; // no helper: a later run removes the temps (removeStaleTemps)
  }
}

/** Writes all of `bytes` to the helper's pipe (non-blocking: waits while it is full). */
function send(bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length && pipe >= 0) {
    try {
      done += fs.writeSync(pipe, bytes, done, bytes.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') {
        pipe = -1; // the helper is gone: a later run removes the temps
        return;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}

/** From now on every temp this process makes is removed if it is killed (see the file comment). */
export function reapTempsOnExit(): void {
  ownTemps.onTemp = (temp) => {
    if (!helper) start();
    const name = pathBytes(resolve(temp));
    send(Buffer.concat([typeof name === 'string' ? Buffer.from(name) : name, Buffer.from([0])]));
  };
}

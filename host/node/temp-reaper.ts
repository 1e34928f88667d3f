/**
 * @fileoverview Removes the temps of a run that is killed (SIGTERM from systemd or timeout(1),
 * SIGINT, SIGHUP, even SIGKILL). A signal handler in this process cannot do it: the core's run is
 * synchronous, so Node would call the handler only after the whole run, and SIGTERM would no
 * longer stop a run. So the run dies of the signal at once (its status is the conventional
 * 128+signo), and a helper removes what it left: /bin/sh, started at the run's first temp, is
 * given on a pipe each directory this process makes a temp in, before the temp is made; when the
 * run ends, however it ends, the pipe closes and the helper removes the temps of this process
 * (`.NAME.cfwasm-PID-RANDOM….tmp`, ownTempTag) still in those directories. A temp renamed into
 * place is no longer there under its name, and no other process's temp holds this tag.
 *
 * The helper runs only shell builtins unless something is left to remove (then one `rm`, and
 * `rmdir`s): a run that ends well costs one exec of /bin/sh. A directory is sent once, one line,
 * as it is; one whose name holds a newline goes as `E` and octal escapes that printf %b decodes
 * (an absolute path never starts with `E`). A line starting with `R` names a private directory
 * the run made for temps alone (a command's output without a state directory): it is removed
 * too, once its temps are. The helper ignores the signals that stop the run (systemd sends them
 * to every process of the service). Locks need no helper: one whose holder has ended is stale at
 * once (atomic-write.ts).
 *
 * A run that ends by itself sends `.` last (an 'exit' listener, added when the helper starts).
 * Without it the run was killed, and said nothing (a signal's default action prints nothing, and
 * a handler would run only after the synchronous run): the helper then says so on the run's
 * stderr, once the temps are removed, so that a run stopped by systemd, timeout(1) or ^C in the
 * middle of its changes does not end in silence. It cannot tell which signal (the run is not its
 * child). The helper starts at the run's first change (node-host.ts writeWaitingLocksFirst), its
 * first temp or the first chmod, removal or rename: a run killed before that changed nothing and
 * stays silent (starting the helper for every run would cost a converged run an exec).
 */
import * as fs from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ownTemps, ownTempTag } from './atomic-write.js';
import { pathBytes } from './byte-fs.js';
import { spawn } from './lazy-builtins.js';

/**
 * $1 is the tag. Directories are kept in variables d1..dN as they come (appending to one list
 * would copy it each time); at the end each one's leftover temps are collected, and removed.
 */
const SCRIPT = [
  "trap '' HUP INT TERM", // (a SIGPIPE at the last line, the run's stderr closed, loses nothing)
  't=$1; n=0; k=0; e=',
  'while IFS= read -r d; do [ "$d" = . ] && { e=1; continue; }; n=$((n+1)); eval "d$n=\\$d"; done',
  'set --',
  'while [ "$n" -gt 0 ]; do',
  ' eval "d=\\$d$n"; n=$((n-1)); o=',
  ' case $d in R*) o=1; d=${d#R};; esac',
  ' case $d in E*) d=$(printf "%bx" "${d#E}"); d=${d%x};; esac',
  ' for f in "$d"/.*.cfwasm-"$t"*.tmp; do { [ -e "$f" ] || [ -h "$f" ]; } && set -- "$@" "$f"; done',
  ' [ -n "$o" ] && [ -d "$d" ] && { k=$((k+1)); eval "r$k=\\$d"; }',
  'done',
  '[ $# -eq 0 ] || rm -f -- "$@" 2>/dev/null',
  'while [ "$k" -gt 0 ]; do eval "rmdir -- \\"\\$r$k\\"" 2>/dev/null; k=$((k-1)); done',
  // The pid is the tag's first part (ownTempTag).
  '[ -n "$e" ] || printf "cfwasm: pid %s was killed before its end (a signal); its temporary files are removed, ' +
    'each file it was writing is as it was or complete; run it again to finish\\n" "${t%%-*}" >&2',
].join('\n');

let started = false;
let pipe = -1;
/** The directories told to the helper already. */
const told = new Set<string>();

/** Node's own process and pipe handles (what child_process wraps), if this Node has them as expected. */
interface RawHandles {
  Process: new () => { spawn(options: object): number; unref(): void; close(): void; onexit: () => void };
  Pipe: new (type: number) => { fd: number; unref(): void };
  SOCKET: number;
}

function rawHandles(): RawHandles | null {
  // With --pending-deprecation every process.binding call prints a warning: use child_process.
  const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (/pending-deprecation/.test(options) || process.env.NODE_PENDING_DEPRECATION === '1') return null;
  try {
    const bind = (process as unknown as { binding(name: string): Record<string, unknown> }).binding;
    const { Process } = bind('process_wrap') as { Process: RawHandles['Process'] };
    const { Pipe, constants } = bind('pipe_wrap') as { Pipe: RawHandles['Pipe']; constants: { SOCKET: number } };
    return typeof Process === 'function' && typeof Pipe === 'function' && typeof constants?.SOCKET === 'number'
      ? { Process, Pipe, SOCKET: constants.SOCKET } : null;
  } catch {
    return null;
  }
}

const ARGS = ['/bin/sh', '-c', SCRIPT, 'cfwasm-temp-reaper'];
const ENV = ['PATH=/usr/bin:/bin', 'LC_ALL=C'];

/**
 * Starts the helper and returns the write end of its pipe (-1 if none). `child_process` with the
 * streams and sockets it loads costs a run several milliseconds; the handles it wraps do the same.
 */
function start(): number {
  const raw = rawHandles();
  if (raw) {
    try {
      const stdin = new raw.Pipe(raw.SOCKET);
      const helper = new raw.Process();
      helper.onexit = () => helper.close();
      const error = helper.spawn({
        file: ARGS[0], args: [...ARGS, ownTempTag()], envPairs: ENV, detached: true,
        windowsHide: false, windowsVerbatimArguments: false,
        stdio: [{ type: 'pipe', handle: stdin }, { type: 'ignore' }, { type: 'fd', fd: 2 }], // stderr: the run's
      });
      if (error === 0 && stdin.fd >= 0) {
        helper.unref();
        stdin.unref();
        return stdin.fd;
      }
    } catch { /* below */ }
  }
  try {
    const helper = spawn(ARGS[0], [...ARGS.slice(1), ownTempTag()],
      { stdio: ['pipe', 'ignore', 'inherit'], detached: true, env: Object.fromEntries(ENV.map(e => e.split('='))) });
    helper.on('error', () => { pipe = -1; });
    helper.unref();
    const stdin = helper.stdin as (NodeJS.WritableStream & { _handle?: { fd?: number }; unref?: () => void }) | null;
    stdin?.unref?.();
    return stdin?._handle?.fd ?? -1;
  } catch {
    return -1; // no helper: a later run removes the temps (removeStaleTemps)
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

/** The helper's line for directory `dir` (bytes as the system has them). */
export function helperLine(dir: string | Buffer): Buffer {
  const bytes = typeof dir === 'string' ? Buffer.from(dir) : dir;
  if (!bytes.includes(0x0a)) return Buffer.concat([bytes, Buffer.from('\n')]);
  let escaped = 'E';
  for (const b of bytes) escaped += `\\0${b.toString(8).padStart(3, '0')}`;
  return Buffer.from(`${escaped}\n`);
}

function startOnce(): void {
  if (started) return;
  started = true;
  pipe = start();
  // Ended by itself (process.exit, the end of the loop, an uncaught error that said why): the
  // helper is told, and says nothing.
  if (pipe >= 0) process.on('exit', () => send(Buffer.from('.\n')));
}

/**
 * From now on every temp this process makes is removed if it is killed (see the file comment).
 * The helper starts at the first temp, or sooner when temps are expected (ownTemps.expected):
 * a fork copies the page tables of every page the process has touched, and Node's spawn waits
 * for the child's exec, so the helper of an edit of a big file costs least started before the
 * file is in memory.
 */
export function reapTempsOnExit(): void {
  ownTemps.expected = startOnce;
  ownTemps.onTemp = (temp) => {
    const dir = dirname(resolve(temp));
    if (told.has(dir)) return;
    startOnce();
    told.add(dir);
    send(helperLine(pathBytes(dir)));
  };
  // `R` before the line: the directory itself is removed too (rmdir: only once it is empty).
  ownTemps.onOwnDir = (path) => {
    const dir = resolve(path);
    startOnce();
    told.add(dir);
    send(Buffer.concat([Buffer.from('R'), helperLine(pathBytes(dir))]));
  };
}

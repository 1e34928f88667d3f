/**
 * @fileoverview The setuid log (L2425-2435, L5672-5687): every file the files action checks that
 * is setuid or setgid root is noted in a list kept between runs (the host's state "setuid.log",
 * one path a line). A program not yet in the list is new: root is warned. A files item whose
 * mode removes the bit reports (warn actions) or says it removes it (fix actions).
 */
import * as host from '../host';
import { FileInfo, HostStatus } from '../host';
import { text, utf8 } from '../util/bytes';
import { RunContext } from '../run/context';

const STATE = 'setuid.log';

export class SetuidLog {
  known: Set<string> = new Set<string>();
  order: string[] = [];
  dirty: bool = false;
}

function load(ctx: RunContext): SetuidLog {
  if (ctx.setuidLog) return ctx.setuidLog!;
  const log = new SetuidLog();
  const r = host.readState(STATE);
  if (r.ok) {
    const lines = text(r.bytes).split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].length && !log.known.has(lines[i])) {
        log.known.add(lines[i]);
        log.order.push(lines[i]);
      }
    }
  } else if (r.status != HostStatus.NotFound && r.status != HostStatus.NotAvailable) {
    // A host that keeps no state (NotAvailable) is said nothing of, as saveSetuidLog says nothing:
    // the memory host keeps state silently, and the same run must read the same on both hosts.
    ctx.info(ctx.prefix + 'the setuid log is kept for this run only: ' + r.message);
  }
  ctx.setuidLog = log;
  return log;
}

/** Notes `path` (with its present info and the mode it is to get) if it is setuid/setgid root. */
// Module constants: an array literal in the function would be allocated for every file swept.
const bits: i32[] = [0o4000, 0o2000];
const names: string[] = ['setuid', 'setgid'];

export function noteSetuid(ctx: RunContext, path: string, info: FileInfo, want: i32, fix: bool): void {
  if (info.uid != 0 || info.type != 'file') return;
  for (let b = 0; b < 2; b++) {
    if ((info.mode & bits[b]) == 0) continue;
    if (want & bits[b]) {
      const log = load(ctx);
      if (log.known.has(path)) continue;
      log.known.add(path);
      log.order.push(path);
      log.dirty = true;
      if (ctx.uid == 0) ctx.warn(ctx.prefix + 'NEW ' + names[b].toUpperCase() + ' root PROGRAM ' + path);
    } else if (fix) {
      ctx.info(ctx.prefix + (ctx.dryRun ? 'would remove' : 'removing') + ' the ' + names[b] + ' (root) flag from ' + path);
    } else {
      ctx.warn(ctx.prefix + 'WARNING ' + names[b] + ' (root) flag on ' + path);
    }
  }
}

/** At the end of the run: keeps the list for the next one. */
export function saveSetuidLog(ctx: RunContext): void {
  const log = ctx.setuidLog;
  if (!log || !log.dirty) return;
  const r = host.writeState(STATE, utf8(log.order.join('\n') + '\n'));
  if (!r.ok && r.status != HostStatus.NotAvailable) ctx.warn(ctx.prefix + 'could not keep the setuid log: ' + r.message);
}

/**
 * @fileoverview Locks (L5090-5230, inventory §2.8): an atom (one copy, editfiles, shellcommands,
 * files, tidy, links or directories item; or the whole of disable, processes, resolve) is not
 * done again before IfElapsed minutes have passed since it was last done (default 0: always).
 * While an action runs, a marker says so; another run finding a marker younger than ExpireAfter
 * minutes (default 120) leaves that action alone, an older one, or one whose process has ended,
 * is taken as abandoned. Per action
 * in the actionsequence (`files.IfElapsed240.ExpireAfter180`) or globally in control; the local
 * value wins. Kept in the host's state "locks"; -K (noLocks) ignores them.
 */
import { JsonWriter, parseJson } from '../util/json';
import { text, utf8 } from '../util/bytes';
import * as host from '../host';
import { HostStatus } from '../host';
import { RunContext } from './context';

const STATE = 'locks';
const NO_PARTS: string[] = [];
const DEFAULT_EXPIRE_AFTER: f64 = 120;

/** Actions whose items are atoms of their own; those locked as a whole; the rest are not locked (L5200-5215). */
const PER_ITEM = ['copy', 'editfiles', 'shellcommands', 'files', 'tidy', 'links', 'simplelinks', 'childlinks', 'directories'];
const WHOLE = ['netconfig', 'resolve', 'unmount', 'mailcheck', 'addmounts', 'disable', 'processes'];

class Marker {
  start: f64 = 0;
  pid: f64 = 0;
}

export class Locks {
  /** -K: no lock is read or written. */
  off: bool = false;
  /**
   * Locks start empty and live in the run only: no state is read or written (lint's trial runs,
   * whose host starts with no state and is dropped after the run; within the run they hold as ever).
   */
  inRun: bool = false;
  private loaded: bool = false;
  private available: bool = true;
  /** The locks could not be written once already: said once a run, not at every action. */
  private unkept: bool = false;
  private last: Map<string, f64> = new Map<string, f64>();
  private running: Map<string, Marker> = new Map<string, Marker>();
  /** The action in progress and its times, in minutes. */
  action: string = '';
  ifElapsed: f64 = 0;
  expireAfter: f64 = DEFAULT_EXPIRE_AFTER;
  private doneNow: string[] = [];

  private load(ctx: RunContext): void {
    if (this.loaded) return;
    this.loaded = true;
    if (this.inRun) return;
    const r = host.readState(STATE);
    if (!r.ok) {
      if (r.status == HostStatus.NotAvailable) this.available = false;
      else if (r.status != HostStatus.NotFound) ctx.warn(ctx.prefix + 'locks could not be read (' + r.message + '); none assumed');
      return;
    }
    const j = parseJson(text(r.bytes));
    const last = j.get('last');
    const names = last.keyList();
    for (let i = 0; i < names.length; i++) this.last.set(names[i], last.get(names[i]).num);
    const running = j.get('running');
    const actions = running.keyList();
    for (let i = 0; i < actions.length; i++) {
      const m = new Marker();
      m.start = running.get(actions[i]).get('start').num;
      m.pid = running.get(actions[i]).get('pid').num;
      this.running.set(actions[i], m);
    }
  }

  private save(ctx: RunContext): void {
    if (!this.available || this.inRun) return;
    const last = new JsonWriter();
    const names = this.last.keys();
    names.sort();
    for (let i = 0; i < names.length; i++) last.field(names[i], shown(this.last.get(names[i])));
    const running = new JsonWriter();
    const actions = this.running.keys();
    actions.sort();
    for (let i = 0; i < actions.length; i++) {
      const m = this.running.get(actions[i]);
      running.field(actions[i], new JsonWriter().field('start', shown(m.start)).field('pid', shown(m.pid)).toString());
    }
    const r = host.writeState(STATE, utf8(new JsonWriter().field('last', last.toString()).field('running', running.toString()).toString()));
    if (!r.ok && r.status != HostStatus.NotAvailable && !this.unkept) {
      this.unkept = true;
      ctx.warn(ctx.prefix + 'locks could not be kept: ' + r.message);
    }
  }

  /**
   * Starts action `entry` (its actionsequence word, pseudo-classes included). False if another
   * run is doing this action and has not yet exceeded ExpireAfter.
   */
  begin(ctx: RunContext, action: string, entry: string): bool {
    this.action = action;
    this.doneNow = [];
    this.ifElapsed = minutes(ctx.controlValue('ifelapsed', '0'), 0);
    this.expireAfter = minutes(ctx.controlValue('expireafter', ''), DEFAULT_EXPIRE_AFTER);
    // Most entries are a bare action: nothing to split.
    const parts = entry.includes('.') ? entry.split('.') : NO_PARTS;
    for (let i = 1; i < parts.length; i++) {
      if (parts[i].startsWith('IfElapsed')) this.ifElapsed = minutes(parts[i].substring(9), this.ifElapsed);
      if (parts[i].startsWith('ExpireAfter')) this.expireAfter = minutes(parts[i].substring(11), this.expireAfter);
    }
    if (this.off || (!PER_ITEM.includes(action) && !WHOLE.includes(action))) return true;
    this.load(ctx);
    if (!this.available) return true;
    if (this.running.has(action)) {
      const m = this.running.get(action);
      const age = (ctx.now - m.start) / 60;
      // A run that died (killed, crashed) left its marker: nobody holds the action.
      const alive = m.pid != ctx.pid && m.pid > 0 && host.processAlive(m.pid);
      if (alive && age < this.expireAfter && this.expireAfter > 0) {
        ctx.warn(ctx.prefix + action + ' is being done by another run (pid ' + shown(m.pid) + ') for ' +
          (<i64>age).toString() + ' minutes (ExpireAfter ' + shown(this.expireAfter) + '): skipped');
        return false;
      }
      if (alive) {
        ctx.warn(ctx.prefix + action + ' was left unfinished by an earlier run (pid ' + shown(m.pid) + ', ' +
          (<i64>age).toString() + ' minutes ago, beyond ExpireAfter): done again');
      } else if (m.pid != ctx.pid) {
        ctx.info(ctx.prefix + action + ' was left unfinished by a run that has ended (pid ' + shown(m.pid) + '): done again');
      }
    }
    if (ctx.dryRun) return true;
    const m = new Marker();
    m.start = ctx.now;
    m.pid = ctx.pid;
    this.running.set(action, m);
    this.save(ctx);
    return true;
  }

  /** Whether atom `name` of the current action may be done now (IfElapsed); noted as done if so. */
  allows(ctx: RunContext, name: string): bool {
    if (this.off || this.ifElapsed <= 0 && !this.available) return true;
    this.load(ctx);
    const atom = this.action + ':' + name;
    if (this.available && this.ifElapsed > 0 && this.last.has(atom)) {
      const ago = (ctx.now - this.last.get(atom)) / 60;
      if (ago < this.ifElapsed) {
        ctx.info(ctx.prefix + 'Nothing scheduled for ' + atom + ': last done ' + (<i64>ago).toString() +
          ' minutes ago (IfElapsed ' + shown(this.ifElapsed) + ')');
        return false;
      }
    }
    this.doneNow.push(atom);
    return true;
  }

  /** The action is over: its atoms are stamped, its marker removed. */
  end(ctx: RunContext): void {
    if (this.off || !this.loaded || !this.available || ctx.dryRun) return;
    if (!PER_ITEM.includes(this.action) && !WHOLE.includes(this.action)) return;
    for (let i = 0; i < this.doneNow.length; i++) this.last.set(this.doneNow[i], ctx.now);
    if (this.running.has(this.action) && this.running.get(this.action).pid == ctx.pid) this.running.delete(this.action);
    this.save(ctx);
  }

  /** Whole-action atoms: the driver asks once for the action. */
  isWhole(action: string): bool {
    return WHOLE.includes(action);
  }
}

/** A number as people write it: 60, not 60.0. */
function shown(n: f64): string {
  return n == Math.floor(n) ? (<i64>n).toString() : n.toString();
}

function minutes(value: string, fallback: f64): f64 {
  if (value.length == 0) return fallback;
  const n = parseFloat(value);
  return isNaN(n) || n < 0 ? fallback : n;
}

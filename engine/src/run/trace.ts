/**
 * @fileoverview The run's trace (docs/trace.md): records of what the run reached and did, kept
 * only when the run request asks for them (`trace: true`). Every hook in the core is one check
 * of `ctx.trace` (null when off), so a normal run pays nothing. Records are JSON object texts,
 * joined into the result's `trace` array at the end; editfiles records come from
 * editfiles/trace.ts, the coarser ones (actions, items, where each class came from) from here.
 */
import { JValue, JsonWriter, quoteJson } from '../util/json';

/** A policy location of the IR as JSON: {"file","line","column"} (1-based). */
export function locJson(loc: JValue): string {
  return new JsonWriter()
    .str('file', loc.get('file').asString())
    .int('line', loc.get('line').asInt())
    .int('column', loc.get('column').asInt())
    .toString();
}

export class Trace {
  events: string[] = [];
  /** Each defined class's first origin, as a JSON object text, by name. */
  origins: Map<string, string> = new Map<string, string>();
  /** The action being run (an actionsequence entry) and the item of it being run. */
  private action: string = '';
  private item: JValue | null = null;
  private itemChanges: i32 = 0;
  private itemLog: i32 = 0;

  add(event: string): void {
    this.events.push(event);
  }

  /** A class defined while it was not: where it came from (`kind`, with `detail`). */
  origin(name: string, kind: string, detail: string): void {
    const w = new JsonWriter().str('origin', kind);
    if (detail.length > 0) w.str('detail', detail);
    this.origins.set(name, w.toString());
  }

  /** Where the current action's record is, and what it says so far. */
  private actionAt: i32 = -1;
  private entry: string = '';
  private skipReason: string = '';
  private actionChanges: i32 = 0;
  private actionLog: i32 = 0;

  /** An actionsequence entry reached: its record comes first, completed by actionEnd. */
  actionBegin(entry: string, action: string, changes: i32, log: i32): void {
    this.entry = entry;
    this.action = action;
    this.item = null;
    this.skipReason = '';
    this.actionChanges = changes;
    this.actionLog = log;
    this.actionAt = this.events.length;
    this.add('');
  }

  /** The action is not run (switched off, locked, …). */
  actionSkipped(reason: string): void {
    this.skipReason = reason;
  }

  actionEnd(changes: i32, log: i32): void {
    this.itemEnd(changes, log);
    const w = new JsonWriter().str('event', 'action').str('entry', this.entry).str('action', this.action);
    if (this.skipReason.length > 0) w.str('status', 'skipped').str('reason', this.skipReason);
    else w.str('status', 'ran');
    w.field('changes', '[' + this.actionChanges.toString() + ',' + changes.toString() + ']')
      .field('log', '[' + this.actionLog.toString() + ',' + log.toString() + ']');
    this.events[this.actionAt] = w.toString();
    this.action = '';
  }

  /** An item whose class is false: the action does not see it. */
  itemSkipped(item: JValue): void {
    this.add(new JsonWriter().str('event', 'item').str('action', this.action)
      .field('at', locJson(item.get('loc'))).str('status', 'skipped').str('reason', 'class').toString());
  }

  /**
   * The action starts on `item` (actions/options.ts readOptions, which every item-by-item action
   * calls first): the previous item ends here. `changes`/`log`: how many there are so far.
   */
  itemStart(item: JValue, changes: i32, log: i32): void {
    if (this.item === item) return;
    this.itemEnd(changes, log);
    this.item = item;
    this.itemChanges = changes;
    this.itemLog = log;
  }

  /** The current item (if any) ends: its record, with the changes and log lines it made. */
  itemEnd(changes: i32, log: i32): void {
    const item = this.item;
    if (!item) return;
    this.item = null;
    this.add(new JsonWriter().str('event', 'item').str('action', this.action)
      .field('at', locJson(item.get('loc'))).str('status', 'ran')
      .field('changes', '[' + this.itemChanges.toString() + ',' + changes.toString() + ']')
      .field('log', '[' + this.itemLog.toString() + ',' + log.toString() + ']').toString());
  }

  /** The records as a JSON array text. */
  json(): string {
    return '[' + this.events.join(',') + ']';
  }

  /** The origins as a JSON object text, for the classes in `defined` (sorted). */
  originsJson(defined: string[]): string {
    const parts: string[] = [];
    for (let i = 0; i < defined.length; i++) {
      const name = defined[i];
      const o = this.origins.has(name) ? this.origins.get(name) : '{"origin":"unknown"}';
      parts.push(quoteJson(name) + ':' + o);
    }
    return '{' + parts.join(',') + '}';
  }
}

/**
 * @fileoverview Every change an action makes to the system goes through here: it is made through
 * the host and recorded in the run's list of changes (the plan a dry run returns, and what a real
 * run reports it did). Under dry run the host is an overlay (host/core/overlay-host.ts) that
 * keeps the changes in memory, so actions run the same code either way and a dry run's plan is
 * the real run's. Commands and signals are the exception: they are never run under dry run, only
 * recorded (the callers print "would run").
 */
import { JsonWriter } from '../util/json';
import * as host from '../host';
import { HostReply } from '../host';
import { RunContext } from './context';
import { octal } from '../actions/modes';

function record(ctx: RunContext, r: HostReply, entry: JsonWriter): HostReply {
  if (r.ok) ctx.changes.push(entry.toString());
  return r;
}

/**
 * Whether a change the host made (`r`) is to be recorded: it was made, and the caller reads the
 * changes (lint's trial runs do not: their records were made, then dropped, at every save).
 */
function keeps(ctx: RunContext, r: HostReply): bool {
  return r.ok && !ctx.changes.off;
}

function op(name: string, path: string): JsonWriter {
  return new JsonWriter().str('op', name).str('path', path);
}

/** A mode as a change record writes it: octal with a leading 0 (0644). */
function modeText(mode: i32): string {
  return '0' + octal(mode);
}

export function chmod(ctx: RunContext, path: string, mode: i32): HostReply {
  // Once per changed file in a sweep: the record op() would write, written straight into the list.
  const r = host.chmod(path, mode);
  if (r.ok) ctx.changes.open().raw('{"op":"chmod","path":').quoted(path).raw(',"mode":"0').octal(mode).raw('"}').close();
  return r;
}

/** Sets owner and/or group (-1: unchanged); `follow` false changes a link itself. */
export function chown(ctx: RunContext, path: string, uid: i32, gid: i32, follow: bool = true): HostReply {
  const entry = op('chown', path);
  if (uid >= 0) entry.int('uid', uid);
  if (gid >= 0) entry.int('gid', gid);
  return record(ctx, host.chown(path, uid, gid, follow), entry);
}

export function mkdir(ctx: RunContext, path: string, mode: i32): HostReply {
  return record(ctx, host.mkdir(path, mode), op('mkdir', path).str('mode', modeText(mode)));
}

export function symlink(ctx: RunContext, target: string, path: string): HostReply {
  return record(ctx, host.symlink(target, path), op('symlink', path).str('target', target));
}

export function link(ctx: RunContext, target: string, path: string): HostReply {
  return record(ctx, host.hardLink(target, path), op('link', path).str('target', target));
}

export function rename(ctx: RunContext, from: string, to: string): HostReply {
  return record(ctx, host.rename(from, to), op('rename', from).str('to', to));
}

/** `ino`: a sweep entry's inode number as listed (host.remove), else 0. */
export function remove(ctx: RunContext, path: string, ino: f64 = 0): HostReply {
  return record(ctx, host.remove(path, ino), op('remove', path));
}

/** A whole new file (or a replacement without backup). */
export function write(ctx: RunContext, path: string, content: Uint8Array, mode: i32): HostReply {
  return record(ctx, host.writeFile(path, content, mode),
    op('write', path).str('mode', modeText(mode)).int('size', content.length));
}

/** A local file copied to `path` by the host (the record a write of its size makes). */
export function copy(ctx: RunContext, from: string, path: string, mode: i32, size: f64): HostReply {
  return record(ctx, host.copyFile(from, path, mode), op('write', path).str('mode', modeText(mode)).int('size', <i64>size));
}

/** A file fetched from a server and written at `path` (the record a write of its size makes). */
export function remoteCopy(ctx: RunContext, server: host.ServerRef, from: string, size: f64, path: string, mode: i32, verify: bool = false): HostReply {
  return record(ctx, host.remoteCopy(server, from, size, path, mode, verify),
    op('write', path).str('mode', modeText(mode)).int('size', <i32>size));
}

export function create(ctx: RunContext, path: string, mode: i32): HostReply {
  const r = host.createFile(path, mode);
  return keeps(ctx, r) ? record(ctx, r, op('create', path).str('mode', modeText(mode))) : r;
}

export function touch(ctx: RunContext, path: string): HostReply {
  const r = host.touch(path);
  return keeps(ctx, r) ? record(ctx, r, op('touch', path)) : r;
}

/** An edited file's new contents, the old kept at `backup` (D7). */
export function save(ctx: RunContext, path: string, content: Uint8Array, backup: string | null): HostReply {
  const r = host.saveFile(path, content, backup);
  if (!keeps(ctx, r)) return r;
  const entry = op('save', path).int('size', content.length);
  if (backup) entry.str('backup', backup!);
  return record(ctx, r, entry);
}

/** A command run (or, under dry run, that would be run). */
export function noteCommand(ctx: RunContext, command: string): void {
  ctx.changes.push(new JsonWriter().str('op', 'exec').str('command', command).toString());
}

/** A signal sent (or that would be sent). */
export function noteSignal(ctx: RunContext, pid: i32, signal: string): void {
  ctx.changes.push(new JsonWriter().str('op', 'signal').int('pid', pid).str('signal', signal).toString());
}

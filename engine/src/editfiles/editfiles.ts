/**
 * @fileoverview The editfiles action: collects the blocks whose class is true, groups them by
 * file (same file: one session, blocks in order, case 123), and for each file applies the
 * session rules of inventory §4.2: missing file and AutoCreate (D8), editfilesize (D19), load,
 * run, save with backup (D7), DefineClasses.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { EditCommand, EditSession } from './session';
import { utf8 } from '../util/bytes';
import { homeDirectories } from '../run/paths';
import * as host from '../host';
import * as change from '../run/changes';
import { LineList } from './lines';
import { SessionTrace, traceSkippedBlock } from './trace';

/** The commands for one file, gathered from every block that names it. */
export class FileEdits {
  file: string;
  commands: EditCommand[] = [];
  autoCreate: bool = false;
  constructor(file: string) {
    this.file = file;
  }
}

export { where } from './session';

export function runEditfiles(ctx: RunContext, sections: JValue[]): void {
  const order: string[] = [];
  const byFile = new Map<string, FileEdits>();
  for (let s = 0; s < sections.length; s++) {
    if (sections[s].get('name').asString() != 'editfiles') continue;
    const items = sections[s].get('items').list();
    for (let i = 0; i < items.length; i++) {
      const block = items[i];
      if (block.get('kind').asString() != 'edit') continue;
      if (!ctx.evaluate(block.get('when'))) {
        const trace = ctx.trace;
        if (trace) traceSkippedBlock(trace, ctx.expand(block.get('file')), blockCommands(ctx, block));
        continue;
      }
      const file = ctx.expand(block.get('file'));
      if (!byFile.has(file)) {
        byFile.set(file, new FileEdits(file));
        order.push(file);
      }
      const edits = byFile.get(file);
      const commands = blockCommands(ctx, block);
      for (let c = 0; c < commands.length; c++) {
        if (commands[c].name == 'AutoCreate') edits.autoCreate = true;
        edits.commands.push(commands[c]);
      }
    }
  }
  for (let i = 0; i < order.length; i++) {
    const edits = byFile.get(order[i]);
    if (!ctx.locks.allows(ctx, edits.file)) {
      traceNotEdited(ctx, edits.file, edits, 'locked (IfElapsed or another run)');
      continue;
    }
    if (edits.file == 'home' || edits.file.startsWith('home/')) editHomes(ctx, edits);
    else editFile(ctx, edits.file, edits);
  }
}

/** A block's commands, their arguments expanded now. */
function blockCommands(ctx: RunContext, block: JValue): EditCommand[] {
  const out: EditCommand[] = [];
  const commands = block.get('commands').list();
  for (let c = 0; c < commands.length; c++) {
    const cmd = commands[c];
    const args: Uint8Array[] = [];
    const raw = cmd.get('args').list();
    for (let a = 0; a < raw.length; a++) args.push(utf8(ctx.expand(raw[a])));
    const command = new EditCommand(cmd.get('name').asString(), args);
    command.loc = cmd.get('loc');
    command.block = block.get('loc');
    out.push(command);
  }
  return out;
}

/** While tracing: every command of `edits` is skipped, the file not being edited for `reason`. */
function traceNotEdited(ctx: RunContext, file: string, edits: FileEdits, reason: string): void {
  const trace = ctx.trace;
  if (!trace) return;
  const t = new SessionTrace(trace, file, edits.commands);
  t.skip(0, edits.commands.length, 'file', reason);
  t.end('not-edited', reason);
}

/**
 * `home/FILE` (L8267-8284): FILE in every user's home directory; users without it are skipped
 * and nothing is created.
 */
function editHomes(ctx: RunContext, edits: FileEdits): void {
  const rest = edits.file.substring(4);
  if (rest.length <= 1) {
    ctx.error(ctx.prefix + "editfiles: can't edit home directories: a file name must follow home/");
    traceNotEdited(ctx, edits.file, edits, 'a file name must follow home/');
    return;
  }
  const homes = homeDirectories(ctx);
  let edited = 0;
  for (let i = 0; i < homes.length; i++) {
    const path = homes[i] + rest;
    if (host.statFile(path).type == 'file') {
      editFile(ctx, path, edits);
      edited++;
    }
  }
  if (edited == 0) traceNotEdited(ctx, edits.file, edits, 'no home directory has ' + rest.substring(1));
}

/** How often an edit is done again because another run saved the file first. */
const EDIT_ATTEMPTS = 50;

/**
 * Runs `edits` on `file`. Another run may save the file between our read and our save: the host
 * then refuses the save (HostStatus.Changed) and the edit is done again on the file as it is now,
 * as if the runs had taken turns; the messages of the attempt that was not saved are dropped.
 */
export function editFile(ctx: RunContext, file: string, edits: FileEdits): void {
  for (let attempt = 1; ; attempt++) {
    const logged = ctx.log.length;
    const changes = ctx.changes.length;
    const session = editOnce(ctx, file, edits);
    if (!session || !session.changedUnder) return;
    ctx.log.length = logged;
    ctx.changes.length = changes;
    if (attempt == EDIT_ATTEMPTS) {
      ctx.error(ctx.prefix + 'editfiles: ' + file + ' was changed by another process each of ' + attempt.toString() +
        ' times it was edited; not saved');
      ctx.exitCode = 1;
      return;
    }
    ctx.info(ctx.prefix + file + ' was changed by another process while being edited: edited again');
  }
}

/** The least an edited file may grow to (EditSession.growthLimit). */
const GROWTH_FLOOR: f64 = 16 * 1024 * 1024;

/** A control value of digits as a number, else -1. */
function byteCount(value: string): f64 {
  const v = value.trim();
  if (v.length == 0 || v.length > 15) return -1;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
  }
  return parseFloat(v);
}

/** One edit of `file`: create (AutoCreate), limits, load, run, save with backup (D7). */
function editOnce(ctx: RunContext, file: string, edits: FileEdits): EditSession | null {
  let info = host.statFile(file);
  let autoCreated = false;
  if (info.type == 'none') {
    if (!edits.autoCreate || edits.file != file) {
      ctx.warn(ctx.prefix + 'editfiles: ' + file + ' does not exist (AutoCreate creates it)');
      traceNotEdited(ctx, file, edits, 'the file does not exist');
      return null;
    }
    const created = change.create(ctx, file, 0o644); // D8: 0644; parent directories are not made
    if (!created.ok) {
      ctx.warn(ctx.prefix + 'editfiles: unable to create ' + file + ': ' + host.reasonFor(file, created.message));
      traceNotEdited(ctx, file, edits, 'cannot create the file: ' + created.message);
      return null;
    }
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would create file ' : 'Creating file ') + file + ', mode 644');
    info = host.statFile(file);
    autoCreated = true;
  }
  if (info.type == 'dir') {
    ctx.error(ctx.prefix + 'editfiles: ' + file + ' is a directory, not a file');
    ctx.exitCode = 1;
    traceNotEdited(ctx, file, edits, 'a directory, not a file');
    return null;
  }
  if (info.type == 'special') {
    // A FIFO would block the read, a device is endless; either is not the file the policy meant.
    ctx.error(ctx.prefix + 'editfiles: ' + file + ' is not a regular file (a FIFO, socket or device); not edited');
    ctx.exitCode = 1;
    traceNotEdited(ctx, file, edits, 'not a regular file (a FIFO, socket or device)');
    return null;
  }
  const written = ctx.controlValue('editfilesize', '1000'); // D19
  const limit = byteCount(written);
  if (limit < 0) {
    // Not a plain number of bytes ("abc", "10k", "1e3"): guessing would disable or shrink the limit.
    ctx.error(ctx.prefix + 'editfiles: EditFileSize = ' + written + ' is not a number of bytes (digits only); ' +
      file + ' is not edited');
    ctx.exitCode = 1;
    traceNotEdited(ctx, file, edits, 'EditFileSize is not a number of bytes');
    return null;
  }
  if (limit > 0 && info.size > limit) {
    ctx.warn(ctx.prefix + 'editfiles: ' + file + ' is bigger than the limit editfilesize = ' +
      (<i64>limit).toString() + ' bytes; not edited');
    traceNotEdited(ctx, file, edits, 'bigger than editfilesize');
    return null;
  }
  const r = host.readFileSized(file, info.size);
  if (!r.ok) {
    ctx.error(ctx.prefix + 'editfiles: cannot read ' + file + ': ' + host.reasonFor(file, r.message));
    ctx.exitCode = 1;
    traceNotEdited(ctx, file, edits, 'cannot read the file: ' + r.message);
    return null;
  }
  const lines = LineList.split(r.bytes);
  if (lines.hasNul) {
    ctx.error(ctx.prefix + 'editfiles: ' + file + ' holds binary data (a NUL byte); not edited');
    ctx.exitCode = 1;
    traceNotEdited(ctx, file, edits, 'binary data (a NUL byte)');
    return null;
  }
  const session = new EditSession(ctx, file, edits.commands);
  // How big the file may grow while edited: 16 times the larger of the limit and the file.
  session.growthLimit = ctx.editGrowthLimit > 0 ? ctx.editGrowthLimit : max(GROWTH_FLOOR, 16 * max(limit, info.size));
  // A file AutoCreate has just made is older than any other: BeginGroupIfFileIsNewer holds (L8405-8407).
  session.load(r.bytes, autoCreated ? 0 : info.mtime, lines);
  const trace = ctx.trace;
  let tracer: SessionTrace | null = null;
  if (trace) {
    tracer = new SessionTrace(trace, file, edits.commands);
    session.tracer = tracer;
    tracer.begin(session.lines, r.bytes);
  }
  if (!session.run()) {
    if (!session.changedUnder) ctx.exitCode = 1;
    if (tracer) {
      tracer.end('failed', session.changedUnder ? 'another run saved the file first: edited again'
        : 'not saved: a command failed so that the file must not be written');
    }
    return session;
  }
  const before = session.original;
  // Only the trace tells it apart from a save (comparing costs a pass over the file).
  const changed = tracer != null && session.changed;
  if (!session.save(true)) {
    if (tracer) tracer.end('failed', session.changedUnder ? 'another run saved the file first: edited again' : 'could not save the file');
    return session;
  }
  if (tracer) tracer.end(changed ? (ctx.dryRun ? 'would-save' : 'saved') : 'unchanged', '');
  if (session.original != before) {
    if (trace) {
      ctx.originKind = 'editfiles';
      ctx.originDetail = file;
    }
    for (let i = 0; i < session.classesToDefine.length; i++) ctx.define(session.classesToDefine[i]);
  }
  return session;
}

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
import { findByte } from '../util/scan';

/** The commands for one file, gathered from every block that names it. */
export class FileEdits {
  file: string;
  commands: EditCommand[] = [];
  autoCreate: bool = false;
  constructor(file: string) {
    this.file = file;
  }
}

export function where(loc: JValue): string {
  return loc.get('file').asString() + ':' + loc.get('line').asInt().toString() + ':' +
    loc.get('column').asInt().toString();
}

export function runEditfiles(ctx: RunContext, sections: JValue[]): void {
  const order: string[] = [];
  const byFile = new Map<string, FileEdits>();
  for (let s = 0; s < sections.length; s++) {
    if (sections[s].get('name').asString() != 'editfiles') continue;
    const items = sections[s].get('items').list();
    for (let i = 0; i < items.length; i++) {
      const block = items[i];
      if (block.get('kind').asString() != 'edit' || !ctx.evaluate(block.get('when'))) continue;
      const file = ctx.expand(block.get('file'));
      if (!byFile.has(file)) {
        byFile.set(file, new FileEdits(file));
        order.push(file);
      }
      const edits = byFile.get(file);
      const commands = block.get('commands').list();
      for (let c = 0; c < commands.length; c++) {
        const cmd = commands[c];
        const name = cmd.get('name').asString();
        const args: Uint8Array[] = [];
        const raw = cmd.get('args').list();
        for (let a = 0; a < raw.length; a++) args.push(utf8(ctx.expand(raw[a])));
        if (name == 'AutoCreate') edits.autoCreate = true;
        edits.commands.push(new EditCommand(name, args, where(cmd.get('loc'))));
      }
    }
  }
  for (let i = 0; i < order.length; i++) {
    const edits = byFile.get(order[i]);
    if (!ctx.locks.allows(ctx, edits.file)) continue;
    if (edits.file == 'home' || edits.file.startsWith('home/')) editHomes(ctx, edits);
    else editFile(ctx, edits.file, edits);
  }
}

/**
 * `home/FILE` (L8267-8284): FILE in every user's home directory; users without it are skipped
 * and nothing is created.
 */
function editHomes(ctx: RunContext, edits: FileEdits): void {
  const rest = edits.file.substring(4);
  if (rest.length <= 1) {
    ctx.error(ctx.prefix + "editfiles: can't edit home directories: a file name must follow home/");
    return;
  }
  const homes = homeDirectories(ctx);
  for (let i = 0; i < homes.length; i++) {
    const path = homes[i] + rest;
    if (host.statFile(path).type == 'file') editFile(ctx, path, edits);
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

/** Runs `edits` on `file`: create (AutoCreate), limits, load, run, save with backup (D7). */
export function editFile(ctx: RunContext, file: string, edits: FileEdits): void {
  let info = host.statFile(file);
  if (info.type == 'none') {
    if (!edits.autoCreate || edits.file != file) {
      ctx.warn(ctx.prefix + 'editfiles: ' + file + ' does not exist (AutoCreate creates it)');
      return;
    }
    const created = change.create(ctx, file, 0o644); // D8: 0644; parent directories are not made
    if (!created.ok) {
      ctx.warn(ctx.prefix + 'editfiles: unable to create ' + file + ': ' + created.message);
      return;
    }
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would create file ' : 'Creating file ') + file + ', mode 644');
    info = host.statFile(file);
  }
  if (info.type == 'dir') {
    ctx.error(ctx.prefix + 'editfiles: ' + file + ' is a directory, not a file');
    ctx.exitCode = 1;
    return;
  }
  const written = ctx.controlValue('editfilesize', '1000'); // D19
  const limit = byteCount(written);
  if (limit < 0) {
    // Not a plain number of bytes ("abc", "10k", "1e3"): guessing would disable or shrink the limit.
    ctx.error(ctx.prefix + 'editfiles: EditFileSize = ' + written + ' is not a number of bytes (digits only); ' +
      file + ' is not edited');
    ctx.exitCode = 1;
    return;
  }
  if (limit > 0 && info.size > limit) {
    ctx.warn(ctx.prefix + 'editfiles: ' + file + ' is bigger than the limit editfilesize = ' +
      (<i64>limit).toString() + ' bytes; not edited');
    return;
  }
  const r = host.readFile(file);
  if (!r.ok) {
    ctx.error(ctx.prefix + 'editfiles: cannot read ' + file + ': ' + r.message);
    ctx.exitCode = 1;
    return;
  }
  if (findByte(r.bytes.dataStart, 0, r.bytes.length, 0) < r.bytes.length) {
    ctx.error(ctx.prefix + 'editfiles: ' + file + ' holds binary data (a NUL byte); not edited');
    ctx.exitCode = 1;
    return;
  }
  const session = new EditSession(ctx, file, edits.commands);
  // How big the file may grow while edited: 16 times the larger of the limit and the file.
  session.growthLimit = ctx.editGrowthLimit > 0 ? ctx.editGrowthLimit : max(GROWTH_FLOOR, 16 * max(limit, info.size));
  session.load(r.bytes, info.mtime);
  if (!session.run()) {
    ctx.exitCode = 1;
    return;
  }
  const before = session.original;
  if (!session.save()) return;
  if (session.original != before) {
    for (let i = 0; i < session.classesToDefine.length; i++) ctx.define(session.classesToDefine[i]);
  }
}

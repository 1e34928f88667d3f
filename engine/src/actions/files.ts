/**
 * @fileoverview The files action (L8814-9200): check and fix modes, owners and groups over a file
 * or a sweep, touch and create files, link children, remove dead links (links=tidy), note
 * setuid/setgid root programs (actions/setuid.ts), define classes when something was fixed.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { expandDirectoryWildcards, itemPaths } from '../run/paths';
import * as change from '../run/changes';
import * as host from '../host';
import { defineList, Options, readOptions, recursion } from './options';
import { ModeSpec, octal, parseMode } from './modes';
import { selected, Sweep } from './sweep';
import { checkOwnership, groupIds, IdList, userIds } from './owners';
import { noteSetuid } from './setuid';
import * as gc from '../run/gc';
import { linkChildren } from './links';
import { makeDirectories } from './directories';
import { shellWord } from '../util/shell';

export const KNOWN = ['mode', 'owner', 'group', 'action', 'recurse', 'include', 'exclude', 'define', 'links',
  'syslog', 'inform', 'checksum', 'ignore', 'umask', 'elsedefine', 'flags', 'acl'];
const ACTIONS = ['warnall', 'warndirs', 'warnplain', 'fixall', 'fixdirs', 'fixplain', 'touch',
  'linkchildren', 'create', 'compress', 'alert'];

/** One files item, its options read. */
class FileCheck {
  action: string = 'warnall';
  mode: ModeSpec = new ModeSpec();
  owners: IdList = new IdList();
  groups: IdList = new IdList();
  /** links=: stop (default), traverse, tidy. */
  links: string = 'stop';
  o: Options = new Options();
  fixed: bool = false;
}

export function runFiles(ctx: RunContext, items: JValue[]): void {
  // Held across the sweeps, which collect garbage as they go (run/gc.ts).
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.release(kept + 1);
    gc.safePoint(); // between items too: a policy of 100,000 items keeps no garbage of each
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    if (!ctx.locks.allows(ctx, item.get('home').asBool() ? 'home' : ctx.expand(item.get('path')))) continue;
    const check = new FileCheck();
    gc.keep(check);
    const o = readOptions(ctx, item, KNOWN);
    check.o = o;
    let action = o.get('action', 'warnall').toLowerCase();
    // A bare action keyword after the path (L9063) is the action.
    const flags = item.get('flags').list();
    for (let f = 0; f < flags.length; f++) {
      const word = flags[f].get('text').asString().toLowerCase();
      if (ACTIONS.includes(word)) action = word;
    }
    if (o.has('acl')) ctx.warn(ctx.prefix + 'files: acl= is not applied yet (the acl section is not implemented)');
    if (!ACTIONS.includes(action)) {
      ctx.warn(ctx.prefix + 'files: unknown action ' + action + '; warnall used');
      action = 'warnall';
    }
    check.action = action;
    check.mode = parseMode(o.get('mode'));
    if (!check.mode.valid) {
      ctx.error(ctx.prefix + 'files: invalid mode ' + o.get('mode'));
      continue;
    }
    check.owners = userIds(ctx, o.get('owner', '*'));
    check.groups = groupIds(ctx, o.get('group', '*'));
    // Without links=, -l follows links and -L removes links to nothing outside home directories.
    const inHome = item.get('home').asBool();
    const links = o.get('links', ctx.traverseLinks ? 'traverse' : ctx.deadLinks == 'kill' && !inHome ? 'tidy' : 'stop').toLowerCase();
    check.links = links == 'traverse' || links == 'follow' || links == 'true' ? 'traverse' : links == 'tidy' ? 'tidy' : 'stop';
    const paths = itemPaths(ctx, item);
    gc.keep(paths);
    for (let p = 0; p < paths.length; p++) {
      // A wildcard in a directory name makes each matching directory a start point (L2279).
      const starts = expandDirectoryWildcards(paths[p]);
      const keptStarts = gc.keep(starts);
      for (let k = 0; k < starts.length; k++) checkPath(ctx, starts[k], check);
      gc.release(keptStarts);
    }
    if (check.fixed && o.has('define')) defineList(ctx, o.get('define'));
  }
  gc.release(kept);
}

/** touch and create (L9166-9198): make a missing file; touch also re-stamps and fixes one that exists. */
function makeFile(ctx: RunContext, path: string, check: FileCheck): bool {
  const info = host.statFile(path);
  if (info.type != 'none') return check.action == 'touch';
  // `/a/b/c/.` makes a directory, and the missing ones above it, as `directories` does (L9003-9007).
  if (path.endsWith('/.')) {
    const dir = path.substring(0, path.length - 2);
    const mode = check.mode.apply(0o755, true);
    if (makeDirectories(ctx, dir, mode, true)) {
      ctx.info(ctx.prefix + (ctx.dryRun ? 'would create directory ' : 'Creating directory ') + dir + ', mode ' + octal(mode));
      check.fixed = true;
    }
    return false;
  }
  const mode = check.mode.apply(0o644, false);
  const written = change.write(ctx, path, new Uint8Array(0), mode);
  if (!written.ok) {
    ctx.warn(ctx.prefix + 'files: could not create ' + path + ': ' + host.reasonFor(path, written.message));
    ctx.exitCode = 1;
    return false;
  }
  ctx.info(ctx.prefix + (ctx.dryRun ? 'would create file ' : 'Creating file ') + path + ', mode ' + octal(mode));
  check.fixed = true;
  const made = host.statFile(path);
  if (checkOwnership(ctx, path, made, check.owners, check.groups, true, check.mode.askedSetId())) check.fixed = true;
  return false;
}

function checkPath(ctx: RunContext, path: string, check: FileCheck): void {
  let action = check.action;
  if (action == 'touch' || action == 'create') {
    if (!makeFile(ctx, path, check)) return;
    const touched = change.touch(ctx, path);
    if (touched.ok) {
      ctx.info(ctx.prefix + (ctx.dryRun ? 'would touch ' : 'Touching file ') + path);
      check.fixed = true;
    } else ctx.warn(ctx.prefix + 'files: could not touch ' + path + ': ' + host.reasonFor(path, touched.message));
    action = 'fixall';
  }
  if (action == 'linkchildren') {
    if (linkChildren(ctx, path, check.o, false, check.owners, check.groups)) check.fixed = true;
    return;
  }
  const top = host.statFile(path, false);
  if (top.type == 'none') {
    ctx.warn(ctx.prefix + 'files: ' + path + ' ' + host.noneReason(path));
    return;
  }
  const entries = new Sweep(ctx, path, recursion(check.o.get('recurse', '0')), check.links == 'traverse');
  const include = check.o.all('include');
  const exclude = check.o.all('exclude');
  // The sweep collects at each step: what this frame holds is kept (run/gc.ts).
  const kept = gc.keep(entries);
  gc.keep(include);
  gc.keep(exclude);
  entries.collects = true;
  const warnOnly = action.startsWith('warn') || action == 'alert';
  const onlyDirs = action.endsWith('dirs');
  const onlyPlain = action.endsWith('plain');
  for (let next = entries.next(); next; next = entries.next()) {
    const entry = next!;
    if (!selected(entry.name, include, exclude)) continue;
    if (entry.type == 'link') {
      checkLink(ctx, entry.path, check, warnOnly);
      continue;
    }
    const isDir = entry.type == 'dir';
    if ((onlyDirs && !isDir) || (onlyPlain && isDir)) continue;
    const info = entry.info; // not a link: what lstat said is what stat says
    if (action == 'alert') {
      ctx.warn(ctx.prefix + 'ALERT: ' + entry.path + ' exists (files action=alert)');
      continue;
    }
    if (action == 'compress') {
      // Plain files only: gzip refuses a FIFO, socket or device (status 2, a warning a run).
      if (entry.type == 'file') compress(ctx, entry.path, check);
      continue;
    }
    const want = check.mode.apply(info.mode, isDir);
    noteSetuid(ctx, entry.path, info, want, !warnOnly);
    if (checkOwnership(ctx, entry.path, info, check.owners, check.groups, !warnOnly, check.mode.askedSetId())) check.fixed = true;
    if (want == info.mode) continue;
    if (warnOnly) {
      ctx.warn(ctx.prefix + entry.path + ' has permission ' + octal(info.mode) + ' [should be ' + octal(want) + ']');
      continue;
    }
    const changed = change.chmod(ctx, entry.path, want);
    if (changed.ok) {
      // A line per changed file: written into the log as it is made (run/records.ts).
      if (ctx.logs('info')) {
        const line = ctx.beginLog('info').chars(ctx.prefix).chars(entry.path);
        if (ctx.dryRun) line.raw(' would change from ').octal(info.mode).raw(' to ').octal(want);
        else line.raw(' had permission ').octal(info.mode).raw(', changed it to ').octal(want);
        ctx.endLog();
      }
      check.fixed = true;
    } else ctx.warn(ctx.prefix + 'files: could not change the mode of ' + entry.path + ': ' + host.reasonFor(entry.path, changed.message));
  }
  gc.release(kept);
}

/** A link met in a sweep: no mode of its own; its owner is checked; links=tidy removes it if dead (L8970). */
function checkLink(ctx: RunContext, path: string, check: FileCheck, warnOnly: bool): void {
  if (check.links == 'tidy' && host.statFile(path).type == 'none') {
    if (warnOnly) {
      const target = host.readlink(path);
      ctx.warn(ctx.prefix + path + ' is a link to nothing (' + (target ? target! : '?') + ')');
      return;
    }
    if (change.remove(ctx, path).ok) {
      ctx.info(ctx.prefix + (ctx.dryRun ? 'would remove dead link ' : 'Removing dead link ') + path);
      check.fixed = true;
    }
    return;
  }
  const info = host.statFile(path, false);
  if (checkOwnership(ctx, path, info, check.owners, check.groups, !warnOnly)) check.fixed = true;
}

/** action=compress: the CompressCommand (default gzip) on a plain file that is not compressed yet. */
function compress(ctx: RunContext, path: string, check: FileCheck): void {
  if (path.endsWith('.gz') || path.endsWith('.Z') || path.endsWith('.bz2') || path.endsWith('.xz')) return;
  const command = ctx.controlValue('compresscommand', 'gzip') + ' ' + shellWord(path);
  if (ctx.dryRun || ctx.noCommands) {
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would run ' : 'commands are switched off (-s): not running ') + command);
    change.noteCommand(ctx, command);
    if (ctx.dryRun) check.fixed = true;
    return;
  }
  // Run with the file as "$1": the host gives its real path (under --root, the one inside the
  // root; the policy's path named the machine's own file). `command` is what the run shows.
  const options = ctx.execOptions();
  options.paths = [path];
  const r = host.exec(ctx.controlValue('compresscommand', 'gzip') + ' "$1"', options);
  change.noteCommand(ctx, command);
  if (!r.available) ctx.warn(ctx.prefix + 'files: cannot compress ' + path + ': ' + r.output);
  else if (r.status != 0) ctx.warn(ctx.prefix + 'files: ' + command + ' failed (status ' + r.status.toString() + ') ' + r.output);
  else {
    ctx.info(ctx.prefix + 'Compressed ' + path);
    check.fixed = true;
  }
}

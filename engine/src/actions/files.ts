/**
 * @fileoverview The files action (L8814-9200): check and fix modes over a file or a sweep,
 * touch and create files, define classes when something was fixed.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { expandDirectoryWildcards, homeDirectories } from '../run/paths';
import * as host from '../host';
import { defineList, Options, readOptions, recursion } from './options';
import { octal, parseMode } from './modes';
import { selected, sweep } from './sweep';

export const KNOWN = ['mode', 'owner', 'group', 'action', 'recurse', 'include', 'exclude', 'define', 'links',
  'syslog', 'inform', 'checksum', 'ignore', 'umask', 'elsedefine', 'flags', 'acl'];
const ACTIONS = ['warnall', 'warndirs', 'warnplain', 'fixall', 'fixdirs', 'fixplain', 'touch',
  'linkchildren', 'create', 'compress', 'alert'];

export function runFiles(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
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
    let paths: string[];
    if (item.get('home').asBool()) paths = homeDirectories(ctx);
    else paths = ctx.expandList(item.get('path'));
    for (let p = 0; p < paths.length; p++) {
      // A wildcard in a directory name makes each matching directory a start point (L2279).
      const starts = expandDirectoryWildcards(paths[p]);
      for (let k = 0; k < starts.length; k++) checkPath(ctx, starts[k], action, o.get('mode'), o);
    }
  }
}

function checkPath(ctx: RunContext, path: string, actionName: string, modeText: string, o: Options): void {
  let action = actionName;
  const spec = parseMode(modeText);
  if (!spec.valid) {
    ctx.error(ctx.prefix + 'files: invalid mode ' + modeText + ' for ' + path);
    return;
  }
  let fixed = false;
  if (action == 'touch' || action == 'create') {
    // Make the file if it is missing; touch also updates its time. Both then fix its mode.
    const info = host.statFile(path);
    if (info.type == 'none') {
      const mode = spec.apply(0o644, false);
      // Under dry run the classes are defined as if it was done, so the plan matches the run.
      if (ctx.dryRun) {
        ctx.info(ctx.prefix + 'would create ' + path);
        fixed = true;
      } else if (host.writeFile(path, new Uint8Array(0), mode).ok) {
        ctx.info(ctx.prefix + 'Creating file ' + path + ', mode ' + octal(mode));
        fixed = true;
      } else ctx.warn(ctx.prefix + 'files: could not create ' + path);
    } else if (action == 'touch') {
      if (ctx.dryRun) {
        ctx.info(ctx.prefix + 'would touch ' + path);
        fixed = true;
      } else if (host.touch(path).ok) {
        ctx.info(ctx.prefix + 'Touching file ' + path);
        fixed = true;
      } else ctx.warn(ctx.prefix + 'files: could not touch ' + path);
    }
    if (ctx.dryRun && info.type == 'none') {
      if (o.has('define')) defineList(ctx, o.get('define'));
      return;
    }
    action = 'fixall';
  }
  if (host.statFile(path).type == 'none') {
    ctx.warn(ctx.prefix + 'files: ' + path + ' does not exist');
    return;
  }
  const follow = o.get('links', 'stop').toLowerCase();
  const entries = sweep(ctx, path, recursion(o.get('recurse', '0')), follow == 'traverse' || follow == 'follow' || follow == 'true');
  const include = o.all('include');
  const exclude = o.all('exclude');
  const warnOnly = action.startsWith('warn');
  const onlyDirs = action.endsWith('dirs');
  const onlyPlain = action.endsWith('plain');
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (entry.type == 'link') continue;
    if (!selected(entry.name, include, exclude)) continue;
    const isDir = entry.type == 'dir';
    if ((onlyDirs && !isDir) || (onlyPlain && isDir)) continue;
    const info = host.statFile(entry.path);
    const want = spec.apply(info.mode, isDir);
    if (want == info.mode) continue;
    if (warnOnly) {
      ctx.warn(ctx.prefix + entry.path + ' has permission ' + octal(info.mode) + ' [should be ' + octal(want) + ']');
      continue;
    }
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would change ' + entry.path + ' from ' + octal(info.mode) + ' to ' + octal(want));
      fixed = true;
      continue;
    }
    if (host.chmod(entry.path, want).ok) {
      ctx.info(ctx.prefix + entry.path + ' had permission ' + octal(info.mode) + ', changed it to ' + octal(want));
      fixed = true;
    } else ctx.warn(ctx.prefix + 'files: could not change the mode of ' + entry.path);
  }
  if (o.has('owner') || o.has('group')) {
    ctx.warn(ctx.prefix + 'files: owner= and group= are not checked yet (' + path + ')');
  }
  if (fixed && o.has('define')) defineList(ctx, o.get('define'));
}

import { Options } from './options';

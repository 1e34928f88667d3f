/**
 * @fileoverview The links action (L9546-9960): `from -> to` makes a symbolic link (absolute, or
 * relative with type=relative), `+>` links every child of `to` into `from`, `!` replaces a link
 * pointing elsewhere or a plain file (kept under a time-stamped backup name, case 158); without
 * it a link pointing elsewhere is left ("Doing nothing!", case 160) and a file is not replaced.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import { makeDirectories } from './directories';
import { defineList, readOptions } from './options';
import { dirName } from './sweep';

export const KNOWN = ['type', 'copy', 'recurse', 'copytype', 'include', 'exclude', 'action', 'deadlinks',
  'define', 'nofile', 'syslog', 'inform', 'ignore'];

/** `to` relative to the directory of `from` (type=relative, L9888). */
function relativeTarget(from: string, to: string): string {
  const a = dirName(from).split('/').filter((s) => s.length > 0);
  const b = to.split('/').filter((s) => s.length > 0);
  let k = 0;
  while (k < a.length && k < b.length && a[k] == b[k]) k++;
  let out = '.';
  for (let i = k; i < a.length; i++) out += '/..';
  for (let i = k; i < b.length; i++) out += '/' + b[i];
  return out;
}

/** A time-stamped backup name, as cfengine 2 makes for displaced files (case 158). */
function stampedName(ctx: RunContext, path: string): string {
  const t = <i64>ctx.now;
  return path + '_' + t.toString() + '_' + new Date(t * 1000).toISOString().replaceAll(':', '-') + '_.cfsaved';
}

function makeLink(ctx: RunContext, from: string, to: string, force: bool, relative: bool): bool {
  const target = relative ? relativeTarget(from, to) : to;
  const info = host.statFile(from, false);
  if (info.type == 'link') {
    const current = host.readlink(from);
    if (current == target || current == to) return false;
    if (!force) {
      ctx.warn(ctx.prefix + 'Old link ' + from + ' points somewhere else. Doing nothing!');
      return false;
    }
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would replace link ' + from + ' -> ' + target);
      return true;
    }
    host.remove(from);
  } else if (info.type != 'none') {
    if (!force || info.type == 'dir') {
      ctx.warn(ctx.prefix + from + ' exists and is not a link: not replaced' + (force ? ' (a directory)' : ' (use ->!)'));
      return false;
    }
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would move ' + from + ' aside and link it to ' + target);
      return true;
    }
    const backup = ctx.controlValue('repository', '').length ? ctx.backupPath(from, '.cfsaved') : stampedName(ctx, from);
    if (!host.rename(from, backup).ok) {
      ctx.warn(ctx.prefix + 'could not move ' + from + ' aside');
      return false;
    }
    ctx.info(ctx.prefix + 'Moved ' + from + ' to ' + backup + ' to make room for a link');
  } else if (ctx.dryRun) {
    ctx.info(ctx.prefix + 'would link ' + from + ' -> ' + target);
    return true;
  }
  if (!makeDirectories(ctx, dirName(from), 0o755)) return false;
  if (!host.symlink(target, from).ok) {
    ctx.warn(ctx.prefix + 'could not link ' + from + ' -> ' + target);
    return false;
  }
  ctx.info(ctx.prefix + 'Linking files ' + from + ' -> ' + target);
  return true;
}

export function runLinks(ctx: RunContext, items: JValue[], action: string): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'link') continue;
    const children = item.get('children').asBool();
    if ((action == 'simplelinks' && children) || (action == 'childlinks' && !children)) continue;
    const o = readOptions(ctx, item, KNOWN);
    const force = item.get('force').asBool();
    const relative = o.get('type', 'absolute').toLowerCase().startsWith('rel');
    const froms = ctx.expandList(item.get('from'));
    const tos = ctx.expandList(item.get('to'));
    let made = false;
    for (let f = 0; f < froms.length; f++) {
      for (let t = 0; t < tos.length; t++) {
        if (!children) {
          if (makeLink(ctx, froms[f], tos[t], force, relative)) made = true;
          continue;
        }
        const entries = host.listDir(tos[t]);
        for (let e = 0; e < entries.length; e++) {
          const name = entries[e].name;
          if (makeLink(ctx, froms[f] + '/' + name, tos[t] + '/' + name, force, relative)) made = true;
        }
      }
    }
    if (made && o.has('define')) defineList(ctx, o.get('define'));
  }
}

/**
 * @fileoverview The copy action for local sources (L7536-7834): a file, or a tree with
 * recurse= and include=/exclude=; copied when the destination is missing, older (type=ctime, the
 * default) or different (type=checksum); the old destination kept as .cfsaved (or in the
 * repository) unless backup=false; define= when something was copied. server= is refused.
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import { bytesEqual } from '../util/bytes';
import * as host from '../host';
import { makeDirectories } from './directories';
import { defineList, Options, readOptions, recursion } from './options';
import { parseMode } from './modes';
import { selected, sweep } from './sweep';

export const KNOWN = ['dest', 'mode', 'owner', 'group', 'action', 'backup', 'symlink', 'include', 'exclude',
  'recurse', 'type', 'linktype', 'define', 'force', 'size', 'server', 'purge', 'syslog', 'inform',
  'ignore', 'filter', 'secure', 'encrypt', 'verify', 'oldserver', 'trustkey', 'typecheck', 'stealth',
  'timestamps', 'checkroot', 'elsedefine', 'failover', 'findertype'];

export function runCopy(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
    if (o.has('server')) {
      ctx.error(ctx.prefix + 'copy: remote copy (server=' + o.get('server') + ') is not supported yet');
      continue;
    }
    const dest = o.get('dest');
    if (dest.length == 0) {
      ctx.warn(ctx.prefix + 'copy: no dest= given; nothing copied');
      continue;
    }
    const sources = ctx.expandList(item.get('path'));
    let copied = false;
    for (let s = 0; s < sources.length; s++) if (copyTree(ctx, sources[s], dest, o)) copied = true;
    if (copied && o.has('define')) defineList(ctx, o.get('define'));
  }
}

function copyTree(ctx: RunContext, source: string, dest: string, o: Options): bool {
  const top = host.statFile(source);
  if (top.type == 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + source + ' does not exist');
    return false;
  }
  const entries = sweep(ctx, source, top.type == 'dir' ? recursion(o.get('recurse', '0')) : 0, false);
  const include = o.all('include');
  const exclude = o.all('exclude');
  let copied = false;
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    const target = dest + entry.path.substring(source.length);
    if (entry.type == 'dir') {
      if (host.statFile(target).type == 'none' && makeDirectories(ctx, target, 0o755)) copied = true;
      continue;
    }
    if (entry.type != 'file' || (e > 0 && !selected(entry.name, include, exclude))) continue;
    if (copyFile(ctx, entry.path, target, o)) copied = true;
  }
  return copied;
}

function copyFile(ctx: RunContext, from: string, to: string, o: Options): bool {
  const src = host.statFile(from);
  const dst = host.statFile(to);
  const type = o.get('type', 'ctime').toLowerCase();
  const r = host.readFile(from);
  if (!r.ok) {
    ctx.warn(ctx.prefix + 'copy: cannot read ' + from);
    return false;
  }
  const spec = parseMode(o.get('mode'));
  const mode = spec.given ? spec.apply(src.mode, false) : src.mode;
  if (dst.type == 'file') {
    const old = host.readFile(to);
    const same = old.ok && bytesEqual(old.bytes, r.bytes);
    const needed = type == 'checksum' || type == 'sum' || type == 'byte' || type == 'binary' ? !same : src.mtime > dst.mtime && !same;
    const force = o.get('force', 'false').toLowerCase();
    if (!needed && force != 'true' && force != 'on') {
      if (spec.given && dst.mode != mode && !ctx.dryRun) host.chmod(to, mode);
      return false;
    }
  } else if (dst.type != 'none') {
    ctx.warn(ctx.prefix + 'copy: ' + to + ' exists and is not a plain file');
    return false;
  }
  if (ctx.dryRun) {
    ctx.info(ctx.prefix + 'would copy ' + from + ' to ' + to);
    return true;
  }
  const slash = to.lastIndexOf('/');
  if (slash > 0 && !makeDirectories(ctx, to.substring(0, slash), 0o755)) return false;
  const backup = o.get('backup', 'true').toLowerCase();
  if (dst.type == 'file' && backup != 'false' && backup != 'off') {
    host.rename(to, ctx.backupPath(to, '.cfsaved'));
  }
  if (!host.writeFile(to, r.bytes, mode).ok) {
    ctx.warn(ctx.prefix + 'copy: could not write ' + to);
    ctx.exitCode = 1;
    return false;
  }
  ctx.info(ctx.prefix + 'Copying from localhost:' + from + ' to ' + to);
  return true;
}

import { Options } from './options';

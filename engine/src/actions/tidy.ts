/**
 * @fileoverview The tidy action (L10600-10789): delete files matching pattern= (shell
 * wildcards) that are older than age= days by type= (atime, the default, mtime or ctime), down to
 * recurse=; rmdirs= also removes directories left empty, the top one included (case 165).
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import { globDirectories, homeDirectories } from '../run/paths';
import { defineList, Options, readOptions, recursion } from './options';
import { sweep } from './sweep';
import { hasWildcard, wildcardMatch } from '../util/wildcard';

export const KNOWN = ['pattern', 'age', 'recurse', 'type', 'rmdirs', 'links', 'size', 'define', 'syslog',
  'inform', 'include', 'exclude', 'dirs', 'ignore', 'dirlinks'];

export function runTidy(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
    if (o.has('dirlinks')) ctx.warn(ctx.prefix + 'tidy: dirlinks= is not implemented yet; links to directories are not followed');
    const tops = item.get('home').asBool() ? homeDirectories(ctx) : ctx.expandList(item.get('path'));
    let removed = false;
    for (let t = 0; t < tops.length; t++) {
      const dirs = hasWildcard(tops[t]) ? globDirectories(tops[t]) : [tops[t]];
      for (let d = 0; d < dirs.length; d++) if (tidyTree(ctx, dirs[d], o)) removed = true;
    }
    if (removed && o.has('define')) defineList(ctx, o.get('define'));
  }
}

function tidyTree(ctx: RunContext, top: string, o: Options): bool {
  const patterns = o.all('pattern');
  const ageDays = o.has('age') ? parseFloat(o.get('age')) : 0;
  const type = o.get('type', 'atime').toLowerCase();
  const rmdirs = o.get('rmdirs', 'false').toLowerCase();
  const entries = sweep(ctx, top, recursion(o.get('recurse', '1') == '0' ? '1' : o.get('recurse', '1')), false);
  let removed = false;
  // Deepest first, so directories are seen after their contents.
  for (let e = entries.length - 1; e >= 1; e--) {
    const entry = entries[e];
    if (entry.type == 'dir') continue;
    let match = patterns.length == 0;
    for (let k = 0; k < patterns.length && !match; k++) match = wildcardMatch(patterns[k], entry.name);
    if (!match) continue;
    const info = host.statFile(entry.path, false);
    const stamp = type == 'mtime' || type == 'ctime' ? info.mtime : info.atime;
    if (ctx.now - stamp < ageDays * 86400) continue;
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would delete ' + entry.path);
      removed = true;
      continue;
    }
    if (host.remove(entry.path).ok) {
      ctx.info(ctx.prefix + 'Deleting file ' + entry.path);
      removed = true;
    }
  }
  if (rmdirs == 'true' || rmdirs == 'on' || rmdirs == 'all') {
    for (let e = entries.length - 1; e >= 0; e--) {
      const entry = entries[e];
      if (entry.type != 'dir' || host.listDir(entry.path).length > 0) continue;
      if (ctx.dryRun) ctx.info(ctx.prefix + 'would delete directory ' + entry.path);
      else if (host.remove(entry.path).ok) {
        ctx.info(ctx.prefix + 'Deleting directory ' + entry.path);
        removed = true;
      }
    }
  }
  return removed;
}

import { Options } from './options';

/**
 * @fileoverview The directories action (L7954-8005): make a directory and the ones above it
 * (mode 755), give it its mode= (default 755), owner= and group=, and fix those of one that
 * exists (case 155).
 */
import * as gc from '../run/gc';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import * as change from '../run/changes';
import { defineList, readOptions } from './options';
import { checkOwnership, groupIds, userIds } from './owners';
import { octal, parseMode } from './modes';
import { pathTooLong } from '../run/paths';

export const KNOWN = ['mode', 'owner', 'group', 'define', 'syslog', 'inform'];

/** Makes `dir` and any missing directory above it (saying so unless `quiet`); false if that failed. */
export function makeDirectories(ctx: RunContext, dir: string, mode: i32, quiet: bool = false): bool {
  if (pathTooLong(ctx, dir)) return false;
  const parts = dir.split('/');
  // The last real component gets `mode`, also in `/a/./b` or `/a//b/`.
  let lastPart = parts.length - 1;
  while (lastPart > 0 && (parts[lastPart].length == 0 || parts[lastPart] == '.')) lastPart--;
  let path = '';
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].length == 0 || parts[i] == '.') continue;
    path += '/' + parts[i];
    const info = host.statFile(path);
    if (info.type == 'dir') continue;
    if (info.type != 'none') {
      ctx.warn(ctx.prefix + path + ' exists and is not a directory');
      return false;
    }
    const made = change.mkdir(ctx, path, i == lastPart ? mode : 0o755);
    if (!made.ok) {
      ctx.warn(ctx.prefix + 'could not make directory ' + path + ': ' + host.reasonFor(path, made.message));
      return false;
    }
    if (!quiet) ctx.info(ctx.prefix + (ctx.dryRun ? 'would make directory ' : 'Making directory ') + path);
  }
  return true;
}

export function runDirectories(ctx: RunContext, items: JValue[]): void {
  // Collected between items (run/gc.ts): nothing of the last item is held at the loop's head.
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.safePoint();
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    if (!ctx.locks.allows(ctx, ctx.expand(item.get('path')))) continue;
    const o = readOptions(ctx, item, KNOWN);
    const spec = parseMode(o.get('mode', '755'));
    if (!spec.valid) {
      ctx.error(ctx.prefix + 'directories: invalid mode ' + o.get('mode'));
      continue;
    }
    const owners = userIds(ctx, o.get('owner', '*'));
    const groups = groupIds(ctx, o.get('group', '*'));
    const paths = ctx.expandList(item.get('path'));
    for (let p = 0; p < paths.length; p++) {
      let dir = paths[p];
      while (dir.length > 1 && (dir.endsWith('/') || dir.endsWith('/.'))) dir = dir.substring(0, dir.endsWith('/') ? dir.length - 1 : dir.length - 2);
      let changed = false;
      const before = host.statFile(dir);
      if (before.type == 'none') {
        if (makeDirectories(ctx, dir, spec.apply(0o755, true))) changed = true;
      } else if (before.type == 'dir' && spec.given) {
        const want = spec.apply(before.mode, true);
        const r = want != before.mode ? change.chmod(ctx, dir, want) : null;
        if (r && r.ok) {
          ctx.info(ctx.prefix + dir + (ctx.dryRun ? ' would change from ' + octal(before.mode) + ' to ' + octal(want)
            : ' had permission ' + octal(before.mode) + ', changed it to ' + octal(want)));
          changed = true;
        } else if (r) ctx.warn(ctx.prefix + 'directories: could not change the mode of ' + dir + ': ' + host.reasonFor(dir, r.message));
      }
      const now = host.statFile(dir);
      if (now.type == 'dir' && checkOwnership(ctx, dir, now, owners, groups, true)) changed = true;
      if (changed && o.has('define')) defineList(ctx, o.get('define'));
    }
  }
  gc.release(kept);
}

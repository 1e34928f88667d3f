/**
 * @fileoverview The disable action (L8014-8187): rename a file to FILE.cfdisabled (or into the
 * repository) with mode 600 (case 166); rotate=N keeps N old copies, rotate=empty empties the
 * file in place (case 168).
 */
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import { defineList, readOptions } from './options';

export const KNOWN = ['rotate', 'type', 'size', 'define', 'syslog', 'inform', 'action', 'repository'];

export function runDisable(ctx: RunContext, items: JValue[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
    const paths = ctx.expandList(item.get('path'));
    for (let p = 0; p < paths.length; p++) {
      if (disableOne(ctx, paths[p], o.get('rotate', '').toLowerCase()) && o.has('define')) {
        defineList(ctx, o.get('define'));
      }
    }
  }
}

function disableOne(ctx: RunContext, path: string, rotate: string): bool {
  const info = host.statFile(path, false);
  if (info.type == 'none') return false;
  if (info.type == 'dir') {
    ctx.warn(ctx.prefix + 'disable: ' + path + ' is a directory; not disabled');
    return false;
  }
  if (rotate == 'empty') {
    if (info.size == 0) return false;
    if (ctx.dryRun) ctx.info(ctx.prefix + 'would empty ' + path);
    else host.writeFile(path, new Uint8Array(0), info.mode);
    return true;
  }
  if (rotate.length > 0) {
    const n = I32.parseInt(rotate);
    if (isNaN(<f64>n) || n < 1) {
      ctx.warn(ctx.prefix + 'disable: rotate=' + rotate + ' is not a number or empty');
      return false;
    }
    if (ctx.dryRun) {
      ctx.info(ctx.prefix + 'would rotate ' + path);
      return true;
    }
    // path.N-1 → path.N, …, path → path.1, then an empty path with the same mode.
    for (let k = n - 1; k >= 1; k--) {
      const older = path + '.' + k.toString();
      if (host.statFile(older, false).type != 'none') host.rename(older, path + '.' + (k + 1).toString());
    }
    host.rename(path, path + '.1');
    host.writeFile(path, new Uint8Array(0), info.mode);
    ctx.info(ctx.prefix + 'Rotating files ' + path + ' in ' + n.toString() + ' fragments');
    return true;
  }
  const target = ctx.backupPath(path, '.cfdisabled');
  if (ctx.dryRun) {
    ctx.info(ctx.prefix + 'would disable ' + path);
    return true;
  }
  if (!host.rename(path, target).ok) {
    ctx.warn(ctx.prefix + 'could not disable ' + path);
    return false;
  }
  host.chmod(target, 0o600);
  ctx.info(ctx.prefix + 'Disabling/renaming file ' + path + ' to ' + target + ' (pending repository move)');
  return true;
}

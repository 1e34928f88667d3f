/**
 * @fileoverview required, and its synonym disks (L10333-10410, L7920-7953): warn when a file or
 * filesystem the host needs is missing or does not look sensible (a file smaller than
 * `sensiblesize`, default 1000 bytes; a directory with fewer than `sensiblecount` entries,
 * default 2), or has less than `freespace=` free (kilobytes by default; b, k, m, g suffixes).
 * `define=` classes are defined when a check fails.
 */
import { atoiSaturating } from '../util/number';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as host from '../host';
import { defineList, readOptions } from './options';

export const KNOWN = ['freespace', 'define', 'syslog', 'inform'];

/** `freespace=` in bytes: a number with an optional unit (default kilobytes); -1 if unreadable. */
export function parseFreeSpace(value: string): f64 {
  const v = value.trim().toLowerCase();
  let end = 0;
  while (end < v.length && (v.charCodeAt(end) >= 48 && v.charCodeAt(end) <= 57 || v.charAt(end) == '.')) end++;
  if (end == 0) return -1;
  const n = parseFloat(v.substring(0, end));
  const unit = v.substring(end);
  if (unit == '' || unit == 'k' || unit == 'kb') return n * 1024;
  if (unit == 'b' || unit == 'bytes') return n;
  if (unit == 'm' || unit == 'mb') return n * 1024 * 1024;
  if (unit == 'g' || unit == 'gb') return n * 1024 * 1024 * 1024;
  return -1;
}

export function runRequired(ctx: RunContext, items: JValue[]): void {
  const sensibleSize = parseFloat(ctx.controlValue('sensiblesize', '1000'));
  const sensibleCount = atoiSaturating(ctx.controlValue('sensiblecount', '2'));
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.get('kind').asString() != 'statement' || item.get('path').isNull) continue;
    const o = readOptions(ctx, item, KNOWN);
    let need: f64 = -1;
    if (o.has('freespace')) {
      need = parseFreeSpace(o.get('freespace'));
      if (need < 0) ctx.warn(ctx.prefix + 'required: freespace=' + o.get('freespace') + ' is not a size (e.g. 50mb, 2000k, 1g); not checked');
    }
    const paths = ctx.expandList(item.get('path'));
    for (let p = 0; p < paths.length; p++) {
      if (!checkOne(ctx, paths[p], sensibleSize, sensibleCount, need) && o.has('define')) defineList(ctx, o.get('define'));
    }
  }
}

/** The checks for one path; false (after a warning) if one fails. */
function checkOne(ctx: RunContext, path: string, sensibleSize: f64, sensibleCount: i32, need: f64): bool {
  const info = host.statFile(path);
  if (info.type == 'none') {
    ctx.warn(ctx.prefix + 'required: ' + path + ' ' + host.noneReason(path));
    return false;
  }
  let ok = true;
  if (info.type == 'dir') {
    const count = host.listDir(path).length;
    if (count < sensibleCount) {
      ctx.warn(ctx.prefix + 'required: ' + path + ' holds ' + count.toString() + ' entries, fewer than sensiblecount = ' +
        sensibleCount.toString() + ': is the filesystem mounted?');
      ok = false;
    }
  } else if (info.size < sensibleSize) {
    ctx.warn(ctx.prefix + 'required: ' + path + ' is ' + (<i64>info.size).toString() + ' bytes, smaller than sensiblesize = ' +
      (<i64>sensibleSize).toString());
    ok = false;
  }
  if (need >= 0) {
    const free = host.freeSpace(path);
    if (free < 0) {
      ctx.warn(ctx.prefix + 'required: cannot tell the free space of ' + path + ': ' + host.freeSpaceError);
    } else if (free < need) {
      ctx.warn(ctx.prefix + 'required: ' + path + ' has ' + (<i64>(free / 1024)).toString() + ' KB free, less than freespace = ' +
        (<i64>(need / 1024)).toString() + ' KB');
      ok = false;
    } else {
      ctx.info(ctx.prefix + 'required: ' + path + ' has ' + (<i64>(free / 1024)).toString() + ' KB free');
    }
  }
  return ok;
}

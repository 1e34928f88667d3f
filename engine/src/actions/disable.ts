/**
 * @fileoverview The disable action (L8014-8187): rename a file to FILE.cfdisabled (or into the
 * repository) with mode 600 (case 166); a link is deleted; rotate=N keeps N old copies and leaves
 * an empty file with the same mode and owner, rotate=empty (or truncate) empties the file in place
 * (case 168); type= disables only plain files or only links; size= is a further condition.
 */
import { atoiSaturating } from '../util/number';
import * as gc from '../run/gc';
import { JValue } from '../util/json';
import { RunContext } from '../run/context';
import * as change from '../run/changes';
import * as host from '../host';
import { FileInfo } from '../host';
import { defineList, Options, parseSize, readOptions } from './options';
import { keepSetIdBits } from './owners';
import { baseName, dirName } from './sweep';

export const KNOWN = ['rotate', 'type', 'size', 'define', 'syslog', 'inform', 'action', 'repository'];

export function runDisable(ctx: RunContext, items: JValue[]): void {
  // Collected between items (run/gc.ts): nothing of the last item is held at the loop's head.
  const kept = gc.keep(items);
  for (let i = 0; i < items.length; i++) {
    gc.safePoint();
    const item = items[i];
    if (item.get('kind').asString() != 'statement') continue;
    const o = readOptions(ctx, item, KNOWN);
    const paths = ctx.expandList(item.get('path'));
    for (let p = 0; p < paths.length; p++) {
      if (disableOne(ctx, paths[p], o) && o.has('define')) defineList(ctx, o.get('define'));
    }
  }
  gc.release(kept);
}

/** Whether the object passes type= and size= (L8080-8092, L8150-8173). */
function wanted(ctx: RunContext, path: string, info: FileInfo, o: Options): bool {
  if (o.has('type')) {
    const type = o.get('type').toLowerCase();
    const isLink = type == 'link' || type == 'links';
    if (!isLink && type != 'plain' && type != 'file') {
      ctx.warn(ctx.prefix + 'disable: type=' + type + ' is not plain, file, link or links; ' + path + ' not disabled');
      return false;
    }
    if (isLink != (info.type == 'link')) return false;
  }
  if (o.has('size')) {
    const limit = parseSize(o.get('size'), 1);
    if (!limit.valid) {
      ctx.warn(ctx.prefix + 'disable: size=' + o.get('size') + ' is not a size; ' + path + ' not disabled');
      return false;
    }
    if (!limit.matches(info.size)) return false;
  }
  return true;
}

function disableOne(ctx: RunContext, path: string, o: Options): bool {
  const info = host.statFile(path, false);
  if (info.type == 'none') return false;
  if (info.type == 'dir') {
    ctx.warn(ctx.prefix + 'disable: ' + path + ' is a directory; not disabled');
    return false;
  }
  if (info.type == 'special') {
    // Renaming /dev/null or a daemon's socket away breaks whatever uses it: never done by pattern.
    ctx.warn(ctx.prefix + 'disable: ' + path + ' is not a regular file (a FIFO, socket or device); not disabled');
    return false;
  }
  if (!wanted(ctx, path, info, o)) return false;
  if (info.type == 'link') {
    // Disabling a link deletes the link (L8074).
    const removed = change.remove(ctx, path);
    if (!removed.ok) {
      ctx.warn(ctx.prefix + 'could not remove link ' + path + ': ' + host.reasonFor(path, removed.message));
      return false;
    }
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would delete link ' : 'Deleting link ') + path);
    return true;
  }
  const rotate = o.get('rotate', '').toLowerCase();
  if (rotate == 'empty' || rotate == 'truncate') {
    if (info.size == 0) return false;
    const emptied = change.write(ctx, path, new Uint8Array(0), info.mode);
    if (!emptied.ok) {
      ctx.warn(ctx.prefix + 'could not empty ' + path + ': ' + host.reasonFor(path, emptied.message));
      ctx.exitCode = 1;
      return false;
    }
    keepOwner(ctx, path, info);
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would empty ' : 'Emptying ') + path);
    return true;
  }
  if (rotate.length > 0) {
    const n = atoiSaturating(rotate);
    if (n < 1) {
      ctx.warn(ctx.prefix + 'disable: rotate=' + rotate + ' is not a number, empty or truncate');
      return false;
    }
    // path.N-1 → path.N, …, path → path.1, then an empty path with the same mode and owner.
    if (n <= ASK_EACH_UP_TO) {
      for (let k = n - 1; k >= 1; k--) {
        const older = path + '.' + k.toString();
        if (host.statFile(older, false).type != 'none') change.rename(ctx, older, path + '.' + (k + 1).toString());
      }
    } else {
      // Asking for each of path.1 … path.N-1 took 2 billion calls for rotate=99999999999 (a
      // hang): the old copies are found in one listing instead.
      const olders = oldCopies(path, n);
      for (let i = 0; i < olders.length; i++) {
        const k = olders[i];
        change.rename(ctx, path + '.' + k.toString(), path + '.' + (k + 1).toString());
      }
    }
    const rotated = change.rename(ctx, path, path + '.1');
    if (!rotated.ok) {
      ctx.warn(ctx.prefix + 'could not rotate ' + path + ': ' + host.reasonFor(path, rotated.message));
      return false;
    }
    const fresh = change.write(ctx, path, new Uint8Array(0), info.mode);
    if (!fresh.ok) {
      // No empty file could be made (a full disk): the file goes back under its name.
      change.rename(ctx, path + '.1', path);
      ctx.warn(ctx.prefix + 'could not rotate ' + path + ': ' + host.reasonFor(path, fresh.message));
      ctx.exitCode = 1;
      return false;
    }
    keepOwner(ctx, path, info);
    ctx.info(ctx.prefix + (ctx.dryRun ? 'would rotate files ' : 'Rotating files ') + path + ' in ' + n.toString() + ' fragments');
    return true;
  }
  const target = ctx.backupPath(path, '.cfdisabled');
  const renamed = change.rename(ctx, path, target);
  if (!renamed.ok) {
    ctx.warn(ctx.prefix + 'could not disable ' + path + ': ' + host.reasonFor(path, renamed.message));
    return false;
  }
  // The disabled copy is kept from other users' eyes; a failure is said (its old mode stays).
  const hidden = change.chmod(ctx, target, 0o600);
  if (!hidden.ok) ctx.warn(ctx.prefix + 'could not change the mode of ' + target + ' to 600: ' + host.reasonFor(target, hidden.message));
  ctx.info(ctx.prefix + (ctx.dryRun ? 'would disable/rename file ' : 'Disabling/renaming file ') + path + ' to ' + target +
    ' (pending repository move)');
  return true;
}

/** A file made in place of another gets its owner (L8117). */
function keepOwner(ctx: RunContext, path: string, old: FileInfo): void {
  const now = host.statFile(path, false);
  if (now.uid == old.uid && now.gid == old.gid) return;
  const r = change.chown(ctx, path, old.uid, old.gid);
  if (!r.ok) ctx.warn(ctx.prefix + 'could not give ' + path + ' the old file\'s owner: ' + host.reasonFor(path, r.message));
  else keepSetIdBits(ctx, path, now.mode); // the old file's mode, as written, with its owner again
}

/**
 * Up to this many old copies are each asked for by name, as always: that needs no right to read
 * the directory (a listing refused there would find none, and path.1 would be renamed over).
 */
const ASK_EACH_UP_TO = 1024;

/** The k of each `path.k` that exists (1 <= k < n, any type), largest first. */
function oldCopies(path: string, n: i32): i32[] {
  const prefix = baseName(path) + '.';
  const entries = host.listDir(dirName(path));
  const out: i32[] = [];
  for (let i = 0; i < entries.length; i++) {
    const name = entries[i].name;
    if (!name.startsWith(prefix) || name.length == prefix.length || name.length - prefix.length > 10) continue;
    let k: i64 = 0;
    let digits = true;
    for (let j = prefix.length; j < name.length; j++) {
      const c = name.charCodeAt(j);
      if (c < 0x30 || c > 0x39) { digits = false; break; }
      k = k * 10 + (c - 0x30);
    }
    // The canonical spelling only (path.01 was never asked for), below n.
    if (digits && name.charCodeAt(prefix.length) != 0x30 && k >= 1 && k < <i64>n) out.push(<i32>k);
  }
  out.sort((a, b) => b - a);
  return out;
}

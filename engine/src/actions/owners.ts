/**
 * @fileoverview owner= and group= (files L9020-9034, copy, directories, links): a comma list of
 * names or numeric ids; `*` accepts any. A file owned by none of the list is reported (warn
 * actions) or given the FIRST id of the list (fix actions). Names come from the host's user and
 * group databases, read once per run.
 */
import { atoiSaturating } from '../util/number';
import { FileInfo } from '../host';
import * as host from '../host';
import { RunContext } from '../run/context';
import * as change from '../run/changes';

/** Allowed ids; `any` if the list holds `*` (or was empty). */
export class IdList {
  ids: i32[] = [];
  any: bool = true;
}

function isNumber(s: string): bool {
  if (s.length == 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function parseIds(ctx: RunContext, list: string, groups: bool): IdList {
  const out = new IdList();
  const table = groups ? ctx.userAccounts().groups : ctx.userAccounts().users;
  const names = list.split(',');
  let sawAny = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i].trim();
    if (name.length == 0) continue;
    if (name == '*') {
      sawAny = true;
      continue;
    }
    if (isNumber(name)) {
      // An id past i32 (saturated) is refused, not wrapped: 4294967297 was uid 1.
      const id = atoiSaturating(name);
      if (id == i32.MAX_VALUE) {
        ctx.warn(ctx.prefix + 'Numeric ' + (groups ? 'group' : 'user') + ' id ' + name + ' is too large (over 2147483646); ignored');
        continue;
      }
      out.ids.push(id);
      continue;
    }
    let found = false;
    for (let k = 0; k < table.length && !found; k++) {
      if (table[k].name == name) {
        out.ids.push(table[k].id);
        found = true;
      }
    }
    if (!found) ctx.warn(ctx.prefix + 'Unknown ' + (groups ? 'group ' : 'user ') + name + ' (not in the ' + (groups ? 'group' : 'passwd') + ' database); ignored');
  }
  out.any = sawAny || out.ids.length == 0;
  return out;
}

export function userIds(ctx: RunContext, list: string): IdList {
  return parseIds(ctx, list, false);
}

export function groupIds(ctx: RunContext, list: string): IdList {
  return parseIds(ctx, list, true);
}

export function userName(ctx: RunContext, uid: i32): string {
  const t = ctx.userAccounts().users;
  for (let i = 0; i < t.length; i++) if (t[i].id == uid) return t[i].name;
  return uid.toString();
}

export function groupName(ctx: RunContext, gid: i32): string {
  const t = ctx.userAccounts().groups;
  for (let i = 0; i < t.length; i++) if (t[i].id == gid) return t[i].name;
  return gid.toString();
}

/** A user's uid by name or number, or -1 (unknown names are reported). */
export function userId(ctx: RunContext, name: string): i32 {
  const l = userIds(ctx, name);
  return l.ids.length ? l.ids[0] : -1;
}

/** The owner and group a file should get: -1 where it is already acceptable. */
export class OwnerFix {
  uid: i32 = -1;
  gid: i32 = -1;
  get needed(): bool {
    return this.uid >= 0 || this.gid >= 0;
  }
}

export function ownerFix(info: FileInfo, owners: IdList, groups: IdList): OwnerFix {
  const fix = new OwnerFix();
  if (!owners.any && !owners.ids.includes(info.uid)) fix.uid = owners.ids[0];
  if (!groups.any && !groups.ids.includes(info.gid)) fix.gid = groups.ids[0];
  return fix;
}

/**
 * Checks the owner and group of `path`: reports a mismatch (`fix` false) or corrects it. True if
 * something was changed (or, under dry run, would be).
 */
export function checkOwnership(ctx: RunContext, path: string, info: FileInfo, owners: IdList, groups: IdList, fix: bool, asked: i32 = 0): bool {
  if (owners.any && groups.any) return false; // the common case, with no allocation per file
  const want = ownerFix(info, owners, groups);
  if (!want.needed) return false;
  const now = userName(ctx, info.uid) + ':' + groupName(ctx, info.gid);
  const should = userName(ctx, want.uid >= 0 ? want.uid : info.uid) + ':' + groupName(ctx, want.gid >= 0 ? want.gid : info.gid);
  if (!fix) {
    ctx.warn(ctx.prefix + 'File ' + path + ' is owned by ' + now + ' [should be ' + should + ']');
    return false;
  }
  const r = change.chown(ctx, path, want.uid, want.gid, info.type != 'link');
  if (!r.ok) {
    // With the host's reason, as a refused chmod is said (a link another user planted, say).
    ctx.warn(ctx.prefix + 'Cannot set ownership on ' + path + ' (' + now + ' -> ' + should + '): ' + host.reasonFor(path, r.message));
    return false;
  }
  if (asked & 0o6000) keepSetIdBits(ctx, path, asked);
  ctx.info(ctx.prefix + (ctx.dryRun ? 'would change' : 'changed') + ' the owner of ' + path + ' from ' + now + ' to ' + should);
  return true;
}

/**
 * After a chown of a plain file, the setuid and setgid bits among `asked` (the mode the item asks
 * for, or the one its file was just written with) are set again: the kernel clears them at a
 * chown (root's too), so `mode=4755 owner=daemon` made a 0755 file, set right only by the next
 * run. Only those: a bit the item does not ask for stays cleared, as the kernel means it to
 * (`owner=root` without mode= over a user's 4755 program must not make it setuid root).
 */
export function keepSetIdBits(ctx: RunContext, path: string, asked: i32): void {
  const now = host.statFile(path);
  if (now.type != 'file') return;
  const want = now.mode | (asked & 0o6000);
  if (want == now.mode) return;
  const r = change.chmod(ctx, path, want);
  if (!r.ok) ctx.warn(ctx.prefix + 'the owner of ' + path + ' was changed, which cleared its setuid/setgid bits, and they could not be set again: ' + host.reasonFor(path, r.message));
}

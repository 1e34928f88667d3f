/**
 * @fileoverview lstat for sweeps without a Stats object. Node 20 builds each fs.Stats with four
 * Date objects (atime, mtime, ctime, birthtime): for a sweep of 100,000 files that was a tenth of
 * the main thread's time, in the Stats, the Dates and the collections they cause. Node's fs
 * binding answers lstat as numbers in one reused array (the layout below, the one fs.Stats is
 * built from); where that binding is not there or answers otherwise than fs.lstatSync — checked
 * once, field by field, on the first path asked — fs.lstatSync fills the same array instead.
 */
import * as fs from 'node:fs';

/** Where each field is in the answer (Node's kFsStatsFieldsNumber layout, seconds and nanoseconds apart). */
export const Field = { Dev: 0, Mode: 1, Uid: 3, Gid: 4, Ino: 7, Size: 8, AtimeSec: 10, MtimeSec: 12, CtimeSec: 14, CtimeNsec: 15 } as const;

/**
 * The binding's lstat. Its last argument was an object that receives the error (Node 20 before
 * errors were thrown from C++), now whether to throw on ENOENT: an object serves both — a newer
 * Node throws (not being `false`), an older one fills it in and answers nothing.
 */
type BindingLstat = (path: string | Buffer, bigint: boolean, req: undefined, ctx: { errno?: number }) => Float64Array | undefined;

/** The binding's lstat once checked; null: fs.lstatSync is used; undefined: not yet checked. */
let binding: BindingLstat | null | undefined;
const filled = new Float64Array(18);

/** fs.lstatSync's answer in the binding's layout (only the fields a sweep reads). */
function viaStats(path: string | Buffer): Float64Array | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path);
  } catch {
    return null;
  }
  filled[Field.Mode] = st.mode;
  filled[Field.Uid] = st.uid;
  filled[Field.Gid] = st.gid;
  filled[Field.Ino] = st.ino;
  filled[Field.Size] = st.size;
  filled[Field.AtimeSec] = Math.floor(st.atimeMs / 1000);
  filled[Field.MtimeSec] = Math.floor(st.mtimeMs / 1000);
  filled[Field.Dev] = st.dev;
  filled[Field.CtimeSec] = Math.floor(st.ctimeMs / 1000);
  filled[Field.CtimeNsec] = NaN; // not known here to the nanosecond: equal to no change time
  return filled;
}

/** The binding's lstat if it answers `path` as fs.lstatSync does; null if not; undefined if `path` cannot be stat'ed. */
function check(path: string | Buffer): BindingLstat | null | undefined {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(path);
  } catch {
    return undefined; // checked on a path that is there
  }
  // process.binding is deprecated (DEP0111): under --pending-deprecation it would print a warning.
  if (/--pending-deprecation|--throw-deprecation/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`)) return null;
  try {
    const lstat = (process as unknown as { binding(name: string): { lstat?: BindingLstat } }).binding('fs').lstat;
    if (typeof lstat !== 'function') return null;
    const ctx: { errno?: number } = {};
    const got = lstat(path, false, undefined, ctx);
    if (ctx.errno !== undefined || !(got instanceof Float64Array) || got.length <= Field.CtimeNsec) return null; // every field read
    const same = got[Field.Mode] === st.mode && got[Field.Uid] === st.uid && got[Field.Gid] === st.gid &&
      got[Field.Ino] === st.ino && got[Field.Size] === st.size && got[Field.AtimeSec] === Math.floor(st.atimeMs / 1000) &&
      got[Field.MtimeSec] === Math.floor(st.mtimeMs / 1000) && got[Field.Dev] === st.dev &&
      got[Field.CtimeSec] === Math.floor(st.ctimeMs / 1000);
    return same ? lstat : null;
  } catch {
    return null;
  }
}

/**
 * What lstat says of `path` (a link itself), in Field's layout; null if it cannot be stat'ed (gone
 * since its directory was read, or refused). The array is reused: read it before the next call.
 */
export function leanLstat(path: string | Buffer): Float64Array | null {
  if (binding === undefined) binding = check(path);
  if (!binding) return viaStats(path);
  try {
    const ctx: { errno?: number } = {};
    const got = binding(path, false, undefined, ctx);
    return ctx.errno === undefined && got ? got : null;
  } catch {
    return null;
  }
}

/** Tests only: whether lstat goes through the binding (true) or fs.lstatSync; `use` false forces the latter. */
export function leanStatThroughBinding(use?: boolean): boolean {
  if (use === false) binding = null;
  if (use === true) binding = undefined;
  return binding !== null;
}

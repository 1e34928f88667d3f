/**
 * lean-stat.ts's check of Node's fs binding, with stand-in bindings (process.binding replaced for
 * the test): the binding is used only if it answers the first path as fs.lstatSync does, field by
 * field, in an array long enough; otherwise (or under --pending-deprecation) fs.lstatSync fills
 * the same layout. Checked once; leanStatThroughBinding(true) asks for the check again.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Field, leanLstat, leanStatThroughBinding } from '../../host/node/lean-stat.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-lean-stat-'));
const file = join(base, 'f');
fs.writeFileSync(file, 'hello');
fs.utimesSync(file, 1_600_000_000.25, 1_650_000_000.75);
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

type Lstat = (path: string | Buffer, bigint: boolean, req: undefined, ctx: { errno?: number }) => unknown;
const proc = process as unknown as { binding(name: string): { lstat?: Lstat } };
const realBinding = proc.binding;
const realLstat = realBinding.call(process, 'fs').lstat! as Lstat;
const savedOptions = process.env.NODE_OPTIONS;

/** Puts `fs` in place of the binding's fs module; counts the calls of its lstat. */
function standIn(lstat: Lstat | undefined | 'throws'): { calls: number } {
  const count = { calls: 0 };
  proc.binding = (name: string) => {
    if (lstat === 'throws') throw new Error('no binding');
    return name === 'fs' ? { lstat: lstat && ((...a: Parameters<Lstat>) => (count.calls++, lstat(...a))) } : realBinding.call(process, name);
  };
  leanStatThroughBinding(true); // checked again at the next call
  return count;
}
afterEach(() => {
  proc.binding = realBinding;
  if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = savedOptions;
  leanStatThroughBinding(true);
});

/** The real answer, a copy (the binding reuses its array). */
const real = (path: string | Buffer) => Float64Array.from(realLstat(path, false, undefined, {}) as Float64Array);
/** What fs.lstatSync says, in the layout. */
function expected(path: string) {
  const st = fs.lstatSync(path);
  return { mode: st.mode, uid: st.uid, gid: st.gid, ino: st.ino, size: st.size, atime: Math.floor(st.atimeMs / 1000),
    mtime: Math.floor(st.mtimeMs / 1000), dev: st.dev, ctime: Math.floor(st.ctimeMs / 1000) };
}
const fields = (a: Float64Array | null) => a && { mode: a[Field.Mode], uid: a[Field.Uid], gid: a[Field.Gid], ino: a[Field.Ino],
  size: a[Field.Size], atime: a[Field.AtimeSec], mtime: a[Field.MtimeSec], dev: a[Field.Dev], ctime: a[Field.CtimeSec] };

describe('leanLstat', () => {
  it('the real binding agrees and is used, checked once: one call for the check, one per path', () => {
    const count = standIn(realLstat);
    expect(fields(leanLstat(file))).toEqual(expected(file));
    expect(leanStatThroughBinding()).toBe(true);
    expect(fields(leanLstat(base))).toEqual(expected(base));
    expect(leanLstat(join(base, 'missing'))).toBeNull();
    expect(leanLstat(file)![Field.CtimeNsec]).toBe(real(file)[Field.CtimeNsec]);
    expect(count.calls).toBe(5);
  });

  it('a binding wrong in any one field is not used: fs.lstatSync\'s answer instead', () => {
    for (const field of [Field.Mode, Field.Uid, Field.Gid, Field.Ino, Field.Size, Field.AtimeSec, Field.MtimeSec, Field.Dev, Field.CtimeSec]) {
      standIn((p) => {
        const a = real(p);
        a[field] += 1;
        return a;
      });
      expect(fields(leanLstat(file)), `field ${field}`).toEqual(expected(file));
      expect(leanStatThroughBinding(), `field ${field}`).toBe(false);
    }
  });

  it('nor one that reports an error, answers no Float64Array, or one too short for the change time\'s nanoseconds', () => {
    const cases: [string, Lstat | undefined | 'throws', boolean][] = [
      ['an error reported', (p, b, r, ctx) => (ctx.errno = -2, real(p)), false],
      ['an Array', (p) => [...real(p)], false],
      ['15 fields', (p) => real(p).slice(0, Field.CtimeNsec), false],
      ['16 fields', (p) => real(p).slice(0, Field.CtimeNsec + 1), true],
      ['no lstat', undefined, false],
      ['no binding at all', 'throws', false],
    ];
    for (const [what, lstat, used] of cases) {
      standIn(lstat);
      expect(fields(leanLstat(file)), what).toEqual(expected(file));
      expect(leanStatThroughBinding(), what).toBe(used);
    }
  });

  it('is not asked under --pending-deprecation or --throw-deprecation (process.binding would warn)', () => {
    for (const flag of ['--pending-deprecation', '--throw-deprecation']) {
      process.env.NODE_OPTIONS = `--max-old-space-size=4096 ${flag}`;
      const count = standIn(realLstat);
      expect(fields(leanLstat(file))).toEqual(expected(file));
      expect(count.calls).toBe(0);
      expect(leanStatThroughBinding()).toBe(false);
    }
    process.env.NODE_OPTIONS = '--max-old-space-size=4096';
    const count = standIn(realLstat);
    leanLstat(file);
    expect(count.calls).toBe(2);
  });

  it('a path not there: null, checked or not, whether the binding throws or (older Node) reports the error', () => {
    expect(leanLstat(join(base, 'missing'))).toBeNull(); // the check itself on a missing path: not decided
    expect(fields(leanLstat(file))).toEqual(expected(file));
    expect(leanStatThroughBinding()).toBe(true);
    // An older Node: the error in ctx, no answer.
    standIn((p, b, r, ctx) => {
      try {
        return realLstat(p, b, r, ctx);
      } catch {
        ctx.errno = -2;
        return undefined;
      }
    });
    expect(fields(leanLstat(file))).toEqual(expected(file));
    expect(leanLstat(join(base, 'missing'))).toBeNull();
  });

  it('through fs.lstatSync (forced): the same fields, the change time in seconds, its nanoseconds unknown; the binding never asked', () => {
    const count = standIn(realLstat);
    leanStatThroughBinding(false);
    const got = leanLstat(file)!;
    expect(fields(got)).toEqual(expected(file));
    expect(got[Field.AtimeSec]).toBe(1_600_000_000);
    expect(got[Field.MtimeSec]).toBe(1_650_000_000);
    expect(got[Field.CtimeSec]).toBe(Math.floor(fs.lstatSync(file).ctimeMs / 1000));
    expect(got[Field.CtimeNsec]).toBeNaN();
    expect(leanLstat(join(base, 'missing'))).toBeNull();
    expect(count.calls).toBe(0);
    expect(leanStatThroughBinding()).toBe(false);
  });
});

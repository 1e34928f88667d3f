/**
 * NodeHost's chmod and chown pin the file they change (node-host.ts change, changeUnconfined;
 * confined-paths.ts pinned): what each refuses, in which words, when the file is gone, or was
 * swapped between the check and the change. The swaps are staged at the exact moment by a
 * byte-fs.ts whose openSync does the swap when the pin opens the file (fresh modules); the rest
 * with a sweep's listing (listStatRecords) and a change made after it. And the words of the
 * system's errors a run as root rarely meets (EACCES, ENOSPC), from a byte-fs.ts that throws them.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { O_PATH } from '../../host/node/confined-paths.js';
import { NodeHost } from '../../host/node/node-host.js';
import { hostOver, undoHostOver } from '../support/host-over.js';

const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-pinned-changes-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const NOBODY = 65534;
afterEach(undoHostOver);

let cases = 0;
const fresh = () => {
  const d = join(base, `c${cases++}`);
  fs.mkdirSync(d);
  return d;
};
const modeOf = (p: string) => fs.statSync(p).mode & 0o7777;
function file(path: string, mode = 0o644, uid = 0): string {
  fs.writeFileSync(path, 'x');
  fs.chmodSync(path, mode);
  if (uid) fs.chownSync(path, uid, uid);
  return path;
}
/** Another user's directory (0755, uid 65534): she may add, remove and swap its names. */
function hers(path: string): string {
  fs.mkdirSync(path, { mode: 0o755 });
  fs.chownSync(path, NOBODY, NOBODY);
  return path;
}
/** The HostError `call` throws (or null); one of a fresh module instance's HostError class too. */
function refusal(call: () => unknown): HostError | null {
  try {
    call();
    return null;
  } catch (e) {
    if (e instanceof HostError || (e instanceof Error && e.constructor.name === 'HostError')) return e as HostError;
    throw e;
  }
}


/** byte-fs.ts whose openSync runs `before` (then `after`) around the first O_PATH open of `path`: the pin's. */
function atPin(path: string, hooks: { before?: () => void; after?: () => void }) {
  let done = false;
  return (real: typeof import('../../host/node/byte-fs.js')) => ({
    openSync: (p: string, flags: number, mode?: number) => {
      const pin = !done && p === path && (flags & O_PATH) !== 0;
      if (pin) {
        done = true;
        hooks.before?.();
      }
      const fd = real.openSync(p, flags, mode);
      if (pin) hooks.after?.();
      return fd;
    },
  });
}

describe('under a root', () => {
  it('chmod and chown of a name that is not there: ENOENT, the policy\'s path named', () => {
    const root = fresh();
    const host = new NodeHost({ root });
    expect(refusal(() => host.chmod('/missing', 0o600))).toMatchObject({ code: 'ENOENT', message: '/missing: no such file or directory' });
    expect(refusal(() => host.chown('/missing', 0, 0))).toMatchObject({ code: 'ENOENT', message: '/missing: no such file or directory' });
  });

  it.skipIf(!asRoot)('the file swapped for a link out of the root after the check: refused, the link\'s target unchanged', async () => {
    const d = fresh();
    const root = join(d, 'root');
    fs.mkdirSync(root);
    const outside = file(join(d, 'outside'), 0o600);
    const f = file(join(root, 'f'));
    const Host = await hostOver(atPin(f, {
      before: () => {
        fs.unlinkSync(f);
        fs.symlinkSync(outside, f); // absolute: the system follows it from its own /
      },
    }));
    const host = new Host({ root });
    expect(refusal(() => host.chmod('/f', 0o666))).toMatchObject({
      code: 'EACCES', message: '/f: changed while it was being changed (a link put on the way?)',
    });
    expect(modeOf(outside)).toBe(0o600);
  });
});

describe.skipIf(!asRoot)('without a root, as root: a name in another user\'s directory', () => {
  it('a directory on the way swapped for a link between the pin and the change: refused, neither file changed', async () => {
    const d = fresh();
    const home = hers(join(d, 'home'));
    const sub = hers(join(home, 'sub'));
    const other = hers(join(home, 'other'));
    const f = file(join(sub, 'f'), 0o644, NOBODY);
    const decoy = file(join(other, 'f'), 0o644, NOBODY);
    const Host = await hostOver(atPin(f, {
      after: () => { // the pin holds sub/f; the name now leads to other/f
        fs.renameSync(sub, join(home, 'sub2'));
        fs.symlinkSync(other, sub);
        fs.lchownSync(sub, NOBODY, NOBODY);
      },
    }));
    expect(refusal(() => new Host().chmod(f, 0o600))).toMatchObject({
      code: 'EACCES', message: `${f}: its way changed while it was being changed (a link put on the way?); not changed`,
    });
    expect(modeOf(join(home, 'sub2', 'f'))).toBe(0o644);
    expect(modeOf(decoy)).toBe(0o644);
  });

  it('an entry of the sweep\'s listing gone before its chmod: the system\'s ENOENT', () => {
    const home = hers(join(fresh(), 'home'));
    const gone = file(join(home, 'gone'));
    const host = new NodeHost();
    host.listStatRecords(home);
    fs.unlinkSync(gone);
    expect(refusal(() => host.chmod(gone, 0o600))).toMatchObject({ code: 'ENOENT', message: `${gone}: no such file or directory` });
  });

  it('an entry with a long name replaced by another file after the listing: refused by name, the new file unchanged', () => {
    const home = hers(join(fresh(), 'home'));
    const entry = file(join(home, 'an-entry-with-a-longer-name'));
    const host = new NodeHost();
    host.listStatRecords(home);
    file(join(home, 'spare')); // made while the entry is there: another inode than the one listed
    fs.renameSync(join(home, 'spare'), entry);
    expect(refusal(() => host.chmod(entry, 0o666))).toMatchObject({
      code: 'EACCES', message: `${entry}: not the file listed a moment ago (a link put on the way?); not changed`,
    });
    expect(modeOf(entry)).toBe(0o644);
  });

  it('an entry listed as a link is not taken for a file: refused as a link, its target unchanged', () => {
    const d = fresh();
    const home = hers(join(d, 'home'));
    const target = file(join(d, 'target'), 0o600);
    const l = join(home, 'l');
    fs.symlinkSync(target, l);
    fs.lchownSync(l, NOBODY, NOBODY);
    const host = new NodeHost();
    host.listStatRecords(home);
    const message = `${l}: a link in a directory another user can write; not followed`;
    expect(refusal(() => host.chmod(l, 0o666))).toMatchObject({ code: 'EACCES', message });
    expect(refusal(() => host.chown(l, NOBODY, NOBODY))).toMatchObject({ code: 'EACCES', message });
    expect(modeOf(target)).toBe(0o600);
    expect(fs.statSync(target).uid).toBe(0);
  });
});

describe('errors a run as root rarely meets, in words (byte-fs.ts throwing them)', () => {
  const failing = (code: string, text: string) => (real: typeof import('../../host/node/byte-fs.js')) => ({
    renameSync: (from: string, to: string) => {
      if (from.endsWith('/from')) throw Object.assign(new Error(`${code}: ${text}, rename '${from}' -> '${to}'`), { code });
      return real.renameSync(from, to);
    },
  });
  it('EACCES: "permission denied", as EACCES', async () => {
    const d = fresh();
    const from = file(join(d, 'from'));
    const Host = await hostOver(failing('EACCES', 'permission denied'));
    expect(refusal(() => new Host().rename(from, join(d, 'to')))).toMatchObject({ code: 'EACCES', message: `${from}: permission denied` });
  });
  it('ENOSPC: "no space left on device", the file left unchanged', async () => {
    const d = fresh();
    const from = file(join(d, 'from'));
    const Host = await hostOver(failing('ENOSPC', 'no space left on device'));
    expect(refusal(() => new Host().rename(from, join(d, 'to')))).toMatchObject({
      code: 'EFAIL', message: `${from}: no space left on device (ENOSPC); left unchanged`,
    });
    expect(fs.existsSync(from)).toBe(true);
  });
});

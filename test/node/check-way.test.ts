/**
 * Without --root, as root, a path is not taken through a link on its way that another user could
 * have planted (NodeHost.checkWay): a link in another user's directory, owned by that user, to a
 * directory someone else owns. In process (the CLI's own tests of it run a child process), each
 * case with the call that reads or changes through the way, and what it may or may not reach.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';

const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-check-way-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const NOBODY = 65534;
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** The HostError a call throws (or null). */
function refusal(call: () => unknown): HostError | null {
  try {
    call();
    return null;
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
}

describe.skipIf(!asRoot)('checkWay: links on the way of a path (as root, no root directory)', () => {
  // root's own directory, holding a file only root may read.
  const etc = join(base, 'etc');
  fs.mkdirSync(etc, { mode: 0o755 });
  fs.writeFileSync(join(etc, 'shadow'), 'root:secret\n', { mode: 0o600 });
  // nobody's home: a directory another user can write.
  const home = join(base, 'home');
  fs.mkdirSync(home, { mode: 0o755 });
  fs.chownSync(home, NOBODY, NOBODY);
  /** A link `name` to `target` owned by `uid`, in `dir` (nobody's home unless said). */
  const plant = (name: string, target: string, uid: number, dir = home) => {
    const link = join(dir, name);
    fs.symlinkSync(target, link);
    fs.lchownSync(link, uid, uid);
    return link;
  };
  /** A directory of root's own (no other user can add a name to it). */
  const rootsDir = (name: string) => {
    const dir = join(base, name);
    fs.mkdirSync(dir, { mode: 0o755 });
    return dir;
  };

  it('a link of the other user to root\'s directory: refused, by name, for a read and a change', () => {
    const link = plant('www', etc, NOBODY);
    const path = join(link, 'shadow');
    const host = new NodeHost();
    const message = `${path}: ${link} is a link owned by uid ${NOBODY} to a directory owned by uid 0; ` +
      'not followed (another user may have planted it)';
    expect(refusal(() => host.readFile(path))).toMatchObject({ code: 'EACCES', message });
    // A change as well: the mode and owner of root's file stay (a files: item with mode= and
    // owner= on that path chmodded and chowned /etc/shadow through such a link).
    expect(refusal(() => host.chmod(path, 0o644))).toMatchObject({ code: 'EACCES', message });
    expect(refusal(() => host.chown(path, NOBODY, NOBODY))).toMatchObject({ code: 'EACCES', message });
    expect(fs.statSync(join(etc, 'shadow')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(join(etc, 'shadow')).uid).toBe(0);
    // The same file by its own path: read.
    expect(text(host.readFile(join(etc, 'shadow')))).toBe('root:secret\n');
  });

  it('deeper on the way too: a link two directories down in the other user\'s tree', () => {
    const sub = join(home, 'sub');
    fs.mkdirSync(sub);
    fs.chownSync(sub, NOBODY, NOBODY);
    const link = join(sub, 'deep');
    fs.symlinkSync(etc, link);
    fs.lchownSync(link, NOBODY, NOBODY);
    expect(refusal(() => new NodeHost().readFile(join(link, 'shadow')))).toMatchObject({ code: 'EACCES' });
  });

  it('followed: a link owned by root, and one to a directory of its own owner', () => {
    const host = new NodeHost();
    const rootsLink = plant('byroot', etc, 0);
    expect(text(host.readFile(join(rootsLink, 'shadow')))).toBe('root:secret\n');
    const own = join(home, 'own');
    fs.mkdirSync(own);
    fs.writeFileSync(join(own, 'f'), 'mine\n');
    fs.chownSync(own, NOBODY, NOBODY);
    const ownLink = plant('tome', own, NOBODY);
    expect(text(host.readFile(join(ownLink, 'f')))).toBe('mine\n');
    // root's own link, though to a directory of the other user: root put it there.
    const rootsToOwn = plant('rootstome', own, 0);
    expect(text(host.readFile(join(rootsToOwn, 'f')))).toBe('mine\n');
  });

  it('a way that ends at a missing name: the system\'s own answer, not a refusal', () => {
    const e = refusal(() => new NodeHost().readFile(join(home, 'none', 'x')));
    expect(e?.code).toBe('ENOENT');
  });

  it('a link in root\'s own directory (no other user can put it there) is followed whoever owns it', () => {
    const link = plant('etc', etc, NOBODY, rootsDir('opt'));
    expect(text(new NodeHost().readFile(join(link, 'shadow')))).toBe('root:secret\n');
  });

  it('a user\'s link in root\'s directory to another user\'s open directory is followed (root made it there)', () => {
    // Only a directory another user can write is looked at for planted links: the link here
    // stays whoever owns it, though it leads into a directory that is not guarded itself.
    const other = rootsDir('other');
    fs.writeFileSync(join(other, 'f'), 'theirs\n');
    fs.chownSync(other, 1234, 1234);
    const link = plant('data', other, NOBODY, rootsDir('srv'));
    expect(text(new NodeHost().readFile(join(link, 'f')))).toBe('theirs\n');
  });

  it('the last name itself is not the way: a file of the other user\'s directory is read', () => {
    fs.writeFileSync(join(home, 'plain'), 'plain\n');
    expect(text(new NodeHost().readFile(join(home, 'plain')))).toBe('plain\n');
  });
});

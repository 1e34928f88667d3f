/**
 * A chmod or chown of a name the policy gives (not a sweep's entry) in a directory another user
 * can write: that user owns the name's last component. disable renames FILE to FILE.cfdisabled
 * and then chmods the new name 0600; a link put there in between (the user's own directory) had
 * root chmod the link's target, any file of the system (0600 on /etc/passwd stops every login
 * but root's). The same held for a policy's `files` mode or owner on such a name. Now a link
 * there is not followed, and the inode looked at is the one changed.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { OverlayHost } from '../../host/core/overlay-host.js';

const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-unguarded-last-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe.skipIf(!asRoot)('a name in a directory another user can write (as root)', () => {
  const user = join(base, 'home');
  const victim = join(base, 'victim');
  fs.mkdirSync(user);
  fs.chownSync(user, 65534, 65534); // nobody's directory
  fs.writeFileSync(victim, 'root:x:0:0\n', { mode: 0o644 });
  fs.chmodSync(victim, 0o644);

  it("a link there is not followed by chmod or chown: its target keeps its mode and owner", () => {
    const link = join(user, 'f.cfdisabled');
    fs.symlinkSync(victim, link);
    fs.lchownSync(link, 65534, 65534);
    const host = new NodeHost();
    expect(() => host.chmod(link, 0o600)).toThrow(/a link in a directory another user can write; not followed/);
    expect(() => host.chown(link, 65534, 65534)).toThrow(/not followed/);
    expect(fs.statSync(victim).mode & 0o7777).toBe(0o644);
    expect(fs.statSync(victim).uid).toBe(0);
  });

  it("the user's own plain file there is changed as before; a link in root's own directory is still followed", () => {
    const plain = join(user, 'g');
    fs.writeFileSync(plain, 'x');
    fs.chownSync(plain, 65534, 65534);
    const host = new NodeHost();
    host.chmod(plain, 0o600);
    expect(fs.statSync(plain).mode & 0o7777).toBe(0o600);
    const rootsLink = join(base, 'roots-link');
    const target = join(base, 'target');
    fs.writeFileSync(target, 'y', { mode: 0o644 });
    fs.symlinkSync(target, rootsLink);
    host.chmod(rootsLink, 0o640);
    expect(fs.statSync(target).mode & 0o7777).toBe(0o640);
  });
});

describe.skipIf(!asRoot)('what the run renames: the directories known guarded are looked at again (as root)', () => {
  it('a directory renamed over one known guarded: a link planted in it is not followed by the next chmod', () => {
    const top = fs.mkdtempSync(join(base, 'renamed-over-'));
    fs.chmodSync(top, 0o755);
    const d = join(top, 'd');
    const open = join(top, 'x');
    const victim = join(top, 'victim');
    fs.mkdirSync(d, { mode: 0o755 });
    fs.mkdirSync(open);
    fs.chmodSync(open, 0o777); // anyone may add a name in it
    fs.writeFileSync(victim, 'secret\n', { mode: 0o600 });
    fs.chmodSync(victim, 0o600);
    const host = new NodeHost();
    // The run learns d is guarded (root's, 0755, in root's directory) while it writes in it.
    host.writeFile(join(d, 'f'), new TextEncoder().encode('x'), 0o644);
    host.remove(join(d, 'f'));
    // A file of its own renamed elsewhere keeps what it knows of d; the open directory renamed over d does not.
    host.writeFile(join(top, 'g'), new TextEncoder().encode('g'), 0o644);
    host.rename(join(top, 'g'), join(top, 'h'));
    host.rename(open, d);
    // Another user puts a link in what is now d.
    const link = join(d, 'f');
    fs.symlinkSync(victim, link);
    fs.lchownSync(link, 65534, 65534);
    expect(() => host.chmod(link, 0o666)).toThrow(/a link in a directory another user can write; not followed/);
    expect(fs.statSync(victim).mode & 0o7777).toBe(0o600);
  });
});

describe.skipIf(!asRoot)('what the run renames through a link: the same directory under its other name is looked at again (as root)', () => {
  // known: what the host has looked at before the rename (a file written beside the directory,
  // through the other name), so that the way to the renamed name is in its cache or not.
  // made: what the run puts in the directory's place (as links' force=true does, or a mkdir).
  const cases = [
    { way: 'root\'s link', known: 'nothing', made: 'a link to another user\'s directory' },
    { way: 'root\'s link', known: 'nothing', made: 'a directory anyone may write' },
    { way: 'root\'s link', known: 'the link', made: 'a link to another user\'s directory' },
    { way: 'root\'s link in another user\'s directory', known: 'the link', made: 'a link to another user\'s directory' },
  ] as const;
  for (const { way, known, made } of cases) {
    it(`a guarded directory moved aside by a path through ${way} (the host knowing ${known}), ${made} made in its place: a link planted there is not followed`, () => {
      const top = fs.mkdtempSync(join(base, 'through-link-'));
      fs.chmodSync(top, 0o755);
      const www = join(top, 'srv', 'www');
      fs.mkdirSync(www, { recursive: true, mode: 0o755 });
      const alice = join(top, 'alice');
      fs.mkdirSync(alice);
      fs.chownSync(alice, 65534, 65534);
      // Root's own link: the same directory by another name (in alice's directory: she may not own it, but it is there).
      const x = way === 'root\'s link' ? join(top, 'x') : join(alice, 'x');
      fs.symlinkSync(join(top, 'srv'), x);
      const victim = join(top, 'victim');
      fs.writeFileSync(victim, 'secret\n', { mode: 0o600 });
      fs.chmodSync(victim, 0o600);
      const host = new NodeHost();
      host.writeFile(join(www, 'index'), new TextEncoder().encode('x'), 0o644); // www is found guarded
      if (known === 'the link') host.writeFile(join(x, 'other'), new TextEncoder().encode('o'), 0o644);
      // As links' force=true does to a directory in the way: moved aside, something else made in its place.
      host.rename(join(x, 'www'), join(x, 'www.cfsaved.dir'));
      let open = alice;
      if (made === 'a directory anyone may write') {
        host.mkdir(join(x, 'www'), 0o777);
        fs.chmodSync(www, 0o777); // (past the umask)
        open = www;
      } else host.symlink(alice, join(x, 'www'));
      const planted = join(open, 'f');
      fs.symlinkSync(victim, planted);
      fs.lchownSync(planted, 65534, 65534);
      expect(() => host.chmod(join(www, 'f'), 0o666)).toThrow(/not followed/);
      expect(fs.statSync(victim).mode & 0o7777).toBe(0o600);
    });
  }
});

describe.skipIf(!asRoot)('the dry run plans the refusal the run makes (plan == run, as root)', () => {
  it('chmod and chown of a link at a last name in another user\'s directory: the same error, planned or done; a link the plan makes there too', () => {
    const home = fs.mkdtempSync(join(base, 'planned-'));
    fs.chownSync(home, 65534, 65534);
    const victim = join(base, 'planned-victim');
    fs.writeFileSync(victim, 'v\n', { mode: 0o644 });
    fs.chmodSync(victim, 0o644);
    const link = join(home, 'f');
    fs.symlinkSync(victim, link);
    const plain = join(home, 'plain');
    fs.writeFileSync(plain, 'p');
    const real = new NodeHost();
    const plan = new OverlayHost(new NodeHost(), 1_800_000_000);
    const refused = /^.*\/f: a link in a directory another user can write; not followed$/;
    expect(() => plan.chmod(link, 0o600)).toThrow(refused);
    expect(() => plan.chown(link, 65534, 65534)).toThrow(refused);
    expect(() => real.chmod(link, 0o600)).toThrow(refused);
    // A link the plan itself makes there (the run's own `links` action) is refused as the run refuses it.
    plan.symlink(victim, join(home, 'made'));
    expect(() => plan.chmod(join(home, 'made'), 0o600)).toThrow(/made: a link in a directory another user can write; not followed/);
    // The link itself (chown without following) and a plain file are planned as the run does them.
    plan.chown(link, 65534, 65534, false);
    plan.chmod(plain, 0o600);
    expect(plan.stat(plain).mode & 0o7777).toBe(0o600);
    expect(fs.statSync(plain).mode & 0o7777).toBe(0o644);
    // In root's own directory the link is followed, planned or done.
    const rootsLink = join(base, 'planned-roots-link');
    fs.symlinkSync(victim, rootsLink);
    plan.chmod(rootsLink, 0o640);
    expect(fs.statSync(victim).mode & 0o7777).toBe(0o644); // only planned
    real.chmod(rootsLink, 0o640);
    expect(fs.statSync(victim).mode & 0o7777).toBe(0o640);
  });
});

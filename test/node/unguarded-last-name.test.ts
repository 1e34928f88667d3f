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

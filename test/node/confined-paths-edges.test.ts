/**
 * ConfinedPaths (host/node/confined-paths.ts) at the edges Stryker's survivors showed no test
 * held: a relative path is refused, `.` components are dropped (so a `..` after one climbs from
 * the directory before it), resolveParent resolves a path with no last name in full, and links are followed up to 40 in one path (Linux's own limit),
 * the 41st refused with its message.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfinedPaths } from '../../host/node/confined-paths.js';

const root = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-confined-edges-')));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.mkdirSync(join(root, 'etc'));
fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
// /l1 -> /l2 -> … -> /l40 -> /etc/motd, and /m0 -> /l1 (41 links).
for (let i = 1; i <= 40; i++) fs.symlinkSync(i === 40 ? '/etc/motd' : `/l${i + 1}`, join(root, `l${i}`));
fs.symlinkSync('/l1', join(root, 'm0'));

/** A HostError with this code and message. */
const hostError = (code: string, message: string) => expect.objectContaining({ code, message });

describe('ConfinedPaths at the edges', () => {
  it('refuses a relative path, naming it', () => {
    expect(() => new ConfinedPaths(root).resolve('etc/motd')).toThrow(hostError('EACCES', 'etc/motd: not an absolute path'));
  });

  it('drops `.` components: the path is the same, and a `..` after one climbs from the directory before it', () => {
    const paths = new ConfinedPaths(root);
    expect(paths.resolve('/etc/./motd')).toBe(`${root}/etc/motd`);
    expect(paths.resolve('/etc/./..')).toBe(root);
    expect(paths.resolve('/./etc/.')).toBe(`${root}/etc`);
    expect(() => paths.resolve('/etc/./../..')).toThrow(hostError('EACCES', `/etc/./../..: leaves the root ${root}`));
  });

  it('resolveParent resolves a path ending in `.`, `..` or a slash in full (there is no last name to leave as it is)', () => {
    const paths = new ConfinedPaths(root);
    expect(paths.resolveParent('/etc/..')).toBe(root);
    expect(paths.resolveParent('/etc/.')).toBe(`${root}/etc`);
    expect(paths.resolveParent('/etc/')).toBe(`${root}/etc`);
    // A last name that is a link is left as it is.
    expect(paths.resolveParent('/l1')).toBe(`${root}/l1`);
  });

  it('follows 40 links in one path and refuses the 41st', () => {
    const paths = new ConfinedPaths(root);
    expect(paths.resolve('/l1')).toBe(`${root}/etc/motd`);
    expect(() => paths.resolve('/m0')).toThrow(hostError('EFAIL', '/m0: too many levels of symbolic links'));
  });
});

/**
 * Where fs.protected_hardlinks is 0, a user may hard-link /etc/shadow into her directory: the
 * link is the very inode, and root's chmod, chown or touch of "her file" changed shadow (the
 * round 20 probe, with the link made by root to stand for such a kernel). There a file with more
 * than one link in a directory another user can change is not changed (node-host.ts
 * refusingHardLinks, as systemd-tmpfiles). hardLinksSeam stands for the kernel's setting.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hardLinksSeam, NodeHost } from '../../host/node/node-host.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-hard-links-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
afterEach(() => { hardLinksSeam.open = null; });

function stage(name: string) {
  const top = join(base, name);
  const home = join(top, 'home');
  fs.mkdirSync(home, { recursive: true });
  fs.chownSync(home, NOBODY, NOBODY);
  const shadow = join(top, 'shadow');
  fs.writeFileSync(shadow, 'root:secret\n', { mode: 0o600 });
  fs.utimesSync(shadow, 1000, 1000);
  fs.linkSync(shadow, join(home, 'f')); // hers to make, with the kernel's protection off
  fs.writeFileSync(join(home, 'g'), 'hers\n');
  fs.chownSync(join(home, 'g'), NOBODY, NOBODY);
  const state = () => { const st = fs.statSync(shadow); return [st.mode & 0o7777, st.uid, st.mtimeMs]; };
  return { top, home, shadow, state };
}

describe.skipIf(!asRoot)('a hard link to root\'s file in a user\'s directory (as root)', () => {
  for (const root of [false, true]) {
    it(`protected_hardlinks off${root ? ', under --root' : ''}: chmod, chown and touch refuse it; her own file is changed`, () => {
      hardLinksSeam.open = true;
      const { top, home, state } = stage(`off-${root}`);
      const before = state();
      const host = new NodeHost(root ? { root: top } : {});
      const p = (n: string) => (root ? `/home/${n}` : join(home, n));
      expect(() => host.chmod(p('f'), 0o666)).toThrow(/2 hard links .* fs.protected_hardlinks is off/);
      expect(() => host.chown(p('f'), NOBODY, NOBODY)).toThrow(/hard links/);
      expect(() => host.touch(p('f'))).toThrow(/hard links/);
      host.listStatRecords(p('').replace(/\/$/, '')); // a sweep's entry: the same
      expect(() => host.chmod(p('f'), 0o644)).toThrow(/hard links/);
      expect(state()).toEqual(before);
      host.chmod(p('g'), 0o600);
      expect(fs.statSync(join(home, 'g')).mode & 0o7777).toBe(0o600);
    });
  }

  it("protected_hardlinks off: in root's own directory (no one else could link there) the file is changed", () => {
    hardLinksSeam.open = true;
    const { top, shadow } = stage('guarded');
    fs.linkSync(shadow, join(top, 'second'));
    new NodeHost().chmod(join(top, 'second'), 0o640);
    expect(fs.statSync(shadow).mode & 0o7777).toBe(0o640);
  });

  it('protected_hardlinks on (the kernel refuses her the link): no refusal, as before', () => {
    hardLinksSeam.open = false;
    const { home } = stage('on');
    new NodeHost().chmod(join(home, 'f'), 0o640);
    expect(fs.statSync(join(home, 'f')).mode & 0o7777).toBe(0o640);
  });
});

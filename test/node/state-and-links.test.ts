/**
 * Smaller write-safety points of `cfwasm run`: an empty --state-dir is bad usage (an unset
 * variable used to turn locks off); a corrupt locks file is reported by name, not silently
 * reset; a write refused by a read-only filesystem says so; and an edited file that is a
 * symbolic link is edited through the link — the link stays, its target gets the new contents —
 * the same with and without --root (docs/compatibility.md).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-state-links-'));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  fs.rmSync(base, { recursive: true, force: true });
});

function policy(name: string, text: string): string {
  const file = join(base, `${name}.cf`);
  fs.writeFileSync(file, text);
  return file;
}

describe('the state directory', () => {
  it("--state-dir '' is bad usage (exit 2), nothing runs", () => {
    const root = join(base, 'empty-state');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.writeFileSync(join(root, 'etc', 'f'), 'a\n');
    const r = cfwasm(['run', '-f', policy('empty-state', 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/f\n AppendIfNoSuchLine "b"\n }\n'),
      '--root', root, '--state-dir', '']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--state-dir is empty');
    expect(fs.readFileSync(join(root, 'etc', 'f'), 'utf8')).toBe('a\n');
  });

  it('a corrupt locks file is reported by name, then replaced by a good one', () => {
    const root = join(base, 'corrupt');
    const state = join(base, 'corrupt-state');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.mkdirSync(state);
    fs.writeFileSync(join(root, 'etc', 'f'), 'a\n');
    fs.writeFileSync(join(state, 'locks'), '{"last":{"editfiles:/etc/f":');
    const file = policy('corrupt', 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/f\n AppendIfNoSuchLine "b"\n }\n');
    const r = cfwasm(['run', '-f', file, '--root', root, '--state-dir', state]);
    expect(r.stdout).toContain(`locks could not be read (${join(state, 'locks')} is corrupt: not JSON`);
    expect(r.status).toBe(0);
    expect(Object.keys(JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8')).last)).toEqual(['editfiles:/etc/f']);
    expect(cfwasm(['run', '-f', file, '--root', root, '--state-dir', state]).stdout).toBe('');
  });
});

const tmpfsOk = process.getuid?.() === 0 && (() => {
  const probe = join(base, 'probe');
  fs.mkdirSync(probe);
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k,ro', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  return ok;
})();
if (!tmpfsOk) console.log('read-only filesystem test skipped: mounting a read-only tmpfs needs root');

describe.skipIf(!tmpfsOk)('a read-only filesystem', () => {
  it('the warning says why (EROFS), for every kind of write', () => {
    const root = join(base, 'ro');
    fs.mkdirSync(root);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', root]).status).toBe(0);
    mounts.push(root);
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'f'), 'a\n');
    fs.writeFileSync(join(root, 'etc', 'old'), 'x\n');
    fs.chmodSync(join(root, 'etc', 'f'), 0o600);
    expect(spawnSync('mount', ['-o', 'remount,ro', root]).status).toBe(0);
    const r = cfwasm(['run', '-f', policy('ro', 'control:\n actionsequence = ( files editfiles disable directories )\n' +
      'files:\n /etc/new mode=0644 action=create\n /etc/f mode=0644 action=fixall\n' +
      'editfiles:\n { /etc/f\n AppendIfNoSuchLine "b"\n }\ndisable:\n /etc/old\ndirectories:\n /etc/dir/.\n'),
    '--root', root, '--state-dir', join(base, 'ro-state')]);
    for (const what of ['could not create /etc/new', 'could not change the mode of /etc/f', 'could not save /etc/f',
      'could not disable /etc/old', 'could not make directory /etc/dir']) {
      expect(r.stdout).toMatch(new RegExp(`${what}: .*read-only file system`));
    }
    expect(r.status).toBe(1);
  });
});

describe('an edited file that is a symbolic link', () => {
  const edit = (file: string) => `control:\n actionsequence = ( editfiles )\neditfiles:\n { ${file}\n AppendIfNoSuchLine "added"\n }\n`;

  function stage(name: string): string {
    const dir = join(base, name);
    fs.mkdirSync(join(dir, 'etc', 'real'), { recursive: true });
    fs.writeFileSync(join(dir, 'etc', 'real', 'conf'), 'one\n');
    fs.symlinkSync('real/conf', join(dir, 'etc', 'conf'));
    return dir;
  }

  function editedThroughTheLink(dir: string): void {
    expect(fs.lstatSync(join(dir, 'etc', 'conf')).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(join(dir, 'etc', 'conf'))).toBe('real/conf');
    expect(fs.readFileSync(join(dir, 'etc', 'real', 'conf'), 'utf8')).toBe('one\nadded\n');
    // The backup is kept beside the file the link leads to, as the 2.2.10 agent keeps it.
    expect(fs.readFileSync(join(dir, 'etc', 'real', 'conf.cfsaved'), 'utf8')).toBe('one\n');
    expect(fs.existsSync(join(dir, 'etc', 'conf.cfsaved'))).toBe(false);
  }

  it('with --root: the link stays, its target is edited', () => {
    const dir = stage('link-root');
    const r = cfwasm(['run', '-f', policy('link-root', edit('/etc/conf')), '--root', dir]);
    expect(r.status).toBe(0);
    editedThroughTheLink(dir);
  });

  it('without --root: the same (it was replaced by a plain file)', () => {
    const dir = stage('link-plain');
    const r = cfwasm(['run', '-f', policy('link-plain', edit(join(dir, 'etc', 'conf')))]);
    expect(r.status).toBe(0);
    editedThroughTheLink(dir);
  });
});

describe.skipIf(process.getuid?.() !== 0)('a link another user could have planted (as root)', () => {
  it("is not written through: tidy's ~/.cfengine.rm and home/ edits leave the root-owned target alone", () => {
    const root = join(base, 'planted');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.mkdirSync(join(root, 'home', 'mallory'), { recursive: true });
    fs.writeFileSync(join(root, 'etc', 'passwd'), 'root:x:0:0::/root:/bin/sh\nmallory:x:1000:1000::/home/mallory:/bin/sh\n');
    fs.writeFileSync(join(root, 'etc', 'group'), 'root:x:0:\nmallory:x:1000:\n');
    fs.writeFileSync(join(root, 'etc', 'shadow'), 'root:secret\n', { mode: 0o600 });
    fs.chownSync(join(root, 'home', 'mallory'), 1000, 1000);
    fs.writeFileSync(join(root, 'home', 'mallory', 'old.tmp'), 'x');
    fs.utimesSync(join(root, 'home', 'mallory', 'old.tmp'), 1e9, 1e9);
    for (const name of ['.cfengine.rm', '.profile']) {
      fs.symlinkSync('/etc/shadow', join(root, 'home', 'mallory', name));
      fs.lchownSync(join(root, 'home', 'mallory', name), 1000, 1000);
    }
    const r = cfwasm(['run', '-f', policy('planted', 'control:\n actionsequence = ( tidy editfiles )\n' +
      ' mountpattern = ( / )\n homepattern = ( home )\ntidy:\n home pattern=*.tmp age=1\neditfiles:\n { home/.profile\n AppendIfNoSuchLine "owned"\n }\n'), '--root', root]);
    expect(fs.readFileSync(join(root, 'etc', 'shadow'), 'utf8')).toBe('root:secret\n');
    expect(fs.statSync(join(root, 'etc', 'shadow')).mode & 0o7777).toBe(0o600);
    // Refused where the root's walk meets her link (round 20: not followed to root's file at all).
    expect(r.stdout).toMatch(/tidy: could not write \/home\/mallory\/.cfengine.rm: .*not followed \(another user may have planted it\)/);
    expect(r.stdout).toMatch(/cannot read \/home\/mallory\/.profile: .*not followed \(another user may have planted it\)/);
    expect(fs.existsSync(join(root, 'home', 'mallory', 'old.tmp'))).toBe(false);
  });
});

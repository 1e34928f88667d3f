/**
 * Root's run without --root is not taken through a link another user planted on a path's way
 * (node-host.ts checkWay): alice (here the user `nobody`) makes her ~/www a link to a root-owned
 * directory, and the policy's copy, files and editfiles of paths under ~/www would write root's
 * files. Before, /etc/passwd took the master's bytes and /etc/shadow became hers. The last
 * name's own link had this rule already (writeTarget); this is every directory on the way.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.log('planted-way tests skipped: not root (the rule is for runs as root; others have the system\'s permissions)');
const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-planted-way-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** base/etc holds root's files; base/home/alice is nobody's, with a link to base/etc and one to her own directory. */
function stage(name: string) {
  const top = join(base, name);
  const etc = join(top, 'etc');
  const alice = join(top, 'home', 'alice');
  fs.mkdirSync(etc, { recursive: true });
  fs.mkdirSync(join(alice, 'real'), { recursive: true });
  fs.mkdirSync(join(top, 'master'));
  fs.writeFileSync(join(etc, 'passwd'), 'root:x:0:0\n', { mode: 0o644 });
  fs.writeFileSync(join(etc, 'shadow'), 'root:secret\n', { mode: 0o600 });
  fs.writeFileSync(join(top, 'master', 'passwd'), 'alice:x:0:0\n');
  fs.writeFileSync(join(alice, 'real', 'index.html'), 'hi\n', { mode: 0o600 });
  fs.symlinkSync(etc, join(alice, 'www'));
  fs.symlinkSync(join(alice, 'real'), join(alice, 'pub'));
  for (const p of [alice, join(alice, 'real'), join(alice, 'real', 'index.html')]) fs.chownSync(p, NOBODY, NOBODY);
  for (const p of [join(alice, 'www'), join(alice, 'pub')]) fs.lchownSync(p, NOBODY, NOBODY);
  return { top, etc, alice };
}

describe.skipIf(!asRoot)('a link planted on the way of a path', () => {
  it('is not followed by copy, files or editfiles; a link to the user\'s own directory is', () => {
    const { top, etc, alice } = stage('plain');
    const policy = `control:
 actionsequence = ( copy files editfiles )
copy:
 ${top}/master/passwd dest=${alice}/www/passwd type=checksum
files:
 ${alice}/www/shadow owner=nobody mode=0666 action=fixall
 ${alice}/pub/index.html mode=0644 action=fixall
editfiles:
 { ${alice}/www/passwd
 AppendIfNoSuchLine "alice::0:0"
 }
`;
    const r = cfwasm(['run', '-f', '-', '-I'], { input: policy });
    const out = r.stdout + r.stderr;
    expect(fs.readFileSync(join(etc, 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    const shadow = fs.statSync(join(etc, 'shadow'));
    expect([shadow.uid, shadow.mode & 0o7777]).toEqual([0, 0o600]);
    expect(fs.readdirSync(etc).sort()).toEqual(['passwd', 'shadow']); // no backup, no temp
    expect(out).toContain(`${alice}/www is a link owned by uid ${NOBODY} to a directory owned by uid 0; not followed`);
    // Her own link to her own directory is hers to follow.
    expect(fs.statSync(join(alice, 'real', 'index.html')).mode & 0o7777).toBe(0o644);
    expect(r.status).toBe(1);
  });

  it('holds in a dry run too (nothing planned through the link)', () => {
    const { top, alice } = stage('dry');
    const policy = `control:\n actionsequence = ( copy )\ncopy:\n ${top}/master/passwd dest=${alice}/www/passwd type=checksum\n`;
    const r = cfwasm(['run', '-n', '-f', '-', '-I'], { input: policy });
    expect(r.stdout + r.stderr).not.toMatch(/would copy/);
    expect(r.stdout + r.stderr).toContain('not followed (another user may have planted it)');
  });
});

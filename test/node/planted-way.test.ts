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
    // files says why it did not look, not that the file is missing.
    expect(out).toContain(`files: ${alice}/www/shadow cannot be looked at (${alice}/www is a link owned by uid ${NOBODY} to a directory owned by uid 0; not followed`);
    expect(out).not.toContain('shadow does not exist');
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
  it('is refused when it is planted during the run (after the way was first taken)', () => {
    // ~/www is her real directory when `files` looks at it; a script (standing for alice, who
    // needs no script) makes it a link to root's directory before the copy. Checked once a run,
    // the way was taken as known and /etc/passwd took the master's bytes.
    const { top, etc, alice } = stage('swap');
    fs.rmSync(join(alice, 'www'));
    fs.mkdirSync(join(alice, 'www'));
    fs.writeFileSync(join(alice, 'www', 'a'), 'a\n');
    for (const p of [join(alice, 'www'), join(alice, 'www', 'a')]) fs.chownSync(p, NOBODY, NOBODY);
    const swap = `mv ${alice}/www ${alice}/old && ln -s ${etc} ${alice}/www && chown -h ${NOBODY} ${alice}/www`;
    const policy = `control:
 actionsequence = ( files shellcommands copy )
files:
 ${alice}/www/a mode=0644 action=fixall
shellcommands:
 "/bin/sh -c '${swap}'"
copy:
 ${top}/master/passwd dest=${alice}/www/passwd type=checksum
`;
    const r = cfwasm(['run', '-f', '-', '-I'], { input: policy });
    const out = r.stdout + r.stderr;
    expect(fs.lstatSync(join(alice, 'www')).isSymbolicLink(), out).toBe(true);
    expect(fs.readFileSync(join(etc, 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    expect(fs.readdirSync(etc).sort()).toEqual(['passwd', 'shadow']);
    expect(out).toContain(`${alice}/www is a link owned by uid ${NOBODY} to a directory owned by uid 0; not followed`);
  });

  it('a link root owns, or hers to her own directory, in her directory is followed; a missing target refuses nothing', () => {
    const { top, alice } = stage('legit');
    fs.symlinkSync(join(alice, 'real'), join(alice, 'rootlink')); // root's link (root made it): root's choice
    fs.symlinkSync('real', join(alice, 'rel')); // relative, hers
    fs.lchownSync(join(alice, 'rel'), NOBODY, NOBODY);
    fs.symlinkSync(join(top, 'nothing'), join(alice, 'dangling'));
    fs.lchownSync(join(alice, 'dangling'), NOBODY, NOBODY);
    const policy = `control:
 actionsequence = ( files )
files:
 ${alice}/rootlink/index.html mode=0640 action=fixall
 ${alice}/rel//index.html owner=nobody mode=0604 action=fixall
 ${alice}/dangling/x mode=0644 action=fixall
`;
    const r = cfwasm(['run', '-f', '-', '-I'], { input: policy });
    const out = r.stdout + r.stderr;
    expect(out).not.toContain('not followed');
    expect(fs.statSync(join(alice, 'real', 'index.html')).mode & 0o7777).toBe(0o604);
    expect(out).toMatch(/rootlink\/index.html had permission 600, changed it to 640/);
    expect(out).toContain(`${alice}/dangling/x does not exist`);
  });
  it('a repository through a planted link: the edit is refused in a dry run as in the run', () => {
    // The dry run asked only about the edited file, so it said "would edit" where the run, which
    // writes the backup into the repository too, refused.
    const { top, etc, alice } = stage('repository');
    fs.mkdirSync(join(top, 'conf'));
    fs.writeFileSync(join(top, 'conf', 'f'), 'a\n');
    const policy = `control:\n actionsequence = ( editfiles )\n repository = ( ${alice}/www )\n` +
      `editfiles:\n { ${top}/conf/f\n AppendIfNoSuchLine "b"\n }\n`;
    for (const dry of [true, false]) {
      const r = cfwasm(['run', ...(dry ? ['-n'] : []), '-f', '-', '-I'], { input: policy });
      const out = r.stdout + r.stderr;
      expect(out, String(dry)).not.toMatch(/would edit|Edited/);
      expect(out, String(dry)).toContain(`${alice}/www is a link owned by uid ${NOBODY} to a directory owned by uid 0; not followed`);
    }
    expect(fs.readFileSync(join(top, 'conf', 'f'), 'utf8')).toBe('a\n');
    expect(fs.readdirSync(etc).sort()).toEqual(['passwd', 'shadow']);
  });
});

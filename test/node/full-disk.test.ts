/**
 * A write is complete or replaces nothing: on a real full filesystem (a small tmpfs, mounted as
 * root) and under a file-size limit (`ulimit -f`, which makes write(2) stop short and then fail
 * with EFBIG), every write path of `cfwasm run` (editfiles, copy, files create, disable rotate,
 * the state files) and `cfwasm fmt --write` leaves the old file as it was, says why, and exits 1.
 * Before, an edit was cut short and reported as done, and the next save backed up the cut file.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-full-'));
const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) spawnSync('umount', [m]);
  fs.rmSync(base, { recursive: true, force: true });
});

/** Why a tmpfs cannot be mounted here, or null if it can. */
function tmpfsUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root';
  const probe = join(base, 'probe');
  fs.mkdirSync(probe);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { encoding: 'utf8' });
  if (r.status !== 0) return `mount -t tmpfs failed: ${(r.stderr || r.error?.message || '').trim()}`;
  spawnSync('umount', [probe]);
  return null;
}
const noTmpfs = tmpfsUnavailable();
if (noTmpfs) console.log(`full-disk tests on a tmpfs skipped: ${noTmpfs}`);
if (process.getuid?.() !== 0) console.log('the state-file test under ulimit -f skipped: not root (the setuid log notes only root-owned programs)');

/** A tmpfs mounted at a fresh directory, with `options` (size=…, nr_inodes=…). */
function tmpfs(name: string, options: string): string {
  const dir = join(base, name);
  fs.mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount: ${r.stderr}`);
  mounts.push(dir);
  return dir;
}

/** Runs the CLI, under `ulimit -f KIB` if given. */
function cfwasm(args: string[], limitKib?: number) {
  const cli = [process.execPath, join(REPO, 'bin', 'cfwasm.js'), ...args];
  const r = limitKib === undefined
    ? spawnSync(cli[0], cli.slice(1), { encoding: 'utf8' })
    : spawnSync('bash', ['-c', `ulimit -f ${limitKib}; exec "$@"`, 'bash', ...cli], { encoding: 'utf8' });
  return { status: r.status, signal: r.signal, out: `${r.stdout}${r.stderr}` };
}

function policy(name: string, text: string): string {
  const file = join(base, `${name}.cf`);
  fs.writeFileSync(file, text);
  return file;
}

const lines = (n: number, s: string) => `${s.repeat(59)}\n`.repeat(n);
const EDIT = 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\n' +
  'editfiles:\n { /etc/f\n ReplaceAll "a" With "b"\n }\n';

/** No temp file was left beside the files. */
function noTemps(dir: string): void {
  expect(fs.readdirSync(dir).filter(n => n.includes('.cfwasm-'))).toEqual([]);
}

describe.skipIf(noTmpfs !== null)('on a full filesystem (tmpfs)', () => {
  it('editfiles: the file is not replaced by a cut copy; the run says why and exits 1', () => {
    const root = tmpfs('edit', 'size=64k');
    fs.mkdirSync(join(root, 'etc'));
    const old = lines(700, 'a'); // 42,000 bytes: the edited copy does not fit beside it
    fs.writeFileSync(join(root, 'etc', 'f'), old);
    const r = cfwasm(['run', '-f', policy('edit', EDIT), '--root', root, '--state-dir', join(base, 'state-edit'), '--json']);
    expect(fs.readFileSync(join(root, 'etc', 'f'), 'utf8')).toBe(old);
    expect(fs.existsSync(join(root, 'etc', 'f.cfsaved'))).toBe(false);
    expect(r.out).toContain('no space left on device');
    expect(r.out).not.toContain('Edited file');
    expect(r.out).not.toContain('"op":"save"');
    expect(r.status).toBe(1);
    noTemps(join(root, 'etc'));
  });

  it('copy: the old destination stays under its name (it was moved to .cfsaved and lost)', () => {
    const root = tmpfs('copy', 'size=64k');
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'source'), lines(700, 'n'));
    fs.writeFileSync(join(root, 'etc', 'dest'), 'old contents\n');
    fs.utimesSync(join(root, 'etc', 'dest'), 1e9, 1e9); // older than the source: copied
    const r = cfwasm(['run', '-f', policy('copy', 'control:\n actionsequence = ( copy )\ncopy:\n /etc/source dest=/etc/dest\n'),
      '--root', root, '--state-dir', join(base, 'state-copy')]);
    expect(fs.readFileSync(join(root, 'etc', 'dest'), 'utf8')).toBe('old contents\n');
    expect(r.out).toContain('no space left on device');
    expect(r.status).toBe(1);
    noTemps(join(root, 'etc'));
  });

  it('files create: no inode left: says why and exits 1', () => {
    const root = tmpfs('create', 'size=64k,nr_inodes=3');
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'filler'), 'x');
    const r = cfwasm(['run', '-f', policy('create', 'control:\n actionsequence = ( files )\nfiles:\n /etc/new mode=0644 action=create\n'),
      '--root', root, '--state-dir', join(base, 'state-create')]);
    expect(fs.existsSync(join(root, 'etc', 'new'))).toBe(false);
    expect(r.out).toMatch(/could not create \/etc\/new: .*no space left on device/);
    expect(r.status).toBe(1);
  });

  it('disable rotate: when no new empty file can be made, the file goes back under its name', () => {
    const root = tmpfs('rotate', 'size=64k,nr_inodes=3');
    fs.mkdirSync(join(root, 'var'));
    fs.writeFileSync(join(root, 'var', 'log'), 'line 1\n');
    const r = cfwasm(['run', '-f', policy('rotate', 'control:\n actionsequence = ( disable )\ndisable:\n /var/log rotate=3\n'),
      '--root', root, '--state-dir', join(base, 'state-rotate')]);
    expect(fs.readFileSync(join(root, 'var', 'log'), 'utf8')).toBe('line 1\n');
    expect(r.out).toMatch(/could not rotate \/var\/log: .*no space left on device/);
    expect(r.status).toBe(1);
  });

  it('each file that cannot be written gets one message, naming it once (it said "/etc/e: /etc/e: no space")', () => {
    const root = tmpfs('once', 'size=64k');
    fs.mkdirSync(join(root, 'etc'));
    fs.writeFileSync(join(root, 'etc', 'source'), lines(400, 'n')); // 24,000 bytes: no copy fits
    fs.writeFileSync(join(root, 'etc', 'e'), lines(400, 'a'));
    fs.writeFileSync(join(root, 'filler'), 'x'.repeat(6_000));
    const text = 'control:\n actionsequence = ( copy editfiles )\n editfilesize = ( 0 )\n' +
      'copy:\n /etc/source dest=/etc/c1\n /etc/source dest=/etc/c2\n' +
      'editfiles:\n { /etc/e\n ReplaceAll "a" With "b"\n }\n';
    const r = cfwasm(['run', '-f', policy('once', text), '--root', root, '--state-dir', join(base, 'state-once'), '-K']);
    const said = r.out.split('\n').filter(l => l.includes('no space left on device'));
    expect(said).toEqual([
      expect.stringMatching(/copy: could not write \/etc\/c1: no space left on device \(ENOSPC\); left unchanged$/),
      expect.stringMatching(/copy: could not write \/etc\/c2: no space left on device \(ENOSPC\); left unchanged$/),
      expect.stringMatching(/could not save \/etc\/e: no space left on device \(ENOSPC\); left unchanged$/),
    ]);
    expect(fs.readdirSync(join(root, 'etc')).sort()).toEqual(['e', 'source']);
    expect(fs.readFileSync(join(root, 'etc', 'e'), 'utf8')).toBe(lines(400, 'a'));
    expect(r.status).toBe(1);
  });

  it('fmt --write: the policy is left as it was; one clear line, exit 1 (was an internal error)', () => {
    const dir = tmpfs('fmt', 'size=16k');
    const text = `control:\n${'      actionsequence = ( files )\n'.repeat(300)}`; // 10 KB, formatted is smaller but does not fit beside it
    const file = join(dir, 'p.cf');
    fs.writeFileSync(file, text);
    fs.writeFileSync(join(dir, 'filler'), 'x'.repeat(4096));
    const r = cfwasm(['fmt', '--write', file]);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(r.out).toContain(`${file}: not rewritten (left as it was)`);
    expect(r.out).toContain('no space left on device');
    expect(r.out).not.toContain('internal error');
    expect(r.status).toBe(1);
    noTemps(dir);
  });
});

describe('under a file-size limit (ulimit -f)', () => {
  it('editfiles: EFBIG stops the save; the file and its backup are as they were', () => {
    const root = join(base, 'ulimit-edit');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    const old = lines(500, 'a'); // 30,000 bytes, over a 20 KiB limit
    fs.writeFileSync(join(root, 'etc', 'f'), old);
    fs.writeFileSync(join(root, 'etc', 'f.cfsaved'), 'the good backup\n');
    const state = join(base, 'state-ulimit-edit');
    for (let run = 0; run < 2; run++) { // the second run must not back up a cut file over the good backup
      const r = cfwasm(['run', '-f', policy('ulimit-edit', EDIT), '--root', root, '--state-dir', state], 20);
      expect(r.signal).toBe(null); // SIGXFSZ is ignored: EFBIG is an error the run reports
      expect(r.out).toContain('file too large');
      expect(r.status).toBe(1);
    }
    expect(fs.readFileSync(join(root, 'etc', 'f'), 'utf8')).toBe(old);
    expect(fs.readFileSync(join(root, 'etc', 'f.cfsaved'), 'utf8')).toBe('the good backup\n');
    noTemps(join(root, 'etc'));
  });

  it('copy: the destination keeps its old contents', () => {
    const root = join(base, 'ulimit-copy');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.writeFileSync(join(root, 'etc', 'source'), lines(500, 'n'));
    fs.writeFileSync(join(root, 'etc', 'dest'), 'old contents\n');
    fs.utimesSync(join(root, 'etc', 'dest'), 1e9, 1e9); // older than the source: copied
    const r = cfwasm(['run', '-f', policy('ulimit-copy', 'control:\n actionsequence = ( copy )\ncopy:\n /etc/source dest=/etc/dest\n'),
      '--root', root, '--state-dir', join(base, 'state-ulimit-copy')], 20);
    expect(fs.readFileSync(join(root, 'etc', 'dest'), 'utf8')).toBe('old contents\n');
    expect(r.out).toContain('file too large');
    expect(r.status).toBe(1);
    noTemps(join(root, 'etc'));
  });

  it.skipIf(process.getuid?.() !== 0)('the locks and the setuid log in --state-dir are never cut short (root: setuid root files)', () => {
    const root = join(base, 'ulimit-state');
    fs.mkdirSync(join(root, 'etc'), { recursive: true });
    fs.mkdirSync(join(root, 'bin'));
    let edits = '';
    for (let i = 0; i < 40; i++) {
      fs.writeFileSync(join(root, 'etc', `file-with-a-long-name-${i}`), 'x\n');
      edits += ` { /etc/file-with-a-long-name-${i}\n AppendIfNoSuchLine "y"\n }\n`;
      const prog = join(root, 'bin', `setuid-program-with-a-long-name-${i}`);
      fs.writeFileSync(prog, '');
      fs.chmodSync(prog, 0o4755);
    }
    const file = policy('ulimit-state', `control:\n actionsequence = ( editfiles files )\neditfiles:\n${edits}` +
      'files:\n /bin mode=4755 recurse=inf action=fixall\n');
    const state = join(base, 'state-ulimit-state');
    expect(cfwasm(['run', '-f', file, '--root', root, '--state-dir', state, '--no-cache']).status).toBe(0);
    const locks = fs.readFileSync(join(state, 'locks'), 'utf8');
    const setuid = fs.readFileSync(join(state, 'setuid.log'), 'utf8');
    expect(locks.length).toBeGreaterThan(1024);
    expect(setuid.length).toBeGreaterThan(1024);
    // More atoms and programs, and a 1 KiB limit: the state cannot be written; what was there stays.
    fs.writeFileSync(join(root, 'etc', 'another'), 'x\n');
    fs.writeFileSync(join(root, 'bin', 'another-setuid-program'), '');
    fs.chmodSync(join(root, 'bin', 'another-setuid-program'), 0o4755);
    fs.appendFileSync(file, 'editfiles:\n { /etc/another\n AppendIfNoSuchLine "y"\n }\n');
    const r = cfwasm(['run', '-f', file, '--root', root, '--state-dir', state, '--no-cache'], 1);
    expect(r.signal).toBe(null);
    expect(r.out).toMatch(/locks could not be kept: .*file too large/);
    expect(r.out).toMatch(/could not keep the setuid log: .*file too large/);
    expect(fs.readFileSync(join(state, 'setuid.log'), 'utf8')).toBe(setuid);
    expect(JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8'))).toEqual(JSON.parse(locks));
    noTemps(state);
  });

  it('fmt --write: EFBIG leaves the policy as it was; one clear line, exit 1', () => {
    const dir = join(base, 'ulimit-fmt');
    fs.mkdirSync(dir);
    const text = `control:\n${'      actionsequence = ( files )\n'.repeat(300)}`;
    const file = join(dir, 'p.cf');
    fs.writeFileSync(file, text);
    const r = cfwasm(['fmt', '--write', file], 4);
    expect(r.signal).toBe(null);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(r.out).toContain(`${file}: not rewritten (left as it was)`);
    expect(r.out).toContain('file too large');
    expect(r.status).toBe(1);
    noTemps(dir);
  });
});

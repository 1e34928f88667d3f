/**
 * Two `cfwasm run` copying the same tree at the same time (each its own state directory, so
 * neither skips the copy): every backup in the repository is the image's old contents. Before,
 * a run that had judged the old image removed the backup the other run had just kept of it and
 * linked the image again, by then the other run's new copy: the old contents were gone
 * (main: 39 of 480 backups over 12 pairs; round 21's kill probe found it). copy-file.ts's
 * keepBackup now keeps a backup that is already the image judged (the same inode), also when
 * its own link failed because the other run's came first.
 * The race is timing-dependent: without the fix, a few of the 8 × 60 backups are lost in most
 * runs of this test, not in every one.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-copy-pair-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const FILES = 60;
const old = (i: number) => `old contents of f${i}\n`;

function run(policy: string, root: string, state: string): Promise<number | null> {
  return new Promise(done => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-q', '-f', policy, '--root', root,
      '--state-dir', state], { stdio: 'ignore' });
    child.on('close', status => done(status));
  });
}

describe('two runs copying one tree at once', () => {
  it('every backup kept is the old image, complete', async () => {
    const policy = join(base, 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( copy )\n repository = ( /repo )\n' +
      'copy:\n /src dest=/dst recurse=inf type=checksum backup=true\n');
    let lost = 0;
    let failed = 0;
    for (let pair = 0; pair < 8; pair++) {
      const root = join(base, `r${pair}`);
      for (const d of ['src', 'dst', 'repo']) fs.mkdirSync(join(root, d), { recursive: true });
      for (let i = 0; i < FILES; i++) {
        fs.writeFileSync(join(root, 'src', `f${i}`), `new line ${i}\n`.repeat(1000 + i));
        fs.writeFileSync(join(root, 'dst', `f${i}`), old(i));
      }
      const statuses = await Promise.all([run(policy, root, join(base, `a${pair}`)), run(policy, root, join(base, `b${pair}`))]);
      // Neither fails: a backup the other run linked first is this run's too (it said "could
      // not keep … not replaced" and exited 1 when both linked at once).
      if (statuses.some(status => status !== 0)) failed++;
      for (let i = 0; i < FILES; i++) {
        expect(fs.readFileSync(join(root, 'dst', `f${i}`), 'utf8')).toBe(`new line ${i}\n`.repeat(1000 + i));
        // The other run may not have kept one (it found the copy made): then this one's is there.
        const backup = join(root, 'repo', `_dst_f${i}.cfsaved`);
        if (!fs.existsSync(backup) || fs.readFileSync(backup, 'utf8') !== old(i)) lost++;
      }
    }
    expect({ lost, failed }).toEqual({ lost: 0, failed: 0 });
  }, 120_000);
});

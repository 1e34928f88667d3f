// @ts-nocheck
/**
 * @fileoverview The working tree as git sees it (tracked and untracked files, not ignored ones),
 * copied to a scratch directory with node_modules linked: the mutation scripts break code there,
 * never in the checkout, so it can be edited (and committed) while they run.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';

/** Copies `repo`'s tree to `dir` (links kept as links: the test cases hold some). */
export function copyTree(repo, dir) {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo })
    .toString().split('\0').filter(f => f && f !== 'node_modules' && fs.existsSync(join(repo, f)));
  for (const f of files) {
    fs.mkdirSync(dirname(join(dir, f)), { recursive: true });
    fs.cpSync(join(repo, f), join(dir, f), { verbatimSymlinks: true });
  }
  fs.symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
}

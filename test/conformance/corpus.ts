/**
 * @fileoverview The shared conformance corpus as the project's tests see it: the case list, and
 * the cases whose recording contradicts the manual where a decision follows the manual (each is
 * reported in the test output, never skipped).
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceCase, Tree } from '../../host/testing/cases.js';
import { caseDirs, loadCase as loadFrom } from '../../host/testing/cases.js';
import { conformanceCasesDir } from '../support/shared.js';

export const MANUAL_OVER_AGENT: Record<string, { why: string; adjust: (c: ConformanceCase) => void }> = {
  '147-variables-split-list-shellcommands': {
    why: 'D23 and manual L2745-2765: with split = ( " " ) only the value of $(mylist) is split, so ' +
      '"/bin/touch /sandbox/home/$(mylist)" touches three files; the agent split the whole command ' +
      'and touched none',
    adjust: (c) => {
      for (const name of ['mark', 'ricky', 'bad-dude']) c.after.set(`home/${name}`, { type: 'file', content: Buffer.alloc(0) });
    },
  },
};

export function caseNames(): string[] {
  return caseDirs(conformanceCasesDir()).map(d => d.split('/').pop()!);
}

/**
 * The modes a case without a `modes` file expects: the corpus keeps what git keeps of the
 * recorded tree, whether a file is executable, so a file is 0755 or 0644 and a directory 0755
 * (the staging modes, which the recordings kept unless the case says otherwise). Checking them
 * for every file means a run that leaves a wrong mode anywhere fails, not only in the 9 cases
 * that list modes.
 */
function modesOfStoredTree(caseDir: string, sub: 'after' | 'after2', tree: Tree): Map<string, number> {
  const modes = new Map<string, number>();
  for (const [path, entry] of tree) {
    if (entry.type === 'link') continue;
    if (entry.type === 'dir') {
      modes.set(path, 0o755);
      continue;
    }
    // A file a MANUAL_OVER_AGENT adjustment adds is not stored: made by touch under umask 022.
    let executable = false;
    try { executable = (lstatSync(join(caseDir, sub, path)).mode & 0o111) !== 0; } catch { /* not stored */ }
    modes.set(path, executable ? 0o755 : 0o644);
  }
  return modes;
}

export function loadCase(name: string): ConformanceCase {
  const c = loadFrom(join(conformanceCasesDir(), name));
  MANUAL_OVER_AGENT[name]?.adjust(c);
  c.modes ??= modesOfStoredTree(c.dir, 'after', c.after);
  if (c.after2) c.modes2 ??= modesOfStoredTree(c.dir, 'after2', c.after2);
  return c;
}

/**
 * Whether a case expects its run to change nothing at all (after/ equal to before/, no after2/):
 * an engine that does nothing passes such a case, so the harnesses count them apart.
 */
export function expectsNoChange(c: ConformanceCase): boolean {
  if (c.after2 || c.after.size !== c.before.size) return false;
  for (const [path, want] of c.after) {
    const was = c.before.get(path);
    if (!was || was.type !== want.type) return false;
    if (want.type === 'file' && was.type === 'file' && !want.content.equals(was.content)) return false;
    if (want.type === 'link' && was.type === 'link' && want.target !== was.target) return false;
  }
  const modes = c.modes ?? new Map<string, number>();
  for (const [path, mode] of modes) {
    const staged = c.modesBefore.get(path) ?? (c.before.get(path)?.type === 'dir' ? 0o755 : 0o644);
    if (staged !== mode) return false;
  }
  return true;
}

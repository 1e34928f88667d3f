// The Diff pane's rows and counts (playground/src/diff-rows.ts), on the JS API's own diffs: lines
// added and removed, the ---/+++ header told from content that looks like it, and the backups an
// edit and a copy keep named as backups (so the status line does not count them as changes).
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { countLines, diffLines, sideRows, wireDiffs } from '../../playground/src/diff-rows.js';

describe('diff rows', () => {
  it('counts content lines that begin like a header (+++, ---) as lines', async () => {
    const r = await run('control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/f\n  AppendIfNoSuchLine "++ plus"\n  DeleteLinesMatching "-- minus"\n  }\n',
      { files: { '/etc/f': 'a\n-- minus\n' }, dryRun: true });
    const [file] = wireDiffs(r.diffs, r.changes).filter(d => !d.backupOf);
    expect(file.diff).toContain('\n+++ plus\n');
    expect(file.diff).toContain('\n--- minus\n');
    expect({ added: file.added, removed: file.removed }).toEqual({ added: 1, removed: 1 });
    expect(countLines(diffLines(file.diff))).toEqual({ added: 1, removed: 1 });
  });

  it('names the backup of an edited file and of a copied one, and nothing else', async () => {
    const edited = await run('control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/f\n  AppendIfNoSuchLine "x"\n  }\n', { files: { '/etc/f': 'a\n' }, dryRun: true });
    expect(wireDiffs(edited.diffs, edited.changes).map(d => [d.path, d.status, d.backupOf ?? null]))
      .toEqual([['/etc/f', 'changed', null], ['/etc/f.cfsaved', 'new', '/etc/f']]);
    const copied = await run('control:\n  actionsequence = ( copy )\ncopy:\n  /src/f dest=/dst/f type=checksum\n', { files: { '/src/f': 'new\n', '/dst/f': 'old\n' }, dryRun: true });
    expect(wireDiffs(copied.diffs, copied.changes).map(d => [d.path, d.status, d.backupOf ?? null]))
      .toEqual([['/dst/f', 'changed', null], ['/dst/f.cfsaved', 'new', '/dst/f']]);
  });

  it('pairs removed and added lines side by side, context on both sides', () => {
    const lines = ['--- a/f', '+++ b/f', '@@ -1,3 +1,3 @@', ' a', '-b', '-c', '+B', ' d', '\\ No newline at end of file'];
    expect(sideRows(lines)).toEqual([
      { left: '@@ -1,3 +1,3 @@', right: '', kind: 'hunk' },
      { left: 'a', right: 'a', kind: 'same' },
      { left: 'b', right: 'B', kind: 'change' },
      { left: 'c', right: null, kind: 'change' },
      { left: 'd', right: 'd', kind: 'same' },
    ]);
  });
});

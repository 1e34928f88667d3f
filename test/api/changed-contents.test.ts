/**
 * Which files a run changed (host/api/changed-files.ts changedContents, lint's trial runs and the
 * memory host's diffs): by path in code-unit order, a file made or removed with null on the other
 * side, a file written with the same bytes left out. And diagnostics in order (host/ir/diagnostics.ts),
 * with the collator asked only of texts that differ.
 */
import { describe, expect, it, vi } from 'vitest';
import { changedContents } from '../../host/api/changed-files.js';
import { compareDiagnostics } from '../../host/ir/diagnostics.js';
import type { Diagnostic } from '../../host/ir/diagnostics.js';

const b = (s: string) => new TextEncoder().encode(s);

describe('changedContents', () => {
  it('lists made, removed and changed files by path, not those with the same bytes', () => {
    const before = { '/z': b('1'), '/b': b('same'), '/a/x': b('old'), '/Q': b('gone') };
    const after = { '/b': b('same'), '/a/x': b('new'), '/z': b('1'), '/a/w': b('made'), '/a': b('') };
    expect(changedContents(before, after)).toEqual([
      { path: '/Q', before: b('gone'), after: null },
      { path: '/a', before: null, after: b('') },
      { path: '/a/w', before: null, after: b('made') },
      { path: '/a/x', before: b('old'), after: b('new') },
    ]);
    expect(changedContents(before, before)).toEqual([]);
    expect(changedContents({}, { '/e': b('') })).toEqual([{ path: '/e', before: null, after: b('') }]);
  });
});

describe('compareDiagnostics', () => {
  const d = (file: string, line: number, column: number, message: string): Diagnostic =>
    ({ severity: 'warning', message, loc: { file, line, column, endLine: line, endColumn: column + 1 } });

  it('orders by file (as the collator does), line, column, message', () => {
    const list = [d('b.cf', 1, 1, 'x'), d('B.cf', 1, 1, 'x'), d('a.cf', 2, 1, 'm'), d('a.cf', 2, 1, 'M'), d('a.cf', 1, 9, 'z'), d('a.cf', 1, 2, 'z')];
    const sorted = [...list].sort(compareDiagnostics);
    expect(sorted.map(x => `${x.loc.file}:${x.loc.line}:${x.loc.column}:${x.message}`))
      .toEqual(['a.cf:1:2:z', 'a.cf:1:9:z', 'a.cf:2:1:m', 'a.cf:2:1:M', 'b.cf:1:1:x', 'B.cf:1:1:x']);
  });

  it('asks the collator nothing for one file\'s diagnostics at distinct places', () => {
    const collate = vi.spyOn(String.prototype, 'localeCompare');
    try {
      const sorted = [d('p.cf', 3, 1, 'c'), d('p.cf', 1, 5, 'a'), d('p.cf', 1, 2, 'b')].sort(compareDiagnostics);
      expect(sorted.map(x => x.message)).toEqual(['b', 'a', 'c']);
      expect(collate).not.toHaveBeenCalled();
    } finally {
      collate.mockRestore();
    }
  });
});

/**
 * `cfwasm lint` of many files lints each distinct text once (host/cli/lint-files.ts): a file
 * with the text of an earlier one gets that file's findings under its own name, exactly what
 * linting it alone prints; a finding that quotes its file's name is not renamed but linted again.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSize, dearestFirst, planFiles, renamed, weight } from '../../host/cli/lint-files.js';
import { UnreadableFile } from '../../host/cli/read-policy.js';
import type { Diagnostic } from '../../host/ir/diagnostics.js';
import { cfwasm } from '../support/cli.js';

const at = (file: string, message: string): Diagnostic =>
  ({ severity: 'warning', code: 'CF012', message, loc: { file, line: 3, column: 2, endLine: 3, endColumn: 9 } });

describe('files with the same text', () => {
  it('are planned once: the first file of each text is linted, the others are its copies', () => {
    const texts: Record<string, string> = { a: 'one', b: 'two', c: 'one', e: 'two', f: 'one' };
    const plan = planFiles(['a', 'b', 'c', 'd', 'e', 'f'], f => {
      if (!(f in texts)) throw new UnreadableFile(`${f}: cannot read: no such file`);
      return texts[f];
    });
    expect(plan.todo.map(j => [j.index, j.file, j.text])).toEqual([[0, 'a', 'one'], [1, 'b', 'two']]);
    expect(plan.copies.map(c => [c.index, c.of])).toEqual([[2, 0], [4, 1], [5, 0]]);
    expect([...plan.unreadable]).toEqual([[3, 'd: cannot read: no such file']]);
  });

  it('get the findings under their own name, field for field in the same order', () => {
    const from = { diagnostics: [at('dir/a.cf', 'class webserverz is never defined'), at('dir/a.cf', 'x')] };
    const to = renamed(from, 'dir/a.cf', 'other/b "q".cf');
    expect(to).toEqual({ diagnostics: [at('other/b "q".cf', 'class webserverz is never defined'), at('other/b "q".cf', 'x')] });
    expect(JSON.stringify(to)).toBe(JSON.stringify(from).replaceAll('"dir/a.cf"', JSON.stringify('other/b "q".cf')));
  });

  it('are linted again when a finding names the file anywhere but as its location', () => {
    expect(renamed({ diagnostics: [at('a.cf', 'the trial run failed (a.cf: no such thing)')] }, 'a.cf', 'b.cf')).toBeNull();
    expect(renamed({ unreadable: 'a.cf: cannot read' }, 'a.cf', 'b.cf')).toBeNull();
  });

  it('print what each prints linted alone, in every format and with any number of threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-lint-copies-'));
    const policy = 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/motd\n    InsertLine "x"\n  }\n  webserverz::\n  { /etc/hosts\n    InsertLine "x"\n  }\n';
    const files = ['a.cf', 'b.cf', 'c.cf', 'd.cf'].map(f => join(dir, f));
    writeFileSync(files[0], policy);
    copyFileSync(files[0], files[1]);
    writeFileSync(files[2], policy.replace('"x"', '"y"'));
    copyFileSync(files[0], files[3]);
    for (const format of ['text', 'json', 'sarif']) {
      const alone = files.map(f => cfwasm(['lint', '--format', format, f]));
      for (const jobs of ['1', '3']) {
        const all = cfwasm(['lint', '--format', format, '-j', jobs, ...files]);
        expect(all.status).toBe(0); // warnings only
        if (format === 'text') expect(all.stdout).toBe(alone.map(r => r.stdout).join(''));
        else {
          const results = (r: { stdout: string }) => {
            const out = JSON.parse(r.stdout);
            return format === 'json' ? out : out.runs[0].results;
          };
          expect(results(all)).toEqual(alone.flatMap(results));
        }
      }
    }
    // Not vacuous: each file has findings of its own, under its own name.
    const text = cfwasm(['lint', ...files]).stdout;
    for (const f of files) for (const code of ['CF012', 'CF015']) expect(text).toMatch(new RegExp(`^${f}:\\d+:\\d+: warning: .* \\[${code}\\]$`, 'm'));
  });
});

describe('handing the files out to the threads', () => {
  const EDITS = 'editfiles:\n  { /etc/a\n    AppendIfNoSuchLine "x"\n  }\n\t{ /etc/b\n    AppendIfNoSuchLine "y"\n  }\n';

  it('weighs a file by its edit blocks (a { opening a line), not by other braces', () => {
    expect(weight('control:\n  actionsequence = ( files )\n')).toBe(1);
    expect(weight(EDITS)).toBe(3);
    expect(weight(`{ /etc/top\n}\n${EDITS}`)).toBe(4);
    // A brace inside a line (a macro, a quoted string) opens no block.
    expect(weight('control:\n  x = ( "${a}" "{ b" )\n')).toBe(1);
  });

  it('hands out the dearest first, in the files\' order among equals', () => {
    const jobs = [
      { index: 0, file: 'plain', text: 'control:\n' },
      { index: 1, file: 'two', text: EDITS },
      { index: 2, file: 'plain2', text: 'groups:\n' },
      { index: 3, file: 'three', text: `{ /x\n}\n${EDITS}` },
      { index: 4, file: 'two2', text: EDITS },
    ];
    expect(dearestFirst(jobs).map(j => j.file)).toEqual(['three', 'two', 'two2', 'plain', 'plain2']);
    expect(jobs[0].file).toBe('plain'); // the list given is left as it was
  });

  it('hands out whole batches while many are left, fewer and fewer towards the end', () => {
    expect(batchSize(1000, 2, 8)).toBe(8);
    expect(batchSize(20, 2, 8)).toBe(5);
    expect(batchSize(5, 2, 8)).toBe(1);
    expect(batchSize(1, 3, 8)).toBe(1);
    expect(batchSize(100, 2, 2)).toBe(2);
  });
});

// A diff must apply with patch(1) to give exactly the bytes written (issue #16): the standard
// "\ No newline at end of file" marker, bytes that are not UTF-8 kept one for one, and a change
// too big to diff said in one line instead of a string too long for JavaScript.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDiff, fileDiffBytes, MAX_DIFF_BYTES } from '../../host/api/diff.js';
import { REPO } from '../support/shared.js';

const hasPatch = spawnSync('patch', ['--version']).status === 0;
if (!hasPatch) console.log('diff-patch.test.ts: patch(1) not found; the patch tests are skipped');

const bytes = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, c => c.charCodeAt(0));

/** Applies `diff` with patch -p1 to a tree holding `before` at /etc/f; the file afterwards. */
function applied(before: Uint8Array | null, diff: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-patch-'));
  mkdirSync(join(dir, 'etc'));
  writeFileSync(join(dir, 'etc/f'), before ?? new Uint8Array(0));
  const r = spawnSync('patch', ['-p1', '-s', '-d', dir], { input: diff });
  expect(r.status, String(r.stderr) + String(r.stdout)).toBe(0);
  return new Uint8Array(readFileSync(join(dir, 'etc/f')));
}

const CASES: [string, Uint8Array | null, Uint8Array][] = [
  ['a line changed', bytes('a\nb\nc\n'), bytes('a\nB\nc\n')],
  ['no newline at the end after', bytes('a\nb\n'), bytes('a\nb')],
  ['no newline at the end before', bytes('a\nb'), bytes('a\nb\n')],
  ['no newline on either side', bytes('a\nb'), bytes('a\nc')],
  ['a line added after a last line without newline', bytes('x'), bytes('x\ny')],
  ['a new file', null, bytes('one\ntwo\n')],
  ['emptied', bytes('one\ntwo\n'), new Uint8Array(0)],
  ['bytes that are not UTF-8', latin1('caf\xe9\nna\xefve\n'), latin1('caf\xe9\nna\xefve\nr\xe9sum\xe9\xff')],
  ['UTF-8 text', bytes('größe\n'), bytes('größe\nΩ\n')],
  ['a large new file (every line an insert)', null, bytes(Array.from({ length: 20_000 }, (_, i) => `n${i}\n`).join(''))],
  ['a line appended to a large file, and its first line changed', bytes(Array.from({ length: 20_000 }, (_, i) => `n${i}\n`).join('')),
    bytes(`first\n${Array.from({ length: 19_999 }, (_, i) => `n${i + 1}\n`).join('')}last\n`)],
  ['far apart changes', bytes(Array.from({ length: 40 }, (_, i) => `l${i}\n`).join('')),
    bytes(Array.from({ length: 40 }, (_, i) => (i === 2 || i === 35 ? `L${i}\n` : `l${i}\n`)).join(''))],
];

describe('diffs apply with patch(1)', () => {
  for (const [name, before, after] of CASES) {
    it.skipIf(!hasPatch)(name, () => {
      expect([...applied(before, fileDiffBytes('/etc/f', before, after))]).toEqual([...after]);
    });
  }

  it('a change at each end of a large file is two small hunks, not the whole file', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `n${i}\n`);
    const out = fileDiff('/etc/f', bytes(lines.join('')), bytes(`first\n${lines.slice(1).join('')}last\n`));
    expect(out.split('\n').filter(l => /^[-+][^-+]/.test(l))).toEqual(['-n0', '+first', '+last']);
  });

  it('the marker is the standard one, after the line that lacks the newline', () => {
    expect(fileDiff('/etc/f', bytes('a\nb\n'), bytes('a\nb'))).toBe(
      '--- a/etc/f\n+++ b/etc/f\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n');
  });

  it('a change too big to diff is one line with the line counts', () => {
    const big = new Uint8Array(MAX_DIFF_BYTES).fill(0x61);
    for (let i = 99; i < big.length; i += 100) big[i] = 10;
    const out = fileDiff('/etc/f', big, big.subarray(0, 1000));
    expect(out).toBe(`Files a/etc/f and b/etc/f differ (${Math.ceil(MAX_DIFF_BYTES / 100)} lines before, 10 after: too big to show)\n`);
  });

  it.skipIf(!hasPatch)('cfwasm run --diff on a file that is not UTF-8: patch gives the bytes written', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfwasm-diff-root-'));
    mkdirSync(join(root, 'etc'));
    const original = latin1('caf\xe9 au lait\nold line\n');
    writeFileSync(join(root, 'etc/f'), original);
    const policy = join(root, '..', `${root.split('/').pop()}.cf`);
    writeFileSync(policy, 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /etc/f\n  ReplaceAll "old" With "new"\n  AppendIfNoSuchLine "fin"\n  }\n');
    const r = spawnSync(process.execPath, [join(REPO, 'bin/cfwasm.js'), 'run', '-f', policy, '--root', root, '--diff', '-K',
      '--state-dir', join(root, '..', `${root.split('/').pop()}.state`)]);
    expect(r.status, String(r.stderr)).toBe(0);
    const written = new Uint8Array(readFileSync(join(root, 'etc/f')));
    expect([...written]).toEqual([...latin1('caf\xe9 au lait\nnew line\nfin\n')]);
    // The diff of /etc/f (the .cfsaved backup's own diff follows it; patch applies what names etc/f).
    const out = r.stdout;
    const start = out.indexOf(Buffer.from('--- a/etc/f\n'));
    const end = out.indexOf(Buffer.from('--- a/etc/f.cfsaved'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect([...applied(original, out.subarray(start, end < 0 ? out.length : end))]).toEqual([...written]);
  });
});

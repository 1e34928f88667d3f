// Limits of an edit (issue #16): a policy that doubles the file on every line is refused before
// it exhausts the core, and lint's trial runs report it instead of crashing; EditFileSize must
// be a number of bytes; a back-reference pattern out of steps fails the run, file unchanged.
import { describe, expect, it } from 'vitest';
import { lint, run } from '../../host/api/index.js';

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const doubling = (lines: number, size = '( 0 )') =>
  `control:\n  actionsequence = ( editfiles )\n  EditFileSize = ${size}\neditfiles:\n  { /etc/f\n` +
  '  ReplaceAll "x*" With "Y"\n'.repeat(lines) + '  }\n';

describe('growth of an edited file', () => {
  it('26 doubling ReplaceAll lines: refused with a message, the file unchanged, exit 1', async () => {
    const r = await run(doubling(26), { files: { '/etc/f': 'x\n' }, now: 1_700_000_000 });
    expect(r.exitCode).toBe(1);
    expect(text(r.files['/etc/f'])).toBe('x\n');
    expect(r.files['/etc/f.cfsaved']).toBeUndefined();
    const msg = r.log.find(l => l.level === 'error')?.message ?? '';
    expect(msg).toMatch(/ReplaceAll would make \/etc\/f \d+ bytes, more than the limit of 16777216 bytes; the file is left unchanged/);
  });

  it('a file that grows within the limit is edited as before', async () => {
    const r = await run(doubling(3), { files: { '/etc/f': 'x\n' }, now: 1_700_000_000 });
    expect(r.exitCode).toBe(0);
    // Every empty match between two bytes becomes a Y: each line doubles the file and adds one.
    expect(text(r.files['/etc/f'])).toBe('YYYYYYY\n');
  });

  it('a run may set a smaller limit (lint\'s trial runs use 1 MiB)', async () => {
    const r = await run(doubling(26), { files: { '/etc/f': 'x\n' }, now: 1_700_000_000, editGrowthLimit: 1000 });
    expect(r.exitCode).toBe(1);
    expect(r.log.find(l => l.level === 'error')?.message).toBe(
      'cfengine:localhost: editfiles: ReplaceAll would make /etc/f 1024 bytes, more than the limit of 1000 bytes; the file is left unchanged');
  });

  it('lint: the trial runs report "not checked: too big" at the command instead of crashing', async () => {
    const d = await lint(doubling(26));
    const cf015 = d.filter(x => x.code === 'CF015');
    expect(cf015).toHaveLength(1);
    expect(cf015[0].message).toBe('/etc/f: not checked: too big (a trial run made it grow past 1 MiB)');
    expect(cf015[0].loc.line).toBe(6);
  });
});

describe('EditFileSize', () => {
  for (const bad of ['abc', '10k', '1e3', '-5']) {
    it(`${bad}: the run edits nothing and says why; lint warns (CF016)`, async () => {
      const policy = `control:\n  actionsequence = ( editfiles )\n  EditFileSize = ( ${bad} )\neditfiles:\n  { /etc/f\n  AppendIfNoSuchLine "y"\n  }\n`;
      const r = await run(policy, { files: { '/etc/f': 'x\n' }, now: 1_700_000_000 });
      expect(r.exitCode).toBe(1);
      expect(text(r.files['/etc/f'])).toBe('x\n');
      expect(r.log.map(l => l.message)).toContain(`cfengine:localhost: editfiles: EditFileSize = ${bad} is not a number of bytes (digits only); /etc/f is not edited`);
      const d = await lint(policy);
      expect(d.filter(x => x.code === 'CF016').map(x => [x.loc.line, x.message])).toEqual([
        [3, `EditFileSize = ${bad} is not a number of bytes (digits only): the run edits no file`]]);
    });
  }

  it('digits are the limit in bytes', async () => {
    const policy = `control:\n  actionsequence = ( editfiles )\n  EditFileSize = ( 3 )\neditfiles:\n  { /etc/f\n  AppendIfNoSuchLine "y"\n  }\n`;
    const r = await run(policy, { files: { '/etc/f': 'xxxx\n' }, now: 1_700_000_000 });
    expect(r.exitCode).toBe(0);
    expect(r.log.map(l => l.message)).toContain('cfengine:localhost: editfiles: /etc/f is bigger than the limit editfilesize = 3 bytes; not edited');
    expect((await lint(policy)).filter(x => x.code === 'CF016')).toEqual([]);
  });
});

describe('a back-reference pattern out of steps', () => {
  const line = 'a'.repeat(2_000);
  for (const command of ['DeleteLinesMatching "(a*)*(a*)*\\1\\2x"', 'ReplaceAll "(a*)*(a*)*\\1\\2x" With "y"']) {
    it(`${command.split(' ')[0]}: says so, leaves the file unchanged, exit 1`, async () => {
      const policy = `control:\n  actionsequence = ( editfiles )\n  EditFileSize = ( 0 )\neditfiles:\n  { /etc/f\n  AppendIfNoSuchLine "first"\n  ${command}\n  }\n`;
      const r = await run(policy, { files: { '/etc/f': `${line}\n` }, now: 1_700_000_000 });
      expect(r.exitCode).toBe(1);
      expect(text(r.files['/etc/f'])).toBe(`${line}\n`);
      expect(r.log.filter(l => l.level === 'error').map(l => l.message)).toEqual([
        'cfengine:localhost: editfiles: /etc/f: a back-reference pattern needed too many steps on line 1 (whether it matches is unknown); the file is left unchanged']);
    });
  }
});

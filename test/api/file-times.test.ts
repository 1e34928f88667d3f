/**
 * run()'s `times` (issue #23, the playground's file times): a path's atime, mtime and ctime as the
 * caller gives them, so tidy's age, BeginGroupIfFileIsNewer and copy by date can be tried; the
 * times not given are the run's clock, ctime included (not the real clock: the same inputs, the
 * same run).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const NOW = 1768478400;
const DAY = 86400;
const TIDY = 'control:\n  actionsequence = ( tidy )\ntidy:\n  /d pattern=* age=7\n';

describe('run() times', () => {
  it('an atime 10 days old makes tidy age=7 delete the file; the run\'s clock keeps it', async () => {
    const files = { '/d/old': 'o', '/d/new': 'n' };
    const r = await run(TIDY, { files, now: NOW, times: { '/d/old': { atime: NOW - 10 * DAY } } });
    expect(Object.keys(r.files)).toEqual(['/d/new']);
    const none = await run(TIDY, { files, now: NOW });
    expect(Object.keys(none.files).sort()).toEqual(['/d/new', '/d/old']);
  });

  it('ctime: the run\'s clock unless given (not the real one), as tidy type=ctime sees it', async () => {
    const later = Date.UTC(2030, 0, 1) / 1000; // years after the real clock: memfs's own ctime would look old
    const policy = 'control:\n  actionsequence = ( tidy )\ntidy:\n  /d pattern=* age=7 type=ctime\n';
    const kept = await run(policy, { files: { '/d/a': 'a' }, now: later });
    expect(Object.keys(kept.files)).toEqual(['/d/a']);
    const old = await run(policy, { files: { '/d/a': 'a' }, now: later, times: { '/d/a': { ctime: later - 10 * DAY } } });
    expect(Object.keys(old.files)).toEqual([]);
  });

  it('a file the run reads is read on the run\'s clock (memfs would stamp its atime with the real one)', async () => {
    // Years after the real clock: an atime of the real clock's would be old to tidy age=7.
    const later = Date.UTC(2030, 0, 1) / 1000;
    const policy = 'control:\n  actionsequence = ( editfiles tidy )\neditfiles:\n  { /d/old\n  AppendIfNoSuchLine "o"\n  }\ntidy:\n  /d pattern=* age=7\n';
    const files = { '/d/old': 'o\n', '/d/unread': 'u\n' };
    const times = { '/d/old': { atime: later - 10 * DAY }, '/d/unread': { atime: later - 10 * DAY } };
    const r = await run(policy, { files, now: later, times });
    // Read just now (as a real file system stamps a read): not old; the other one is.
    expect(Object.keys(r.files)).toEqual(['/d/old']);
  });

  it('mtime decides BeginGroupIfFileIsNewer', async () => {
    const policy = 'control:\n  actionsequence = ( editfiles )\neditfiles:\n  { /f\n  BeginGroupIfFileIsNewer "/ref"\n  AppendIfNoSuchLine "newer"\n  EndGroup\n  }\n';
    const files = { '/f': 'x\n', '/ref': 'r\n' };
    const newer = await run(policy, { files, now: NOW, times: { '/ref': { mtime: NOW + DAY } } });
    expect(new TextDecoder().decode(newer.files['/f'])).toBe('x\nnewer\n');
    const older = await run(policy, { files, now: NOW, times: { '/ref': { mtime: NOW - DAY } } });
    expect(new TextDecoder().decode(older.files['/f'])).toBe('x\n');
  });

  it('a bad times option is a TypeError naming it; a path not in the tree is an error', async () => {
    await expect(run(TIDY, { files: { '/d/a': '' }, times: { '/d/a': { atime: 'x' } } } as never)).rejects.toThrow('run: options.times["/d/a"].atime must be seconds since the epoch (a number) (got the string "x")');
    await expect(run(TIDY, { files: { '/d/a': '' }, times: { '/d/a': { birth: 1 } } } as never)).rejects.toThrow('only atime, mtime and ctime');
    await expect(run(TIDY, { files: { '/d/a': '' }, times: { '/nope': { atime: 1 } } })).rejects.toThrow('run: times names /nope, which is not in files, dirs or links');
  });
});

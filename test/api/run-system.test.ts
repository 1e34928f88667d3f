// run()'s own work around the core (host/api/run.ts), in small runs: the system it pretends to be
// (`os`: the preset's OS class and hard classes, an `osClass` over it, `hardClasses` added after),
// the directories it makes (given and those that hold files or links) and their mode, and a
// relative directory refused. test/run/hard-classes.test.ts checks the presets through the CLI
// too; this one runs in process, so host/api's mutants of run.ts meet it.
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const NOW = 1796600220; // 2026-12-06 23:37:00 UTC, a Sunday
const POLICY = 'control:\n  actionsequence = ( files )\n';

describe('run(): the system and the tree', () => {
  it('no os: a plain linux with the time classes, and the hard classes given', async () => {
    const r = await run(POLICY, { now: NOW, hardClasses: ['rack7'] });
    expect(r.classes).toEqual(expect.arrayContaining(['linux', 'Sunday', 'Hr23_Q3', 'GMT_Hr23', 'rack7']));
    expect(r.classes).not.toContain('debian');
  });

  it('a preset: its OS class and hard classes, then the ones given; osClass wins over the preset\'s', async () => {
    const r = await run(POLICY, { now: NOW, os: 'solaris-8', hardClasses: ['rack7'] });
    expect(r.classes).toEqual(expect.arrayContaining(['solaris', 'sunos_5_8', 'sun4u', '32_bit', 'ipv4_203_0_113_9', 'Hr23', 'rack7']));
    expect(r.classes).not.toContain('linux');
    const own = await run(POLICY, { now: NOW, os: 'solaris-8', osClass: 'hpux' });
    expect(own.classes).toEqual(expect.arrayContaining(['hpux', 'sunos_5_8']));
    expect(own.classes).not.toContain('solaris');
  });

  it('the clock\'s classes are named time in the trace\'s origins, the preset\'s hard', async () => {
    const r = await run(POLICY, { now: new Date(NOW * 1000 + 999), os: 'debian-12', trace: true });
    expect(r.classOrigins!.Min37).toEqual({ origin: 'time' });
    expect(r.classOrigins!.December).toEqual({ origin: 'time' });
    expect(r.classOrigins!.debian_bookworm).toEqual({ origin: 'hard' });
  });

  it('directories: given ones and the parents of files and links, 0755; files 0644', async () => {
    const r = await run(POLICY, { now: NOW, dirs: ['/srv/empty/deep'], files: { '/etc/a/b': 'x' }, links: { '/opt/l/m': '/etc/a/b' } });
    const dir = { type: 'dir', mode: 0o755, uid: 0, gid: 0 };
    expect(r.tree).toEqual({
      '/etc': dir, '/etc/a': dir, '/etc/a/b': { type: 'file', mode: 0o644, uid: 0, gid: 0 },
      '/opt': dir, '/opt/l': dir, '/opt/l/m': { type: 'link', mode: expect.any(Number), uid: 0, gid: 0, target: '/etc/a/b' },
      '/srv': dir, '/srv/empty': dir, '/srv/empty/deep': dir,
    });
    expect(Object.keys(r.files)).toEqual(['/etc/a/b']);
  });

  it('every path, however deep, has the run\'s clock as its times (not the real clock)', async () => {
    const later = Date.UTC(2030, 0, 1) / 1000; // years after the real clock: a real-clock time would look old
    const tidy = 'control:\n  actionsequence = ( tidy )\ntidy:\n  /d pattern=* age=7 recurse=inf\n';
    const r = await run(tidy, { now: later, files: { '/d/g': 'g', '/d/e/f': 'f', '/d/e/h/i': 'i' } });
    expect(Object.keys(r.files).sort()).toEqual(['/d/e/f', '/d/e/h/i', '/d/g']);
  });

  it('a relative directory is refused', async () => {
    await expect(run(POLICY, { dirs: ['srv'] })).rejects.toThrow('run: paths must be absolute: srv');
  });
});

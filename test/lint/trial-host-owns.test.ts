/**
 * Lint's trial host (host/lint/trial-host.ts): what Stryker's survivors showed no test checked.
 * The bytes a save hands it are its own (the core reuses its buffers), it has no remote notes,
 * and it never reads the real clock: every time, the inode change time too, is the run's.
 */
import { describe, expect, it, vi } from 'vitest';
import { parsePolicy } from '../../host/api/runtime.js';
import { runTrial, TrialHost } from '../../host/lint/trial-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const NOW = 1_700_000_000;
const bytes = (s: string) => new TextEncoder().encode(s);
const POLICY = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n';
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('TrialHost keeps what it is given', () => {
  it('a saved file keeps its bytes when the caller reuses the buffer afterwards', () => {
    const h = new TrialHost({ '/etc/motd': bytes('hello\n') }, NOW);
    const buffer = bytes('bye\n');
    h.saveFile('/etc/motd', buffer, null);
    buffer.fill(0x78);
    expect(text(h.readFile('/etc/motd'))).toBe('bye\n');
    expect(text(h.files()['/etc/motd'])).toBe('bye\n');
  });

  it('has no notes about remote copies', () => {
    expect(new TrialHost({}, NOW).remoteNotes()).toEqual([]);
  });

  it('reads no real clock: every time it gives, the inode change time too, is the run\'s clock', () => {
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => { throw new Error('the real clock was read'); });
    try {
      const h = new TrialHost({ '/etc/motd': bytes('hello\n'), '/var/b/x': bytes('') }, NOW);
      h.saveFile('/etc/motd', bytes('bye\n'), '/var/b/motd');
      h.touch('/var/b/x');
      h.remove('/var/b/x');
      for (const p of ['/', '/etc', '/etc/motd', '/var', '/var/b', '/var/b/motd']) {
        expect(h.stat(p), p).toMatchObject({ mtime: NOW, atime: NOW, ctime: NOW });
      }
    } finally {
      clock.mockRestore();
    }
  });
});

describe('a trial run', () => {
  it('reads no real clock, on the host or in the core: its output depends on its inputs only', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const options = { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: true };
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => { throw new Error('the real clock was read'); });
    try {
      const result = runTrial(runtime, parsed, { '/etc/motd': 'a\n' }, options);
      expect(text(result.files['/etc/motd'])).toBe('a\nhello\n');
      expect(result.diffs.map(d => d.path)).toEqual(['/etc/motd', '/etc/motd.cfsaved']);
      expect(clock).not.toHaveBeenCalled();
    } finally {
      clock.mockRestore();
    }
  });
});

describe('a trial run that writes nothing', () => {
  it('says which calls wrote: a save (and its backup) or a removal; reads, stats and touches do not', () => {
    const h = new TrialHost({ '/etc/motd': bytes('hello\n'), '/var/b/x': bytes('') }, NOW);
    h.readFile('/etc/motd');
    h.stat('/etc/motd');
    h.touch('/var/b/x');
    expect(h.wrote).toBe(false);
    h.remove('/var/b/x');
    expect(h.wrote).toBe(true);
    const saved = new TrialHost({ '/etc/motd': bytes('hello\n') }, NOW);
    saved.saveFile('/etc/motd', bytes('bye\n'), null);
    expect(saved.wrote).toBe(true);
  });

  it('gives back the files it was given, not a copy, with no changes; a run that writes gives its own', async () => {
    const runtime = await nodeRuntime();
    const parsed = parsePolicy(runtime.parser, POLICY);
    const options = { now: NOW, hostname: 'lint', editGrowthLimit: 1 << 20, trace: false };
    const converged = { '/etc/motd': bytes('a\nhello\n'), '/etc/other': bytes('x\n') };
    const same = runTrial(runtime, parsed, converged, options);
    expect(same.files).toBe(converged);
    expect(same.diffs).toEqual([]);
    const given = { '/etc/motd': bytes('a\n'), '/etc/other': bytes('x\n') };
    const changed = runTrial(runtime, parsed, given, options);
    expect(changed.files).not.toBe(given);
    expect(Object.keys(changed.files)).toEqual(['/etc/motd', '/etc/motd.cfsaved', '/etc/other']);
    expect(text(changed.files['/etc/motd'])).toBe('a\nhello\n');
    expect(changed.diffs.map(d => d.path)).toEqual(['/etc/motd', '/etc/motd.cfsaved']);
  });
});

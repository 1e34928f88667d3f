/**
 * Lint's trial host (host/lint/trial-host.ts): what Stryker's survivors showed no test checked.
 * The bytes a save hands it are its own (the core reuses its buffers), it has no remote notes,
 * and the directories a run never touched keep the real clock's change time in seconds, as a
 * memfs volume stamps them.
 */
import { describe, expect, it } from 'vitest';
import { TrialHost } from '../../host/lint/trial-host.js';

const NOW = 1_700_000_000;
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

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

  it('directories and files it was given carry the real clock\'s change time, in seconds', () => {
    const before = Math.floor(Date.now() / 1000);
    const h = new TrialHost({ '/etc/motd': bytes('hello\n') }, NOW);
    const after = Math.floor(Date.now() / 1000);
    for (const p of ['/', '/etc', '/etc/motd']) {
      expect(h.stat(p).ctime, p).toBeGreaterThanOrEqual(before);
      expect(h.stat(p).ctime, p).toBeLessThanOrEqual(after);
    }
  });
});

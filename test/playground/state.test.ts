/**
 * The playground's state helpers in Node (no browser): tar files, test cases, moving a state under
 * /sandbox, share-link encoding, text encodings. The e2e tests drive the same code in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTar, writeTar } from '../../playground/src/tar.js';
import { caseEntries, caseFolder, stateFromCase, underSandbox } from '../../playground/src/testcase.js';
import { loadCase } from '../../host/testing/cases.js';
import { decodeState, encodeState } from '../../playground/src/share.js';
import { bytesOf, isBinary, textOf } from '../../playground/src/state.js';
import type { PlaygroundState } from '../../playground/src/state.js';

const enc = new TextEncoder();

describe('tar', () => {
  it('round-trips files, directories, links and long names, and GNU tar reads it', () => {
    const long = `${'d'.repeat(80)}/${'e'.repeat(60)}/file`;
    const entries = [
      { path: 'case', type: 'dir' as const, mode: 0o755 },
      { path: 'case/latin1', type: 'file' as const, mode: 0o600, bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      { path: 'case/empty', type: 'file' as const, mode: 0o644, bytes: new Uint8Array() },
      { path: 'case/link', type: 'link' as const, mode: 0o777, target: '/sandbox/latin1' },
      { path: long, type: 'file' as const, mode: 0o644, bytes: new Uint8Array(1000).fill(7) },
    ];
    const tar = writeTar(entries);
    expect(readTar(tar)).toEqual(entries);
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-tar-'));
    try {
      writeFileSync(join(dir, 'x.tar'), tar);
      execFileSync('tar', ['-xf', join(dir, 'x.tar'), '-C', dir]);
      expect([...readFileSync(join(dir, 'case', 'latin1'))]).toEqual([0x63, 0x61, 0x66, 0xe9, 0x0a]);
      expect(readFileSync(join(dir, long)).length).toBe(1000);
      // And what GNU tar writes, the page reads.
      execFileSync('tar', ['-cf', join(dir, 'y.tar'), '-C', dir, 'case']);
      const back = readTar(new Uint8Array(readFileSync(join(dir, 'y.tar'))));
      expect(back.find(e => e.path === 'case/latin1')?.bytes).toEqual(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
      expect(back.find(e => e.path === 'case/link')).toMatchObject({ type: 'link', target: '/sandbox/latin1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a tar file', () => {
    expect(() => readTar(new Uint8Array(1024).fill(65))).toThrow(/not a tar file/);
  });
});

const sample = (): PlaygroundState => ({
  policy: 'control:\n  actionsequence = ( editfiles links )\neditfiles:\n  { /etc/motd\n  AppendIfNoSuchLine "hi"\n  }\nlinks:\n  /etcetera/x -> /etc/motd\n',
  files: [
    { path: '/etc', type: 'dir', mode: 0o755 },
    { path: '/etc/motd', type: 'file', mode: 0o640, bytes: enc.encode('Welcome\n'), times: { atime: 1_700_000_000, mtime: 1_600_000_000 } },
    { path: '/etc/old', type: 'link', mode: 0o777, target: '/etc/motd' },
  ],
  facts: { hostname: 'h', domain: 'd', now: 1, define: ['a', 'b'], negate: ['c'], os: 'rhel-9' },
  exec: { '/bin/true': { status: 0, output: '' } },
  dryRun: true,
});

describe('test cases', () => {
  it('move a state under /sandbox: files, absolute link targets, the policy\'s paths into those directories only', () => {
    const { state, moved } = underSandbox(sample());
    expect(moved).toEqual(['/etc']);
    expect(state.files.map(f => f.path)).toEqual(['/sandbox', '/sandbox/etc', '/sandbox/etc/motd', '/sandbox/etc/old']);
    expect(state.files.find(f => f.type === 'link')!.target).toBe('/sandbox/etc/motd');
    expect(state.policy).toContain('{ /sandbox/etc/motd');
    // /etcetera is another directory: not moved.
    expect(state.policy).toContain('/etcetera/x -> /sandbox/etc/motd');
  });

  it('write the conformance layout and read it back as the same state', () => {
    const { state } = underSandbox(sample());
    const after = state.files.map(f => (f.path === '/sandbox/etc/motd' ? { ...f, bytes: enc.encode('Welcome\nhi\n') } : f));
    const entries = caseEntries('t', state, after, after, 0);
    const names = entries.map(e => e.path);
    expect(names).toEqual(expect.arrayContaining(['t/policy.cf', 't/args', 't/before/etc/motd', 't/modes.before', 't/after/etc/motd', 't/modes']));
    expect(names.some(n => n.startsWith('t/after2'))).toBe(false);
    expect(new TextDecoder().decode(entries.find(e => e.path === 't/args')!.bytes)).toBe('-D a,b -N c\n');
    expect(new TextDecoder().decode(entries.find(e => e.path === 't/modes.before')!.bytes)).toBe('0755 /sandbox/etc/\n0640 /sandbox/etc/motd\n');
    // Read back by cfwasm test's own reader, the state is the same.
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-case-'));
    try {
      writeFileSync(join(dir, 't.tar'), writeTar(entries));
      execFileSync('tar', ['-xf', join(dir, 't.tar'), '-C', dir]);
      const loaded = stateFromCase(loadCase(join(dir, 't')));
      expect(loaded.policy).toBe(state.policy);
      expect(loaded.files).toEqual(state.files);
      // The host facts, the system, the files' times and the exec table travel in host.json: the state comes back whole.
      expect(JSON.parse(readFileSync(join(dir, 't', 'host.json'), 'utf8'))).toMatchObject({
        os: 'rhel-9', times: { etc: { atime: 1, mtime: 1, ctime: 1 }, 'etc/motd': { atime: 1_700_000_000, mtime: 1_600_000_000, ctime: 1 } },
      });
      expect(loaded.facts).toEqual(state.facts);
      expect(loaded.exec).toEqual(state.exec);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A second run that differs gets after2/ and modes2.
    const twice = caseEntries('t', state, after, after.map(f => (f.path === '/sandbox/etc/motd' ? { ...f, mode: 0o600 } : f)), 0);
    expect(twice.map(e => e.path)).toEqual(expect.arrayContaining(['t/after2/etc/motd', 't/modes2']));
  });

  it('are found in a folder of their own, and say what is missing when there is no policy', () => {
    const policy = { path: 'x/policy.cf', type: 'file' as const, mode: 0o644, bytes: enc.encode('control:\n') };
    expect(caseFolder([{ path: 'x', type: 'dir', mode: 0o755 }, policy])).toEqual({ name: 'x', entries: [{ ...policy, path: 'policy.cf' }] });
    expect(() => caseFolder([{ path: 'x/args', type: 'file', mode: 0o644, bytes: enc.encode('-n') }])).toThrow(/no policy\.cf/);
  });
});

describe('share links', () => {
  it('carry the whole state, bytes exactly', async () => {
    const s = sample();
    s.files.push({ path: '/etc/bin', type: 'file', mode: 0o755, bytes: new Uint8Array([0, 255, 0xe9, 10]) });
    const encoded = await encodeState(s);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeState(encoded)).toEqual(s);
  });

  it('refuse a damaged link with a message', async () => {
    await expect(decodeState('AAAA')).rejects.toThrow('it is cut short or damaged (not a compressed state)');
  });

  /** A link made of any JSON, as a hand-edited or hostile link would be. */
  async function linkOf(json: unknown): Promise<string> {
    const packed = new Uint8Array(await new Response(new Blob([JSON.stringify(json)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    return Buffer.from(packed).toString('base64url');
  }

  it('are checked against the state\'s schema, with one message naming the field', async () => {
    const good = JSON.parse(JSON.stringify({ v: 1, ...sample(), files: sample().files.map(f => ({ ...f, bytes: f.bytes ? Buffer.from(f.bytes).toString('base64') : undefined })) }));
    expect(await decodeState(await linkOf(good))).toEqual(sample());
    const bad: [unknown, string][] = [
      [{ ...good, policy: 42 }, 'policy must be a string (it is a number)'],
      [{ ...good, policy: { a: 1 } }, 'policy must be a string (it is an object)'],
      [{ ...good, files: 'x' }, 'files must be a list (it is a string)'],
      [{ ...good, files: [{ path: '../etc', type: 'file', mode: 420 }] }, 'files[0].path must be an absolute path without ..'],
      [{ ...good, files: [{ path: '/a', type: 'socket', mode: 420 }] }, 'files[0].type must be "file", "dir" or "link" (it is a string)'],
      [{ ...good, facts: { ...good.facts, define: 'a,b' } }, 'facts.define must be a list of strings (it is a string)'],
      [{ ...good, exec: { ls: { status: '0', output: '' } } }, 'exec["ls"].status must be a whole number (it is a string)'],
      [{ ...good, dryRun: 'yes' }, 'dryRun must be true or false (it is a string)'],
      [[1, 2], 'the state must be an object (it is an array)'],
      [{ ...good, v: 2 }, 'share link of an unknown version (2)'],
    ];
    for (const [json, message] of bad) await expect(decodeState(await linkOf(json))).rejects.toThrow(message);
  });
});

describe('text encodings', () => {
  it('keep Latin-1 as Latin-1 and tell binary from text', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const t = textOf(latin1);
    expect(t).toEqual({ text: 'café\n', encoding: 'latin1' });
    expect(bytesOf(`${t.text}é`, t.encoding)).toEqual(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xe9]));
    expect(bytesOf('€', 'latin1')).toEqual(new Uint8Array([0x3f]));
    expect(textOf(enc.encode('café\n')).encoding).toBe('utf-8');
    expect(isBinary(new Uint8Array([0x41, 0, 0x42]))).toBe(true);
    expect(isBinary(latin1)).toBe(false);
  });
});

/** The embeddable API: run() against in-memory files; changes with diffs; determinism. */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const POLICY = `control:
  actionsequence = ( editfiles )
editfiles:
  { /etc/motd
  AutoCreate
  AppendIfNoSuchLine "Welcome to $(host)"
  }
  { /etc/hosts
  ReplaceAll "old" With "new"
  }
`;
const NOW = Date.UTC(2026, 10, 22, 2, 4) / 1000;

describe('run()', () => {
  it('returns the files, the changes with unified diffs, the log and the classes', async () => {
    const r = await run(POLICY, {
      files: { '/etc/hosts': '10.0.0.1 old\n10.0.0.2 other\n' }, hostname: 'web1', now: NOW,
    });
    expect(r.exitCode).toBe(0);
    const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
    expect(text(r.files['/etc/motd'])).toBe('Welcome to web1\n');
    expect(text(r.files['/etc/hosts'])).toBe('10.0.0.1 new\n10.0.0.2 other\n');
    expect(text(r.files['/etc/hosts.cfsaved'])).toBe('10.0.0.1 old\n10.0.0.2 other\n');
    // AutoCreate makes an empty /etc/motd first, so its first save keeps that as the backup.
    expect(r.diffs.map(c => c.path)).toEqual(['/etc/hosts', '/etc/hosts.cfsaved', '/etc/motd', '/etc/motd.cfsaved']);
    expect(r.diffs[0].diff).toBe('--- a/etc/hosts\n+++ b/etc/hosts\n@@ -1,2 +1,2 @@\n-10.0.0.1 old\n+10.0.0.1 new\n 10.0.0.2 other\n');
    expect(r.classes).toEqual(expect.arrayContaining(['any', 'linux', 'web1', 'Sunday', 'Hr02', 'Min04', 'Min00_05', 'Day22', 'November', 'Yr2026']));
  });

  it('diffs show UTF-8 files as UTF-8, other files byte by byte', async () => {
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/u\n ReplaceAll "é" With "e"\n }\n { /etc/l\n ReplaceAll "x" With "y"\n }\n';
    const r = await run(policy, { files: { '/etc/u': 'café\n', '/etc/l': new Uint8Array([0x78, 0xe9, 0x0a]) }, now: 1_700_000_000, hostname: 'h' });
    const diff = (path: string) => r.diffs.find(d => d.path === path)!.diff;
    expect(diff('/etc/u')).toBe('--- a/etc/u\n+++ b/etc/u\n@@ -1,1 +1,1 @@\n-café\n+cafe\n');
    expect(diff('/etc/l')).toBe('--- a/etc/l\n+++ b/etc/l\n@@ -1,1 +1,1 @@\n-x\u00e9\n+y\u00e9\n');
  });

  it('dry run: nothing is written; the plan and the diffs are those of the real run', async () => {
    const files = { '/etc/hosts': 'old\n' };
    const r = await run(POLICY, { files, dryRun: true, now: NOW });
    const real = await run(POLICY, { files, now: NOW });
    expect(Object.keys(r.files)).toEqual(['/etc/hosts']);
    expect(new TextDecoder().decode(r.files['/etc/hosts'])).toBe('old\n');
    expect(r.changes.map(c => `${c.op} ${c.path}`)).toEqual(['create /etc/motd', 'save /etc/motd', 'save /etc/hosts']);
    expect(r.changes).toEqual(real.changes);
    expect(r.diffs.map(d => d.diff)).toEqual(real.diffs.map(d => d.diff));
    expect(r.diffs.map(d => d.path)).toEqual(['/etc/hosts', '/etc/hosts.cfsaved', '/etc/motd', '/etc/motd.cfsaved']);
    expect(r.log.map(l => l.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('would create file /etc/motd'), expect.stringContaining('would edit file /etc/hosts')]));
  });

  it('a syntax error runs nothing: exit status 1 and the diagnostics', async () => {
    const r = await run('control:\n actionsequence = ( editfiles\n', { now: NOW });
    expect(r.exitCode).toBe(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', loc: { line: 2, column: 19 } });
  });

  it('is deterministic: the same inputs give byte-identical outputs', async () => {
    const opts = { files: { '/etc/hosts': 'old\nold old\n' }, hostname: 'h', now: NOW };
    const a = await run(POLICY, opts);
    const b = await run(POLICY, opts);
    const bytes = (r: typeof a) => JSON.stringify(r, (_, v) => (v instanceof Uint8Array ? [...v] : v));
    expect(bytes(a)).toBe(bytes(b));
  });
  it('reads the files the import section names; an import under a class applies only where it holds', async () => {
    const main = 'control:\n actionsequence = ( editfiles )\nimport:\n any:: cf.common\n solaris:: cf.solaris\n';
    const imports = {
      'cf.common': 'editfiles:\n { /etc/motd AutoCreate AppendIfNoSuchLine "common" }\nimport:\n cf.nested\n',
      'cf.nested': 'editfiles:\n { /etc/motd AppendIfNoSuchLine "nested" }\n',
      'cf.solaris': 'editfiles:\n { /etc/motd AppendIfNoSuchLine "solaris" }\n',
    };
    const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
    const files = { '/etc/issue': 'x\n' };
    const linux = await run(main, { imports, files, now: NOW });
    expect(text(linux.files['/etc/motd'])).toBe('common\nnested\n');
    const solaris = await run(main, { imports, files, now: NOW, define: ['solaris'] });
    // Files are read in the order they are named, a nested import after the ones already listed.
    expect(text(solaris.files['/etc/motd'])).toBe('common\nsolaris\nnested\n');
    const missing = await run(main, { imports: {}, files, now: NOW });
    expect(missing.diagnostics.map(d => d.message)).toEqual(['import: cannot read cf.common', 'import: cannot read cf.solaris']);
  });
});

describe('run(): the whole tree', () => {
  const FILES = `control:
  actionsequence = ( files links )
  IfElapsed = ( 60 )
files:
  /etc r=inf mode=o-rwx owner=daemon action=fixall
links:
  /usr/bin/tool -> /opt/tool
`;

  it('takes modes, directories, links and owners, and returns every path with its mode, owner and target', async () => {
    const r = await run(FILES, {
      files: { '/etc/a': 'x', '/opt/tool': 'bin' }, dirs: ['/etc/empty'], links: { '/etc/l': '/etc/a' },
      modes: { '/etc/a': 0o666 }, owners: { '/etc/a': { uid: 2, gid: 2 } }, now: NOW,
    });
    expect(r.tree['/etc/a']).toEqual({ type: 'file', mode: 0o660, uid: 1, gid: 2 });
    expect(r.tree['/etc/empty']).toEqual({ type: 'dir', mode: 0o750, uid: 1, gid: 0 });
    expect(r.tree['/etc/l']).toMatchObject({ type: 'link', target: '/etc/a', uid: 1 });
    expect(r.tree['/usr/bin/tool']).toMatchObject({ type: 'link', target: '/opt/tool' });
    expect(r.tree['/opt/tool']).toEqual({ type: 'file', mode: 0o644, uid: 0, gid: 0 });
  });

  it('one state map shared by runs keeps the locks between them', async () => {
    const state = new Map<string, Uint8Array>();
    const first = await run(FILES, { files: { '/etc/a': 'x', '/opt/tool': 'bin' }, now: NOW, state });
    expect(first.changes.length).toBeGreaterThan(0);
    const again = await run(FILES, { files: { '/etc/a': 'x', '/opt/tool': 'bin' }, now: NOW + 600, state });
    expect(again.changes).toEqual([]);
    expect(again.log.map(l => l.message)).toContain('cfengine:localhost: Nothing scheduled for files:/etc: last done 10 minutes ago (IfElapsed 60)');
  });
});

describe('run(): the tree and the diffs, made when read, are plain data', () => {
  it('a copy (spread, JSON, structuredClone) has the tree and each diff text', async () => {
    const r = await run('control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n AppendIfNoSuchLine "b"\n }\n',
      { files: { '/etc/x': 'a\n' }, now: 1_700_000_000 });
    const json = JSON.parse(JSON.stringify(r));
    expect(json.tree['/etc/x']).toMatchObject({ type: 'file', mode: 0o644 });
    expect(json.diffs.map((d: { path: string; diff: string }) => [d.path, d.diff.split('\n').filter(l => /^[-+][^-+]/.test(l))]))
      .toEqual([['/etc/x', ['+b']], ['/etc/x.cfsaved', ['+a']]]);
    expect(structuredClone(r).diffs[0].diff).toBe(r.diffs[0].diff);
    expect({ ...r }.tree).toEqual(r.tree);
  });
});

// The dry run of chained copies (issue #20, item 6): a copy whose master an earlier copy of the same
// run creates or changes (unstable on the policy host -> testing -> stable on this host) is planned
// exactly as the run does it (plan == run, docs/compatibility.md "Dry run").
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { OverlayHost } from '../../host/core/overlay-host.js';
import { NodeHost } from '../../host/node/node-host.js';
import { cfwasm } from '../support/cli.js';
import { haveServerd, Serverd, SKIP_REASON } from './serverd.mjs';

const NOW = 1_800_000_000;
const policyhost = {
  files: {
    '/unstable/a': 'A version 2\n',
    '/unstable/new': 'N\n',
    '/unstable/sub/c': 'C\n',
  },
};
const policy = `control:
 actionsequence = ( copy )
copy:
 /unstable dest=/repo/testing recurse=inf server=policyhost type=checksum
 /repo/testing dest=/repo/stable recurse=inf type=checksum mode=0640 purge=true
`;
// stable/a already holds what testing has before the run: only the promoted version needs a copy.
const files = { '/repo/testing/a': 'A1\n', '/repo/stable/a': 'A1\n', '/repo/stable/old': 'gone\n' };

describe('dry run of chained copies', () => {
  it('plans the copies whose masters an earlier copy brings, exactly as the run makes them', async () => {
    const plan = await run(policy, { now: NOW, files, servers: { policyhost }, dryRun: true });
    const real = await run(policy, { now: NOW, files, servers: { policyhost } });
    expect(real.exitCode).toBe(0);
    // The run promoted all three files to stable (a changed, new and sub/c created by the first copy).
    expect(Object.keys(real.files).filter(p => p.startsWith('/repo/stable/')).sort())
      .toEqual(['/repo/stable/a', '/repo/stable/a.cfsaved', '/repo/stable/new', '/repo/stable/sub/c']);
    expect(new TextDecoder().decode(real.files['/repo/stable/a'])).toBe('A version 2\n');
    expect(plan.changes).toEqual(real.changes);
    const said = plan.log.map(l => l.message).join('\n');
    expect(said).toContain('would copy from localhost:/repo/testing/new to /repo/stable/new');
    expect(said).toContain('would copy from localhost:/repo/testing/sub/c to /repo/stable/sub/c');
    // Nothing changed under -n.
    expect(Object.keys(plan.files).sort()).toEqual(Object.keys(files).sort());
  });
});

if (!haveServerd) console.log(`test/fleet/dryrun-chain.test.ts: ${SKIP_REASON}`);

describe.skipIf(!haveServerd)('dry run of chained copies from a real cf-serverd', () => {
  const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-dryrun-chain-'));
  const unstable = join(scratch, 'unstable');
  let server: Serverd;
  beforeAll(async () => {
    fs.mkdirSync(join(unstable, 'sub'), { recursive: true });
    fs.writeFileSync(join(unstable, 'a'), 'A version 2\n');
    fs.writeFileSync(join(unstable, 'new'), 'N\n');
    fs.writeFileSync(join(unstable, 'sub', 'c'), 'C\n');
    server = await Serverd.start({ admit: [unstable] });
  });
  afterAll(() => {
    server?.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('cfwasm run -n plans every copy the run then makes (testing from the server, stable by date from testing)', () => {
    const root = join(scratch, 'root');
    const old = new Date('2020-01-01T00:00:00Z');
    for (const [p, c] of [['repo/testing/a', 'A1\n'], ['repo/stable/a', 'A0\n'], ['repo/stable/old', 'gone\n']]) {
      fs.mkdirSync(join(root, p, '..'), { recursive: true });
      fs.writeFileSync(join(root, p), c);
      fs.utimesSync(join(root, p), old, old);
    }
    const file = join(scratch, 'chain.cf');
    fs.writeFileSync(file, `control:\n actionsequence = ( copy )\n port = ( ${server.port} )\ncopy:\n` +
      ` ${unstable} dest=/repo/testing recurse=inf server=127.0.0.1 trustkey=true type=checksum\n` +
      ' /repo/testing dest=/repo/stable recurse=inf purge=true\n');
    const actions = (args: string[]) => {
      const r = cfwasm(['run', '-K', '--json', '-f', file, '--root', root, '--state-dir', join(scratch, 'state'), ...args]);
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).map(l => JSON.parse(l)).filter(e => e.event === 'action')
        .map(({ dryRun, ...rest }) => rest);
    };
    const plan = actions(['-n']);
    expect(fs.readFileSync(join(root, 'repo/stable/a'), 'utf8')).toBe('A0\n');
    const done = actions([]);
    expect(fs.readFileSync(join(root, 'repo/stable/new'), 'utf8')).toBe('N\n');
    expect(fs.readFileSync(join(root, 'repo/stable/sub/c'), 'utf8')).toBe('C\n');
    expect(done.filter(a => a.op === 'write' && a.path.startsWith('/repo/stable/')).map(a => a.path))
      .toEqual(['/repo/stable/a', '/repo/stable/new', '/repo/stable/sub/c']);
    expect(plan).toEqual(done);
  });
});

describe('the dry-run overlay and remote copies', () => {
  it('keeps a remote copy as the file the run would bring, fetched only when something reads it, once', () => {
    const tree = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-overlay-remote-'));
    try {
      let reads = 0;
      const node = new NodeHost({ root: tree });
      // The server: a remoteRead that counts (no network).
      const base = Object.assign(Object.create(node) as NodeHost, {
        remoteRead: () => { reads++; return new TextEncoder().encode('new'); },
      });
      const overlay = new OverlayHost(base, NOW);
      overlay.remoteCopy({ host: 'policyhost', port: 0, trustKey: false }, '/masterfiles/a', 3, '/a.cfnew', 0o640);
      overlay.rename('/a.cfnew', '/a');
      expect(overlay.stat('/a')).toMatchObject({ type: 'file', size: 3, mode: 0o640, mtime: NOW });
      expect(reads).toBe(0);
      expect(new TextDecoder().decode(overlay.readFile('/a'))).toBe('new');
      expect(new TextDecoder().decode(overlay.readFile('/a'))).toBe('new');
      expect(reads).toBe(1);
      expect(fs.readdirSync(tree)).toEqual([]);
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });
});

// copy server= against servers held in memory (the JS API's `servers:`): the core's side of
// remote copies, without a network. test/fleet/serverd.test.ts runs the same against cf-serverd.
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import type { MemoryServer } from '../../host/api/index.js';

const NOW = 1_800_000_000;
const policyhost: MemoryServer = {
  files: {
    '/masterfiles/a.conf': 'A\n',
    '/masterfiles/skip.tmp': 'T\n',
    '/masterfiles/sub/b': { content: 'B\n', mode: 0o600 },
    '/masterfiles/sub/deep/c': 'C\n',
    '/secret/key': 'K',
  },
  links: { '/masterfiles/link': 'a.conf' },
  denied: ['/secret'],
};
const copy = (items: string, control = '') => `control:\n actionsequence = ( copy )\n${control}copy:\n${items}`;
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
const log = (r: { log: { level: string; message: string }[] }) => r.log.map(l => `${l.level} ${l.message}`).join('\n');

describe('copy server= from servers in memory', () => {
  it('copies a tree with recurse=, exclude= and purge=, links as links, modes kept', async () => {
    const r = await run(copy(' /masterfiles dest=/etc/site recurse=inf server=policyhost purge=true exclude=*.tmp define=updated\n'), {
      now: NOW, files: { '/etc/site/stale': 'old', '/etc/site/sub/gone/x': 'x' }, servers: { policyhost },
    });
    expect(Object.keys(r.files).sort()).toEqual(['/etc/site/a.conf', '/etc/site/sub/b', '/etc/site/sub/deep/c']);
    expect(r.tree['/etc/site/sub/b'].mode).toBe(0o600);
    expect(r.tree['/etc/site/link']).toMatchObject({ type: 'link', target: 'a.conf' });
    expect(r.classes).toContain('updated');
    expect(log(r)).toMatch(/Purging \/etc\/site\/stale \(not on policyhost\)/);
    expect(log(r)).toMatch(/Purging \/etc\/site\/sub\/gone \(not on policyhost\)/);
    expect(r.exitCode).toBe(0);
  });

  it('ignore: a bare name anywhere, an absolute path of the source only (L9455-9479)', async () => {
    const policy = copy(' /masterfiles dest=/etc/site recurse=inf server=policyhost\n') + 'ignore:\n /masterfiles/sub/deep\n skip.tmp\n';
    const r = await run(policy, { now: NOW, servers: { policyhost } });
    expect(Object.keys(r.files).sort()).toEqual(['/etc/site/a.conf', '/etc/site/sub/b']);
    // The same name elsewhere in the tree is not the ignored path.
    const other = await run(copy(' /masterfiles dest=/etc/site recurse=inf server=policyhost\n') + 'ignore:\n /masterfiles/deep\n', { now: NOW, servers: { policyhost } });
    expect(Object.keys(other.files)).toContain('/etc/site/sub/deep/c');
  });

  it('into a directory holding a link to a newer file, a directory where a file goes, and a file up to date: the link is followed (kept), the directory refused, nothing copied', async () => {
    const r = await run(copy(' /masterfiles dest=/etc/site recurse=1 server=policyhost\n'), {
      now: NOW, files: { '/srv/a.conf': 'mine\n', '/etc/site/skip.tmp/x': 'x', '/etc/site/sub': 'a file' },
      links: { '/etc/site/a.conf': '/srv/a.conf' }, times: { '/srv/a.conf': { mtime: NOW + 100 } }, servers: { policyhost },
    });
    expect(r.tree['/etc/site/a.conf']).toMatchObject({ type: 'link', target: '/srv/a.conf' });
    expect(text(r.files['/srv/a.conf'])).toBe('mine\n');
    expect(log(r)).toMatch(/\/etc\/site\/skip\.tmp exists and is not a plain file/);
    expect(log(r)).not.toMatch(/a\.conf exists and is not a plain file/); // a link to a file is that file
    expect(log(r)).not.toMatch(/Copying from/);
    // Run again over its own copy: converged, nothing copied.
    const fresh = await run(copy(' /masterfiles dest=/etc/site recurse=1 server=policyhost\n'), { now: NOW, servers: { policyhost } });
    const again = await run(copy(' /masterfiles dest=/etc/site recurse=1 server=policyhost\n'), {
      now: NOW, files: fresh.files, servers: { policyhost },
    });
    expect(log(fresh)).toMatch(/Copying from policyhost:\/masterfiles\/a\.conf/);
    expect(log(again)).not.toMatch(/Copying from/);
  });

  it('recurse=1 stays at the top level', async () => {
    const r = await run(copy(' /masterfiles dest=/etc/site recurse=1 server=policyhost\n'), { now: NOW, servers: { policyhost } });
    expect(Object.keys(r.files).sort()).toEqual(['/etc/site/a.conf', '/etc/site/skip.tmp']);
    expect(r.tree['/etc/site/sub'].type).toBe('dir');
  });

  it('type=checksum copies only what differs; ctime only what is newer; the old file kept as .cfsaved', async () => {
    const files = { '/etc/a.conf': 'A\n', '/etc/b': 'old\n' };
    const items = ' /masterfiles/a.conf dest=/etc/a.conf server=policyhost type=checksum\n /masterfiles/sub/b dest=/etc/b server=policyhost type=checksum\n';
    const r = await run(copy(items), { now: NOW, files, servers: { policyhost } });
    expect(text(r.files['/etc/b'])).toBe('B\n');
    expect(text(r.files['/etc/b.cfsaved'])).toBe('old\n');
    expect(log(r)).not.toMatch(/a\.conf to/);
    const older = await run(copy(' /masterfiles/sub/b dest=/etc/b server=policyhost\n'), {
      now: NOW, files, servers: { policyhost: { files: { '/masterfiles/sub/b': { content: 'B\n', mtime: NOW - 100 } } } },
    });
    expect(text(older.files['/etc/b'])).toBe('old\n');
  });

  it('a file the server denies, a missing one, a server down: clear messages, the run goes on', async () => {
    const r = await run(copy(' /secret/key dest=/k server=policyhost\n /nothere dest=/n server=policyhost\n /x dest=/x server=down\n /y dest=/y server=down\n /masterfiles/a.conf dest=/a server=policyhost\n'), {
      now: NOW, servers: { policyhost, down: { refuses: 'connection refused' } },
    });
    const text = log(r);
    expect(text).toMatch(/cannot copy policyhost:\/secret\/key: access denied by the server/);
    expect(text).toMatch(/cannot copy policyhost:\/nothere: no such file or directory/);
    expect(text.match(/cannot copy from down: down: connection refused/g)).toHaveLength(1);
    expect(Object.keys(r.files)).toEqual(['/a']);
    expect(r.exitCode).toBe(1); // after doing everything else
  });

  it('an empty name in a listing is refused by name; a link here is never copied through', async () => {
    // '/m//x' lists an empty name in /m; /etc/site/sub is a link to /outside from before.
    const server: MemoryServer = { files: { '/m/ok': 'ok\n', '/m//x': 'bad\n', '/m/sub/f': 'f\n' } };
    const r = await run(copy(' /m dest=/etc/site recurse=inf server=s\n'), {
      now: NOW, servers: { s: server }, files: { '/outside/keep': 'k\n' }, links: { '/etc/site/sub': '/outside' },
    });
    expect(log(r)).toMatch(/error .*copy: s listed an empty name in \/m; refused \(nothing is written outside \/etc\/site\)/);
    expect(log(r)).toMatch(/\/etc\/site\/sub is a link here; the directory s:\/m\/sub is not copied through it/);
    expect(Object.keys(r.files).sort()).toEqual(['/etc/site/ok', '/outside/keep']);
    expect(r.exitCode).toBe(1);
  });

  it('dry run plans the copies from the server\'s stat, and writes nothing', async () => {
    const r = await run(copy(' /masterfiles dest=/etc/site recurse=inf server=policyhost\n'), { now: NOW, dryRun: true, servers: { policyhost } });
    expect(log(r)).toMatch(/would copy from policyhost:\/masterfiles\/a\.conf to \/etc\/site\/a\.conf/);
    // Each file new here is written in place at once (no FILE.cfnew to rename: nothing to keep).
    expect(r.changes.filter(c => c.op === 'write').map(c => c.path).sort())
      .toEqual(['/etc/site/a.conf', '/etc/site/skip.tmp', '/etc/site/sub/b', '/etc/site/sub/deep/c']);
    expect(r.changes.filter(c => c.op === 'rename')).toEqual([]);
    expect(Object.keys(r.files)).toEqual([]);
  });

  it('a dangling link at a file\'s name is replaced by the file (as FILE.cfnew renamed over it), never written through to where it points', async () => {
    const r = await run(copy(' /masterfiles/a.conf dest=/etc/a.conf server=policyhost\n'), {
      now: NOW, links: { '/etc/a.conf': '/outside/new' }, files: { '/outside/keep': 'k\n' }, servers: { policyhost },
    });
    expect(r.tree['/etc/a.conf']).toMatchObject({ type: 'file' });
    expect(text(r.files['/etc/a.conf'])).toBe('A\n');
    expect(Object.keys(r.files).sort()).toEqual(['/etc/a.conf', '/outside/keep']);
    expect(r.changes.map(c => c.op)).toEqual(['write', 'rename']);
    expect(r.exitCode).toBe(0);
  });

  it('dry run over an existing file plans the backup and the write, and later actions see the file the copy brings (plan == run)', async () => {
    const policy = copy(' /masterfiles/a.conf dest=/etc/a.conf server=policyhost type=checksum\n').replace('( copy )', '( copy editfiles )') +
      'editfiles:\n { /etc/a.conf\n AppendIfNoSuchLine "x"\n }\n';
    const r = await run(policy, { now: NOW, dryRun: true, files: { '/etc/a.conf': 'old\n' }, servers: { policyhost } });
    expect(r.changes.slice(0, 3)).toEqual([
      { op: 'write', path: '/etc/a.conf.cfnew', mode: '0644', size: 2 },
      { op: 'link', path: '/etc/a.conf.cfsaved', target: '/etc/a.conf' },
      { op: 'rename', path: '/etc/a.conf.cfnew', to: '/etc/a.conf' },
    ]);
    expect(text(r.diffs.find(d => d.path === '/etc/a.conf')?.after ?? undefined)).toBe('A\nx\n');
    expect(text(r.files['/etc/a.conf'])).toBe('old\n');
    const real = await run(policy, { now: NOW, files: { '/etc/a.conf': 'old\n' }, servers: { policyhost } });
    expect(r.changes).toEqual(real.changes);
  });

  it('DefaultCopyType sets the comparison; server= naming this host copies locally (L5308)', async () => {
    const r = await run(copy(' /masterfiles/a.conf dest=/etc/a.conf server=policyhost\n /src/l dest=/dst/l server=localhost\n', ' DefaultCopyType = ( checksum )\n'), {
      now: NOW, files: { '/etc/a.conf': 'different\n', '/src/l': 'local\n' }, servers: { policyhost },
    });
    expect(text(r.files['/etc/a.conf'])).toBe('A\n');
    expect(text(r.files['/dst/l'])).toBe('local\n');
  });

  it('encrypt= and oldserver= are accepted and said to be implied (verify=true is done, not implied)', async () => {
    const r = await run(copy(' /masterfiles/a.conf dest=/a server=policyhost encrypt=true oldserver=true verify=true\n'), { now: NOW, servers: { policyhost } });
    expect(log(r)).toMatch(/encrypt=true is implied/);
    expect(log(r)).toMatch(/oldserver=true is implied/);
    expect(log(r)).not.toMatch(/verify=true is implied/);
    expect(text(r.files['/a'])).toBe('A\n');
  });
});

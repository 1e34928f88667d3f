// links `+>` with recurse: a directory reached through a link is followed once. Links back up the
// tree were followed until the host gave up (ELOOP at 40 levels) with one, and with two the walk
// had 2^40 paths: a hang (found by fuzzing run()).
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

async function linkChildren(links: Record<string, string>, dryRun = false) {
  return run('control:\n actionsequence = ( links )\nlinks:\n /new +>! /loop recurse=inf\n',
    { dryRun, dirs: ['/loop', '/loop/d'], links, files: { '/loop/f': 'x', '/loop/d/g': 'y' } });
}

describe('links +> over a tree with links back up', () => {
  it('one loop: its directory is not followed again, with a warning', async () => {
    const r = await linkChildren({ '/loop/d/up': '/loop' });
    expect(r.log.filter(l => l.level === 'warning').map(l => l.message))
      .toEqual(['cfengine:localhost: link /loop/d/up leads back to a directory already linked; not followed']);
    expect(r.tree['/new/f']).toMatchObject({ type: 'link', target: '/loop/f' });
    expect(r.tree['/new/d/g']).toMatchObject({ type: 'link', target: '/loop/d/g' });
    expect(Object.keys(r.tree).filter(p => p.startsWith('/new/')).sort()).toEqual(['/new/d', '/new/d/g', '/new/f']);
  });

  it('two loops, also under dry run: each is said once and the run ends', async () => {
    for (const dryRun of [false, true]) {
      const r = await linkChildren({ '/loop/d/up': '/loop', '/loop/rel': '../loop' }, dryRun);
      expect(r.log.filter(l => l.level === 'warning').map(l => l.message).sort()).toEqual([
        'cfengine:localhost: link /loop/d/up leads back to a directory already linked; not followed',
        'cfengine:localhost: link /loop/rel leads back to a directory already linked; not followed',
      ]);
      expect(r.changes.filter(c => c.op === 'symlink').map(c => c.path).sort()).toEqual(['/new/d/g', '/new/f']);
    }
  });
});

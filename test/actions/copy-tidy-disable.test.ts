/**
 * copy (L7536-7834), tidy (L10600-10789) and disable (L8014-8187) options beyond the corpus:
 * size conditions and units, symlink=/LinkCopies, ExcludeCopy, purge, action=warn/silent, links
 * copied as links; tidy size=, links=, dirlinks=, ~/.cfengine.rm; disable type= and size=.
 */
import { describe, expect, it } from 'vitest';
import { policyOf, run } from './helpers.js';

const copy = (body: string, control = '') => policyOf('copy', `${control}copy:\n ${body}`);
const tidy = (body: string, control = '') => policyOf('tidy', `${control}tidy:\n ${body}`);
const disable = (body: string) => policyOf('disable', `disable:\n ${body}`);

describe('copy', () => {
  const big = 'x'.repeat(2048);

  it('size= is a condition on the source: <N, N, >N, in bytes or with k/m (L7666-7690)', () => {
    const spec = { '/s/big': big, '/s/small': 'tiny' };
    const lt = run(copy('/s dest=/d r=1 size=<1k'), spec);
    expect([lt.exists('/d/small'), lt.exists('/d/big')]).toEqual([true, false]);
    const gt = run(copy('/s dest=/d r=1 size=>1kbytes'), spec);
    expect([gt.exists('/d/small'), gt.exists('/d/big')]).toEqual([false, true]);
    const eq = run(copy('/s dest=/d r=1 size=4'), spec);
    expect([eq.exists('/d/small'), eq.exists('/d/big')]).toEqual([true, false]);
    expect(run(copy('/s dest=/d r=1 size=lots'), spec).log).toContain('copy: size=lots is not a size');
  });

  it('symlink= and LinkCopies link instead of copying (L7622, L7694)', () => {
    const spec = { '/s/a.so': 'lib', '/s/b': 'b' };
    const r = run(copy('/s dest=/d r=1 symlink=*.so'), spec);
    expect([r.link('/d/a.so'), r.read('/d/b')]).toEqual(['/s/a.so', 'b']);
    const rel = run(copy('/s dest=/d r=1 linktype=relative', ' LinkCopies = ( b )\n'.replace(/^/, 'control:\n')), spec);
    expect(rel.link('/d/b')).toBe('./../s/b');
  });

  it('ExcludeCopy leaves names out of every copy; include= narrows a tree copy', () => {
    const spec = { '/s/a.conf': '1', '/s/b.bak': '2', '/s/c.conf': '3' };
    const r = run(copy('/s dest=/d r=1 include=*.conf exclude=c*', 'control:\n ExcludeCopy = ( *.bak )\n'), spec);
    expect([r.exists('/d/a.conf'), r.exists('/d/b.bak'), r.exists('/d/c.conf')]).toEqual([true, false, false]);
  });

  it('purge=true removes from the image what the source does not have (L7710)', () => {
    const spec = { '/s/keep': 'k', '/d/keep': 'k', '/d/stale': 'old', '/d/gone/x': 'old' };
    const r = run(copy('/s dest=/d r=inf purge=true define=synced'), spec);
    expect([r.exists('/d/keep'), r.exists('/d/stale'), r.exists('/d/gone')]).toEqual([true, false, false]);
    expect(r.result.classes).toContain('synced');
    expect(run(copy('/s dest=/d r=inf'), spec).exists('/d/stale')).toBe(true);
  });

  it('action=warn reports without copying; action=silent copies without a word (L7598-7603)', () => {
    const warn = run(copy('/s/f dest=/d/f action=warn define=copied'), { '/s/f': 'new' });
    expect(warn.exists('/d/f')).toBe(false);
    expect(warn.log).toContain('Image file /d/f is missing (source /s/f)');
    expect(warn.result.classes).not.toContain('copied');
    const silent = run(copy('/s/f dest=/d/f action=silent'), { '/s/f': 'new' });
    expect([silent.read('/d/f'), silent.log]).toEqual(['new', '']);
  });

  it('links in the source are copied as links (L7612)', () => {
    const r = run(copy('/s dest=/d r=1'), { '/s/f': 'x', '/s/l': { link: 'f' } });
    expect([r.link('/d/l'), r.read('/d/f')]).toEqual(['f', 'x']);
  });
});

describe('tidy', () => {
  it('size= in kilobytes by default (b, k, m); size=empty only empty files (L10688-10702)', () => {
    const spec = { '/t/big': 'x'.repeat(3000), '/t/small': 'x'.repeat(100), '/t/empty': '' };
    const r = run(tidy('/t pattern=* age=0 size=2'), spec);
    expect([r.exists('/t/big'), r.exists('/t/small'), r.exists('/t/empty')]).toEqual([false, true, true]);
    const b = run(tidy('/t pattern=* age=0 size=100b'), spec);
    expect([b.exists('/t/big'), b.exists('/t/small'), b.exists('/t/empty')]).toEqual([false, false, true]);
    const e = run(tidy('/t pattern=* age=0 size=empty'), spec);
    expect([e.exists('/t/big'), e.exists('/t/small'), e.exists('/t/empty')]).toEqual([true, true, false]);
  });

  it('type=ctime ages by the change time: a file the run changed is new by it, though old by mtime (L10715-10721)', () => {
    const spec = { '/t/a': { age: 10 } };
    const changedThen = (type: string) =>
      run(policyOf('files tidy', `files:\n /t/a mode=600 action=fixall\ntidy:\n /t pattern=* age=5 type=${type}`), spec);
    const byChange = changedThen('ctime');
    expect([byChange.exists('/t/a'), byChange.mode('/t/a')]).toEqual([true, '600']);
    expect(changedThen('mtime').exists('/t/a')).toBe(false);
    // A dry run plans the same: the overlay's chmod stamps the change time too.
    expect(run(policyOf('files tidy', 'files:\n /t/a mode=600 action=fixall\ntidy:\n /t pattern=* age=5 type=ctime'), spec,
      { dryRun: true }).result.changes).toEqual([{ op: 'chmod', path: '/t/a', mode: '0600' }]);
  });

  it('links to directories are kept unless dirlinks=delete; links=tidy removes links to nothing (L10664-10725)', () => {
    const spec = { '/t/dir/x': 'x', '/t/dl': { link: '/t/dir' }, '/t/dead': { link: '/none' }, '/t/keep.txt': 'k' };
    const kept = run(tidy('/t pattern=d* age=0'), spec);
    expect([kept.exists('/t/dl'), kept.exists('/t/dead')]).toEqual([true, false]);
    const del = run(tidy('/t pattern=dl age=0 dirlinks=delete'), spec);
    expect([del.exists('/t/dl'), del.exists('/t/dir/x')]).toEqual([false, true]);
    const links = run(tidy('/t pattern=*.tmp age=0 links=tidy'), spec);
    expect([links.exists('/t/dead'), links.exists('/t/dl'), links.exists('/t/keep.txt')]).toEqual([false, true, true]);
  });

  it('in home directories each user gets ~/.cfengine.rm listing what went, owned by root (L10782-10789)', () => {
    const policy = 'control:\n actionsequence = ( tidy )\n mountpattern = ( /home )\n homepattern = ( u1 )\n' +
      'tidy:\n home pattern=core r=inf age=0\n';
    const r = run(policy, {
      '/etc/passwd': 'al:x:1001:100::/home/u1/al:/bin/sh\nbo:x:1002:100::/home/u1/bo:/bin/sh\n',
      '/home/u1/al/core': 'c', '/home/u1/al/src/core': 'c', '/home/u1/al/keep': 'k', '/home/u1/bo/notes': 'n',
    }, { owners: { '/home/u1/al': { uid: 1001, gid: 100 } } });
    expect(r.read('/home/u1/al/.cfengine.rm')).toBe('/home/u1/al/src/core\n/home/u1/al/core\n');
    expect([r.owner('/home/u1/al/.cfengine.rm'), r.mode('/home/u1/al/.cfengine.rm')]).toEqual(['0:0', '644']);
    expect(r.exists('/home/u1/bo/.cfengine.rm')).toBe(false);
  });
});

describe('disable', () => {
  it('type= disables only plain files or only links; a link is deleted (L8074-8092)', () => {
    const spec = { '/etc/a': 'x', '/etc/l': { link: '/etc/a' } };
    const plain = run(disable('/etc/a type=plain\n /etc/l type=plain'), spec);
    expect([plain.exists('/etc/a.cfdisabled'), plain.exists('/etc/l')]).toEqual([true, true]);
    const links = run(disable('/etc/a type=link\n /etc/l type=links'), spec);
    expect([links.exists('/etc/a'), links.exists('/etc/l'), links.exists('/etc/l.cfdisabled')]).toEqual([true, false, false]);
  });

  it('size= is a further condition, in bytes by default (L8150-8173)', () => {
    const spec = { '/var/log/big': 'x'.repeat(500), '/var/log/small': 'x' };
    const r = run(disable('/var/log/big size=>400 rotate=empty\n /var/log/small size=>400 rotate=empty'), spec);
    expect([r.read('/var/log/big'), r.read('/var/log/small')]).toEqual(['', 'x']);
  });

  it('rotate= leaves an empty file with the same mode and owner (L8113-8120)', () => {
    const r = run(disable('/var/log/m rotate=2'), { '/var/log/m': { mode: 0o640, content: 'log' } },
      { owners: { '/var/log/m': { uid: 33, gid: 4 } } });
    expect([r.read('/var/log/m'), r.mode('/var/log/m'), r.owner('/var/log/m')]).toEqual(['', '640', '33:4']);
    expect([r.read('/var/log/m.1'), r.owner('/var/log/m.1')]).toEqual(['log', '33:4']);
  });
});

describe('a directory that cannot be read', () => {
  it('is reported and passed over; the rest of the sweep goes on', async () => {
    const { MemoryHost } = await import('../../host/memory/memory-host.js');
    const { HostError } = await import('../../host/core/host-interface.js');
    const { runPolicyOn } = await import('../../host/api/runtime.js');
    const { runtime, volume, NOW } = await import('./helpers.js');
    const vol = volume({ '/t/locked/old': { age: 10 }, '/t/open/old': { age: 10 } });
    class Guarded extends MemoryHost {
      list(path: string) {
        if (path === '/t/locked') throw new HostError('EACCES', `${path}: permission denied`);
        return super.list(path);
      }
    }
    const r = runPolicyOn(runtime, tidy('/t pattern=old r=inf age=1'), new Guarded(vol, { now: NOW }), { now: NOW, hostname: 'h' });
    expect(r.log.map(l => l.message)).toContain('cfengine:h: cannot read directory /t/locked (/t/locked: permission denied); passed over');
    expect([vol.existsSync('/t/open/old'), vol.existsSync('/t/locked/old')]).toEqual([false, true]);
  });
});

describe('copy by time', () => {
  it('a newer master is copied even when the contents are the same; an older one is not (L7678)', () => {
    const newer = run(copy('/s/f dest=/d/f'), { '/s/f': { content: 'same', age: 1 }, '/d/f': { content: 'same', age: 5 } });
    expect(newer.result.changes.map(c => c.op)).toEqual(['link', 'write']);
    expect(newer.read('/d/f.cfsaved')).toBe('same');
    const older = run(copy('/s/f dest=/d/f'), { '/s/f': { content: 'new', age: 5 }, '/d/f': { content: 'old', age: 1 } });
    expect([older.read('/d/f'), older.result.changes]).toEqual(['old', []]);
  });
});

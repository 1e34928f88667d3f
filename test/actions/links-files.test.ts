/**
 * links beyond the corpus (L9546-9960): hard links, absolute and relative targets, links to
 * nothing (nofile=/deadlinks=), copy= instead of a link, +> with recurse= and exclusions,
 * linkchildren through the binary servers' mountables; and the files actions that meet links
 * or make things: links=tidy, create, touch, `/dir/.`, home/sub, compress, linkchildren.
 */
import { describe, expect, it } from 'vitest';
import { DAY, NOW, policyOf, run } from './helpers.js';

const links = (body: string) => policyOf('links', `links:\n ${body}`);
const files = (line: string) => policyOf('files', `files:\n ${line}`);

describe('links', () => {
  it('type=hard links the same file; a second run finds it made (L9930)', () => {
    const r = run(links('/a/new -> /a/old type=hard'), { '/a/old': 'data' });
    expect(r.vol.lstatSync('/a/new').isSymbolicLink()).toBe(false);
    expect(Number(r.vol.statSync('/a/new').ino)).toBe(Number(r.vol.statSync('/a/old').ino));
    expect(r.result.changes).toEqual([{ op: 'link', path: '/a/new', target: '/a/old' }]);
    const again = run(links('/a/new -> /a/old type=hard'), { '/a/old': 'data' });
    expect(again.result.changes).toEqual([{ op: 'link', path: '/a/new', target: '/a/old' }]);
    const dir = run(links('/a/d2 -> /a/d type=hard'), { '/a/d': { dir: true } });
    expect(dir.log).toContain('Cannot make a hard link /a/d2 to /a/d: not a plain file');
  });

  it('type=absolute follows links in the target to its true path; relative uses ./.. (L9888-9926)', () => {
    const abs = run(links('/var/tmp/cf -> /local/cfengine type=absolute'),
      { '/site/host/local/cfengine': 'x', '/local': { link: '/site/host/local' }, '/var/tmp/.keep': '' });
    expect(abs.link('/var/tmp/cf')).toBe('/site/host/local/cfengine');
    const rel = run(links('/var/tmp/cf -> /local/cfengine type=relative'), { '/local/cfengine': 'x' });
    expect(rel.link('/var/tmp/cf')).toBe('./../../local/cfengine');
  });

  it('no link to a file that does not exist unless nofile=force; a dead link is reported or killed', () => {
    const refused = run(links('/l -> /missing'), {});
    expect(refused.exists('/l')).toBe(false);
    expect(refused.log).toContain('Cannot link /l to /missing: it does not exist');
    const forced = run(links('/l -> /missing nofile=force'), {});
    expect(forced.link('/l')).toBe('/missing');
    const dead = { '/l': { link: '/missing' } };
    expect(run(links('/l -> /missing'), dead).log).toContain('Link /l points to /missing, which does not exist');
    const killed = run(links('/l -> /missing deadlinks=kill'), dead);
    expect(killed.exists('/l')).toBe(false);
  });

  it('copy= (and CopyLinks) copies matching files instead of linking them (L9668)', () => {
    const r = run(links('/usr/local/bin +> /opt/bin copy=*.sh'), { '/opt/bin/a.sh': 'script', '/opt/bin/b': 'bin' });
    expect(r.vol.lstatSync('/usr/local/bin/a.sh').isSymbolicLink()).toBe(false);
    expect(r.read('/usr/local/bin/a.sh')).toBe('script');
    expect(r.link('/usr/local/bin/b')).toBe('/opt/bin/b');
    const global = run(policyOf('links', 'control:\n CopyLinks = ( b )\nlinks:\n /x -> /opt/bin/b'), { '/opt/bin/b': 'bin' });
    expect(global.read('/x')).toBe('bin');
  });

  it('+> recurse= makes directories and links inside; exclude= and ExcludeLinks leave names out (L9705-9725)', () => {
    const spec = { '/opt/t/a': '1', '/opt/t/sub/b': '2', '/opt/t/sub/deep/c': '3', '/opt/t/skip.o': '4' };
    // recurse=N counts the top's children as the first level, as the agent does: 2 is one directory down.
    const r = run(links('/u +> /opt/t recurse=2 exclude=*.o'), spec);
    expect(r.vol.lstatSync('/u/sub').isDirectory()).toBe(true);
    expect([r.link('/u/a'), r.link('/u/sub/b')]).toEqual(['/opt/t/a', '/opt/t/sub/b']);
    expect([r.exists('/u/sub/deep'), r.exists('/u/skip.o')]).toEqual([false, false]);
    const one = run(links('/u +> /opt/t recurse=1'), spec);
    expect([one.link('/u/a'), one.exists('/u/sub')]).toEqual(['/opt/t/a', false]);
    const flat = run(policyOf('links', 'control:\n ExcludeLinks = ( a )\nlinks:\n /u +> /opt/t'), spec);
    expect([flat.exists('/u/a'), flat.link('/u/sub')]).toEqual([false, '/opt/t/sub']);
  });

  it('+> linkchildren finds the directory on a binary server\'s filesystem (L9800-9866)', () => {
    const policy = 'control:\n actionsequence = ( links )\nbinservers:\n any:: server1\nmountables:\n server1:/site/server1/local\n' +
      'links:\n /usr/local/lib/emacs +> linkchildren\n';
    const r = run(policy, { '/site/server1/local/lib/emacs/lisp': 'x', '/site/server1/local/lib/emacs/etc': 'y' });
    expect([r.link('/usr/local/lib/emacs/lisp'), r.link('/usr/local/lib/emacs/etc')])
      .toEqual(['/site/server1/local/lib/emacs/lisp', '/site/server1/local/lib/emacs/etc']);
    const none = run(policy.replace('server1:/', 'other:/'), { '/site/server1/local/lib/emacs/lisp': 'x' });
    expect(none.log).toContain('linkchildren: no binary server filesystem (mountables) holds /usr/local/lib/emacs');
  });

  it('->! moves a directory in the way aside (.cfsaved.dir); a leading ./ does not make a link different', () => {
    const r = run(links('/a/d ->! /t'), { '/a/d/inner': 'x', '/t/f': 'y' });
    expect(r.link('/a/d')).toBe('/t');
    const moved = (r.vol.readdirSync('/a') as string[]).find(n => n.endsWith('.cfsaved.dir'))!;
    expect(moved).toMatch(/^d_1800000000_.*_\.cfsaved\.dir$/);
    expect(r.read(`/a/${moved}/inner`)).toBe('x');
    const same = run(links('/a/l -> ./f'), { '/a/f': 'x', '/a/l': { link: 'f' } });
    expect(same.result.changes).toEqual([]);
    expect(same.log).not.toContain('points somewhere else');
    const plain = run(links('/a/f2 -> /a/f'), { '/a/f': 'x', '/a/f2': 'file' });
    expect(plain.log).toContain('Cannot make link: /a/f2 exists and is not a link!');
  });

  it('action=silent says nothing of what it links', () => {
    const r = run(links('/l -> /f action=silent'), { '/f': 'x' });
    expect(r.link('/l')).toBe('/f');
    expect(r.log).toBe('');
  });
});

describe('files: links, create, touch, home, compress, linkchildren', () => {
  it('links=tidy removes links to nothing met in the sweep; other links stay (L8970)', () => {
    const spec = { '/d/dead': { link: '/nowhere' }, '/d/good': { link: '/d/f' }, '/d/f': 'x' };
    const r = run(files('/d r=inf links=tidy action=fixall define=tidied'), spec);
    expect([r.exists('/d/dead'), r.exists('/d/good')]).toEqual([false, true]);
    expect(r.result.classes).toContain('tidied');
    expect(run(files('/d r=inf action=fixall'), spec).exists('/d/dead')).toBe(true);
  });

  it('create leaves an existing file alone; touch re-stamps it and fixes its mode (L9166-9198)', () => {
    const spec = { '/f': { mode: 0o600, age: 10 } };
    const created = run(files('/f mode=644 action=create'), spec);
    expect([created.mode('/f'), Number(created.vol.statSync('/f').mtimeMs) / 1000]).toEqual(['600', NOW - 10 * DAY]);
    const touched = run(files('/f mode=644 action=touch'), spec);
    expect([touched.mode('/f'), Number(touched.vol.statSync('/f').mtimeMs) / 1000]).toEqual(['644', NOW]);
    const made = run(files('/new mode=640 action=create'), {});
    expect(made.mode('/new')).toBe('640');
  });

  it('touching /a/b/. makes the directory (L9003)', () => {
    const r = run(files('/a/b/. mode=750 action=touch'), { '/a/x': '' });
    expect(r.vol.statSync('/a/b').isDirectory()).toBe(true);
    expect(r.mode('/a/b')).toBe('750');
  });

  it('home/www checks that subdirectory of every home directory (L9093-9105)', () => {
    const policy = 'control:\n actionsequence = ( files )\n mountpattern = ( /home )\n homepattern = ( u? )\n' +
      'files:\n home/www mode=a+r r=inf action=fixall\n';
    const r = run(policy, {
      '/etc/passwd': 'alice:x:1001:100::/home/u1/alice:/bin/sh\n', '/home/u1/alice/www/i.html': { mode: 0o600 },
      '/home/u1/alice/private': { mode: 0o600 },
    });
    expect([r.mode('/home/u1/alice/www/i.html'), r.mode('/home/u1/alice/private')]).toEqual(['644', '600']);
  });

  it('action=compress runs the CompressCommand on each plain file not compressed yet', () => {
    const r = run(policyOf('files', 'control:\n CompressCommand = ( /bin/gzip )\nfiles:\n /var/log r=1 include=*.1 action=compress'),
      { '/var/log/a.1': 'x', '/var/log/b.1.gz': 'x', '/var/log/c': 'x' }, { exec: () => ({ status: 0, output: '' }) });
    // The file goes as "$1" (the host resolves it: under --root, inside the root); shown quoted.
    expect(r.commands).toEqual(['/bin/gzip "$1"']);
    expect(r.execPaths).toEqual([['/var/log/a.1']]);
    expect(r.result.changes).toEqual([{ op: 'exec', command: "/bin/gzip '/var/log/a.1'" }]);
    const dry = run(files('/var/log r=1 action=compress'), { '/var/log/a.1': 'x' }, { dryRun: true });
    expect(dry.commands).toEqual([]);
    expect(dry.log).toContain("would run gzip '/var/log/a.1'");
  });

  it('action=compress gives the shell a file name as one word, whatever a user named it', () => {
    // The command runs through /bin/sh: unquoted, `a;touch x` ran `touch x` (as root).
    const r = run(files('/var/log r=1 action=compress'),
      { "/var/log/a;touch x $(id) `id`.1": 'x', "/var/log/it's.1": 'x' }, { exec: () => ({ status: 0, output: '' }) });
    expect(r.commands).toEqual(['gzip "$1"', 'gzip "$1"']);
    expect(r.execPaths).toEqual([['/var/log/a;touch x $(id) `id`.1'], ["/var/log/it's.1"]]);
    expect(r.result.changes).toEqual([
      { op: 'exec', command: "gzip '/var/log/a;touch x $(id) `id`.1'" }, { op: 'exec', command: "gzip '/var/log/it'\\''s.1'" }]);
  });

  it('action=linkchildren links from the binary server and sets the links\' owner (L9131-9145)', () => {
    const policy = 'control:\n actionsequence = ( files )\nmountables:\n h:/site/h/local\n' +
      'files:\n /local/lib/emacs o=daemon g=daemon act=linkchildren\n';
    const r = run(policy, { '/site/h/local/lib/emacs/lisp': 'x' });
    expect(r.link('/local/lib/emacs/lisp')).toBe('/site/h/local/lib/emacs/lisp');
    expect(r.owner('/local/lib/emacs/lisp')).toBe('1:1');
  });
});

describe('sweeps are bounded and say what they pass over', () => {
  it('a link back to a directory being swept is followed once, with a warning (links=traverse)', () => {
    const r = run(files('/d r=inf links=traverse mode=600 action=fixall'), { '/d/f': 'x', '/d/sub/g': 'y', '/d/sub/up': { link: '/d' } });
    expect(r.log).toContain('link /d/sub/up leads back to a directory already swept; not followed');
    expect([r.mode('/d/f'), r.mode('/d/sub/g')]).toEqual(['600', '600']);
  });

  it('names of only dots and spaces are reported (L5689)', () => {
    const r = run(files('/d r=1 action=warnall'), { '/d/.. .': 'hidden', '/d/ok': 'x' });
    expect(r.log).toContain('Suspicious file name ".. ." in /d');
    expect(r.log).not.toContain('"ok"');
  });
});

/**
 * The filesystem actions beyond the corpus, in the in-memory host with a pinned clock: modes
 * (octal and symbolic), recursion depth, wildcards in directory names, include/exclude
 * precedence (L2371), links, disable, copy and tidy age boundaries.
 */
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { DAY, NOW, run, runtime, volume } from './helpers.js';
import type { Spec } from './helpers.js';

const files = (line: string) => `control:\n actionsequence = ( files )\nfiles:\n ${line}\n`;

describe('files (L8814-9200)', () => {
  it('octal, +/- and symbolic modes (L8906-8920)', () => {
    const r = run(files('/d/a mode=600 action=fixall\n /d/b mode=+111,-004 action=fixall\n /d/c mode=u=rwx,go+r action=fixall'),
      { '/d/a': 'x', '/d/b': 'x', '/d/c': { mode: 0o600 } });
    expect([r.mode('/d/a'), r.mode('/d/b'), r.mode('/d/c')]).toEqual(['600', '751', '744']);
  });

  it('for directories, read brings execute (L9047-9065)', () => {
    const r = run(files('/d mode=a+rw r=inf act=fixall'), { '/d/f': { mode: 0o600 }, '/d/sub': { dir: true, mode: 0o700 } });
    expect([r.mode('/d/f'), r.mode('/d/sub')]).toEqual(['666', '777']);
  });

  it('recurse=N limits the depth (L8926)', () => {
    const r = run(files('/d mode=600 recurse=1 action=fixplain'), { '/d/f': 'x', '/d/s/g': 'x', '/d/s/t/h': 'x' });
    expect([r.mode('/d/f'), r.mode('/d/s/g'), r.mode('/d/s/t/h')]).toEqual(['600', '644', '644']);
  });

  it('exclude= overrides include= (L2371)', () => {
    const r = run(files('/d mode=600 recurse=inf include=*.conf exclude=skip* action=fixall'),
      { '/d/a.conf': 'x', '/d/skip.conf': 'x', '/d/b.txt': 'x' });
    expect([r.mode('/d/a.conf'), r.mode('/d/skip.conf'), r.mode('/d/b.txt')]).toEqual(['600', '644', '644']);
  });

  it('a wildcard in a directory name makes every matching directory a start (L2279-2305)', () => {
    const r = run(files('/usr/*/bin mode=700 action=fixdirs'), { '/usr/a/bin/x': 'x', '/usr/b/bin/y': 'x', '/usr/c/lib/z': 'x' });
    expect([r.mode('/usr/a/bin'), r.mode('/usr/b/bin'), r.mode('/usr/c/lib')]).toEqual(['700', '700', '755']);
  });

  it('warnall warns and changes nothing; define= only when something was fixed (L8990)', () => {
    const warn = run(files('/f mode=600 action=warnall define=fixed'), { '/f': 'x' });
    expect(warn.mode('/f')).toBe('644');
    expect(warn.log).toContain('/f has permission 644 [should be 600]');
    expect(warn.result.classes).not.toContain('fixed');
    expect(run(files('/f mode=600 action=fixall define=fixed'), { '/f': 'x' }).result.classes).toContain('fixed');
  });

  it('touch creates a missing file and updates an existing one (L9165)', () => {
    const r = run(files('/new mode=640 action=touch\n /old action=touch'), { '/old': { age: 10 }, '/x': 'x' });
    expect(r.mode('/new')).toBe('640');
    expect(Number(r.vol.statSync('/old').mtimeMs) / 1000).toBe(NOW);
  });

  it('options abbreviate to any unique prefix, in either case; an ambiguous one is reported (L8876)', () => {
    expect(run(files('/f m=600 a=fixall'), { '/f': 'x' }).mode('/f')).toBe('600');
    expect(run(files('/f MODE=600 Act=fixall'), { '/f': 'x' }).mode('/f')).toBe('600');
    const r = run(files('/f mode=600 in=x action=fixall'), { '/f': 'x' });
    expect(r.log).toMatch(/ambiguous option in \(include, inform\); ignored/);
  });
});

describe('directories, links, disable, copy, tidy', () => {
  it('directories: intermediate directories 755, the last one its mode, an existing one fixed (L7954)', () => {
    const r = run('control:\n actionsequence = ( directories )\ndirectories:\n /a/b/c mode=700\n /e mode=750\n',
      { '/e': { dir: true, mode: 0o777 } });
    expect([r.mode('/a'), r.mode('/a/b'), r.mode('/a/b/c'), r.mode('/e')]).toEqual(['755', '755', '700', '750']);
  });

  it('links: relative type; a link pointing elsewhere is left unless forced (L9600-9651)', () => {
    const r = run('control:\n actionsequence = ( links )\nlinks:\n /usr/bin/tool -> /opt/tool/bin/tool type=relative\n' +
      ' /l1 -> /t1\n /l2 ->! /t1\n', { '/opt/tool/bin/tool': 'x', '/l1': { link: '/other' }, '/l2': { link: '/other' }, '/t1': 'x' });
    expect(String(r.vol.readlinkSync('/usr/bin/tool'))).toBe('./../../opt/tool/bin/tool');
    expect(String(r.vol.readlinkSync('/l1'))).toBe('/other');
    expect(String(r.vol.readlinkSync('/l2'))).toBe('/t1');
    expect(r.log).toContain('Old link /l1 points somewhere else. Doing nothing!');
  });

  it('disable renames to .cfdisabled with mode 600; rotate=2 keeps two old copies (L8014-8187)', () => {
    const r = run('control:\n actionsequence = ( disable )\ndisable:\n /etc/hosts.equiv\n /var/log/x rotate=2\n',
      { '/etc/hosts.equiv': '+\n', '/var/log/x': 'new\n', '/var/log/x.1': 'older\n' });
    expect(r.exists('/etc/hosts.equiv')).toBe(false);
    expect(r.mode('/etc/hosts.equiv.cfdisabled')).toBe('600');
    expect(r.vol.readFileSync('/var/log/x.1', 'utf8')).toBe('new\n');
    expect(r.vol.readFileSync('/var/log/x.2', 'utf8')).toBe('older\n');
    expect(r.vol.readFileSync('/var/log/x', 'utf8')).toBe('');
  });

  it('copy: only newer sources by default, checksum compares contents; the old copy kept (L7536-7834)', () => {
    const spec: Spec = { '/src/a': 'new a\n', '/dst/a': 'old a\n' };
    const byTime = run('control:\n actionsequence = ( copy )\ncopy:\n /src/a dest=/dst/a\n', spec);
    expect(byTime.vol.readFileSync('/dst/a', 'utf8')).toBe('old a\n'); // same mtimes: not newer
    const bySum = run('control:\n actionsequence = ( copy )\ncopy:\n /src/a dest=/dst/a type=checksum define=copied\n', spec);
    expect(bySum.vol.readFileSync('/dst/a', 'utf8')).toBe('new a\n');
    expect(bySum.vol.readFileSync('/dst/a.cfsaved', 'utf8')).toBe('old a\n');
    expect(bySum.result.classes).toContain('copied');
  });

  it('copy with server= on a host that cannot reach servers says so, once per server (test/fleet has real ones)', () => {
    const r = run('control:\n actionsequence = ( copy )\ncopy:\n /src/a dest=/dst/a server=host1\n /src/b dest=/dst/b server=host1\n', { '/src/a': 'x' });
    expect(r.log.match(/cannot copy from host1: this host cannot reach cfengine servers/g)).toHaveLength(1);
    expect(r.vol.existsSync('/dst/a')).toBe(false);
  });

  it('tidy: age boundaries with a pinned clock, patterns, rmdirs (L10600-10789)', () => {
    const policy = 'control:\n actionsequence = ( tidy )\ntidy:\n /tmp pattern=*.tmp age=7 recurse=inf rmdirs=true\n';
    const r = run(policy, {
      '/tmp/old.tmp': { age: 8 }, '/tmp/edge.tmp': { age: 7 }, '/tmp/young.tmp': { age: 6 }, '/tmp/old.keep': { age: 30 },
      '/tmp/sub/old.tmp': { age: 9 },
    });
    expect([r.exists('/tmp/old.tmp'), r.exists('/tmp/edge.tmp'), r.exists('/tmp/young.tmp'), r.exists('/tmp/old.keep')])
      .toEqual([false, false, true, true]);
    expect(r.exists('/tmp/sub')).toBe(false); // emptied, so removed
  });

  it('the manual\'s short forms win a shared prefix: r= is recurse in tidy, o= owner in copy (L10638, L7733)', () => {
    const r = run('control:\n actionsequence = ( tidy copy )\ntidy:\n /tmp p=*.tmp a=1 r=inf\n' +
      'copy:\n /src/a dest=/dst/a M=600 s=1\n', {
      '/tmp/sub/deep/old.tmp': { age: 3 }, '/src/a': 'x', '/dst/.keep': '',
    });
    expect(r.exists('/tmp/sub/deep/old.tmp')).toBe(false);
    expect(r.mode('/dst/a')).toBe('600');
    // s= is size, symlink and server: none of them a short form, so it is ambiguous and ignored.
    expect(r.log).toContain("policy.cf:6:2: ambiguous option s (symlink, size, server, syslog, secure, stealth); ignored");
  });

  it('resolve: domain first, the nameservers in the order given, other lines kept; a second run changes nothing (L10411-10478)', () => {
    const policy = 'control:\n actionsequence = ( resolve )\n domain = ( UiO.no )\nresolve:\n 129.240.22.35\n 129.240.22.222\n' +
      ' "# Comment line"\n "order bind, files"\n';
    const r = run(policy, { '/etc/resolv.conf': 'domain old.example\nsearch x.example\nnameserver 129.240.22.222\nnameserver 10.0.0.1\n' });
    const after = r.vol.readFileSync('/etc/resolv.conf', 'utf8');
    expect(after).toBe('domain uio.no\nnameserver 129.240.22.35\nnameserver 129.240.22.222\n# Comment line\norder bind, files\n' +
      'search x.example\nnameserver 10.0.0.1\n');
    expect(r.vol.readFileSync('/etc/resolv.conf.cfsaved', 'utf8')).toBe('domain old.example\nsearch x.example\nnameserver 129.240.22.222\nnameserver 10.0.0.1\n');
    const vol2 = volume({ '/etc/resolv.conf': after });
    const again = runPolicyOn(runtime, policy, new MemoryHost(vol2, { now: NOW }), { now: NOW, hostname: 'h' });
    expect(again.exitCode).toBe(0);
    expect(vol2.existsSync('/etc/resolv.conf.cfsaved')).toBe(false);
  });

  it('resolve without a domain: the nameservers only, and a warning', () => {
    const r = run('control:\n actionsequence = ( resolve )\nresolve:\n 10.1.1.1\n', { '/etc/hosts': '' });
    expect(r.vol.readFileSync('/etc/resolv.conf', 'utf8')).toBe('nameserver 10.1.1.1\n');
    expect(r.log).toMatch(/resolve: the domain variable is not set/);
  });

  it('required/disks: missing, too small, too few entries and too little free space warn and define= (L10333-10410)', () => {
    const policy = 'control:\n actionsequence = ( required )\n sensiblesize = ( 10 )\nrequired:\n /usr/local define=nolocal\n' +
      ' /etc/big freespace=2mb define=full\n /etc/small\n /nosuch\ndisks:\n /home freespace=512 define=homefull\n';
    const spec: Spec = { '/usr/local/only': '', '/etc/big': '0123456789ab', '/etc/small': 'tiny', '/home/a': '', '/home/b': '' };
    const vol = volume(spec);
    const result = runPolicyOn(runtime, policy, new MemoryHost(vol, { now: NOW, freeSpace: 1024 * 1024 }), { now: NOW, hostname: 'h' });
    const log = result.log.map(l => l.message);
    expect(log).toEqual(expect.arrayContaining([
      expect.stringContaining('required: /usr/local holds 1 entries, fewer than sensiblecount = 2'),
      expect.stringContaining('required: /etc/big has 1024 KB free, less than freespace = 2048 KB'),
      expect.stringContaining('required: /etc/small is 4 bytes, smaller than sensiblesize = 10'),
      expect.stringContaining('required: /nosuch does not exist'),
    ]));
    expect(log.join('\n')).not.toMatch(/required: \/home .*less than/); // 1024 KB free, 512 KB needed
    expect(result.classes).toEqual(expect.arrayContaining(['nolocal', 'full']));
    expect(result.classes).not.toContain('homefull');
  });

  it('required freespace= where the host cannot tell (memory without freeSpace) says so', () => {
    const r = run('control:\n actionsequence = ( disks )\ndisks:\n /home freespace=1g\n', { '/home/a': '', '/home/b': '' });
    expect(r.log).toMatch(/required: cannot tell the free space of \/home: free space is not known in memory/);
  });

  it('checktimezone compares the first three characters of each timezone value with the host\'s zone (L7430-7445)', () => {
    const check = (zones: string, timezone: string) => runPolicyOn(runtime, `control:\n actionsequence = ( checktimezone )\n${zones}`,
      new MemoryHost(volume({}), { now: NOW }), { now: NOW, hostname: 'h', timezone }).log.map(l => `${l.level} ${l.message}`);
    expect(check(' timezone = ( MET CET )\n', 'CET')).toEqual(['info cfengine:h: checktimezone: the time zone is CET, as the timezone variable says']);
    expect(check(' timezone = ( METDST )\n', 'MET')).toEqual(['info cfengine:h: checktimezone: the time zone is MET, as the timezone variable says']);
    expect(check(' timezone = ( EST )\n', 'UTC')).toEqual([
      'warning cfengine:h: checktimezone: the time zone of this host is UTC, not EST as the timezone variable says (cfengine does not change it)']);
    expect(check('', 'UTC')).toEqual(['warning cfengine:h: checktimezone: the timezone control variable is not set; nothing to check']);
  });

  it('dry run: every action says what it would do and the tree is untouched', () => {
    const spec: Spec = { '/f': 'x', '/tmp/old.tmp': { age: 30 }, '/etc/hosts.equiv': '+\n' };
    const r = run('control:\n actionsequence = ( files tidy disable links )\nfiles:\n /f mode=600 action=fixall\n' +
      'tidy:\n /tmp pattern=*.tmp age=1\ndisable:\n /etc/hosts.equiv\nlinks:\n /l -> /f\n', spec, { dryRun: true });
    expect(r.mode('/f')).toBe('644');
    expect(r.exists('/tmp/old.tmp') && r.exists('/etc/hosts.equiv') && !r.exists('/l')).toBe(true);
    expect(r.log).toMatch(/\/f would change from 644 to 600/);
    expect(r.log).toMatch(/would delete file \/tmp\/old.tmp/);
    expect(r.log).toMatch(/would disable\/rename file \/etc\/hosts.equiv/);
    expect(r.log).toMatch(/would link files \/l -> \/f/);
  });
});

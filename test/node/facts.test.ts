/** The Node host's time zone fact (checktimezone): tzname[0] from $TZ or /etc/localtime's footer. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as os from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { debianVersion, nodeFacts, nodeSystem, parseOsRelease, standardTimezone } from '../../host/node/facts.js';

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('standardTimezone', () => {
  it('reads a POSIX TZ string: the standard name, also in <…> form', () => {
    process.env.TZ = 'EST5EDT,M3.2.0,M11.1.0';
    expect(standardTimezone()).toBe('EST');
    process.env.TZ = '<+03>-3';
    expect(standardTimezone()).toBe('+03');
  });

  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Oslo'))('reads a zone name through the zoneinfo file\'s footer', () => {
    process.env.TZ = 'Europe/Oslo';
    expect(standardTimezone()).toBe('CET');
    process.env.TZ = 'America/New_York';
    expect(standardTimezone()).toBe('EST');
  });

  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Oslo'))('a leading colon (a zone file\'s name), a full path, an empty TZ, a name without digits', () => {
    process.env.TZ = ':Europe/Oslo';
    expect(standardTimezone()).toBe('CET');
    process.env.TZ = ':EST5EDT'; // a file of that name, whose footer is the same POSIX string
    expect(standardTimezone()).toBe('EST');
    process.env.TZ = ':<+03>-3';
    expect(standardTimezone()).toBe('+03');
    process.env.TZ = '/usr/share/zoneinfo/Europe/Oslo';
    expect(standardTimezone()).toBe('CET');
    process.env.TZ = ':/usr/share/zoneinfo/America/New_York';
    expect(standardTimezone()).toBe('EST');
    process.env.TZ = 'Europe/No_Such_Zone';
    expect(standardTimezone()).toBe('UTC');
    process.env.TZ = 'x9'; // too short a name to be one: no file of that name either
    expect(standardTimezone()).toBe('UTC');
    process.env.TZ = '9EST'; // a name must open the string
    expect(standardTimezone()).toBe('UTC');
    const noName = join(mkdtempSync(join(tmpdir(), 'cfwasm-tz-')), 'zone');
    writeFileSync(noName, 'TZif2 a zone file whose footer names no zone\n+0300\n');
    process.env.TZ = noName;
    expect(standardTimezone()).toBe('UTC');
    rmSync(dirname(noName), { recursive: true });
    process.env.TZ = 'EST'; // no offset: a zone file's name (the file's footer: "EST5")
    expect(standardTimezone()).toBe(existsSync('/usr/share/zoneinfo/EST') ? 'EST' : 'UTC');
  });

  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Oslo'))("nodeFacts takes the zone's name and the local time from the one zone file $TZ names (read once)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-tz-'));
    const zone = join(dir, 'zone');
    writeFileSync(zone, readFileSync('/usr/share/zoneinfo/Europe/Oslo'));
    const noon = Date.UTC(2024, 0, 15, 12) / 1000; // 13:00 in Oslo (CET, UTC+1)
    try {
      for (const tz of [zone, `:${zone}`]) {
        process.env.TZ = tz;
        const f = nodeFacts(noon);
        expect(f.timezone).toBe('CET');
        expect(f.hardClasses).toContain('Hr13');
        expect(f.hardClasses).toContain('GMT_Hr12');
      }
      process.env.TZ = join(dir, 'none'); // no file: no name, and UTC's hours
      expect(nodeFacts(noon).timezone).toBe('UTC');
      expect(nodeFacts(noon).hardClasses).toContain('Hr12');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('nodeSystem and nodeFacts: this machine as the system says', () => {
  /** os-release's fields, read here the plain way (one KEY=value a line, quotes taken off). */
  const release = (() => {
    for (const f of ['/etc/os-release', '/usr/lib/os-release']) {
      if (!existsSync(f)) continue;
      return Object.fromEntries(readFileSync(f, 'utf8').split('\n').filter(l => /^[A-Z0-9_]+=/.test(l))
        .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/^(["'])(.*)\1$/, '$2')]));
    }
    return {} as Record<string, string>;
  })();

  it('uname\'s names, the distribution (Debian\'s minor version from debian_version), the IPv4 interfaces', () => {
    const s = nodeSystem();
    expect(s.osClass).toBe(os.platform());
    expect(s.sysname).toBe(os.type().toLowerCase());
    expect(s.release).toBe(os.release());
    if (release.ID) {
      expect(s.distribution?.id).toBe(release.ID);
      if (release.VERSION_CODENAME) expect(s.distribution?.codename).toBe(release.VERSION_CODENAME);
      const full = release.ID === 'debian' && existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : '';
      expect(s.distribution?.version).toBe(/^\d+\.\d+$/.test(full) && full.startsWith(`${release.VERSION_ID}.`) ? full : release.VERSION_ID);
    }
    const v4 = Object.fromEntries(Object.entries(os.networkInterfaces())
      .map(([n, a]) => [n, (a ?? []).filter(x => x.family === 'IPv4').map(x => x.address)] as const).filter(([, a]) => a.length > 0));
    expect(s.interfaces).toEqual(v4);
    expect(Object.keys(v4).length).toBeGreaterThan(0); // loopback at least
  });

  it('the host names, ids, the clock given, the environment, the time classes of that clock', () => {
    process.env.TZ = 'UTC';
    const f = nodeFacts(1_700_000_000); // 2023-11-14 22:13:20 UTC, a Tuesday
    expect(f.fqhost).toBe(os.hostname());
    expect(f.hostname).toBe(os.hostname().split('.')[0]);
    expect(f.now).toBe(1_700_000_000);
    expect(f.pid).toBe(process.pid);
    expect(f.uid).toBe(process.getuid?.());
    expect(f.env.PATH).toBe(process.env.PATH);
    expect(f.hardClasses).toEqual(expect.arrayContaining([`${os.platform()}_${os.machine()}`, 'net_iface_lo', 'ipv4_127_0_0_1', 'Tuesday', 'Hr22', 'Min13', 'Yr2023', 'November', 'Day14']));
    expect(f.hardClasses).not.toContain(os.type().toUpperCase());
  });

  // Node takes a new TZ into Date only on the main thread (Stryker's runner is a worker thread).
  it.skipIf(!isMainThread)('the time classes are of local time: the zone\'s offset at that moment (summer time), not UTC\'s', () => {
    process.env.TZ = 'Europe/Oslo';
    // 2023-07-22 04:26:40 UTC is 06:26:40 in Oslo (UTC+2 in summer; +1 in January 1970).
    const f = nodeFacts(1_690_000_000);
    expect(f.hardClasses).toEqual(expect.arrayContaining(['Hr06', 'Min26', 'Saturday', 'Day22', 'July', 'Yr2023']));
    expect(f.hardClasses).not.toContain('Hr04');
    process.env.TZ = 'America/New_York'; // 2023-07-22 00:26:40 there, the day before
    expect(nodeFacts(1_690_000_000).hardClasses).toEqual(expect.arrayContaining(['Hr00', 'Day22', 'Saturday']));
    expect(nodeFacts(1_689_990_000).hardClasses).toEqual(expect.arrayContaining(['Hr21', 'Day21', 'Friday']));
  });

  it('without a clock given, the current second', () => {
    const before = Math.floor(Date.now() / 1000);
    const now = nodeFacts().now;
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });
});

describe('os-release and debian_version, as text', () => {
  it('KEY=value lines: double quotes with backslash escapes, single quotes as they are, bare words; other lines skipped', () => {
    expect(parseOsRelease([
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"',
      'NAME=\'Debian \\ GNU\'',
      'ID=debian',
      'VERSION_ID="12"   ',
      'QUOTED="say \\"hi\\" \\\\ \\$x"',
      'EMPTY=',
      'HOME_URL="https://www.debian.org/"\t',
      ' LEADING=space',
      'lower=case',
      'TWO=words here',
      'TAIL="x" y',
      'BARE=a\\\\b\\"c',
      '# a comment',
      '',
    ].join('\n'))).toEqual({
      PRETTY_NAME: 'Debian GNU/Linux 12 (bookworm)',
      NAME: 'Debian \\ GNU', // single quotes: a backslash is itself
      ID: 'debian',
      VERSION_ID: '12',
      QUOTED: 'say "hi" \\ $x',
      EMPTY: '',
      HOME_URL: 'https://www.debian.org/',
      BARE: 'a\\b"c',
    });
  });

  it('Debian\'s minor version: debian_version\'s MAJOR.MINOR when it is of VERSION_ID, else VERSION_ID', () => {
    expect(debianVersion('12', '12.11\n')).toBe('12.11');
    expect(debianVersion(undefined, '12.11')).toBe('12.11');
    expect(debianVersion('', '12.11')).toBe('12.11');
    expect(debianVersion('12', '13.1')).toBe('12');
    expect(debianVersion('1', '12.1')).toBe('1'); // "12.1" is not of version 1
    expect(debianVersion('13', 'trixie/sid')).toBe('13');
    expect(debianVersion('12', 'x12.11')).toBe('12');
    expect(debianVersion('12', '12.11x')).toBe('12');
    expect(debianVersion('12', '12')).toBe('12');
    expect(debianVersion(undefined, 'trixie/sid')).toBeUndefined();
    expect(debianVersion(undefined, 'x12.11')).toBeUndefined(); // the whole text a version, not its end
  });
});

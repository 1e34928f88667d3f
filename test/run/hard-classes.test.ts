/**
 * Hard classes (issue #22 item 11, L1690-1745): this machine's through `cfwasm classes`, compared
 * with a set worked out here from /etc/os-release, uname and the interfaces; the presets and facts
 * objects of the JS API; the quarter-hour and GMT classes of a pinned clock; the domain classes
 * the core defines once control sets `domain`; and test/cases/hard-classes, a case in the
 * conformance format, through the in-memory host (`cfwasm test`) and the Node host (`cfwasm run`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OS_PRESETS, run, timeClasses } from '../../host/api/index.js';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const CASE = join(REPO, 'test', 'cases', 'hard-classes');
const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-hard-classes-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** KEY=value pairs of an os-release file, quotes removed. */
function osRelease(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync('/etc/os-release', 'utf8').split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

const underscores = (s: string) => s.replace(/[^A-Za-z0-9]/g, '_');

/** What the agent would define on this machine, but for the time classes. */
function expectedHere(): Set<string> {
  const [sysname, release, machine] = execFileSync('uname', ['-s', '-r', '-m'], { encoding: 'utf8' }).trim().split(/\s+/);
  const sys = sysname.toLowerCase();
  const [major, minor] = release.split('.');
  const want = ['any', 'linux', os.hostname().split('.')[0],
    `${sys}_${underscores(`${major}.${minor}`)}`, underscores(`${sys}_${release}`),
    machine, `${sys}_${machine}`, underscores(`${sys}_${machine}_${release}`),
    ['x64', 'arm64', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'].includes(process.arch) ? '64_bit' : '32_bit'];
  const r = osRelease();
  if (r.ID) {
    want.push(r.ID);
    let version = r.VERSION_ID ?? '';
    if (r.ID === 'debian' && fs.existsSync('/etc/debian_version')) {
      const dv = fs.readFileSync('/etc/debian_version', 'utf8').trim();
      if (dv.startsWith(`${version}.`)) version = dv;
    }
    const v = version.split('.');
    if (v[0]) want.push(`${r.ID}_${v[0]}`);
    if (v[1]) want.push(`${r.ID}_${v[0]}_${v[1]}`);
    if (r.VERSION_CODENAME) want.push(`${r.ID}_${r.VERSION_CODENAME}`);
  }
  for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
    const v4 = (addresses ?? []).filter(a => a.family === 'IPv4');
    if (v4.length) want.push(`net_iface_${underscores(name)}`);
    for (const { address } of v4) {
      const o = address.split('.');
      want.push(`ipv4_${o[0]}`, `ipv4_${o[0]}_${o[1]}`, `ipv4_${o[0]}_${o[1]}_${o[2]}`, `ipv4_${o.join('_')}`);
    }
  }
  return new Set(want);
}

const TIME = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Hr\d\d|Hr\d\d_Q[1-4]|Q[1-4]|Min\d\d|Min\d\d_\d\d|Day\d+|Yr\d{4}|GMT_Hr\d+)$/;

/** The time classes of a UTC clock, written out here (not with the code under test). */
function utcTimeClasses(ms: number): string[] {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const m = d.getUTCMinutes();
  const q = `Q${1 + Math.floor(m / 15)}`;
  return [d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }), `Hr${two(d.getUTCHours())}`, `Min${two(m)}`,
    `Min${two(m - (m % 5))}_${two((m - (m % 5) + 5) % 60)}`, q, `Hr${two(d.getUTCHours())}_${q}`, `Day${d.getUTCDate()}`,
    d.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' }), `Yr${d.getUTCFullYear()}`, `GMT_Hr${d.getUTCHours()}`];
}

describe('cfwasm classes on this machine', () => {
  it.skipIf(os.platform() !== 'linux' || !fs.existsSync('/etc/os-release'))(
    'prints the OS, distribution, architecture, word size, interface and address classes uname and os-release give, and the time classes', () => {
      const before = Date.now();
      const r = cfwasm(['classes'], { env: { TZ: 'UTC' } });
      const after = Date.now();
      expect(r.status).toBe(0);
      const printed = r.stdout.trimEnd().split('\n');
      expect(new Set(printed).size).toBe(printed.length);
      expect(new Set(printed.filter(c => !TIME.test(c)))).toEqual(expectedHere());
      const time = printed.filter(c => TIME.test(c)).sort();
      expect([utcTimeClasses(before).sort(), utcTimeClasses(after).sort()]).toContainEqual(time);
    });
});

describe('hard classes in memory: os presets and facts', () => {
  const NOW = Date.UTC(2026, 0, 5, 5, 20) / 1000; // Monday 05:20 UTC: the second quarter

  it('debian-12 gives the Debian classes, with the minor version and the code name', async () => {
    const r = await run('control:\n actionsequence = ( )\n', { os: 'debian-12', hostname: 'web1', now: NOW });
    expect(r.classes).toEqual(expect.arrayContaining(['linux', 'debian', 'debian_12', 'debian_12_11', 'debian_bookworm',
      'x86_64', 'linux_x86_64', 'linux_x86_64_6_1_0_25_amd64', 'linux_6_1', '64_bit', 'net_iface_eth0', 'ipv4_192',
      'ipv4_192_0', 'ipv4_192_0_2', 'ipv4_192_0_2_2', 'net_iface_lo', 'ipv4_127_0_0_1', 'web1']));
    expect(r.classes).not.toContain('32_bit');
    expect(r.classes).not.toContain('solaris');
  });

  it('rhel-9 and solaris-8 give theirs (rhel also as the agent\'s redhat; SunOS 5.8 in the manual\'s style)', async () => {
    const rhel = await run('', { os: 'rhel-9', now: NOW });
    expect(rhel.classes).toEqual(expect.arrayContaining(['linux', 'rhel', 'rhel_9', 'rhel_9_4', 'redhat', 'redhat_9', 'redhat_9_4', '64_bit']));
    expect(rhel.classes).not.toContain('debian');
    const sun = await run('', { os: 'solaris-8', now: NOW });
    expect(sun.classes).toEqual(expect.arrayContaining(['solaris', 'sunos_5_8', 'sun4u', 'sunos_sun4u', 'sunos_sun4u_5_8',
      '32_bit', 'net_iface_hme0', 'ipv4_203_0_113_9']));
    expect(sun.classes).not.toContain('linux');
  });

  it('takes a facts object of its own, and without os stays a plain linux host', async () => {
    const r = await run('', {
      os: { osClass: 'freebsd', sysname: 'FreeBSD', release: '14.1-RELEASE', machine: 'amd64', interfaces: { em0: ['10.1.2.3'] } },
      now: NOW,
    });
    expect(r.classes).toEqual(expect.arrayContaining(['freebsd', 'freebsd_14_1', 'freebsd_14_1_release', 'amd64',
      'freebsd_amd64', 'freebsd_amd64_14_1_release', '64_bit', 'net_iface_em0', 'ipv4_10_1_2_3']));
    const plain = await run('', { now: NOW });
    expect(plain.classes.filter(c => !TIME.test(c)).sort()).toEqual(['any', 'linux', 'localhost']);
  });

  it('refuses an unknown preset or a malformed facts object, naming it', async () => {
    await expect(run('', { os: 'debian-99' })).rejects.toThrow(/options\.os "debian-99" is not a preset \(debian-12, rhel-9, solaris-8\)/);
    await expect(run('', { os: { osClass: 'linux', sysname: 'linux', release: '6.1', machine: 'x86_64', interfaces: { eth0: ['fe80::1'] } } }))
      .rejects.toThrow(/options\.os\.interfaces\["eth0"\]\[0\] must be an IPv4 address/);
    await expect(run('', { os: { osClass: 'linux' } as never })).rejects.toThrow(/options\.os\.sysname must be a string/);
  });

  it('the presets are exported for the playground', () => {
    expect(Object.keys(OS_PRESETS)).toEqual(['debian-12', 'rhel-9', 'solaris-8']);
  });
});

describe('quarter-hour and GMT classes come from the clock handed in', () => {
  it('Q1-Q4 and HrNN_Qn by the minute; GMT_HrN is the UTC hour, unpadded, whatever the local zone', () => {
    const at = (h: number, m: number) => Date.UTC(2026, 0, 5, h, m) / 1000;
    expect(timeClasses(at(5, 0))).toEqual(expect.arrayContaining(['Q1', 'Hr05_Q1', 'GMT_Hr5']));
    expect(timeClasses(at(5, 14))).toContain('Q1');
    expect(timeClasses(at(5, 15))).toEqual(expect.arrayContaining(['Q2', 'Hr05_Q2']));
    expect(timeClasses(at(5, 44))).toContain('Q3');
    expect(timeClasses(at(23, 59))).toEqual(expect.arrayContaining(['Q4', 'Hr23_Q4', 'GMT_Hr23']));
    // Local time one hour east of UTC: the local hour's quarter, the GMT hour stays.
    const cet = timeClasses(at(5, 20), 60);
    expect(cet).toEqual(expect.arrayContaining(['Hr06', 'Hr06_Q2', 'GMT_Hr5']));
    expect(cet).not.toContain('GMT_Hr6');
    expect(timeClasses(at(5, 20)).filter(c => /^(Q\d|Hr\d\d_Q\d|GMT_Hr\d+)$/.test(c))).toHaveLength(3);
  });
});

describe('domain classes (L1730-1745)', () => {
  const POLICY = 'control:\n actionsequence = ( )\n domain = ( Example.ORG )\n';

  it('once control sets domain, the domain and the host\'s full name are classes: dots to underscores, lower case', async () => {
    const r = await run(POLICY, { hostname: 'web-1', now: 0 });
    expect(r.classes).toEqual(expect.arrayContaining(['example_org', 'web_1_example_org']));
    expect(r.classes.filter(c => /example|org/i.test(c)).sort()).toEqual(['example_org', 'web_1_example_org']);
  });

  it('a selector after the domain assignment sees them; -H defines none, -U prefixes them', async () => {
    const policy = `${POLICY} example_org::\n  x = ( 1 )\n`;
    const r = await run(policy, { hostname: 'web1', now: 0, trace: true });
    expect(r.classOrigins?.web1_example_org?.origin).toBe('hostname');
    expect((await run(POLICY, { hostname: 'web1', now: 0, noHardClasses: true })).classes).not.toContain('example_org');
    expect((await run(POLICY, { hostname: 'web1', now: 0, underscoreClasses: true })).classes)
      .toEqual(expect.arrayContaining(['_example_org', '_web1_example_org']));
  });
});

describe('test/cases/hard-classes (conformance format)', () => {
  it('passes in memory (cfwasm test)', () => {
    const r = cfwasm(['test', CASE]);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  it.skipIf(os.platform() !== 'linux')('passes through the Node host (cfwasm run --root), twice', () => {
    const root = fs.mkdtempSync(join(scratch, 'root-'));
    fs.mkdirSync(join(root, 'sandbox'));
    fs.copyFileSync(join(CASE, 'before', 'classes'), join(root, 'sandbox', 'classes'));
    for (const round of [1, 2]) {
      const r = cfwasm(['run', '-q', '-K', '-f', join(CASE, 'policy.cf'), '--root', root]);
      expect(r.stderr, `run ${round}`).toBe('');
      expect(r.status, `run ${round}`).toBe(0);
      expect(fs.readFileSync(join(root, 'sandbox', 'classes'), 'utf8')).toBe(fs.readFileSync(join(CASE, 'after', 'classes'), 'utf8'));
      expect(fs.readFileSync(join(root, 'sandbox', 'classes.cfsaved'), 'utf8')).toBe(fs.readFileSync(join(CASE, 'after', 'classes.cfsaved'), 'utf8'));
    }
    expect(fs.readdirSync(join(root, 'sandbox')).sort()).toEqual(['classes', 'classes.cfsaved']);
  });
});

// host/api/facts.ts on its own, without a run: the time classes of pinned clocks, the hard
// classes of the presets and of facts given by hand, and how a class list is split. Fast (no core,
// no parse), so that a mutant of facts.ts dies here before the runs of test/api and test/trace
// (scripts/mutate.mjs lists this file first for host/api).
import { describe, expect, it } from 'vitest';
import { classList, systemClasses, systemRunClasses, timeClasses } from '../../host/api/facts.js';
import type { SystemFacts } from '../../host/api/facts.js';

// 2026-12-06 23:37:00 UTC, a Sunday.
const SUNDAY_2337 = 1796600220;

describe('timeClasses', () => {
  it('names the weekday, hour, minute, five-minute slot, quarter, day, month, year and GMT hour', () => {
    expect(timeClasses(SUNDAY_2337)).toEqual(
      ['Sunday', 'Hr23', 'Min37', 'Min35_40', 'Q3', 'Hr23_Q3', 'Day6', 'December', 'Yr2026', 'GMT_Hr23']);
  });

  it('a UTC offset moves the local classes (past midnight here) but not the GMT hour', () => {
    expect(timeClasses(SUNDAY_2337, 60)).toEqual(
      ['Monday', 'Hr00', 'Min37', 'Min35_40', 'Q3', 'Hr00_Q3', 'Day7', 'December', 'Yr2026', 'GMT_Hr23']);
    expect(timeClasses(SUNDAY_2337, -23 * 60 - 37)).toEqual(
      ['Sunday', 'Hr00', 'Min00', 'Min00_05', 'Q1', 'Hr00_Q1', 'Day6', 'December', 'Yr2026', 'GMT_Hr23']);
  });

  it('the first and last minutes of an hour: the slot 55 wraps to 00, quarters from 1 to 4', () => {
    // 2026-01-01 05:00:00 UTC, a Thursday.
    const t = 1767243600;
    expect(timeClasses(t)).toEqual(['Thursday', 'Hr05', 'Min00', 'Min00_05', 'Q1', 'Hr05_Q1', 'Day1', 'January', 'Yr2026', 'GMT_Hr5']);
    expect(timeClasses(t + 14 * 60 + 59).slice(2, 6)).toEqual(['Min14', 'Min10_15', 'Q1', 'Hr05_Q1']);
    expect(timeClasses(t + 15 * 60).slice(2, 6)).toEqual(['Min15', 'Min15_20', 'Q2', 'Hr05_Q2']);
    expect(timeClasses(t + 44 * 60).slice(2, 6)).toEqual(['Min44', 'Min40_45', 'Q3', 'Hr05_Q3']);
    expect(timeClasses(t + 45 * 60).slice(2, 6)).toEqual(['Min45', 'Min45_50', 'Q4', 'Hr05_Q4']);
    expect(timeClasses(t + 59 * 60 + 59).slice(2, 6)).toEqual(['Min59', 'Min55_00', 'Q4', 'Hr05_Q4']);
    // 2026-03-09 14:59:59 UTC, a Monday.
    expect(timeClasses(1773068399)).toEqual(['Monday', 'Hr14', 'Min59', 'Min55_00', 'Q4', 'Hr14_Q4', 'Day9', 'March', 'Yr2026', 'GMT_Hr14']);
  });
});

describe('classList', () => {
  it('splits on commas, colons and dots, drops empty names, joins several texts', () => {
    expect(classList('a,b:c.d', '', 'e,,f:')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(classList()).toEqual([]);
    expect(classList('one_class')).toEqual(['one_class']);
  });
});

describe('systemClasses', () => {
  it('a Debian 12 host: release short and whole, architecture, word size, distribution, interfaces', () => {
    expect(systemClasses({
      osClass: 'linux', sysname: 'Linux', release: '6.1.0-25-amd64', machine: 'x86_64',
      distribution: { id: 'debian', version: '12.11', codename: 'Bookworm' },
      interfaces: { lo: ['127.0.0.1'], eth0: ['192.0.2.2'] },
    })).toEqual([
      'linux_6_1', 'linux_6_1_0_25_amd64', 'x86_64', 'linux_x86_64', 'linux_x86_64_6_1_0_25_amd64', '64_bit',
      'debian', 'debian_12', 'debian_12_11', 'debian_bookworm',
      'net_iface_lo', 'ipv4_127', 'ipv4_127_0', 'ipv4_127_0_0', 'ipv4_127_0_0_1',
      'net_iface_eth0', 'ipv4_192', 'ipv4_192_0', 'ipv4_192_0_2', 'ipv4_192_0_2_2',
    ]);
  });

  it('RHEL is also redhat (the agent\'s name), each with its versions; repeated classes once', () => {
    expect(systemClasses({
      osClass: 'linux', sysname: 'linux', release: '5.14.0-427.el9.x86_64', machine: 'x86_64',
      distribution: { id: 'RHEL', version: '9.4' },
      interfaces: { lo: ['127.0.0.1'], ens3: ['127.0.0.2'] },
    })).toEqual([
      'linux_5_14', 'linux_5_14_0_427_el9_x86_64', 'x86_64', 'linux_x86_64', 'linux_x86_64_5_14_0_427_el9_x86_64', '64_bit',
      'rhel', 'rhel_9', 'rhel_9_4', 'redhat', 'redhat_9', 'redhat_9_4',
      'net_iface_lo', 'ipv4_127', 'ipv4_127_0', 'ipv4_127_0_0', 'ipv4_127_0_0_1',
      'net_iface_ens3', 'ipv4_127_0_0_2',
    ]);
  });

  it('a release of one number, given bits, no distribution nor interfaces', () => {
    expect(systemClasses({ osClass: 'solaris', sysname: 'SunOS', release: '5.8', machine: 'SUN4U', bits: 32 }))
      .toEqual(['sunos_5_8', 'sun4u', 'sunos_sun4u', 'sunos_sun4u_5_8', '32_bit']);
    expect(systemClasses({ osClass: 'linux', sysname: 'linux', release: '6', machine: 'x86_64', bits: 32 }))
      .toEqual(['linux_6', 'x86_64', 'linux_x86_64', 'linux_x86_64_6', '32_bit']);
  });

  it('the short release: every digit of the major, the minor only when there is one', () => {
    const short = (release: string) => systemClasses({ osClass: 'x', sysname: 'freebsd', release, machine: 'amd64' })[0];
    expect(short('14.1-RELEASE')).toBe('freebsd_14_1');
    expect(short('6-rc1')).toBe('freebsd_6');
  });

  it('a release that does not start with a number keeps its first two dotted parts', () => {
    expect(systemClasses({ osClass: 'bsd', sysname: 'bsd', release: 'V7.2.1', machine: 'i686' }).slice(0, 2))
      .toEqual(['bsd_v7_2', 'bsd_v7_2_1']);
  });

  it('the word size guessed from the machine when not given', () => {
    const bits = (machine: string) => systemClasses({ osClass: 'x', sysname: 'x', release: '1', machine }).at(-1);
    expect(['x86_64', 'AARCH64', 'ppc64le', 's390x', 'sun4u', 'sun4v', 'alpha'].map(bits)).toEqual(Array(7).fill('64_bit'));
    expect(['i686', 'armv7l', 's390', 'sun4m', 'xalpha', 'sun4uv', 'xsun4u'].map(bits)).toEqual(Array(7).fill('32_bit'));
  });

  it('distribution versions: only numeric parts count; no version, no codename: the name alone', () => {
    const of = (distribution: SystemFacts['distribution']) =>
      systemClasses({ osClass: 'linux', sysname: 'linux', release: '1', machine: 'i386', distribution }).slice(5);
    expect(of({ id: 'arch', version: 'rolling' })).toEqual(['arch']);
    expect(of({ id: 'arch' })).toEqual(['arch']);
    expect(of({ id: 'alpine', version: '3' })).toEqual(['alpine', 'alpine_3']);
    expect(of({ id: 'x', version: '3.x.20' })).toEqual(['x', 'x_3', 'x_3_20']);
    // A part with anything but digits does not count, wherever the digits are.
    expect(of({ id: 'x', version: '9.4a.rc1' })).toEqual(['x', 'x_9']);
    expect(of({ id: 'SLES', version: '15.5.1', codename: 'sp5' })).toEqual(['sles', 'sles_15', 'sles_15_5', 'sles_sp5', 'suse', 'suse_15', 'suse_15_5', 'suse_sp5']);
    expect(of({ id: 'opensuse-leap', version: '15.6' })).toEqual(['opensuse_leap', 'opensuse_leap_15', 'opensuse_leap_15_6', 'suse', 'suse_15', 'suse_15_6']);
  });

  it('interface names canonified', () => {
    expect(systemClasses({ osClass: 'linux', sysname: 'linux', release: '1', machine: 'i386', interfaces: { 'eth0:1': [] } }).at(-1))
      .toBe('net_iface_eth0_1');
  });
});

describe('systemRunClasses', () => {
  const time = timeClasses(SUNDAY_2337);
  it('no system: the time classes, and an OS class only when one is given', () => {
    expect(systemRunClasses(undefined, SUNDAY_2337)).toStrictEqual({ hardClasses: time });
    expect(systemRunClasses(undefined, SUNDAY_2337, 'hpux')).toStrictEqual({ osClass: 'hpux', hardClasses: time });
    expect(systemRunClasses('no-such-preset', SUNDAY_2337)).toStrictEqual({ hardClasses: time });
  });

  it('a preset: its OS class unless one is given, its classes before the time\'s', () => {
    const solaris = ['sunos_5_8', 'sun4u', 'sunos_sun4u', 'sunos_sun4u_5_8', '32_bit',
      'net_iface_lo0', 'ipv4_127', 'ipv4_127_0', 'ipv4_127_0_0', 'ipv4_127_0_0_1',
      'net_iface_hme0', 'ipv4_203', 'ipv4_203_0', 'ipv4_203_0_113', 'ipv4_203_0_113_9'];
    expect(systemRunClasses('solaris-8', SUNDAY_2337)).toStrictEqual({ osClass: 'solaris', hardClasses: [...solaris, ...time] });
    expect(systemRunClasses('solaris-8', SUNDAY_2337, 'sunos')).toStrictEqual({ osClass: 'sunos', hardClasses: [...solaris, ...time] });
    const own: SystemFacts = { osClass: 'aix', sysname: 'aix', release: '7.2', machine: 'ppc', bits: 64 };
    expect(systemRunClasses(own, SUNDAY_2337)).toStrictEqual({ osClass: 'aix', hardClasses: ['aix_7_2', 'ppc', 'aix_ppc', 'aix_ppc_7_2', '64_bit', ...time] });
  });
});

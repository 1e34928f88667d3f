/**
 * @fileoverview The hard classes as facts: time classes (L1570-1590, D11) from a clock value the
 * host hands in, so tests and the playground can pin the time (weekday, Hr00-Hr23, Min00-Min59,
 * the five-minute interval Min00_05…Min55_00, the quarter Q1-Q4 and Hr05_Q2, Day1-Day31, month,
 * Yr2026, GMT_Hr5); the classes of a system (L1690-1745: OS, distribution, architecture, word
 * size, interfaces) from a description of it, with presets; and how a list of classes is written.
 */
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');

/** The time classes of `epochSeconds`, in UTC (the Node host passes local time). */
export function timeClasses(epochSeconds: number, utcOffsetMinutes = 0): string[] {
  const t = new Date((epochSeconds + utcOffsetMinutes * 60) * 1000);
  const minute = t.getUTCMinutes();
  const slot = Math.floor(minute / 5) * 5;
  const quarter = `Q${Math.floor(minute / 15) + 1}`;
  return [
    DAYS[t.getUTCDay()],
    `Hr${two(t.getUTCHours())}`,
    `Min${two(minute)}`,
    `Min${two(slot)}_${two((slot + 5) % 60)}`,
    quarter,
    `Hr${two(t.getUTCHours())}_${quarter}`,
    `Day${t.getUTCDate()}`,
    MONTHS[t.getUTCMonth()],
    `Yr${t.getUTCFullYear()}`,
    // The hour in UTC whatever the local zone, unpadded as the 2.2.10 agent writes it.
    `GMT_Hr${new Date(epochSeconds * 1000).getUTCHours()}`,
  ];
}

/** The classes of a `-D`/`-N`/`--classes` argument or a `define=` list: separated by `,` `:` `.` (L8990). */
export function classList(...texts: string[]): string[] {
  return texts.flatMap(t => t.split(/[,:.]/)).filter(Boolean);
}

/**
 * A system as `uname` and `/etc/os-release` describe it: what its hard classes are made of
 * (L1690-1745). The Node host reads this machine's; the JS API takes a preset or one of its own.
 */
export interface SystemFacts {
  /** The manual's OS class (L1697-1701): `linux`, `solaris`, `freebsd`, … */
  osClass: string;
  /** `uname -s` in lower case: `linux`, `sunos`. */
  sysname: string;
  /** `uname -r`: `6.1.0-25-amd64`, `5.8`. */
  release: string;
  /** `uname -m`: `x86_64`, `aarch64`, `sun4u`. */
  machine: string;
  /** 64 or 32; without it, guessed from `machine` (64 for x86_64, aarch64, sun4u, s390x, …). */
  bits?: 32 | 64;
  /** The distribution (os-release's ID, VERSION_ID with the minor where known, VERSION_CODENAME). */
  distribution?: { id: string; version?: string; codename?: string };
  /** IPv4 addresses by interface name (lo included, as the agent lists it). */
  interfaces?: Record<string, string[]>;
}

/** A name as a class: every character but letters and digits becomes `_` (the agent's canonify). */
export const canonify = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '_');

/** The names cfengine 2 gave distributions that os-release names otherwise (`redhat` for RHEL). */
const AGENT_NAMES: Record<string, string> = { rhel: 'redhat', sles: 'suse', 'opensuse-leap': 'suse' };

/**
 * The hard classes of a system, but for its OS class (a fact of its own) and the time: the
 * release in the manual's style (`linux_6_1`, `sunos_5_8`) and whole (`linux_6_1_0_25_amd64`),
 * the architecture (`x86_64`, `linux_x86_64`, `linux_x86_64_<release>`), `64_bit` or `32_bit`,
 * the distribution (`debian`, `debian_12`, `debian_12_11`, `debian_bookworm`), one class per
 * interface (`net_iface_eth0`) and per IPv4 address and its prefixes (`ipv4_192` …
 * `ipv4_192_0_2_2`). In a fixed order, without repeats.
 */
export function systemClasses(system: SystemFacts): string[] {
  const out: string[] = [];
  const sys = system.sysname.toLowerCase();
  const machine = system.machine.toLowerCase();
  const release = system.release.toLowerCase();
  // The manual's style keeps major.minor (6.1.0-25-amd64 → 6_1, 14.1-RELEASE → 14_1).
  const short = /^\d+(\.\d+)?/.exec(release)?.[0] ?? release.split('.').slice(0, 2).join('.');
  out.push(canonify(`${sys}_${short}`), canonify(`${sys}_${release}`));
  out.push(canonify(machine), canonify(`${sys}_${machine}`), canonify(`${sys}_${machine}_${release}`));
  const bits = system.bits ?? (/64|s390x|^sun4[uv]$|^alpha/.test(machine) ? 64 : 32);
  out.push(`${bits}_bit`);
  const d = system.distribution;
  if (d) {
    const names = [d.id.toLowerCase(), ...(AGENT_NAMES[d.id.toLowerCase()] ? [AGENT_NAMES[d.id.toLowerCase()]] : [])];
    for (const name of names) {
      out.push(canonify(name));
      const parts = (d.version ?? '').split('.').filter(p => /^\d+$/.test(p));
      if (parts.length > 0) out.push(canonify(`${name}_${parts[0]}`));
      if (parts.length > 1) out.push(canonify(`${name}_${parts[0]}_${parts[1]}`));
      if (d.codename) out.push(canonify(`${name}_${d.codename.toLowerCase()}`));
    }
  }
  for (const [name, addresses] of Object.entries(system.interfaces ?? {})) {
    out.push(`net_iface_${canonify(name)}`);
    for (const address of addresses) {
      const octets = address.split('.');
      for (let n = 1; n <= octets.length; n++) out.push(`ipv4_${octets.slice(0, n).join('_')}`);
    }
  }
  return [...new Set(out)];
}

/**
 * Systems to pretend to be (the JS API's `os` option; the playground may offer them): the facts
 * of a typical Debian 12, RHEL 9 and Solaris 8 (SunOS 5.8) host, with documentation addresses.
 */
export const OS_PRESETS: Readonly<Record<string, Readonly<SystemFacts>>> = {
  'debian-12': {
    osClass: 'linux', sysname: 'linux', release: '6.1.0-25-amd64', machine: 'x86_64',
    distribution: { id: 'debian', version: '12.11', codename: 'bookworm' },
    interfaces: { lo: ['127.0.0.1'], eth0: ['192.0.2.2'] },
  },
  'rhel-9': {
    osClass: 'linux', sysname: 'linux', release: '5.14.0-427.13.1.el9_4.x86_64', machine: 'x86_64',
    distribution: { id: 'rhel', version: '9.4' },
    interfaces: { lo: ['127.0.0.1'], ens3: ['198.51.100.7'] },
  },
  'solaris-8': {
    osClass: 'solaris', sysname: 'sunos', release: '5.8', machine: 'sun4u', bits: 32,
    interfaces: { lo0: ['127.0.0.1'], hme0: ['203.0.113.9'] },
  },
};

/**
 * The run options of a system to pretend to be (a preset name or its facts; undefined: a plain
 * linux) at clock `now` (UTC): its OS class (unless `osClass` is given) and its hard classes with the time's.
 */
export function systemRunClasses(os: string | SystemFacts | undefined, now: number, osClass?: string): { osClass?: string; hardClasses: string[] } {
  const system = typeof os === 'string' ? OS_PRESETS[os] : os;
  return {
    ...(system ? { osClass: osClass ?? system.osClass } : osClass !== undefined ? { osClass } : {}),
    hardClasses: [...(system ? systemClasses(system) : []), ...timeClasses(now)],
  };
}

/**
 * @fileoverview The facts of this machine (D16): host names, the OS hard class, the system's
 * classes (uname, /etc/os-release, the interfaces: host/api/facts.ts makes the classes), time
 * classes in local time (D11), the environment.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import type { HostFacts } from '../api/runtime.js';
import { systemClasses, timeClasses } from '../api/facts.js';
import { readZoneFile, utcOffsetSeconds } from './local-offset.js';
import type { SystemFacts } from '../api/facts.js';

/**
 * The standard time zone abbreviation, as C's tzname[0]: the name that opens a POSIX TZ string,
 * from $TZ or the footer of /etc/localtime (TZif v2+, e.g. "CET-1CEST,M3.5.0,M10.5.0/3").
 * `zone`: that file as local-offset.ts readZoneFile gives it, if the caller has read it already.
 */
export function standardTimezone(zone?: Buffer | false | null): string {
  const name = (spec: string) => /^(?:<([^>]+)>|([A-Za-z]{3,}))/.exec(spec)?.slice(1).find(Boolean) ?? null;
  // A leading colon marks a zone file's name (":Europe/Oslo", ":/etc/localtime"); glibc drops it
  // before it looks either for the file or at the string.
  const tz = process.env.TZ?.replace(/^:/, '');
  if (tz && name(tz) && /\d/.test(tz)) return name(tz)!;
  try {
    if (zone === false || zone === null) return 'UTC';
    const file = zone ?? readFileSync(tz ? (tz.startsWith('/') ? tz : `/usr/share/zoneinfo/${tz}`) : '/etc/localtime');
    const footer = file.toString('latin1').trimEnd().split('\n').pop() ?? '';
    return name(footer) ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The manual's OS class for Node's platform name, where they differ (L1697-1701). */
const OS_CLASS: Record<string, string> = { sunos: 'solaris', win32: 'windows' };

/** The `KEY=value` lines of an os-release file's text (values may be quoted; other lines skipped). */
export function parseOsRelease(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S*))\s*$/.exec(line);
    // Backslash escapes as the shell reads them: not inside single quotes.
    if (m) fields[m[1]] = m[3] ?? (m[2] ?? m[4]).replace(/\\(.)/g, '$1');
  }
  return fields;
}

/** The os-release file's fields, or {} if there is none. */
function osRelease(): Record<string, string> {
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      return parseOsRelease(readFileSync(file, 'utf8'));
    } catch {
      // the next place, else none
    }
  }
  return {};
}

/**
 * Debian's version with its minor number: /etc/debian_version's text when it is `MAJOR.MINOR` of
 * os-release's VERSION_ID (or there is none), else VERSION_ID (a testing release says
 * "trixie/sid").
 */
export function debianVersion(versionId: string | undefined, debianVersionText: string): string | undefined {
  const full = debianVersionText.trim();
  return /^\d+\.\d+$/.test(full) && (!versionId || full.startsWith(`${versionId}.`)) ? full : versionId;
}

/**
 * This machine as uname, /etc/os-release and the interfaces say. On Debian the minor version is
 * only in /etc/debian_version (12.11; os-release says 12).
 */
export function nodeSystem(): SystemFacts {
  const platform = process.platform; // os.platform()'s, without compiling it
  const release = osRelease();
  let version: string | undefined = release.VERSION_ID;
  if (release.ID === 'debian') {
    try {
      version = debianVersion(version, readFileSync('/etc/debian_version', 'utf8'));
    } catch {
      // os-release's VERSION_ID stands
    }
  }
  const interfaces: Record<string, string[]> = {};
  // As the agent's list of interfaces: those with an IPv4 address.
  for (const [name, addresses] of Object.entries(os.networkInterfaces())) {
    const v4 = (addresses ?? []).filter(a => a.family === 'IPv4').map(a => a.address);
    if (v4.length > 0) interfaces[name] = v4;
  }
  return {
    osClass: OS_CLASS[platform] ?? platform,
    sysname: os.type().toLowerCase(),
    release: os.release(),
    machine: os.machine(),
    bits: /64|s390x/.test(process.arch) ? 64 : 32,
    ...(release.ID ? { distribution: { id: release.ID, ...(version ? { version } : {}), ...(release.VERSION_CODENAME ? { codename: release.VERSION_CODENAME } : {}) } } : {}),
    interfaces,
  };
}

/**
 * Minutes east of UTC at `now` in local time: from the zone file or rule, as the C library reads
 * it (local-offset.ts: Date's getTimezoneOffset would load ICU's time zones), else from Date.
 */
export function localOffsetMinutes(now: number, zone?: Buffer | false | null): number {
  const seconds = utcOffsetSeconds(now, process.env.TZ, zone);
  return seconds === null ? -new Date(now * 1000).getTimezoneOffset() : seconds / 60;
}

export function nodeFacts(now = Math.floor(Date.now() / 1000)): Required<Pick<HostFacts, 'hostname' | 'fqhost' | 'osClass' | 'hardClasses' | 'env' | 'now' | 'timezone' | 'uid' | 'gid' | 'pid'>> {
  const system = nodeSystem();
  const fqhost = os.hostname();
  // The zone file is read once, for the offset and for the zone's name: the same file, unless $TZ
  // is empty (the offset is then Date's, the name /etc/localtime's, as before).
  const zone = process.env.TZ?.replace(/^:/, '') === '' ? undefined : readZoneFile();
  return {
    hostname: fqhost.split('.')[0],
    fqhost,
    osClass: system.osClass,
    hardClasses: [...systemClasses(system), ...timeClasses(now, localOffsetMinutes(now, zone))],
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    now,
    timezone: standardTimezone(zone),
    uid: process.getuid?.() ?? 0,
    gid: process.getgid?.() ?? 0,
    pid: process.pid,
  };
}

/**
 * @fileoverview The facts of this machine (D16): host names, the OS hard class, an OS release
 * class in the manual's style (linux_6_1), time classes in local time (D11), the environment.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import type { HostFacts } from '../api/runtime.js';
import { timeClasses } from '../api/facts.js';

/**
 * The standard time zone abbreviation, as C's tzname[0]: the name that opens a POSIX TZ string,
 * from $TZ or the footer of /etc/localtime (TZif v2+, e.g. "CET-1CEST,M3.5.0,M10.5.0/3").
 */
export function standardTimezone(): string {
  const name = (spec: string) => /^(?:<([^>]+)>|([A-Za-z]{3,}))/.exec(spec)?.slice(1).find(Boolean) ?? null;
  const tz = process.env.TZ;
  if (tz && name(tz.replace(/^:/, '')) && /\d/.test(tz)) return name(tz)!;
  try {
    const file = readFileSync(tz && tz.startsWith('/') ? tz : tz ? `/usr/share/zoneinfo/${tz.replace(/^:/, '')}` : '/etc/localtime');
    const footer = file.toString('latin1').trimEnd().split('\n').pop() ?? '';
    return name(footer) ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

export function nodeFacts(now = Math.floor(Date.now() / 1000)): Required<Pick<HostFacts, 'hostname' | 'fqhost' | 'osClass' | 'hardClasses' | 'env' | 'now' | 'timezone' | 'uid' | 'gid' | 'pid'>> {
  const platform = os.platform();
  const release = os.release().split('.').slice(0, 2).join('_').replace(/[^A-Za-z0-9_]/g, '_');
  return {
    hostname: os.hostname().split('.')[0],
    fqhost: os.hostname(),
    osClass: platform,
    hardClasses: [`${platform}_${release}`, ...timeClasses(now, -new Date(now * 1000).getTimezoneOffset())],
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    now,
    timezone: standardTimezone(),
    uid: process.getuid?.() ?? 0,
    gid: process.getgid?.() ?? 0,
    pid: process.pid,
  };
}

/**
 * @fileoverview The facts of this machine (D16): host names, the OS hard class, an OS release
 * class in the manual's style (linux_6_1), time classes in local time (D11), the environment.
 */
import * as os from 'node:os';
import type { HostFacts } from '../api/runtime.js';
import { timeClasses } from '../api/facts.js';

export function nodeFacts(now = Math.floor(Date.now() / 1000)): Required<Pick<HostFacts, 'hostname' | 'fqhost' | 'osClass' | 'hardClasses' | 'env' | 'now'>> {
  const platform = os.platform();
  const release = os.release().split('.').slice(0, 2).join('_').replace(/[^A-Za-z0-9_]/g, '_');
  return {
    hostname: os.hostname().split('.')[0],
    fqhost: os.hostname(),
    osClass: platform,
    hardClasses: [`${platform}_${release}`, ...timeClasses(now, -new Date(now * 1000).getTimezoneOffset())],
    env: Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
    now,
  };
}

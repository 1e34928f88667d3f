/**
 * @fileoverview The options of `run()` checked before anything runs: a JavaScript caller gets a
 * TypeError naming the option (`run: options.now must be …`) instead of a crash deep inside or,
 * worse, a silently different run (`now: 'yesterday'` would be NaN time classes).
 */

import { OS_PRESETS } from './facts.js';

type Check = (value: unknown, name: string) => void;

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : v instanceof Date ? 'a Date' : typeof v === 'string' ? `the string ${JSON.stringify(v.slice(0, 40))}` : typeof v;

function fail(name: string, want: string, got: unknown): never {
  throw new TypeError(`run: ${name} must be ${want} (got ${describe(got)})`);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map) && !(v instanceof Date) && !(v instanceof Uint8Array);

const bool: Check = (v, n) => { if (typeof v !== 'boolean') fail(n, 'true or false', v); };
const str: Check = (v, n) => { if (typeof v !== 'string') fail(n, 'a string', v); };
const int = (min: number, max: number): Check => (v, n) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) fail(n, `an integer from ${min} to ${max}`, v);
};
const positive: Check = (v, n) => { if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) fail(n, 'a positive number', v); };
const strings: Check = (v, n) => {
  if (!Array.isArray(v)) fail(n, 'an array of strings', v);
  v.forEach((x, i) => str(x, `${n}[${i}]`));
};
const recordOf = (each: Check, what: string): Check => (v, n) => {
  if (!isRecord(v)) fail(n, `an object of ${what}`, v);
  for (const [k, x] of Object.entries(v)) each(x, `${n}[${JSON.stringify(k)}]`);
};
const content: Check = (v, n) => { if (typeof v !== 'string' && !(v instanceof Uint8Array)) fail(n, 'a string or a Uint8Array', v); };
const absolutePaths = (each: Check, what: string): Check => (v, n) => {
  recordOf(each, what)(v, n);
  for (const k of Object.keys(v as object)) if (!k.startsWith('/')) throw new TypeError(`run: ${n} names ${JSON.stringify(k)}: paths must be absolute`);
};
const ID = int(-1, 2 ** 32 - 1);
const owner: Check = (v, n) => {
  if (!isRecord(v)) fail(n, 'an object { uid, gid }', v);
  ID(v.uid, `${n}.uid`);
  ID(v.gid, `${n}.gid`);
};
const execResult: Check = (v, n) => {
  if (!isRecord(v)) fail(n, 'an object { status, output }', v);
  int(-(2 ** 31), 2 ** 31 - 1)(v.status, `${n}.status`);
  str(v.output, `${n}.output`);
};
const now: Check = (v, n) => {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) fail(n, 'a valid Date or seconds since the epoch', v);
  } else if (typeof v !== 'number' || !Number.isFinite(v)) fail(n, 'seconds since the epoch (a number) or a Date', v);
};

const systemFacts: Check = (v, n) => {
  if (typeof v === 'string') {
    if (!Object.hasOwn(OS_PRESETS, v)) throw new TypeError(`run: ${n} ${JSON.stringify(v)} is not a preset (${Object.keys(OS_PRESETS).join(', ')})`);
    return;
  }
  if (!isRecord(v)) fail(n, 'a preset name or an object { osClass, sysname, release, machine, … }', v);
  for (const key of ['osClass', 'sysname', 'release', 'machine']) str(v[key], `${n}.${key}`);
  if (v.bits !== undefined && v.bits !== 32 && v.bits !== 64) fail(`${n}.bits`, '32 or 64', v.bits);
  if (v.distribution !== undefined) {
    const d = v.distribution;
    if (!isRecord(d)) fail(`${n}.distribution`, 'an object { id, version?, codename? }', d);
    str(d.id, `${n}.distribution.id`);
    if (d.version !== undefined) str(d.version, `${n}.distribution.version`);
    if (d.codename !== undefined) str(d.codename, `${n}.distribution.codename`);
  }
  if (v.interfaces !== undefined) {
    recordOf(strings, 'arrays of IPv4 addresses')(v.interfaces, `${n}.interfaces`);
    for (const [name, list] of Object.entries(v.interfaces as Record<string, string[]>)) {
      list.forEach((a, i) => { if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(a)) fail(`${n}.interfaces[${JSON.stringify(name)}][${i}]`, 'an IPv4 address (192.0.2.2)', a); });
    }
  }
};

const fileTimes: Check = (v, n) => {
  if (!isRecord(v)) fail(n, 'an object { atime?, mtime?, ctime? }', v);
  for (const [k, t] of Object.entries(v)) {
    if (!['atime', 'mtime', 'ctime'].includes(k)) throw new TypeError(`run: ${n} has ${JSON.stringify(k)}: only atime, mtime and ctime`);
    if (typeof t !== 'number' || !Number.isFinite(t)) fail(`${n}.${k}`, 'seconds since the epoch (a number)', t);
  }
};

/** Every option run() knows, with its check. */
const OPTIONS: Record<string, Check> = {
  files: absolutePaths(content, 'strings or Uint8Arrays'),
  now,
  exec: (v, n) => { if (typeof v !== 'function') recordOf(execResult, '{ status, output }')(v, n); },
  imports: recordOf(str, 'strings'),
  modes: absolutePaths(int(0, 0o7777), 'modes (integers from 0 to 0o7777)'),
  dirs: strings,
  links: absolutePaths(str, 'link targets (strings)'),
  owners: absolutePaths(owner, '{ uid, gid }'),
  times: absolutePaths(fileTimes, '{ atime?, mtime?, ctime? }'),
  state: (v, n) => { if (!(v instanceof Map)) fail(n, 'a Map', v); },
  hostname: str, fqhost: str, osClass: str, timezone: str, file: str,
  hardClasses: strings, define: strings, negate: strings,
  env: recordOf(str, 'strings'),
  switchedOff: recordOf(str, 'strings'),
  uid: ID, gid: ID, pid: int(0, 2 ** 32 - 1),
  dryRun: bool, noEdits: bool, noCommands: bool, noLocks: bool, traverseLinks: bool, deleteStaleLinks: bool,
  enforceLinks: bool, noHardClasses: bool, underscoreClasses: bool, useEnv: bool, noSplay: bool, noProcesses: bool,
  declarationsOnly: bool, omitInfo: bool, omitChanges: bool, omitClasses: bool, noProgress: bool,
  editGrowthLimit: positive, collectEvery: int(1, 2 ** 31 - 1),
  readImport: (v, n) => { if (typeof v !== 'function') fail(n, 'a function', v); },
  trace: bool,
  os: systemFacts,
  servers: recordOf((v, n) => { if (!isRecord(v)) fail(n, 'a memory server (an object)', v); }, 'memory servers'),
};

/** Throws a TypeError naming the first option (or the policy) that is not what run() takes. */
export function checkRunArguments(policyText: unknown, options: unknown): void {
  if (typeof policyText !== 'string') fail('the policy (first argument)', 'a string', policyText);
  if (options === undefined) return;
  if (!isRecord(options)) fail('options', 'an object', options);
  for (const [name, value] of Object.entries(options)) {
    const check = OPTIONS[name];
    if (!check) throw new TypeError(`run: unknown option ${JSON.stringify(name)}`);
    if (value !== undefined) check(value, `options.${name}`);
  }
}

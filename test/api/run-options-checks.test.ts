// host/api/run-options.ts called directly (checkRunArguments), without a run: each option's
// check, its bounds on both sides and its exact message. test/api/run-options.test.ts checks the
// same errors through run(); this one needs no core, so a mutant of run-options.ts dies here in
// milliseconds (scripts/mutate.mjs lists it first for host/api).
import { describe, expect, it } from 'vitest';
import { checkRunArguments } from '../../host/api/run-options.js';

const check = (options: unknown) => () => checkRunArguments('x', options);
const fails = (options: unknown, message: string) => expect(check(options)).toThrow(new TypeError(message));
const passes = (options: unknown) => expect(check(options)).not.toThrow();

describe('checkRunArguments', () => {
  it('the policy and the options object', () => {
    expect(() => checkRunArguments(null, undefined)).toThrow(new TypeError('run: the policy (first argument) must be a string (got null)'));
    expect(() => checkRunArguments('', undefined)).not.toThrow();
    passes({});
    fails(null, 'run: options must be an object (got null)');
    fails([], 'run: options must be an object (got an array)');
    fails(new Map(), 'run: options must be an object (got object)');
    fails(new Date(0), 'run: options must be an object (got a Date)');
    fails(new Uint8Array(1), 'run: options must be an object (got object)');
    fails('opts', 'run: options must be an object (got the string "opts")');
    fails({ nope: 1 }, 'run: unknown option "nope"');
    // An option given as undefined is left out, as if not given.
    passes({ now: undefined, files: undefined });
  });

  it('a string value is quoted, cut to 40 characters', () => {
    fails({ dryRun: 'y'.repeat(50) }, `run: options.dryRun must be true or false (got the string "${'y'.repeat(40)}")`);
  });

  it('booleans and strings', () => {
    for (const name of ['dryRun', 'noEdits', 'noCommands', 'noLocks', 'traverseLinks', 'deleteStaleLinks', 'enforceLinks', 'noHardClasses',
      'underscoreClasses', 'useEnv', 'noSplay', 'noProcesses', 'declarationsOnly', 'omitInfo', 'omitChanges', 'omitClasses', 'noProgress', 'trace']) {
      passes({ [name]: true });
      passes({ [name]: false });
      fails({ [name]: 0 }, `run: options.${name} must be true or false (got number)`);
    }
    for (const name of ['hostname', 'fqhost', 'osClass', 'timezone', 'file']) {
      passes({ [name]: '' });
      fails({ [name]: 1 }, `run: options.${name} must be a string (got number)`);
    }
  });

  it('lists of strings', () => {
    for (const name of ['dirs', 'hardClasses', 'define', 'negate']) {
      passes({ [name]: [] });
      passes({ [name]: ['a', 'b'] });
      fails({ [name]: ['a', 2] }, `run: options.${name}[1] must be a string (got number)`);
      fails({ [name]: 'a' }, `run: options.${name} must be an array of strings (got the string "a")`);
    }
  });

  it('integers, their bounds included', () => {
    for (const name of ['uid', 'gid']) {
      passes({ [name]: -1 });
      passes({ [name]: 2 ** 32 - 1 });
      fails({ [name]: -2 }, `run: options.${name} must be an integer from -1 to 4294967295 (got number)`);
      fails({ [name]: 2 ** 32 }, `run: options.${name} must be an integer from -1 to 4294967295 (got number)`);
      fails({ [name]: '0' }, `run: options.${name} must be an integer from -1 to 4294967295 (got the string "0")`);
    }
    passes({ pid: 0 });
    fails({ pid: -1 }, 'run: options.pid must be an integer from 0 to 4294967295 (got number)');
    passes({ collectEvery: 1 });
    passes({ collectEvery: 2 ** 31 - 1 });
    fails({ collectEvery: 0 }, 'run: options.collectEvery must be an integer from 1 to 2147483647 (got number)');
    fails({ collectEvery: 2 ** 31 }, 'run: options.collectEvery must be an integer from 1 to 2147483647 (got number)');
    fails({ collectEvery: 2.5 }, 'run: options.collectEvery must be an integer from 1 to 2147483647 (got number)');
  });

  it('a positive number', () => {
    passes({ editGrowthLimit: 0.5 });
    for (const bad of [0, -1, Infinity, Number.NaN]) fails({ editGrowthLimit: bad }, 'run: options.editGrowthLimit must be a positive number (got number)');
    fails({ editGrowthLimit: '2' }, 'run: options.editGrowthLimit must be a positive number (got the string "2")');
  });

  it('the clock', () => {
    passes({ now: 0 });
    passes({ now: -1.5 });
    passes({ now: new Date(0) });
    fails({ now: Infinity }, 'run: options.now must be seconds since the epoch (a number) or a Date (got number)');
    fails({ now: null }, 'run: options.now must be seconds since the epoch (a number) or a Date (got null)');
    fails({ now: new Date(Number.NaN) }, 'run: options.now must be a valid Date or seconds since the epoch (got a Date)');
  });

  it('files, modes, links, owners, times: absolute paths, each value checked', () => {
    passes({ files: { '/a': 'x', '/b': new Uint8Array(0) }, modes: { '/a': 0, '/b': 0o7777 }, links: { '/l': 'a' } });
    fails({ files: { '/a': null } }, 'run: options.files["/a"] must be a string or a Uint8Array (got null)');
    fails({ files: { '/a': 'x', 'b/c': 'y' } }, 'run: options.files names "b/c": paths must be absolute');
    fails({ files: new Map() }, 'run: options.files must be an object of strings or Uint8Arrays (got object)');
    fails({ modes: { '/a': 0o10000 } }, 'run: options.modes["/a"] must be an integer from 0 to 4095 (got number)');
    fails({ modes: { '/a': -1 } }, 'run: options.modes["/a"] must be an integer from 0 to 4095 (got number)');
    fails({ modes: { a: 1 } }, 'run: options.modes names "a": paths must be absolute');
    fails({ links: { '/l': 1 } }, 'run: options.links["/l"] must be a string (got number)');
    fails({ links: [] }, 'run: options.links must be an object of link targets (strings) (got an array)');
    passes({ owners: { '/a': { uid: -1, gid: 2 ** 32 - 1 } } });
    fails({ owners: { '/a': [] } }, 'run: options.owners["/a"] must be an object { uid, gid } (got an array)');
    fails({ owners: { '/a': { uid: 0 } } }, 'run: options.owners["/a"].gid must be an integer from -1 to 4294967295 (got undefined)');
    fails({ owners: { '/a': { uid: 0, gid: 0 }, x: { uid: 0, gid: 0 } } }, 'run: options.owners names "x": paths must be absolute');
    passes({ times: { '/a': {}, '/b': { atime: 1, mtime: -2, ctime: 0.5 } } });
    fails({ times: { '/a': { btime: 1 } } }, 'run: options.times["/a"] has "btime": only atime, mtime and ctime');
    fails({ times: { '/a': { mtime: '1' } } }, 'run: options.times["/a"].mtime must be seconds since the epoch (a number) (got the string "1")');
    fails({ times: { '/a': { ctime: Number.NaN } } }, 'run: options.times["/a"].ctime must be seconds since the epoch (a number) (got number)');
    fails({ times: { '/a': 5 } }, 'run: options.times["/a"] must be an object { atime?, mtime?, ctime? } (got number)');
  });

  it('exec, imports, env, switchedOff, state, readImport, servers', () => {
    passes({ exec: () => undefined });
    passes({ exec: { ls: { status: -(2 ** 31), output: '' }, df: { status: 2 ** 31 - 1, output: 'x' } } });
    fails({ exec: { ls: { status: 2 ** 31, output: '' } } }, 'run: options.exec["ls"].status must be an integer from -2147483648 to 2147483647 (got number)');
    fails({ exec: { ls: { status: -(2 ** 31) - 1, output: '' } } }, 'run: options.exec["ls"].status must be an integer from -2147483648 to 2147483647 (got number)');
    fails({ exec: { ls: { status: 0, output: 1 } } }, 'run: options.exec["ls"].output must be a string (got number)');
    fails({ exec: 'ls' }, 'run: options.exec must be an object of { status, output } (got the string "ls")');
    for (const name of ['imports', 'env', 'switchedOff']) {
      passes({ [name]: { a: 'b' } });
      fails({ [name]: { a: 1 } }, `run: options.${name}["a"] must be a string (got number)`);
      fails({ [name]: 'a' }, `run: options.${name} must be an object of strings (got the string "a")`);
    }
    passes({ state: new Map() });
    fails({ state: new Date(0) }, 'run: options.state must be a Map (got a Date)');
    passes({ readImport: () => '' });
    fails({ readImport: {} }, 'run: options.readImport must be a function (got object)');
    passes({ servers: { hub: {} } });
    fails({ servers: { hub: null } }, 'run: options.servers["hub"] must be a memory server (an object) (got null)');
    fails({ servers: [] }, 'run: options.servers must be an object of memory servers (got an array)');
  });

  it('os: a preset name or facts, each field checked', () => {
    passes({ os: 'debian-12' });
    passes({ os: 'solaris-8' });
    fails({ os: 'debian' }, 'run: options.os "debian" is not a preset (debian-12, rhel-9, solaris-8)');
    // A name an object has of its own, not a preset.
    fails({ os: 'toString' }, 'run: options.os "toString" is not a preset (debian-12, rhel-9, solaris-8)');
    fails({ os: 12 }, 'run: options.os must be a preset name or an object { osClass, sysname, release, machine, … } (got number)');
    const base = { osClass: 'linux', sysname: 'linux', release: '6.1', machine: 'x86_64' };
    passes({ os: base });
    passes({ os: { ...base, bits: 32, distribution: { id: 'debian', version: '12', codename: 'bookworm' }, interfaces: { lo: ['127.0.0.1', '255.255.255.255'] } } });
    passes({ os: { ...base, bits: 64, distribution: { id: 'arch' }, interfaces: {} } });
    for (const key of ['osClass', 'sysname', 'release', 'machine']) {
      fails({ os: { ...base, [key]: 1 } }, `run: options.os.${key} must be a string (got number)`);
    }
    fails({ os: { ...base, bits: 16 } }, 'run: options.os.bits must be 32 or 64 (got number)');
    fails({ os: { ...base, distribution: 'debian' } }, 'run: options.os.distribution must be an object { id, version?, codename? } (got the string "debian")');
    fails({ os: { ...base, distribution: {} } }, 'run: options.os.distribution.id must be a string (got undefined)');
    fails({ os: { ...base, distribution: { id: 'd', version: 12 } } }, 'run: options.os.distribution.version must be a string (got number)');
    fails({ os: { ...base, distribution: { id: 'd', codename: 1 } } }, 'run: options.os.distribution.codename must be a string (got number)');
    fails({ os: { ...base, interfaces: ['lo'] } }, 'run: options.os.interfaces must be an object of arrays of IPv4 addresses (got an array)');
    fails({ os: { ...base, interfaces: { lo: '127.0.0.1' } } }, 'run: options.os.interfaces["lo"] must be an array of strings (got the string "127.0.0.1")');
    for (const bad of ['127.0.0', '1.2.3.4.5', '1234.0.0.1', 'x1.2.3.4', '1.2.3.4 ', '1.2.3.a']) {
      fails({ os: { ...base, interfaces: { lo: ['127.0.0.1', bad] } } },
        `run: options.os.interfaces["lo"][1] must be an IPv4 address (192.0.2.2) (got the string ${JSON.stringify(bad)})`);
    }
  });
});

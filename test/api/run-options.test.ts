// Hostile or mistaken options of run() (issue #16): a TypeError naming the option, before
// anything runs, instead of a crash inside or a silently different run.
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const POLICY = 'control:\n  actionsequence = ( files )\n';
const bad = (options: unknown) => run(POLICY, options as never);

describe('run() options', () => {
  it('the policy must be a string', async () => {
    await expect(run(42 as never)).rejects.toThrow(new TypeError('run: the policy (first argument) must be a string (got number)'));
    await expect(run(42 as never)).rejects.toBeInstanceOf(TypeError);
  });

  const cases: [string, unknown, string][] = [
    ['options itself', 42, 'run: options must be an object (got number)'],
    ['files values', { files: { '/a': 42 } }, 'run: options.files["/a"] must be a string or a Uint8Array (got number)'],
    ['files keys', { files: { a: 'x' } }, 'run: options.files names "a": paths must be absolute'],
    ['files as an array', { files: ['/a'] }, 'run: options.files must be an object of strings or Uint8Arrays (got an array)'],
    ['now as text', { now: 'yesterday' }, 'run: options.now must be seconds since the epoch (a number) or a Date (got the string "yesterday")'],
    ['now NaN', { now: Number.NaN }, 'run: options.now must be seconds since the epoch (a number) or a Date (got number)'],
    ['an invalid Date', { now: new Date('nope') }, 'run: options.now must be a valid Date or seconds since the epoch (got a Date)'],
    ['modes', { modes: { '/a': '644' } }, 'run: options.modes["/a"] must be an integer from 0 to 4095 (got the string "644")'],
    ['define', { define: 'a,b' }, 'run: options.define must be an array of strings (got the string "a,b")'],
    ['dryRun', { dryRun: 'yes' }, 'run: options.dryRun must be true or false (got the string "yes")'],
    ['owners', { owners: { '/a': { uid: 'root', gid: 0 } } }, 'run: options.owners["/a"].uid must be an integer from -1 to 4294967295 (got the string "root")'],
    ['exec', { exec: { ls: 'output' } }, 'run: options.exec["ls"] must be an object { status, output } (got the string "output")'],
    ['state', { state: {} }, 'run: options.state must be a Map (got object)'],
    ['an unknown option', { dryrun: true }, 'run: unknown option "dryrun"'],
    ['uid', { uid: 1.5 }, 'run: options.uid must be an integer from -1 to 4294967295 (got number)'],
    ['omitInfo', { omitInfo: 1 }, 'run: options.omitInfo must be true or false (got number)'],
  ];
  for (const [name, options, message] of cases) {
    it(name, async () => {
      await expect(bad(options)).rejects.toThrow(new TypeError(message));
    });
  }

  it('good options still run', async () => {
    const r = await run(POLICY, { files: { '/a': 'x', '/b': new Uint8Array([1]) }, now: new Date(0), modes: { '/a': 0o600 }, dryRun: false, state: new Map() });
    expect(r.exitCode).toBe(0);
  });

  it('exec may be a function of the command line (the playground notes each command it is asked)', async () => {
    const asked: string[] = [];
    const policy = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n "/bin/echo hi"\n';
    const r = await run(policy, { exec: command => { asked.push(command); return { status: 0, output: 'hi\n' }; } });
    expect(asked).toEqual(['/bin/echo hi']);
    expect(r.exitCode).toBe(0);
    await expect(run(policy, { exec: 42 as never })).rejects.toThrow(/options\.exec must be an object/);
  });
});

/**
 * What shellcommands print (issue #20, item 5): every line of a command's output is shown, without
 * -I, prefixed as the 2.2.10 agent prefixes it (case 170: `cfengine:HOST:` and the command's first 15
 * characters); a status other than 0 is a warning; -I and --json keep working; run() carries the
 * lines too, also when the caller omits info lines.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-shell-output-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const POLICY = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n' +
  ' "/bin/echo visible output"\n' +
  ' "/bin/sh -c \'echo one; echo two >&2; exit 3\'"\n';
const file = join(base, 'policy.cf');
fs.writeFileSync(file, POLICY);
const runCli = (...args: string[]) => cfwasm(['run', '-f', file, '--state-dir', join(base, 'state'), '-K', ...args]);

describe('shellcommands output', () => {
  it('is printed without -I, each line prefixed as the agent does; a failing status is a warning, exit 0', () => {
    const r = runCli();
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^cfengine:[^: ]+:\/bin\/echo visib: visible output$/);
    expect(lines[1]).toMatch(/^cfengine:[^: ]+:\/bin\/sh -c 'ech: one$/);
    expect(lines[2]).toMatch(/^cfengine:[^: ]+:\/bin\/sh -c 'ech: two$/);
    expect(lines[3]).toMatch(/^warning: cfengine:[^: ]+: shellcommands: \/bin\/sh -c 'echo one; echo two >&2; exit 3' exited with status 3$/);
    // -S hides the warning, never what the command said.
    const quiet = runCli('-S').stdout;
    expect(quiet).toContain('visib: visible output');
    expect(quiet).not.toContain('exited with status');
  });

  it('-I adds the "Executing script" lines around the same output', () => {
    const out = runCli('-I').stdout;
    expect(out).toMatch(/Executing script \/bin\/echo visible output\.\.\.\ncfengine:[^: ]+:\/bin\/echo visib: visible output\n/);
  });

  it('--json gives each line as a log event of level output, naming its command', () => {
    const events = runCli('--json').stdout.split('\n').filter(Boolean).map(l => JSON.parse(l));
    const output = events.filter(e => e.event === 'log' && e.level === 'output');
    expect(output.map(e => [e.command, e.message.replace(/^cfengine:[^:]+:/, '')])).toEqual([
      ['/bin/echo visible output', '/bin/echo visib: visible output'],
      ["/bin/sh -c 'echo one; echo two >&2; exit 3'", "/bin/sh -c 'ech: one"],
      ["/bin/sh -c 'echo one; echo two >&2; exit 3'", "/bin/sh -c 'ech: two"],
    ]);
    expect(events.some(e => e.event === 'log' && e.level === 'warning' && /exited with status 3$/.test(e.message))).toBe(true);
  });

  it('a dry run runs nothing and prints no output', () => {
    const r = runCli('-n');
    expect(r.stdout).toContain('would execute script /bin/echo visible output');
    expect(r.stdout).not.toContain('visib: visible output');
  });
});

describe('run(): the output in the result', () => {
  const exec = { '/bin/echo hi': { status: 0, output: 'hi\nthere\n' }, '/bin/false': { status: 1, output: '' } };
  const policy = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n "/bin/echo hi"\n "/bin/false"\n';

  it('carries each line as level output, also with omitInfo, and the failing status as a warning', async () => {
    for (const omitInfo of [false, true]) {
      const r = await run(policy, { hostname: 'web1', exec, omitInfo });
      expect(r.exitCode).toBe(0);
      expect(r.log.filter(l => l.level === 'output')).toEqual([
        { level: 'output', message: 'cfengine:web1:/bin/echo hi: hi', command: '/bin/echo hi' },
        { level: 'output', message: 'cfengine:web1:/bin/echo hi: there', command: '/bin/echo hi' },
      ]);
      expect(r.log.filter(l => l.level === 'warning').map(l => l.message)).toEqual(['cfengine:web1: shellcommands: /bin/false exited with status 1']);
    }
  });
});

/**
 * Run-time problems (playground/src/problems.ts) from the JS API's log and trace: the four kinds
 * a user met as a green "exit 0" (an unknown command, a bad regex, a LocateLineMatching that
 * stopped the block, a mistyped file path), each at its place in the policy.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { problemsOf } from '../../playground/src/problems.js';

const files = { '/etc/ssh/sshd_config': new TextEncoder().encode('Port 22\nPermitRootLogin yes\n') };
const dirs = ['/etc', '/etc/ssh'];
const edit = (commands: string, file = '/etc/ssh/sshd_config') =>
  `control:\n  actionsequence = ( editfiles )\neditfiles:\n  { ${file}\n${commands}  }\n`;

async function problems(policy: string) {
  const r = await run(policy, { files, dirs, dryRun: false, trace: true });
  expect(r.exitCode).toBe(0);
  return { list: problemsOf(r.log, r.trace), log: r.log };
}

describe('run-time problems', () => {
  it('an unknown command: its warning, at the command', async () => {
    const { list, log } = await problems('control:\n  actionsequence = ( shellcommands )\nshellcommands:\n  "/usr/bin/frobnicate --now"\n');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 4, column: 3 });
    expect(log[list[0].log!].message).toContain('command not available in the sandbox: /usr/bin/frobnicate --now');
  });

  it('a bad regex: the core\'s error, at the command', async () => {
    const { list } = await problems(edit('  DeleteLinesMatching "Port (22"\n'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 5, column: 3 });
    expect(list[0].message).toContain('invalid regular expression');
  });

  it('a LocateLineMatching that matches nothing stops the block: at that command', async () => {
    const { list } = await problems(edit('  LocateLineMatching "NoSuchLine.*"\n  InsertLine "x"\n'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 5, column: 3 });
    expect(list[0].message).toContain('no line matches');
  });

  it('a mistyped file path: its warning, at the block', async () => {
    const { list } = await problems(edit('  AppendIfNoSuchLine "x"\n', '/etc/ssh/sshd_confg'));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ line: 4, column: 3, log: 0 });
    expect(list[0].message).toContain('/etc/ssh/sshd_confg does not exist');
  });

  it('no problem for a run that only informs, nor for a BreakIfLineMatches that matched', async () => {
    expect((await problems(edit('  AppendIfNoSuchLine "Banner none"\n'))).list).toEqual([]);
    expect((await problems(edit('  BreakIfLineMatches "Port.*"\n  AppendIfNoSuchLine "x"\n'))).list).toEqual([]);
  });
});

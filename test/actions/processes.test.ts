/** The processes action (L10108-10323) against a pretend process table in the memory host. */
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const TABLE = [
  { pid: 1, line: 'root 1 /sbin/init' },
  { pid: 412, line: 'root 412 /usr/sbin/cron -f' },
  { pid: 500, line: 'daemon 500 /usr/sbin/inetd' },
  { pid: 501, line: 'daemon 501 /usr/sbin/inetd -d' },
];

function run(body: string, options: { dryRun?: boolean } = {}) {
  const host = new MemoryHost(new Volume(), { now: 1_800_000_000, processes: TABLE, exec: { '/etc/init.d/sshd start': { status: 0, output: '' } } });
  const r = runPolicyOn(runtime, `control:\n actionsequence = ( processes )\nprocesses:\n${body}\n`, host, { hostname: 'h', ...options });
  return { host, r, log: r.log.map(l => l.message).join('\n') };
}

describe('processes', () => {
  it('signal= goes to every matching process (a substring match, D2)', () => {
    const { host } = run(' "inetd" signal=hup');
    expect(host.signals).toEqual([{ pid: 500, signal: 'hup' }, { pid: 501, signal: 'hup' }]);
  });

  it('processes 0-3 are never signalled, but init may get hup (L10187)', () => {
    expect(run(' "init" signal=term').host.signals).toEqual([]);
    expect(run(' "init" signal=hup').host.signals).toEqual([{ pid: 1, signal: 'hup' }]);
  });

  it('matches= warns when the number is wrong; define= fires on a match (L10227-10246)', () => {
    const { r, log } = run(' "inetd" matches=1 define=inetd_running\n "cron" matches=>0\n "nothing" define=never');
    expect(log).toContain('2 processes match "inetd" (matches=1)');
    expect(log).not.toContain('"cron"');
    expect(r.classes).toContain('inetd_running');
    expect(r.classes).not.toContain('never');
  });

  it('restart runs the command when nothing matches (L10194-10200)', () => {
    expect(run(' "sshd" restart "/etc/init.d/sshd start"').log).toContain('Restarted: /etc/init.d/sshd start');
    expect(run(' "cron" restart "/etc/init.d/sshd start"').log).not.toContain('Restarted');
  });

  it('action=warn reports and sends nothing; dry run says what it would send', () => {
    const warn = run(' "cron" signal=kill action=warn');
    expect(warn.host.signals).toEqual([]);
    expect(warn.log).toContain('process matches "cron": root 412 /usr/sbin/cron -f');
    const dry = run(' "cron" signal=kill', { dryRun: true });
    expect(dry.host.signals).toEqual([]);
    expect(dry.log).toContain('would send kill to process 412');
  });

  it('an invalid regular expression is that item\'s error', () => {
    expect(run(' "cron(" signal=hup').log).toMatch(/processes: invalid regular expression "cron\(": unmatched \( or \\\(/);
  });
});

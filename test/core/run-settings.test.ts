/**
 * A run request's options and facts as the core reads them (engine/src/run/settings.ts), and the
 * same request sent again as `sameRequest` (lint's trial runs): the settings read for the first run
 * serve the next ones unchanged, whatever the first run did. The request object and its facts have
 * more members than the core scans for (util/json.ts finds those through an index of their shape),
 * and members left out take their defaults.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy, runParsedPolicy, runRequest } from '../../host/api/runtime.js';
import { TrialHost } from '../../host/lint/trial-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const NOW = 1_700_000_000;
const POLICY = [
  'control:',
  ' actionsequence = ( editfiles )',
  ' Inform = ( On )',
  ' AddClasses = ( added )',
  'editfiles:',
  ' { /etc/motd',
  ' AppendIfNoSuchLine "$(host) $(fqhost)"',
  ' }',
  '',
].join('\n');
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

interface Result { classes: string[]; sysadm: string; output: { inform: boolean; verbose: boolean }; log: { text: string }[] }

describe('a run request read once', () => {
  it('runs again as sameRequest with the same options, facts and classes, after a run that defined classes of its own', async () => {
    const runtime = await nodeRuntime();
    const { policy } = parsePolicy(runtime.parser, POLICY);
    const request = runRequest(policy, {
      now: NOW, hostname: 'web1', fqhost: 'web1.example.org', define: ['given'], negate: ['added'],
      underscoreClasses: true, hardClasses: ['extra_hard'], env: { HOME: '/root' },
    });
    const run = (contents: string) => {
      const host = new TrialHost({ '/etc/motd': bytes(contents) }, NOW);
      const result = runtime.core.runPolicy(request, host) as Result;
      return { result, motd: text(host.files()['/etc/motd']), sent: runtime.core.requestBytes };
    };
    const first = run('a\n');
    const second = run('b\n');
    expect(second.sent).toBeLessThan(32); // the second was sent as sameRequest
    expect(first.motd).toBe('a\nweb1 web1.example.org\n');
    expect(second.motd).toBe('b\nweb1 web1.example.org\n');
    // -U: hard classes and the host name begin with an underscore; define= as given; the
    // negated class stays undefined; control's Inform read case-blind.
    for (const r of [first.result, second.result]) {
      expect(r.classes).toEqual(expect.arrayContaining(['_linux', '_extra_hard', '_web1', 'given', 'any']));
      expect(r.classes).not.toContain('linux');
      expect(r.classes).not.toContain('added');
      expect(r.output.inform).toBe(true);
    }
    expect(second.result.classes).toEqual(first.result.classes);
  });

  it('members a request leaves out take their defaults (facts without fqhost: the host name; no uid: 0)', async () => {
    const runtime = await nodeRuntime();
    const { policy } = parsePolicy(runtime.parser, POLICY);
    const request = runRequest(policy, { now: NOW, hostname: 'db2' }) as { facts: Record<string, unknown> };
    delete request.facts.fqhost;
    delete request.facts.uid;
    const host = new TrialHost({ '/etc/motd': bytes('') }, NOW);
    const result = runtime.core.runPolicy(request, host) as Result;
    expect(text(host.files()['/etc/motd'])).toBe('db2 db2\n');
    expect(result.classes).toEqual(expect.arrayContaining(['linux', 'db2', 'added']));
  });
});

describe('the head of a result without classes (index.ts keeps the last one encoded)', () => {
  it('says each run\'s own sysadm and output flags, whichever ran before', async () => {
    const runtime = await nodeRuntime();
    const policy = (sysadm: string, inform: string) => parsePolicy(runtime.parser,
      `control:\n actionsequence = ( editfiles )\n sysadm = ( ${sysadm} )\n Inform = ( ${inform} )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "x"\n }\n`);
    const a = policy('a@example.org', 'off');
    const b = policy('b@example.org', 'on');
    const run = (parsed: ReturnType<typeof policy>, omitClasses: boolean) => {
      const r = runParsedPolicy(runtime.core, parsed, new TrialHost({ '/etc/motd': bytes('') }, NOW), { now: NOW, omitClasses }) as unknown as Result;
      return [r.sysadm, r.output.inform, r.output.verbose, r.classes.length > 0];
    };
    expect(run(a, true)).toEqual(['a@example.org', false, false, false]);
    expect(run(a, true)).toEqual(['a@example.org', false, false, false]);
    expect(run(b, true)).toEqual(['b@example.org', true, false, false]);
    expect(run(b, false)).toEqual(['b@example.org', true, false, true]);
    expect(run(a, true)).toEqual(['a@example.org', false, false, false]);
    expect(run(a, false)).toEqual(['a@example.org', false, false, true]);
  });
});

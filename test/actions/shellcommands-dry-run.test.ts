/**
 * shellcommands under dry run (-n) plan what the run does where the plan can know it: the command
 * is not run, but the classes its define= would give are defined, so later items guarded by them
 * are planned (docs/compatibility.md, "Dry run and define="; files' compress and processes'
 * define= already did so). The session-21 fuzzing of shellcommands (Node with and without a root,
 * dry run against run) found every `define=` of a command missing from the plan: an edit or a
 * touch guarded by it was planned by no dry run and made by every run. What a command itself
 * changes, its output and its status remain the run's to know.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { scratchDirs } from '../support/scratch.js';
import { NOW, run, runtime } from './helpers.js';

const fresh = scratchDirs('cfwasm-sh-dry-');

const policy = (dir: string) => 'control:\n actionsequence = ( shellcommands files editfiles.ran )\n' +
  'shellcommands:\n "/bin/true" define=ran:ok\n' +
  `files:\n ok::\n ${dir}/flag mode=600 action=touch\n` +
  `editfiles:\n ran::\n { ${dir}/log\n AutoCreate\n AppendIfNoSuchLine "ran"\n }\n`;

describe('a command\'s define= classes are defined under dry run too', () => {
  it('in memory: the plan has the run\'s classes and changes', () => {
    const exec = () => ({ status: 0, output: '' });
    const dry = run(policy('/d'), { '/d/x': 'x' }, { exec, dryRun: true });
    const real = run(policy('/d'), { '/d/x': 'x' }, { exec });
    expect(real.result.classes).toEqual(expect.arrayContaining(['ran', 'ok']));
    expect(dry.result.classes).toEqual(real.result.classes);
    expect(dry.result.changes).toEqual(real.result.changes);
    expect(real.result.changes.map(c => c.op)).toEqual(['exec', 'write', 'create', 'save']);
    expect(dry.commands).toEqual([]); // nothing run under dry run
  });

  it.runIf(process.platform === 'linux')('on disk without a root: the same plan as the run', () => {
    const out: Record<string, unknown> = {};
    for (const dryRun of [true, false]) {
      const dir = join(fresh(), 'd');
      fs.mkdirSync(dir);
      const r = runPolicyOn(runtime, policy(dir), new NodeHost({ dryRun }), { now: NOW, hostname: 'h', dryRun });
      out[dryRun ? 'dry run' : 'run'] = { classes: r.classes, changes: JSON.stringify(r.changes).split(dir).join('/d') };
    }
    expect(out['dry run']).toEqual(out.run);
  });

  it('a command not run (bad timeout=) defines nothing, in the plan as in the run', () => {
    const p = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n "/bin/true" timeout=-1 define=ran\n';
    const dry = run(p, {}, { exec: () => ({ status: 0, output: '' }), dryRun: true });
    expect(dry.result.classes).not.toContain('ran');
    expect(dry.log).toContain('timeout=-1 is not a number of seconds; command not run');
  });
});

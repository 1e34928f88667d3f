/**
 * CF015's own failure paths and its trial files: a trial run that fails is reported as "not
 * checked", never taken for convergence; and the trial files that hold one searched line alone,
 * or all but one, are what finds edits that go wrong only on such files.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../host/core/core.js';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const EDIT = (cmds: string) => `control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n${cmds}\n }\n`;
const cf015 = (text: string, rt = runtime) =>
  lintPolicy(rt, text, 'p.cf', {}).filter(d => d.code === 'CF015').map(d => `${d.loc.line}:${d.loc.column} ${d.message}`);

describe('CF015 when a trial run fails', () => {
  it('says the file was not checked, with the reason, at the block; it is never counted as convergent', () => {
    const core = Object.create(runtime.core) as Core;
    core.runPolicy = () => {
      throw new Error('the core trapped: unreachable');
    };
    const found = cf015(EDIT(' AppendIfNoSuchLine "x"'), { parser: runtime.parser, core });
    expect(found).toEqual(['4:2 not checked: the trial run failed (the core trapped: unreachable)']);
  });
});

describe('CF015 trial files', () => {
  it('a searched line alone: an edit that goes wrong only when one line is there without the other', () => {
    // "start" without "end": the group inserts after start on every run. Neither the empty, the
    // typical nor the all-lines trial has start without end.
    const policy = EDIT(' LocateLineMatching "^start$"\n BeginGroupIfNoLineMatching "^end$"\n InsertLine "added"\n EndGroup');
    expect(cf015(policy)).toEqual([expect.stringMatching(/^7:2 \/etc\/x changes again on a second run: InsertLine/)]);
  });

  it('a searched line left out: an edit that goes wrong only when one of three lines is missing', () => {
    // alpha and beta found, gamma missing: the insert repeats. No trial with a single line has
    // both alpha and beta; only "all but gamma" shows it.
    const policy = EDIT(' LocateLineMatching "^alpha$"\n LocateLineMatching "^beta$"\n' +
      ' BeginGroupIfNoLineMatching "^gamma$"\n InsertLine "added"\n EndGroup');
    expect(cf015(policy)).toEqual([expect.stringMatching(/^8:2 \/etc\/x changes again on a second run: InsertLine/)]);
  });
});

/**
 * A policy whose control section has no actionsequence is a part of a policy (imported by the one
 * that has it), whatever else its control section holds: lint leaves out the class and variable
 * checks that need the whole policy (isPartial) and tries its edits as an importer would run them
 * (checkConvergence adds an actionsequence of editfiles). Both tests of "has an actionsequence"
 * ask for an assignment of that name *in control*; a control section of other settings, or an
 * assignment of that name in another section, does not count (Stryker found `&&` → `||` unkilled).
 */
import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const codes = (text: string, noRun: boolean) => lintPolicy(runtime, text, 'p.cf', { noRun }).map(d => d.code);
const BLOCK = 'editfiles:\n nowhere::\n { /etc/motd\n Append "again"\n }\n';

describe('a control section without an actionsequence', () => {
  it('is a partial policy: no CF012 for a class nothing here defines', () => {
    expect(codes(`control:\n domain = ( example.org )\n${BLOCK}`, true)).not.toContain('CF012');
    // With its actionsequence it is whole, and the class is reported.
    expect(codes(`control:\n actionsequence = ( editfiles )\n${BLOCK}`, true)).toContain('CF012');
    expect(codes(`control:\n actionsequence = ( editfiles )\n domain = ( example.org )\n${BLOCK}`, true)).toContain('CF012');
    // An assignment named actionsequence outside control (a group here) does not make it whole.
    expect(codes(`control:\n domain = ( example.org )\ngroups:\n actionsequence = ( h1 )\n${BLOCK}`, true)).not.toContain('CF012');
  });

  it('has its edits tried with an actionsequence of editfiles added: an Append every run is CF015', () => {
    const text = 'control:\n domain = ( example.org )\neditfiles:\n { /etc/motd\n Append "again"\n }\n';
    expect(codes(text, false)).toContain('CF015');
    expect(codes(text.replace('domain = ( example.org )', 'actionsequence = ( files )'), false)).not.toContain('CF015');
    // Whole (its own actionsequence, beside another setting), it runs as written: no editfiles.
    expect(codes(text.replace('domain = ( example.org )', 'actionsequence = ( files )\n domain = ( example.org )'), false)).not.toContain('CF015');
    expect(codes(text.replace('editfiles:', 'groups:\n actionsequence = ( h1 )\neditfiles:'), false)).toContain('CF015');
  });
});

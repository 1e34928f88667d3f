/**
 * firstDivergence (host/lint/divergence.ts), on traces written by hand: which command of a file's
 * editing CF015 and the playground blame for a second run changing the file again, and why.
 */
import { describe, expect, it } from 'vitest';
import { divergenceLoc, firstDivergence } from '../../host/lint/divergence.js';

const at = (line: number) => ({ file: 'p.cf', line, column: 3 });
/** An edit record of /etc/motd for command `index` at line `index + 10`. */
const edit = (index: number, fields: object) => ({ event: 'edit', file: '/etc/motd', index, at: at(index + 10), command: `Cmd${index}`, ...fields });
const ran = { status: 'ran' };

describe('firstDivergence', () => {
  it('blames a command that stopped the editing in one run only, with its reason', () => {
    const first = [edit(0, ran), edit(1, { status: 'ran', stopped: true, reason: 'no line matched' })];
    const second = [edit(0, ran), edit(1, ran)];
    expect(firstDivergence(first, second, '/etc/motd')).toEqual({
      kind: 'stopped', command: 'Cmd1', at: at(11),
      why: 'Cmd1 ended the editing in the first run only (the line pointer it started from differs: no line matched)',
    });
    const second2 = [edit(0, ran), edit(1, { status: 'ran', stopped: true, reason: 'past the end' })];
    expect(firstDivergence(second, second2, '/etc/motd')?.why).toBe(
      'Cmd1 ended the editing in the second run only (the line pointer it started from differs: past the end)');
    // No reason given: the empty ": " is dropped, whichever run stopped.
    expect(firstDivergence([edit(1, ran)], [edit(1, { status: 'ran', stopped: true })], '/etc/motd')?.why).toBe(
      'Cmd1 ended the editing in the second run only (the line pointer it started from differs)');
    expect(firstDivergence([edit(1, { status: 'ran', stopped: true })], [edit(1, ran)], '/etc/motd')?.why).toBe(
      'Cmd1 ended the editing in the first run only (the line pointer it started from differs)');
  });

  it('blames a command that failed in one run only', () => {
    expect(firstDivergence([edit(2, { status: 'failed' })], [edit(2, ran)], '/etc/motd')).toEqual({
      kind: 'failed', command: 'Cmd2', at: at(12), why: 'Cmd2 failed in the first run only' });
    expect(firstDivergence([edit(2, ran)], [edit(2, { status: 'failed' })], '/etc/motd')?.why).toBe('Cmd2 failed in the second run only');
  });

  it('else blames the first command that changed lines in the second run, saying what it did in the first', () => {
    const changed = (fields: object) => edit(3, { status: 'ran', ...fields });
    expect(firstDivergence([], [changed({ added: ['x'] })], '/etc/motd')).toEqual({
      kind: 'changed', command: 'Cmd3', at: at(13), why: 'Cmd3 changes it again in the second run (it was not reached in the first run)' });
    expect(firstDivergence([edit(3, { status: 'skipped', reason: 'class not set' })], [changed({ deleted: ['y'] })], '/etc/motd')?.why).toBe(
      'Cmd3 changes it again in the second run (it was skipped in the first run (class not set))');
    expect(firstDivergence([changed({ changed: ['z'] })], [changed({ changed: ['z'] })], '/etc/motd')?.why).toBe(
      'Cmd3 changes it again in the second run (it changed it in the first run too)');
  });

  it('passes over commands that changed nothing, did not run, or have no place, and answers null when none is to blame', () => {
    const first = [edit(0, ran), edit(1, ran), edit(2, ran)];
    const second = [
      edit(0, { status: 'ran', added: [], deleted: [], changed: [] }),
      edit(1, { status: 'skipped', added: ['not counted'] }),
      { ...edit(2, { status: 'ran', added: ['a'] }), at: undefined },
      edit(4, { status: 'ran', deleted: ['b'] }),
    ];
    expect(firstDivergence(first, second, '/etc/motd')?.command).toBe('Cmd4');
    expect(firstDivergence(first, second.slice(0, 3), '/etc/motd')).toBeNull();
  });

  it('reads only edit records of the file asked about, each occurrence of a looped command apart', () => {
    const other = { ...edit(5, { status: 'ran', added: ['x'] }), file: '/etc/other' };
    const notEdit = { ...edit(5, { status: 'ran', added: ['x'] }), event: 'file' };
    const noIndex = { ...edit(5, { status: 'ran', added: ['x'] }), index: undefined };
    expect(firstDivergence([], [other, notEdit, noIndex], '/etc/motd')).toBeNull();
    // A loop runs command 6 twice: its second occurrence failed only in the second run.
    const first = [edit(6, ran), edit(6, ran)];
    const second = [edit(6, ran), edit(6, { status: 'failed' })];
    expect(firstDivergence(first, second, '/etc/motd')?.kind).toBe('failed');
    // The second occurrence is compared with the first run's second, not its first.
    expect(firstDivergence([edit(6, { status: 'failed' }), edit(6, ran)], [edit(6, { status: 'failed' }), edit(6, ran)], '/etc/motd')).toBeNull();
  });

  it('blames the earliest command that differs, not a later one', () => {
    const first = [edit(0, { status: 'failed' }), edit(1, ran), edit(2, ran)];
    const second = [edit(0, ran), edit(1, { status: 'failed' }), edit(2, ran)];
    expect(firstDivergence(first, second, '/etc/motd')?.command).toBe('Cmd0');
  });

  it('places the diagnostic on the command name', () => {
    expect(divergenceLoc({ kind: 'changed', command: 'AppendIfNoSuchLine', at: { file: 'p.cf', line: 4, column: 5 }, why: '' }, 'p.cf'))
      .toEqual({ file: 'p.cf', line: 4, column: 5, endLine: 4, endColumn: 23 });
  });
});

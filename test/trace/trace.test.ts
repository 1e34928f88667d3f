/**
 * The trace of editfiles against the manual: the line pointer of LocateLineMatching (L8584),
 * IncrementPointer (L8551), ResetSearch (L8648, D18), GotoLastLine (L8538), InsertLine and the
 * insert-once example (L8330-8347); aborted blocks; loops; the other actions' items; where each
 * class came from; `cfwasm run --trace`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEdit, editSteps, formatTrace, run } from '../../host/api/index.js';
import type { EditEvent, TraceEvent } from '../../host/api/index.js';
import { cfwasm } from '../support/cli.js';

const NOW = Date.UTC(2026, 10, 22, 2, 4) / 1000;
const FILE = 'one\ntwo\nthree\nfour\nfive\n';

function policy(commands: string, extra = ''): string {
  return `control:\n actionsequence = ( editfiles )\n${extra}editfiles:\n { /etc/f\n${commands}\n }\n`;
}

async function traceOf(commands: string, content = FILE, extra = '') {
  const r = await run(policy(commands, extra), { files: { '/etc/f': content }, now: NOW, hostname: 'h', trace: true });
  const edits = (r.trace ?? []).filter((e): e is EditEvent => e.event === 'edit');
  return { r, edits, text: new TextDecoder().decode(r.files['/etc/f']) };
}

/** [command, pointer after] of each command that ran. */
const pointers = (edits: EditEvent[]) => edits.filter(e => e.status !== 'skipped').map(e => [e.command, e.pointerAfter]);

describe('the line pointer in the trace', () => {
  it('starts on line 1; LocateLineMatching moves it to the matching line (L8584)', async () => {
    const { edits } = await traceOf(' LocateLineMatching "thr.*"\n LocateLineMatching "f.*"');
    expect(edits[0]).toMatchObject({ pointerBefore: 1, pointerAfter: 3, matched: [3], status: 'ran' });
    // The search starts at the pointer: the first f… line from line 3 on is four.
    expect(edits[1]).toMatchObject({ pointerBefore: 3, pointerAfter: 4, matched: [4] });
  });

  it('IncrementPointer moves by the number, either way, and bumps into the first and last lines (L8551)', async () => {
    const { edits } = await traceOf(' IncrementPointer "2"\n IncrementPointer "-1"\n IncrementPointer "40"\n IncrementPointer "-99"');
    expect(pointers(edits)).toEqual([['IncrementPointer', 3], ['IncrementPointer', 2], ['IncrementPointer', 5], ['IncrementPointer', 1]]);
  });

  it('ResetSearch sets the pointer to the line number; "EOF" is the last line (L8648, D18)', async () => {
    const { edits } = await traceOf(' ResetSearch "4"\n ResetSearch "EOF"\n ResetSearch "1"');
    expect(pointers(edits)).toEqual([['ResetSearch', 4], ['ResetSearch', 5], ['ResetSearch', 1]]);
  });

  it('GotoLastLine moves to the last line (L8538); InsertLine inserts after it, the pointer on the new line', async () => {
    const { edits, text } = await traceOf(' GotoLastLine\n InsertLine "six"\n InsertLine "seven"');
    expect(edits[0]).toMatchObject({ command: 'GotoLastLine', pointerBefore: 1, pointerAfter: 5 });
    expect(edits[1]).toMatchObject({ pointerBefore: 5, pointerAfter: 6, added: [{ line: 6, text: 'six' }] });
    expect(edits[2]).toMatchObject({ pointerAfter: 7, added: [{ line: 7, text: 'seven' }] });
    expect(text).toBe(`${FILE}six\nseven\n`);
  });

  it('the manual\'s insert-once example (L8330-8347): the trace shows why it is not convergent (D3)', async () => {
    const commands = [
      ' LocateLineMatching "start.*"', ' IncrementPointer "1"',
      ' BeginGroupIfNoMatch "# cfengine - 2/Jan/95"',
      '  InsertLine "# cfengine - 2/Jan/95"', '  InsertLine "/local/bin/start-xdm"',
      ' EndGroup',
    ].join('\n');
    const first = await traceOf(commands, 'a\nstart here\nb\nc\n');
    expect(first.edits.map(e => [e.command, e.status, e.pointerBefore, e.pointerAfter, e.condition])).toEqual([
      ['LocateLineMatching', 'ran', 1, 2, undefined],
      ['IncrementPointer', 'ran', 2, 3, undefined],
      ['BeginGroupIfNoMatch', 'ran', 3, 3, true],
      ['InsertLine', 'ran', 3, 4, undefined],
      ['InsertLine', 'ran', 4, 5, undefined],
      ['EndGroup', 'ran', 5, 5, undefined],
    ]);
    expect(first.text).toBe('a\nstart here\nb\n# cfengine - 2/Jan/95\n/local/bin/start-xdm\nc\n');
    // Each step's lines, replayed from the trace.
    const steps = editSteps(first.r.trace!)[0].steps.map(s => s.lines);
    expect(steps[3]).toEqual(['a', 'start here', 'b', '# cfengine - 2/Jan/95', 'c']);
    expect(steps[5]).toEqual(first.text.split('\n').slice(0, -1));
    // The manual says "the grouped lines will only be carried out once"; with InsertLine
    // inserting after the current line (D3) the marker lands one line below the line the
    // condition tests, and the trace shows it: the condition looks at line 3 ("b") again.
    const second = await traceOf(commands, first.text);
    expect(second.edits.map(e => [e.command, e.status, e.pointerAfter, e.condition])).toEqual([
      ['LocateLineMatching', 'ran', 2, undefined],
      ['IncrementPointer', 'ran', 3, undefined],
      ['BeginGroupIfNoMatch', 'ran', 3, true],
      ['InsertLine', 'ran', 4, undefined],
      ['InsertLine', 'ran', 5, undefined],
      ['EndGroup', 'ran', 5, undefined],
    ]);
    expect(second.edits[2].matched).toBeUndefined();
    // Started one line lower, the example converges: the condition sees the marker and the group is skipped.
    const third = await traceOf(commands.replace('IncrementPointer "1"', 'IncrementPointer "2"'), first.text);
    expect(third.edits.map(e => [e.command, e.status, e.reason ?? e.condition])).toEqual([
      ['LocateLineMatching', 'ran', undefined],
      ['IncrementPointer', 'ran', undefined],
      ['BeginGroupIfNoMatch', 'ran', false],
      ['InsertLine', 'skipped', 'group'],
      ['InsertLine', 'skipped', 'group'],
      ['EndGroup', 'skipped', 'group'],
    ]);
    expect(third.edits[2].matched).toEqual([4]);
    expect(third.text).toBe(first.text);
  });
});

describe('skipped, failed and aborted commands', () => {
  it('a LocateLineMatching without a match stops the block: the rest is shown skipped as aborted', async () => {
    const { edits, text } = await traceOf(' Append "x"\n LocateLineMatching "nowhere"\n Append "y"\n BeginGroupIfNoLineMatching "z"\n Append "z"\n EndGroup');
    expect(edits.map(e => [e.command, e.status, e.reason === undefined ? null : e.reason.includes('no line matches') ? 'no match' : e.reason])).toEqual([
      ['Append', 'ran', null],
      ['LocateLineMatching', 'ran', 'no match'],
      ['Append', 'skipped', 'aborted'],
      ['BeginGroupIfNoLineMatching', 'skipped', 'aborted'],
      ['Append', 'skipped', 'aborted'],
      ['EndGroup', 'skipped', 'aborted'],
    ]);
    expect(edits[1].stopped).toBe(true);
    expect(text).toBe(`${FILE}x\n`);
  });

  it('BreakIfLineMatches on a matching line stops the block; a bad regex and a bad number fail', async () => {
    const broke = await traceOf(' BreakIfLineMatches "one"\n Append "no"');
    expect(broke.edits[0]).toMatchObject({ status: 'ran', stopped: true, matched: [1] });
    expect(broke.edits[1]).toMatchObject({ status: 'skipped', reason: 'aborted' });
    const bad = await traceOf(' DeleteLinesMatching "(x"\n IncrementPointer "zero"\n Append "no"');
    expect(bad.edits[0].status).toBe('failed');
    expect(bad.edits[0].reason).toMatch(/invalid regular expression "\(x": unmatched \( or \\\( at byte 1/);
    expect(bad.edits[1]).toMatchObject({ status: 'failed', stopped: true });
    expect(bad.edits[2]).toMatchObject({ status: 'skipped', reason: 'aborted' });
    expect(bad.r.log.slice(...bad.edits[0].log!).map(l => l.level)).toEqual(['error']);
  });

  it('a block whose class is false: its commands are skipped with the reason class', async () => {
    const r = await run('control:\n actionsequence = ( editfiles )\neditfiles:\n nothere::\n { /etc/f\n Append "a"\n Append "b"\n }\n',
      { files: { '/etc/f': FILE }, now: NOW, trace: true });
    const edits = r.trace!.filter((e): e is EditEvent => e.event === 'edit');
    expect(edits.map(e => [e.command, e.status, e.reason, e.at?.line])).toEqual([['Append', 'skipped', 'class', 6], ['Append', 'skipped', 'class', 7]]);
  });

  it('a file that is not there: every command skipped, with why', async () => {
    const r = await run(policy(' Append "a"').replace('/etc/f', '/etc/missing'), { now: NOW, trace: true });
    expect(r.trace!.filter(e => e.event === 'edit')).toMatchObject([{ status: 'skipped', reason: 'file', detail: 'the file does not exist' }]);
    expect(r.trace!.find(e => e.event === 'edit-end')).toMatchObject({ status: 'not-edited' });
  });

  it('ForEachLineIn: each iteration of the loop body, numbered, with the line it set', async () => {
    const r = await run(policy(' ForEachLineIn "/etc/users"\n  AppendIfNoLineMatching "$(n)never"\n EndLoop\n Append "end"', ' n = ( "" )\n'),
      { files: { '/etc/f': 'x\n', '/etc/users': 'ann\n\nbob\n' }, now: NOW, trace: true });
    const edits = r.trace!.filter((e): e is EditEvent => e.event === 'edit');
    expect(edits.map(e => [e.command, e.iterations ?? e.iteration?.n ?? null, e.iteration?.line ?? null, e.added?.map(a => a.text) ?? null])).toEqual([
      ['ForEachLineIn', 2, null, null],
      ['AppendIfNoLineMatching', 1, 'ann', ['ann']],
      ['EndLoop', 1, 'ann', null],
      ['AppendIfNoLineMatching', 2, 'bob', ['bob']],
      ['EndLoop', 2, 'bob', null],
      ['Append', null, null, ['end']],
    ]);
  });

  it('ForEachLineIn over no lines or a missing file: the body is skipped with the reason loop, not group', async () => {
    for (const users of [{ '/etc/users': '\n\n' }, {}]) {
      const r = await run(policy(' ForEachLineIn "/etc/users"\n  Append "$(n)"\n EndLoop\n Append "end"', ' n = ( "" )\n'),
        { files: { '/etc/f': 'x\n', ...users }, now: NOW, trace: true });
      const edits = r.trace!.filter((e): e is EditEvent => e.event === 'edit');
      expect(edits.map(e => [e.command, e.status, e.reason ?? null])).toEqual([
        ['ForEachLineIn', 'ran', null],
        ['Append', 'skipped', 'loop'],
        ['EndLoop', 'skipped', 'loop'],
        ['Append', 'ran', null],
      ]);
      expect(edits[1].detail).toBe('/etc/users' in users ? 'no lines to loop over' : 'cannot read /etc/users');
    }
  });

  it('ReplaceAll: the byte spans replaced on each line, as they were before the command', async () => {
    const { edits, text } = await traceOf(' ReplaceAll "o+" With "0"', 'foo boo\nbar\nzoo\n');
    expect(edits[0].spans).toEqual([{ line: 1, spans: [1, 3, 5, 7] }, { line: 3, spans: [1, 3] }]);
    expect(edits[0].changed).toEqual([{ line: 1, was: 1, text: 'f0 b0' }, { line: 3, was: 3, text: 'z0' }]);
    expect(edits[0].pointerAfter).toBe(4); // past the end (case 128)
    expect(text).toBe('f0 b0\nbar\nz0\n');
  });

  it('deletes and comments: the lines matched, deleted (numbered before) and changed', async () => {
    const { edits } = await traceOf(' DeleteLinesMatching "t.*"\n HashCommentLinesContaining "f"\n HashCommentLinesContaining "f"');
    expect(edits[0]).toMatchObject({ matched: [2, 3], deleted: [2, 3], lineCount: 3 });
    expect(edits[1]).toMatchObject({ matched: [2, 3], changed: [{ line: 2, was: 2, text: '# four' }, { line: 3, was: 3, text: '# five' }] });
    // Already commented: matched, nothing changed.
    expect(edits[2].matched).toEqual([2, 3]);
    expect(edits[2].changed).toBeUndefined();
  });
});

describe('the rest of the trace', () => {
  it('actions and their items: ran with the changes they made, or skipped by class', async () => {
    const r = await run('control:\n actionsequence = ( files tidy.yes )\nfiles:\n /etc/f mode=600 action=fixall\n no:: /etc/g mode=600 action=fixall\n',
      { files: { '/etc/f': 'x\n', '/etc/g': 'y\n' }, now: NOW, trace: true });
    const [files, skipped, item, tidy] = r.trace!;
    expect(files).toMatchObject({ event: 'action', action: 'files', status: 'ran' });
    expect(skipped).toMatchObject({ event: 'item', status: 'skipped', reason: 'class', at: { line: 5 } });
    expect(item).toMatchObject({ event: 'item', action: 'files', status: 'ran', at: { line: 4 } });
    if (item.event !== 'item') throw new Error('not an item');
    expect(r.changes.slice(...item.changes!)).toEqual([expect.objectContaining({ op: 'chmod', path: '/etc/f' })]);
    expect(tidy).toMatchObject({ event: 'action', entry: 'tidy.yes', status: 'ran' });
    expect(formatTrace(r.trace!, r.changes)).toContain('  policy.cf:4:2 files item: ran, 1 change(s): chmod /etc/f');
  });

  it('where each class came from', async () => {
    const r = await run(`control:
 actionsequence = ( editfiles files.extra )
 addclasses = ( added )
groups:
 web = ( h )
editfiles:
 { /etc/f
 DefineClasses "edited"
 AppendIfNoSuchLine "new"
 }
files:
 /etc/f mode=600 action=fixall define=fixed
`, { files: { '/etc/f': 'x\n' }, now: NOW, hostname: 'h', define: ['cli'], trace: true });
    const o = r.classOrigins!;
    expect(o.any).toEqual({ origin: 'any' });
    expect(o.linux).toEqual({ origin: 'hard' });
    expect(o.h).toEqual({ origin: 'hostname' });
    expect(o.Sunday).toEqual({ origin: 'time' });
    expect(o.cli).toEqual({ origin: 'define' });
    expect(o.added).toEqual({ origin: 'addclasses' });
    expect(o.web).toEqual({ origin: 'group', detail: 'web' });
    expect(o.edited).toEqual({ origin: 'editfiles', detail: '/etc/f' });
    expect(o.fixed).toEqual({ origin: 'action', detail: 'files' });
    expect(Object.keys(o).sort()).toEqual([...r.classes].sort());
  });

  it('applyEdit replays deletes, adds and changes in one step', () => {
    const e = { event: 'edit', file: 'f', index: 0, command: 'X', args: [], status: 'ran',
      deleted: [1], added: [{ line: 3, text: 'new' }], changed: [{ line: 1, was: 2, text: 'B' }] } as EditEvent;
    expect(applyEdit(['a', 'b', 'c'], e)).toEqual(['B', 'c', 'new']);
  });

  it('a run without trace: true has none', async () => {
    const r = await run(policy(' Append "a"'), { files: { '/etc/f': FILE }, now: NOW });
    expect(r.trace).toBeUndefined();
    expect(r.classOrigins).toBeUndefined();
  });

  it('cfwasm run --trace prints it readably, and with --json as trace events', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-trace-'));
    mkdirSync(join(dir, 'root', 'etc'), { recursive: true });
    writeFileSync(join(dir, 'root', 'etc', 'f'), FILE);
    writeFileSync(join(dir, 'p.cf'), policy(' LocateLineMatching "two"\n InsertLine "2.5"\n LocateLineMatching "none"\n Append "x"'));
    const text = cfwasm(['run', '-f', join(dir, 'p.cf'), '--root', join(dir, 'root'), '--trace', '-q']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('LocateLineMatching "two": ran, pointer 1→2, matched 2');
    expect(text.stdout).toContain('InsertLine "2.5": ran, pointer 2→3, added 3');
    expect(text.stdout).toMatch(/Append "x": skipped \(the file's editing stopped before it\)/);
    expect(text.stdout).toMatch(/classes: .*any \(any\)/);
    writeFileSync(join(dir, 'root', 'etc', 'f'), FILE);
    const json = cfwasm(['run', '-f', join(dir, 'p.cf'), '--root', join(dir, 'root'), '--trace', '--json', '-q']);
    const events = json.stdout.trim().split('\n').map(l => JSON.parse(l));
    const records = events.filter(e => e.event === 'trace').map(e => e.record as TraceEvent);
    expect(records.filter(e => e.event === 'edit').map(e => (e as EditEvent).status)).toEqual(['ran', 'ran', 'ran', 'skipped']);
    expect(events.find(e => e.event === 'classes').origins.any).toEqual({ origin: 'any' });
    expect(formatTrace(records).length).toBe(records.length);
  });
});

describe('replaying the trace', () => {
  it('a long file\'s text (quotes, backslashes, tabs, control bytes) arrives whole in the edit-file record', async () => {
    const line = (i: number) => `key${i} = "va\\lue"\t# \u0001 é ${'x'.repeat(i % 7)}`;
    const content = Array.from({ length: 400 }, (_, i) => `${line(i)}\n`).join('');
    expect(content.length).toBeGreaterThan(4096);
    const { r, text } = await traceOf(' ReplaceAll "é" With "e"', content, ' editfilesize = ( 0 )\n');
    const [session] = editSteps(r.trace!);
    expect(session.start.map(l => `${l}\n`).join('')).toBe(content);
    expect(session.steps[0].lines.map(l => `${l}\n`).join('')).toBe(text);
  });

  // Random blocks of commands that delete, insert, change, empty lines and the whole file: the
  // lines replayed from the records, step by step, end as the text the run saved.
  const COMMANDS = [
    'DeleteLinesMatching "b.*"', 'DeleteLinesContaining "a"', 'InsertLine "new"', 'Append "end"', 'Prepend "top"',
    'ReplaceAll "a+" With ""', 'ReplaceAll "[0-9]" With "N"', 'ReplaceAll ".*" With ""', 'HashCommentLinesContaining "c"',
    'UnCommentLinesMatching "#.*"', 'LocateLineMatching ".*"', 'IncrementPointer "2"', 'IncrementPointer "-1"',
    'ReplaceLineWith "replaced"', 'DeleteNLines "2"', 'CommentNLines "2"', 'AppendIfNoSuchLine "once"',
    'EmptyEntireFilePlease', 'GotoLastLine', 'ResetSearch "1"', 'InsertLine ""', 'AppendToLineIfNotContains "!"',
  ];
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 40; round++) {
    const commands = Array.from({ length: 4 + random(10) }, () => ` ${COMMANDS[random(COMMANDS.length)]}`);
    const content = Array.from({ length: random(12) }, () => ['abc', 'bb', 'a1', 'cc', '', '# c', 'aaa', 'x9'][random(8)]).map(l => `${l}\n`).join('');
    it(`round ${round}`, async () => {
      const { r, text } = await traceOf(commands.join('\n'), content);
      const [session] = editSteps(r.trace!);
      const last = session.steps.at(-1)?.lines ?? session.start;
      expect(last.map(l => `${l}\n`).join(''), commands.join('\n')).toBe(text);
      expect(session.start.map(l => `${l}\n`).join('')).toBe(content);
    });
  }
});

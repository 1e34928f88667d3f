// host/api/trace.ts on hand-made trace records, without a run: formatTrace's text for each kind
// of record and each field, applyEdit's and editSteps' replay, splitLines, nameTimeClasses. The
// runs of trace.test.ts and conformance-trace.test.ts check the same functions on real traces;
// this file needs no core, so a mutant of trace.ts dies here first (scripts/mutate.mjs).
import { describe, expect, it } from 'vitest';
import { applyEdit, editSteps, formatTrace, nameTimeClasses, splitLines } from '../../host/api/trace.js';
import type { ClassOrigin, EditEvent, TraceEvent } from '../../host/api/trace.js';

const at = { file: 'p.cf', line: 7, column: 3 };
const edit = (fields: Partial<EditEvent>): EditEvent =>
  ({ event: 'edit', file: '/f', index: 0, at, command: 'DeleteLinesMatching', args: ['x'], status: 'ran', pointerBefore: 1, pointerAfter: 2, ...fields });

describe('formatTrace', () => {
  it('actions: status, reason, and a count of changes only when there are some', () => {
    expect(formatTrace([
      { event: 'action', entry: 'files', action: 'files', status: 'ran', changes: [2, 5], log: [0, 0] },
      { event: 'action', entry: 'tidy.night', action: 'tidy', status: 'skipped', reason: 'class night is false', changes: [5, 5], log: [0, 0] },
      { event: 'action', entry: 'copy', action: 'copy', status: 'ran', changes: [3, 2], log: [0, 0] },
    ])).toEqual([
      'action files: ran, 3 change(s)',
      'action tidy.night: skipped (class night is false)',
      'action copy: ran',
    ]);
  });

  it('items: the changes they made, at most four named, or none; a skipped one says its class is false', () => {
    const changes = [{ op: 'create', path: '/a' }, { op: 'chmod', path: '/b' }, { op: 'exec' }, { op: 'chown', path: '/d' }, { op: 'delete', path: '/e' }];
    expect(formatTrace([
      { event: 'item', action: 'files', at, status: 'ran', changes: [0, 2] },
      { event: 'item', action: 'files', at, status: 'ran', changes: [1, 5] },
      { event: 'item', action: 'files', at, status: 'ran', changes: [0, 5] },
      { event: 'item', action: 'tidy', at, status: 'ran', changes: [4, 4] },
      { event: 'item', action: 'tidy', at, status: 'ran' },
      { event: 'item', action: 'copy', at, status: 'skipped', reason: 'class' },
      { event: 'item', action: 'copy', at, status: 'skipped' },
    ], changes)).toEqual([
      '  p.cf:7:3 files item: ran, 2 change(s): create /a, chmod /b',
      '  p.cf:7:3 files item: ran, 4 change(s): chmod /b, exec, chown /d, delete /e',
      '  p.cf:7:3 files item: ran, 5 change(s): create /a, chmod /b, exec, chown /d, …',
      '  p.cf:7:3 tidy item: ran, no change',
      '  p.cf:7:3 tidy item: ran, no change',
      '  p.cf:7:3 copy item: skipped (class is false)',
      '  p.cf:7:3 copy item: skipped',
    ]);
    // Without the run's changes, only the count.
    expect(formatTrace([{ event: 'item', action: 'files', at, status: 'ran', changes: [0, 2] }]))
      .toEqual(['  p.cf:7:3 files item: ran, 2 change(s)']);
  });

  it('the start and end of an edit session', () => {
    expect(formatTrace([
      { event: 'edit-file', file: '/f', lines: 3, content: 'a\nb\nc\n' },
      { event: 'edit-end', file: '/f', status: 'saved' },
      { event: 'edit-end', file: '/f', status: 'failed', reason: 'too big' },
    ])).toEqual(['  editing /f (3 lines)', '  end of /f: saved', '  end of /f: failed (too big)']);
  });

  it('an edit command ran: arguments quoted, pointer, and each list it has', () => {
    const lines = formatTrace([
      edit({}),
      edit({ args: [], at: undefined, origin: 'resolve', command: 'EmptyEntireFilePlease' }),
      edit({ at: undefined, args: [] }),
      edit({ command: 'ReplaceAll', args: ['a', 'b"c'], spans: [{ line: 1, spans: [0, 1, 4, 5] }, { line: 3, spans: [2, 3] }] }),
      edit({ command: 'Append', args: ['a', 'b'] }),
      edit({ command: 'ReplaceAll', args: ['a'] }),
      edit({ matched: [1, 2, 3, 4, 5, 6, 7, 8], deleted: [1, 2, 3, 4, 5, 6, 7, 8, 9], added: [{ line: 2, text: 'x' }], changed: [{ line: 4, was: 3, text: 'y' }] }),
      edit({ command: 'BeginGroupIfNoMatch', condition: false, iterations: 0 }),
      edit({ command: 'ForEachLineIn', iterations: 2, iteration: { loop: 0, n: 1, line: 'l "1"' } }),
    ]);
    expect(lines).toEqual([
      '    p.cf:7:3 DeleteLinesMatching "x": ran, pointer 1→2',
      '    resolve EmptyEntireFilePlease: ran, pointer 1→2',
      '     DeleteLinesMatching: ran, pointer 1→2',
      '    p.cf:7:3 ReplaceAll "a" With "b\\"c": ran, pointer 1→2, replaced 3 span(s)',
      '    p.cf:7:3 Append "a" "b": ran, pointer 1→2',
      '    p.cf:7:3 ReplaceAll "a": ran, pointer 1→2',
      '    p.cf:7:3 DeleteLinesMatching "x": ran, pointer 1→2, matched 1,2,3,4,5,6,7,8, deleted 1,2,3,4,5,6,7,8,… (9), added 2, changed 4',
      '    p.cf:7:3 BeginGroupIfNoMatch "x": ran, condition false, 0 iteration(s), pointer 1→2',
      '    p.cf:7:3 ForEachLineIn "x" [loop 1: "l \\"1\\""]: ran, 2 iteration(s), pointer 1→2',
    ]);
  });

  it('a command that failed or stopped the session', () => {
    expect(formatTrace([
      edit({ status: 'failed', reason: 'no such line' }),
      edit({ status: 'failed', reason: 'aborted', stopped: true }),
      edit({ stopped: true, reason: 'AbortAtLineMatching' }),
      edit({ stopped: true }),
    ])).toEqual([
      '    p.cf:7:3 DeleteLinesMatching "x": failed: no such line, pointer 1→2',
      '    p.cf:7:3 DeleteLinesMatching "x": failed: aborted, pointer 1→2; stops here',
      '    p.cf:7:3 DeleteLinesMatching "x": ran, pointer 1→2; stops here: AbortAtLineMatching',
      '    p.cf:7:3 DeleteLinesMatching "x": ran, pointer 1→2; stops here',
    ]);
  });

  it('a skipped command says why, with the detail of a file or loop reason', () => {
    const skipped = (reason: string, detail?: string) => edit({ status: 'skipped', reason, detail, matched: [1] });
    expect(formatTrace([
      skipped('class'), skipped('group'), skipped('aborted'), skipped('loop', 'no lines'), skipped('file', '/f is a directory'), skipped('class', 'c'),
    ])).toEqual([
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (its class is false)',
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (its group\'s condition is false)',
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (the file\'s editing stopped before it)',
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (loop: no lines)',
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (file: /f is a directory)',
      '    p.cf:7:3 DeleteLinesMatching "x": skipped (its class is false: c)',
    ]);
  });
});

describe('replay', () => {
  it('splitLines: a final newline ends the last line, an empty text has none', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('a\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });

  it('applyEdit: a skipped command changes nothing; deleted, added and changed lines take their places', () => {
    const before = ['a', 'b', 'c', 'd'];
    expect(applyEdit(before, edit({ status: 'skipped', deleted: [1] }))).toBe(before);
    expect(applyEdit(before, edit({}))).toEqual(before);
    expect(applyEdit(before, edit({ deleted: [1, 4] }))).toEqual(['b', 'c']);
    expect(applyEdit(before, edit({ added: [{ line: 1, text: '0' }, { line: 6, text: 'e' }] }))).toEqual(['0', 'a', 'b', 'c', 'd', 'e']);
    expect(applyEdit(before, edit({ changed: [{ line: 2, was: 3, text: 'C' }] }))).toEqual(['a', 'C', 'b', 'd']);
    expect(applyEdit(before, edit({ status: 'failed', deleted: [2], added: [{ line: 3, text: 'n' }] }))).toEqual(['a', 'c', 'n', 'd']);
  });

  it('editSteps: one session per edit-file record, the steps of its own file until its end', () => {
    const trace: TraceEvent[] = [
      edit({ file: '/f', deleted: [1] }),
      { event: 'edit-file', file: '/f', lines: 2, content: 'a\nb\n' },
      edit({ file: '/f', deleted: [1] }),
      edit({ file: '/g', deleted: [1] }),
      edit({ file: '/f', added: [{ line: 2, text: 'c' }] }),
      { event: 'edit-end', file: '/f', status: 'saved' },
      edit({ file: '/f', deleted: [1] }),
      { event: 'action', entry: 'files', action: 'files', status: 'ran', changes: [0, 0], log: [0, 0] },
      { event: 'edit-file', file: '/g', lines: 0, content: '' },
      edit({ file: '/g', added: [{ line: 1, text: 'x' }] }),
    ];
    const sessions = editSteps(trace);
    expect(sessions.map(s => ({ file: s.file, start: s.start, steps: s.steps.map(t => t.lines) }))).toEqual([
      { file: '/f', start: ['a', 'b'], steps: [['b'], ['b', 'c']] },
      { file: '/g', start: [], steps: [['x']] },
    ]);
    expect(sessions[0].steps[1].event).toBe(trace[4]);
    expect(editSteps([])).toEqual([]);
  });
});

describe('nameTimeClasses', () => {
  it('a hard class that is one of the clock\'s becomes a time class; others stay as they are', () => {
    const origins: Record<string, ClassOrigin> = {
      Hr23: { origin: 'hard' }, linux: { origin: 'hard' }, Min05: { origin: 'define' }, Sunday: { origin: 'hard' },
    };
    nameTimeClasses(origins, ['Hr23', 'Min05', 'Sunday']);
    expect(origins).toEqual({ Hr23: { origin: 'time' }, linux: { origin: 'hard' }, Min05: { origin: 'define' }, Sunday: { origin: 'time' } });
    expect(() => nameTimeClasses(undefined, ['Hr23'])).not.toThrow();
  });
});

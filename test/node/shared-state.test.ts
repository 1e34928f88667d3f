/**
 * The rules that combine a run's state with what another run wrote meanwhile
 * (host/node/shared-state.ts), called directly: the locks file's two parts, setuid.log's union,
 * any other state this run's alone, and the two questions writeState asks before it writes.
 * test/node/locks-writes.test.ts checks the same through runs; these name each rule's edge.
 */
import { describe, expect, it } from 'vitest';
import { combineState, onlyMarkersDiffer, ownMarkersDiffer, parseLocks } from '../../host/node/shared-state.js';

const enc = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('parseLocks', () => {
  it('takes a well-formed file as it is', () => {
    const l = { last: { a: 1, b: 2 }, running: { 'copy.1': { start: 5, pid: 7 } } };
    expect(parseLocks(JSON.stringify(l))).toEqual(l);
    expect(parseLocks('{"last":{},"running":{}}')).toEqual({ last: {}, running: {} });
  });

  it('says what is wrong with a file that is not JSON', () => {
    expect(parseLocks('{')).toMatch(/^not JSON \(.+\)$/);
  });

  it('refuses a value that is not an object with both parts', () => {
    const no = 'not a locks file (no "last" and "running")';
    for (const text of ['null', '3', '"s"', '{}', '{"last":{}}', '{"running":{}}', '{"last":null,"running":{}}',
      '{"last":{},"running":null}', '{"last":3,"running":{}}', '{"last":{},"running":"x"}']) {
      expect(parseLocks(text), text).toBe(no);
    }
  });

  it('refuses a time that is not a number', () => {
    expect(parseLocks('{"last":{"a":1,"b":"2"},"running":{}}')).toBe('a time in "last" is not a number');
    expect(parseLocks('{"last":{"a":null},"running":{}}')).toBe('a time in "last" is not a number');
  });

  it('refuses a running marker without a numeric pid and start', () => {
    const no = 'a marker in "running" has no pid or start';
    for (const m of ['null', '3', '{"start":1}', '{"pid":1}', '{"pid":"1","start":1}', '{"pid":1,"start":"1"}']) {
      expect(parseLocks(`{"last":{},"running":{"x":${m}}}`), m).toBe(no);
    }
    // Every marker is checked, not only the first.
    expect(parseLocks('{"last":{},"running":{"a":{"pid":1,"start":1},"b":{"pid":1}}}')).toBe(no);
  });
});

describe('combineState', () => {
  it('writes this run\'s state as it is when there is none on disk', () => {
    const mine = enc('anything');
    expect(combineState('locks', null, mine, 1)).toBe(mine);
  });

  it('keeps the later time of each atom, and atoms of both runs, sorted by name', () => {
    const disk = { last: { b: 10, c: 30, z: 1 }, running: {} };
    const mine = { last: { a: 5, b: 20, c: 3 }, running: {} };
    const out = dec(combineState('locks', enc(disk), enc(mine), 1));
    expect(out).toBe(JSON.stringify({ last: { a: 5, b: 20, c: 30, z: 1 }, running: {} }));
  });

  it('keeps an atom whose time is negative (no -Infinity from the missing side)', () => {
    const out = JSON.parse(dec(combineState('locks', enc({ last: {}, running: {} }), enc({ last: { a: -3 }, running: {} }), 1)));
    expect(out.last).toEqual({ a: -3 });
  });

  it('takes this run\'s running markers from its own state and other runs\' from the file', () => {
    const disk = { last: {}, running: {
      'x.other': { start: 1, pid: 99 }, // another run's: kept
      'y.mine-ended': { start: 2, pid: 7 }, // this run's, ended since: dropped
    } };
    const mine = { last: {}, running: {
      'a.mine': { start: 3, pid: 7 }, // set by this run: kept
      'b.stale': { start: 4, pid: 99 }, // another run's as this run read it: the file says otherwise
    } };
    const out = dec(combineState('locks', enc(disk), enc(mine), 7));
    expect(out).toBe(JSON.stringify({ last: {}, running: { 'a.mine': { start: 3, pid: 7 }, 'x.other': { start: 1, pid: 99 } } }));
  });

  it('sorts by the names\' code units (not a locale\'s order), equal names meeting once', () => {
    const disk = { last: { b: 1, B: 1, a: 2 }, running: {} };
    const mine = { last: { a: 1, _: 1 }, running: {} };
    const out = dec(combineState('locks', enc(disk), enc(mine), 1));
    expect(out).toBe('{"last":{"B":1,"_":1,"a":2,"b":1},"running":{}}');
  });

  it('replaces a corrupt locks file, or writes its own when its own is unreadable', () => {
    const good = enc({ last: { a: 1 }, running: {} });
    const bad = enc('{');
    expect(combineState('locks', bad, good, 1)).toBe(good);
    expect(combineState('locks', good, bad, 1)).toBe(bad);
  });

  it('joins setuid.log\'s lines, the file\'s first, each once, every line ended', () => {
    const out = dec(combineState('setuid.log', enc('/a\n/b\n\n'), enc('/c\n/a\n/d'), 1));
    expect(out).toBe('/a\n/b\n/c\n/d\n');
    expect(dec(combineState('setuid.log', enc(''), enc(''), 1))).toBe('');
  });

  it('leaves any other state this run\'s alone', () => {
    const mine = enc('/c\n');
    expect(combineState('other', enc('/a\n'), mine, 1)).toBe(mine);
    expect(combineState('Locks', enc({ last: { a: 1 }, running: {} }), mine, 1)).toBe(mine);
  });
});

describe('onlyMarkersDiffer', () => {
  const locks = (last: Record<string, number>, running: Record<string, { start: number; pid: number }> = {}) => enc({ last, running });

  it('is true when the atoms\' times are those read, whatever the markers', () => {
    expect(onlyMarkersDiffer(locks({ a: 1, b: 2 }), locks({ b: 2, a: 1 }, { x: { start: 1, pid: 3 } }))).toBe(true);
    expect(onlyMarkersDiffer(null, locks({}, { x: { start: 1, pid: 3 } }))).toBe(true);
  });

  it('is false when an atom is stamped, added or dropped', () => {
    expect(onlyMarkersDiffer(locks({ a: 1 }), locks({ a: 2 }))).toBe(false);
    expect(onlyMarkersDiffer(locks({ a: 1 }), locks({ a: 1, b: 1 }))).toBe(false);
    expect(onlyMarkersDiffer(locks({ a: 1, b: 1 }), locks({ a: 1 }))).toBe(false);
    expect(onlyMarkersDiffer(null, locks({ a: 1 }))).toBe(false);
    // As many atoms, another name.
    expect(onlyMarkersDiffer(locks({ a: 1 }), locks({ b: 1 }))).toBe(false);
  });

  it('is false for anything unreadable, on either side', () => {
    expect(onlyMarkersDiffer(enc('{'), locks({}))).toBe(false);
    expect(onlyMarkersDiffer(locks({}), enc('{'))).toBe(false);
  });
});

describe('ownMarkersDiffer', () => {
  const locks = (running: Record<string, { start: number; pid: number }>) => enc({ last: { t: 1 }, running });

  it('is false when this process\'s markers are as read, in any order, other runs\' aside', () => {
    const a = { start: 1, pid: 7 };
    const b = { start: 2, pid: 7 };
    expect(ownMarkersDiffer(locks({ a, b }), locks({ b, a }), 7)).toBe(false);
    expect(ownMarkersDiffer(locks({ a, o: { start: 1, pid: 8 } }), locks({ a }), 7)).toBe(false);
    expect(ownMarkersDiffer(null, locks({ o: { start: 1, pid: 8 } }), 7)).toBe(false);
  });

  it('is true when one of this process\'s markers is set, removed or changed', () => {
    const a = { start: 1, pid: 7 };
    expect(ownMarkersDiffer(locks({}), locks({ a }), 7)).toBe(true);
    expect(ownMarkersDiffer(locks({ a }), locks({}), 7)).toBe(true);
    expect(ownMarkersDiffer(locks({ a }), locks({ a: { start: 2, pid: 7 } }), 7)).toBe(true);
    expect(ownMarkersDiffer(null, locks({ a }), 7)).toBe(true);
  });

  it('is true when what was read is unreadable; an unreadable write differs from any readable one', () => {
    expect(ownMarkersDiffer(enc('{'), locks({}), 7)).toBe(true);
    expect(ownMarkersDiffer(enc('{'), enc('{'), 7)).toBe(true); // both unreadable: still written
    expect(ownMarkersDiffer(locks({}), enc('{'), 7)).toBe(true);
  });
});

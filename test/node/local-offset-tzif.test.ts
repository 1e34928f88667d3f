/**
 * host/node/local-offset.ts on zone files made here, field by field (RFC 8536): a version 1 file
 * (32-bit times, no footer), a version 2 file whose 64-bit block says other than its 32-bit one,
 * leap second records and the standard/UT indicators that come before the footer, a footer that
 * is empty or absent, no transitions, times on and beside each transition, and the files it must
 * not read (cut short, not TZif, no types, an index past the types). local-offset.test.ts checks
 * the system's zone files against ICU and the POSIX rules against glibc.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRule, ruleOffset, tzifOffset, utcOffsetSeconds, zoneFilePath } from '../../host/node/local-offset.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-tzif-');

interface Zone {
  transitions: number[];
  /** The type of each transition. */
  index: number[];
  /** Each type's offset east of UTC. */
  offsets: number[];
  leaps?: number;
  /** Standard/wall and UT/local indicators: one per type, or none. */
  indicators?: boolean;
}

/** One data block of a TZif file: its header (magic, version, counts) and its data. */
function block(version: number, z: Zone, wide: boolean): Buffer {
  const size = wide ? 8 : 4;
  const chars = Buffer.from('ABC\0');
  const ind = z.indicators ? z.offsets.length : 0;
  const leaps = z.leaps ?? 0;
  const header = Buffer.alloc(44);
  header.write('TZif', 0, 'latin1');
  header[4] = version;
  [ind, ind, leaps, z.transitions.length, z.offsets.length, chars.length].forEach((n, i) => header.writeUInt32BE(n, 20 + 4 * i));
  const times = Buffer.alloc(z.transitions.length * size);
  z.transitions.forEach((t, i) => (wide ? times.writeBigInt64BE(BigInt(t), i * 8) : times.writeInt32BE(t, i * 4)));
  const types = Buffer.alloc(z.offsets.length * 6);
  z.offsets.forEach((o, i) => types.writeInt32BE(o, i * 6));
  const leapRecords = Buffer.alloc(leaps * (size + 4), 0x7f);
  return Buffer.concat([header, times, Buffer.from(z.index), types, chars, leapRecords, Buffer.alloc(2 * ind, 1)]);
}

/** A TZif file: version 1 (one block), or 2 with a 64-bit block (`wide`, default the same zone) and a footer. */
function tzif(version: 1 | 2, zone: Zone, more: { wide?: Zone; footer?: string | null } = {}): Buffer {
  if (version === 1) return block(0, zone, false);
  const footer = more.footer === null ? Buffer.alloc(0) : Buffer.from(`\n${more.footer ?? ''}\n`, 'latin1');
  return Buffer.concat([block(0x32, zone, false), block(0x32, more.wide ?? zone, true), footer]);
}

/** Three types (+1 h, +2 h, -30 min) and five transitions a year apart from 1,000,000,000. */
const T0 = 1_000_000_000;
const YEAR = 31_536_000;
const zone: Zone = { transitions: [0, 1, 2, 3, 4].map(i => T0 + i * YEAR), index: [1, 0, 2, 1, 0], offsets: [3600, 7200, -1800] };
/** The offset expected at each transition, at the second before it, and after the last. */
function expectAlong(file: Buffer, z: Zone, after: number | null) {
  expect(tzifOffset(file, z.transitions[0] - 1)).toBe(z.offsets[0]); // before the first: the first type
  z.transitions.forEach((t, i) => {
    if (i + 1 < z.transitions.length) expect(tzifOffset(file, t), `at ${i}`).toBe(z.offsets[z.index[i]]);
    if (i > 0) expect(tzifOffset(file, t - 1), `before ${i}`).toBe(z.offsets[z.index[i - 1]]);
  });
  expect(tzifOffset(file, z.transitions.at(-1)!)).toBe(after);
  expect(tzifOffset(file, z.transitions.at(-1)! + 10 * YEAR)).toBe(after);
}

describe('tzifOffset', () => {
  it('version 1: 32-bit transitions, the type of the last one after it', () => {
    expectAlong(tzif(1, zone), zone, 3600);
  });

  it('version 2: the 64-bit block, not the 32-bit one, and after the last transition the footer\'s rule', () => {
    const other: Zone = { transitions: [T0 + 5, T0 + 7 + YEAR], index: [0, 0], offsets: [60] };
    const file = tzif(2, other, { wide: zone, footer: '<+0530>-5:30' });
    expectAlong(file, zone, 19800);
    // 64-bit times before 1901 (out of 32-bit range).
    const old: Zone = { transitions: [-3_000_000_000, -2_900_000_000], index: [1, 0], offsets: [-100, 200] };
    expect(tzifOffset(tzif(2, other, { wide: old, footer: '' }), -2_950_000_000)).toBe(200);
  });

  it('leap second records and indicators before the footer: still found after them, in both blocks', () => {
    const z = { ...zone, leaps: 3, indicators: true };
    expectAlong(tzif(2, z, { footer: 'XXX-2' }), z, 7200);
    expectAlong(tzif(2, { ...z, leaps: 1 }, { wide: z, footer: 'XXX-2' }), z, 7200);
    expectAlong(tzif(2, z, { wide: { ...zone, leaps: 2 }, footer: 'XXX-2' }), zone, 7200);
  });

  it('an empty footer, or none, or one not a rule this reads: the last transition\'s type, or null', () => {
    expectAlong(tzif(2, zone, { footer: '' }), zone, 3600);
    expectAlong(tzif(2, zone, { footer: null }), zone, 3600);
    expect(tzifOffset(tzif(2, zone, { footer: 'ABC5DEF' }), T0 + 9 * YEAR)).toBeNull();
    expect(tzifOffset(Buffer.concat([tzif(2, zone, { footer: null }), Buffer.from('\nXXX-3')]), T0 + 9 * YEAR)).toBe(3600); // no closing newline
    expect(tzifOffset(Buffer.concat([tzif(2, zone, { footer: null }), Buffer.from('x\nXXX-3\n')]), T0 + 9 * YEAR)).toBe(3600); // not right after the data
  });

  it('no transitions: the first type, or the footer\'s rule', () => {
    const fixed: Zone = { transitions: [], index: [], offsets: [-12_600, 999] };
    expect(tzifOffset(tzif(1, fixed), 0)).toBe(-12_600);
    expect(tzifOffset(tzif(2, fixed, { footer: '' }), T0)).toBe(-12_600);
    expect(tzifOffset(tzif(2, fixed, { footer: '<-0330>3:30' }), T0)).toBe(-12_600);
    expect(tzifOffset(tzif(2, fixed, { footer: 'XXX-1' }), T0)).toBe(3600);
  });

  it('every count of transitions from 1 to 12: each interval\'s type, the last one\'s after it', () => {
    for (let n = 1; n <= 12; n++) {
      const z: Zone = { transitions: Array.from({ length: n }, (_, i) => T0 + i * 100), index: Array.from({ length: n }, (_, i) => (i + 1) % 3), offsets: [-60, 60, 120] };
      expectAlong(tzif(1, z), z, z.offsets[z.index[n - 1]]);
      expectAlong(tzif(2, z, { footer: '' }), z, z.offsets[z.index[n - 1]]);
    }
  });

  it('many transitions: the one at or before the time, found by halves', () => {
    const n = 37;
    const many: Zone = { transitions: Array.from({ length: n }, (_, i) => T0 + i * 1000), index: Array.from({ length: n }, (_, i) => i % 3), offsets: [0, 60, 120] };
    const file = tzif(1, many);
    for (let i = 0; i + 1 < n; i++) {
      expect(tzifOffset(file, T0 + i * 1000), `at ${i}`).toBe(60 * (i % 3));
      expect(tzifOffset(file, T0 + i * 1000 + 999), `inside ${i}`).toBe(60 * (i % 3));
    }
  });

  it('null for what is not a zone file it can read: cut short, not TZif, no types, a type index past the types', () => {
    const good = tzif(2, zone, { footer: 'XXX-2' });
    expect(tzifOffset(good, T0)).toBe(7200);
    expect(tzifOffset(good.subarray(0, 43), T0)).toBeNull();
    expect(tzifOffset(tzif(1, zone).subarray(0, tzif(1, zone).length - 1), T0)).toBeNull();
    const v1 = block(0x32, zone, false);
    expect(tzifOffset(v1, T0)).toBeNull(); // version 2 says a second block: none there
    expect(tzifOffset(Buffer.concat([v1, block(0x32, zone, true).subarray(0, 60)]), T0)).toBeNull();
    const notTzif = Buffer.from(good);
    notTzif.write('TZiF', 0, 'latin1');
    expect(tzifOffset(notTzif, T0)).toBeNull();
    const second = Buffer.from(good);
    second.write('XXXX', v1.length, 'latin1');
    expect(tzifOffset(second, T0)).toBeNull();
    expect(tzifOffset(tzif(1, { transitions: [], index: [], offsets: [] }), T0)).toBeNull();
    const atCount: Zone = { transitions: [T0, T0 + 10], index: [2, 0], offsets: [10, 20] }; // one past the last type
    expect(tzifOffset(tzif(1, atCount), T0 + 5)).toBeNull();
    const bad: Zone = { transitions: [T0, T0 + 10], index: [5, 0], offsets: [10, 20] };
    expect(tzifOffset(tzif(1, bad), T0 + 5)).toBeNull();
    expect(tzifOffset(tzif(1, bad), T0 - 5)).toBe(10);
    // Read at its place in a bigger buffer (a Buffer from Node's pool has a byteOffset).
    const space = new Uint8Array(good.length + 3);
    space.set(good, 3);
    const inside = new Uint8Array(space.buffer, 3);
    expect(inside.byteOffset).toBe(3);
    expect(tzifOffset(inside, T0)).toBe(7200);
  });

  it('utcOffsetSeconds reads the file $TZ names by path, with or without its colon', () => {
    const d = fresh();
    writeFileSync(join(d, 'zone'), tzif(2, zone, { footer: 'XXX-2' }));
    expect(utcOffsetSeconds(T0 + YEAR, join(d, 'zone'))).toBe(3600);
    expect(utcOffsetSeconds(T0 + YEAR, `:${join(d, 'zone')}`)).toBe(3600);
    expect(zoneFilePath(`:${join(d, 'zone')}`)).toBe(join(d, 'zone'));
    expect(zoneFilePath('Europe/Paris')).toBe('/usr/share/zoneinfo/Europe/Paris');
    expect(zoneFilePath(':Europe/Paris')).toBe('/usr/share/zoneinfo/Europe/Paris');
    // A file over 1 MiB is not read, whatever it holds.
    writeFileSync(join(d, 'big'), Buffer.concat([tzif(2, zone, { footer: 'XXX-2' }), Buffer.alloc(1 << 20)]));
    expect(utcOffsetSeconds(T0 + YEAR, join(d, 'big'))).toBeNull();
    writeFileSync(join(d, 'edge'), Buffer.concat([tzif(1, zone), Buffer.alloc((1 << 20) - tzif(1, zone).length)]));
    expect(utcOffsetSeconds(T0 + YEAR, join(d, 'edge'))).toBe(3600);
    // A rule as $TZ, with a colon too; only a colon in front is taken off.
    expect(utcOffsetSeconds(0, ':XXX-4')).toBe(14_400);
    expect(utcOffsetSeconds(0, 'XXX-4:30')).toBe(16_200);
    expect(zoneFilePath('/a:b')).toBe('/a:b');
    expect(zoneFilePath('::x')).toBe('/usr/share/zoneinfo/:x');
  });
});

describe('parseRule and ruleOffset', () => {
  it('names: three letters or more, or anything in <>; offsets [+-]hh[:mm[:ss]], west of UTC', () => {
    expect(parseRule('ABCD+3')).toEqual({ std: -10_800 });
    expect(parseRule('<-03>3')).toEqual({ std: -10_800 });
    expect(parseRule('<>-1:02:03')).toEqual({ std: 3723 });
    expect(parseRule('XXX-12:30')).toEqual({ std: 45_000 });
    expect(parseRule('XXX123')).toEqual({ std: -442_800 });
    // Each part where the last one ended: '1234ABC' has no name in front, nor 'x,J,J2' a date.
    for (const bad of ['AB3', 'XXX', '<+03', '3', 'XXX:30', 'XXX1YY,M3.5.0,M10.5.0', 'XXX1YYY', 'XXX1YYY2', '1234ABC,J1,J2', 'XXX3YYY4x,J,J2']) expect(parseRule(bad), bad).toBeNull();
  });

  it('daylight time: an hour ahead unless said; dates M, J and n with their bounds; a time after /, 02:00 unless said', () => {
    const m = { kind: 'M', time: 7200 };
    expect(parseRule('CET-1CEST,M3.5.0,M10.5.0/3')).toEqual({ std: 3600, dst: { offset: 7200, start: { ...m, a: 3, b: 5, c: 0 }, end: { ...m, a: 10, b: 5, c: 0, time: 10_800 } } });
    expect(parseRule('XXX3YYY1:30,J1/-1,365/+26:15')).toEqual({ std: -10_800, dst: { offset: -5400,
      start: { kind: 'J', a: 1, b: 0, c: 0, time: -3600 }, end: { kind: 'n', a: 365, b: 0, c: 0, time: 94_500 } } });
    expect(parseRule('XXX3YYY,M12.1.6,J365')!.dst).toMatchObject({ offset: -7200, start: { a: 12, b: 1, c: 6 }, end: { kind: 'J', a: 365 } });
    expect(parseRule('XXX3YYY,0,M1.1.0')!.dst!.start).toEqual({ kind: 'n', a: 0, b: 0, c: 0, time: 7200 });
    for (const bad of ['XXX3YYY,M13.1.0,J1', 'XXX3YYY,M0.1.0,J1', 'XXX3YYY,M1.6.0,J1', 'XXX3YYY,M1.0.0,J1', 'XXX3YYY,M1.1.7,J1',
      'XXX3YYY,J0,J1', 'XXX3YYY,J366,J1', 'XXX3YYY,366,J1', 'XXX3YYY,J1,J2,', 'XXX3YYY,J1', 'XXX3YYY,J1/x,J2', 'XXX3YYY;J1,J2', 'XXX3YYY,J1,J2/'])
      expect(parseRule(bad), bad).toBeNull();
  });

  const at = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
  /** (+ 0: a rule of offset 0 gives -0, from the west-of-UTC sign.) */
  const offsetAt = (rule: string, t: number) => ruleOffset(parseRule(rule)!, t) + 0;

  it('M dates: the weekday of week 1-4, or the last (5) of months of 28 to 31 days; J and n days, leap years or not', () => {
    // 2024: March 1 a Friday. Week 1's Sunday the 3rd, week 5's (the last) the 31st; February's last Thursday the 29th.
    const rule = (start: string) => `XXX0YYY,${start}/0,J365/0`;
    expect(offsetAt(rule('M3.1.0'), at(2024, 3, 2, 23, 59, 59))).toBe(0);
    expect(offsetAt(rule('M3.1.0'), at(2024, 3, 3))).toBe(3600);
    expect(offsetAt(rule('M3.5.0'), at(2024, 3, 30, 23))).toBe(0);
    expect(offsetAt(rule('M3.5.0'), at(2024, 3, 31))).toBe(3600);
    expect(offsetAt(rule('M2.5.4'), at(2024, 2, 28, 23))).toBe(0);
    expect(offsetAt(rule('M2.5.4'), at(2024, 2, 29))).toBe(3600);
    expect(offsetAt(rule('M2.5.4'), at(2023, 2, 22, 23))).toBe(0); // 2023: no 29th; the last Thursday the 23rd
    expect(offsetAt(rule('M2.5.4'), at(2023, 2, 23))).toBe(3600);
    expect(offsetAt(rule('M4.2.5'), at(2024, 4, 11, 23))).toBe(0); // April 2024: Fridays 5, 12
    expect(offsetAt(rule('M4.2.5'), at(2024, 4, 12))).toBe(3600);
    expect(offsetAt(rule('M9.4.1'), at(2024, 9, 22, 23))).toBe(0); // September 2024: Mondays 2, 9, 16, 23
    expect(offsetAt(rule('M9.4.1'), at(2024, 9, 23))).toBe(3600);
    // J60 is March 1 in every year; day 59 (from 0) is February 29 in a leap year, March 1 else.
    expect(offsetAt(rule('J60'), at(2024, 2, 29, 23))).toBe(0);
    expect(offsetAt(rule('J60'), at(2024, 3, 1))).toBe(3600);
    expect(offsetAt(rule('J59'), at(2024, 2, 28))).toBe(3600);
    expect(offsetAt(rule('J59'), at(2024, 2, 27, 23))).toBe(0);
    expect(offsetAt(rule('59'), at(2024, 2, 28, 23))).toBe(0);
    expect(offsetAt(rule('59'), at(2024, 2, 29))).toBe(3600);
    expect(offsetAt(rule('59'), at(2023, 2, 28, 23))).toBe(0);
    expect(offsetAt(rule('59'), at(2023, 3, 1))).toBe(3600);
    expect(offsetAt(rule('J1'), at(2023, 12, 30, 23))).toBe(0); // J365/0's end: Dec 31 00:00 in daylight time
    expect(offsetAt(rule('J1'), at(2023, 12, 30, 22, 59, 59))).toBe(3600);
    // J60 is March 1 in 2100 (no leap year) and in 2000 (one) alike.
    for (const y of [2000, 2100]) {
      expect(offsetAt(rule('J60'), at(y, 3, 1)), String(y)).toBe(3600);
      expect(offsetAt(rule('J60'), at(y, 2, 28, 23)), String(y)).toBe(0);
    }
    expect(offsetAt(rule('J60'), at(2000, 2, 29, 23))).toBe(0);
    // Year 2100 is not a leap year, 2000 was: day 59 is March 1, then February 29.
    expect(offsetAt(rule('59'), at(2100, 3, 1))).toBe(3600);
    expect(offsetAt(rule('59'), at(2100, 2, 28, 23))).toBe(0);
    expect(offsetAt(rule('59'), at(2000, 2, 29))).toBe(3600);
    expect(offsetAt(rule('59'), at(2000, 2, 28, 23))).toBe(0);
  });

  it('start in standard time, end in daylight time: the exact second, north and south', () => {
    // Offsets west: std -2 h (east), daylight -3 h (east); starts 01:30 local, ends 04:00 local.
    const north = 'XXX-2YYY-3,M5.1.0/1:30,M9.1.0/4';
    expect(offsetAt(north, at(2024, 5, 4, 23, 29, 59))).toBe(7200);
    expect(offsetAt(north, at(2024, 5, 4, 23, 30))).toBe(10_800);
    expect(offsetAt(north, at(2024, 8, 31, 23, 59, 59))).toBe(10_800);
    expect(offsetAt(north, at(2024, 9, 1, 1))).toBe(7200);
    const south = 'XXX-2YYY-3,M9.1.0/4,M5.1.0/1:30';
    expect(offsetAt(south, at(2024, 1, 10))).toBe(10_800);
    expect(offsetAt(south, at(2024, 5, 4, 22, 29, 59))).toBe(10_800);
    expect(offsetAt(south, at(2024, 5, 4, 22, 30))).toBe(7200);
    expect(offsetAt(south, at(2024, 7, 1))).toBe(7200);
    expect(offsetAt(south, at(2024, 9, 1, 1, 59, 59))).toBe(7200);
    expect(offsetAt(south, at(2024, 9, 1, 2))).toBe(10_800);
    // Start and end at the same instant (01:00 UTC both): never daylight time, as glibc has it.
    for (const t of [at(2024, 1, 10, 0, 30), at(2024, 1, 10, 1), at(2024, 6, 1)]) expect(offsetAt('XXX0YYY,J10/1,J10/2', t)).toBe(0);
    expect(offsetAt('XXX0YYY,J10/2,J10/1', at(2024, 1, 10, 1))).toBe(0);
    expect(offsetAt('XXX0YYY,J10/2,J10/1', at(2024, 6, 1))).toBe(3600);
  });
});

describe('the default zone file', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('/etc/localtime when $TZ is not set; the file $TZ names when it is', () => {
    delete process.env.TZ;
    expect(zoneFilePath()).toBe('/etc/localtime');
    process.env.TZ = 'Asia/Tokyo';
    expect(zoneFilePath()).toBe('/usr/share/zoneinfo/Asia/Tokyo');
  });
});

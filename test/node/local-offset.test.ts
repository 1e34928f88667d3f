/**
 * The local time's offset from UTC read as the C library reads it (host/node/local-offset.ts):
 * zone files agree with Date (ICU) over decades, POSIX TZ rules give what glibc's localtime gives
 * at their changes (values taken from Python's time.localtime under the same TZ), and the Node
 * facts take it from there, not from Date (whose time zones load ICU's: ≈0.5 MiB a run).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localOffsetMinutes, nodeFacts } from '../../host/node/facts.js';
import { parseRule, utcOffsetSeconds } from '../../host/node/local-offset.js';

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
  vi.restoreAllMocks();
});

const at = (y: number, mo: number, d: number, h: number, mi: number, s: number) => Date.UTC(y, mo - 1, d, h, mi, s) / 1000;

describe('utcOffsetSeconds', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'Africa/Casablanca', 'UTC'];
  /**
   * ICU's offset of `zone` at `t` (Intl, the zone named: in a worker thread, as under Stryker,
   * setting process.env.TZ changes the thread's copy of the environment, not V8's time zone).
   */
  const icuOffset = (zone: string, t: number) => {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(t * 1000)).find(p => p.type === 'timeZoneName')!.value;
    const m = /^GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(name)!;
    return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
  };
  it.skipIf(!zones.every(z => existsSync(`/usr/share/zoneinfo/${z}`)))('of a zone file: as ICU says, every nine days or so from 1971 to 2040', () => {
    for (const zone of zones) {
      process.env.TZ = zone; // the default zone is $TZ's
      let differ = 0;
      for (let t = at(1971, 1, 1, 0, 0, 0); t < at(2040, 1, 1, 0, 0, 0); t += 9 * 86400 + 5 * 3607) {
        if (utcOffsetSeconds(t) !== icuOffset(zone, t)) differ++;
      }
      expect(differ, zone).toBe(0);
    }
    process.env.TZ = ':Europe/Paris';
    expect(utcOffsetSeconds(at(2024, 7, 1, 12, 0, 0))).toBe(7200);
  });

  it('of a POSIX TZ rule: its changes at the second glibc makes them, north and south', () => {
    const cases: [string, number, number][] = [
      ['CET-1CEST,M3.5.0,M10.5.0/3', at(2024, 3, 31, 0, 59, 59), 3600],
      ['CET-1CEST,M3.5.0,M10.5.0/3', at(2024, 3, 31, 1, 0, 0), 7200],
      ['CET-1CEST,M3.5.0,M10.5.0/3', at(2024, 10, 27, 0, 59, 59), 7200],
      ['CET-1CEST,M3.5.0,M10.5.0/3', at(2024, 10, 27, 1, 0, 0), 3600],
      ['AEST-10AEDT,M10.1.0,M4.1.0/3', at(2024, 4, 6, 15, 59, 59), 39600],
      ['AEST-10AEDT,M10.1.0,M4.1.0/3', at(2024, 4, 6, 16, 0, 0), 36000],
      ['AEST-10AEDT,M10.1.0,M4.1.0/3', at(2024, 10, 5, 15, 59, 59), 36000],
      ['AEST-10AEDT,M10.1.0,M4.1.0/3', at(2024, 10, 5, 16, 0, 0), 39600],
      // Daylight time all year (RFC 8536's example): but for the first hours of the UTC year, as glibc.
      ['EST5EDT,0/0,J365/25', at(2024, 7, 1, 0, 0, 0), -14400],
      ['EST5EDT,0/0,J365/25', at(2024, 1, 1, 3, 0, 0), -18000],
      ['EST5EDT,0/0,J365/25', at(2024, 1, 1, 6, 0, 0), -14400],
      // Julian days (no February 29) and the daylight offset given; a leap year and not.
      ['XXX3YYY,J60/1,100/2', at(2024, 3, 1, 3, 59, 59), -10800],
      ['XXX3YYY,J60/1,100/2', at(2024, 3, 1, 4, 0, 0), -7200],
      ['XXX3YYY,J60/1,100/2', at(2023, 3, 1, 3, 59, 59), -10800],
      ['XXX3YYY,J60/1,100/2', at(2023, 3, 1, 4, 0, 0), -7200],
      ['<+03>-3', at(2023, 11, 14, 22, 13, 20), 10800],
    ];
    for (const [tz, t, offset] of cases) expect(utcOffsetSeconds(t, tz), `${tz} at ${new Date(t * 1000).toISOString()}`).toBe(offset);
  });

  it('null for what it does not read (then Date is asked): an empty TZ, a rule with no dates, a file not TZif, a device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-tz-'));
    try {
      const notTzif = join(dir, 'zone');
      writeFileSync(notTzif, 'not a zone file\n');
      expect(utcOffsetSeconds(0, '')).toBeNull();
      expect(parseRule('ABC5DEF')).toBeNull(); // the C library's own default dates (no zone file of that name)
      expect(utcOffsetSeconds(0, 'ABC5DEF')).toBeNull();
      expect(utcOffsetSeconds(0, notTzif)).toBeNull();
      expect(utcOffsetSeconds(0, 'no zone at all')).toBeNull();
      // A device named as the zone file is not read (/dev/zero never ends), nor a directory.
      expect(utcOffsetSeconds(0, '/dev/zero')).toBeNull();
      expect(utcOffsetSeconds(0, dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the Node facts', () => {
  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Paris'))('take the offset from the zone file, not from Date', () => {
    process.env.TZ = 'Europe/Paris';
    const date = vi.spyOn(Date.prototype, 'getTimezoneOffset');
    expect(localOffsetMinutes(at(2024, 7, 1, 12, 0, 0))).toBe(120);
    expect(date).not.toHaveBeenCalled();
  });

  it("give a POSIX TZ rule's local time classes (ICU, through Date, took such a rule for UTC)", () => {
    process.env.TZ = '<+03>-3';
    const f = nodeFacts(1_700_000_000); // 2023-11-14 22:13:20 UTC: 01:13:20 on Wednesday the 15th at +03
    expect(f.hardClasses).toEqual(expect.arrayContaining(['Wednesday', 'Hr01', 'Min13', 'Day15', 'GMT_Hr22']));
    expect(f.hardClasses).not.toContain('Hr22');
  });
});

/**
 * @fileoverview The local time's offset from UTC at an instant, as the C library's localtime(3)
 * finds it: from the zone file $TZ names (or /etc/localtime), a TZif file (RFC 8536) — its
 * transitions, then the POSIX TZ rule of its footer for instants past the last one — or from $TZ
 * itself when it is a POSIX TZ rule.
 *
 * Why not Date's getTimezoneOffset: V8 asks ICU, which loads its own time zone code and data for
 * it — ≈0.5 MiB more resident memory for a small run, for this one number (docs/architecture.md).
 * Whatever this cannot read (no such file, another format, a rule without dates) is left to Date:
 * the caller falls back when given null.
 */
import { readFileSync, statSync } from 'node:fs';

/** Zone files are a few kB; a bigger one, or a device or FIFO named by $TZ, is not read at all. */
const ZONE_FILE_LIMIT = 1 << 20;

/** A zone's offsets in seconds east of UTC: a POSIX TZ rule (the footer, or $TZ). */
interface Rule {
  std: number;
  /** Daylight time's offset and its start and end (each a date and a local time), if it has one. */
  dst?: { offset: number; start: RuleDate; end: RuleDate };
}

/** `M`month.week.day, `J`n (1-365, no February 29) or n (0-365), at `time` seconds after midnight. */
interface RuleDate {
  kind: 'M' | 'J' | 'n';
  a: number;
  b: number;
  c: number;
  time: number;
}

/** The zone file $TZ names (`:` and a zoneinfo name or an absolute path), else /etc/localtime. */
export function zoneFilePath(tz = process.env.TZ): string {
  if (tz === undefined) return '/etc/localtime';
  const name = tz.replace(/^:/, '');
  return name.startsWith('/') ? name : `/usr/share/zoneinfo/${name}`;
}

/**
 * The zone file `tz` names (zoneFilePath): its bytes; false if something else is there (not a
 * regular file, or too big for one); null if nothing is (then $TZ may be a rule itself).
 */
export function readZoneFile(tz = process.env.TZ): Buffer | false | null {
  let path: string;
  try {
    path = zoneFilePath(tz);
    const info = statSync(path);
    if (!info.isFile() || info.size > ZONE_FILE_LIMIT) return false;
  } catch {
    return null;
  }
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * Seconds east of UTC at `epochSeconds`, or null if the zone is not one this reads. `file`: what
 * readZoneFile(tz) gives, if the caller has read it already (the facts read the file once).
 */
export function utcOffsetSeconds(epochSeconds: number, tz = process.env.TZ, file = tz === '' ? null : readZoneFile(tz)): number | null {
  if (tz === '' || file === false) return null;
  if (file !== null) return tzifOffset(file, epochSeconds);
  const rule = tz === undefined ? null : parseRule(tz.replace(/^:/, ''));
  return rule === null ? null : ruleOffset(rule, epochSeconds);
}

/** The offset a TZif file gives at `t` (null: not TZif, or cut short). */
export function tzifOffset(file: Uint8Array, t: number): number | null {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const header = (at: number) => {
    if (at + 44 > file.length || String.fromCharCode(...file.subarray(at, at + 4)) !== 'TZif') return null;
    const count = (i: number) => view.getUint32(at + 20 + 4 * i);
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    return { version: file[at + 4], isut: count(0), isstd: count(1), leap: count(2), time: count(3), type: count(4), chars: count(5) };
  };
  const v1 = header(0);
  if (v1 === null) return null;
  // Version 2 and later repeat the data with 64-bit times after the first block, then the footer.
  const v1Size = v1.time * 5 + v1.type * 6 + v1.chars + v1.leap * 8 + v1.isstd + v1.isut;
  const wide = v1.version >= 0x32;
  const at = wide ? 44 + v1Size : 0;
  const h = wide ? header(at) : v1;
  if (h === null) return null;
  const timeSize = wide ? 8 : 4;
  const times = at + 44;
  const types = times + h.time * timeSize;
  const infos = types + h.time;
  const end = infos + h.type * 6 + h.chars + h.leap * (timeSize + 4) + h.isstd + h.isut;
  if (end > file.length || h.type === 0) return null;
  const transition = (i: number) => (wide ? Number(view.getBigInt64(times + 8 * i)) : view.getInt32(times + 4 * i));
  const offsetOfType = (i: number) => (i < h.type ? view.getInt32(infos + 6 * i) : null);
  if (h.time === 0 || t >= transition(h.time - 1)) {
    // Past the last transition the footer's rule says, if there is one (between two newlines).
    const footer = wide ? Buffer.from(file.buffer, file.byteOffset + end, file.length - end).toString('latin1') : '';
    const m = /^\n([^\n]*)\n/.exec(footer);
    if (m && m[1] !== '') {
      const rule = parseRule(m[1]);
      return rule === null ? null : ruleOffset(rule, t);
    }
    return offsetOfType(h.time === 0 ? 0 : file[types + h.time - 1]);
  }
  // Before the first transition: the first type (RFC 8536 3.2).
  if (t < transition(0)) return offsetOfType(0);
  let lo = 0;
  let hi = h.time - 1; // transition(lo) <= t < transition(hi)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (transition(mid) <= t) lo = mid;
    else hi = mid;
  }
  return offsetOfType(file[types + lo]);
}

/** `[+-]hh[:mm[:ss]]` as seconds, and what follows it (null: none there). */
function parseTime(s: string): [number, string] | null {
  const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(s);
  if (!m) return null;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return [m[1] === '-' ? -seconds : seconds, s.slice(m[0].length)];
}

/** A zone name, `<…>` or three or more letters, and what follows it. */
function parseName(s: string): string | null {
  const m = /^(?:<[^>]*>|[A-Za-z]{3,})/.exec(s);
  return m ? s.slice(m[0].length) : null;
}

/** A rule's `,date[/time]`, and what follows it. */
function parseDate(s: string): [RuleDate, string] | null {
  const m = /^,(?:M(\d{1,2})\.(\d)\.(\d)|J(\d{1,3})|(\d{1,3}))/.exec(s);
  if (!m) return null;
  let rest = s.slice(m[0].length);
  let time = 7200; // 02:00 local time unless said
  if (rest.startsWith('/')) {
    const t = parseTime(rest.slice(1));
    if (t === null) return null;
    [time, rest] = t;
  }
  const date: RuleDate = m[1] !== undefined ? { kind: 'M', a: Number(m[1]), b: Number(m[2]), c: Number(m[3]), time }
    : m[4] !== undefined ? { kind: 'J', a: Number(m[4]), b: 0, c: 0, time }
      : { kind: 'n', a: Number(m[5]), b: 0, c: 0, time };
  const ok = date.kind === 'M' ? date.a >= 1 && date.a <= 12 && date.b >= 1 && date.b <= 5 && date.c <= 6
    : date.kind === 'J' ? date.a >= 1 && date.a <= 365 : date.a <= 365;
  return ok ? [date, rest] : null;
}

/**
 * A POSIX TZ rule (`CET-1CEST,M3.5.0,M10.5.0/3`; offsets are west of UTC there), or null if it is
 * not one, or has daylight time without the dates of its change (the C library's default dates
 * are its own: left to Date).
 */
export function parseRule(s: string): Rule | null {
  let rest = parseName(s);
  if (rest === null) return null;
  const std = parseTime(rest);
  if (std === null) return null;
  rest = std[1];
  if (rest === '') return { std: -std[0] };
  rest = parseName(rest);
  if (rest === null) return null;
  let dstOffset = -std[0] + 3600;
  if (!rest.startsWith(',')) {
    const dst = parseTime(rest);
    if (dst === null) return null;
    [dstOffset, rest] = [-dst[0], dst[1]];
  }
  const start = parseDate(rest);
  if (start === null) return null;
  const end = parseDate(start[1]);
  if (end === null || end[1] !== '') return null;
  return { std: -std[0], dst: { offset: dstOffset, start: start[0], end: end[0] } };
}

const DAY = 86400;

/** Seconds from the epoch to 00:00 UTC of the rule date's day in `year`. */
function dayStart(d: RuleDate, year: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const jan1 = Date.UTC(year, 0, 1) / 1000;
  if (d.kind === 'J') return jan1 + (d.a - 1 + (leap && d.a >= 60 ? 1 : 0)) * DAY;
  if (d.kind === 'n') return jan1 + d.a * DAY;
  // Day c (0 Sunday) of week b (5: the last) of month a.
  const first = Date.UTC(year, d.a - 1, 1) / 1000;
  const firstDay = new Date(first * 1000).getUTCDay();
  const length = new Date(Date.UTC(year, d.a, 0)).getUTCDate();
  let day = 1 + ((d.c - firstDay + 7) % 7) + 7 * (d.b - 1);
  while (day > length) day -= 7;
  return first + (day - 1) * DAY;
}

/** The offset a rule gives at `t`: daylight time between its start (in standard time) and its end (in daylight time). */
export function ruleOffset(rule: Rule, t: number): number {
  const dst = rule.dst;
  if (!dst) return rule.std;
  // The year of `t` in UTC, as the C library takes it (not the local year: around New Year a
  // rule of daylight time all year long gives standard time for the hours between the two).
  const year = new Date(t * 1000).getUTCFullYear();
  const start = dayStart(dst.start, year) + dst.start.time - rule.std;
  const end = dayStart(dst.end, year) + dst.end.time - dst.offset;
  // Northern: daylight time inside the year's [start, end); southern: outside [end, start).
  // Both at the same instant is northern, as glibc takes it: never daylight time.
  const daylight = start <= end ? t >= start && t < end : !(t >= end && t < start);
  return daylight ? dst.offset : rule.std;
}

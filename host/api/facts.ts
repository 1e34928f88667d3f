/**
 * @fileoverview Time classes (L1570-1590, D11) from a clock value the host hands in, so tests and
 * the playground can pin the time: weekday, Hr00-Hr23, Min00-Min59, the five-minute interval
 * Min00_05…Min55_00, Day1-Day31, month, Yr2026; and how a list of classes is written.
 */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const two = (n: number) => String(n).padStart(2, '0');

/** The time classes of `epochSeconds`, in UTC (the Node host passes local time). */
export function timeClasses(epochSeconds: number, utcOffsetMinutes = 0): string[] {
  const t = new Date((epochSeconds + utcOffsetMinutes * 60) * 1000);
  const minute = t.getUTCMinutes();
  const slot = Math.floor(minute / 5) * 5;
  return [
    DAYS[t.getUTCDay()],
    `Hr${two(t.getUTCHours())}`,
    `Min${two(minute)}`,
    `Min${two(slot)}_${two((slot + 5) % 60)}`,
    `Day${t.getUTCDate()}`,
    MONTHS[t.getUTCMonth()],
    `Yr${t.getUTCFullYear()}`,
  ];
}

/** The classes of a `-D`/`-N`/`--classes` argument or a `define=` list: separated by `,` `:` `.` (L8990). */
export function classList(...texts: string[]): string[] {
  return texts.flatMap(t => t.split(/[,:.]/)).filter(Boolean);
}

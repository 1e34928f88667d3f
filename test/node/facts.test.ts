/** The Node host's time zone fact (checktimezone): tzname[0] from $TZ or /etc/localtime's footer. */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { standardTimezone } from '../../host/node/facts.js';

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

describe('standardTimezone', () => {
  it('reads a POSIX TZ string: the standard name, also in <…> form', () => {
    process.env.TZ = 'EST5EDT,M3.2.0,M11.1.0';
    expect(standardTimezone()).toBe('EST');
    process.env.TZ = '<+03>-3';
    expect(standardTimezone()).toBe('+03');
  });

  it.skipIf(!existsSync('/usr/share/zoneinfo/Europe/Oslo'))('reads a zone name through the zoneinfo file\'s footer', () => {
    process.env.TZ = 'Europe/Oslo';
    expect(standardTimezone()).toBe('CET');
    process.env.TZ = 'America/New_York';
    expect(standardTimezone()).toBe('EST');
  });
});

// A name longer than Linux's PATH_MAX is refused with a warning before the walks that handle a
// path a component at a time (making the directories above it, resolving a link's target), where
// each component costs the length so far: 150,000 components took directories: and links: minutes
// and gigabytes (found by fuzzing run()), for a name no system call accepts (ENAMETOOLONG).
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const LONG = '/a'.repeat(20_000);
const warnings = (r: { log: { level: string; message: string }[] }) => r.log.filter(l => l.level === 'warning').map(l => l.message);
const TOO_LONG = /^cfengine:localhost: (\/a)+…: the name is longer than 4095 bytes \(PATH_MAX\); skipped$/;

describe('names longer than PATH_MAX', () => {
  it('directories: a warning, nothing made, and the next item still runs', async () => {
    const r = await run(`control:\n actionsequence = ( directories )\ndirectories:\n /d${LONG} mode=755\n /ok/dir mode=755\n`);
    expect(warnings(r)).toHaveLength(1);
    expect(warnings(r)[0]).toMatch(/^cfengine:localhost: \/d(\/a)+…: the name is longer than 4095 bytes \(PATH_MAX\); skipped$/);
    expect(r.tree['/d']).toBeUndefined();
    expect(r.tree['/ok/dir']).toMatchObject({ type: 'dir' });
  });

  it('links: a link name or a target too long is skipped with a warning', async () => {
    const r = await run(`control:\n actionsequence = ( links )\nlinks:\n /l${LONG} -> /t type=relative\n /m -> ${LONG} type=absolute\n /n -> /t\n`,
      { files: { '/t': 'x\n' } });
    expect(warnings(r)).toHaveLength(2);
    expect(warnings(r)[0]).toMatch(/^cfengine:localhost: \/l(\/a)+…: the name is longer/);
    expect(warnings(r)[1]).toMatch(TOO_LONG);
    expect(r.tree['/l']).toBeUndefined();
    expect(r.tree['/m']).toBeUndefined();
    expect(r.tree['/n']).toMatchObject({ type: 'link', target: '/t' });
  });

  it('a name of 4095 bytes is still made', async () => {
    const name = ('/' + 'b'.repeat(255)).repeat(15) + '/' + 'c'.repeat(254); // components of at most NAME_MAX
    expect(new TextEncoder().encode(name).length).toBe(4095);
    const r = await run(`control:\n actionsequence = ( directories )\ndirectories:\n ${name} mode=755\n`);
    expect(warnings(r)).toEqual([]);
    expect(r.tree[name]).toMatchObject({ type: 'dir' });
    const over = await run(`control:\n actionsequence = ( directories )\ndirectories:\n ${name}c mode=755\n`);
    expect(warnings(over)).toHaveLength(1);
  });
});

// Whole numbers in a policy past i32. They were read with I32.parseInt, which wraps: 4294967297
// was 1 and 4294967295 was -1, so a huge count acted as one (or as recurse=inf), and a uid past
// i32 named another user. Now every such number is read by util/number.ts atoiSaturating: atoi's
// digits, stopping at 2^31-1. Each case below passes the wrapped value, which the old reading
// turned into something small.
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const BIG = '4294967297'; // 2^32 + 1: wrapped, it is 1
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);
const messages = (r: { log: { message: string }[] }) => r.log.map(l => l.message);

async function edit(commands: string, content = 'a\nb\nc\nd\n', control = '') {
  const policy = `control:\n actionsequence = ( editfiles )\n${control}editfiles:\n { /d/f\n${commands}\n }\n`;
  const r = await run(policy, { files: { '/d/f': content, '/d/list': 'x\ny\n' } });
  return { r, out: text(r.files['/d/f']) };
}

describe('numbers past i32 saturate instead of wrapping', () => {
  it(`files recurse=${BIG} goes deeper than one level`, async () => {
    const r = await run(`control:\n actionsequence = ( files )\nfiles:\n /d mode=600 recurse=${BIG} action=fixall\n`,
      { files: { '/d/a/b/f': 'x' } });
    expect(r.tree['/d/a/b/f'].mode & 0o777).toBe(0o600);
  });

  it(`owner=${BIG} is refused, not uid 1`, async () => {
    const r = await run(`control:\n actionsequence = ( files )\nfiles:\n /d/f owner=${BIG} action=fixall\n`, { files: { '/d/f': 'x' } });
    expect(r.tree['/d/f'].uid).toBe(0);
    expect(messages(r)).toContain(`cfengine:localhost: Numeric user id ${BIG} is too large (over 2147483646); ignored`);
  });

  it(`required sensiblecount=${BIG} is not 1`, async () => {
    const r = await run(`control:\n actionsequence = ( required )\n sensiblecount = ( ${BIG} )\nrequired:\n /d\n`,
      { files: { '/d/a': 'x', '/d/b': 'y' } });
    expect(messages(r).join('\n')).toContain('holds 2 entries, fewer than sensiblecount = 2147483647');
  });

  it(`processes matches=<${BIG} is not <1`, async () => {
    const host = new MemoryHost(new Volume(), {
      now: 1_800_000_000,
      processes: [{ pid: 500, line: 'daemon 500 /usr/sbin/inetd' }, { pid: 501, line: 'daemon 501 /usr/sbin/inetd -d' }],
    });
    const r = runPolicyOn(await nodeRuntime(), `control:\n actionsequence = ( processes )\nprocesses:\n "inetd" matches=<${BIG}\n`,
      host, { hostname: 'h' });
    expect(messages(r).join('\n')).not.toContain('matches=');
  });

  it(`copy with RemoteEntries = ${BIG} is not a budget of 1`, async () => {
    const r = await run(`control:\n actionsequence = ( copy )\n RemoteEntries = ( ${BIG} )\ncopy:\n /m dest=/e recurse=inf server=s\n`,
      { servers: { s: { files: { '/m/a': 'A', '/m/b': 'B' } } } });
    expect(Object.keys(r.files).sort()).toEqual(['/e/a', '/e/b']);
  });

  it(`SplayTime = ${BIG} is not one minute`, async () => {
    const r = await run(`control:\n actionsequence = ( files )\n SplayTime = ( ${BIG} )\n`, { dryRun: true, noSplay: false });
    const said = messages(r).filter(m => m.includes('SplayTime'));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/would sleep \d+ seconds \(SplayTime 2147483647\)$/);
  });

  for (const n of [BIG, '2147483647']) {
    // From line 2: 2 + 2147483647 wrapped below the first line.
    it(`IncrementPointer "${n}" stops at the last line`, async () => {
      expect((await edit(`  LocateLineMatching "b"\n  IncrementPointer "${n}"\n  InsertLine "X"`)).out).toBe('a\nb\nc\nd\nX\n');
    });
  }

  it(`ResetSearch "${BIG}" is past the end, not line 1`, async () => {
    const { r, out } = await edit(`  ResetSearch "${BIG}"\n  LocateLineMatching "a"\n  InsertLine "X"`);
    expect(out).toBe('a\nb\nc\nd\n');
    expect(messages(r).join('\n')).toContain('Search for (2147483647) begins after end of file');
  });

  it(`DeleteNLines "${BIG}" deletes to the end, not one line`, async () => {
    expect((await edit(`  LocateLineMatching "b"\n  DeleteNLines "${BIG}"`)).out).toBe('a\n');
  });

  it(`ReplaceLinesMatchingField "${BIG}" compares no field, not the first`, async () => {
    const { out } = await edit(`  SetLine "a:new"\n  ReplaceLinesMatchingField "${BIG}"`, 'a:old\nb:x\n');
    expect(out).toBe('a:old\nb:x\n');
  });
});

describe('ForEachLineIn holds its file to editfilesize', () => {
  // The loop's body appends each line of /d/list (SetLine) to the edited file.
  const loop = '  ForEachLineIn "/d/list"\n   AppendIfNoLineMatching "zzz"\n  EndLoop';

  it('a loop file over the limit is not read: the rest of the commands are skipped, said with its name', async () => {
    const { r, out } = await edit(`${loop}\n  AppendIfNoSuchLine "after"`, 'a\n', ' editfilesize = ( 3 )\n');
    expect(out).toBe('a\n');
    expect(messages(r).join('\n')).toMatch(/ForEachLineIn: \/d\/list is bigger than the limit editfilesize = 3 bytes/);
  });

  it('a loop file within the limit loops as before', async () => {
    expect((await edit(loop, 'a\n', ' editfilesize = ( 4 )\n')).out).toBe('a\nx\ny\n');
  });
});

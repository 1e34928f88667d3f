// disable: rotate=N with an N from the policy. The old copies were looked for one name at a time,
// path.N-1 down to path.1: rotate=99999999999 made 2 billion host calls (a hang, found by fuzzing
// run()); and N was read as a wrapping i32, so rotate=4294967297 was rotate=1 and the rename of
// the file to path.1 replaced the old copy kept there. Now the old copies come from one listing
// and N saturates.
import { describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';

const FILES = { '/d/log': 'now\n', '/d/log.1': 'one\n', '/d/log.3': 'three\n', '/d/log.01': 'not a copy\n', '/d/log.1x': 'not either\n', '/d/logs.1': 'other\n' };
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

async function rotate(n: string) {
  const r = await run(`control:\n actionsequence = ( disable )\ndisable:\n /d/log rotate=${n}\n`, { files: FILES });
  const files = Object.fromEntries(Object.entries(r.files).filter(([k]) => k.startsWith('/d/')).map(([k, v]) => [k, text(v)]));
  return { r, files };
}

describe('disable rotate=N', () => {
  for (const n of ['99999999999', '4294967297']) {
    it(`rotate=${n}: every old copy moves up one, none is replaced`, async () => {
      const { r, files } = await rotate(n);
      expect(r.log.map(l => l.message)).toEqual(['cfengine:localhost: Rotating files /d/log in 2147483647 fragments']);
      expect(files).toEqual({
        '/d/log': '', '/d/log.1': 'now\n', '/d/log.2': 'one\n', '/d/log.4': 'three\n',
        '/d/log.01': 'not a copy\n', '/d/log.1x': 'not either\n', '/d/logs.1': 'other\n',
      });
    });
  }

  it('rotate=3 keeps the copies below 3 moving (path.3 is replaced by path.2 only when there is one)', async () => {
    const { files } = await rotate('3');
    expect(files).toMatchObject({ '/d/log': '', '/d/log.1': 'now\n', '/d/log.2': 'one\n', '/d/log.3': 'three\n' });
    expect(files['/d/log.4']).toBeUndefined();
  });

  it('rotate=0x10 is not a count', async () => {
    const { r, files } = await rotate('0x10');
    expect(r.log.map(l => l.message)).toEqual(['cfengine:localhost: disable: rotate=0x10 is not a number, empty or truncate']);
    expect(files['/d/log']).toBe('now\n');
  });
});

// A file between 1 and 2 GiB must not abort the run (issue #16): it is refused with a message
// naming it, unread, and the other actions still run. On disk (a sparse file: no space used),
// and through the core's own guard with a host that hands back 1.5 GiB.
import { mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const BIG = 1.5 * 2 ** 30;
const POLICY = `control:
  actionsequence = ( copy editfiles files )
  EditFileSize = ( 0 )
copy:
  /src/big dest=/dst/big
editfiles:
  { /src/big
  AppendIfNoSuchLine "x"
  }
  { /etc/small
  AppendIfNoSuchLine "added"
  }
files:
  /etc/small mode=0600 action=fixall
`;

describe('a file between 1 and 2 GiB', () => {
  it('on disk: copy and editfiles refuse it by name; the other actions run', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfwasm-big-'));
    for (const d of ['src', 'dst', 'etc']) mkdirSync(join(root, d));
    writeFileSync(join(root, 'src/big'), '');
    truncateSync(join(root, 'src/big'), BIG); // sparse
    writeFileSync(join(root, 'etc/small'), 'line\n', { mode: 0o644 });
    const r = runPolicyOn(runtime, POLICY, new NodeHost({ root, keepContents: false }), { now: 1_800_000_000, hostname: 'h' });
    const messages = r.log.map(l => `${l.level}: ${l.message}`);
    expect(messages).toContain(`warning: cfengine:h: copy: cannot read /src/big: too big: ${BIG} bytes (the core reads at most ${2 ** 30} bytes)`);
    expect(messages).toContain(`error: cfengine:h: editfiles: cannot read /src/big: too big: ${BIG} bytes (the core reads at most ${2 ** 30} bytes)`);
    expect(readFileSync(join(root, 'etc/small'), 'utf8')).toBe('line\nadded\n');
    expect(statSync(join(root, 'etc/small')).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'src/big')).size).toBe(BIG);
    expect(r.exitCode).toBe(1); // the edit that could not be made
  });

  it('the core refuses a reply over 1 GiB from any host, without copying it', () => {
    const vol = new Volume();
    vol.mkdirSync('/etc', { recursive: true });
    vol.mkdirSync('/src');
    vol.mkdirSync('/dst');
    vol.writeFileSync('/src/big', 'stand-in');
    vol.writeFileSync('/etc/small', 'line\n');
    class Huge extends MemoryHost {
      readFile(path: string): Uint8Array {
        return path === '/src/big' ? new Uint8Array(BIG) : super.readFile(path); // zero pages, never touched
      }
    }
    const r = runPolicyOn(runtime, POLICY, new Huge(vol, { now: 1_800_000_000 }), { now: 1_800_000_000, hostname: 'h' });
    const messages = r.log.map(l => `${l.level}: ${l.message}`);
    expect(messages).toContain(`warning: cfengine:h: copy: cannot read /src/big: too big: ${BIG} bytes (the core reads at most ${2 ** 30} bytes)`);
    expect(String(vol.readFileSync('/etc/small'))).toBe('line\nadded\n');
    expect(vol.statSync('/etc/small').mode & 0o777).toBe(0o600);
  });
});

/**
 * The temp reaper's helper starts before a big file is read into the core (the file an edit will
 * save), not at the save's first temp, when forking would copy the page tables of the file's
 * pages and more; a small file, or any file under a dry run, starts none.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { reapTempsOnExit } from '../../host/node/temp-reaper.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-reaper-early-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** The pids of this process's temp reaper helpers (children whose command line names it). */
function helpers(): number[] {
  const found: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && fs.readFileSync(`/proc/${name}/cmdline`, 'latin1').includes('cfwasm-temp-reaper')) found.push(Number(name));
    } catch { /* gone meanwhile */ }
  }
  return found;
}

describe.skipIf(process.platform !== 'linux')('the temp reaper, started early', () => {
  it('a read of 1 MiB or more starts it first; smaller reads and dry runs start none', () => {
    reapTempsOnExit();
    fs.mkdirSync(join(base, 'etc'));
    fs.writeFileSync(join(base, 'etc', 'small'), 'x'.repeat((1 << 20) - 1));
    fs.writeFileSync(join(base, 'etc', 'big'), 'x'.repeat(1 << 20));
    const readWith = (host: NodeHost, name: string, size: number) => {
      const into = new Uint8Array(size);
      expect(host.readFileInto(`/etc/${name}`, into)).toBe(size);
    };
    readWith(new NodeHost({ root: base }), 'small', (1 << 20) - 1);
    readWith(new NodeHost({ root: base, dryRun: true }), 'big', 1 << 20);
    expect(helpers()).toEqual([]);
    readWith(new NodeHost({ root: base }), 'big', 1 << 20);
    expect(helpers()).toHaveLength(1);
    // Once started, the same helper serves every later read and temp.
    readWith(new NodeHost({ root: base }), 'big', 1 << 20);
    new NodeHost({ root: base }).saveFile('/etc/small', new TextEncoder().encode('y\n'), null);
    expect(helpers()).toHaveLength(1);
  });
});

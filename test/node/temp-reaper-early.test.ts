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
import { helperLine, reapTempsOnExit } from '../../host/node/temp-reaper.js';
import { ownTempTag } from '../../host/node/atomic-write.js';
import { execFileSync } from 'node:child_process';
import { childPids } from '../support/children.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-reaper-early-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** The pids of this process's temp reaper helpers (children whose command line names it). */
const helpers = (): number[] => childPids(argv => argv.includes('cfwasm-temp-reaper'));

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
    // The helper: /bin/sh with its script, named, given this process's temp tag; in a process
    // group of its own (systemd's signals to the run's group do not reach it); a fixed environment.
    const [pid] = helpers();
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').slice(0, -1);
    expect(argv[0]).toBe('/bin/sh');
    expect(argv[1]).toBe('-c');
    expect(argv[2]).toMatch(/^trap '' HUP INT TERM\n/);
    expect(argv.slice(3)).toEqual(['cfwasm-temp-reaper', ownTempTag()]); // the tag is the process's, fixed once
    expect(fs.readFileSync(`/proc/${pid}/environ`, 'latin1')).toBe('PATH=/usr/bin:/bin\0LC_ALL=C\0');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    expect(Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])).toBe(pid); // its own group
    // Its stdin is a pipe (this process holds the write end); its stdout goes nowhere, its stderr is this process's.
    expect(fs.readlinkSync(`/proc/${pid}/fd/0`)).toMatch(/^(pipe|socket):/);
    expect(fs.readlinkSync(`/proc/${pid}/fd/1`)).toBe('/dev/null');
    expect(fs.readlinkSync(`/proc/${pid}/fd/2`)).toBe(fs.readlinkSync('/proc/self/fd/2')); // the run's stderr: it says a kill
  });
});

describe('the helper\'s line for a directory', () => {
  it('as it is, or, with a newline in it, escapes that /bin/sh\'s printf %b turns back into its bytes', () => {
    expect(helperLine('/plain dir/*').toString()).toBe('/plain dir/*\n');
    expect(helperLine(Buffer.from([0x2f, 0xff])).equals(Buffer.from([0x2f, 0xff, 0x0a]))).toBe(true);
    expect(helperLine('/a\nb').toString()).toBe('E\\0057\\0141\\0012\\0142\n');
    const bytes = Buffer.from([0x2f, 0x61, 0x0a, 0xff, 0x5c, 0x30, 0x25, 0x62, 0x20, 0x0a]);
    const line = helperLine(bytes);
    expect(line[0]).toBe(0x45); // E
    expect(line.subarray(0, -1).includes(0x0a)).toBe(false);
    // Decoded as the helper does: the text after E, through %b, with a guard against lost newlines.
    const decoded = execFileSync('/bin/sh', ['-c', 'd=$(printf "%bx" "${1#E}"); printf "%s" "${d%x}"', 'sh',
      line.subarray(0, -1).toString('latin1')], { encoding: 'buffer' });
    expect(decoded.equals(bytes)).toBe(true);
  });
});

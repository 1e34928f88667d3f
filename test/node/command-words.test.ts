/**
 * A file name the core puts into a command line it builds (files action=compress) is one shell
 * word: the command runs through /bin/sh, and any user may name a file in a tree root compresses.
 * Before, `/w/a;touch INJECTED` ran `touch INJECTED` (as root, in a run as root). A FIFO or a
 * socket is no plain file: it is not handed to the compress command.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-command-words-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('file names in the commands the core builds', () => {
  it('action=compress: a name with ; $( ) ` and \' is one word; a FIFO is passed over', () => {
    const root = join(base, 'root');
    fs.mkdirSync(join(root, 'w'), { recursive: true });
    const hostile = ["a;touch INJECTED", "b $(touch INJECTED2)", "c `touch INJECTED3`", "d'; touch INJECTED4; '"];
    for (const name of hostile) fs.writeFileSync(join(root, 'w', name), 'x');
    expect(spawnSync('mkfifo', [join(root, 'w', 'pipe')]).status).toBe(0);
    // /bin/true stands for gzip: the names are what is tested here (the real gzip: below).
    const policy = 'control:\n actionsequence = ( files )\n CompressCommand = ( /bin/true )\nfiles:\n /w recurse=inf action=compress\n';
    const r = cfwasm(['run', '-f', '-', '--root', root, '--allow-exec', '-I'], { input: policy, cwd: root });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    for (const name of hostile) expect(out).toContain(`Compressed /w/${name}`);
    expect(out).not.toMatch(/\/w\/pipe/);
    expect(fs.readdirSync(root).sort()).toEqual(['w']);
    expect(fs.readdirSync(join(root, 'w')).sort()).toEqual([...hostile, 'pipe'].sort());
  });

  it('under --root --allow-exec, compress and RunScript are given the real path inside the root', () => {
    // Before, the command got the policy's path: gzip /w/log (the machine's own file, or none).
    const root = join(base, 'real-root');
    fs.mkdirSync(join(root, 'w'), { recursive: true });
    fs.writeFileSync(join(root, 'w', "o'log"), 'old log\n');
    fs.writeFileSync(join(root, 'w', 'edited'), 'first\n');
    const script = join(base, 'script.sh');
    fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$1" > ${base}/seen\necho added >> "$1"\n`, { mode: 0o755 });
    const policy = 'control:\n actionsequence = ( files editfiles )\n' +
      "files:\n /w recurse=1 include=o* action=compress\n" +
      `editfiles:\n { /w/edited\n RunScript "${script}"\n }\n`;
    const r = cfwasm(['run', '-f', '-', '--root', root, '--allow-exec', '-I', '-K'], { input: policy, cwd: base });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    expect(out).toContain("Compressed /w/o'log");
    expect(fs.readdirSync(join(root, 'w')).sort()).toEqual(['edited', "o'log.gz"]);
    expect(spawnSync('gzip', ['-dc', join(root, 'w', "o'log.gz")], { encoding: 'utf8' }).stdout).toBe('old log\n');
    expect(fs.readFileSync(join(base, 'seen'), 'utf8')).toBe(`${fs.realpathSync(root)}/w/edited\n`);
    expect(fs.readFileSync(join(root, 'w', 'edited'), 'utf8')).toBe('first\nadded\n');
  });
});

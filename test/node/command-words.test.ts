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
    // /bin/true stands for gzip: under --root the command is given the policy's path, not the real one.
    const policy = 'control:\n actionsequence = ( files )\n CompressCommand = ( /bin/true )\nfiles:\n /w recurse=inf action=compress\n';
    const r = cfwasm(['run', '-f', '-', '--root', root, '--allow-exec', '-I'], { input: policy, cwd: root });
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(0);
    for (const name of hostile) expect(out).toContain(`Compressed /w/${name}`);
    expect(out).not.toMatch(/\/w\/pipe/);
    expect(fs.readdirSync(root).sort()).toEqual(['w']);
    expect(fs.readdirSync(join(root, 'w')).sort()).toEqual([...hostile, 'pipe'].sort());
  });
});

/**
 * Without --root, a sweep chmods (and chowns) each entry by its name from inside the directory it
 * listed, as chmod -R does (host/node/node-host.ts fromListedDirectory): the working directory is
 * the sweep's only while it runs. Everything after — a command, the next action, the caller of
 * the run — sees the one the run began in.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-sweep-cwd-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** `dirs` directories of `files` files each, mode 600, under a fresh directory. */
function tree(dirs: number, files: number): string {
  const top = fs.mkdtempSync(join(base, 't'));
  for (let d = 0; d < dirs; d++) {
    fs.mkdirSync(join(top, `d${d}`));
    for (let f = 0; f < files; f++) {
      fs.writeFileSync(join(top, `d${d}`, `f${f}`), '');
      fs.chmodSync(join(top, `d${d}`, `f${f}`), 0o600);
    }
  }
  return top;
}

const modes = (top: string) => fs.readdirSync(top).flatMap(d => fs.readdirSync(join(top, d)).map(f => fs.statSync(join(top, d, f)).mode & 0o7777));

describe('a sweep without --root', () => {
  it('changes every mode, and the command after it runs in the directory the run began in', () => {
    const top = tree(12, 30);
    const policy = join(base, 'p.cf');
    fs.writeFileSync(policy, `control:\n actionsequence = ( files shellcommands )\nfiles:\n ${top} mode=644 recurse=inf action=fixall\nshellcommands:\n "/bin/pwd"\n`);
    const r = cfwasm(['run', '-f', policy, '-K', '-q', '--allow-exec'], { cwd: base });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(fs.realpathSync(base));
    expect(r.stdout).not.toContain(top);
    expect(new Set(modes(top))).toEqual(new Set([0o644]));
  });

  it('leaves the caller in its own working directory (a removed one too)', async () => {
    const runtime = await nodeRuntime();
    const top = tree(3, 5);
    const home = process.cwd();
    const policy = `control:\n actionsequence = ( files )\nfiles:\n ${top} mode=640 recurse=inf action=fixall\n`;
    const chdirs: string[] = [];
    const chdir = process.chdir;
    process.chdir = (dir: string) => { chdirs.push(dir); chdir.call(process, dir); };
    try {
      expect(runPolicyOn(runtime, policy, new NodeHost(), { noLocks: true }).exitCode).toBe(0);
      expect(process.cwd()).toBe(home);
      // The chmods were made from inside each directory listed: it was entered.
      for (const d of ['d0', 'd1', 'd2']) expect(chdirs).toContain(join(top, d));
      expect(new Set(modes(top))).toEqual(new Set([0o640]));
      // A working directory already removed cannot be come back to: the sweep never leaves it
      // (each path is given whole) and still changes every mode.
      const gone = fs.mkdtempSync(join(base, 'gone'));
      chdir.call(process, gone);
      fs.rmdirSync(gone);
      chdirs.length = 0;
      expect(runPolicyOn(runtime, policy.replace('640', '604'), new NodeHost(), { noLocks: true }).exitCode).toBe(0);
      expect(chdirs).toEqual([]);
      expect(new Set(modes(top))).toEqual(new Set([0o604]));
    } finally {
      process.chdir = chdir;
      chdir.call(process, home);
    }
  });
});

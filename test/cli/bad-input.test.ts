/**
 * `cfwasm run` on bad input (issue: cfwasm run on real servers): a binary file to edit, a
 * directory where a file is expected, a missing file, a file it may not read, a missing policy —
 * each gives one clear message naming the path, the rest of the run goes on, and nothing is
 * half-written. Permission checks do not bind root, so as root the unreadable-file test runs the
 * CLI as nobody (and is skipped, not passed, where nobody cannot reach the checkout).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-bad-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Whether another user can run the CLI from this checkout (every directory above it o+x). */
function othersCanRun(dir: string): boolean {
  for (let d = dir; ; d = join(d, '..')) {
    if ((fs.statSync(d).mode & 0o001) === 0) return false;
    if (d === '/') return true;
  }
}
const REPO_DIR = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
/** As root the unreadable file is only unreadable to another user; that user must reach the CLI. */
const canTestPermissions = !asRoot || othersCanRun(REPO_DIR);

describe('cfwasm run: bad input', () => {
  /**
   * Runs an edit of each bad file and of a good one; with `unreadable`, also of a file the CLI
   * may not read (as root the CLI then runs as nobody).
   */
  function runOnBadFiles(name: string, unreadable: boolean) {
    fs.chmodSync(base, 0o755);
    const root = join(base, name);
    const etc = join(root, 'etc');
    fs.mkdirSync(join(etc, 'adir'), { recursive: true });
    fs.chmodSync(root, 0o755);
    fs.chmodSync(etc, 0o777);
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0x0a]);
    fs.writeFileSync(join(etc, 'binary'), binary, { mode: 0o666 });
    fs.writeFileSync(join(etc, 'good'), 'a\n', { mode: 0o666 });
    fs.chmodSync(join(etc, 'good'), 0o666);
    const files = ['/etc/binary', '/etc/adir', '/etc/missing', '/etc/good'];
    if (unreadable) {
      fs.writeFileSync(join(etc, 'secret'), 'secret\n', { mode: 0o000 });
      fs.chmodSync(join(etc, 'secret'), 0o000);
      files.splice(3, 0, '/etc/secret');
    }
    const policy = join(base, `${name}.cf`);
    const block = (file: string) => ` { ${file}\n AppendIfNoSuchLine "added"\n }\n`;
    fs.writeFileSync(policy, `control:\n actionsequence = ( editfiles )\neditfiles:\n${files.map(block).join('')}`, { mode: 0o644 });
    // As nobody, a state directory of nobody's (one of root's is checked and refused).
    const state = join(base, `${name}-state`);
    if (unreadable && asRoot) {
      fs.mkdirSync(state, { mode: 0o700 });
      fs.chownSync(state, NOBODY, NOBODY);
    }
    const r = cfwasm(['run', '-f', policy, '--root', root],
      unreadable && asRoot ? { uid: NOBODY, gid: NOBODY, env: { CFWASM_STATE_DIR: state } } : {});
    const out = r.stdout + r.stderr;
    expect(out).toContain('/etc/binary holds binary data (a NUL byte); not edited');
    expect(out).toContain('/etc/adir is a directory, not a file');
    expect(out).toContain('/etc/missing does not exist');
    expect(out.split('\n').filter(l => l.includes('/etc/')).length).toBe(files.length - 1); // one line each
    expect(r.status).toBe(1);
    expect(fs.readFileSync(join(etc, 'good'), 'utf8')).toBe('a\nadded\n');
    expect(fs.readFileSync(join(etc, 'binary'))).toEqual(binary);
    expect(fs.readdirSync(etc).sort()).toEqual(['adir', 'binary', 'good', 'good.cfsaved', ...(unreadable ? ['secret'] : [])]); // no temp files
    return { out, etc };
  }

  it('binary, directory and missing files: one message each, the good edit is made', () => {
    runOnBadFiles('plain', false);
  });

  it.skipIf(!canTestPermissions)('a file it may not read: one message, the rest goes on', () => {
    const { out, etc } = runOnBadFiles('unreadable', true);
    expect(out).toMatch(/cannot read \/etc\/secret: .*permission denied/);
    fs.chmodSync(join(etc, 'secret'), 0o600);
    expect(fs.readFileSync(join(etc, 'secret'), 'utf8')).toBe('secret\n');
  });

  it('a missing policy is one clear message, exit 1', () => {
    const r = cfwasm(['run', '-f', join(base, 'nope.cf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`cfwasm: ${join(base, 'nope.cf')}: cannot read: no such file\n`);
  });
});

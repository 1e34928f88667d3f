/**
 * .pre-commit-hooks.yaml with the real pre-commit (Debian's): a scratch repository uses this
 * checkout's hooks (the working tree as it is, through `git` on a copy of the manifest's
 * repository), `pre-commit install`s them, and `git commit` is refused for a bad policy and
 * for an unformatted one (fmt rewrites it), and goes through for a good one. `cfwasm` on the
 * PATH is this checkout's bin/cfwasm.js. Skipped with the reason without pre-commit, except in CI.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const why = found.status === 0 ? null : 'pre-commit is not installed (apt-get install pre-commit)';
if (why && process.env.CI) throw new Error(`pre-commit hooks: ${why}`);
if (why) console.log(`pre-commit hooks: skipped: ${why}`);

describe.skipIf(why)('.pre-commit-hooks.yaml', () => {
  it('refuses a commit with a bad or unformatted policy and takes a good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-pre-commit-'));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'cfwasm'), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, 'bin', 'cfwasm.js')}" "$@"\n`);
    chmodSync(join(bin, 'cfwasm'), 0o755);
    const env = {
      ...process.env, PATH: `${bin}:${process.env.PATH}`, PRE_COMMIT_HOME: join(dir, 'cache'), HOME: dir,
      GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    const run = (cwd: string, cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    // The hooks' repository: the manifest as it is in this checkout, committed.
    const hooks = join(dir, 'hooks');
    mkdirSync(hooks);
    copyFileSync(join(REPO, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'hooks']]) expect(run(hooks, 'git', ...args).status).toBe(0);
    const rev = run(hooks, 'git', 'rev-parse', 'HEAD').stdout.trim();
    // The policy repository.
    const repo = join(dir, 'policies');
    mkdirSync(repo);
    expect(run(repo, 'git', 'init', '-q').status).toBe(0);
    writeFileSync(join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: cfwasm-lint\n      - id: cfwasm-fmt\n`);
    const install = run(repo, 'pre-commit', 'install');
    expect(install.status, install.stderr + install.stdout).toBe(0);
    const commit = (file: string, text: string) => {
      writeFileSync(join(repo, file), text);
      run(repo, 'git', 'add', '-A');
      return run(repo, 'git', 'commit', '-qm', file);
    };
    const good = 'control:\n  actionsequence = ( editfiles )\n\neditfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "x"\n  }\n';

    const bad = commit('cfengine.conf', good.replace('AppendIfNoSuchLine', 'AppendIfNoSuchLin'));
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toMatch(/cfwasm lint\.+Failed/);
    expect(bad.stdout + bad.stderr).toContain('cfengine.conf:6:5: error: unknown editfiles command AppendIfNoSuchLin');
    expect(run(repo, 'git', 'log', '--oneline').status).not.toBe(0); // no commit yet

    const unformatted = commit('cfengine.conf', good.replace('  actionsequence', 'actionsequence'));
    expect(unformatted.status).not.toBe(0);
    expect(unformatted.stdout + unformatted.stderr).toMatch(/cfwasm fmt\.+Failed/);
    expect(readFileSync(join(repo, 'cfengine.conf'), 'utf8')).toBe(good); // rewritten by the hook

    const ok = commit('cfengine.conf', good);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(run(repo, 'git', 'log', '--format=%s').stdout.trim()).toBe('cfengine.conf');
    // Files that are not policies are not given to cfwasm.
    expect(commit('notes.txt', 'AppendIfNoSuchLin\n').status).toBe(0);
  });
});

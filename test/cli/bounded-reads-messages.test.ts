/**
 * Issue 21, items 5 and 7: every file the CLI reads goes through one bounded reader (a regular
 * file of a limited size, never a FIFO or a device: each gets one line naming it, at once), and
 * the messages the probe found are one clear line naming the file; usage errors exit 2. A copy
 * made setuid or setgid and writable by others is warned about.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { conformanceCasesDir, REPO } from '../support/shared.js';
import { scratchDirs } from '../support/scratch.js';

const fresh = scratchDirs('cfwasm-bounded-');
/** A guard against a hang (a FIFO) or reading /dev/zero without end; not a time measured. */
const GUARD = { timeout: 40_000 };
const oneLine = (text: string) => expect(text.trimEnd().split('\n')).toHaveLength(1);

/** Puts a device or a FIFO at `path`. */
function plant(kind: 'zero' | 'fifo', path: string): void {
  if (kind === 'zero') fs.symlinkSync('/dev/zero', path);
  else execFileSync('mkfifo', [path]);
}

describe('/dev/zero and a FIFO, for every file the CLI reads', () => {
  it.each(['zero', 'fifo'] as const)('key --print-digest (%s): one line naming it, exit 1', (kind) => {
    const file = join(fresh(), 'key.pub');
    plant(kind, file);
    const r = cfwasm(['key', '--print-digest', file], GUARD);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`cfwasm: ${file}: cannot read: not a regular file (a device, FIFO or socket)\n`);
  });

  it.each(['zero', 'fifo'] as const)('the key pair in ppkeys/ (%s): refused, named', (kind) => {
    const state = fresh();
    fs.chmodSync(state, 0o700);
    fs.mkdirSync(join(state, 'ppkeys'), { mode: 0o700 });
    // Through the state directory's check (no links, no FIFOs) first of all.
    plant(kind, join(state, 'ppkeys', 'localhost.priv'));
    const r = cfwasm(['key', '--state-dir', state], GUARD);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${state}/ppkeys/localhost.priv is ${kind === 'zero' ? 'a symbolic link' : 'not a regular file or directory'}`);
    oneLine(r.stderr);
  });

  it('a corrupt ppkeys/localhost.priv: one line naming it, not OpenSSL\'s words alone', () => {
    const state = fresh();
    fs.chmodSync(state, 0o700);
    fs.mkdirSync(join(state, 'ppkeys'), { mode: 0o700 });
    fs.writeFileSync(join(state, 'ppkeys', 'localhost.priv'), '-----BEGIN RSA PRIVATE KEY-----\ngarbage\n-----END RSA PRIVATE KEY-----\n', { mode: 0o600 });
    const r = cfwasm(['key', '--state-dir', state]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^cfwasm: ${state}/ppkeys/localhost.priv: not a key we can read`));
    oneLine(r.stderr);
  });

  /** A copy of a conformance case to spoil. */
  function testCase(): string {
    const dir = join(fresh(), 'case');
    fs.cpSync(join(conformanceCasesDir(), '001-appendifnosuchline-basic'), dir, { recursive: true });
    for (const sub of ['', 'before', 'before/etc']) fs.chmodSync(join(dir, sub), 0o755); // the corpus is read-only
    return dir;
  }

  it.each([
    ['args', 'zero'], ['args', 'fifo'], ['policy.cf', 'fifo'], ['modes', 'fifo'], ['exitcode', 'zero'],
    ['before/etc/planted', 'fifo'],
  ] as const)('cfwasm test, %s is %s: the case fails with one line naming the file', (name, kind) => {
    const dir = testCase();
    fs.rmSync(join(dir, name), { force: true });
    plant(kind, join(dir, name));
    const r = cfwasm(['test', dir], GUARD);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`cfwasm: ${join(dir, name)}: cannot read: not a regular file (a device, FIFO or socket)\n`);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
  });

  it('cfwasm test, a file in before/ bigger than the limit: one line, not exit 70', () => {
    const dir = testCase();
    const big = join(dir, 'before', 'etc', 'big');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 3 * 1024 ** 3); // sparse: 3 GB that take no room
    const r = cfwasm(['test', dir], GUARD);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`cfwasm: ${big}: cannot read: larger than 256 MiB, too big for a file of a test\n`);
  });

  it('lint --fixtures with a FIFO: a usage error naming it', () => {
    const dir = fresh();
    const fixtures = join(dir, 'fixtures');
    fs.mkdirSync(join(fixtures, 'etc'), { recursive: true });
    plant('fifo', join(fixtures, 'etc', 'motd'));
    const policy = join(dir, 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "x"\n }\n');
    const r = cfwasm(['lint', '--fixtures', fixtures, policy], GUARD);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(fixtures, 'etc', 'motd')}: cannot read: not a regular file`);
  });
});

describe('a FIFO put in the place of a file the run read, before it is saved', () => {
  it('is refused with a message naming it, not waited on', () => {
    const dir = fresh();
    const file = join(dir, 'f');
    fs.writeFileSync(file, 'a\n');
    // In a child: a hang would block this process (the save is synchronous).
    const script = `
      import { NodeHost } from ${JSON.stringify(join(REPO, 'dist/host/node/node-host.js'))};
      import { execFileSync, spawnSync } from 'node:child_process';
      import * as fs from 'node:fs';
      const host = new NodeHost({ keepContents: true });
      host.readFile(${JSON.stringify(file)});
      fs.rmSync(${JSON.stringify(file)});
      execFileSync('mkfifo', [${JSON.stringify(file)}]);
      try { host.saveFile(${JSON.stringify(file)}, new TextEncoder().encode('b\\n'), null); console.log('saved'); }
      catch (e) { console.log(e.message); }`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 40_000 });
    expect(r.stdout).toBe(`${file}: cannot read: not a regular file (a device, FIFO or socket)\n`);
  });
});

describe('messages: one clear line naming the file; usage errors exit 2', () => {
  it('lint --fixtures /nonexistent is a usage error, not an internal error', () => {
    const policy = join(fresh(), 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\n');
    const r = cfwasm(['lint', '--fixtures', '/nonexistent', policy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cfwasm: lint: --fixtures: \/nonexistent: cannot read: no such file\n/);
  });

  it('classes with an argument, and -D or -N with a name that is no class, are usage errors', () => {
    expect(cfwasm(['classes', 'extra'])).toMatchObject({ status: 2 });
    const policy = join(fresh(), 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\n');
    for (const args of [['-D', 'a b'], ['-N', 'x|y'], ['-D', '']]) {
      const r = cfwasm(['run', '-f', policy, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${args[0]} ${JSON.stringify(args[1])}: not a list of class names`);
      oneLine(r.stderr);
    }
    expect(cfwasm(['run', '-f', policy, '-D', 'a,b:c.d_e-f']).status).toBe(0);
  });

  it('cfwasm test shows why a case\'s policy does not parse', () => {
    const dir = join(fresh(), 'case');
    fs.cpSync(join(conformanceCasesDir(), '001-appendifnosuchline-basic'), dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(join(dir, 'policy.cf'), 0o644);
    fs.writeFileSync(join(dir, 'policy.cf'), 'control:\n actionsequence = ( editfiles\neditfiles:\n');
    const r = cfwasm(['test', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/case\/policy\.cf:\d+:\d+: error: /);
  });

  it('locks that cannot be kept are said once a run, not at every action', () => {
    const dir = fresh();
    const state = join(dir, 'state');
    fs.mkdirSync(join(state, 'locks'), { recursive: true, mode: 0o700 });
    fs.chmodSync(state, 0o700);
    const policy = join(dir, 'p.cf');
    fs.writeFileSync(policy, `control:\n actionsequence = ( files editfiles )\nfiles:\n ${dir}/f mode=644 action=touch\n` +
      `editfiles:\n { ${dir}/f\n AppendIfNoSuchLine "x"\n }\n`);
    const r = cfwasm(['run', '-f', policy, '--state-dir', state]);
    expect((r.stdout + r.stderr).split('\n').filter(l => l.includes('locks could not be kept'))).toHaveLength(1);
  });

  it('a path past PATH_MAX is printed in full once, not three times', () => {
    const long = `${fresh()}/${'a'.repeat(250)}${`/${'b'.repeat(250)}`.repeat(24)}`;
    const policy = join(fresh(), 'p.cf');
    fs.writeFileSync(policy, `control:\n actionsequence = ( files )\nfiles:\n ${long}/f mode=644 action=touch\n`);
    const r = cfwasm(['run', '-f', policy]);
    const lines = (r.stdout + r.stderr).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('name too long');
    expect(lines[0].split(long).length - 1).toBe(1);
  });

  it('a copy made setuid or setgid and writable by others is warned about', () => {
    const dir = fresh();
    const src = join(dir, 'tool');
    fs.writeFileSync(src, '#!/bin/sh\n');
    fs.chmodSync(src, 0o6777);
    const safe = join(dir, 'safe');
    fs.writeFileSync(safe, 'x\n');
    fs.chmodSync(safe, 0o4755);
    const policy = join(dir, 'p.cf');
    fs.writeFileSync(policy, `control:\n actionsequence = ( copy )\ncopy:\n ${src} dest=${dir}/copied\n ${safe} dest=${dir}/copied-safe\n`);
    const r = cfwasm(['run', '-f', policy]);
    expect(r.status).toBe(0);
    expect(fs.statSync(join(dir, 'copied')).mode & 0o7777).toBe(0o6777); // copied as it is, as cfengine does
    expect(r.stdout + r.stderr).toContain(`copy: ${dir}/copied is setuid and writable by its group and others (mode 6777)`);
    expect(r.stdout + r.stderr).not.toContain('copied-safe is');
  });
});

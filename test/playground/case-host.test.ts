/**
 * A case's host.json (host/testing/cases.ts): the host facts and command answers `cfwasm test`
 * runs it with, so a case that runs commands is run, not skipped; a malformed one fails its case
 * with one line naming the file and the field.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../support/shared.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A case whose policy runs a command and writes the host name into a file. */
function makeCase(host: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-case-host-'));
  dirs.push(dir);
  const c = join(dir, 'runs-a-command');
  mkdirSync(join(c, 'after'), { recursive: true });
  writeFileSync(join(c, 'policy.cf'), 'control:\n  actionsequence = ( shellcommands editfiles )\nshellcommands:\n  "/usr/bin/check --x" define=checked\neditfiles:\n  checked::\n  { /sandbox/f\n  AutoCreate\n  AppendIfNoSuchLine "host $(host) $(fqhost)"\n  }\n');
  writeFileSync(join(c, 'EMPTY'), '');
  writeFileSync(join(c, 'after', 'f'), 'host web7 web7.example.org\n');
  writeFileSync(join(c, 'after', 'f.cfsaved'), '');
  if (host !== null) writeFileSync(join(c, 'host.json'), host);
  return c;
}

const cfwasmTest = (dir: string) => spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'test', dir], { encoding: 'utf8' });

describe('host.json in a test case', () => {
  it('gives the host name, domain and command answers: a case with shellcommands runs and passes', () => {
    const r = cfwasmTest(makeCase('{"hostname": "web7", "domain": "example.org", "now": 1768219200, "exec": {"/usr/bin/check --x": {"status": 0, "output": "fine"}}}'));
    expect(r.stdout).toContain('1 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  it('without it, a case that runs commands is not run', () => {
    const r = cfwasmTest(makeCase(null));
    expect(r.stdout).toContain('not run runs-a-command: shellcommands need exec');
  });

  it('a command the table does not answer fails as not available (the case fails, with the log)', () => {
    const r = cfwasmTest(makeCase('{"hostname": "web7", "domain": "example.org", "exec": {}}'));
    expect(r.stdout).toContain('command not available in the sandbox: /usr/bin/check --x');
    expect(r.stdout).toContain('0 passed, 1 failed');
  });

  it('a malformed host.json fails its case in one line naming the field', () => {
    const r = cfwasmTest(makeCase('{"hostname": 5}'));
    expect(r.stdout).toMatch(/FAILED {2}\S+runs-a-command\n {2}\S+host\.json: hostname must be a non-empty string\n/);
    expect(cfwasmTest(makeCase('{"exec": {"x": {"status": "0"}}}')).stdout).toContain('host.json: exec["x"] must be an object { "status": whole number, "output": string }');
    expect(cfwasmTest(makeCase('{oops')).stdout).toMatch(/host\.json: not JSON \(/);
    expect(cfwasmTest(makeCase('{"hostnme": "x"}')).stdout).toContain('host.json: hostnme must be one of hostname, domain, now, exec, os, times (unknown field)');
  });

  /** A case that tidies files older than 7 days and notes its OS class: before/ holds old and new. */
  function tidyCase(host: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-case-times-'));
    dirs.push(dir);
    const c = join(dir, 'tidy-old');
    mkdirSync(join(c, 'before', 'd'), { recursive: true });
    mkdirSync(join(c, 'after', 'd'), { recursive: true });
    writeFileSync(join(c, 'policy.cf'), 'control:\n  actionsequence = ( tidy editfiles )\ntidy:\n  /sandbox/d pattern=* age=7\neditfiles:\n  solaris.sun4u::\n  { /sandbox/os\n  AutoCreate\n  AppendIfNoSuchLine "solaris"\n  }\n');
    writeFileSync(join(c, 'before', 'd', 'old'), 'o\n');
    writeFileSync(join(c, 'before', 'd', 'new'), 'n\n');
    writeFileSync(join(c, 'after', 'd', 'new'), 'n\n');
    writeFileSync(join(c, 'after', 'os'), 'solaris\n');
    writeFileSync(join(c, 'after', 'os.cfsaved'), '');
    writeFileSync(join(c, 'host.json'), host);
    return c;
  }

  it('os and times: the preset\'s classes are defined, and a file\'s atime decides tidy\'s age', () => {
    const now = 1768219200;
    const day = 86400;
    const r = cfwasmTest(tidyCase(JSON.stringify({ now, os: 'solaris-8', times: { 'd/old': { atime: now - 10 * day, mtime: now - 10 * day }, 'd/new': { atime: now - day } } })));
    expect(r.stdout).toContain('1 passed, 0 failed');
    // Without the times, before/ is staged in 2001: both files are old and both go; without os, no solaris.
    const plain = cfwasmTest(tidyCase(JSON.stringify({ now })));
    expect(plain.stdout).toContain('0 passed, 1 failed');
    expect(plain.stdout).toMatch(/d\/new/);
  });

  it('a malformed os or times fails the case naming the field', () => {
    expect(cfwasmTest(tidyCase('{"os": "plan9"}')).stdout).toContain('host.json: os must be one of debian-12, rhel-9, solaris-8');
    expect(cfwasmTest(tidyCase('{"times": {"d/old": {"atime": "x"}}}')).stdout).toContain('host.json: times["d/old"].atime must be a number of seconds since the epoch');
    expect(cfwasmTest(tidyCase('{"times": {"d/gone": {"atime": 1}}}')).stdout).toContain('host.json: times["d/gone"] must name a path of before/');
  });
});

/**
 * `cfwasm run`: the rest of the manual's runtime options (L14548-14714) and what only a real run
 * has: --state-dir (locks across runs), -K, -S/-w, -I, -d, -H, -U, -u, -l, -L, -x and
 * cf.preconf, -E refused without a terminal, the Inform/Warnings/Syslog control variables.
 */
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-switches-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let count = 0;
/** A fresh root, state directory and policy file. */
function world(policy: string, files: Record<string, string> = {}) {
  const dir = join(base, String(++count));
  const root = join(dir, 'root');
  const state = join(dir, 'state');
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  for (const [p, c] of Object.entries(files)) {
    fs.mkdirSync(join(root, p, '..'), { recursive: true });
    fs.writeFileSync(join(root, p), c);
  }
  const file = join(dir, 'policy.cf');
  fs.writeFileSync(file, policy);
  const run = (...args: string[]) => cfwasm(['run', '-f', file, '--root', root, '--state-dir', state, ...args]);
  return { dir, root, state, file, run };
}

const touchA = (control = '') => `control:\n actionsequence = ( files )\n${control}files:\n /etc/a action=touch\n`;

describe('cfwasm run: locks and the state directory', () => {
  it('IfElapsed holds between runs through --state-dir; -K ignores it', () => {
    const w = world(touchA(' IfElapsed = ( 60 )\n'));
    expect(w.run().status).toBe(0);
    expect(fs.existsSync(join(w.root, 'etc', 'a'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(join(w.state, 'locks'), 'utf8')).last).toHaveProperty(['files:/etc/a']);
    expect((fs.statSync(join(w.state, 'locks')).mode & 0o777).toString(8)).toBe('600');
    fs.rmSync(join(w.root, 'etc', 'a'));
    const again = w.run('-v');
    expect(again.stdout).toContain('Nothing scheduled for files:/etc/a');
    expect(fs.existsSync(join(w.root, 'etc', 'a'))).toBe(false);
    w.run('-K');
    expect(fs.existsSync(join(w.root, 'etc', 'a'))).toBe(true);
  });

  it('the setuid log is kept in the state directory', () => {
    const w = world('control:\n actionsequence = ( files )\nfiles:\n /etc r=1 action=warnall\n', { 'etc/su': 'x' });
    fs.chmodSync(join(w.root, 'etc', 'su'), 0o4755);
    const first = w.run();
    if (process.getuid?.() === 0) expect(first.stdout).toContain(`NEW SETUID root PROGRAM /etc/su`);
    else expect(first.stdout).not.toContain('NEW SETUID');
    const owner = fs.statSync(join(w.root, 'etc', 'su')).uid;
    expect(fs.existsSync(join(w.state, 'setuid.log'))).toBe(owner === 0);
    expect(w.run().stdout).not.toContain('NEW SETUID');
  });
});

describe('cfwasm run: output switches', () => {
  const warns = 'control:\n actionsequence = ( files )\nfiles:\n /etc/a mode=600 action=warnall\n /etc/new action=touch\n';

  it('warnings show by default; -S, -w and Warnings = ( off ) hide them; -I and Inform = ( on ) show changes', () => {
    const w = world(warns, { 'etc/a': 'x' });
    expect(w.run().stdout).toContain('warning: cfengine:');
    for (const flag of ['-S', '-w', '--quiet']) expect(w.run(flag).stdout).not.toContain('warning:');
    fs.writeFileSync(w.file, warns.replace('control:\n', 'control:\n Warnings = ( off )\n'));
    expect(w.run().stdout).not.toContain('warning:');
    fs.rmSync(join(w.root, 'etc', 'new'));
    expect(w.run().stdout).not.toContain('Creating file');
    fs.rmSync(join(w.root, 'etc', 'new'));
    expect(w.run('-I').stdout).toContain('Creating file /etc/new');
    fs.rmSync(join(w.root, 'etc', 'new'));
    fs.writeFileSync(w.file, warns.replace('control:\n', 'control:\n Inform = ( on )\n'));
    expect(w.run().stdout).toContain('Creating file /etc/new');
  });

  it('Syslog = ( on ) sends the messages to logger(1)', () => {
    const w = world(touchA(' Syslog = ( on )\n'));
    const bin = join(w.dir, 'bin');
    fs.mkdirSync(bin);
    const logged = join(w.dir, 'logged');
    fs.writeFileSync(join(bin, 'logger'), `#!/bin/sh\necho "$@" > ${logged}.args\ncat > ${logged}\n`, { mode: 0o755 });
    const r = cfwasm(['run', '-f', w.file, '--root', w.root, '--state-dir', w.state],
      { env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(`${logged}.args`, 'utf8')).toBe('-t cfwasm -p user.notice\n');
    expect(fs.readFileSync(logged, 'utf8')).toContain('Creating file /etc/a');
  });

  it('-d1 prints the parsed policy, -d2 every host call, to standard error', () => {
    const w = world(touchA());
    const d1 = w.run('-d1');
    expect(JSON.parse(d1.stderr).sections[0].name).toBe('control');
    const d2 = w.run('--debug=2');
    expect(d2.stderr).toMatch(/^host\.stat\("\/etc\/a"(, true)?\) -> \{"type":"file"/m);
    expect(w.run('-d7').status).toBe(2);
  });
});

describe('cfwasm run: classes, links and commands', () => {
  const classes = 'control:\n actionsequence = ( files )\nfiles:\n linux:: /etc/linux action=touch\n _linux:: /etc/underscore action=touch\n any:: /etc/any action=touch\n';

  it('-H defines no hard classes; -U prefixes them with an underscore (L14610, L14686)', () => {
    const h = world(classes);
    h.run('-H');
    expect(fs.readdirSync(join(h.root, 'etc')).sort()).toEqual(['any']);
    const u = world(classes);
    u.run('-U');
    expect(fs.readdirSync(join(u.root, 'etc')).sort()).toEqual(['any', 'underscore']);
  });

  it('-L removes links to nothing met by files and tidy; -l follows links to directories', () => {
    const policy = 'control:\n actionsequence = ( files )\nfiles:\n /etc r=inf mode=600 action=fixall\n';
    const w = world(policy, { 'data/f': 'x' });
    fs.symlinkSync('/nowhere', join(w.root, 'etc', 'dead'));
    fs.symlinkSync('/data', join(w.root, 'etc', 'data'));
    w.run();
    expect(fs.lstatSync(join(w.root, 'etc', 'dead')).isSymbolicLink()).toBe(true);
    expect((fs.statSync(join(w.root, 'data', 'f')).mode & 0o777).toString(8)).toBe('644');
    w.run('-l');
    expect((fs.statSync(join(w.root, 'data', 'f')).mode & 0o777).toString(8)).toBe('600');
    w.run('-L');
    expect(fs.existsSync(join(w.root, 'etc', 'dead')) || fs.lstatSync(join(w.root, 'etc', 'dead'), { throwIfNoEntry: false })).toBeFalsy();
  });

  it('-u gives commands CFALLCLASSES; cf.preconf runs first unless -x', () => {
    const w = world('control:\n actionsequence = ( shellcommands )\nshellcommands:\n "/bin/sh -c \'echo $CFALLCLASSES > $OUT\'"\n');
    const out = join(w.dir, 'classes');
    fs.writeFileSync(join(w.dir, 'cf.preconf'), `echo "preconf $1" > ${join(w.dir, 'preconf')}\n`);
    const r = cfwasm(['run', '-f', w.file, '--root', w.root, '--state-dir', w.state, '--allow-exec', '-u'], { env: { OUT: out } });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^(.*:)?any(:.*)?\n$/);
    expect(fs.readFileSync(join(w.dir, 'preconf'), 'utf8')).toBe('preconf linux\n');
    fs.rmSync(join(w.dir, 'preconf'));
    cfwasm(['run', '-f', w.file, '--root', w.root, '--state-dir', w.state, '--allow-exec', '-x'], { env: { OUT: out } });
    expect(fs.existsSync(join(w.dir, 'preconf'))).toBe(false);
    cfwasm(['run', '-f', w.file, '--root', w.root, '--state-dir', w.state, '--allow-exec'], { env: { OUT: out } });
    expect(fs.readFileSync(out, 'utf8')).toBe('\n');
  });

  it('-E must be confirmed on a terminal: refused in a pipe', () => {
    const w = world(touchA());
    const r = w.run('-E');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-E (--enforce-links) must be confirmed on a terminal; refused');
    expect(fs.existsSync(join(w.root, 'etc', 'a'))).toBe(false);
  });

  it('SplayTime sleeps a time fixed by the host name, unless -q; a dry run only says so', () => {
    const w = world(touchA(' SplayTime = ( 1 )\n'));
    const dry = w.run('-n', '-v');
    const said = /would sleep (\d+) seconds \(SplayTime 1\)/.exec(dry.stdout);
    expect(said).not.toBeNull();
    expect(Number(said![1])).toBeLessThan(60);
    expect(w.run('-n', '-v').stdout).toContain(said![0]);
    expect(w.run('-q', '-v').stdout).not.toContain('Sleeping');
  });
});

describe('cfwasm run: shellcommands options (L10487-10590) and access (L6368)', () => {
  it('timeout=, useshell=false, umask=, chdir= and owner= (as root)', () => {
    const out = join(base, 'shell-out');
    fs.mkdirSync(out, { recursive: true });
    const policy = 'control:\n actionsequence = ( shellcommands )\nshellcommands:\n' +
      ` "/bin/sh -c 'echo $$$$ > ${out}/sleeper; exec /bin/sleep 30'" timeout=1\n` +
      ` "/bin/echo $(HOME) > ${out}/shell"\n` +
      ` "/bin/echo one   > ${out}/noshell" useshell=false\n` +
      ` "/bin/sh -c 'touch ${out}/masked'" umask=077\n` +
      ` "/bin/sh -c 'pwd > ${out}/pwd'" chdir=/tmp\n` +
      ` "/usr/bin/id -u" owner=nobody\n`;
    const w = world(policy);
    const r = cfwasm(['run', '-f', w.file, '--state-dir', w.state, '-v']);
    expect(r.stdout).toContain('(killed after 1 seconds)');
    expect(fs.readFileSync(join(out, 'shell'), 'utf8')).toBe(`${process.env.HOME}\n`);
    // Without a shell the words go to echo as they are: no redirection happens.
    expect(fs.existsSync(join(out, 'noshell'))).toBe(false);
    expect(r.stdout).toContain(`one > ${out}/noshell`);
    expect((fs.statSync(join(out, 'masked')).mode & 0o777).toString(8)).toBe('600');
    expect(fs.readFileSync(join(out, 'pwd'), 'utf8')).toBe('/tmp\n');
    // The output is shown prefixed with the start of the command (case 170).
    if (process.getuid?.() === 0) expect(r.stdout).toContain('/usr/bin/id -u: 65534');
  });

  it('access: a user not in the list runs nothing', () => {
    const me = process.getuid?.() ?? 0;
    const w = world(touchA(` access = ( nosuchuser ${me + 1} )\n`));
    const r = w.run();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('is not in the access list (nosuchuser');
    expect(fs.existsSync(join(w.root, 'etc', 'a'))).toBe(false);
    const ok = world(touchA(` access = ( ${me} )\n`));
    expect(ok.run().status).toBe(0);
    expect(fs.existsSync(join(ok.root, 'etc', 'a'))).toBe(true);
  });
});

describe('cfwasm run: the parsed-policy cache', () => {
  it('a second run of an unchanged policy uses the cache; a changed import or policy is parsed afresh', () => {
    const w = world('control:\n actionsequence = ( editfiles )\nimport:\n cf.edit\n', { 'etc/motd': 'hi\n' });
    fs.writeFileSync(join(w.dir, 'cf.edit'), 'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "one"\n }\n');
    w.run();
    const entries = fs.readdirSync(join(w.state, 'policies'));
    expect(entries.length).toBe(1);
    // Tamper with the cached IR (not with what the entry checks) and sign it with the state
    // directory's secret, as only its owner can: a run that uses it shows it.
    const entryPath = join(w.state, 'policies', entries[0]);
    const text = fs.readFileSync(entryPath, 'utf8');
    const entry = JSON.parse(text.slice(text.indexOf('\n') + 1));
    entry.parsed = JSON.parse(JSON.stringify(entry.parsed).replaceAll('one', 'cached'));
    const body = JSON.stringify(entry);
    const mac = createHmac('sha256', fs.readFileSync(join(w.state, 'secret'))).update(body).digest('hex');
    fs.writeFileSync(entryPath, `${mac}\n${body}`);
    w.run();
    expect(fs.readFileSync(join(w.root, 'etc', 'motd'), 'utf8')).toBe('hi\none\ncached\n');
    // --no-cache parses afresh ("one" is there already: nothing changes).
    w.run('--no-cache');
    expect(fs.readFileSync(join(w.root, 'etc', 'motd'), 'utf8')).toBe('hi\none\ncached\n');
    // A changed import makes the entry stale.
    fs.writeFileSync(join(w.dir, 'cf.edit'), 'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "two"\n }\n');
    w.run();
    expect(fs.readFileSync(join(w.root, 'etc', 'motd'), 'utf8')).toBe('hi\none\ncached\ntwo\n');
    // So does a changed policy.
    fs.writeFileSync(w.file, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "three"\n }\n');
    w.run();
    expect(fs.readFileSync(join(w.root, 'etc', 'motd'), 'utf8')).toBe('hi\none\ncached\ntwo\nthree\n');
  });
});

describe('cfwasm run --json', () => {
  it('lists every change as an action event; under -n the same list, planned', () => {
    const w = world('control:\n actionsequence = ( files )\nfiles:\n /etc/f mode=600 action=fixall\n /etc/g action=touch\n', { 'etc/f': 'x' });
    const events = (r: { stdout: string }) => r.stdout.trim().split('\n').map(l => JSON.parse(l)).filter(e => e.event === 'action');
    const planned = events(w.run('--json', '-n'));
    expect(planned.map(e => `${e.op} ${e.path} ${e.dryRun}`)).toEqual(['chmod /etc/f true', 'write /etc/g true']);
    const done = events(w.run('--json'));
    expect(done.map(e => ({ ...e, dryRun: true }))).toEqual(planned);
  });
});

describe('cfwasm run --diff', () => {
  it('shows files copied or made, not only edits; -n shows what the run then does', () => {
    const w = world('control:\n actionsequence = ( copy editfiles )\ncopy:\n /src/f dest=/etc/f\neditfiles:\n { /etc/f\n AppendIfNoSuchLine "more"\n }\n',
      { 'src/f': 'hello\n' });
    const planned = w.run('-n', '--diff');
    expect(planned.stdout).toContain('--- a/etc/f\n+++ b/etc/f\n@@ -0,0 +1,1 @@\n+hello\n');
    expect(planned.stdout).toContain('+more\n');
    expect(fs.existsSync(join(w.root, 'etc', 'f'))).toBe(false);
    const done = w.run('--diff');
    const diffs = (s: string) => s.split('\n').filter(l => /^(---|\+\+\+|@@|[-+ ])/.test(l)).join('\n');
    expect(diffs(done.stdout)).toBe(diffs(planned.stdout));
  });
});

describe('cfwasm run: per-item inform= and syslog=', () => {
  it('an item with inform=true is shown without -v; one with syslog=true goes to logger(1)', () => {
    const w = world('control:\n actionsequence = ( files )\nfiles:\n /etc/a action=touch inform=true\n /etc/b action=touch syslog=true\n /etc/c action=touch\n');
    const bin = join(w.dir, 'bin');
    fs.mkdirSync(bin);
    const logged = join(w.dir, 'logged');
    fs.writeFileSync(join(bin, 'logger'), `#!/bin/sh\ncat > ${logged}\n`, { mode: 0o755 });
    const r = cfwasm(['run', '-f', w.file, '--root', w.root, '--state-dir', w.state], { env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(r.stdout).toContain('Creating file /etc/a');
    expect(r.stdout).not.toContain('/etc/b');
    expect(r.stdout).not.toContain('/etc/c');
    expect(fs.readFileSync(logged, 'utf8')).toBe(`cfengine:${r.stdout.match(/cfengine:([^:]*):/)![1]}: Creating file /etc/b, mode 644\n`);
  });
});

describe('cfwasm run: a policy that is not UTF-8', () => {
  it('edits byte for byte: a Latin-1 é in the policy is the byte 0xE9 in the file, UTF-8 stays UTF-8', () => {
    const w = world('', { 'etc/f': '' });
    fs.writeFileSync(join(w.root, 'etc', 'f'), Buffer.from('caf\xe9 au lait\n\xe9t\xe9\nok\n', 'latin1'));
    fs.writeFileSync(w.file, Buffer.from('control:\n actionsequence = ( editfiles )\nimport:\n more.cf\n', 'latin1'));
    // An import mixing both: Latin-1 bytes, and a UTF-8 ✓.
    fs.writeFileSync(join(w.dir, 'more.cf'), Buffer.concat([
      Buffer.from('editfiles:\n { /etc/f\n DeleteLinesMatching "caf\xe9.*"\n ReplaceAll "\xe9t\xe9" With "summer ', 'latin1'),
      Buffer.from('✓', 'utf8'), Buffer.from('"\n AppendIfNoSuchLine "\xe0 bient\xf4t"\n }\n', 'latin1')]));
    const r = w.run();
    expect(r.status).toBe(0);
    expect(fs.readFileSync(join(w.root, 'etc', 'f'))).toEqual(Buffer.concat([
      Buffer.from('summer ✓\nok\n', 'utf8'), Buffer.from('\xe0 bient\xf4t\n', 'latin1')]));
  });
});

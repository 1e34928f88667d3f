/**
 * `cfwasm run`: the import section's files come from $CFINPUTS, else from the main policy's
 * directory (L9498, D14), an unreadable import is a warning naming it and the rest still runs;
 * the manual's switches turn actions off.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-imports-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function stage(name: string): { inputs: string; root: string } {
  const inputs = join(base, name, 'inputs');
  const root = join(base, name, 'root');
  fs.mkdirSync(inputs, { recursive: true });
  fs.mkdirSync(join(root, 'etc'), { recursive: true });
  fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
  fs.writeFileSync(join(inputs, 'cfengine.conf'),
    'control:\n actionsequence = ( editfiles )\nimport:\n cf.motd\n cf.missing\n');
  fs.writeFileSync(join(inputs, 'cf.motd'), 'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "imported"\n }\n');
  return { inputs, root };
}

describe('cfwasm run: import', () => {
  it('finds imports beside the policy given with -f', () => {
    const { inputs, root } = stage('beside');
    const r = cfwasm(['run', '-f', join(inputs, 'cfengine.conf'), '--root', root]);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nimported\n');
    expect(r.stdout).toContain(`${join(inputs, 'cfengine.conf')}:5:2: warning: import: ${join(inputs, 'cf.missing')}: cannot read: no such file`);
    expect(r.status).toBe(0);
  });

  it('finds the policy and its imports in $CFINPUTS', () => {
    const { inputs, root } = stage('cfinputs');
    const r = cfwasm(['run', '--root', root], { cwd: base, env: { CFINPUTS: inputs } });
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nimported\n');
  });
});

describe('cfwasm run: the manual\'s switches (L14548-14714)', () => {
  it('-k, -t and -X switch off copy, tidy and links, and say so under -v', () => {
    const { inputs, root } = stage('switches');
    fs.writeFileSync(join(root, 'etc', 'old.tmp'), 'x');
    fs.utimesSync(join(root, 'etc', 'old.tmp'), 1_000_000, 1_000_000);
    const policy = join(inputs, 'switches.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( copy tidy links editfiles )\n' +
      'copy:\n /etc/motd dest=/etc/motd.copy\ntidy:\n /etc pattern=*.tmp age=1\nlinks:\n /etc/motd.link -> /etc/motd\n' +
      'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "edited"\n }\n');
    const r = cfwasm(['run', '-f', policy, '--root', root, '-k', '-t', '-X', '-v']);
    expect(r.status).toBe(0);
    expect(fs.readdirSync(join(root, 'etc')).sort()).toEqual(['motd', 'motd.cfsaved', 'old.tmp']);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nedited\n');
    for (const [action, letter] of [['copy', '-k'], ['tidy', '-t'], ['links', '-X']]) {
      expect(r.stdout).toContain(`${action} is switched off (${letter})`);
    }
    const all = cfwasm(['run', '-f', policy, '--root', root]);
    expect(all.status).toBe(0);
    expect(fs.readdirSync(join(root, 'etc')).sort()).toEqual(['motd', 'motd.cfsaved', 'motd.copy', 'motd.link']);
  });

  it('-a prints sysadm as the classes select it, and runs nothing', () => {
    const { inputs, root } = stage('sysadm');
    const policy = join(inputs, 'sysadm.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\n sysadm = ( root@x )\n ops:: sysadm = ( ops@example.org )\n' +
      'editfiles:\n { /etc/motd\n AppendIfNoSuchLine "edited"\n }\n');
    expect(cfwasm(['run', '-f', policy, '--root', root, '-a'])).toMatchObject({ status: 0, stdout: 'root@x\n' });
    expect(cfwasm(['run', '-f', policy, '--root', root, '-a', '-D', 'ops'])).toMatchObject({ status: 0, stdout: 'ops@example.org\n' });
    expect(fs.readdirSync(join(root, 'etc'))).toEqual(['motd']);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\n');
  });

  it('required freespace= reads the real filesystem\'s free space', () => {
    const { inputs, root } = stage('freespace');
    const policy = join(inputs, 'required.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( required )\nrequired:\n /etc freespace=1b\n /etc freespace=1000000gb define=full\n');
    const r = cfwasm(['run', '-f', policy, '--root', root, '-v']);
    expect(r.stdout).toMatch(/required: \/etc has \d+ KB free\n/);
    expect(r.stdout).toMatch(/warning: .*required: \/etc has \d+ KB free, less than freespace = 1048576000000 KB/);
  });

  it('-V prints the version', () => {
    expect(cfwasm(['run', '-V']).stdout).toMatch(/^cfwasm \d+\.\d+\.\d+\n$/);
  });
});

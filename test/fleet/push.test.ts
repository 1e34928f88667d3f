/**
 * A push (issue #20, item 8; examples/fleet/push/): CFEngine's own cf-runagent asks a host's
 * cf-serverd 3.21 to run its cfruncommand, examples/fleet/push/cfwasm-push, which runs update.conf
 * (from a second cf-serverd, the policy host of examples/fleet/serverd/) and then the policy it
 * brought. The test changes only what must differ on this machine: addresses (127.0.0.1), ports,
 * the user, and paths (the runs go into a --root tree with their own state directory).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';
import { haveServerd, Serverd, SKIP_REASON } from './serverd.mjs';

const RUNAGENT = '/usr/bin/cf-runagent';
const haveRunagent = haveServerd && fs.existsSync(RUNAGENT);
if (!haveRunagent) console.log(`test/fleet/push.test.ts: ${SKIP_REASON} (cf-runagent too)`);

const EXAMPLE = join(REPO, 'examples', 'fleet');
const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-fleet-push-'));
const masterfiles = join(scratch, 'masterfiles');
const root = join(scratch, 'root');
const state = join(scratch, 'state');
const push = join(scratch, 'cfwasm-push');
const admin = join(scratch, 'admin'); // cf-runagent's work directory (the policy host's)
const user = os.userInfo().username;

function replaced(text: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`the example no longer contains ${from}`);
    text = text.split(from).join(to);
  }
  return text;
}

describe.skipIf(!haveRunagent)('a push: cf-runagent -> the host\'s cf-serverd -> cfwasm-push', () => {
  let policyHost: Serverd;
  let host: Serverd;

  beforeAll(async () => {
    fs.cpSync(join(EXAMPLE, 'masterfiles'), masterfiles, { recursive: true });
    // A class sent with cf-runagent -D shows in the tree: a directory made only under it.
    const site = join(masterfiles, 'cfengine.conf');
    fs.writeFileSync(site, replaced(fs.readFileSync(site, 'utf8'), [['directories:\n', 'directories:\n\n  push_now::\n    /srv/pushed mode=0755\n\n  any::\n']]));
    fs.mkdirSync(root, { recursive: true });
    const serverPolicy = replaced(fs.readFileSync(join(EXAMPLE, 'serverd', 'promises.cf'), 'utf8'), [
      ['"/srv/cfwasm/masterfiles"', `"${masterfiles}"`], ['"192.168.1.0/24"', '"127.0.0.1"'], ['{ "root" }', `{ "${user}" }`]]);
    policyHost = await Serverd.start({ admit: [], policy: port => serverPolicy.replace('"port" string => "5308"', `"port" string => "${port}"`) });

    fs.writeFileSync(join(scratch, 'update.conf'), replaced(fs.readFileSync(join(EXAMPLE, 'update.conf'), 'utf8'), [
      ['( policy.example.org )', '( 127.0.0.1 )'], ['( /srv/cfwasm/masterfiles )', `( ${masterfiles} )`],
      ['port           = ( 5308 )', `port           = ( ${policyHost.port} )`]]));
    // The runs are confined to the --root tree, with their own state directory.
    fs.writeFileSync(push, replaced(fs.readFileSync(join(EXAMPLE, 'push', 'cfwasm-push'), 'utf8'), [
      ['cfwasm run', `${process.execPath} ${join(REPO, 'bin', 'cfwasm.js')} run --root ${root} --state-dir ${state}`],
      ['/etc/cfwasm/update.conf', join(scratch, 'update.conf')],
      ['/var/lib/cfwasm/inputs/cfengine.conf', join(root, 'var/lib/cfwasm/inputs/cfengine.conf')]]), { mode: 0o755 });
    const pushPolicy = replaced(fs.readFileSync(join(EXAMPLE, 'push', 'promises.cf'), 'utf8'), [
      ['"192.168.1.10"', '"127.0.0.1"'], ['"/usr/local/sbin/cfwasm-push"', `"${push}"`], ['{ "root" }', `{ "${user}" }`]]);
    host = await Serverd.start({ admit: [], policy: port => pushPolicy.replace('"port" string => "5308"', `"port" string => "${port}"`) });

    // The policy host's cf-runagent: its own key, and a policy that says nothing but hosts.
    fs.mkdirSync(join(admin, 'inputs'), { recursive: true });
    fs.symlinkSync('/usr/bin', join(admin, 'bin'));
    fs.writeFileSync(join(admin, 'inputs', 'promises.cf'), 'body common control { bundlesequence => { "main" }; }\nbundle agent main { }\n', { mode: 0o600 });
    spawnSync('/usr/bin/cf-key', [], { env: { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: admin }, stdio: 'ignore' });
  });
  afterAll(() => {
    policyHost?.remove();
    host?.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const runagent = (args: string[], input?: string) => {
    const r = spawnSync(RUNAGENT, ['-H', `127.0.0.1:${host.port}`, ...args], {
      env: { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: admin }, input, encoding: 'utf8', timeout: 120_000,
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it('runs update.conf, then the policy it brought, with the classes sent; the output and status come back', () => {
    // The first contact: -i asks whether to trust the host's key (as the README says).
    const first = runagent(['-i', '-D', 'push_now'], 'yes\n');
    expect(first.out).toContain(`cf-serverd executing cfruncommand: ${push} -D push_now`);
    expect(first.out).toMatch(/Copying from 127\.0\.0\.1:\S+\/cfengine\.conf to \/var\/lib\/cfwasm\/inputs\/cfengine\.conf/);
    expect(first.out).toMatch(/\(exit code: 0\)/);
    expect(first.status).toBe(0);
    expect(fs.readFileSync(join(root, 'etc/motd'), 'utf8')).toMatch(/This host is managed by cfwasm/);
    expect(fs.statSync(join(root, 'srv/pushed')).isDirectory()).toBe(true);

    // The key is known now; a class outside the roles is refused and nothing runs.
    fs.rmSync(join(root, 'srv/pushed'), { recursive: true });
    const refused = runagent(['-D', 'other']);
    expect(refused.out).not.toContain('executing cfruncommand');
    expect(refused.status).not.toBe(0);
    expect(fs.existsSync(join(root, 'srv/pushed'))).toBe(false);
  });

  it('a run that fails says so to cf-runagent, which exits with its status', () => {
    fs.writeFileSync(join(masterfiles, 'cfengine.conf'), 'control:\n  actionsequence = ( files\n');
    const r = runagent([]);
    expect(r.out).toMatch(/cfengine\.conf:\d+:\d+: error: /);
    expect(r.out).toMatch(/\(exit code: 1\)/);
    expect(r.status).toBe(1);
  });
});

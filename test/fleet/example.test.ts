/**
 * The fleet example (examples/fleet/) end to end: a real cf-serverd runs the example's server
 * policy and shares a copy of masterfiles/; `cfwasm run -f update.conf` pulls the policy into a
 * --root tree; `cfwasm run` applies it there. The test changes only what must differ on this
 * machine: the masterfiles path, the clients (127.0.0.1), the policy host, the port, and
 * SplayTime (0, so the test does not wait).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';
import { haveServerd, Serverd, SKIP_REASON } from './serverd.mjs';

if (!haveServerd) console.log(`test/fleet/example.test.ts: ${SKIP_REASON}`);

const EXAMPLE = join(REPO, 'examples', 'fleet');
const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-fleet-example-'));
const masterfiles = join(scratch, 'masterfiles');
const root = join(scratch, 'root');
const state = join(scratch, 'state');

describe.skipIf(!haveServerd)('examples/fleet end to end', () => {
  let server: Serverd;

  beforeAll(async () => {
    fs.cpSync(join(EXAMPLE, 'masterfiles'), masterfiles, { recursive: true });
    fs.mkdirSync(root, { recursive: true });
    const serverPolicy = fs.readFileSync(join(EXAMPLE, 'serverd', 'promises.cf'), 'utf8')
      .replace('"/srv/cfwasm/masterfiles"', `"${masterfiles}"`)
      .replace('"192.168.1.0/24"', '"127.0.0.1"');
    server = await Serverd.start({
      admit: [], policy: (port) => serverPolicy.replace('"port" string => "5308"', `"port" string => "${port}"`),
    });
  });
  afterAll(() => {
    server?.remove();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('update.conf pulls the policy from cf-serverd, then the policy runs on the --root tree', () => {
    const update = fs.readFileSync(join(EXAMPLE, 'update.conf'), 'utf8')
      .replace('( policy.example.org )', '( 127.0.0.1 )')
      .replace('( /srv/cfwasm/masterfiles )', `( ${masterfiles} )`)
      .replace('port           = ( 5308 )', `port           = ( ${server.port} )`)
      .replace('SplayTime      = ( 5 )', 'SplayTime      = ( 0 )');
    const updateFile = join(scratch, 'update.conf');
    fs.writeFileSync(updateFile, update);

    const first = cfwasm(['run', '-I', '-f', updateFile, '--root', root, '--state-dir', state]);
    expect(first.stdout + first.stderr).toMatch(/trusting the new key MD5=/);
    expect(first.status).toBe(0);
    const inputs = join(root, 'var/lib/cfwasm/inputs');
    expect(fs.readdirSync(inputs).sort()).toEqual(['cf.motd', 'cfengine.conf']);
    expect(fs.readFileSync(join(inputs, 'cfengine.conf'))).toEqual(fs.readFileSync(join(masterfiles, 'cfengine.conf')));
    expect(fs.statSync(join(inputs, 'cfengine.conf')).mode & 0o777).toBe(0o600);

    const site = cfwasm(['run', '-f', join(inputs, 'cfengine.conf'), '--root', root, '--state-dir', state]);
    expect(site.stderr).toBe('');
    expect(site.status).toBe(0);
    expect(fs.readFileSync(join(root, 'etc/motd'), 'utf8')).toMatch(/This host is managed by cfwasm/);
    expect(fs.statSync(join(root, 'var/log/cfwasm')).mode & 0o777).toBe(0o750);
    expect(fs.readlinkSync(join(root, 'etc/cfwasm/site.conf'))).toBe('/var/lib/cfwasm/inputs/cfengine.conf');

    // The policy host changes the policy: the next update brings only that file; what it
    // dropped is purged.
    fs.appendFileSync(join(masterfiles, 'cf.motd'), '\n# changed\n');
    fs.writeFileSync(join(inputs, 'local-leftover'), 'x');
    const again = cfwasm(['run', '-I', '-f', updateFile, '--root', root, '--state-dir', state]);
    expect(again.stdout.match(/Copying from \S+ to \S+/g)?.map(m => m.split(' ').pop())).toEqual(['/var/lib/cfwasm/inputs/cf.motd']);
    expect(again.stdout).toMatch(/Purging \/var\/lib\/cfwasm\/inputs\/local-leftover/);
    expect(fs.readFileSync(join(inputs, 'cf.motd'), 'utf8')).toMatch(/# changed/);
    // purge= keeps the backup of a file the server still has (README "Running a fleet").
    expect(fs.readFileSync(join(inputs, 'cf.motd.cfsaved'))).toEqual(fs.readFileSync(join(EXAMPLE, 'masterfiles', 'cf.motd')));
  });

  it('the systemd units run update.conf, then the policy it brought, from a timer', () => {
    const service = fs.readFileSync(join(EXAMPLE, 'systemd', 'cfwasm.service'), 'utf8');
    const execs = service.split('\n').filter(l => l.startsWith('ExecStart='));
    expect(execs).toEqual(['ExecStart=-cfwasm run -I -f /etc/cfwasm/update.conf',
      'ExecStart=cfwasm run -I -f /var/lib/cfwasm/inputs/cfengine.conf']);
    expect(service).toMatch(/^Type=oneshot$/m);
    const timer = fs.readFileSync(join(EXAMPLE, 'systemd', 'cfwasm.timer'), 'utf8');
    expect(timer).toMatch(/^OnUnitActiveSec=30min$/m);
  });
});

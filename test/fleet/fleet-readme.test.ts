/**
 * What the README's "Running a fleet" tells a newcomer, checked on the example's own files
 * (examples/fleet/): the site policy's IfElapsed lets every timer run act, `policyhost = localhost`
 * copies on the machine itself without a server, and what purge= does with `.cfsaved` backups of
 * remote copies.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const EXAMPLE = join(REPO, 'examples', 'fleet');
const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-fleet-readme-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('examples/fleet as the README describes it', () => {
  it('a timer run a little less than the timer interval after the last one still acts (IfElapsed)', () => {
    const interval = Number(/^OnUnitActiveSec=(\d+)min$/m.exec(fs.readFileSync(join(EXAMPLE, 'systemd', 'cfwasm.timer'), 'utf8'))![1]);
    const site = join(EXAMPLE, 'masterfiles', 'cfengine.conf');
    const root = join(scratch, 'site-root');
    const state = join(scratch, 'site-state');
    fs.mkdirSync(root);
    const runSite = () => cfwasm(['run', '-v', '-f', site, '--root', root, '--state-dir', state]);
    expect(runSite().status).toBe(0);
    // The previous run's clock started two minutes later after its start than this one's (its
    // update took longer): as if it had been interval - 2 minutes ago.
    const locks = JSON.parse(fs.readFileSync(join(state, 'locks'), 'utf8'));
    expect(Object.keys(locks.last)).toContain('editfiles:/etc/motd');
    for (const atom of Object.keys(locks.last)) locks.last[atom] -= (interval - 2) * 60;
    fs.writeFileSync(join(state, 'locks'), JSON.stringify(locks));
    const next = runSite();
    expect(next.status).toBe(0);
    expect(next.stdout).not.toContain('Nothing scheduled');
    // A run started by hand soon after is held back by the same locks.
    expect(runSite().stdout).toContain('Nothing scheduled for editfiles:/etc/motd');
  });

  it('policyhost = localhost copies the masterfiles on this machine, with no server and no key', () => {
    const root = join(scratch, 'local-root');
    const state = join(scratch, 'local-state');
    fs.cpSync(join(EXAMPLE, 'masterfiles'), join(root, 'srv/cfwasm/masterfiles'), { recursive: true });
    const update = join(scratch, 'update-localhost.conf');
    // Port 1: nothing listens there, so a connection attempt would fail the copy.
    fs.writeFileSync(update, fs.readFileSync(join(EXAMPLE, 'update.conf'), 'utf8')
      .replace('( policy.example.org )', '( localhost )').replace('( 5308 )', '( 1 )'));
    const r = cfwasm(['run', '-q', '-I', '-f', update, '--root', root, '--state-dir', state]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Copying from localhost:\/srv\/cfwasm\/masterfiles\/cfengine\.conf to \/var\/lib\/cfwasm\/inputs\/cfengine\.conf/);
    expect(fs.readdirSync(join(root, 'var/lib/cfwasm/inputs')).sort()).toEqual(['cf.motd', 'cfengine.conf']);
    expect(fs.existsSync(join(state, 'ppkeys'))).toBe(false);
  });

  it('purge=true from a server keeps the backup of a file the server has, and drops the file and backup it no longer has', async () => {
    const copy = 'control:\n actionsequence = ( copy )\ncopy:\n /masterfiles dest=/inputs server=policyhost recurse=inf type=checksum purge=true\n';
    const before = { '/inputs/a': 'A1\n', '/inputs/gone': 'G\n', '/inputs/gone.cfsaved': 'G0\n', '/inputs/stray': 'S\n' };
    const r = await run(copy, { files: before, servers: { policyhost: { files: { '/masterfiles/a': 'A2\n' } } } });
    expect(Object.keys(r.files).sort()).toEqual(['/inputs/a', '/inputs/a.cfsaved']);
    expect(new TextDecoder().decode(r.files['/inputs/a.cfsaved'])).toBe('A1\n');
  });
});

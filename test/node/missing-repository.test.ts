/**
 * `repository = ( DIR )` names a directory that does not exist: no old content may be lost, and
 * the run says what is missing. Before, an edit said "could not save /etc/motd: /etc/motd: no such
 * file or directory" on the Node host (the backup's failure named as the file's), and a copy
 * warned, then replaced the image without keeping it anywhere.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../host/api/index.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-repository-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const POLICY = `control:
 actionsequence = ( editfiles copy )
 repository = ( /var/backups/cf )
editfiles:
 { /etc/motd
 AppendIfNoSuchLine "hello"
 }
copy:
 /srv/hosts dest=/etc/hosts type=checksum
`;
const FILES = { '/etc/motd': 'welcome\n', '/etc/hosts': 'old hosts\n', '/srv/hosts': 'new hosts\n' };
const EXPECTED = [
  'could not save /etc/motd: /var/backups/cf: no such directory',
  'copy: could not keep /etc/hosts as /var/backups/cf/_etc_hosts.cfsaved; not replaced',
];

describe('a repository directory that does not exist', () => {
  it('the memory host: nothing replaced, both said, status 1', async () => {
    const r = await run(POLICY, { files: FILES });
    const said = r.log.map(l => l.message).join('\n');
    for (const line of EXPECTED) expect(said).toContain(line);
    expect(new TextDecoder().decode(r.files['/etc/motd'])).toBe('welcome\n');
    expect(new TextDecoder().decode(r.files['/etc/hosts'])).toBe('old hosts\n');
    expect(r.exitCode).toBe(1);
  });

  it('the Node host says the same and keeps the same files', () => {
    const root = join(base, 'root');
    for (const [path, text] of Object.entries(FILES)) {
      fs.mkdirSync(join(root, path, '..'), { recursive: true });
      fs.writeFileSync(join(root, path), text);
    }
    const r = cfwasm(['run', '-f', '-', '--root', root], { input: POLICY });
    for (const line of EXPECTED) expect(r.stdout + r.stderr).toContain(line);
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('welcome\n');
    expect(fs.readFileSync(join(root, 'etc', 'hosts'), 'utf8')).toBe('old hosts\n');
    expect(fs.readdirSync(join(root, 'etc')).sort()).toEqual(['hosts', 'motd']); // no temp left
    expect(r.status).toBe(1);
  });
});

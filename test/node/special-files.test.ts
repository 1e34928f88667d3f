/**
 * FIFOs, sockets and devices exist: the host says `special`, not `none`. Before, the Node host
 * called them missing, so `files: /dev/null mode=0666` said "does not exist", a copy to one
 * replaced it with a plain file, and tidy's links=tidy deleted a link to one as dead. A FIFO and
 * a socket (no root needed to make them) stand for the devices here.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-special-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const POLICY = `control:
 actionsequence = ( files editfiles copy disable tidy )
files:
 /etc/fifo mode=0600 action=fixall
 /run mode=0640 recurse=inf action=fixall
editfiles:
 { /etc/fifo
 AppendIfNoSuchLine "hello"
 }
copy:
 /etc/motd dest=/etc/fifo
 /run/daemon.sock dest=/etc/sock-copy
 /run dest=/etc/run-copy recurse=inf
disable:
 /etc/fifo
tidy:
 /var pattern=* age=0 links=tidy
`;

/** A root with a FIFO, a socket, a link to the FIFO and a dead link. */
function stage(name: string): string {
  const root = join(base, name);
  for (const d of ['etc', 'run', 'var']) fs.mkdirSync(join(root, d), { recursive: true });
  expect(spawnSync('mkfifo', ['-m', '0644', join(root, 'etc', 'fifo')]).status).toBe(0);
  const sock = join(root, 'run', 'daemon.sock');
  const py = spawnSync('python3', ['-c', 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', sock]);
  expect(py.status, String(py.stderr)).toBe(0);
  fs.chmodSync(sock, 0o755);
  fs.writeFileSync(join(root, 'etc', 'motd'), 'welcome\n');
  fs.symlinkSync('../etc/fifo', join(root, 'var', 'to-fifo'));
  fs.symlinkSync('../etc/nothing', join(root, 'var', 'dead'));
  return root;
}

const kind = (p: string) => {
  const st = fs.lstatSync(p);
  return st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other';
};

describe('special files under a run', () => {
  it('changes their modes, refuses to edit, copy over or disable them, keeps links to them', () => {
    const root = stage('run');
    const r = cfwasm(['run', '-f', '-', '--root', root, '-I'], { input: POLICY });
    const out = r.stdout + r.stderr;
    expect(out).not.toMatch(/does not exist/);
    // files: the mode of a FIFO named alone and of a socket met in a sweep.
    expect(fs.statSync(join(root, 'etc', 'fifo')).mode & 0o7777).toBe(0o600);
    expect(fs.lstatSync(join(root, 'run', 'daemon.sock')).mode & 0o7777).toBe(0o640);
    expect(out).toMatch(/\/etc\/fifo had permission 644, changed it to 600/);
    // editfiles, copy and disable leave it a FIFO, each saying why.
    expect(kind(join(root, 'etc', 'fifo'))).toBe('fifo');
    expect(out).toMatch(/editfiles: \/etc\/fifo is not a regular file \(a FIFO, socket or device\); not edited/);
    expect(out).toMatch(/copy: \/etc\/fifo exists and is not a plain file/);
    // A special master, named alone or met in a tree, is said and not copied (Node has no mknod).
    expect(out.match(/copy: \/run\/daemon\.sock is not a regular file \(a FIFO, socket or device\); not copied/g)).toHaveLength(2);
    expect(fs.existsSync(join(root, 'etc', 'sock-copy'))).toBe(false);
    expect(fs.readdirSync(join(root, 'etc', 'run-copy'))).toEqual([]);
    expect(out).toMatch(/disable: \/etc\/fifo is not a regular file/);
    expect(fs.existsSync(join(root, 'etc', 'fifo.cfdisabled'))).toBe(false);
    // tidy: a link to the FIFO is no dead link (pattern=* age=0 still takes it, as any link to a
    // file); the dead one goes as dead.
    expect(out).toMatch(/Deleting dead link \/var\/dead/);
    expect(out).not.toMatch(/dead link \/var\/to-fifo/);
    // The editfiles refusal is an error: the run says so in its status.
    expect(r.status).toBe(1);
  });

  it('plans the same in a dry run and changes nothing', () => {
    const root = stage('dry');
    const r = cfwasm(['run', '-n', '-f', '-', '--root', root, '-I'], { input: POLICY });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/\/etc\/fifo would change from 644 to 600/);
    expect(out).toMatch(/\/run\/daemon.sock would change from 755 to 640/);
    expect(out).toMatch(/is not a regular file \(a FIFO, socket or device\); not edited/);
    expect(out.match(/copy: \/run\/daemon\.sock is not a regular file \(a FIFO, socket or device\); not copied/g)).toHaveLength(2);
    expect(out).not.toMatch(/dead link \/var\/to-fifo/);
    expect(fs.statSync(join(root, 'etc', 'fifo')).mode & 0o7777).toBe(0o644);
    expect(kind(join(root, 'var', 'to-fifo'))).toBe('link');
  });
});

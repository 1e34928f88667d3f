// A chmod or chown the host refuses is said, naming the path and the host's reason: directories,
// a copy's mode on an up-to-date image, disable's 0600 on the disabled copy and its owner, and
// tidy's log in a home went on silently (the Node host without a root refuses a link at a last
// name in a directory another user can write; session-20 differential fuzz, seed 20041).
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { HostError } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NOW, runtime, volume } from './helpers.js';
import type { Spec } from './helpers.js';

const REASON = 'a link in a directory another user can write; not followed';

/** A memory host that refuses chmod and chown of the paths in `refused` (`user`: who makes new files). */
function refusing(spec: Spec, refused: string[], user?: { uid: number; gid: number }) {
  const vol = volume(spec);
  class Refusing extends MemoryHost {
    chmod(path: string, mode: number): void {
      if (refused.includes(path)) throw new HostError('EACCES', `${path}: ${REASON}`);
      super.chmod(path, mode);
    }
    chown(path: string, uid: number, gid: number, follow = true): void {
      if (refused.includes(path)) throw new HostError('EACCES', `${path}: ${REASON}`);
      super.chown(path, uid, gid, follow);
    }
  }
  // /d/f, where there is one, is another user's: a file made in its place is given her back.
  return { vol, host: new Refusing(vol, { now: NOW, user, owners: vol.existsSync('/d/f') ? { '/d/f': { uid: 7, gid: 7 } } : {} }) };
}

const policy = (section: string, body: string) => `control:\n actionsequence = ( ${section} )\n${section}:\n ${body}\n`;
const warnings = (r: { log: { level: string; message: string }[] }) => r.log.filter(l => l.level === 'warning').map(l => l.message);

describe('a chmod or chown the host refuses', () => {
  it('directories: said, the mode left', () => {
    const { vol, host } = refusing({ '/d': { dir: true, mode: 0o777 } }, ['/d']);
    const r = runPolicyOn(runtime, policy('directories', '/d/. mode=755'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual([`cfengine:h: directories: could not change the mode of /d: ${REASON}`]);
    expect(vol.statSync('/d').mode & 0o777).toBe(0o777);
  });

  it('copy: the mode of an up-to-date image, said', () => {
    const { host } = refusing({ '/s/f': { content: 'x', age: 5 }, '/d/f': { content: 'x', age: 1, mode: 0o600 } }, ['/d/f']);
    const r = runPolicyOn(runtime, policy('copy', '/s/f dest=/d/f mode=644'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual([`cfengine:h: copy: could not change the mode of /d/f: ${REASON}`]);
  });

  it('disable: the disabled copy\'s 0600, said', () => {
    const { vol, host } = refusing({ '/d/f': { content: 'x', mode: 0o644 } }, ['/d/f.cfdisabled']);
    const r = runPolicyOn(runtime, policy('disable', '/d/f'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual([`cfengine:h: could not change the mode of /d/f.cfdisabled to 600: ${REASON}`]);
    expect(vol.existsSync('/d/f.cfdisabled')).toBe(true);
  });

  it('tidy: its log in a home not made root\'s, said (a root run); a run that is not root\'s does not try', () => {
    const policy = 'control:\n actionsequence = ( tidy )\n mountpattern = ( /home )\n homepattern = ( u1 )\n' +
      'tidy:\n home pattern=core r=inf age=0\n';
    const spec = { '/etc/passwd': 'al:x:1001:100::/home/u1/al:/bin/sh\n', '/home/u1/al/core': 'c' };
    const log = '/home/u1/al/.cfengine.rm';
    for (const uid of [0, 1001]) {
      const { vol, host } = refusing(spec, [log], { uid: 1001, gid: 100 });
      const r = runPolicyOn(runtime, policy, host, { now: NOW, hostname: 'h', uid });
      expect(warnings(r), String(uid)).toEqual(uid === 0 ? [`cfengine:h: tidy: could not make ${log} root's: ${REASON}`] : []);
      expect(vol.readFileSync(log, 'utf8')).toBe('/home/u1/al/core\n');
    }
  });

  it('disable with rotate: the new empty file\'s owner, said', () => {
    const { host } = refusing({ '/d/f': { content: 'x' } }, ['/d/f']);
    const r = runPolicyOn(runtime, policy('disable', '/d/f rotate=2'), host, { now: NOW, hostname: 'h' });
    expect(warnings(r)).toEqual([`cfengine:h: could not give /d/f the old file's owner: ${REASON}`]);
  });
});

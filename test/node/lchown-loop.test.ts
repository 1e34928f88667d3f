/**
 * The owner of a link in a loop (files owner= on it: lchown) is changed and said so. After the
 * lchown the Node host looked whether it had changed a directory (to forget its cache of guarded
 * directories) with a stat that threw ELOOP: the change, made, was reported as refused ("Cannot
 * set ownership … too many levels of symbolic links"), where the memory host and the dry run said
 * it was made (s21 fuzz seed 2072).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { scratchDirs } from '../support/scratch.js';

const runtime = await nodeRuntime();
const fresh = scratchDirs('cfwasm-lchown-loop-');

describe.runIf(process.getuid?.() === 0)('files owner= on a link in a loop', () => {
  for (const root of [true, false]) {
    it(root ? 'under a root' : 'without a root', () => {
      const base = fresh();
      const sb = join(base, 'sandbox');
      fs.mkdirSync(join(sb, 'etc'), { recursive: true });
      fs.symlinkSync('./loop', join(sb, 'etc', 'loop'));
      const dir = root ? '/sandbox' : sb;
      // A directory and a file made first: the host then holds guarded directories in its cache.
      const policy = `control:\n actionsequence = ( directories files )\ndirectories:\n ${dir}/etc/d/. mode=755\n` +
        `files:\n ${dir}/etc/new mode=644 action=touch\n ${dir}/etc/loop action=fixall owner=33\n`;
      const r = runPolicyOn(runtime, policy, new NodeHost(root ? { root: base } : {}), { now: 1_800_000_000, hostname: 'h' });
      expect(r.log.filter(l => l.level !== 'info')).toEqual([]);
      expect(r.changes).toContainEqual({ op: 'chown', path: `${dir}/etc/loop`, uid: 33 });
      expect(fs.lstatSync(join(sb, 'etc', 'loop')).uid).toBe(33);
    });
  }
});

describe.runIf(process.getuid?.() === 0)('a chown the host refuses is said with its reason', () => {
  it('files owner= on a file with two hard links in a directory another user can change (fs.protected_hardlinks off)', async () => {
    const { hardLinksSeam } = await import('../../host/node/node-host.js');
    const base = fresh();
    const sb = join(base, 'sandbox');
    fs.mkdirSync(join(sb, 'tmp'), { recursive: true });
    fs.chmodSync(join(sb, 'tmp'), 0o1777);
    fs.writeFileSync(join(sb, 'tmp', 'f'), 'x');
    fs.linkSync(join(sb, 'tmp', 'f'), join(sb, 'tmp', 'g'));
    // The root's own accounts: names do not depend on the machine's.
    fs.mkdirSync(join(base, 'etc'));
    fs.writeFileSync(join(base, 'etc', 'passwd'), 'root:x:0:0::/root:/bin/sh\nwww-data:x:33:33::/var/www:/bin/sh\n');
    fs.writeFileSync(join(base, 'etc', 'group'), 'root:x:0:\nwww-data:x:33:\n');
    hardLinksSeam.open = true;
    try {
      const r = runPolicyOn(runtime, 'control:\n actionsequence = ( files )\nfiles:\n /sandbox/tmp/f action=fixall owner=33\n',
        new NodeHost({ root: base }), { now: 1_800_000_000, hostname: 'h' });
      expect(r.log.filter(l => l.level === 'warning').map(l => l.message)).toEqual([
        'cfengine:h: Cannot set ownership on /sandbox/tmp/f (root:root -> www-data:root): a file with 2 hard links in a directory ' +
        'another user can change, and fs.protected_hardlinks is off (one may be hers, to a file of another user); not changed',
      ]);
    } finally {
      hardLinksSeam.open = null;
    }
  });
});

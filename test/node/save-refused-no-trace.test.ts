/**
 * A save the host refuses because its backup name is a directory leaves no trace: the Node host
 * wrote the new contents to a temp file beside the file and removed it when the backup failed, so
 * the directory's modification time moved for a run that changed nothing (the memory host writes
 * nothing then). Found by the session-21 fuzzing, which compares which times a run moves (seed 378).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { scratchDirs } from '../support/scratch.js';

const runtime = await nodeRuntime();
const fresh = scratchDirs('cfwasm-save-refused-');
const PAST = new Date('2001-01-01T00:00:00Z');

describe('an edit whose backup name is a directory', () => {
  for (const root of [true, false]) {
    it(root ? 'under a root' : 'without a root', () => {
      const base = fresh();
      const etc = join(base, 'sandbox', 'etc');
      fs.mkdirSync(join(etc, 'f.cfsaved'), { recursive: true });
      fs.writeFileSync(join(etc, 'f'), 'a\n');
      fs.utimesSync(etc, PAST, PAST);
      const dir = root ? '/sandbox/etc' : etc;
      const policy = `control:\n actionsequence = ( editfiles )\neditfiles:\n { ${dir}/f\n AppendIfNoSuchLine "b"\n }\n`;
      const r = runPolicyOn(runtime, policy, new NodeHost(root ? { root: base } : {}), { now: 1_800_000_000, hostname: 'h' });
      expect(r.log.filter(l => l.level === 'error').map(l => l.message.split(etc).join('ETC').split('/sandbox/etc').join('ETC'))).toEqual([
        'cfengine:h: could not save ETC/f: the old file cannot be kept as ETC/f.cfsaved (ETC/f.cfsaved: is a directory); left unchanged',
      ]);
      expect(fs.readFileSync(join(etc, 'f'), 'utf8')).toBe('a\n');
      expect(fs.statSync(etc).mtime).toEqual(PAST);
      expect(fs.readdirSync(etc).sort()).toEqual(['f', 'f.cfsaved']);
    });
  }
});

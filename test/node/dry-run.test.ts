/**
 * Dry run (-n) on every conformance case, through the Node host: the tree stays byte-identical
 * (contents, modes, mtimes, no backup written), the plan (the core's list of changes) equals
 * what the real run then does, and what the dry run says it would write equals what it writes.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, expectsNoChange, loadCase } from '../conformance/corpus.js';
import { compareTrees } from '../../host/testing/cases.js';
import { outOfScope, HOSTNAME, RUN_TIME } from '../../host/testing/memory-runner.js';
import { readDisk, stageOnDisk } from '../conformance/node-runner.js';

const runtime = await nodeRuntime();

/** Every path under dir with its type, mode, mtime and contents (or link target). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = join(d, name);
      const st = fs.lstatSync(p);
      const what = st.isSymbolicLink() ? `link ${fs.readlinkSync(p)}`
        : st.isDirectory() ? 'dir' : `file ${fs.readFileSync(p).toString('base64')}`;
      out.set(p, `${what} mode ${(st.mode & 0o7777).toString(8)} mtime ${st.mtimeMs}`);
      if (st.isDirectory() && !st.isSymbolicLink()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('dry run (-n) changes nothing and plans exactly what the run does', () => {
  for (const name of caseNames()) {
    const c = loadCase(name);
    // Commands do not run under -n, so cases that need them cannot compare plan and run.
    if (outOfScope(runtime.parser.parse(c.policy, name).policy)) continue;
    it(name, () => {
      const root = stageOnDisk(c);
      try {
        const before = snapshot(root);
        const dry = new NodeHost({ root });
        // Who runs: the owner a dry run gives the files it would make (as cfwasm run does).
        const options = {
          define: c.define, negate: c.negate, hostname: HOSTNAME, now: RUN_TIME,
          uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0,
        };
        const plan = runPolicyOn(runtime, c.policy, dry, { ...options, dryRun: true });
        expect(snapshot(root)).toEqual(before);
        if (c.dryRun) return; // the case itself is a dry run: the real run is the same dry run
        const real = new NodeHost({ root });
        const done = runPolicyOn(runtime, c.policy, real, options);
        // Every change (mode, link, rename, removal, save, …) the dry run planned is what the run did.
        expect(plan.changes).toEqual(done.changes);
        expect(plan.classes).toEqual(done.classes);
        const planned = new Map(dry.saves.map(s => [s.path, Buffer.from(s.after).toString('latin1')]));
        const written = new Map(real.saves.map(s => [s.path, Buffer.from(s.after).toString('latin1')]));
        expect(planned).toEqual(written);
        // Plan and run agreeing proves nothing if neither did anything: the run must leave after/.
        const modeOf = (p: string) => {
          const st = fs.lstatSync(join(root, 'sandbox', p));
          return st.isSymbolicLink() ? null : st.mode & 0o7777;
        };
        expect(compareTrees(readDisk(join(root, 'sandbox')), c.after, c.modes, modeOf).join('\n')).toBe('');
        if (!expectsNoChange(c)) expect(done.changes.length).toBeGreaterThan(0);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('dry run without a root, at a link to nothing', () => {
  // Without a root the Node host writes a file at a link that leads nowhere under the link's own
  // name (writeTarget): a dry run planned the file where the link points, so a later copy from
  // there was planned though the run then found nothing to copy (session-20 differential fuzz).
  it('plans the file at the link\'s name, and what follows from it, as the run does', () => {
    const d = fs.mkdtempSync(join(fs.realpathSync('/tmp'), 'cfwasm-dry-link-'));
    try {
      fs.mkdirSync(join(d, 'etc'));
      fs.symlinkSync('../nosuch', join(d, 'etc', 'h'));
      const policy = `control:\n actionsequence = ( files copy )\nfiles:\n ${d}/etc/h mode=444 action=touch\n` +
        `copy:\n ${d}/nosuch dest=${d}/copied\n`;
      const options = { hostname: HOSTNAME, now: RUN_TIME, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
      const plan = runPolicyOn(runtime, policy, new NodeHost(), { ...options, dryRun: true });
      const done = runPolicyOn(runtime, policy, new NodeHost(), options);
      expect(plan.changes).toEqual(done.changes);
      expect(plan.log.map(l => l.message)).toContain(`cfengine:${HOSTNAME}: copy: ${d}/nosuch does not exist`);
      expect([fs.lstatSync(join(d, 'etc', 'h')).isFile(), fs.existsSync(join(d, 'nosuch'))]).toEqual([true, false]);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

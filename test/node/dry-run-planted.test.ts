/**
 * Under a root, as root, the run does not follow a link another user could have planted
 * (confined-paths.ts refusePlanted, writeTarget); the dry run must refuse it too (D24: a dry run
 * plans what the run does). The overlay asked its base only about the way to a name (mayChange),
 * never about a link at the name itself, and once it held a change it read and resolved links on
 * its own: the session-21 fuzzing found dry runs planning a touch, a directory's chmod and an
 * AutoCreate through such links that the runs then refused (seeds 182, 40014, 40041). It now asks
 * the base (mayChange with `through`) whenever its walk follows a link the base has.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { scratchDirs } from '../support/scratch.js';

const runtime = await nodeRuntime();
const fresh = scratchDirs('cfwasm-dry-planted-');
const NOW = 1_800_000_000;

/**
 * A root whose /sandbox/tmp is 1777 (anyone may put a name there) holding `link`, owned by uid
 * 1000, to `target`; /sandbox/rootfile and /sandbox/rootdir are root's.
 */
function stage(link: string, target: string): string {
  const root = fresh();
  const sb = join(root, 'sandbox');
  fs.mkdirSync(join(sb, 'tmp'), { recursive: true });
  fs.chmodSync(join(sb, 'tmp'), 0o1777);
  fs.writeFileSync(join(sb, 'rootfile'), 'root\n');
  fs.mkdirSync(join(sb, 'rootdir'));
  fs.symlinkSync(target, join(sb, 'tmp', link));
  fs.lchownSync(join(sb, 'tmp', link), 1000, 1000);
  return root;
}

/** The warnings and errors, and the changes, of the dry run and of the run, each from its own fresh tree. */
function both(policy: string, link: string, target: string) {
  const out: Record<string, { said: string[]; changes: unknown[] }> = {};
  for (const dryRun of [true, false]) {
    const root = stage(link, target);
    const r = runPolicyOn(runtime, policy, new NodeHost({ root, dryRun }), { now: NOW, hostname: 'h', dryRun });
    out[dryRun ? 'dry run' : 'run'] = { said: r.log.filter(l => l.level !== 'info').map(l => l.message), changes: r.changes };
  }
  return out;
}

// The first item makes a change, so the overlay holds something (with nothing in it, every
// question goes to the base as it is, which refused already).
const first = ' /sandbox/made mode=644 action=touch\n';

describe.runIf(process.getuid?.() === 0)('a dry run under a root refuses a planted link as the run does', () => {
  it('files action=touch through it (to a root file)', () => {
    const r = both(`control:\n actionsequence = ( files )\nfiles:\n${first} /sandbox/tmp/l mode=644 action=touch\n`, 'l', '/sandbox/rootfile');
    expect(r.run.said).toEqual([expect.stringContaining('/sandbox/tmp/l is a link owned by uid 1000 to a file owned by uid 0; not followed')]);
    expect(r['dry run']).toEqual(r.run);
  });

  it('directories mode= through it (to a root directory)', () => {
    const r = both(`control:\n actionsequence = ( files directories )\nfiles:\n${first}directories:\n /sandbox/tmp/l/. mode=700\n`, 'l', '/sandbox/rootdir');
    expect(r.run.said.join('\n')).toContain('is a link owned by uid 1000 to a directory owned by uid 0; not followed');
    expect(r.run.changes).toEqual([{ op: 'write', path: '/sandbox/made', mode: '0644', size: 0 }]);
    expect(r['dry run']).toEqual(r.run);
  });

  it('editfiles AutoCreate through it (to nothing, in a root directory)', () => {
    const r = both(`control:\n actionsequence = ( files editfiles )\nfiles:\n${first}editfiles:\n { /sandbox/tmp/l\n AutoCreate\n AppendIfNoSuchLine "x"\n }\n`,
      'l', '/sandbox/rootdir/new');
    expect(r.run.said.join('\n')).toContain('is a link owned by uid 1000 to nothing, in a directory owned by uid 0; not followed');
    expect(r['dry run']).toEqual(r.run);
  });

  it('editfiles of it (reading, then saving, a root file)', () => {
    const r = both(`control:\n actionsequence = ( files editfiles )\nfiles:\n${first}editfiles:\n { /sandbox/tmp/l\n AppendIfNoSuchLine "x"\n }\n`,
      'l', '/sandbox/rootfile');
    expect(r.run.said.join('\n')).toContain('not followed (another user may have planted it)');
    expect(r['dry run']).toEqual(r.run);
  });

  it('copy to it', () => {
    const r = both(`control:\n actionsequence = ( files copy )\nfiles:\n${first}copy:\n /sandbox/made dest=/sandbox/tmp/l type=checksum\n`, 'l', '/sandbox/rootfile');
    expect(r.run.said.join('\n')).toContain('another user may have planted it');
    expect(r['dry run']).toEqual(r.run);
  });
});

describe.runIf(process.getuid?.() === 0)('a user\'s link in a directory only root can write is root\'s to follow, for every call', () => {
  // createFile walks the root's way (a link in a root-only directory is followed); the save's own
  // check of the last name did not know that rule: AutoCreate made the file, then refused to save
  // it (status 1, at every run), and the dry run planned the save (seeds 1153, 1377, 1959).
  it('AutoCreate through it makes and saves the file, in the run and in the plan', () => {
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /sandbox/etc/l\n AutoCreate\n AppendIfNoSuchLine "x"\n }\n';
    const out: Record<string, unknown> = {};
    for (const dryRun of [true, false]) {
      const root = fresh();
      fs.mkdirSync(join(root, 'sandbox', 'etc'), { recursive: true, mode: 0o755 });
      fs.chmodSync(join(root, 'sandbox', 'etc'), 0o755);
      fs.symlinkSync('/sandbox/etc/target', join(root, 'sandbox', 'etc', 'l'));
      fs.lchownSync(join(root, 'sandbox', 'etc', 'l'), 1000, 1000);
      const r = runPolicyOn(runtime, policy, new NodeHost({ root, dryRun }), { now: NOW, hostname: 'h', dryRun });
      out[dryRun ? 'dry run' : 'run'] = { said: r.log.filter(l => l.level !== 'info').map(l => l.message), changes: r.changes, exit: r.exitCode };
      if (!dryRun) expect(fs.readFileSync(join(root, 'sandbox', 'etc', 'target'), 'utf8')).toBe('x\n');
    }
    expect(out.run).toEqual({ said: [], exit: 0, changes: [
      { op: 'create', path: '/sandbox/etc/l', mode: '0644' },
      { op: 'save', path: '/sandbox/etc/l', size: 2, backup: '/sandbox/etc/target.cfsaved' },
    ] });
    expect(out['dry run']).toEqual(out.run);
  });
});

describe.runIf(process.getuid?.() === 0)('without a root, a dry run plans what the run does at a link at the last name', () => {
  /** Dry run and run of `policy` (DIR: a fresh directory), each on its own copy made by `make`. */
  function both(policy: string, make: (dir: string) => void) {
    const out: Record<string, unknown> = {};
    for (const dryRun of [true, false]) {
      const dir = join(fresh(), 'd');
      fs.mkdirSync(dir);
      make(dir);
      const r = runPolicyOn(runtime, policy.split('DIR').join(dir), new NodeHost({ dryRun }), { now: NOW, hostname: 'h', dryRun });
      out[dryRun ? 'dry run' : 'run'] = {
        said: r.log.filter(l => l.level !== 'info').map(l => l.message.split(dir).join('DIR')),
        changes: JSON.stringify(r.changes).split(dir).join('DIR'), exit: r.exitCode,
      };
    }
    return out;
  }

  it('files action=touch through a link in a directory anyone can write: refused by both (seed 40209)', () => {
    const r = both('control:\n actionsequence = ( files )\nfiles:\n DIR/made mode=644 action=touch\n DIR/tmp/l mode=644 action=touch\n', dir => {
      fs.mkdirSync(join(dir, 'tmp'));
      fs.chmodSync(join(dir, 'tmp'), 0o1777);
      fs.writeFileSync(join(dir, 'f'), 'x');
      fs.symlinkSync(join(dir, 'f'), join(dir, 'tmp', 'l'));
    });
    expect((r.run as { said: string[] }).said.join('\n')).toContain('not followed');
    expect(r['dry run']).toEqual(r.run);
  });

  it('files action=create at a link in a loop: the run replaces it by the file, and the plan does too (seed 40120)', () => {
    const r = both('control:\n actionsequence = ( files )\nfiles:\n DIR/made mode=644 action=touch\n DIR/loop mode=600 action=create\n', dir => {
      fs.symlinkSync('./loop', join(dir, 'loop'));
    });
    expect(r.run).toEqual({ said: [], exit: 0, changes: JSON.stringify([
      { op: 'write', path: 'DIR/made', mode: '0644', size: 0 },
      { op: 'write', path: 'DIR/loop', mode: '0600', size: 0 },
    ]) });
    expect(r['dry run']).toEqual(r.run);
  });
});

describe.runIf(process.getuid?.() === 0)('without a root, AutoCreate at a link to nothing', () => {
  // The unconfined host makes an AutoCreate'd file at the name, exclusively: a link there, to
  // nothing or in a loop, exists. The plan made the file where the link led (seed 40329). Which
  // of the two the rule should be is the lead's (s20 open item A); the plan follows the run.
  for (const [what, target] of [['to nothing', './nosuch'], ['in a loop', './l']]) {
    it(`a link ${what}: "exists" in the plan as in the run`, () => {
      const out: Record<string, unknown> = {};
      for (const dryRun of [true, false]) {
        const dir = join(fresh(), 'd');
        fs.mkdirSync(dir);
        fs.symlinkSync(target, join(dir, 'l'));
        const policy = `control:\n actionsequence = ( files editfiles )\nfiles:\n ${dir}/made mode=644 action=touch\n` +
          `editfiles:\n { ${dir}/l\n AutoCreate\n AppendIfNoSuchLine "x"\n }\n`;
        const r = runPolicyOn(runtime, policy, new NodeHost({ dryRun }), { now: NOW, hostname: 'h', dryRun });
        out[dryRun ? 'dry run' : 'run'] = { said: r.log.filter(l => l.level !== 'info').map(l => l.message.split(dir).join('D')), changes: r.changes.length };
      }
      expect(out.run).toEqual({ said: ['cfengine:h: editfiles: unable to create D/l: exists'], changes: 1 });
      expect(out['dry run']).toEqual(out.run);
    });
  }
});

/**
 * The same failure reads the same on every host: the memory host (tests, the playground), the
 * Node host under a root, and the dry-run overlay over each (D24: a dry run says what the run
 * will). Found by the session-20 differential fuzzing of the conformance cases (memory vs Node,
 * dry run vs run): the trees, changes, classes and exit statuses agreed, the messages did not —
 * a directory missing where a name is made said "no such file or directory" on Node, a dangling
 * link's missing directory was named as the link's, a backup that is a directory was worded two
 * ways, a loop of links on the way read "no such directory" in memory, EEXIST kept memfs's and
 * Node's own texts, and the setuid log said "kept for this run only" on a Node host without
 * state but nothing in memory.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import { scratchDirs } from '../support/scratch.js';
import { NOW, runOn, runtime, volume } from './helpers.js';
import type { Spec } from './helpers.js';

const fresh = scratchDirs('cfwasm-wording-');

/**
 * `spec` on disk under `root`: links as they are (their /sandbox targets resolve in the root), or
 * with `realPaths` pointed at ROOT/sandbox (for a run without a root).
 */
function stageOnDisk(root: string, spec: Spec, realPaths = false): void {
  for (const [path, v] of Object.entries(spec)) {
    const full = join(root, path);
    fs.mkdirSync(join(full, '..'), { recursive: true });
    if (typeof v === 'string') fs.writeFileSync(full, v);
    else if (v.link) fs.symlinkSync(realPaths ? v.link.replace(/^\/sandbox(?=\/|$)/, join(root, 'sandbox')) : v.link, full);
    else if (v.dir) fs.mkdirSync(full, { recursive: true });
    else fs.writeFileSync(full, v.content ?? '');
    if (typeof v !== 'string' && v.mode !== undefined && !v.link) fs.chmodSync(full, v.mode);
  }
}

/**
 * The log of `policy` on `spec`: memory, Node (--root) and, with `unconfined`, Node without a root
 * (the policy and links naming the real directory, written back as /sandbox), each as a run and
 * as a dry run.
 */
function logs(policy: string, spec: Spec, unconfined = false): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const dryRun of [false, true]) {
    const tag = dryRun ? 'dry run' : 'run';
    out[`memory ${tag}`] = runOn(volume(spec), policy, { dryRun }).result.log.map(l => `${l.level}: ${l.message}`);
    const root = fresh();
    stageOnDisk(root, spec);
    const r = runPolicyOn(runtime, policy, new NodeHost({ root, dryRun }), { now: NOW, hostname: 'h', dryRun });
    out[`node ${tag}`] = r.log.map(l => `${l.level}: ${l.message}`);
    if (!unconfined) continue;
    const real = fresh();
    stageOnDisk(real, spec, true);
    const sandbox = join(real, 'sandbox');
    const u = runPolicyOn(runtime, policy.split('/sandbox').join(sandbox), new NodeHost({ dryRun }), { now: NOW, hostname: 'h', dryRun });
    out[`node unconfined ${tag}`] = u.log.map(l => `${l.level}: ${l.message}`.split(sandbox).join('/sandbox'));
  }
  return out;
}

const notInfo = (lines: string[]) => lines.filter(l => !l.startsWith('info: '));

/** Every host and dry run says exactly `expected` (info lines aside); `unconfined`: Node without a root too. */
function allSay(policy: string, spec: Spec, expected: string[], unconfined = true): void {
  const said = logs(policy, spec, unconfined);
  const want = Object.fromEntries(Object.keys(said).map(k => [k, expected]));
  expect(Object.fromEntries(Object.entries(said).map(([k, v]) => [k, notInfo(v)]))).toEqual(want);
}

describe('a name made where its directory is missing: "DIR: no such directory" on every host', () => {
  it('files action=touch in a directory that is not there', () => {
    allSay('control:\n actionsequence = ( files )\nfiles:\n /sandbox/tmp/x mode=644 action=touch\n', { '/sandbox/f': 'x\n' },
      ['warning: cfengine:h: files: could not create /sandbox/tmp/x: /sandbox/tmp: no such directory']);
  });

  it('files action=touch below a plain file', () => {
    allSay('control:\n actionsequence = ( files )\nfiles:\n /sandbox/f/x mode=644 action=touch\n', { '/sandbox/f': 'x\n' },
      ['warning: cfengine:h: files: could not create /sandbox/f/x: /sandbox/f: no such directory']);
  });

  it('AutoCreate through a dangling link: the directory named is where the link leads', () => {
    allSay('control:\n actionsequence = ( editfiles )\neditfiles:\n { /sandbox/results\n AutoCreate\n AppendIfNoSuchLine "a"\n }\n',
      { '/sandbox/results': { link: '/sandbox/tmp/x' } },
      ['warning: cfengine:h: editfiles: unable to create /sandbox/results: /sandbox/tmp: no such directory'],
      false); // without a root the Node host does not follow a link to nothing at the last name (host-calls.test.ts)
  });

  it('below a link to nowhere on the way: the directory named is where the link leads', () => {
    allSay('control:\n actionsequence = ( files )\nfiles:\n /sandbox/etc/mail/aliases mode=644 action=touch\n',
      { '/sandbox/etc/mail': { link: '../nosuch' } },
      ['warning: cfengine:h: files: could not create /sandbox/etc/mail/aliases: /sandbox/nosuch: no such directory']);
    allSay('control:\n actionsequence = ( editfiles )\neditfiles:\n { /sandbox/etc/mail/aliases\n AutoCreate\n AppendIfNoSuchLine "a"\n }\n',
      { '/sandbox/etc/mail': { link: '/sandbox/nosuch/deeper' } },
      ['warning: cfengine:h: editfiles: unable to create /sandbox/etc/mail/aliases: /sandbox/nosuch/deeper: no such directory']);
  });

  it('disable into a repository that is not there (a rename)', () => {
    allSay('control:\n actionsequence = ( disable )\n repository = ( /sandbox/nosuch/deeper )\ndisable:\n /sandbox/f\n', { '/sandbox/f': 'x\n' },
      ['warning: cfengine:h: could not disable /sandbox/f: /sandbox/nosuch/deeper: no such directory']);
  });

  it('links ->! moving a file aside into a repository that is not there', () => {
    allSay('control:\n actionsequence = ( links )\n repository = ( /sandbox/repo )\nlinks:\n /sandbox/f ->! /sandbox/g\n',
      { '/sandbox/f': 'x\n', '/sandbox/g': 'y\n' },
      ['warning: cfengine:h: could not move /sandbox/f aside: /sandbox/repo: no such directory']);
  });
});

describe('other refusals worded alike', () => {
  it('a backup name that is a directory: the old file cannot be kept, the file is left', () => {
    const policy = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /sandbox/f\n AppendIfNoSuchLine "a"\n }\n';
    const line = 'error: cfengine:h: could not save /sandbox/f: the old file cannot be kept as /sandbox/f.cfsaved ' +
      '(/sandbox/f.cfsaved: is a directory); left unchanged';
    allSay(policy, { '/sandbox/f': 'x\n', '/sandbox/f.cfsaved': { dir: true } }, [line]);
    allSay(policy, { '/sandbox/f': 'x\n', '/sandbox/f.cfsaved/in': 'z' }, [line]);
  });

  it('a loop of links on the way: too many levels of symbolic links, named by the path asked about', () => {
    allSay('control:\n actionsequence = ( files )\nfiles:\n /sandbox/loop/x mode=644 action=touch\n', { '/sandbox/loop': { link: '/sandbox/loop' } },
      ['warning: cfengine:h: files: could not create /sandbox/loop/x: too many levels of symbolic links']);
  });

  it('a directory made where a link that leads nowhere is: "exists" (memfs and Node each had their own EEXIST text)', () => {
    const policy = 'control:\n actionsequence = ( directories )\ndirectories:\n /sandbox/l/. mode=700\n';
    const line = 'warning: cfengine:h: could not make directory /sandbox/l: exists';
    allSay(policy, { '/sandbox/l': { link: '/sandbox/nosuch' } }, [line]);
    allSay(policy, { '/sandbox/l': { link: './l' } }, [line]);
  });

  it('a host that keeps no state says nothing of the setuid log, as the memory host says nothing', () => {
    const said = logs('control:\n actionsequence = ( files )\nfiles:\n /sandbox/bin/p mode=4755 action=fixall\n',
      { '/sandbox/bin/p': { content: 'x', mode: 0o4755 } });
    expect(said['node run']).toEqual(said['memory run']);
    expect(said['node dry run']).toEqual(said['memory dry run']);
    expect(said['node run']).toContain('warning: cfengine:h: NEW SETUID root PROGRAM /sandbox/bin/p');
  });
});

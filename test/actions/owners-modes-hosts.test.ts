/**
 * Owners and modes after a run are the same on the memory host and the Node host under a root,
 * and a dry run plans what the run does (D24). Found by the session-21 differential fuzzing,
 * which compared modes with setuid/setgid/sticky bits and uid:gid of every file:
 *
 * - Linux's chown (root's too) clears a plain file's setuid bit, and its setgid bit when group
 *   execution is on. The memory host and the dry-run overlay kept them, and the engine chowned
 *   after setting the mode: `mode=4755 owner=daemon` left 0755 on disk (4755 in memory), set
 *   right only by the next run, and a sweep whose mode was already right left the file 0755.
 *   After a chown of such a file the engine sets again the bits the item's own mode asks for (a
 *   copy: the mode it wrote; disable's rotate: the old file's, with its owner) — not others: the
 *   kernel clears them on purpose (`owner=root` over a user's 4755 program; lead review).
 * - A file or directory made in a setgid directory belongs to the directory's group on disk; the
 *   memory host and the overlay gave it the run's group (so a later group= planned a chown the
 *   run did not make).
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import type { Change } from '../../host/core/core.js';
import { scratchDirs } from '../support/scratch.js';
import { NOW, runOn, runtime, volume } from './helpers.js';

const fresh = scratchDirs('cfwasm-owners-hosts-');

/** path → content or 'dir', with mode and owner (uid:gid). */
type Tree = Record<string, { content?: string; dir?: boolean; mode: number; uid: number; gid: number }>;

/** `path mode uid:gid` of every entry under `dir`, sorted. */
function listing(stat: (p: string) => { mode: number; owner: string }, names: (p: string) => string[], isDir: (p: string) => boolean, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of names(d).sort()) {
      const p = `${d}/${n}`;
      const s = stat(p);
      out.push(`${p.slice(dir.length)} ${(s.mode & 0o7777).toString(8)} ${s.owner}`);
      if (isDir(p)) walk(p);
    }
  };
  walk(dir);
  return out;
}

interface Outcome { tree: string[]; changes: Change[]; dryChanges: Change[]; second: Change[] }

/** The policy (paths under /sandbox) on `tree` in memory: run, and a dry run from the same tree; then a second run. */
function inMemory(policy: string, tree: Tree): Outcome {
  const spec = Object.fromEntries([['/sandbox', { dir: true }], ...Object.entries(tree).map(([p, e]) => [`/sandbox/${p}`, e.dir ? { dir: true, mode: e.mode } : { content: e.content ?? '', mode: e.mode }])]);
  const owners = Object.fromEntries(Object.entries(tree).map(([p, e]) => [`/sandbox/${p}`, { uid: e.uid, gid: e.gid }]));
  const dry = runOn(volume(spec), policy, { owners, dryRun: true });
  const vol = volume(spec);
  const r = runOn(vol, policy, { owners });
  const own = (p: string) => r.owner(p);
  const listed = listing(p => ({ mode: Number(vol.lstatSync(p).mode), owner: own(p) }), p => vol.readdirSync(p).map(String),
    p => vol.lstatSync(p).isDirectory(), '/sandbox');
  const owned = Object.fromEntries(listed.map(l => l.split(' ')).map(([p, , o]) => [`/sandbox${p}`, { uid: +o.split(':')[0], gid: +o.split(':')[1] }]));
  const second = runOn(vol, policy, { owners: owned, now: NOW + 60 });
  return { tree: listed, changes: r.result.changes, dryChanges: dry.result.changes, second: second.result.changes };
}

/** The same on disk through the Node host under a fresh root. */
function onDisk(policy: string, tree: Tree): Outcome {
  const stage = () => {
    const root = fresh();
    fs.mkdirSync(join(root, 'sandbox'));
    for (const [p, e] of Object.entries(tree)) {
      const full = join(root, 'sandbox', p);
      if (e.dir) fs.mkdirSync(full, { recursive: true });
      else fs.writeFileSync(full, e.content ?? '');
      fs.chownSync(full, e.uid, e.gid); // before the mode: a chown would clear setuid bits
      fs.chmodSync(full, e.mode);
    }
    return root;
  };
  const run = (root: string, dryRun: boolean, now = NOW) => runPolicyOn(runtime, policy, new NodeHost({ root, dryRun }), { now, hostname: 'h', dryRun }).changes;
  const dryChanges = run(stage(), true);
  const root = stage();
  const changes = run(root, false);
  const sb = join(root, 'sandbox');
  const listed = listing(p => { const s = fs.lstatSync(p); return { mode: s.mode, owner: `${s.uid}:${s.gid}` }; }, p => fs.readdirSync(p),
    p => fs.lstatSync(p).isDirectory(), sb);
  return { tree: listed, changes, dryChanges, second: run(root, false, NOW + 60) };
}

/** Both hosts end with `tree`, each dry run planned its run's changes, and a second run changes nothing. */
function everywhere(policy: string, tree: Tree, expected: string[]): Change[] {
  const mem = inMemory(policy, tree);
  const node = onDisk(policy, tree);
  expect({ memory: mem.tree, node: node.tree }).toEqual({ memory: expected, node: expected });
  expect(node.changes).toEqual(mem.changes);
  expect({ memory: mem.dryChanges, node: node.dryChanges }).toEqual({ memory: mem.changes, node: node.changes });
  expect({ memory: mem.second, node: node.second }).toEqual({ memory: [], node: [] });
  return mem.changes;
}

const policy = (action: string, body: string) => `control:\n actionsequence = ( ${action} )\n${action}:\n ${body}\n`;

describe.runIf(process.getuid?.() === 0)('after a chown, the setuid and setgid bits the item asks for (or wrote the file with) are set again, and only those', () => {
  it('files action=create mode=4755 owner=daemon: 4755, daemon\'s, in one run', () => {
    const changes = everywhere(policy('files', '/sandbox/f mode=4755 owner=daemon action=create'), {}, ['/f 4755 1:0']);
    expect(changes).toEqual([
      { op: 'write', path: '/sandbox/f', mode: '04755', size: 0 },
      { op: 'chown', path: '/sandbox/f', uid: 1 },
      { op: 'chmod', path: '/sandbox/f', mode: '04755' },
    ]);
  });

  it('a sweep whose mode is already right: the file stays 6755 when only its owner is changed', () => {
    everywhere(policy('files', '/sandbox/f mode=6755 owner=bin group=adm action=fixall'),
      { f: { content: 'x', mode: 0o6755, uid: 0, gid: 0 } }, ['/f 6755 2:4']);
  });

  it('copy mode=4755 owner=daemon', () => {
    everywhere(policy('copy', '/sandbox/m dest=/sandbox/c mode=4755 owner=daemon'),
      { m: { content: 'x', mode: 0o644, uid: 0, gid: 0 } }, ['/c 4755 1:0', '/m 644 0:0']);
  });

  it('disable rotate=1: the new empty file has the old one\'s owner and setuid mode', () => {
    const tree = { f: { content: 'x', mode: 0o4755, uid: 1, gid: 1 } };
    const mem = inMemory(policy('disable', '/sandbox/f rotate=1'), tree);
    const node = onDisk(policy('disable', '/sandbox/f rotate=1'), tree);
    expect({ memory: mem.tree, node: node.tree }).toEqual({ memory: ['/f 4755 1:1', '/f.1 4755 1:1'], node: ['/f 4755 1:1', '/f.1 4755 1:1'] });
    expect({ memory: mem.dryChanges, node: node.dryChanges }).toEqual({ memory: mem.changes, node: node.changes });
  });

  it('owner= without mode= over a user\'s setuid program: the bit stays cleared, as the kernel clears it (lead review)', () => {
    // Set again, it made alice's 4755 binary setuid root: only what the item's own mode asks for is set again.
    const changes = everywhere(policy('files', '/sandbox/f owner=root action=fixall'),
      { f: { content: 'x', mode: 0o4755, uid: 1000, gid: 1000 } }, ['/f 755 0:1000']);
    expect(changes).toEqual([{ op: 'chown', path: '/sandbox/f', uid: 0 }]);
  });

  it('a mode that keeps but does not ask for the bit (a+r) does not set it again either', () => {
    everywhere(policy('files', '/sandbox/f mode=a+r owner=root action=fixall'),
      { f: { content: 'x', mode: 0o4755, uid: 1000, gid: 1000 } }, ['/f 755 0:1000']);
  });

  it('u+s asks for setuid only: a setgid bit the kernel kept (no group execution) stays as it was', () => {
    everywhere(policy('files', '/sandbox/f mode=u+s owner=daemon action=fixall'),
      { f: { content: 'x', mode: 0o2644, uid: 0, gid: 0 } }, ['/f 6644 1:0']);
  });

  it('a setgid file without group execution keeps its bit on both hosts (the kernel keeps it too)', () => {
    everywhere(policy('files', '/sandbox/f owner=daemon action=fixall'),
      { f: { content: 'x', mode: 0o2644, uid: 0, gid: 0 } }, ['/f 2644 1:0']);
  });
});

describe.runIf(process.getuid?.() === 0)('what a run makes in a setgid directory is the directory\'s group\'s', () => {
  const dir = { d: { dir: true, mode: 0o2775, uid: 1, gid: 33 } };

  it('files create, editfiles AutoCreate (and its backup), directories: group 33 on both hosts', () => {
    const p = 'control:\n actionsequence = ( files editfiles directories )\nfiles:\n /sandbox/d/f mode=644 action=create\n' +
      'editfiles:\n { /sandbox/d/g\n AutoCreate\n AppendIfNoSuchLine "y"\n }\ndirectories:\n /sandbox/d/sub/. mode=755\n';
    everywhere(p, dir, ['/d 2775 1:33', '/d/f 644 0:33', '/d/g 644 0:33', '/d/g.cfsaved 644 0:33', '/d/sub 755 0:33']);
  });

  it('a later group=www-data plans no chown in the dry run, as the run makes none', () => {
    const p = 'control:\n actionsequence = ( files )\nfiles:\n /sandbox/d/f mode=644 action=create\n /sandbox/d/f group=www-data action=fixall\n';
    const changes = everywhere(p, dir, ['/d 2775 1:33', '/d/f 644 0:33']);
    expect(changes.filter(c => c.op === 'chown')).toEqual([]);
  });
});

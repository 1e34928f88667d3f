/**
 * The core through either host gives the same run: random small policies (files, directories,
 * links, copy, tidy, disable, editfiles in random order) over a random tree, run in memory and on
 * disk through the Node host, must leave the same tree and report the same changes; and a dry run
 * on each must plan exactly those changes and leave its tree alone.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Volume } from 'memfs';
import { afterAll, describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import type { Host } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
// The Node host stamps what it writes with the real clock, so the run's clock is the real one too.
const NOW = Math.floor(Date.now() / 1000);
const DAY = 86400;
const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-hosts-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

interface Tree { dirs: string[]; files: { path: string; text: string; mode: number; age: number }[]; links: { path: string; target: string }[] }

function randomTree(r: () => number): Tree {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const dirs = ['/t', '/t/a', '/t/a/deep', '/t/b'];
  const files = [];
  for (let i = 0; i < 6; i++) {
    const dir = pick(dirs);
    const name = pick(['x.conf', 'y.tmp', 'core', 'z.txt', 'w.tmp', 'v.log']);
    files.push({ path: `${dir}/${name}`, text: pick(['', 'alpha\n', 'beta\nline\n', 'x'.repeat(3000)]), mode: pick([0o644, 0o600, 0o755, 0o4755]), age: pick([0, 2, 40]) });
  }
  const links = [{ path: '/t/b/to-a', target: '/t/a' }, { path: '/t/b/dead', target: '/t/none' }];
  return { dirs, files, links };
}

function randomPolicy(r: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const items: Record<string, string[]> = {
    files: [
      `/t mode=${pick(['600', 'a+r', 'o-rwx', '-4000'])} r=${pick(['0', '1', 'inf'])} action=${pick(['fixall', 'warnall', 'fixplain', 'fixdirs'])}`,
      `/t/new.conf mode=640 action=${pick(['touch', 'create'])}`,
      `/t r=inf links=tidy action=fixall`,
      `/t r=inf include=*.conf exclude=x* mode=${pick(['640', 'g+w'])} action=fixall links=${pick(['stop', 'traverse'])}`,
    ],
    directories: [`/t/made/${pick(['one', 'two/three'])} mode=${pick(['750', '700'])}`],
    links: [`/t/l${Math.floor(r() * 3)} ->${pick(['', '!'])} /t/a/${pick(['x.conf', 'core', 'deep'])}${pick(['', ' type=relative', ' type=hard'])}`,
      `/t/kids +> /t/a${pick(['', ' recurse=1', ' exclude=*.tmp'])}`,
      `/t/abs -> /t/b/to-a/x.conf type=absolute`],
    copy: [`/t/a dest=/t/copy r=${pick(['1', 'inf'])}${pick(['', ' purge=true', ' size=<100', ' type=checksum', ' symlink=*.tmp', ' mode=600'])}`,
      `/t/b dest=/t/copy2 r=1${pick(['', ' action=warn'])}`],
    // Ages of a day or more: what the run itself writes is stamped by the host's clock, which on
    // disk can be a second past the run's own.
    tidy: [`/t pattern=${pick(['*.tmp', 'core', '*'])} age=${pick(['1', '30'])} r=inf type=mtime${pick(['', ' rmdirs=true', ' size=empty'])}`],
    disable: [`/t/a/${pick(['x.conf', 'v.log', 'z.txt'])}${pick(['', ' rotate=2', ' rotate=empty', ' type=plain', ' size=>10'])}`],
    editfiles: [`{ /t/a/${pick(['x.conf', 'z.txt'])}\n AutoCreate\n AppendIfNoSuchLine "added"\n }`],
  };
  const actions = Object.keys(items).filter(() => r() < 0.6);
  if (actions.length === 0) actions.push('files');
  const order = actions.sort(() => r() - 0.5);
  let text = `control:\n actionsequence = ( ${order.join(' ')} )\n editfilesize = ( 0 )\n`;
  for (const a of actions) text += `${a}:\n${items[a].filter(() => r() < 0.7).map(l => ` ${l}`).join('\n') || ` ${items[a][0]}`}\n`;
  return text;
}

function onDisk(tree: Tree, dir: string): NodeHost {
  for (const d of tree.dirs) fs.mkdirSync(join(dir, d), { recursive: true, mode: 0o755 });
  for (const f of tree.files) {
    fs.writeFileSync(join(dir, f.path), f.text);
    fs.chmodSync(join(dir, f.path), f.mode);
    fs.utimesSync(join(dir, f.path), NOW - f.age * DAY, NOW - f.age * DAY);
  }
  for (const l of tree.links) fs.symlinkSync(l.target, join(dir, l.path));
  for (const d of tree.dirs) fs.chmodSync(join(dir, d), 0o755);
  return new NodeHost({ root: dir, stateDir: `${dir}.state` });
}

/** Who runs the tests owns what they stage on disk; the memory host is told the same. */
const me = { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };

function inMemory(tree: Tree): MemoryHost {
  const vol = new Volume();
  for (const d of tree.dirs) vol.mkdirSync(d, { recursive: true, mode: 0o755 });
  for (const f of tree.files) {
    vol.writeFileSync(f.path, f.text);
    vol.chmodSync(f.path, f.mode);
    vol.utimesSync(f.path, NOW - f.age * DAY, NOW - f.age * DAY);
  }
  for (const l of tree.links) vol.symlinkSync(l.target, l.path);
  for (const d of ['/', ...tree.dirs]) vol.chmodSync(d, 0o755);
  const owners = Object.fromEntries([...tree.dirs, ...tree.files.map(f => f.path), ...tree.links.map(l => l.path)].map(p => [p, me]));
  return new MemoryHost(vol, { now: NOW, owners, user: me });
}

/** The tree below /t: types, modes, contents, link targets (names with a time stamp folded). */
function view(host: Host, dir = '/t', out: string[] = []): string[] {
  for (const e of host.list(dir)) {
    const p = `${dir}/${e.name}`;
    const st = host.stat(p, false);
    const what = st.type === 'link' ? `-> ${host.readlink(p)}`
      : st.type === 'file' ? `${st.mode.toString(8)} ${new TextDecoder().decode(host.readFile(p)).slice(0, 40)}` : st.mode.toString(8);
    out.push(`${p} ${st.type} ${what}`);
    if (st.type === 'dir') view(host, p, out);
  }
  return out;
}

describe('memory and Node hosts give the same run', () => {
  let changed = 0;
  for (let seed = 1; seed <= 400; seed++) {
    it(`policy ${seed}`, () => {
      const r = random(seed);
      const tree = randomTree(r);
      const policy = randomPolicy(r);
      const options = { now: NOW, hostname: 'h', uid: me.uid, gid: me.gid };
      const memory = inMemory(tree);
      const disk = onDisk(tree, fs.mkdtempSync(join(base, 'run-')));
      const before = view(disk);
      const planDisk = runPolicyOn(runtime, policy, disk, { ...options, dryRun: true });
      expect(view(disk), 'a dry run on disk changed the tree').toEqual(before);
      const planMemory = runPolicyOn(runtime, policy, memory, { ...options, dryRun: true });
      expect(view(memory), 'a dry run in memory changed the tree').toEqual(before);
      const inMem = runPolicyOn(runtime, policy, memory, options);
      const onDiskRun = runPolicyOn(runtime, policy, disk, options);
      const context = `policy:\n${policy}`;
      expect(inMem.changes, context).toEqual(onDiskRun.changes);
      expect(view(memory), context).toEqual(view(disk));
      expect(planMemory.changes, context).toEqual(inMem.changes);
      expect(planDisk.changes, context).toEqual(onDiskRun.changes);
      expect(inMem.log.map(l => l.message), context).toEqual(onDiskRun.log.map(l => l.message));
      // Agreement alone would pass an engine that does nothing: what the policy asks for is there.
      // (a tidy with rmdirs=true may remove the new, empty directory again)
      const made = /^directories:\n (\/t\/made\/\S+)/m.exec(policy);
      if (made && !policy.includes('rmdirs=true')) expect(view(disk).some(l => l.startsWith(`${made[1]} dir `)), context).toBe(true);
      if (inMem.changes.length > 0) changed++;
    });
  }
  it('most of the random policies changed the tree (a run that changes nothing agrees with itself)', () => {
    // An engine that runs no section changes none of them.
    console.log(`hosts agree: ${changed} of the 400 random policies changed the tree`);
    expect(changed).toBeGreaterThan(300);
  });
});

describe('the Node host keeps what a save must keep', () => {
  it('a setuid file stays setuid after an edit (chown clears the bit, so it comes first)', () => {
    const dir = fs.mkdtempSync(join(base, 'suid-'));
    fs.mkdirSync(join(dir, 'bin'));
    fs.writeFileSync(join(dir, 'bin', 'tool'), 'a\n');
    fs.chmodSync(join(dir, 'bin', 'tool'), 0o4755);
    const r = runPolicyOn(runtime, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /bin/tool\n AppendIfNoSuchLine "b"\n }\n',
      new NodeHost({ root: dir }), { now: NOW, hostname: 'h' });
    expect(r.exitCode).toBe(0);
    expect(fs.readFileSync(join(dir, 'bin', 'tool'), 'utf8')).toBe('a\nb\n');
    expect((fs.statSync(join(dir, 'bin', 'tool')).mode & 0o7777).toString(8)).toBe('4755');
    expect((fs.statSync(join(dir, 'bin', 'tool.cfsaved')).mode & 0o7777).toString(8)).toBe('4755');
  });
});

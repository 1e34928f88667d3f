// The core collects garbage in the middle of a run, at each step of a sweep (engine/src/run/gc.ts):
// a sweep no longer keeps every byte it allocated, which made a files sweep over 450,000 files
// or a tidy of 200,000 die past the core's memory. Two things are checked: collecting at every
// entry changes nothing in what a run does (a frame that forgot to keep an object would show
// here as a wrong or crashed run), and the core's memory after a sweep over many files stays
// far below what the same sweep needs without collecting.
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { Core } from '../../host/core/core.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodePolicyParser } from '../../host/node/grammar.js';
import { NOW, DAY } from './helpers.js';

/** `files` files in directories of 50, some old .tmp, some world-writable, links and empty dirs. */
function tree(files: number) {
  const vol = new Volume();
  for (let i = 0; i < files; i++) {
    const dir = `/data/d${i % 20}/e${Math.floor(i / 20) % Math.ceil(files / 1000)}`;
    vol.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const name = `${dir}/f${i}.${i % 3 ? 'log' : 'tmp'}`;
    vol.writeFileSync(name, 'x'.repeat(i % 7), { mode: i % 5 ? 0o644 : 0o666 });
    if (i % 3 === 0) vol.utimesSync(name, NOW - 30 * DAY, NOW - 30 * DAY);
    if (i % 97 === 0) vol.symlinkSync(i % 2 ? name : '/nowhere', `${dir}/l${i}`);
    if (i % 131 === 0) vol.mkdirSync(`${dir}/empty${i}`, { mode: 0o777 });
  }
  return vol;
}

async function freshRuntime() {
  return { parser: await nodePolicyParser(), core: await Core.load(readFileSync(coreWasmPath())) };
}

const POLICIES = {
  files: 'control:\n actionsequence = ( files )\nfiles:\n /data mode=o-w recurse=inf action=fixall links=tidy\n',
  warn: 'control:\n actionsequence = ( files )\nfiles:\n /data mode=0600 owner=root recurse=inf action=warnall\n',
  tidy: 'control:\n actionsequence = ( tidy files )\ntidy:\n /data pattern=*.tmp age=7 recurse=inf rmdirs=true links=tidy\n' +
    'files:\n /data mode=a+r r=inf action=fixplain\n',
};

describe('collecting during a sweep', () => {
  for (const [name, policy] of Object.entries(POLICIES)) {
    it(`collecting at every entry gives the same run (${name})`, async () => {
      const runtime = await freshRuntime();
      const runOnce = (collectEvery?: number) => {
        const vol = tree(600);
        const r = runPolicyOn(runtime, policy, new MemoryHost(vol, { now: NOW }), { now: NOW, hostname: 'h', collectEvery });
        return { r, files: vol.toJSON() };
      };
      const plain = runOnce(1_000_000_000);
      const collected = runOnce(1);
      expect(plain.r.log.length).toBeGreaterThan(50);
      expect(collected.r).toEqual(plain.r);
      expect(collected.files).toEqual(plain.files);
      // And under dry run, with the overlay in between.
      const dry = runPolicyOn(runtime, policy, new MemoryHost(tree(600), { now: NOW }), { now: NOW, hostname: 'h', dryRun: true, collectEvery: 1 });
      expect(dry.changes).toEqual(plain.r.changes);
    });
  }

  it('a sweep over 40,000 files needs a few MB of core memory, not one allocation per file kept', async () => {
    const policy = 'control:\n actionsequence = ( files )\nfiles:\n /data mode=o-w owner=root recurse=inf action=fixall\n';
    // Nothing to change (the everyday run): what the core keeps does not grow with the tree.
    const vol = new Volume();
    for (let i = 0; i < 40_000; i++) {
      const dir = `/data/d${i % 40}/e${Math.floor(i / 40) % 25}`;
      if (i < 1000) vol.mkdirSync(dir, { recursive: true, mode: 0o755 });
      vol.writeFileSync(`${dir}/file-with-a-longer-name-${i}.log`, '', { mode: 0o644 });
    }
    const without = await freshRuntime();
    const r0 = runPolicyOn(without, policy, new MemoryHost(vol, { now: NOW }), { now: NOW, hostname: 'h', collectEvery: 1_000_000_000 });
    const withGc = await freshRuntime();
    const r = runPolicyOn(withGc, policy, new MemoryHost(vol, { now: NOW }), { now: NOW, hostname: 'h', collectEvery: 1024 });
    expect([r.exitCode, r.changes.length, r0.changes.length]).toEqual([0, 0, 0]);
    const mb = (n: number) => n / 2 ** 20;
    console.log(`core memory after the sweep: ${mb(withGc.core.memoryBytes())} MB collecting, ${mb(without.core.memoryBytes())} MB not`);
    expect(mb(without.core.memoryBytes())).toBeGreaterThanOrEqual(24);
    expect(mb(withGc.core.memoryBytes())).toBeLessThanOrEqual(4);
  }, 60_000);

  /** `n` items in each of the sections whose actions collect between items. */
  function manyItems(n: number): string {
    const out = ['control:\n actionsequence = ( directories files copy links disable tidy )\n'];
    const section = (name: string, item: (i: number) => string) => {
      out.push(`${name}:\n`);
      for (let i = 0; i < n; i++) out.push(`  ${item(i)}\n`);
    };
    section('directories', i => `/made/d${i}/. mode=0750`);
    section('files', i => (i % 2 ? `/made/d${i}/f touch mode=0640` : `/missing/f${i} mode=0644 action=fixall`));
    section('copy', i => `/data/d${i % 20}/e0 dest=/copies/c${i} r=inf`);
    section('links', i => `/links/l${i} -> /made/d${i}`);
    section('disable', i => `/made/d${i % 7}/f`);
    section('tidy', i => `/made/d${i} pattern=* age=0`);
    return out.join('');
  }

  it('collecting between items gives the same run, for every action that does', async () => {
    const runtime = await freshRuntime();
    const runOnce = (collectEvery: number, dryRun = false) => {
      const vol = tree(100);
      const r = runPolicyOn(runtime, manyItems(60), new MemoryHost(vol, { now: NOW }), { now: NOW, hostname: 'h', collectEvery, dryRun });
      return { r, files: vol.toJSON() };
    };
    const plain = runOnce(1_000_000_000);
    const collected = runOnce(1);
    expect(plain.r.changes.length).toBeGreaterThan(300);
    expect(collected.r).toEqual(plain.r);
    expect(collected.files).toEqual(plain.files);
    expect(runOnce(1, true).r.changes).toEqual(plain.r.changes);
  });

  it('a policy of 10,000 files items keeps no garbage of each item', async () => {
    const policy = ['control:\n actionsequence = ( files )\nfiles:\n'];
    // Paths that do not exist: no sweep collects, only the safe point at each item's head. A
    // backslash in each: its stat request is built as a string, garbage enough to tell (a plain
    // path's is written into a reused buffer, and an item left too little to measure).
    for (let i = 0; i < 10_000; i++) policy.push(`  /missing/f\\${i} mode=o-w action=fixall\n`);
    const text = policy.join('');
    const without = await freshRuntime();
    const r0 = runPolicyOn(without, text, new MemoryHost(tree(100), { now: NOW }), { now: NOW, hostname: 'h', collectEvery: 1_000_000_000 });
    const withGc = await freshRuntime();
    const r = runPolicyOn(withGc, text, new MemoryHost(tree(100), { now: NOW }), { now: NOW, hostname: 'h' });
    expect(r).toEqual(r0);
    const mb = (n: number) => n / 2 ** 20;
    console.log(`core memory after 10,000 files items: ${mb(withGc.core.memoryBytes())} MB collecting, ${mb(without.core.memoryBytes())} MB not`);
    expect(withGc.core.memoryBytes()).toBeLessThanOrEqual(without.core.memoryBytes() / 2);
  }, 120_000);
});

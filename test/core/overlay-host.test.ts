/**
 * The in-memory hosts against the real filesystem: random sequences of changes applied through a
 * Node host to one temporary tree, and through (a) the dry-run overlay over a Node host on an
 * identical tree, (b) the memory host on the same tree in memfs, must succeed and fail alike and
 * leave the same view (types, modes, contents, link targets, listings); the overlay's base stays
 * exactly as it was. (This found a temp file left behind by a failed write in the Node host, and
 * memfs differing from the kernel: renaming a link moved its target, a rename over a file left
 * its directory impossible to remove, writes over directories and links to directories worked.)
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OverlayHost } from '../../host/core/overlay-host.js';
import type { Host } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { Volume } from 'memfs';

const NOW = 1_800_000_000;
const NAMES = ['/a', '/a/b', '/a/c', '/d', '/d/e', '/a/b/f', '/l'];
const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-overlay-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

let trees = 0;
function world(): NodeHost {
  const root = join(base, String(++trees));
  fs.mkdirSync(join(root, 'a', 'b'), { recursive: true });
  fs.writeFileSync(join(root, 'a', 'c'), 'c');
  fs.writeFileSync(join(root, 'a', 'b', 'f'), 'f');
  fs.symlinkSync('/a/b', join(root, 'l'));
  return new NodeHost({ root });
}

/** The same tree in memfs. */
function memoryWorld(): MemoryHost {
  const vol = new Volume();
  vol.mkdirSync('/a/b', { recursive: true });
  for (const d of ['/', '/a', '/a/b']) vol.chmodSync(d, 0o755);
  vol.writeFileSync('/a/c', 'c', { mode: 0o644 });
  vol.writeFileSync('/a/b/f', 'f', { mode: 0o644 });
  vol.symlinkSync('/a/b', '/l');
  return new MemoryHost(vol, { now: NOW });
}

/** Everything a run could observe below /, as text. */
function view(host: Host, dir = '/', out: string[] = []): string[] {
  for (const e of host.list(dir)) {
    const p = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
    const st = host.stat(p, false);
    const what = st.type === 'link' ? `-> ${host.readlink(p)}`
      : st.type === 'file' ? `${st.mode.toString(8)} ${new TextDecoder().decode(host.readFile(p))}` : st.mode.toString(8);
    out.push(`${p} ${st.type} ${what}`);
    if (st.type === 'dir') view(host, p, out);
  }
  return out;
}

/** A small deterministic random source. */
function random(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x80000000;
  };
}

type Op = (h: Host) => unknown;

function randomOp(r: () => number): { name: string; op: Op } {
  const pick = () => NAMES[Math.floor(r() * NAMES.length)];
  const p = pick();
  const q = pick();
  const bytes = new TextEncoder().encode(`x${Math.floor(r() * 10)}`);
  const ops: { name: string; op: Op }[] = [
    { name: `mkdir ${p}`, op: h => h.mkdir(p, 0o750) },
    { name: `write ${p}`, op: h => h.writeFile(p, bytes, 0o640) },
    { name: `save ${p} backup ${q}`, op: h => h.saveFile(p, bytes, q) },
    { name: `symlink ${p} -> ${q}`, op: h => h.symlink(q, p) },
    { name: `link ${p} -> ${q}`, op: h => h.link(q, p) },
    { name: `rename ${p} ${q}`, op: h => h.rename(p, q) },
    { name: `remove ${p}`, op: h => h.remove(p) },
    { name: `chmod ${p}`, op: h => h.chmod(p, 0o700) },
    { name: `create ${p}`, op: h => h.createFile(p, 0o644) },
    { name: `touch ${p}`, op: h => h.touch(p) },
  ];
  return ops[Math.floor(r() * ops.length)];
}

function attempt(op: Op, host: Host): string {
  try {
    op(host);
    return 'ok';
  } catch {
    return 'failed';
  }
}

/** Runs sequence `seed` on the real tree and on `other`; they must agree step by step and at the end. */
function agree(seed: number, other: Host, label: string): Host {
  const real = world();
  expect(view(other)).toEqual(view(real));
  const r = random(seed);
  const done: string[] = [];
  for (let i = 0; i < 8; i++) {
    const { name, op } = randomOp(r);
    const outcome = attempt(op, real);
    done.push(`${name}: ${outcome}`);
    expect(`${done.join('; ')} (${label}: ${attempt(op, other)})`).toBe(`${done.join('; ')} (${label}: ${outcome})`);
  }
  expect(view(other)).toEqual(view(real));
  return other;
}

describe('the dry-run overlay host behaves as the real filesystem', () => {
  for (let seed = 1; seed <= 400; seed++) {
    it(`sequence ${seed}`, () => {
      const under = world();
      const before = view(under);
      agree(seed, new OverlayHost(under, NOW), 'overlay');
      expect(view(under)).toEqual(before);
    });
  }
});

describe('the memory host behaves as the real filesystem', () => {
  for (let seed = 1; seed <= 400; seed++) it(`sequence ${seed}`, () => void agree(seed, memoryWorld(), 'memory'));
});

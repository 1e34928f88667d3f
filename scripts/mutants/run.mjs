#!/usr/bin/env node
/**
 * @fileoverview `npm run mutate:engine`: hand-written mutants that the test suite must kill.
 *
 * StrykerJS mutates TypeScript only; the core is AssemblyScript, and some behaviour (a save that
 * is complete or nothing, temps never opened through a link) is easy to break in ways a mutation
 * tool never tries. Each mutant in mutants.json names a file, one exact text to find (it must
 * occur exactly once: a mutant whose text has gone is reported stale, never passed over), what
 * to put in its place, and the test files that must fail. Each runs in a scratch copy of the
 * working tree (the checkout is never changed), built once unchanged, then each mutant's copy
 * rebuilds only what its change touches.
 *
 * Usage: node scripts/mutants/run.mjs [--list] [--only ID,ID] [--keep]
 * Exit status: 0 every mutant killed, 1 a mutant survived or is stale, 2 bad usage.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyTree } from '../scratch-copy.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.CFWASM_SHARED ?? join(REPO, '..', 'shared');
const mutants = JSON.parse(fs.readFileSync(join(REPO, 'scripts', 'mutants', 'mutants.json'), 'utf8'));

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log('usage: node scripts/mutants/run.mjs [--list] [--only ID,ID] [--keep]');
  process.exit(0);
}
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;
const unknown = only ? [...only].filter(id => !mutants.some(m => m.id === id)) : [];
if (unknown.length) {
  console.error(`mutate: no mutant named ${unknown.join(', ')} (--list shows them)`);
  process.exit(2);
}
if (args.includes('--list')) {
  for (const m of mutants) console.log(`${m.id.padEnd(34)} ${m.file}  — ${m.why}`);
  process.exit(0);
}

function apply(dir, m) {
  const path = join(dir, m.file);
  const text = fs.readFileSync(path, 'utf8');
  const at = text.indexOf(m.find);
  if (at < 0 || text.indexOf(m.find, at + 1) >= 0) return at < 0 ? 'its text is not in the file' : 'its text occurs more than once';
  fs.writeFileSync(path, text.slice(0, at) + m.replace + text.slice(at + m.find.length));
  return null;
}

/**
 * Rebuilds in `dir` what a change to `file` makes stale, as npm run build would (the tests'
 * global setup, which would rebuild everything, is skipped): the core for engine/, dist/ and the
 * CLI bundle for host/ (the CLI tests run them); playground/ sources are imported by their tests.
 * null when built, else the errors.
 */
function rebuild(dir, file) {
  const steps = [];
  if (file.startsWith('engine/')) steps.push([join('node_modules', 'assemblyscript', 'bin', 'asc.js'), join('engine', 'src', 'index.ts'), '--config', join('engine', 'asconfig.json')]);
  if (file.startsWith('host/')) steps.push([join('node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], [join('scripts', 'bundle-cli.mjs')]);
  for (const step of steps) {
    const r = spawnSync(process.execPath, step, { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
    if (r.status !== 0) return `${r.stdout}\n${r.stderr}`.split('\n').filter(l => /error/i.test(l)).slice(0, 3).join(' | ') || `${step[0]} failed`;
  }
  return null;
}

const rows = [];
const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-mutants-'));
// The unchanged tree built once; each mutant's copy starts from its build and rebuilds only
// what its change touches. Mutants that make the same change share one copy and build.
const built = join(base, 'built');
copyTree(REPO, built);
if (spawnSync('npm', ['run', 'build'], { cwd: built, stdio: 'inherit' }).status !== 0) {
  console.error('mutate: the unchanged tree does not build');
  process.exit(1);
}
const groups = new Map();
for (const m of mutants) {
  if (only && !only.has(m.id)) continue;
  const key = `${m.file}\0${m.find}\0${m.replace}`;
  groups.set(key, [...(groups.get(key) ?? []), m]);
}
for (const group of groups.values()) {
  const first = group[0];
  const dir = join(base, first.id.replaceAll('/', '--'));
  fs.mkdirSync(dir);
  copyTree(REPO, dir);
  for (const out of ['dist', join('engine', 'build')]) fs.cpSync(join(built, out), join(dir, out), { recursive: true, verbatimSymlinks: true });
  const stale = apply(dir, first);
  const broken = stale ? null : rebuild(dir, first.file);
  for (const m of group) {
    if (stale || broken) {
      rows.push({ id: m.id, outcome: stale ? 'STALE' : 'BROKEN', detail: stale ? `${m.file}: ${stale}` : broken });
      console.log(`mutant ${m.id}: ${stale ? `STALE (${stale})` : `BROKEN (${broken})`}`);
      continue;
    }
    const started = Date.now();
    process.stdout.write(`mutant ${m.id}: running ${m.tests.join(' ')} … `);
    const r = spawnSync(process.execPath, [join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...m.tests],
      { cwd: dir, env: { ...process.env, CFWASM_SHARED: SHARED, CFWASM_SKIP_BUILD: '1', CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8', maxBuffer: 256 << 20 });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    // eslint-disable-next-line no-control-regex
    const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const failed = /Tests\s+(\d+) failed/.exec(output)?.[1];
    // Killed: the tests ran and some failed. A crash is not a kill.
    const outcome = r.status !== 0 && failed ? 'killed' : r.status === 0 ? 'SURVIVED' : 'BROKEN';
    console.log(`${outcome} (${failed ?? 0} failing tests, ${seconds} s)`);
    rows.push({ id: m.id, outcome, detail: failed ? `${failed} failing tests` : outcome === 'BROKEN' ? output.split('\n').filter(l => /error/i.test(l)).slice(0, 3).join(' | ') : '' });
  }
  if (!args.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
}
if (!args.includes('--keep')) fs.rmSync(base, { recursive: true, force: true });

console.log('\n| mutant | outcome | detail |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.id} | ${r.outcome} | ${r.detail} |`);
const killed = rows.filter(r => r.outcome === 'killed').length;
console.log(`\nmutants: ${killed} killed, ${rows.length - killed} not killed, of ${rows.length}`);
process.exit(killed === rows.length ? 0 : 1);

// @fileoverview editfiles on a generated 100,000-line (~4 MB) config-like file: a 10-command block
// run through the core and the Node host (read, edit, atomic save with backup), beside `sed -E`
// doing the equivalent edits, in the same run.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPolicyOn } from '../dist/host/api/runtime.js';
import { NodeHost } from '../dist/host/node/node-host.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { BIG_EDIT_POLICY, writeBigEdit } from './fixtures.mjs';
import { printTable } from './table.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-edit-'));
const root = join(dir, 'root');
mkdirSync(join(root, 'etc'), { recursive: true });
const { input, sedScript } = writeBigEdit(dir);
const POLICY = BIG_EDIT_POLICY;

const runtime = await nodeRuntime();
// CFWASM_BENCH_BEFORE=DIR: also the same run with another built checkout (an older commit, `npm
// run build` there), to show a change costs nothing: runs of both alternate.
const beforeDir = process.env.CFWASM_BENCH_BEFORE;
const before = beforeDir ? {
  runPolicyOn: (await import(`${beforeDir}/dist/host/api/runtime.js`)).runPolicyOn,
  NodeHost: (await import(`${beforeDir}/dist/host/node/node-host.js`)).NodeHost,
  runtime: await (await import(`${beforeDir}/dist/host/node/runtime.js`)).nodeRuntime(),
} : null;
function cfwasm(trace = false, impl = { runPolicyOn, NodeHost, runtime }) {
  copyFileSync(input, join(root, 'etc', 'big.conf'));
  const t = performance.now();
  const r = impl.runPolicyOn(impl.runtime, POLICY, new impl.NodeHost({ root }), { hostname: 'bench', trace });
  const ms = performance.now() - t;
  if (r.exitCode !== 0) throw new Error(JSON.stringify(r.log));
  return ms;
}
function sed() {
  const t = performance.now();
  execFileSync('sh', ['-c', `sed -E -f ${sedScript} ${input} > ${join(dir, 'sed.out')}`]);
  return performance.now() - t;
}
// End to end: `cfwasm run` as a process (start, load wasm and grammar, parse, run, save, exit).
const CLI = fileURLToPath(new URL('../bin/cfwasm.js', import.meta.url));
const policyFile = join(dir, 'big.cf');
writeFileSync(policyFile, POLICY);
const smallPolicy = join(dir, 'small.cf');
writeFileSync(smallPolicy, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
writeFileSync(join(root, 'etc', 'motd'), 'welcome\n');
function cli(policy, env = process.env, bin = CLI, state = join(dir, 'state')) {
  return () => {
    copyFileSync(input, join(root, 'etc', 'big.conf'));
    const t = performance.now();
    execFileSync(process.execPath, [bin, 'run', '-f', policy, '--root', root, '--state-dir', state], { env });
    return performance.now() - t;
  };
}
// NODE_EXTRA_CA_CERTS makes every Node process parse that certificate bundle as it starts (≈40 ms
// on our 2-core machines, where it is set for the whole environment); cfwasm opens no TLS
// connection, and cron gives it a plain environment. Measured both ways when it is set.
const { NODE_EXTRA_CA_CERTS: extraCerts, ...plainEnv } = process.env;
function sedSmall() {
  const t = performance.now();
  execFileSync('sh', ['-c', `sed -E '$a hello' ${join(root, 'etc', 'motd')} > ${join(dir, 'motd.out')}`]);
  return performance.now() - t;
}

const best = (fn) => { fn(); return Math.min(fn(), fn(), fn()); };
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
let ours = best(() => cfwasm());
let theirsBefore = null;
let processes = null;
if (before) {
  // Whole `cfwasm run` processes of both checkouts, alternating, medians of 9 (each its own
  // state directory: the policy cache of one is not the other's).
  const mine = cli(policyFile, process.env, CLI, join(dir, 'state-ours'));
  const theirs = cli(policyFile, process.env, join(beforeDir, 'bin', 'cfwasm.js'), join(dir, 'state-before'));
  mine();
  theirs();
  const ourRuns = [];
  const theirRuns = [];
  for (let i = 0; i < 9; i++) {
    theirRuns.push(theirs());
    ourRuns.push(mine());
  }
  processes = { ms: median(ourRuns), baselineMs: median(theirRuns) };
  // Alternating, best of 7 each: the machine's load changes both alike.
  const a = [];
  const b = [];
  cfwasm(false, before);
  for (let i = 0; i < 7; i++) {
    b.push(cfwasm(false, before));
    a.push(cfwasm());
  }
  ours = Math.min(ours, ...a);
  theirsBefore = Math.min(...b);
}
// The trace (docs/trace.md) on: every command's record, with the file's text and each changed line.
const traced = best(() => cfwasm(true));
const theirs = best(sed);
const endToEnd = best(cli(policyFile));
const small = best(cli(smallPolicy));
const sedTiny = best(sedSmall);
const plain = extraCerts ? { endToEnd: best(cli(policyFile, plainEnv)), small: best(cli(smallPolicy, plainEnv)) } : null;
const mb = statSync(input).size / 1e6;
printTable(`editfiles: 10 commands on ${mb.toFixed(1)} MB, 100,000 lines (baseline: sed -E, same edits)`, [
  { name: 'cfwasm (core + Node host, incl. save)', ms: ours, baselineMs: theirs, note: `${(mb / (ours / 1e3)).toFixed(0)} MB/s` },
  ...(before ? [
    { name: 'cfwasm, trace off (baseline: CFWASM_BENCH_BEFORE)', ms: ours, baselineMs: theirsBefore, note: beforeDir },
    { name: 'cfwasm run process (baseline: CFWASM_BENCH_BEFORE\'s)', ...processes, note: 'medians of 9, alternating' },
  ] : []),
  { name: 'cfwasm with the trace on (baseline: trace off)', ms: traced, baselineMs: ours, note: 'run({ trace: true })' },
  { name: 'cfwasm run, process start to exit', ms: endToEnd, baselineMs: theirs, note: 'sed -E also a process' },
  { name: 'cfwasm run, small policy, start to exit', ms: small, baselineMs: sedTiny, note: `${small.toFixed(0)} ms wall (target 150)` },
  ...(plain ? [
    { name: 'cfwasm run, start to exit, no NODE_EXTRA_CA_CERTS', ms: plain.endToEnd, baselineMs: theirs, note: 'the environment cron gives' },
    { name: 'small policy, no NODE_EXTRA_CA_CERTS', ms: plain.small, baselineMs: sedTiny, note: `${plain.small.toFixed(0)} ms wall` },
  ] : []),
]);

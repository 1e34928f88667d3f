// @fileoverview copy server= from a local cf-serverd 3.21 (Debian's cfengine3): cfwasm beside
// Debian's own cf-agent making the same copies from the same server, each run a whole process,
// the two alternating, the median of RUNS runs of each (CFWASM_BENCH_RUNS, default 5). Rows: a
// tree of 1,000 small files copied into an empty directory; the same tree converged (nothing to
// copy), compared by date and by digest; one 20 MB file into an empty directory. Wall time is
// the row's ratio; CPU time (with GNU time) in the note.
// Needs `npm run build` and cf-serverd/cf-agent (apt-get install cfengine3); skipped if absent.
// CFWASM_BENCH_BEFORE=/path/to/other/bin/cfwasm.js: that build alternates with the two as well
// (its own state directory and destination), and each row's note gives this build against it.
// CFWASM_BENCH_ONLY=big: the 20 MB row alone (the tree's rows take most of the time).
// NODE_EXTRA_CA_CERTS, where it is set (as on the build machine), makes every Node process parse
// that file and Node's own CA store as it starts, before any cfwasm code (cfwasm trusts servers by
// key and uses no CA): the note after the table gives that cost here, an empty Node's start with
// it and without it; CFWASM_BENCH_CLEAN_ENV=1 runs the cfwasm builds without it (said in the title).
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveServerd, Serverd } from '../test/fleet/serverd.mjs';
import { measure, printTable } from './table.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.CFWASM_BENCH_RUNS ?? 5);
const BEFORE = process.env.CFWASM_BENCH_BEFORE || null;
const ONLY = process.env.CFWASM_BENCH_ONLY || '';
const CLEAN = process.env.CFWASM_BENCH_CLEAN_ENV === '1';
/** The environment the cfwasm builds run in. */
const nodeEnv = { ...process.env };
if (CLEAN) delete nodeEnv.NODE_EXTRA_CA_CERTS;
if (ONLY && ONLY !== 'big') throw new Error(`CFWASM_BENCH_ONLY=${ONLY}: only "big" (the 20 MB row) can be run alone`);

if (!haveServerd || !fs.existsSync('/usr/bin/cf-agent')) {
  console.log('\nremote copy: skipped (cf-serverd and cf-agent are not installed: apt-get install cfengine3)');
} else {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-bench-remote-'));
  const share = join(dir, 'share');
  for (let d = 0; d < 10; d++) {
    fs.mkdirSync(join(share, 'tree', `d${d}`), { recursive: true });
    for (let f = 0; f < 100; f++) fs.writeFileSync(join(share, 'tree', `d${d}`, `f${f}.conf`), crypto.randomBytes(600 + f * 10));
  }
  const big = join(share, 'big.bin');
  fs.writeFileSync(big, crypto.randomBytes(20 * 1024 * 1024));
  const server = await Serverd.start({ admit: [share] });

  // cf-agent's own work directory and key, as a client of the same server.
  const agentWork = join(dir, 'agent-work');
  fs.mkdirSync(join(agentWork, 'inputs'), { recursive: true });
  fs.symlinkSync('/usr/bin', join(agentWork, 'bin'));
  const agentEnv = { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: agentWork };
  execFileSync('/usr/bin/cf-key', [], { env: agentEnv, stdio: 'ignore' });
  const state = join(dir, 'cfwasm-state');
  const beforeState = join(dir, 'before-state');
  // Every client has its key pair before the clock starts (cf-key above, cfwasm key here).
  execFileSync(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'key', '--state-dir', state], { stdio: 'ignore' });
  if (BEFORE) execFileSync(process.execPath, [BEFORE, 'key', '--state-dir', beforeState], { stdio: 'ignore' });

  /** A run's output must show no failure: a copy that could not reach the server is fast and wrong. */
  const clean = (who, m) => {
    if (/error|warning|denied|refused|could not|cannot/i.test(m.output)) throw new Error(`${who} reported a problem:\n${m.output}`);
    return m;
  };
  // compare: cf-agent's (mtime or digest); cfwasm's type= is the same comparison.
  const agentPolicy = (what, dest, depth, compare) => {
    const policy = join(dir, `agent-${what.replace(/\//g, '-')}-${compare}.cf`);
    fs.writeFileSync(policy, `body common control { bundlesequence => { "main" }; }
bundle agent main {
  files:
    "${dest}${depth ? '/.' : ''}"
      copy_from => remote("${join(share, what)}")${depth ? ',\n      depth_search => all' : ''};
}
body copy_from remote(from) {
  source => "$(from)"; servers => { "127.0.0.1" }; portnumber => "${server.port}";
  compare => "${compare}"; trustkey => "true";
}
body depth_search all { depth => "inf"; }
`, { mode: 0o600 });
    return policy;
  };
  const cfwasmPolicy = (what, dest, depth, compare) => {
    const policy = join(dir, `cfwasm-${what.replace(/\//g, '-')}-${compare}.conf`);
    fs.writeFileSync(policy, `control:\n actionsequence = ( copy )\n port = ( ${server.port} )\ncopy:\n ${join(share, what)} dest=${dest} server=127.0.0.1 trustkey=true${depth ? ' recurse=inf' : ''}${compare === 'digest' ? ' type=checksum' : ''}\n`);
    return policy;
  };
  const cfAgent = (...how) => clean('cf-agent', measure('/usr/bin/cf-agent', ['-K', '-f', agentPolicy(...how)], agentEnv, true));
  const cfwasmOf = (bin, st) => (...how) => clean('cfwasm', measure(process.execPath, [bin, 'run', '-K', '-q', '-f', cfwasmPolicy(...how), '--state-dir', st], nodeEnv, true));
  const cfwasm = cfwasmOf(join(repo, 'bin', 'cfwasm.js'), state);
  const beforeBuild = BEFORE ? cfwasmOf(BEFORE, beforeState) : null;
  // Each client learns the server's key before the clock starts (a message, not a problem).
  measure('/usr/bin/cf-agent', ['-K', '-f', agentPolicy('tree/d0', join(dir, 'warm-agent'), true, 'mtime')], agentEnv, true);
  measure(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'run', '-K', '-q', '-f', cfwasmPolicy('tree/d0', join(dir, 'warm-cfwasm'), true, 'mtime'), '--state-dir', state], process.env, true);
  if (BEFORE) measure(process.execPath, [BEFORE, 'run', '-K', '-q', '-f', cfwasmPolicy('tree/d0', join(dir, 'warm-before'), true, 'mtime'), '--state-dir', beforeState], process.env, true);
  const median = (ms) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)];
  const same = (a, b) => execFileSync('diff', ['-r', a, b]).length === 0;

  try {
    // Each tool copies into its own destination, the two alternating. fresh: the destination is
    // removed before each run; otherwise it holds the copy already and nothing should change.
    const compareRuns = (fresh, what, depth, compare) => {
      const agent = [];
      const mine = [];
      const old = [];
      const clients = [['agent', cfAgent, agent], ['cfwasm', cfwasm, mine], ...(beforeBuild ? [['before', beforeBuild, old]] : [])];
      for (let i = 0; i < RUNS; i++) {
        for (const [who, run, out] of clients) {
          const dest = join(dir, `out-${who}`, what);
          if (fresh) fs.rmSync(join(dir, `out-${who}`), { recursive: true, force: true });
          fs.mkdirSync(join(dir, `out-${who}`), { recursive: true }); // cf-agent wants the parent there
          out.push(run(what, dest, depth, compare));
        }
      }
      const pick = (runs) => {
        const ms = median(runs.map(r => r.ms));
        const cpu = runs[0].cpuMs == null ? null : median(runs.map(r => r.cpuMs));
        return { ms, cpu };
      };
      return { agent: pick(agent), mine: pick(mine), before: beforeBuild ? pick(old) : null };
    };
    const note = (r, what) => `${what}${r.mine.cpu == null ? '' : `; CPU ${r.mine.cpu.toFixed(0)} vs ${r.agent.cpu.toFixed(0)} ms = ${(r.mine.cpu / r.agent.cpu).toFixed(2)}x`}` +
      (r.before ? `; before: ${r.before.ms.toFixed(0)} ms, this/before ${(r.mine.ms / r.before.ms).toFixed(2)}x${r.mine.cpu == null ? '' : `, CPU ${r.before.cpu.toFixed(0)} ms, ${(r.mine.cpu / r.before.cpu).toFixed(2)}x`}` : '');
    const rows = [];
    if (!ONLY) {
      const tree = compareRuns(true, 'tree', true, 'mtime');
      if (!same(join(share, 'tree'), join(dir, 'out-cfwasm/tree'))) throw new Error('cfwasm tree differs');
      rows.push({ name: '1,000 small files (600-1600 bytes), first copy', ms: tree.mine.ms, baselineMs: tree.agent.ms, note: note(tree, 'into an empty directory') });
      // The converged runs must copy nothing: a file's time is the same after them.
      const probe = join(dir, 'out-cfwasm/tree/d0/f0.conf');
      const before = fs.statSync(probe).mtimeMs;
      const byDate = compareRuns(false, 'tree', true, 'mtime');
      rows.push({ name: '1,000 small files, converged, by date', ms: byDate.mine.ms, baselineMs: byDate.agent.ms, note: note(byDate, 'cf-agent compare=mtime') });
      const byDigest = compareRuns(false, 'tree', true, 'digest');
      rows.push({ name: '1,000 small files, converged, by digest', ms: byDigest.mine.ms, baselineMs: byDigest.agent.ms, note: note(byDigest, 'type=checksum; compare=digest') });
      if (fs.statSync(probe).mtimeMs !== before) throw new Error('a converged run copied a file again');
    }
    const bigCopy = compareRuns(true, 'big.bin', false, 'mtime');
    if (!fs.readFileSync(big).equals(fs.readFileSync(join(dir, 'out-cfwasm/big.bin')))) throw new Error('cfwasm big.bin differs');
    rows.push({ name: 'one 20 MB file, first copy', ms: bigCopy.mine.ms, baselineMs: bigCopy.agent.ms, note: note(bigCopy, 'into an empty directory') });
    printTable(`remote copy from a local cf-serverd 3.21: cfwasm against cf-agent 3.21 (baseline), wall time of a whole run, median of ${RUNS} alternating; ratio < 1: cfwasm faster` +
      (CLEAN && process.env.NODE_EXTRA_CA_CERTS ? ' (cfwasm without NODE_EXTRA_CA_CERTS: CFWASM_BENCH_CLEAN_ENV=1)' : ''), rows);
    if (process.env.NODE_EXTRA_CA_CERTS) {
      // An empty Node process with and without it, alternating: what each cfwasm run pays for it.
      const withIt = [];
      const without = [];
      const bare = { ...process.env };
      delete bare.NODE_EXTRA_CA_CERTS;
      for (let i = 0; i < 7; i++) {
        withIt.push(measure(process.execPath, ['-e', '0'], process.env));
        without.push(measure(process.execPath, ['-e', '0'], bare));
      }
      const cpu = (runs) => (runs[0].cpuMs == null ? '' : `, CPU ${median(runs.map(r => r.cpuMs)).toFixed(0)} ms`);
      console.log(`NODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): \`node -e 0\` takes ${median(withIt.map(r => r.ms)).toFixed(0)} ms${cpu(withIt)} ` +
        `with it, ${median(without.map(r => r.ms)).toFixed(0)} ms${cpu(without)} without (medians of 7); each cfwasm run${CLEAN ? ' above ran without it' : ' pays the difference before any of its code'}.`);
    }
  } finally {
    server.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

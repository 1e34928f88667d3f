// @fileoverview copy server= from a local cf-serverd (Debian's cfengine3): cfwasm against
// Debian's own cf-agent doing the same copy from the same server, side by side (best of three
// alternating runs, each a whole process):
// a tree of 1,000 small files, one 100 MB file, and the tree again when nothing changed.
// Needs `npm run build` and cf-serverd/cf-agent (apt-get install cfengine3); skipped if absent.
import { execFileSync, spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveServerd, Serverd } from '../test/fleet/serverd.mjs';
import { printTable } from './table.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

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
  const fd = fs.openSync(big, 'w');
  const block = crypto.randomBytes(1024 * 1024);
  for (let i = 0; i < 100; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
  const server = await Serverd.start({ admit: [share] });

  // cf-agent's own work directory and key, as a client of the same server.
  const agentWork = join(dir, 'agent-work');
  fs.mkdirSync(join(agentWork, 'inputs'), { recursive: true });
  fs.symlinkSync('/usr/bin', join(agentWork, 'bin'));
  const agentEnv = { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: agentWork };
  execFileSync('/usr/bin/cf-key', [], { env: agentEnv, stdio: 'ignore' });
  const state = join(dir, 'cfwasm-state');
  // Both clients have their key pair before the clock starts (cf-key above, cfwasm key here).
  execFileSync(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'key', '--state-dir', state], { stdio: 'ignore' });

  const cfAgent = (what, dest, depth) => {
    const policy = join(dir, `agent-${what}.cf`);
    fs.writeFileSync(policy, `body common control { bundlesequence => { "main" }; }
bundle agent main {
  files:
    "${dest}${depth ? '/.' : ''}"
      copy_from => remote("${join(share, what)}")${depth ? ',\n      depth_search => all' : ''};
}
body copy_from remote(from) {
  source => "$(from)"; servers => { "127.0.0.1" }; portnumber => "${server.port}";
  compare => "mtime"; trustkey => "true";
}
body depth_search all { depth => "inf"; }
`, { mode: 0o600 });
    return timed(() => spawnSync('/usr/bin/cf-agent', ['-K', '-f', policy], { env: agentEnv, encoding: 'utf8' }));
  };
  const cfwasm = (what, dest, depth) => {
    const policy = join(dir, `cfwasm-${what}.conf`);
    fs.writeFileSync(policy, `control:\n actionsequence = ( copy )\n port = ( ${server.port} )\ncopy:\n ${join(share, what)} dest=${dest} server=127.0.0.1 trustkey=true${depth ? ' recurse=inf' : ''}\n`);
    return timed(() => spawnSync(process.execPath, [join(repo, 'bin', 'cfwasm.js'), 'run', '-f', policy, '--state-dir', state], { encoding: 'utf8' }));
  };
  const timed = (fn) => {
    const t = performance.now();
    const r = fn();
    const ms = performance.now() - t;
    if (r.status !== 0 || /error/i.test(r.stderr + r.stdout)) throw new Error(`copy failed:\n${r.stdout}${r.stderr}`);
    return ms;
  };
  const same = (a, b) => execFileSync('diff', ['-r', a, b]).length === 0;

  try {
    // Each tool copies into its own destination; the two alternate, best of three (the machine
    // is shared: one run of each is noise).
    const best = (fresh, what, depth) => {
      let agent = Infinity;
      let mine = Infinity;
      for (let i = 0; i < 3; i++) {
        if (fresh) fs.rmSync(join(dir, 'out-agent'), { recursive: true, force: true });
        fs.mkdirSync(join(dir, 'out-agent'), { recursive: true }); // cf-agent wants the parent there
        agent = Math.min(agent, cfAgent(what, join(dir, 'out-agent', what), depth));
        if (fresh) fs.rmSync(join(dir, 'out-cfwasm'), { recursive: true, force: true });
        fs.mkdirSync(join(dir, 'out-cfwasm'), { recursive: true });
        mine = Math.min(mine, cfwasm(what, join(dir, 'out-cfwasm', what), depth));
      }
      return { agent, mine };
    };
    const rows = [];
    const tree = best(true, 'tree', true);
    if (!same(join(share, 'tree'), join(dir, 'out-cfwasm/tree'))) throw new Error('cfwasm tree differs');
    rows.push({ name: '1,000 small files (600-1600 bytes), fresh', ms: tree.mine, baselineMs: tree.agent, note: 'baseline: cf-agent 3.21' });
    const bigCopy = best(true, 'big.bin', false);
    if (!fs.readFileSync(big).equals(fs.readFileSync(join(dir, 'out-cfwasm/big.bin')))) throw new Error('cfwasm big.bin differs');
    rows.push({ name: 'one 100 MB file, fresh', ms: bigCopy.mine, baselineMs: bigCopy.agent, note: 'baseline: cf-agent 3.21' });
    best(true, 'tree', true);
    const again = best(false, 'tree', true);
    rows.push({ name: '1,000 small files, nothing changed', ms: again.mine, baselineMs: again.agent, note: 'by date; each file STATed' });
    printTable('remote copy from a local cf-serverd 3.21 (wall time of a whole run, best of 3; ratio < 1: cfwasm faster)', rows);
  } finally {
    server.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

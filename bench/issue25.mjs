// @fileoverview Issue #25's table: each row of work as whole `cfwasm` processes beside its
// yardstick, alternating in the same run (the machine's load changes both alike), medians of
// CFWASM_BENCH_RUNS (default 5), without NODE_EXTRA_CA_CERTS. Peak RSS from GNU time where it is installed.
// CFWASM_BENCH_ROWS=edit,sweeps,startup,lint (any of them; default all) runs only those rows.
// CFWASM_BENCH_BEFORE=/path/to/other/bin/cfwasm.js: that build (another built checkout) runs in the
// same alternation as a third command of each row (its own state directory), and a row of its own
// follows each row (the yardstick the same; the note gives this build's time against it).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIG_EDIT_POLICY, realTree, writeBigEdit } from './fixtures.mjs';
import { measure, printTable } from './table.mjs';

const RUNS = Number(process.env.CFWASM_BENCH_RUNS ?? 5);
const FILES = Number(process.env.CFWASM_BENCH_FILES ?? 100_000);
const CLI = fileURLToPath(new URL('../bin/cfwasm.js', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env.CFWASM_SHARED ?? join(repo, '..', 'shared');
const node = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-25-'));
const state = join(dir, 'state');
const BEFORE = process.env.CFWASM_BENCH_BEFORE || null;
const cfwasm = (...args) => [node, [CLI, ...args]];
/** The same command with the BEFORE build and its own state directory (null without one). */
const cfwasmBefore = ([cmd, [, ...args]]) => (BEFORE
  ? [cmd, [BEFORE, ...args.map(a => (a === state ? `${state}-before` : a))]]
  : null);

// As cron runs it: NODE_EXTRA_CA_CERTS (set on the build machines) makes every Node process parse
// a certificate bundle as it starts, which cfwasm never uses (bench/editfiles.mjs shows both).
const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * `ours` and `theirs` ([cmd, args]) alternating RUNS times after one warm-up each (it also fills
 * cfwasm's policy cache); `before` runs untimed ahead of every measurement (a reset).
 */
function pair(name, aim, ours, theirs, { before = () => {}, exitCodes = [0] } = {}) {
  const old = cfwasmBefore(ours);
  const a = [];
  const b = [];
  const c = [];
  for (let i = 0; i <= RUNS; i++) {
    before();
    const x = measure(...ours, env, false, exitCodes);
    before();
    const y = measure(...theirs, env, false, exitCodes);
    let z = null;
    if (old) {
      before();
      z = measure(...old, env, false, exitCodes);
    }
    if (i > 0) { a.push(x); b.push(y); if (z) c.push(z); }
  }
  const row = (label, runs) => {
    const ms = median(runs.map(m => m.ms));
    const baselineMs = median(b.map(m => m.ms));
    const rss = runs[0].rssMiB == null ? '' : `; peak ${median(runs.map(m => m.rssMiB)).toFixed(1)} vs ${median(b.map(m => m.rssMiB)).toFixed(1)} MiB`;
    // CPU time (user + system, all threads) is steadier than wall time on a loaded machine.
    const cpu = runs[0].cpuMs == null ? '' : `; CPU ${median(runs.map(m => m.cpuMs)).toFixed(0)} vs ${median(b.map(m => m.cpuMs)).toFixed(0)} ms`;
    return { name: label, ms, baselineMs, note: `aim ${aim}; +${(ms - baselineMs).toFixed(0)} ms${cpu}${rss}` };
  };
  const ours_ = row(name, a);
  if (!old) return [ours_];
  const was = row(`  before: ${name}`, c);
  was.note = `this build ${(ours_.ms / was.ms).toFixed(2)}x of it; ${was.note}`;
  return [ours_, was];
}

const rows = [];
const wanted = (process.env.CFWASM_BENCH_ROWS ?? 'edit,sweeps,startup,lint').split(',');
const want = row => wanted.includes(row);

// The 4 MB edit (bench/editfiles.mjs measures its parts).
if (want('edit')) {
  const root = join(dir, 'edit-root');
  mkdirSync(join(root, 'etc'), { recursive: true });
  const { input, sedScript } = writeBigEdit(dir);
  const policy = join(dir, 'big.cf');
  writeFileSync(policy, BIG_EDIT_POLICY);
  rows.push(...pair('4 MB / 100k-line, 10-command edit', '<= 1.2x',
    cfwasm('run', '-f', policy, '--root', root, '--state-dir', state, '-q'),
    ['sh', ['-c', `sed -E -f ${sedScript} ${input} > ${join(dir, 'sed.out')}`]],
    { before: () => copyFileSync(input, join(root, 'etc', 'big.conf')) }));
}

// Sweeps over real files.
if (want('sweeps')) {
  const data = join(dir, 'data');
  realTree(data, FILES);
  const policy = join(dir, 'sweep.cf');
  writeFileSync(policy, `control:\n actionsequence = ( files )\nfiles:\n ${data} mode=0644 recurse=inf action=fixall\n`);
  const run = cfwasm('run', '-f', policy, '-K', '-q', '--state-dir', state);
  rows.push(...pair(`${FILES} files, nothing to change (vs find -perm /022)`, '<= 2.5x', run, ['find', [data, '-perm', '/022']]));
  const reset = () => measure('find', [data, '-type', 'f', '-exec', 'chmod', '600', '{}', '+']);
  rows.push(...pair(`${FILES} files, every mode changes (vs chmod -R go+r)`, '<= 2.0x', run, ['chmod', ['-R', 'go+r', data]], { before: reset }));
  rmSync(data, { recursive: true, force: true });
}

// Start-up: a converged tiny policy beside Node doing nothing.
if (want('startup')) {
  const root = join(dir, 'tiny-root');
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'etc', 'motd'), 'welcome\nhello\n');
  const policy = join(dir, 'tiny.cf');
  writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
  rows.push(...pair('tiny policy, converged (vs node -e 0)', '<= +10 ms, <= +5 MiB',
    cfwasm('run', '-f', policy, '--root', root, '--state-dir', state, '-q'), [node, ['-e', '0']]));
}

// Lint: the conformance policies x 8, with the convergence runs beside --no-run.
// CFWASM_BENCH_LINT=0 leaves the lint row out (it takes longer than all the others).
const cases = join(shared, 'conformance', 'cases');
if (existsSync(cases) && process.env.CFWASM_BENCH_LINT !== '0' && want('lint')) {
  const files = [];
  for (let k = 0; k < 8; k++) {
    mkdirSync(join(dir, 'lint', `${k}`), { recursive: true });
    for (const c of readdirSync(cases)) {
      const file = join(dir, 'lint', `${k}`, `${c}.cf`);
      cpSync(join(cases, c, 'policy.cf'), file);
      files.push(file);
    }
  }
  // Exit 1 is a policy with findings: the conformance cases have some on purpose.
  const perSecond = (count, pairRows) => pairRows.map(r => ({ ...r, note: `${Math.round(count / (r.ms / 1000))} files/s; ${r.note}` }));
  rows.push(...perSecond(files.length, pair(`lint of ${files.length} policies (vs --no-run)`, '>= 1,000 files/s',
    cfwasm('lint', ...files), cfwasm('lint', '--no-run', ...files), { exitCodes: [0, 1] })));
  // The same with no two texts alike (a comment line of its own atop each copy): lint lints a
  // text once, so the row above gains from the copies; this one does not.
  const distinct = files.map((file, i) => {
    const other = join(dir, 'lint-distinct', `${i}.cf`);
    mkdirSync(join(dir, 'lint-distinct'), { recursive: true });
    writeFileSync(other, `# copy ${i}\n${readFileSync(file, 'latin1')}`, 'latin1');
    return other;
  });
  rows.push(...perSecond(distinct.length, pair(`lint of ${distinct.length} distinct policies (vs --no-run)`, '>= 1,000 files/s',
    cfwasm('lint', ...distinct), cfwasm('lint', '--no-run', ...distinct), { exitCodes: [0, 1] })));
}

printTable(`issue #25: whole processes beside their yardsticks, medians of ${RUNS} alternating runs`, rows);
rmSync(dir, { recursive: true, force: true });

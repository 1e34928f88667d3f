// @fileoverview Lint throughput. 1. In this process: every conformance policy and every parseable
// manual example, with and without the non-convergence run (CF015); baseline: parsing alone.
// 2. Whole `cfwasm lint` processes on issue #25's 1,072 policies (the conformance policies x 8),
// and on 1,072 distinct ones (each copy with a comment line of its own: lint lints a text once):
// with the convergence runs on one thread per core (the default: this one and workers) and on one,
// beside `--no-run`, alternating, medians of CFWASM_BENCH_RUNS (default 3); wall and CPU time.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintPolicy } from '../dist/host/lint/lint.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { measure, printTable } from './table.mjs';

const repo = new URL('..', import.meta.url).pathname;
const shared = process.env.CFWASM_SHARED ?? join(repo, '..', 'shared');
const cases = join(shared, 'conformance', 'cases');
const policies = existsSync(cases) ? readdirSync(cases).map(c => readFileSync(join(cases, c, 'policy.cf'), 'latin1')) : [];
// Manual examples: the smallexample blocks of the command reference and the example files.
const manual = existsSync(join(shared, 'seeds')) ? readFileSync(join(shared, 'seeds', 'cfengine-1.4.9-manual.texi'), 'latin1') : '';
for (const m of manual.matchAll(/@smallexample\n([\s\S]*?)@end smallexample/g)) {
  policies.push(m[1].replace(/@var\{([^}]*)\}/g, '$1').replace(/@\{/g, '{').replace(/@\}/g, '}').replace(/@@/g, '@'));
}
const runtime = await nodeRuntime();
const time = fn => { fn(); const t = performance.now(); fn(); return performance.now() - t; };
const parseMs = time(() => policies.forEach((p, i) => runtime.parser.parse(p, `${i}.cf`)));
const rows = [];
for (const [name, noRun] of [['lint --no-run', true], ['lint (with the CF015 runs)', false]]) {
  const ms = time(() => policies.forEach((p, i) => lintPolicy(runtime, p, `${i}.cf`, { noRun })));
  rows.push({ name: `${name}, ${policies.length} policies`, ms, baselineMs: parseMs, note: `${Math.round(policies.length / (ms / 1000))} policies/s` });
}
printTable('lint: conformance policies and manual examples (baseline: parsing them)', rows);

if (existsSync(cases)) {
  const RUNS = Number(process.env.CFWASM_BENCH_RUNS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-lint-'));
  const files = [];
  // The same policies with no two texts alike (a comment line of its own atop each): lint lints
  // each text once, so the copies alone would make it look faster than it is.
  const distinct = [];
  for (let k = 0; k < 8; k++) {
    mkdirSync(join(dir, `${k}`));
    mkdirSync(join(dir, `distinct-${k}`));
    for (const c of readdirSync(cases)) {
      files.push(join(dir, `${k}`, `${c}.cf`));
      cpSync(join(cases, c, 'policy.cf'), files.at(-1));
      distinct.push(join(dir, `distinct-${k}`, `${c}.cf`));
      writeFileSync(distinct.at(-1), `# copy ${k}\n${readFileSync(files.at(-1), 'latin1')}`, 'latin1');
    }
  }
  const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;
  const cli = join(repo, 'bin', 'cfwasm.js');
  for (const [title, set] of [['policies (the conformance policies x 8)', files], ['distinct policies (each copy with a comment line of its own)', distinct]]) {
    const kinds = [['lint, threads: default', []], ['lint -j 1', ['-j', '1']], ['lint --no-run', ['--no-run']]];
    const runs = kinds.map(() => []);
    for (let i = 0; i <= RUNS; i++) {
      kinds.forEach(([, args], k) => {
        // Exit 1: the conformance cases have findings on purpose.
        const m = measure(process.execPath, [cli, 'lint', ...args, ...set], env, false, [0, 1]);
        if (i > 0) runs[k].push(m);
      });
    }
    const median = xs => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const base = median(runs[2].map(m => m.ms));
    printTable(`cfwasm lint of ${set.length} ${title}, whole processes (baseline: --no-run), medians of ${RUNS} alternating; ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
      kinds.map(([name], k) => {
        const ms = median(runs[k].map(m => m.ms));
        const cpu = runs[k][0].cpuMs == null ? '' : `; CPU ${Math.round(median(runs[k].map(m => m.cpuMs)))} ms`;
        return { name, ms, baselineMs: base, note: `${Math.round(set.length / (ms / 1000))} files/s${cpu}` };
      }));
  }
  rmSync(dir, { recursive: true, force: true });
}

// @fileoverview Lint throughput: every conformance policy and every parseable manual example in
// one process, with and without the non-convergence run (CF015). Baseline: parsing alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPolicy } from '../dist/host/lint/lint.js';
import { nodeRuntime } from '../dist/host/node/runtime.js';
import { printTable } from './table.mjs';

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

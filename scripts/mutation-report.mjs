#!/usr/bin/env node
// @ts-nocheck
/**
 * @fileoverview Reads StrykerJS JSON reports (reports/mutation/NAME.json).
 *   node scripts/mutation-report.mjs survivors REPORT.json   the mutants not detected, one a line:
 *     file:line:col, status, mutator, replacement, and the code line they change
 *   node scripts/mutation-report.mjs compare A.json B.json   mutants (same place, mutator and
 *     replacement) whose status differs between two runs, e.g. shared against isolated workers
 *   node scripts/mutation-report.mjs sample REPORT.json N STATUS   N mutants of that status, spread
 *     over the report, as Stryker `--mutate` ranges (file:line:col-line:col, comma-separated), to
 *     test them again another way (MUTATE_ISOLATE=1 MUTATE_ARGS="--force --mutate RANGES")
 *   node scripts/mutation-report.mjs count FILE.ts…   how many mutants Stryker makes in each file
 *     (its instrumenter alone, in seconds: no check, no test), to estimate a run before starting it
 */
import { readFileSync } from 'node:fs';

const [mode, ...files] = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
/** Each mutant with its file's name and source. */
function* mutants(report) {
  for (const [name, file] of Object.entries(report.files)) for (const m of file.mutants) yield { name, source: file.source, m };
}
const place = (name, m) => `${name}:${m.location.start.line}:${m.location.start.column}`;
const key = (name, m) => `${place(name, m)}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`;

if (mode === 'survivors' && files.length === 1) {
  for (const { name, source, m } of mutants(read(files[0]))) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const line = source.split('\n')[m.location.start.line - 1].trim();
    console.log(`${place(name, m)}\t${m.status}\t${m.mutatorName}\t${JSON.stringify(m.replacement ?? '')}\t${line}`);
  }
} else if (mode === 'compare' && files.length === 2) {
  const [a, b] = files.map((f) => new Map([...mutants(read(f))].map(({ name, m }) => [key(name, m), m.status])));
  let same = 0;
  for (const [k, s] of a) {
    if (!b.has(k)) continue;
    if (b.get(k) === s) same++;
    else console.log(`${k}\t${s} -> ${b.get(k)}`);
  }
  console.log(`${same} of ${[...a.keys()].filter((k) => b.has(k)).length} mutants in both have the same status`);
} else if (mode === 'sample' && files.length === 3) {
  const [report, n, status] = files;
  const all = [...mutants(read(report))].filter(({ m }) => m.status === status);
  const step = Math.max(1, all.length / Number(n));
  const picked = [];
  for (let i = 0; i < all.length && picked.length < Number(n); i += step) picked.push(all[Math.floor(i)]);
  // The report's columns count from 1, `--mutate`'s from 0 (Stryker 9.6's project-reader): taken
  // as they are, each range starts a column late and leaves out the mutant it was made from.
  const range = ({ name, m }) => `${name}:${m.location.start.line}:${m.location.start.column - 1}-${m.location.end.line}:${m.location.end.column - 1}`;
  console.log([...new Set(picked.map(range))].join(','));
} else if (mode === 'count' && files.length > 0) {
  // Stryker's own instrumenter, as `stryker run` calls it (default mutators, no exclusions).
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => {};
  const logger = { isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, debug: quiet, trace: quiet, info: quiet, warn: quiet, error: quiet, fatal: quiet };
  const result = await new Instrumenter(logger).instrument(files.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false });
  const per = new Map(files.map((f) => [f, 0]));
  for (const m of result.mutants) per.set(m.fileName, (per.get(m.fileName) ?? 0) + 1);
  for (const [f, n] of per) console.log(`${String(n).padStart(6)}  ${f}`);
  console.log(`${String(result.mutants.length).padStart(6)}  in all (before the checker's and ignoreStatic's share)`);
} else {
  console.error('usage: mutation-report.mjs survivors REPORT.json | compare A.json B.json | sample REPORT.json N STATUS | count FILE.ts…');
  process.exit(2);
}

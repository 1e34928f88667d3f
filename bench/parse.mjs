// @fileoverview Parse benchmark: a generated 1 MB policy and the whole conformance set.
// Baseline: web-tree-sitter's bare parse of the same text (no IR, no diagnostics), so the ratio
// is the cost of our layer; the native tree-sitter CLI's time is shown too when it is built.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { nodePolicyParser, grammarWasmPath } from '../dist/host/node/grammar.js';
import { bestOf, printTable } from './table.mjs';

const repo = new URL('..', import.meta.url).pathname;
const cases = join(process.env.CFWASM_SHARED ?? join(repo, '..', 'shared'), 'conformance', 'cases');

function generatedPolicy(bytes) {
  const parts = ['control:\n  actionsequence = ( files editfiles links tidy )\n  domain = ( example.org )\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const block = `files:\n  web${i}.Monday|db${i}::\n    /etc/app${i}/conf mode=0644 owner=root group=0 action=fixall\n` +
      `editfiles:\n  { /etc/app${i}/conf\n    AppendIfNoSuchLine "option${i} = $(domain)"\n` +
      `    ReplaceAll "old${i}" With "new${i}"\n  }\nlinks:\n  /usr/local/bin/app${i} -> /opt/app${i}/bin/app\n`;
    parts.push(block);
    size += block.length;
  }
  return parts.join('');
}

const parser = await nodePolicyParser();
await Parser.init();
const bare = new Parser();
bare.setLanguage(await Language.load(readFileSync(grammarWasmPath())));

const big = generatedPolicy(1_000_000);
const policies = existsSync(cases)
  ? readdirSync(cases).map(c => readFileSync(join(cases, c, 'policy.cf'), 'latin1'))
  : [];

const rows = [];
let nativeMs = null;
const ts = join(repo, '.tools', 'bin', 'tree-sitter');
if (existsSync(ts)) {
  const file = join(mkdtempSync(join(tmpdir(), 'cfwasm-bench-')), 'big.cf');
  writeFileSync(file, big);
  nativeMs = bestOf(3, () => execFileSync(ts, ['parse', '--quiet', file], { cwd: join(repo, 'grammar'), stdio: 'ignore' }));
}
rows.push({
  name: `generated policy (${(big.length / 1e6).toFixed(2)} MB)`,
  ms: bestOf(5, () => parser.parse(big, 'big.cf')),
  baselineMs: bestOf(5, () => bare.parse(big).delete()),
  note: nativeMs == null ? '' : `native tree-sitter CLI (process incl.): ${nativeMs.toFixed(1)} ms`,
});
if (policies.length) {
  rows.push({
    name: `conformance set (${policies.length} policies)`,
    ms: bestOf(5, () => policies.forEach((p, i) => parser.parse(p, `${i}.cf`))),
    baselineMs: bestOf(5, () => policies.forEach(p => bare.parse(p).delete())),
    note: '',
  });
}
printTable('parse: cfwasm (tree + IR + diagnostics) vs bare web-tree-sitter parse', rows);

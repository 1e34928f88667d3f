// @fileoverview Regex throughput: whole-line match, search and replace-all over a 4 MB
// config-like file for ten realistic patterns, through the core, beside V8's RegExp (pattern
// adapted) and glibc regexec (bench/regex-glibc.c, compiled here). Then pathological patterns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCore } from '../dist/host/node/core.js';
import { configText } from './config-text.mjs';
import { bestOf, printTable } from './table.mjs';

const PATTERNS = [
  'PermitRootLogin.*',
  '#.*',
  '.*192\\.168\\.[0-9]+\\.[0-9]+.*',
  '[[:space:]]*#?[[:space:]]*PasswordAuthentication[[:space:]]+(yes|no)',
  'root[0-9]*:[^:]*:0:[0-9]+:.*',
  '.*/bin/(ba|c|z)?sh',
  'tftp.*',
  '[a-z]+[[:space:]]+[0-9]+/(tcp|udp).*',
  '.*\\<localhost\\>.*',
  '(ftp|telnet|rsh|rlogin)[[:space:]].*',
];

/** POSIX ERE → JS RegExp source for timing (semantics differ: JS is leftmost-first). */
function toJs(p) {
  return p.replace(/\[:space:\]/g, '\\s').replace(/\[:alpha:\]/g, 'A-Za-z').replace(/\[:digit:\]/g, '0-9')
    .replace(/\\</g, '\\b').replace(/\\>/g, '\\b');
}

const repo = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cfwasm-bench-'));
let glibc = null;
try {
  glibc = join(dir, 'regex-glibc');
  execFileSync('cc', ['-O2', '-o', glibc, join(repo, 'bench', 'regex-glibc.c')], { stdio: 'pipe' });
} catch {
  glibc = null;
  console.log('(no C compiler: glibc column skipped)');
}
function glibcMs(file, pattern, mode) {
  if (!glibc) return null;
  const out = execFileSync(glibc, [file, pattern, mode, 'X'], { encoding: 'utf8', env: { LC_ALL: 'C' } });
  return Number(out.split(' ')[0]);
}

const core = await nodeCore();
const latin1 = s => Uint8Array.from(s, c => c.charCodeAt(0));

function run(title, text, patterns, runs = 3) {
  const file = join(dir, 'input.txt');
  writeFileSync(file, text, 'latin1');
  const bytes = latin1(text);
  // Both sides start from the whole text: the core scans it for line ends, V8 splits it.
  const split = () => {
    const l = text.split('\n');
    l.pop();
    return l;
  };
  const lines = split();
  const mb = bytes.length / 1e6;
  const rows = [];
  for (const p of patterns) {
    const h = core.regexCompile(latin1(p));
    const whole = new RegExp(`^(?:${toJs(p)})$`);
    const some = new RegExp(toJs(p));
    const global = new RegExp(toJs(p), 'g');
    for (const mode of ['whole', 'search', 'replace']) {
      let ours;
      let v8;
      if (mode === 'replace') {
        ours = bestOf(runs, () => core.regexReplaceAllLines(h, bytes, latin1('X')));
        v8 = bestOf(runs, () => split().map(l => l.replace(global, 'X')).join('\n'));
      } else {
        const re = mode === 'whole' ? whole : some;
        ours = bestOf(runs, () => core.regexCountMatchingLines(h, bytes, mode === 'whole'));
        v8 = bestOf(runs, () => { let c = 0; for (const l of split()) if (re.test(l)) c++; return c; });
      }
      const g = glibcMs(file, p, mode);
      rows.push([p.length > 44 ? `${p.slice(0, 41)}...` : p, mode, mb / (ours / 1e3), mb / (v8 / 1e3),
        g == null ? null : mb / (g / 1e3), v8 / ours, g == null ? null : g / ours]);
    }
  }
  const fmt = x => (x == null ? 'n/a' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const head = ['pattern', 'mode', 'cfwasm MB/s', 'V8 MB/s', 'glibc MB/s', 'V8/cfwasm time', 'glibc/cfwasm time'];
  const body = rows.map(r => [r[0], r[1], fmt(r[2]), fmt(r[3]), fmt(r[4]), r[5] == null ? 'n/a' : `${r[5].toFixed(2)}x`,
    r[6] == null ? 'n/a' : `${r[6].toFixed(2)}x`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)));
  console.log(`\n${title} (${mb.toFixed(2)} MB, ${lines.length} lines; a time ratio < 1 means cfwasm is slower)`);
  console.log(head.map((h, i) => h.padEnd(widths[i])).join('  '));
  console.log(widths.map(w => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(b.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

run('regex: realistic patterns', configText(4_000_000), PATTERNS);
// Pathological: exponential for a backtracking engine (V8), linear for ours and glibc's DFA.
run('regex: pathological patterns', `${'a'.repeat(24)}\n`.repeat(8), ['(a*)*b', '(a|aa)*c', '(a+)+$b'], 1);

// Linear time without back-references (D1): a search over 8n bytes should take about 8 times one
// over n bytes; quadratic or exponential behaviour would show 64x or far more.
{
  const rows = [];
  for (const [p, unit] of [['(a*)*b', 'a'], ['(a|aa)*c', 'a'], ['a?'.repeat(30) + 'a'.repeat(30), 'a'],
    ['(x+x+)+y', 'x'], ['(.*a){12}', 'a']]) {
    const h = core.regexCompile(latin1(p));
    const small = latin1(unit.repeat(2_000));
    const big = latin1(unit.repeat(16_000));
    const tSmall = bestOf(3, () => core.regexSearch(h, small));
    const tBig = bestOf(3, () => core.regexSearch(h, big));
    rows.push({ name: `${p.length > 30 ? `${p.slice(0, 27)}...` : p} on 16,000 vs 2,000 bytes`, ms: tBig, baselineMs: tSmall,
      note: 'linear: about 8x' });
  }
  printTable('regex: time against input size (8x the input)', rows);
}

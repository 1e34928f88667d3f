#!/usr/bin/env node
// @fileoverview The core's own functions in a callgrind profile of a Node process: callgrind has
// no names for V8's generated code, and names each piece of it by the address a call entered. A
// call into the core enters its function's slot in V8's wasm jump table (x64: 5-byte slots, 12 to
// each 64-byte line), so the slot's place gives the function's index, and engine/build/cfwasm.wat
// its name. Prints the main thread's instructions per core function, most first.
//
// Usage: valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=cg.%p node bin/cfwasm.js run …
//        node bench/callgrind-wasm.mjs cg.PID-01 [WAT] [COUNT]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [profile, watPath = fileURLToPath(new URL('../engine/build/cfwasm.wat', import.meta.url)), count = '30'] = process.argv.slice(2);
if (!profile) {
  console.error('usage: node bench/callgrind-wasm.mjs CALLGRIND-FILE [WAT] [COUNT]');
  process.exit(2);
}
const wat = readFileSync(watPath, 'utf8');
// Function indices count the imported functions first, in the order the text lists them.
const names = [...wat.matchAll(/^ \((?:import "[^"]*" "[^"]*" \(func (\$[^ )]+)|func (\$[^ )\n]+))/gm)].map(m => m[1] ?? m[2]);
const imports = [...wat.matchAll(/^ \(import "[^"]*" "[^"]*" \(func/gm)].length;
const text = execFileSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', profile], { encoding: 'utf8', maxBuffer: 1 << 28 });
const rows = [];
for (const line of text.split('\n')) {
  const m = /^\s*([\d,]+) .*\?\?\?:0x([0-9a-f]+)/.exec(line);
  if (m) rows.push({ n: Number(m[1].replaceAll(',', '')), at: BigInt(`0x${m[2]}`) });
}
// The jump table is the page that most unnamed entries fall in (the core's functions are called
// through it; other generated code is entered at scattered addresses).
const pages = new Map();
for (const r of rows) pages.set(r.at >> 12n, (pages.get(r.at >> 12n) ?? 0) + 1);
const table = [...pages].sort((a, b) => b[1] - a[1])[0]?.[0];
const byName = new Map();
let total = 0;
for (const r of rows) {
  if (r.at >> 12n !== table) continue;
  const off = Number(r.at & 0xfffn);
  const slot = Math.floor(off / 64) * 12 + Math.floor((off % 64) / 5);
  const name = names[imports + slot] ?? `function ${imports + slot}`;
  byName.set(name, (byName.get(name) ?? 0) + r.n);
  total += r.n;
}
console.log(`${total.toLocaleString('en')} instructions in the core's functions`);
for (const [name, n] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
  console.log(`${n.toLocaleString('en').padStart(14)}  ${name.slice(1)}`);
}

/**
 * A long policy is parsed in pieces (host/ir/parser.ts parsePieces), each tree lowered and deleted
 * before the next, so tree-sitter's memory stays that of a piece. Splitting must never change
 * the parse: the IR (places included) and the diagnostics of pieces are those of the whole text,
 * over the conformance policies, their fuzz mutants (test/support/mutants.ts, as fmt's fuzz), the
 * manual's examples and constructs written to put a path line where a split would be wrong.
 */
import { readFileSync } from 'node:fs';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runParsedPolicy } from '../../host/api/runtime.js';
import { Core } from '../../host/core/core.js';
import type { ParseResult } from '../../host/ir/parser.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { coreWasmPath } from '../../host/node/core.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseNames, loadCase } from '../conformance/corpus.js';
import { manualExamples } from '../support/manual.js';
import { generator, mutate } from '../support/mutants.js';

const runtime = await nodeRuntime();
const { parser } = runtime;

/** The parse of `text` whole, and in pieces of `pieceLength` (1: split wherever it may be split). */
function both(text: string, pieceLength = 1): { whole: ParseResult; pieces: ParseResult; count: number } {
  let count = 0;
  const whole = parser.parse(text, 'p.cf', { pieceLength: Infinity });
  const pieces = parser.parse(text, 'p.cf', { pieceLength, onPieces: n => { count = n; } });
  return { whole, pieces, count };
}

/** Compares the two parses; returns how many pieces there were. */
function same(text: string, label: string, pieceLength = 1): number {
  const { whole, pieces, count } = both(text, pieceLength);
  expect(JSON.stringify(pieces.policy), label).toBe(JSON.stringify(whole.policy));
  expect(pieces.diagnostics, label).toEqual(whole.diagnostics);
  return count;
}

describe('parsing in pieces', () => {
  it('gives the IR and diagnostics of the whole text: conformance policies, their fuzz mutants, manual examples', () => {
    let texts = 0;
    let split = 0;
    let seed = 1;
    const check = (text: string, label: string) => {
      texts++;
      if (same(text, label) > 1) split++;
    };
    for (const name of caseNames()) {
      const policy = loadCase(name).policy;
      check(policy, name);
      const r = generator(seed++);
      for (let i = 0; i < 12; i++) check(mutate(policy, r).mutant, `${name} mutant #${i}`);
    }
    for (const e of manualExamples()) check(e.text, `manual L${e.line}`);
    console.log(`pieces: ${texts} texts, ${split} of them split`);
    // The comparison means something only if many texts were really split (most conformance
    // policies are editfiles, whose path lines are inside blocks).
    expect(split).toBeGreaterThan(200);
  });

  it('never splits where a path line continues what is before it', () => {
    const texts = [
      'links:\n  /a ->\n/b\n  /c -> /d\n/e\n+> /f\n', // the arrow's target on the next line
      'miscmounts:\n  host:/src\n  /dst ro\n  /x /y\n', // a mount's second path
      'editfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "a"\n/etc/not-a-file\n  }\n  { /etc/b\n  }\n',
      'acl:\n  { acl1\n/x:y:z\n  }\n',
      'control:\n  actionsequence = ( files\n/bin/x\n)\nfiles:\n /a mode=644\n',
      'shellcommands:\n  "/bin/echo a\n/bin/echo b"\n  \'\n/c\'\n  `x\n/y`\n',
      'files:\n  /a mode=\n/b owner=root\n  /c # a comment \' " `\n/d\n',
      'files:\n  /a\n    mode=644 owner=root\n  /b\n    action=fixall\n  /c\n  fixall\n  =0644\n  [root]\n', // options, flags below a path
      'tidy:\n  /tmp\n\tpattern=*\n\tage=7\n',
      'files:\n  any::\n  /a\n  linux.!sun4::\n/b mode=644\n  (a|b)::\n/c\ntidy:\n/d pattern=*\n',
      'files:\n  /a\n/b ::\n/c\n', // an error in a piece: the whole text decides the diagnostics
      'import:\n  /etc/cf.a\n/etc/cf.b\nfiles:\n/x\n',
      'processes:\n  "sshd" restart\n"/usr/sbin/sshd"\n/x\n',
      'files:\r\n  /a mode=644\r\n\t/b\r\n  /c\n',
      '# only a comment\n/a\nfiles:\n /b\n',
      'editfiles:\n{ /a\n AppendIfNoSuchLine "{"\n{ x\n}\n  { /b\n}\n{ /c }\n',
      'control:\n  split = ( :\n{\n)\n',
      'files:\n' + '  /x\n'.repeat(50) + 'disable:\n' + '  /y\n'.repeat(50),
    ];
    for (const text of texts) same(text, JSON.stringify(text));
  });

  it('a big policy in pieces: the same IR as whole, places right; it runs in a core of bounded memory', async () => {
    const lines = ['control:\n  actionsequence = ( files )\n  domain = ( example.org )\nfiles:\n'];
    const n = 8000;
    for (let i = 0; i < n; i++) {
      if (i % 997 === 0) lines.push(`  linux.!never_${i}::\n`);
      if (i % 3001 === 0) lines.push('files:\n');
      lines.push(`  /big/f${i} mode=${i % 2 ? 644 : 600} action=fixall # item ${i}\n`);
    }
    const text = lines.join('');
    const count = same(text, 'big', 4096);
    expect(count).toBeGreaterThan(50);
    const { pieces } = both(text, 4096);
    const items = pieces.policy.sections.filter(s => s.name === 'files').flatMap(s => s.items);
    expect(items).toHaveLength(n);
    // The last item's place in the whole text.
    const lastLine = text.split('\n').length - 1;
    expect(items[n - 1].loc).toMatchObject({ line: lastLine, column: 3 });

    // A core of its own, so its memory is this run's alone (a core's memory never shrinks).
    const core = await Core.load(readFileSync(coreWasmPath()));
    const files = Object.fromEntries(Array.from({ length: n }, (_, i) => [`/big/f${i}`, '']));
    const result = runParsedPolicy(core, pieces, new MemoryHost(Volume.fromJSON(files), { now: 2e9 }), {
      dryRun: true, omitInfo: true, now: 2e9, releasePolicy: true,
    });
    expect(result.exitCode).toBe(0);
    // Every item reached its file: one chmod planned per file, to the item's mode.
    const chmods = result.changes.filter(c => c.op === 'chmod');
    expect(chmods).toHaveLength(n);
    expect(chmods[n - 1]).toMatchObject({ path: `/big/f${n - 1}`, mode: n % 2 ? '0600' : '0644' });
    // The items were let go as they were sent (releasePolicy), the diagnostics kept.
    expect(pieces.policy.sections.every(s => s.items.length === 0)).toBe(true);
    // The core's memory (request, IR and run; it grows by doubling, never shrinks): over 8 KB per
    // item when the request was one string and each JSON object a Map or two arrays; 28 MB now.
    expect(core.memoryBytes() / n).toBeLessThan(6 * 1024);
  });
});

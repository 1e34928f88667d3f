/**
 * `cfwasm lint` loads the memory host (memfs, ≈80 ms a thread) only when a trial run needs it:
 * an editfiles policy is checked by lint's own trial host alone; a policy whose trial runs list a
 * directory gets memfs loaded then, and the same findings as lintPolicy (host/lint/lint.ts) gives.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../host/ir/diagnostics.js';
import { lintPolicy } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { cfwasm } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'cfwasm-lint-memfs-'));
// Says so on stderr when anything in the process (or its workers) loads memfs.
const hook = join(dir, 'hook.cjs');
writeFileSync(hook, `const Module = require('node:module');
const load = Module._load;
let said = false;
Module._load = function (request, ...rest) {
  if (request.split(/[\\/]/).includes('memfs') && !said) { said = true; process.stderr.write('memfs loaded\\n'); }
  return load.call(this, request, ...rest);
};
`);
const lint = (file: string, ...args: string[]) => cfwasm(['lint', ...args, file], { env: { NODE_OPTIONS: `--require ${hook}` } });
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('cfwasm lint and the memory host', () => {
  it('an editfiles policy: its trial runs need no memfs, and a non-convergent edit is still found', () => {
    const file = write('edit.cf', 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n InsertLine "x"\n }\n');
    const r = lint(file, '-j', '1');
    expect(r.stdout).toBe(`${file}:5:2: warning: /etc/motd changes again on a second run: InsertLine inserts after the current line on every run (D3); guard it with a BeginGroupIfNo… that its own line satisfies [CF015]\n`);
    expect(r.stderr).toBe('');
  });

  it('a policy whose trial runs list a directory: memfs is loaded for it, with the findings of lintPolicy', async () => {
    const text = 'control:\n actionsequence = ( editfiles files )\nfiles:\n /etc/d mode=0644 r=inf action=fixall\n' +
      'editfiles:\n { /etc/d/x\n InsertLine "y"\n }\n';
    const file = write('deep.cf', text);
    const runtime = await nodeRuntime();
    const findings = (name: string, t: string) => lintPolicy(runtime, t, name).map(d => `${formatDiagnostic(d)}\n`).join('');
    const expected = findings(file, text);
    expect(expected).toContain('[CF015]');
    const r = lint(file, '-j', '1');
    expect(r.stdout).toBe(expected);
    expect(r.stderr).toBe('memfs loaded\n');
    // On a worker too: 20 texts (one a worker's first batch, another this thread's).
    const texts = Array.from({ length: 20 }, (_, i) => `# ${i}\n${text}`);
    const files = texts.map((t, i) => write(`deep-${i}.cf`, t));
    const many = cfwasm(['lint', '-j', '2', ...files], { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect(many.stdout).toBe(texts.map((t, i) => findings(files[i], t)).join(''));
    expect(many.stderr.split('memfs loaded\n').length - 1).toBe(2);
  });
});

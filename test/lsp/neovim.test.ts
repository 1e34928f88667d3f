/**
 * `cfwasm lsp` in Neovim (Debian's 0.7, headless, its built-in LSP client; test/lsp/neovim.lua):
 * diagnostics (CF012 as lint words it, with its "did you mean"), a hover on AppendIfNoSuchLine, a definition jump from a
 * selector to its group, document symbols, formatting. Without nvim it is skipped with the reason
 * (`apt-get install neovim`; .ci/run installs it), except under CI, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../host/api/index.js';
import { REPO } from '../support/shared.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const why = nvim.status === 0 ? null : 'nvim is not installed (apt-get install neovim)';
if (why && process.env.CI) throw new Error(`neovim e2e: ${why}`);
if (why) console.log(`neovim e2e: skipped: ${why}`);

const POLICY = `control:
actionsequence = ( editfiles )

groups:
  webservers = ( web1 )

editfiles:
  webserverz::
    { /etc/motd
      AppendIfNoSuchLine "Welcome"
    }
  webservers::
    { /etc/issue
      AppendIfNoSuchLine "x"
    }
`;

describe.skipIf(why)('cfwasm lsp in Neovim 0.7', () => {
  it('gives diagnostics, hover, definition, symbols and formatting to Neovim\'s own client', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-nvim-'));
    const policy = join(dir, 'cfengine.conf');
    const out = join(dir, 'out.json');
    writeFileSync(policy, POLICY);
    const r = spawnSync('nvim', ['--headless', '--clean', '-i', 'NONE', '-n', '-c', `luafile ${join(REPO, 'test', 'lsp', 'neovim.lua')}`], {
      encoding: 'utf8', timeout: 120_000,
      env: {
        ...process.env, HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, POLICY: policy, OUT: out, NODE: process.execPath,
        CFWASM: join(REPO, 'bin', 'cfwasm.js'), HOVER_LINE: '9', HOVER_COL: '8', DEF_LINE: '11', DEF_COL: '4',
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(readFileSync(out, 'utf8'));
    expect(got.error).toBeUndefined();
    // Diagnostics: what lint says, word for word.
    const expected = (await lint(POLICY, policy)).map(d => ({ line: d.loc.line - 1, col: d.loc.column - 1, code: d.code, message: d.message }));
    expect(expected.map(d => d.code)).toEqual(['CF012']);
    expect(got.diagnostics).toEqual(expected);
    expect(got.diagnostics[0].message).toMatch(/^class webserverz is never defined: .*; did you mean webservers\?$/);
    // Hover on AppendIfNoSuchLine: our description and the manual's lines.
    expect(got.hover.contents.value).toMatch(/^\*\*AppendIfNoSuchLine\*\*\n\n.*\n\n\(manual L8385-8387\)$/);
    // From the selector webservers:: to the group.
    expect(got.definition).toEqual([{ uri: `file://${policy}`, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 12 } } }]);
    expect(got.symbols.map((s: { name: string }) => s.name)).toEqual(['control:', 'groups:', 'editfiles:']);
    expect(got.symbols[2].children.map((s: { name: string }) => s.name)).toEqual(['/etc/motd', '/etc/issue']);
    // Formatting applied to the buffer: actionsequence indented as cfwasm fmt lays it out.
    expect(`${got.formatted}\n`).toBe(POLICY.replace('\nactionsequence', '\n  actionsequence'));
    // The typo fixed in the buffer, sent by Neovim as an incremental change: the CF012 is gone.
    expect(typeof got.sync === 'number' ? got.sync : got.sync.change).toBe(2); // TextDocumentSyncKind.Incremental
    expect(got.fixed).toBe(true);
  });
});

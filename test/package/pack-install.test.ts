/**
 * The npm package works (issue 16): `npm pack` gives a tarball holding what users need and
 * nothing else, which installs into an empty prefix with no build step (dependencies only) and
 * whose `cfwasm` runs the bundled example, lint, parse and fmt — from the CLI bundle and its code
 * cache, as in the checkout. The tarball is packed from the dist/ the test setup built (scripts
 * off: a build here would rewrite dist/ under the other tests); dependencies come from npm's
 * cache, else its registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';
import { startClient, uriOf } from '../lsp/client.js';

const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const haveNpm = npm.status === 0;
if (!haveNpm) console.warn('SKIPPED test/package/pack-install.test.ts: npm is not on PATH');

const work = fs.mkdtempSync(join(tmpdir(), 'cfwasm-pack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const prefix = join(work, 'prefix');
const installed = join(prefix, 'lib', 'node_modules', 'cfwasm');
let files: string[] = [];
let installOutput = '';

function run(bin: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8', cwd: work, env: { ...process.env, CFWASM_STATE_DIR: fs.mkdtempSync(join(work, 'state-')) },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!haveNpm)('the npm package', () => {
  beforeAll(() => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
      { cwd: REPO, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
    files = packed[0].files.map(f => f.path).sort();
    // Not --ignore-scripts: an install that tried to build would fail here (no compiler, no sources).
    const r = spawnSync('npm', ['install', '-g', '--prefix', prefix, join(work, packed[0].filename),
      '--prefer-offline', '--no-audit', '--no-fund'], { encoding: 'utf8', cwd: work });
    installOutput = r.stdout + r.stderr;
    if (r.status !== 0) throw new Error(`npm install failed:\n${installOutput}`);
  }, 300_000);

  it('holds the built core, grammar, CLI bundle and cache, the example; no sources, tests, CI or benchmarks', () => {
    for (const needed of ['bin/cfwasm.js', 'bin/load-cli.js', 'engine/build/cfwasm.wasm',
      'grammar/tree-sitter-cfengine.wasm', 'dist/host/cli/cfwasm.bundle.cjs', 'dist/host/cli/cfwasm.bundle.cjs.cache', 'dist/host/cli/cfwasm-run.bundle.cjs', 'dist/host/cli/cfwasm-run.bundle.cjs.cache',
      'dist/host/cli/entry.js', 'dist/host/node/remote/worker.bundle.cjs', 'dist/host/node/remote/worker.bundle.cjs.cache', 'dist/host/node/remote/early.bundle.cjs', 'dist/host/cli/lint-worker.bundle.cjs', 'dist/host/cli/lint-worker.bundle.cjs.cache', 'dist/host/api/index.js', 'dist/host/api/index.d.ts', 'examples/cfengine.conf',
      'README.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter(f => /^(test|bench|docs|scripts|\.ci|engine\/src|host|grammar\/(src|test|queries))\//.test(f) ||
      /\.(ts|map|wat)$/.test(f) && !f.endsWith('.d.ts'));
    expect(unwanted).toEqual([]);
  });

  it('installs with no build step: only its dependencies', () => {
    expect(installOutput).not.toMatch(/prepare|npm run build|asc /);
    expect(fs.readdirSync(join(installed, 'node_modules'))).toEqual(expect.arrayContaining(['memfs', 'web-tree-sitter',
      'vscode-languageserver', 'vscode-languageserver-textdocument']));
    const manifest = JSON.parse(fs.readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.scripts ?? {}).filter(s => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
  });

  it('its cfwasm runs the bundled example as the checkout does', () => {
    const example = ['run', '-f', join(installed, 'examples', 'cfengine.conf'), '--root', join(installed, 'examples', 'root'),
      '--dry-run', '--diff', '-D', 'webservers'];
    const r = run(join(prefix, 'bin', 'cfwasm'), example);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('would link files /usr/local/bin/app -> /opt/app/bin/app');
    expect(r.stdout).toContain('+Welcome to ');
    const checkout = run(join(REPO, 'bin', 'cfwasm.js'), example.map(a => a.replace(installed, REPO)));
    expect(r.stdout).toBe(checkout.stdout);
  });

  it('its cfwasm lints, parses and formats', () => {
    const policy = join(work, 'p.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\nfiles:\n /etc/motd mode=644 action=fixall\n');
    const broken = join(work, 'broken.cf');
    fs.writeFileSync(broken, 'control:\n actionsequence = ( files\n');
    const bin = join(prefix, 'bin', 'cfwasm');
    expect(run(bin, ['parse', policy])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(run(bin, ['parse', broken])).toMatchObject({ status: 1, stdout: expect.stringMatching(/broken\.cf:2:\d+: error: /) });
    expect(run(bin, ['lint', '--no-run', policy]).status).toBe(0);
    expect(run(bin, ['lint', broken]).status).toBe(1);
    const formatted = run(bin, ['fmt', policy]);
    expect(formatted.status).toBe(0);
    expect(formatted.stdout).toBe(run(join(REPO, 'bin', 'cfwasm.js'), ['fmt', policy]).stdout);
    expect(formatted.stdout).toContain('actionsequence = ( files )');
  });

  it('its cfwasm lsp answers an LSP client (vscode-languageserver from the installed dependencies)', async () => {
    const client = await startClient({ command: [join(prefix, 'bin', 'cfwasm'), 'lsp', '--stdio'], root: work, settings: { debounceMs: 0 } });
    try {
      const policy = join(work, 'lsp.cf');
      const published = client.nextDiagnostics(uriOf(policy));
      client.open(policy, 'control:\n actionsequence = ( files )\nfiles:\n /etc/motd mode=644 actoin=fixall\n');
      expect((await published).map(d => d.code)).toEqual(['CF008']);
    } finally {
      await client.close();
    }
  });

  it('loads the CLI bundle with its code cache from the installed place', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e',
      `const { compileBundle, loadCli } = await import(${JSON.stringify(join(installed, 'bin', 'load-cli.js'))});
      const { script } = compileBundle();
      const cli = await loadCli();
      console.log(JSON.stringify({ rejected: script.cachedDataRejected, fromBundle: !(Symbol.toStringTag in cli) }));`],
    { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ rejected: false, fromBundle: true });
  });
});

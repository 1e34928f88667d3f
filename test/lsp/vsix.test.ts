/**
 * The VS Code extension: scripts/build-vsix.mjs packages it with @vscode/vsce (offline); the
 * .vsix is unpacked, its manifest checked, and the server it carries started and asked for
 * diagnostics through an LSP client, from the unpacked copy alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// yauzl: the zip reader vsce itself uses.
import yauzl from 'yauzl';
import { lint } from '../../host/api/index.js';
import { REPO } from '../support/shared.js';
import { startClient, uriOf } from './client.js';

function unzip(file: string, into: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const names: string[] = [];
      zip.on('entry', entry => {
        names.push(entry.fileName);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', c => chunks.push(c));
          stream.on('end', () => {
            mkdirSync(dirname(join(into, entry.fileName)), { recursive: true });
            writeFileSync(join(into, entry.fileName), Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    });
  });
}

describe('editors/vscode', () => {
  it('builds a .vsix whose manifest and server work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfwasm-vsix-test-'));
    const vsix = join(dir, 'cfwasm.vsix');
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build-vsix.mjs'), vsix], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    const names = await unzip(vsix, join(dir, 'x'));
    expect(names).toEqual(expect.arrayContaining(['extension.vsixmanifest', 'extension/package.json', 'extension/dist/extension.js',
      'extension/server/dist/host/lsp/server.cjs', 'extension/server/engine/build/cfwasm.wasm']));
    const ext = join(dir, 'x', 'extension');
    const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
    expect(existsSync(join(ext, manifest.main))).toBe(true);
    expect(manifest.activationEvents).toEqual(['onLanguage:cfengine']);
    expect(manifest.contributes.languages[0]).toMatchObject({
      id: 'cfengine', extensions: ['.cf'], filenames: ['cfengine.conf'], filenamePatterns: ['cf.*'],
    });
    expect(readFileSync(join(dir, 'x', 'extension.vsixmanifest'), 'utf8')).toContain(`Version="${manifest.version}"`);
    // The server the extension starts (as vscode-languageclient forks it: --stdio --clientProcessId=N).
    const client = await startClient({
      root: dir, settings: { debounceMs: 0 },
      command: [process.execPath, join(ext, 'server', 'dist', 'host', 'lsp', 'server.cjs'), '--stdio', `--clientProcessId=${process.pid}`],
    });
    try {
      const policy = join(dir, 'cfengine.conf');
      const text = 'editfiles:\n  { /etc/motd\n    AppendIfNoSuchLin "x"\n  }\n';
      const published = client.nextDiagnostics(uriOf(policy));
      client.open(policy, text);
      const got = (await published).map(d => [d.code, d.message]);
      expect(got.map(d => d[0])).toEqual(['CF003']);
      expect(got).toEqual((await lint(text, policy)).map(d => [d.code, d.message]));
    } finally {
      await client.close();
    }
  });
});

// Packages editors/vscode as a .vsix with @vscode/vsce, offline, from a built checkout (npm run
// build first): `node scripts/build-vsix.mjs [OUT.vsix]` (default editors/vscode/cfwasm-VERSION.vsix).
// The extension carries its server: one CommonJS bundle of `cfwasm lsp` (vscode-languageserver,
// web-tree-sitter and memfs inside) laid out as in the package, so the server finds the core and
// the grammar where it looks for them (dist/host/… → ../../../engine, grammar), and
// web-tree-sitter finds its runtime beside the bundle.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const source = join(repo, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const out = resolve(process.argv[2] ?? join(source, `${manifest.name}-${manifest.version}.vsix`));

const needed = [join(repo, 'dist', 'host', 'lsp', 'command.js'), join(repo, 'engine', 'build', 'cfwasm.wasm')];
for (const f of needed) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build first`);

const esbuild = await import('esbuild');
const stage = mkdtempSync(join(tmpdir(), 'cfwasm-vsix-'));
try {
  for (const f of ['package.json', 'README.md', 'language-configuration.json', '.vscodeignore']) copyFileSync(join(source, f), join(stage, f));
  // The extension: its client library inside, VS Code's API outside.
  await esbuild.build({
    entryPoints: [join(source, 'src', 'extension.js')], outfile: join(stage, 'dist', 'extension.js'),
    bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'warning',
  });
  // The server.
  const serverDir = join(stage, 'server', 'dist', 'host', 'lsp');
  await esbuild.build({
    stdin: {
      contents: `import { lspCommand } from ${JSON.stringify(join(repo, 'dist', 'host', 'lsp', 'command.js'))};\n` +
        'lspCommand(process.argv.slice(2)).then(status => { process.exitCode = status; }, e => { process.stderr.write(`cfwasm lsp: ${e.message}\\n`); process.exitCode = 2; });\n',
      resolveDir: repo, loader: 'js',
    },
    outfile: join(serverDir, 'server.cjs'),
    bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  copyFileSync(join(repo, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'), join(serverDir, 'tree-sitter.wasm'));
  for (const [from, to] of [['engine/build/cfwasm.wasm', 'server/engine/build/cfwasm.wasm'], ['grammar/tree-sitter-cfengine.wasm', 'server/grammar/tree-sitter-cfengine.wasm']]) {
    mkdirSync(join(stage, to, '..'), { recursive: true });
    copyFileSync(join(repo, from), join(stage, to));
  }
  // The licence the extension is under (the project's), as vsce wants a LICENSE file.
  writeFileSync(join(stage, 'LICENSE'), 'cfwasm is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).\n');
  const { createVSIX } = await import('@vscode/vsce');
  await createVSIX({ cwd: stage, packagePath: out, dependencies: false, allowMissingRepository: true, skipLicense: false });
  process.stdout.write(`${out}\n`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

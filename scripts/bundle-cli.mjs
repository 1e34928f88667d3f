// Makes the CLI bundles and their V8 code caches (run by npm run build, after tsc):
// 1. dist/host/cli/entry.js and everything it imports, as one CommonJS file beside it (so the
//    paths the modules compute from their own URL stay right); tree-sitter, memfs and the
//    language server's library stay outside, loaded when needed. `run` alone
//    (dist/host/cli/run-entry.js) likewise, as cfwasm-run.bundle.cjs: bin/load-cli.js says why.
//    The remote copy worker (dist/host/node/remote/worker.js) likewise, as worker.bundle.cjs, and
//    early.js (which starts that worker before the CLI loads) as early.bundle.cjs; the lint
//    worker (dist/host/cli/lint-worker.js) as lint-worker.bundle.cjs.
// 2. Training runs of the bundled example whose compiled functions are saved as each bundle's
//    code cache (in a fresh process: the cache must be made under the V8 flags a `cfwasm run`
//    starts with): a dry run with --diff, then the run itself on a copy of its root, so that
//    what a real run does (saves, lock writes) is in the cache too, not compiled from source at
//    each run (cfwasm-run.bundle.cjs.cache); the same with the whole CLI's bundle on a copy of
//    its own, then a lint of the example, for every other command (cfwasm.bundle.cjs.cache).
// 3. The remote copy worker's code cache (worker.bundle.cjs.cache), trained by copies from a
//    small server of cf-serverd's protocol (scripts/train-remote-worker.mjs).
// 4. The lint worker's code cache likewise, in a fresh process under the flags `cfwasm lint`
//    gives its workers (the wasm tiering every command but run sets, and no TurboFan, before
//    they start: host/cli/wasm-tiering.ts): a worker
//    started as lint starts it lints the example, then hands back its cache.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { BUNDLE_WRAPPER, bundlePath, compileBundle, lintWorkerBundlePath, runBundlePath } = await import('../bin/load-cli.js');
/** The example on the copy of its root in `work`, with its state there. */
const example = (work, ...options) => ['run', '-f', join(repo, 'examples', 'cfengine.conf'), '--root', join(work, 'root'),
  '--state-dir', join(work, 'state'), ...options];

if (process.argv[2] === '--fill') {
  // A dry run of the example with the bundle named, which parses it into the state directory's
  // policy cache under that bundle's stamp (cli/policy-cache.ts): a parse sets V8 flags, so it is
  // done here, not in the process that trains.
  process.stdout.write = () => true;
  await compileBundle(process.argv[4]).exports.main(example(process.argv[3], '--dry-run'));
} else if (process.argv[2] === '--train') {
  // The policy is in the state directory's cache already: these runs are the common ones.
  const bundle = process.argv[4];
  const { exports, script } = compileBundle(bundle);
  process.stdout.write = () => true;
  await exports.main(example(process.argv[3], '--dry-run', '--diff'));
  await exports.main(example(process.argv[3]));
  if (bundle === runBundlePath && process.env.CFWASM_TRAIN_EXTRA) for (const args of JSON.parse(process.env.CFWASM_TRAIN_EXTRA)) await exports.main(args);
  // Lint's code in the whole CLI's cache only: a run would deserialise it at each start for nothing.
  if (bundle === bundlePath) await exports.main(['lint', '-j', '1', join(repo, 'examples', 'cfengine.conf')]);
  writeFileSync(`${bundle}.cache`, script.createCachedData());
} else if (process.argv[2] === '--train-lint-worker') {
  const dist = join(repo, 'dist', 'host');
  // The flags lint gives its workers' threads: the wasm tiering, and no TurboFan (lint-files.ts).
  const tiering = await import(join(dist, 'cli', 'wasm-tiering.js'));
  tiering.baselineCompilerOnly();
  tiering.noOptimisingJit();
  const { startWorkers } = await import(join(dist, 'cli', 'lint-files.js'));
  const { coreWasmPath } = await import(join(dist, 'node', 'core.js'));
  const coreModule = await WebAssembly.compile(readFileSync(coreWasmPath()));
  const [worker] = startWorkers(1, { options: {}, coreModule, trainCodeCache: true });
  const file = join(repo, 'examples', 'cfengine.conf');
  const cache = await new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', m => {
      if (m.failed) reject(new Error(m.failed));
      else if (m.results) worker.postMessage({ codeCache: true });
      else if (m.codeCache) resolve(m.codeCache);
    });
    worker.postMessage({ batch: [{ index: 0, file, text: readFileSync(file, 'utf8') }] });
  });
  await worker.terminate();
  writeFileSync(`${lintWorkerBundlePath}.cache`, cache);
} else {
  const esbuild = await import('esbuild');
  rmSync(`${bundlePath}.cache`, { force: true });
  rmSync(`${bundlePath}.all.cache`, { force: true }); // (made by builds before the run bundle)
  rmSync(`${runBundlePath}.cache`, { force: true });
  rmSync(`${lintWorkerBundlePath}.cache`, { force: true });
  rmSync(join(repo, 'dist', 'host', 'node', 'remote', 'worker.bundle.cjs.cache'), { force: true });
  // Each bundle once built: esbuild gives each module's `import * as fs from 'node:fs'` its own
  // namespace object, a getter defined per export (node:fs has about a hundred); made once per
  // built-in instead, these were ≈3 ms of a small run's start.
  const finish = {
    name: 'finish',
    setup(build) {
      build.onEnd(() => {
        const file = build.initialOptions.outfile;
        let text = readFileSync(file, 'utf8');
        const shared = text.replace(/__toESM\(require\(("node:[a-z_/]+")\), 1\)/g, '__builtinNamespace($1)');
        if (shared !== text) text = `${shared}function __builtinNamespace(id) {
  const made = __builtinNamespace.made ??= new Map();
  if (!made.has(id)) made.set(id, __toESM(require(id), 1));
  return made.get(id);
}
`;
        // ASCII only (esbuild leaves some comments and a regular expression as they were): Node
        // reads an ASCII file into a string several times faster than one with other characters.
        // An escape means the same in a string, a regular expression or a name, and nothing in a comment.
        text = text.replace(/[^\x00-\x7f]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        // The CLI's bundle is written inside the function wrapper bin/load-cli.js compiles it in,
        // so that the text read is compiled as it is: wrapped at each start, it was a second copy
        // of the whole source in the heap.
        if (file === bundlePath || file === lintWorkerBundlePath) text = `${BUNDLE_WRAPPER}${text}\n})`;
        writeFileSync(file, text);
      });
    },
  };
  // Every bundle is a CommonJS file, which has a `require` of its own: the modules' createRequire
  // (always of their own URL, always for Node's built-ins) is that one. node:module itself,
  // loaded, brings Node's ES module loader and source map modules with it: ≈0.5 M instructions of
  // every run, for the one function.
  const ownRequire = {
    name: 'own-require',
    setup(build) {
      build.onResolve({ filter: /^node:module$/ }, () => ({ path: 'node:module', namespace: 'own-require' }));
      build.onLoad({ filter: /.*/, namespace: 'own-require' }, () => ({
        loader: 'js',
        // A module's own path would resolve other names than the bundle's: only built-ins are asked for.
        contents: `export function createRequire() {
  return id => {
    if (!id.startsWith('node:')) throw new Error(\`\${id}: a bundled module asks only for Node's built-ins\`);
    return require(id);
  };
}
`,
      }));
    },
  };
  const commonJs = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // import.meta.url made when first asked for: the early bundle never asks. A module's path
    // and directory (import.meta.filename and dirname, Node 20.11) are the bundle's, with no URL
    // made or parsed (node:url's functions compiled at first use were ≈1 M instructions of a run).
    // The version a constant (host/cli/version.ts): no read of package.json at each run.
    define: {
      'import.meta.url': '__importMeta.url',
      'import.meta.filename': '__filename',
      'import.meta.dirname': '__dirname',
      CFWASM_BUILT_VERSION: JSON.stringify(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version),
    },
    banner: { js: "const __importMeta = { get url() { return this.made ??= require('node:url').pathToFileURL(__filename).href; } };" },
    logLevel: 'warning',
    plugins: [finish, ownRequire],
  };
  await esbuild.build({
    ...commonJs,
    entryPoints: [join(repo, 'dist', 'host', 'cli', 'entry.js')],
    outfile: bundlePath,
    external: ['web-tree-sitter', 'memfs', 'vscode-languageserver', 'vscode-languageserver-textdocument'],
  });
  await esbuild.build({
    ...commonJs,
    entryPoints: [join(repo, 'dist', 'host', 'cli', 'run-entry.js')],
    outfile: runBundlePath,
    external: ['web-tree-sitter', 'memfs'],
  });
  // The remote copy worker as one CommonJS file too: a worker thread loads it at each run that
  // copies from servers, and ESM's loader costs it more than the code (host/node/remote/early.ts).
  await esbuild.build({
    ...commonJs,
    entryPoints: [join(repo, 'dist', 'host', 'node', 'remote', 'worker.js')],
    outfile: join(repo, 'dist', 'host', 'node', 'remote', 'worker.bundle.cjs'),
  });
  // The lint worker (host/cli/lint-worker.ts) likewise: `cfwasm lint` starts one per core.
  await esbuild.build({
    ...commonJs,
    entryPoints: [join(repo, 'dist', 'host', 'cli', 'lint-worker.js')],
    outfile: join(repo, 'dist', 'host', 'cli', 'lint-worker.bundle.cjs'),
    external: ['web-tree-sitter', 'memfs'],
  });
  // And what bin/cfwasm.js loads before the CLI to start that worker early (early.ts).
  await esbuild.build({
    ...commonJs,
    entryPoints: [join(repo, 'dist', 'host', 'node', 'remote', 'early.js')],
    outfile: join(repo, 'dist', 'host', 'node', 'remote', 'early.bundle.cjs'),
  });
  const work = mkdtempSync(join(tmpdir(), 'cfwasm-train-'));
  try {
    // Each bundle trained on a copy of the example's root of its own (the real run changes it).
    for (const bundle of [runBundlePath, bundlePath]) {
      const own = join(work, bundle === runBundlePath ? 'run' : 'all');
      cpSync(join(repo, 'examples', 'root'), join(own, 'root'), { recursive: true });
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--fill', own, bundle], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--train', own, bundle], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--train-lint-worker'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync(process.execPath, [join(repo, 'scripts', 'train-remote-worker.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

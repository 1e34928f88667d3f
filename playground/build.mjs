// Builds the playground into playground/dist: index.html, style.css, main.js (the page),
// worker.js (the core, in a Web Worker) and the three wasm files. Everything is local: the
// folder can be served by any static host. `node playground/build.mjs` (npm run playground:build).
import { build } from 'esbuild';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBuildOptions, REPO, WASM_ASSETS } from './build-config.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const DIST = join(HERE, 'dist');

/** The bundled example (examples/cfengine.conf on examples/root) as a module of the page. */
function bundledExample() {
  const root = join(REPO, 'examples', 'root');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const st = lstatSync(full);
      const path = `/${relative(root, full)}`;
      if (st.isDirectory()) {
        files.push({ path, type: 'dir', mode: st.mode & 0o7777 });
        walk(full);
      } else if (st.isFile()) files.push({ path, type: 'file', mode: st.mode & 0o7777, base64: readFileSync(full).toString('base64') });
    }
  };
  walk(root);
  return { policy: readFileSync(join(REPO, 'examples', 'cfengine.conf'), 'utf8'), files };
}

const examplesPlugin = {
  name: 'bundled-example',
  setup(b) {
    b.onResolve({ filter: /^bundled-example$/ }, () => ({ path: 'bundled-example', namespace: 'bundled-example' }));
    b.onLoad({ filter: /.*/, namespace: 'bundled-example' }, () => ({ contents: JSON.stringify(bundledExample()), loader: 'json' }));
  },
};

/** Builds into `outdir` (default playground/dist; tests build into folders of their own). */
export async function buildPlayground({ minify = true, outdir = DIST } = {}) {
  for (const [name, path] of Object.entries(WASM_ASSETS)) {
    if (!existsSync(path)) throw new Error(`${name}: ${path} is missing: run npm run build first`);
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const common = { ...browserBuildOptions, format: 'iife', minify, sourcemap: false, target: 'es2022', logLevel: 'warning' };
  await Promise.all([
    // The worker reads test cases with host/testing/cases.ts, whose node:fs is an in-memory volume here.
    build({
      ...common, entryPoints: [join(HERE, 'src', 'worker.ts')], outfile: join(outdir, 'worker.js'), loader: { '.scm': 'text' },
      alias: { ...common.alias, 'node:fs': join(HERE, 'src', 'case-fs.ts') },
      inject: [...common.inject, join(HERE, 'src', 'buffer-global.ts')],
    }),
    build({ ...common, entryPoints: [join(HERE, 'src', 'main.ts')], outfile: join(outdir, 'main.js'), plugins: [examplesPlugin] }),
  ]);
  for (const [name, path] of Object.entries(WASM_ASSETS)) copyFileSync(path, join(outdir, name));
  for (const name of ['index.html', 'style.css']) copyFileSync(join(HERE, 'src', name), join(outdir, name));
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  await buildPlayground({ minify: !process.argv.includes('--dev') });
  const size = readdirSync(DIST).reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
  console.log(`playground: built ${relative(process.cwd(), DIST) || DIST} (${(size / 1024).toFixed(0)} KB) in ${Date.now() - t0} ms`);
}

/**
 * The installed command runs the CLI bundle with its build-time code cache (bin/load-cli.js,
 * scripts/bundle-cli.mjs): a fresh Node accepts the cache, and the bundle is the code the tests
 * of the CLI run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const probe = (code: string) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: REPO, encoding: 'utf8' });

describe('the CLI bundle', () => {
  it('does what the modules it was made of do: the same output and exit status for each command', () => {
    // The build made the bundle just now, so its age proves nothing; its behaviour is compared.
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-bundle-'));
    const bad = join(dir, 'bad.cf');
    fs.writeFileSync(bad, 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n DeleteLinesMatching "ab(c"\n InsertLine "x"\n }\n');
    const example = join(REPO, 'examples', 'cfengine.conf');
    const commands = [
      ['parse', '--ir', example],
      ['lint', '--format', 'json', bad],
      ['fmt', '--diff', bad],
      ['run', '-f', example, '--root', join(REPO, 'examples', 'root'), '--dry-run', '--diff', '-D', 'webservers', '--state-dir', join(dir, 'state')],
      ['test', join(REPO, 'test', 'cases')],
      ['nosuchcommand'],
    ];
    const viaBoth = (argv: string[]) => ['bundle', 'modules'].map(which => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `
        const argv = ${JSON.stringify(argv)};
        const { bundleFor, compileBundle } = await import('./bin/load-cli.js');
        const cli = ${JSON.stringify(which)} === 'bundle'
          ? compileBundle(bundleFor(argv[0])).exports
          : await import('./dist/host/cli/entry.js');
        process.exitCode = await cli.main(argv);`], { cwd: REPO, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    });
    try {
      for (const argv of commands) {
        const [bundle, modules] = viaBoth(argv);
        expect(bundle, argv.join(' ')).toEqual(modules);
        expect(bundle.stdout + bundle.stderr, argv.join(' ')).not.toBe('');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(fs.statSync(join(REPO, 'dist', 'host', 'cli', 'cfwasm.bundle.cjs.cache')).size).toBeGreaterThan(10_000);
    expect(fs.statSync(join(REPO, 'dist', 'host', 'cli', 'cfwasm-run.bundle.cjs.cache')).size).toBeGreaterThan(10_000);
  });

  it('a fresh Node compiles it from the cache (not rejected) and gets the CLI', () => {
    const out = probe(`const { compileBundle } = await import('./bin/load-cli.js');
      const { exports, script } = compileBundle();
      console.log(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof exports.main, tiering: typeof exports.baselineCompilerOnly }));`);
    expect(JSON.parse(out)).toEqual({ rejected: false, main: 'function', tiering: 'function' });
  });

  it("run has a bundle of its own, with its own cache: none of the other commands' code (a run holds all of its text, and deserialises all of its cache)", () => {
    const accepted = (command: string) => JSON.parse(probe(`const { bundleFor, compileBundle } = await import('./bin/load-cli.js');
      const { script } = compileBundle(bundleFor(${JSON.stringify(command)}));
      console.log(JSON.stringify({ bundle: bundleFor(${JSON.stringify(command)}), rejected: script.cachedDataRejected }));`));
    const run = accepted('run');
    const others = ['lint', 'parse', 'fmt', 'key', 'test', 'lsp'].map(accepted);
    expect(run.rejected).toBe(false);
    for (const other of others) expect(other).toEqual({ bundle: others[0].bundle, rejected: false });
    expect(run.bundle).not.toBe(others[0].bundle);
    const text = (bundle: string) => fs.readFileSync(bundle, 'latin1');
    // esbuild names each module it put in: lint's, the language server's, the other commands' are not in run's.
    for (const other of ['dist/host/lint/', 'dist/host/lsp/', 'dist/host/cli/lint-command.js', 'dist/host/cli/fmt-command.js', 'dist/host/cli/test-command.js']) {
      expect(text(others[0].bundle), other).toContain(`// ${other}`);
      expect(text(run.bundle), other).not.toContain(`// ${other}`);
    }
    expect(text(run.bundle)).toContain('// dist/host/cli/run-command.js');
    expect(fs.statSync(run.bundle).size).toBeLessThan(0.7 * fs.statSync(others[0].bundle).size);
    // Lint's code is in the other's cache only: it is the larger by far.
    expect(fs.statSync(`${others[0].bundle}.cache`).size).toBeGreaterThan(1.1 * fs.statSync(`${run.bundle}.cache`).size);
  });

  it("the lint worker's bundle has a code cache too, taken under the flags lint gives its workers and no other", () => {
    // As `cfwasm lint` does: the tiering set (bin/cfwasm.js, every command but run) and TurboFan
    // off (lint-files.ts, before its workers start), then a worker started by startWorkers, whose
    // code is bin/load-cli.js compiling the bundle with its cache.
    const probeWorker = (tiering: boolean, unoptimised = tiering) => JSON.parse(execFileSync(process.execPath, ['-e', `
      (async () => {
        const flags = await import('./dist/host/cli/wasm-tiering.js');
        if (${tiering}) flags.baselineCompilerOnly();
        if (${unoptimised}) flags.noOptimisingJit();
        const { Worker } = require('node:worker_threads');
        // The bundle starts loading the core from workerData, which holds none here: that rejection
        // is not what is asked, and a loaded machine let it end the worker before it answered.
        const w = new Worker(\`process.on('unhandledRejection', () => {});
          const { compileBundle, lintWorkerBundlePath } = require('./bin/load-cli.js');
          const { script } = compileBundle(lintWorkerBundlePath);
          require('node:worker_threads').parentPort.postMessage({ rejected: script.cachedDataRejected, exports: typeof module });\`,
          { eval: true, execArgv: [], workerData: { options: {} } });
        w.on('message', m => { console.log(JSON.stringify(m)); w.terminate(); });
      })();`], { cwd: REPO, encoding: 'utf8' }));
    expect(fs.statSync(join(REPO, 'dist', 'host', 'cli', 'lint-worker.bundle.cjs.cache')).size).toBeGreaterThan(10_000);
    expect(probeWorker(true).rejected).toBe(false);
    // Made under other flags: V8 refuses it, and the bundle is compiled from its text.
    expect(probeWorker(false).rejected).toBe(true);
    expect(probeWorker(true, false).rejected).toBe(true);
  });

  it("the remote copy worker's bundle has a code cache, trained by copies, taken by a worker started as a run starts it and under no other flags", () => {
    // As bin/cfwasm.js starts it (early.ts spawnWorker, whose loader compiles the bundle with the
    // cache beside it); the worker is asked for the cache of what it compiled, and whether V8 took
    // the build's. With other V8 flags set first (the tiering other commands set), V8 refuses it.
    // (Not --input-type=module: the worker's loader would be evaluated as a module too.)
    const probeWorker = (tiering: boolean) => JSON.parse(execFileSync(process.execPath, ['-e', `(async () => {
      if (${tiering}) (await import('./dist/host/cli/wasm-tiering.js')).baselineCompilerOnly();
      const early = await import('./dist/host/node/remote/early.js');
      const handle = early.spawnWorker(early.workerPath(), null, true);
      handle.worker.ref(); // (a run's worker does not keep the process alive; this one must, until it answers)
      handle.worker.on('message', (m) => {
        if (!m.codeCache) return;
        console.log(JSON.stringify({ rejected: m.rejected, size: m.codeCache.length }));
        early.endWorker(handle);
      });
      handle.worker.postMessage({ codeCache: true });
    })();`], { cwd: REPO, encoding: 'utf8' }));
    const bundle = join(REPO, 'dist', 'host', 'node', 'remote', 'worker.bundle.cjs');
    expect(probeWorker(false).rejected).toBe(false);
    expect(probeWorker(true).rejected).toBe(true);
    // Trained: it holds the functions a copy calls, not only what loading the bundle compiles (a
    // cache made right after compiling it, as the worker's start does, is much smaller).
    const untrained = Number(execFileSync(process.execPath, ['-e', `
      const fs = require('node:fs');
      const script = new (require('node:vm').Script)('(function (exports, require, module, __filename, __dirname) {' + fs.readFileSync(${JSON.stringify(bundle)}, 'utf8') + '\\n})');
      console.log(script.createCachedData().length);`], { encoding: 'utf8' }));
    expect(fs.statSync(`${bundle}.cache`).size).toBeGreaterThan(3 * untrained);
  });

  it('is written in the CommonJS wrapper it runs in, so its text is compiled as read (not copied into one)', () => {
    const out = probe(`const { BUNDLE_WRAPPER, bundlePath } = await import('./bin/load-cli.js');
      const { readFileSync } = await import('node:fs');
      const { Script } = await import('node:vm');
      const text = readFileSync(bundlePath, 'utf8');
      const made = new Script(text).runInThisContext();
      console.log(JSON.stringify({ wrapped: text.startsWith(BUNDLE_WRAPPER), made: typeof made, params: made.length }));`);
    expect(JSON.parse(out)).toEqual({ wrapped: true, made: 'function', params: 5 });
  });

  it('is what bin/cfwasm.js loads', () => {
    const out = probe(`const { loadCli } = await import('./bin/load-cli.js');
      const cli = await loadCli();
      console.log(JSON.stringify({ fromBundle: !(Symbol.toStringTag in cli) }));`);
    // The modules' namespace object has a toStringTag ('Module'); the bundle's exports do not.
    expect(JSON.parse(out)).toEqual({ fromBundle: true });
  });
});

describe('bin/cfwasm.js chooses between the bundle and the modules', () => {
  // A stand-in package: the real bin/, and a dist/ whose bundle and modules say which ran.
  function standIn(bundleAge: number | null) {
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-bin-'));
    const cli = join(dir, 'dist', 'host', 'cli');
    fs.mkdirSync(join(dir, 'bin'), { recursive: true });
    fs.mkdirSync(cli, { recursive: true });
    for (const f of ['cfwasm.js', 'load-cli.js', 'package.json']) fs.copyFileSync(join(REPO, 'bin', f), join(dir, 'bin', f));
    fs.writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const say = (who: string) => `async (argv) => { process.stdout.write('${who} ' + argv.join(' ')); return 0; }`;
    fs.writeFileSync(join(cli, 'entry.js'), `export const main = ${say('modules')};\nexport function baselineCompilerOnly() {}\n`);
    const now = Date.now() / 1000;
    if (bundleAge !== null) {
      // The whole CLI's, and run's own.
      for (const [file, who] of [['cfwasm.bundle.cjs', 'bundle'], ['cfwasm-run.bundle.cjs', 'run bundle']]) {
        fs.writeFileSync(join(cli, file), `module.exports = { main: ${say(who)}, baselineCompilerOnly() {} };\n`);
        fs.utimesSync(join(cli, file), now + bundleAge, now + bundleAge);
      }
      fs.utimesSync(join(cli, 'entry.js'), now, now);
    }
    const out = ['run', 'fmt'].map(command => execFileSync(process.execPath, [join(dir, 'bin', 'cfwasm.js'), command, '-x'], { encoding: 'utf8' }));
    fs.rmSync(dir, { recursive: true });
    return out;
  }

  it('the bundle when it is at least as new as the modules: run\'s own for a run, the whole CLI\'s for the rest', () => {
    expect(standIn(+10)).toEqual(['run bundle run -x', 'bundle fmt -x']);
  });

  it('the modules when the bundle is older (a tsc alone) or missing', () => {
    expect(standIn(-10)).toEqual(['modules run -x', 'modules fmt -x']);
    expect(standIn(null)).toEqual(['modules run -x', 'modules fmt -x']);
  });
});

/**
 * A package of the run bundle alone (no modules beside it), with the core, grammar and libraries
 * of this checkout (the grammar copied with `ownGrammar`, to touch its files), and a converged
 * policy; `parsed()` runs it and says whether the run parsed the policy (only a parse loads
 * node:v8, to set V8's flags for tree-sitter) rather than taking it from the cache.
 */
function stagedRun(ownGrammar: boolean): { dir: string; cli: string; parsed: () => boolean } {
  const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-stamp-'));
  const cli = join(dir, 'dist', 'host', 'cli');
  fs.mkdirSync(join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(cli, { recursive: true });
  for (const f of ['cfwasm.js', 'load-cli.js', 'package.json']) fs.copyFileSync(join(REPO, 'bin', f), join(dir, 'bin', f));
  for (const f of ['cfwasm-run.bundle.cjs', 'cfwasm-run.bundle.cjs.cache']) fs.copyFileSync(join(REPO, 'dist', 'host', 'cli', f), join(cli, f));
  if (ownGrammar) {
    fs.mkdirSync(join(dir, 'grammar'));
    for (const f of ['grammar.js', 'tree-sitter-cfengine.wasm']) fs.copyFileSync(join(REPO, 'grammar', f), join(dir, 'grammar', f));
  }
  for (const d of ['engine', 'node_modules', ...(ownGrammar ? [] : ['grammar'])]) fs.symlinkSync(join(REPO, d), join(dir, d));
  fs.copyFileSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  fs.mkdirSync(join(dir, 'root', 'etc'), { recursive: true });
  fs.writeFileSync(join(dir, 'root', 'etc', 'motd'), 'hello\n');
  fs.writeFileSync(join(dir, 'p.cf'), 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
  const hook = join(dir, 'hook.cjs');
  fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(join(dir, 'loaded'))}, process.moduleLoadList.join('\\n')));`);
  const parsed = () => {
    execFileSync(process.execPath, ['--require', hook, join(dir, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, 'p.cf'),
      '--root', join(dir, 'root'), '--state-dir', join(dir, 'state'), '-q']);
    return fs.readFileSync(join(dir, 'loaded'), 'utf8').split('\n').includes('NativeModule v8');
  };
  return { dir, cli, parsed };
}

describe('the policy cache from the bundle', () => {
  it('is stamped with the bundle: a rebuilt bundle parses afresh (the modules it was made of are not looked at)', () => {
    const { dir, cli, parsed } = stagedRun(false);
    try {
      expect([parsed(), parsed()]).toEqual([true, false]);
      const later = Date.now() / 1000 + 10;
      fs.utimesSync(join(cli, 'cfwasm-run.bundle.cjs'), later, later);
      expect([parsed(), parsed()]).toEqual([true, false]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is stamped with the grammar's wasm, the parser it is (not grammar.js, only that wasm's source)", () => {
    const { dir, parsed } = stagedRun(true);
    const touch = (f: string, at: number) => fs.utimesSync(join(dir, 'grammar', f), at, at);
    try {
      expect([parsed(), parsed()]).toEqual([true, false]);
      touch('tree-sitter-cfengine.wasm', Date.now() / 1000 + 10);
      expect([parsed(), parsed()]).toEqual([true, false]);
      touch('grammar.js', Date.now() / 1000 + 20);
      expect(parsed()).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the version in the bundle', () => {
  it("is package.json's as built: the bundle reads no package.json (a package without one still says it)", () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-version-'));
    const cli = join(dir, 'dist', 'host', 'cli');
    fs.mkdirSync(join(dir, 'bin'), { recursive: true });
    fs.mkdirSync(cli, { recursive: true });
    for (const f of ['cfwasm.js', 'load-cli.js', 'package.json']) fs.copyFileSync(join(REPO, 'bin', f), join(dir, 'bin', f));
    for (const f of ['cfwasm.bundle.cjs', 'cfwasm.bundle.cjs.cache', 'cfwasm-run.bundle.cjs', 'cfwasm-run.bundle.cjs.cache']) fs.copyFileSync(join(REPO, 'dist', 'host', 'cli', f), join(cli, f));
    try {
      const { version } = JSON.parse(fs.readFileSync(join(REPO, 'package.json'), 'utf8'));
      for (const args of [['--version'], ['run', '--version']]) {
        expect(execFileSync(process.execPath, [join(dir, 'bin', 'cfwasm.js'), ...args], { encoding: 'utf8' })).toBe(`cfwasm ${version}\n`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a run of a cached policy loads only what it uses', () => {
  it('no node:v8 (with its heap and serialisation modules): only a run that parses sets V8 flags', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-loads-'));
    fs.mkdirSync(join(dir, 'root', 'etc'), { recursive: true });
    fs.writeFileSync(join(dir, 'root', 'etc', 'motd'), 'hello\n');
    fs.writeFileSync(join(dir, 'p.cf'), 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "hello"\n }\n');
    // What Node loaded, and the files it loaded as CommonJS modules, written as the process exits.
    const hook = join(dir, 'hook.cjs');
    fs.writeFileSync(hook, `process.on('exit', () => {
      require('fs').writeFileSync(${JSON.stringify(join(dir, 'loaded'))}, process.moduleLoadList.join('\\n'));
      require('fs').writeFileSync(${JSON.stringify(join(dir, 'modules'))}, Object.keys(require.cache).join('\\n'));
    });`);
    const run = (policy = 'p.cf', ...more: string[]) => execFileSync(process.execPath, ['--require', hook, join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, policy),
      '--root', join(dir, 'root'), '--state-dir', join(dir, 'state'), '-q', ...more], { encoding: 'utf8' });
    const early = join(REPO, 'dist', 'host', 'node', 'remote', 'early.bundle.cjs');
    run();
    expect(fs.readFileSync(join(dir, 'loaded'), 'utf8').split('\n')).toContain('NativeModule v8'); // the first run parses
    run();
    const loaded = fs.readFileSync(join(dir, 'loaded'), 'utf8').split('\n');
    expect(loaded).toContain('NativeModule vm'); // the list is the CLI's
    expect(loaded).not.toContain('NativeModule v8');
    // The bin is CommonJS: no ES module loader (it reads through fs/promises and streams), nor
    // node:module, which loads that loader's modules too (the bundle's createRequire is its own require).
    expect(loaded).not.toContain('NativeModule internal/modules/esm/module_job');
    expect(loaded).not.toContain('NativeModule module');
    expect(loaded).not.toContain('NativeModule internal/modules/esm/loader');
    expect(loaded).not.toContain('NativeModule internal/fs/promises');
    // The state directory's temps need no helper process; no thread is started for a sweep or a server.
    expect(loaded).not.toContain('NativeModule child_process');
    expect(loaded).not.toContain('NativeModule worker_threads');
    // The cache entry's signature is checked without node:crypto (and the streams it loads).
    expect(loaded).not.toContain('NativeModule crypto');
    // The early start of the remote worker is loaded only for a policy that names a server.
    const modules = fs.readFileSync(join(dir, 'modules'), 'utf8').split('\n');
    expect(modules).toContain(join(REPO, 'bin', 'load-cli.js')); // the list is the bin's
    expect(modules).not.toContain(early);
    expect(fs.readdirSync(join(dir, 'state')).sort()).toEqual(['locks', 'policies', 'secret']);
    fs.writeFileSync(join(dir, 'copies.cf'), 'control:\n actionsequence = ( copy )\ncopy:\n /src dest=/dst SERVER = h\n');
    run('copies.cf', '--no-copy'); // (no copy, no connection: the early start decides that itself)
    expect(fs.readFileSync(join(dir, 'modules'), 'utf8').split('\n')).toContain(early);
  });
});

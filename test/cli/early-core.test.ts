/**
 * bin/cfwasm.js starts compiling the core for a `run` before it loads the CLI, and the CLI adopts
 * that compile (host/node/core.ts): the core is compiled once, on V8's threads, while the CLI
 * bundle loads.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreWasmPath, nodeCore } from '../../host/node/core.js';
import { REPO } from '../support/shared.js';

describe('the core of a run', () => {
  it('is compiled once, started before anything of the CLI is loaded (not for help or a parse only)', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-core-'));
    try {
      fs.mkdirSync(join(dir, 'root', 'etc'), { recursive: true });
      fs.writeFileSync(join(dir, 'root', 'etc', 'motd'), 'hello\n');
      fs.writeFileSync(join(dir, 'p.cf'), 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/motd\n AppendIfNoSuchLine "bye"\n }\n');
      // The order of wasm compiles and script compiles, as the process made them.
      const events = join(dir, 'events');
      const hook = join(dir, 'hook.cjs');
      fs.writeFileSync(hook, `
        const fs = require('fs');
        const vm = require('vm');
        const seen = [];
        const compile = WebAssembly.compile;
        WebAssembly.compile = function (bytes) { seen.push('wasm ' + bytes.byteLength); return compile.apply(this, arguments); };
        WebAssembly.Module = new Proxy(WebAssembly.Module, { construct(target, args) { seen.push('wasm ' + args[0].byteLength); return Reflect.construct(target, args); } });
        const instantiate = WebAssembly.instantiate;
        WebAssembly.instantiate = function (what) { if (!(what instanceof WebAssembly.Module)) seen.push('wasm ' + what.byteLength); return instantiate.apply(this, arguments); };
        const Module = require('module');
        const load = Module._load;
        Module._load = function (request) { if (/load-cli\.js$/.test(request)) seen.push('require load-cli.js'); return load.apply(this, arguments); };
        const Script = vm.Script;
        vm.Script = class extends Script { constructor(code, options) { seen.push('script ' + require('path').basename(options.filename)); super(code, options); } };
        process.on('exit', () => fs.writeFileSync(${JSON.stringify(events)}, seen.join('\\n')));`);
      const run = () => execFileSync(process.execPath, ['--require', hook, join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', join(dir, 'p.cf'),
        '--root', join(dir, 'root'), '--state-dir', join(dir, 'state'), '-q'], { encoding: 'utf8' });
      run(); // parses and caches the policy (tree-sitter's wasm compiles too)
      run();
      const size = fs.statSync(coreWasmPath()).size;
      // The compile starts first: before the bin loads even its own loader of the CLI.
      expect(fs.readFileSync(events, 'utf8').split('\n')).toEqual([`wasm ${size}`, 'require load-cli.js', 'script cfwasm-run.bundle.cjs']);
      expect(fs.readFileSync(join(dir, 'root', 'etc', 'motd'), 'utf8')).toBe('hello\nbye\n');
      // What uses no core does not compile it.
      for (const args of [['--help'], ['-p', '-f', join(dir, 'p.cf')]]) {
        execFileSync(process.execPath, ['--require', hook, join(REPO, 'bin', 'cfwasm.js'), 'run', ...args], { encoding: 'utf8' });
        expect(fs.readFileSync(events, 'utf8').split('\n').filter(e => e === `wasm ${size}`), args.join(' ')).toEqual([]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is loaded from the file when the early compile failed (the file replaced meanwhile)', async () => {
    const holder = globalThis as Record<symbol, unknown>;
    const EARLY = Symbol.for('cfwasm.core-compile');
    const failed = Promise.reject(new Error('replaced meanwhile'));
    failed.catch(() => {});
    holder[EARLY] = { path: coreWasmPath(), module: failed };
    const core = await nodeCore();
    expect(Array.from(core.hmacSha256(new Uint8Array(0), new Uint8Array(0)).slice(0, 4))).toEqual([0xb6, 0x13, 0x67, 0x9a]);
    expect(holder[EARLY]).toBeUndefined();
  });
});

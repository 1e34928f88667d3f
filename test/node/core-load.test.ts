/**
 * The process-wide core, parser and runtime of the Node host (host/node/core.ts, grammar.ts,
 * runtime.ts) and the built-ins loaded on first use (lazy-builtins.ts), in process. Each case
 * loads core.ts afresh (vi.resetModules), since its core is made once per module instance: the
 * compile bin/cfwasm.js leaves in a global is adopted when it is of the same file, dropped
 * otherwise, and a failed one is replaced by a compile of the file.
 */
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import * as workerThreadsModule from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO } from '../support/shared.js';

const EARLY = Symbol.for('cfwasm.core-compile');
type Holder = { [EARLY]?: { path: string; module: Promise<WebAssembly.Module> } };
const holder = globalThis as Holder;
afterEach(() => {
  delete holder[EARLY];
});

/** core.ts as a fresh module (no core made yet). */
async function freshCore() {
  vi.resetModules();
  return await import('../../host/node/core.js');
}
/** A compile promise that notes whether anyone waited on it. */
function watched(module: Promise<WebAssembly.Module>): { promise: Promise<WebAssembly.Module>; used: () => boolean } {
  let used = false;
  const promise = module;
  const { then } = promise;
  promise.then = function (this: Promise<WebAssembly.Module>, ...args: Parameters<typeof then>) {
    used = true;
    return then.apply(this, args);
  } as typeof then;
  return { promise, used: () => used };
}
const coreFile = join(REPO, 'engine', 'build', 'cfwasm.wasm');

describe('nodeCore', () => {
  it('the core file is the one built in engine/build/, the grammar\'s in grammar/', async () => {
    const { coreWasmPath } = await freshCore();
    expect(coreWasmPath()).toBe(coreFile);
    const { grammarWasmPath } = await import('../../host/node/grammar.js');
    expect(grammarWasmPath()).toBe(join(REPO, 'grammar', 'tree-sitter-cfengine.wasm'));
  });

  it('adopts the compile bin/cfwasm.js started of the same file, once: the global is taken', async () => {
    const { nodeCore, coreCompiling } = await freshCore();
    const early = watched(WebAssembly.compile(fs.readFileSync(coreFile)));
    holder[EARLY] = { path: coreFile, module: early.promise };
    expect(coreCompiling()).toBe(early.promise);
    const core = await nodeCore();
    expect(early.used()).toBe(true);
    expect(EARLY in holder).toBe(false);
    expect(coreCompiling()).toBeUndefined();
    expect(await nodeCore()).toBe(core); // one core per process
    expect(nodeCore()).toBe(nodeCore());
    expect(Buffer.from(core.hmacSha256(new TextEncoder().encode('k'), new TextEncoder().encode('d'))).toString('hex'))
      .toBe(createHmac('sha256', 'k').update('d').digest('hex'));
  });

  it('a compile of another file is not adopted (but taken away); a failed one is replaced by the file\'s', async () => {
    {
      const { nodeCore } = await freshCore();
      const other = watched(WebAssembly.compile(fs.readFileSync(coreFile)));
      holder[EARLY] = { path: '/elsewhere/cfwasm.wasm', module: other.promise };
      const core = await nodeCore();
      expect(other.used()).toBe(false);
      expect(EARLY in holder).toBe(false);
      expect(typeof core.hmacSha256).toBe('function');
    }
    {
      const { nodeCore } = await freshCore();
      const failed = watched(Promise.reject(new Error('replaced meanwhile')));
      holder[EARLY] = { path: coreFile, module: failed.promise };
      const core = await nodeCore();
      expect(failed.used()).toBe(true);
      expect(typeof core.hmacSha256).toBe('function');
    }
  });
});

describe('nodePolicyParser and nodeRuntime', () => {
  it('one parser, one core, one runtime of the two per process', async () => {
    vi.resetModules();
    const { nodeRuntime } = await import('../../host/node/runtime.js');
    const { nodePolicyParser } = await import('../../host/node/grammar.js');
    const { nodeCore } = await import('../../host/node/core.js');
    expect(nodePolicyParser()).toBe(nodePolicyParser());
    expect(nodeRuntime()).toBe(nodeRuntime());
    const runtime = await nodeRuntime();
    expect(runtime.parser).toBe(await nodePolicyParser());
    expect(runtime.core).toBe(await nodeCore());
    expect(Object.keys(runtime).sort()).toEqual(['core', 'parser']);
  });
});

describe('lazy-builtins', () => {
  it('spawnSync, spawn, md5 and worker_threads as Node\'s own', async () => {
    const lazy = await import('../../host/node/lazy-builtins.js');
    expect(lazy.spawnSync('/bin/sh', ['-c', 'printf "%s" "$1"', 'sh', 'hi'], { encoding: 'utf8' }).stdout).toBe('hi');
    expect(lazy.md5(new TextEncoder().encode('abc')).toString('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(lazy.workerThreads()).toBe(lazy.workerThreads());
    expect(lazy.workerThreads().MessageChannel).toBe(workerThreadsModule.MessageChannel);
    const child = lazy.spawn('/bin/sh', ['-c', 'exit 3']);
    expect(await new Promise(r => child.on('exit', r))).toBe(3);
  });
});

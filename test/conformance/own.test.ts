/**
 * The project's own conformance cases (test/conformance/own, README there): each run twice
 * through the Node host on a temporary directory and through the in-memory host, with the
 * runners of the shared corpus, and must leave exactly after/ (modes where listed).
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { nodeRuntime } from '../../host/node/runtime.js';
import { caseDirs, loadCase } from '../../host/testing/cases.js';
import { outOfScope, runCase } from '../../host/testing/memory-runner.js';
import { runCaseOnDisk } from './node-runner.js';
import { REPO } from '../support/shared.js';

const runtime = await nodeRuntime();
const dirs = caseDirs(join(REPO, 'test', 'conformance', 'own'));

describe('own conformance cases', () => {
  it('has a case for each item', () => {
    expect(dirs.length).toBe(10);
  });
  for (const dir of dirs) {
    const c = loadCase(dir);
    it(`${c.name} (Node host)`, () => {
      expect(runCaseOnDisk(runtime, c).join('\n')).toBe('');
    });
    it(`${c.name} (memory host)`, () => {
      expect(outOfScope(runtime.parser.parse(c.policy, c.name).policy)).toBeNull();
      expect(runCase(runtime, c).problems.join('\n')).toBe('');
    });
  }
});

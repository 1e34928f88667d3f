/**
 * @fileoverview Runs conformance cases through the Node host on real temporary directories:
 * `before/` is staged at ROOT/sandbox and the policy runs with --root ROOT, so /sandbox paths and
 * the /sandbox/… targets of staged links resolve inside it (the corpus README's option 2).
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Runtime } from '../../host/api/runtime.js';
import { runPolicyOn } from '../../host/api/runtime.js';
import { NodeHost } from '../../host/node/node-host.js';
import type { ConformanceCase, Tree } from '../../host/testing/cases.js';
import { caseImports, compareTrees, STAGING_TIME, treeOf } from '../../host/testing/cases.js';
import type { FsLike } from '../../host/testing/cases.js';
import { HOSTNAME } from '../../host/testing/memory-runner.js';

/**
 * Stages `before/` at ROOT/sandbox. With `realPaths`, links are re-pointed from /sandbox to the
 * real directory (the README's option 2, for cases whose commands name /sandbox paths).
 */
export function stageOnDisk(c: ConformanceCase, realPaths = false): string {
  const root = fs.mkdtempSync(join(tmpdir(), `cfwasm-${c.name.slice(0, 3)}-`));
  const sandbox = join(root, 'sandbox');
  fs.mkdirSync(sandbox, { mode: 0o755 });
  for (const [path, e] of c.before) {
    const full = join(sandbox, path);
    if (e.type === 'dir') fs.mkdirSync(full, { recursive: true, mode: 0o755 });
    else if (e.type === 'file') fs.writeFileSync(full, e.content, { mode: 0o644 });
    else fs.symlinkSync(realPaths ? e.target.replace(/^\/sandbox(?=\/|$)/, sandbox) : e.target, full);
  }
  for (const [path, mode] of c.modesBefore) fs.chmodSync(join(sandbox, path), mode);
  for (const path of ['', ...c.before.keys()]) {
    const full = join(sandbox, path);
    if (c.before.get(path)?.type === 'link') fs.lutimesSync(full, STAGING_TIME, STAGING_TIME);
    else fs.utimesSync(full, STAGING_TIME, STAGING_TIME);
  }
  return root;
}

/** The tree under `sandbox`; with `realPaths`, the real directory written as /sandbox again. */
export function readDisk(sandbox: string, realPaths = false): Tree {
  return treeOf(fs as unknown as FsLike, sandbox, realPaths ? (s => s.split(sandbox).join('/sandbox')) : undefined);
}

/**
 * Runs a case twice on disk. Cases that need commands (which cannot be confined to a root) run
 * with /sandbox replaced by the real directory in the policy, unconfined (`realPaths`).
 */
export function runCaseOnDisk(runtime: Runtime, c: ConformanceCase, realPaths = false): string[] {
  const root = stageOnDisk(c, realPaths);
  const sandbox = join(root, 'sandbox');
  const policy = realPaths ? c.policy.split('/sandbox').join(sandbox) : c.policy;
  const modeOf = (p: string) => {
    const st = fs.lstatSync(join(sandbox, p));
    return st.isSymbolicLink() ? null : st.mode & 0o7777;
  };
  const problems: string[] = [];
  try {
    for (const round of [1, 2]) {
      const host = realPaths ? new NodeHost() : new NodeHost({ root });
      const result = runPolicyOn(runtime, policy, host, {
        define: c.define, negate: c.negate, dryRun: c.dryRun, hostname: HOSTNAME, file: `${c.name}/policy.cf`,
        readImport: caseImports(c),
      });
      if (result.exitCode !== c.exitCode) problems.push(`run ${round}: exit status ${result.exitCode}, expected ${c.exitCode}`);
      const expected = round === 2 && c.after2 ? c.after2 : c.after;
      const modes = round === 2 && c.after2 ? c.modes2 : c.modes;
      problems.push(...compareTrees(readDisk(sandbox, realPaths), expected, modes, modeOf).map(p => `run ${round}: ${p}`));
      if (problems.length) {
        problems.push(`log of run ${round}:\n${result.log.map(l => `  ${l.level}: ${l.message}`).join('\n')}`);
        break;
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return problems;
}

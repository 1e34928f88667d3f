/** Runs the installed CLI (`bin/cfwasm.js`) as a user would, capturing its output and status. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './shared.js';

export interface CliResult { status: number | null; stdout: string; stderr: string }

/** Runs that give no --state-dir keep their locks here, not in the machine's /var/lib/cfwasm. */
const STATE = mkdtempSync(join(tmpdir(), 'cfwasm-test-state-'));

export function cfwasm(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string>; uid?: number; gid?: number; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), ...args], {
    cwd: options.cwd ?? REPO, input: options.input, env: { ...process.env, CFWASM_STATE_DIR: mkdtempSync(join(STATE, 'run-')), ...options.env },
    uid: options.uid, gid: options.gid, encoding: 'utf8', timeout: options.timeout ?? 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the installed CLI (`bin/cfwasm.js`) as a user would, capturing its output and status. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './shared.js';

export interface CliResult { status: number | null; stdout: string; stderr: string }

/** Runs that give no --state-dir keep their locks here, not in the machine's /var/lib/cfwasm. */
const STATE = mkdtempSync(join(tmpdir(), 'cfwasm-test-state-'));
process.on('exit', () => rmSync(STATE, { recursive: true, force: true }));

export function cfwasm(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string>; uid?: number; gid?: number; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), ...args], {
    cwd: options.cwd ?? REPO, input: options.input, env: { ...process.env, CFWASM_STATE_DIR: mkdtempSync(join(STATE, 'run-')), ...options.env },
    uid: options.uid, gid: options.gid, encoding: 'utf8', timeout: options.timeout ?? 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI as a child process, not waited for: the test's own event loop keeps running (a server
 * in this process answers it, or the test acts on a server meanwhile). Its output is stdout
 * then stderr as they came, interleaved.
 */
export function cfwasmAsync(args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), ...args], {
      cwd: REPO, env: { ...process.env, CFWASM_STATE_DIR: mkdtempSync(join(STATE, 'run-')) }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.stderr.on('data', (b) => { out += b; });
    child.on('close', (status) => resolve({ status, out }));
  });
}

/**
 * A command's output without a state directory goes to a private directory the run makes for it
 * (NodeHost.outputDir): a run killed while the command runs leaves neither the output files nor
 * that directory behind (temp-reaper.ts, its `R` lines), and a run that ends well removes it itself.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-reaper-dir-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

/** A process that runs `command` through a NodeHost with no state directory, the reaper on. */
function script(command: string): string {
  return `
    const { reapTempsOnExit } = await import(${JSON.stringify(join(REPO, 'dist/host/node/temp-reaper.js'))});
    const { NodeHost } = await import(${JSON.stringify(join(REPO, 'dist/host/node/node-host.js'))});
    reapTempsOnExit();
    const r = new NodeHost({}).exec(${JSON.stringify(command)});
    process.stdout.write(JSON.stringify(r));
  `;
}

function start(tmp: string, command: string) {
  const { NODE_EXTRA_CA_CERTS: _certs, ...env } = process.env;
  return spawn(process.execPath, ['--input-type=module', '-e', script(command)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, TMPDIR: tmp } });
}

const execDirs = (tmp: string) => fs.readdirSync(tmp).filter(n => n.startsWith('cfwasm-exec-'));

describe('a command\'s own output directory', () => {
  it('is gone after a run killed (SIGKILL) while the command runs', async () => {
    const tmp = fs.mkdtempSync(join(base, 'tmp-'));
    const marker = join(base, `started-${Math.random().toString(36).slice(2)}`);
    const child = start(tmp, `echo some output; touch ${marker}; exec sleep 60`);
    let stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    const exited = new Promise<string | null>(done => child.on('exit', (_code, signal) => done(signal)));
    for (let waited = 0; !fs.existsSync(marker); waited += 20) {
      if (waited > 60_000 || child.exitCode !== null) throw new Error(`the command never started: ${stderr}`);
      await new Promise(r => setTimeout(r, 20));
    }
    // While the command runs: its directory, holding the two output files.
    const [dir] = execDirs(tmp);
    expect(dir).toBeDefined();
    expect(fs.readdirSync(join(tmp, dir)).filter(n => n.endsWith('.tmp'))).toHaveLength(2);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // The helper works once the run is gone: wait for it, bounded.
    for (let i = 0; i < 200 && execDirs(tmp).length > 0; i++) await new Promise(r => setTimeout(r, 25));
    expect(execDirs(tmp)).toEqual([]);
    // (the sleep, orphaned, is the test's to end)
    spawn('pkill', ['-f', `touch ${marker}; exec sleep 60`]);
  }, 90_000);

  it('is removed by a run that ends well, its output read', async () => {
    const tmp = fs.mkdtempSync(join(base, 'tmp-'));
    const child = start(tmp, 'echo hello; echo oops >&2; exit 3');
    let stdout = '';
    child.stdout.on('data', d => { stdout += d; });
    await new Promise(done => child.on('exit', done));
    expect(JSON.parse(stdout)).toEqual({ status: 3, output: 'hello\noops\n' });
    expect(execDirs(tmp)).toEqual([]);
  }, 60_000);
});

/** `cfwasm lsp`: its help, its usage errors, and its exit status as LSP says (0 after shutdown, 1 without). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';
import { startClient } from './client.js';

describe('cfwasm lsp (the command)', () => {
  it('has --help and is in cfwasm --help', () => {
    expect(cfwasm(['lsp', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('usage: cfwasm lsp [--stdio]') });
    expect(cfwasm(['--help']).stdout).toContain('lsp [--stdio]');
  });

  it('refuses what it does not take, as a usage error', () => {
    expect(cfwasm(['lsp', '--tcp'])).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown option '--tcp'") });
    expect(cfwasm(['lsp', 'file.cf'])).toMatchObject({ status: 2, stderr: expect.stringContaining('lsp: unexpected argument file.cf') });
  });

  it('exits 0 after shutdown and exit (the client checks it), 1 on exit without shutdown', async () => {
    const client = await startClient({ settings: { debounceMs: 0 } });
    await client.close();
    const child = spawn(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    expect(await new Promise(resolve => child.on('exit', resolve))).toBe(1);
  });
});

// Big files. An edit of a file between 1 and 2 GiB must not abort the run (issue #16): it is
// refused with a message naming it, unread, and the other actions still run. On disk (a sparse
// file: no space used), and through the core's own guard with a host that hands back 1.5 GiB.
// A local copy has no such limit (issue #21): the host streams it in chunks, a 3 GB sparse file
// included, byte for byte, in bounded memory.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Volume } from 'memfs';
import { describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { REPO } from '../support/shared.js';

const runtime = await nodeRuntime();
const BIG = 1.5 * 2 ** 30;
const POLICY = `control:
  actionsequence = ( copy editfiles files )
  EditFileSize = ( 0 )
copy:
  /src/big dest=/dst/big
editfiles:
  { /src/big
  AppendIfNoSuchLine "x"
  }
  { /etc/small
  AppendIfNoSuchLine "added"
  }
files:
  /etc/small mode=0600 action=fixall
`;

describe('a file between 1 and 2 GiB', () => {
  it('on disk: copy and editfiles refuse it by name; the other actions run', () => {
    const root = mkdtempSync(join(tmpdir(), 'cfwasm-big-'));
    for (const d of ['src', 'dst', 'etc']) mkdirSync(join(root, d));
    writeFileSync(join(root, 'src/big'), '');
    truncateSync(join(root, 'src/big'), BIG); // sparse
    writeFileSync(join(root, 'etc/small'), 'line\n', { mode: 0o644 });
    const r = runPolicyOn(runtime, POLICY, new NodeHost({ root, keepContents: false }), { now: 1_800_000_000, hostname: 'h' });
    const messages = r.log.map(l => `${l.level}: ${l.message}`);
    expect(messages).toContain(`error: cfengine:h: editfiles: cannot read /src/big: too big: ${BIG} bytes (the core reads at most ${2 ** 30} bytes)`);
    expect(readFileSync(join(root, 'etc/small'), 'utf8')).toBe('line\nadded\n');
    expect(statSync(join(root, 'etc/small')).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'src/big')).size).toBe(BIG);
    // The copy is made, streamed by the host (the 1 GiB limit is the core's, for what it reads).
    expect(statSync(join(root, 'dst/big')).size).toBe(BIG);
    rmSync(root, { recursive: true, force: true });
    expect(r.exitCode).toBe(1); // the edit that could not be made
  });

  it('the core refuses a reply over 1 GiB from any host, without copying it', () => {
    const vol = new Volume();
    vol.mkdirSync('/etc', { recursive: true });
    vol.mkdirSync('/src');
    vol.mkdirSync('/dst');
    vol.writeFileSync('/src/big', 'stand-in');
    vol.writeFileSync('/etc/small', 'line\n');
    // A host whose /src/big is 1.5 GiB by stat and by readFile (the core reads a file of stat's
    // size or more, or one that grew past it, with `read`: its reply is what the guard refuses).
    class Huge extends MemoryHost {
      readFile(path: string): Uint8Array {
        return path === '/src/big' ? new Uint8Array(BIG) : super.readFile(path); // zero pages, never touched
      }
      stat(path: string, follow?: boolean) {
        const info = super.stat(path, follow);
        return path === '/src/big' ? { ...info, size: BIG } : info;
      }
    }
    // Without the copy: a memory host copies by reading (copyByReading), which this one fakes.
    const policy = POLICY.replace('actionsequence = ( copy editfiles files )', 'actionsequence = ( editfiles files )');
    const r = runPolicyOn(runtime, policy, new Huge(vol, { now: 1_800_000_000 }), { now: 1_800_000_000, hostname: 'h' });
    const messages = r.log.map(l => `${l.level}: ${l.message}`);
    expect(messages).toContain(`error: cfengine:h: editfiles: cannot read /src/big: too big: ${BIG} bytes (the core reads at most ${2 ** 30} bytes)`);
    expect(String(vol.readFileSync('/etc/small'))).toBe('line\nadded\n');
    expect(vol.statSync('/etc/small').mode & 0o777).toBe(0o600);
  });
});

/** Runs a command without blocking the test worker (these take a while): its status and output. */
async function run(file: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { env: { ...process.env, ...env }, maxBuffer: 2 ** 24 });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { status: x.code ?? -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}
const cfwasm = (args: string[], env: Record<string, string>) => run(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), ...args], env);

describe('a local copy of any size', () => {
  it('copies a 3 GB sparse file byte for byte, in bounded memory, and compares by content in chunks', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cfwasm-huge-'));
    try {
      for (const d of ['src', 'dst']) mkdirSync(join(root, d));
      const src = join(root, 'src/huge');
      const SIZE = 3 * 10 ** 9;
      // Holes with data between them: at the start, past 1 GiB, past 2 GiB (Node's whole-file
      // limit), in the last chunk, and the last byte.
      const fd = openSync(src, 'w');
      for (const [at, text] of [[0, 'start'], [2 ** 30 + 12_345, 'past 1 GiB'], [2 ** 31 + 7, 'past 2 GiB'],
        [SIZE - 300_000, 'near the end'], [SIZE - 1, '!']] as [number, string][]) writeSync(fd, text, at);
      closeSync(fd);
      expect(statSync(src).size).toBe(SIZE);
      const policy = join(root, 'cf.conf');
      writeFileSync(policy, 'control:\n  actionsequence = ( copy )\ncopy:\n  /src/huge dest=/dst/huge mode=0640\n');
      // The run's peak memory, from inside the process (kilobytes).
      const peak = join(root, 'peak');
      const preload = join(root, 'peak.cjs');
      writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(peak)}, String(process.resourceUsage().maxRSS)));\n`);
      const env = { NODE_OPTIONS: `--require ${preload}`, CFWASM_STATE_DIR: join(root, 'state') };

      const r = await cfwasm(['run', '-f', policy, '--root', root, '-q', '-I'], env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Copying from localhost:/src/huge to /dst/huge');
      const dst = join(root, 'dst/huge');
      expect(statSync(dst).size).toBe(SIZE);
      expect(statSync(dst).mode & 0o777).toBe(0o640);
      expect((await run('cmp', [src, dst])).status).toBe(0); // byte for byte
      expect(statSync(dst).blocks * 512).toBeLessThan(64 * 2 ** 20); // the holes stay holes
      console.log(`3 GB copy: peak memory ${(Number(readFileSync(peak, 'utf8')) / 1024).toFixed(0)} MB`);
      expect(Number(readFileSync(peak, 'utf8')) * 1024).toBeLessThan(400 * 2 ** 20);

      // By content: the same bytes, nothing copied; one byte changed, copied again.
      const byContent = policy.replace('cf.conf', 'sum.conf');
      writeFileSync(byContent, 'control:\n  actionsequence = ( copy )\ncopy:\n  /src/huge dest=/dst/huge mode=0640 type=checksum\n');
      const same = await cfwasm(['run', '-f', byContent, '--root', root, '-q', '-I'], env);
      expect(same.status).toBe(0);
      expect(same.stdout).not.toContain('Copying');
      const fd2 = openSync(src, 'r+');
      writeSync(fd2, 'X', 2 ** 31 + 8);
      closeSync(fd2);
      const again = await cfwasm(['run', '-f', byContent, '--root', root, '-q', '-I'], env);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Copying from localhost:/src/huge to /dst/huge');
      expect((await run('cmp', [src, dst])).status).toBe(0);
      expect(Number(readFileSync(peak, 'utf8')) * 1024).toBeLessThan(400 * 2 ** 20);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 600_000);
});

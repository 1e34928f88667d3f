/**
 * `read-into` (docs/host-interface.md): a file read by the host straight into the core's memory.
 * Both hosts' readFileInto give what readFile gives, with its checks, and stop at the room given;
 * the core reads a file that grew past what stat said whole, and a host without readFileInto is
 * answered through readFile.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Volume } from 'memfs';
import { afterAll, describe, expect, it } from 'vitest';
import { runPolicyOn } from '../../host/api/runtime.js';
import { HostError } from '../../host/core/host-interface.js';
import type { Host } from '../../host/core/host-interface.js';
import { MemoryHost } from '../../host/memory/memory-host.js';
import { NodeHost } from '../../host/node/node-host.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-read-into-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const CONTENT = 'first line\nsecond line\n'.repeat(100);

/** What a call gives: its bytes as text, or its error's code. */
function outcome(f: () => Uint8Array): string {
  try {
    return `bytes:${new TextDecoder().decode(f())}`;
  } catch (e) {
    return e instanceof HostError ? `error:${e.code}` : `thrown:${String(e)}`;
  }
}

function into(host: Host, path: string, room: number): Uint8Array {
  const buffer = new Uint8Array(room);
  const n = host.readFileInto!(path, buffer);
  return buffer.subarray(0, n);
}

function hosts(): [string, Host][] {
  const root = join(base, 'root');
  fs.mkdirSync(join(root, 'etc', 'dir'), { recursive: true });
  fs.writeFileSync(join(root, 'etc', 'file'), CONTENT);
  fs.writeFileSync(join(root, 'etc', 'empty'), '');
  fs.symlinkSync('/etc/passwd', join(root, 'etc', 'out'));
  execFileSync('mkfifo', [join(root, 'etc', 'fifo')]);
  const vol = Volume.fromJSON({ '/etc/file': CONTENT, '/etc/empty': '', '/etc/dir/x': '' });
  return [['node', new NodeHost({ root })], ['memory', new MemoryHost(vol, { now: 1_700_000_000 })]];
}

describe('readFileInto gives what readFile gives', () => {
  for (const [name, host] of hosts()) {
    it(`${name} host`, () => {
      for (const path of ['/etc/file', '/etc/empty', '/etc/missing', '/etc/dir', ...(name === 'node' ? ['/etc/fifo', '/etc/out'] : [])]) {
        expect(outcome(() => into(host, path, CONTENT.length + 1)), path).toBe(outcome(() => host.readFile(path)));
      }
      // As far as the room goes, no further.
      expect(new TextDecoder().decode(into(host, '/etc/file', 15))).toBe(CONTENT.slice(0, 15));
    });
  }
});

describe('the core reads an edited file through read-into', () => {
  const policy = 'control:\n actionsequence = ( editfiles )\n editfilesize = ( 0 )\neditfiles:\n { /etc/file\n AppendIfNoSuchLine "last"\n }\n';
  const edited = `${CONTENT}last\n`;
  const memoryHost = () => new MemoryHost(Volume.fromJSON({ '/etc/file': CONTENT }), { now: 1_700_000_000 });
  const text = (host: MemoryHost) => host.volume.readFileSync('/etc/file', 'utf8');

  it('whole, when the file grew after stat said its size', async () => {
    const runtime = await nodeRuntime();
    const host = memoryHost();
    // stat answers the size before the growth: the room given is too small by far.
    const stat = host.stat.bind(host);
    host.stat = (path: string, follow?: boolean) => {
      const info = stat(path, follow);
      return path === '/etc/file' ? { ...info, size: 10 } : info;
    };
    let readInto = 0;
    const readFileInto = host.readFileInto.bind(host);
    host.readFileInto = (path: string, buffer: Uint8Array) => {
      readInto++;
      return readFileInto(path, buffer);
    };
    const r = runPolicyOn(runtime, policy, host, { hostname: 'h' });
    expect(r.exitCode).toBe(0);
    expect(readInto).toBe(1);
    expect(text(host)).toBe(edited);
  });

  it('through readFile, for a host without readFileInto', async () => {
    const runtime = await nodeRuntime();
    const host = memoryHost();
    (host as { readFileInto?: unknown }).readFileInto = undefined;
    const r = runPolicyOn(runtime, policy, host, { hostname: 'h' });
    expect(r.exitCode).toBe(0);
    expect(text(host)).toBe(edited);
  });
});

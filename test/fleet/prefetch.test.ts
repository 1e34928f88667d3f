/**
 * A streamed copy's GET starts before its temp file is made (RemoteClient.prefetch, worker.ts
 * Streamed): the bytes that arrive before the write request wait in memory, then go into the
 * file it gives. The client is a child process (it blocks while the worker runs its requests),
 * told by the test when to go on; the scripted server (fake-server.ts) runs here.
 */
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeEntry, FakeServer } from './fake-server.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-prefetch-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const clientUrl = pathToFileURL(join(__dirname, '..', '..', 'dist', 'host', 'node', 'remote', 'client.js')).href;

// Both bigger than a read-ahead file, not a whole number of 2 KB blocks.
const files: Record<string, Buffer> = { '/big': crypto.randomBytes(3 * 1024 * 1024 + 77), '/other': crypto.randomBytes(200 * 1024 + 5) };
const entry = (path: string, ino: number): FakeEntry => ({ type: 'file', content: files[path], ino });

// The child: stats /big, prefetches it, says so and waits for "go" on stdin; then writes it into a
// temp file of its own. Then it prefetches /other and asks something else first (the prefetch is
// cancelled), and writes /other.
const CHILD = `
import * as fs from 'node:fs';
const { RemoteClient } = await import(process.env.CLIENT_URL);
const dir = process.env.SCRATCH;
const client = new RemoteClient({ stateDir: dir + '/state', timeout: 30 });
const server = { host: '127.0.0.1', port: Number(process.env.PORT), trustKey: true };
const big = client.stat(server, '/big');
client.prefetch(server, '/big', big.size);
process.stdout.write('prefetched\\n');
fs.readSync(0, Buffer.alloc(3));
const write = (path, size, out) => {
  const fd = fs.openSync(out, 'wx', 0o600);
  client.writeInto(server, path, size, fd);
  fs.closeSync(fd);
};
write('/big', big.size, dir + '/big.out');
const other = client.stat(server, '/other');
client.prefetch(server, '/other', other.size);
client.stat(server, '/big');
write('/other', other.size, dir + '/other.out');
client.close();
process.stdout.write('done\\n');
`;

describe('a streamed copy from a server', () => {
  it('sends its GET before the write request, and writes exactly the file; a prefetch followed by another request is cancelled', async () => {
    const fake = await FakeServer.start({ list: () => [], stat: p => (p in files ? entry(p, p.length) : undefined) });
    try {
      // A file, not -e: a worker inherits --input-type, which its loader does not expect.
      const script = join(scratch, 'child.mjs');
      fs.writeFileSync(script, CHILD);
      const child = spawn(process.execPath, [script], {
        env: { ...process.env, CLIENT_URL: clientUrl, SCRATCH: scratch, PORT: String(fake.port) },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (b: Buffer) => { out += b; });
      child.stderr.on('data', (b: Buffer) => { err += b; });
      const exited = new Promise<number | null>(done => child.on('exit', done));
      const turn = () => new Promise<void>(go => setImmediate(go));
      while (!out.includes('prefetched') && child.exitCode === null) await turn();
      // The server gets the GET while the client waits for us: it was sent ahead of the write.
      while (!fake.requests.some(r => r.startsWith('GET ') && r.endsWith(' /big')) && child.exitCode === null) await turn();
      expect(fake.requests.filter(r => r.startsWith('GET ')).map(r => r.slice(r.lastIndexOf(' ') + 1))).toEqual(['/big']);
      child.stdin.end('go\n');
      expect(await exited).toBe(0);
      expect(err).toBe('');
      expect(out).toContain('done');
      expect(fs.readFileSync(join(scratch, 'big.out')).equals(files['/big'])).toBe(true);
      expect(fs.readFileSync(join(scratch, 'other.out')).equals(files['/other'])).toBe(true);
    } finally {
      await fake.stop();
    }
  });
});

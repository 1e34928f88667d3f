// Makes the remote copy worker's V8 code cache (dist/host/node/remote/worker.bundle.cjs.cache),
// run by scripts/bundle-cli.mjs in a fresh Node (the cache must be made under the V8 flags a
// `cfwasm run` starts with). A cache made right after compiling would hold only the bundle's top
// level: V8 compiles a function when it is first called, so the worker is trained first. It copies
// from a small server of cf-serverd's protocol, in a thread of this process, what the runs copy:
// a big file (STAT, its GET started before the write: prefetch), a tree (listings, small files
// read ahead, MD5s), a verified read; through the same RemoteClient a run uses, from a worker
// started as bin/cfwasm.js starts it (early.ts, with a hint: it connects before it is asked).
// The cache then holds every function those runs call, as bytecode (optimised code is never kept).
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const repo = fileURLToPath(new URL('..', import.meta.url));
const remote = join(repo, 'dist', 'host', 'node', 'remote');
const keys = await import(join(remote, 'keys.js'));
const TERMINATOR = '---cfXen/gine/cfXen/gine---';

/** The files served: a big one (bigger than a read-ahead file: streamed) and a tree of small ones. */
function content() {
  const files = new Map([['/big', crypto.randomBytes(3 * 1024 * 1024 + 100)]]);
  for (let d = 0; d < 3; d++) for (let f = 0; f < 20; f++) files.set(`/tree/d${d}/f${f}`, crypto.randomBytes(600 + f * 10));
  return files;
}

/** A transaction: the 8-byte header (`t LEN`, NUL-padded), then the body. */
function transaction(body) {
  const b = Buffer.from(body);
  const header = Buffer.alloc(8);
  header.write(`t ${b.length}`, 'latin1');
  return Buffer.concat([header, b]);
}

/** The server's thread: answers STAT, OPENDIR, GET (in 2 KB blocks, as cf-serverd 3.21 does) and MD5. */
function serve() {
  const { files, key, port } = workerData;
  const dirs = new Map();
  for (const path of files.keys()) {
    for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
      const dir = path.slice(0, at);
      const name = path.slice(at + 1, path.indexOf('/', at + 1) < 0 ? undefined : path.indexOf('/', at + 1));
      if (!dirs.has(dir)) dirs.set(dir, new Set());
      dirs.get(dir).add(name);
    }
  }
  const stat = (path, ino) => {
    const bytes = files.get(path);
    if (!bytes && !dirs.has(path)) return transaction('BAD: no such file');
    const type = bytes ? 0 : 2;
    return Buffer.concat([transaction(`OK: ${type} ${bytes ? 420 : 493} 0 0 0 ${bytes ? bytes.length : 4096} 1700000000 1700000000 1700000000 0 ${ino} 1 2049`), transaction('OK:')]);
  };
  const server = tls.createServer({ key: key.privateKey, cert: key.cert, requestCert: true, rejectUnauthorized: false }, (socket) => {
    socket.setNoDelay(true);
    socket.on('error', () => {});
    let buffer = Buffer.alloc(0);
    let lines = 0;
    let ino = 100;
    socket.write('CFE_v2 cf-serverd 3.21.0\n');
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      while (lines < 2) {
        const nl = buffer.indexOf(0x0a);
        if (nl < 0) return;
        buffer = buffer.subarray(nl + 1);
        if (++lines === 2) socket.write('OK WELCOME trainer\n');
      }
      while (buffer.length >= 8) {
        const n = Number(/^[tm] (\d+)/.exec(buffer.subarray(0, 8).toString('latin1'))?.[1] ?? -1);
        if (n < 0 || buffer.length < 8 + n) return;
        const body = buffer.subarray(8, 8 + n);
        buffer = buffer.subarray(8 + n);
        const nul = body.indexOf(0);
        const text = body.subarray(0, nul < 0 ? body.length : nul).toString('utf8');
        let m;
        if ((m = /^SYNCH \d+ STAT (.*)$/.exec(text))) socket.write(stat(m[1], ino++));
        else if ((m = /^OPENDIR (.*)$/.exec(text))) socket.write(transaction(['.', '..', ...(dirs.get(m[1]) ?? []), TERMINATOR].join('\0') + '\0'));
        else if ((m = /^GET \d+ (.*)$/.exec(text))) {
          const bytes = files.get(m[1]);
          for (let at = 0; at < bytes.length; at += 2048) socket.write(bytes.subarray(at, at + 2048));
        } else if ((m = /^MD5 (.*)$/.exec(text))) {
          const same = crypto.createHash('md5').update(files.get(m[1])).digest().equals(body.subarray(nul + 2, nul + 18));
          socket.write(transaction(same ? 'CFD_FALSE' : 'CFD_TRUE'));
        } else socket.write(transaction('BAD: unknown request'));
      }
    });
  });
  server.listen(port, '127.0.0.1', () => parentPort.postMessage({ listening: server.address().port }));
  parentPort.on('message', () => server.close());
}

if (!isMainThread) serve();
else {
  const work = fs.mkdtempSync(join(tmpdir(), 'cfwasm-train-remote-'));
  try {
    const files = content();
    const serverKeys = keys.makeKeyPair(join(work, 'server'), 2048);
    const key = { privateKey: serverKeys.privateKey.export({ type: 'pkcs1', format: 'pem' }), cert: keys.selfSignedCertificate(serverKeys, 'trainer') };
    const serverThread = new Worker(fileURLToPath(import.meta.url), { workerData: { files, key, port: 0 } });
    const port = await new Promise((done, failed) => {
      serverThread.once('error', failed);
      serverThread.on('message', m => m.listening && done(m.listening));
    });
    const state = join(work, 'state');
    const { RemoteClient } = await import(join(remote, 'client.js'));
    const early = await import(join(remote, 'early.js'));
    const server = { host: '127.0.0.1', port, trustKey: true, timeout: 30 };
    // A first run learns the server's key (a worker of its own); the next starts as a run does, connecting at once.
    const first = new RemoteClient({ stateDir: state, note: () => {} });
    first.stat(server, '/big');
    first.close();
    const handle = early.spawnWorker(early.workerPath(), { stateDir: resolve(state), servers: [{ host: server.host, port }], trees: true }, true);
    globalThis[Symbol.for('cfwasm.remote-worker')] = handle;
    const client = new RemoteClient({ stateDir: state, note: () => {} });
    const temp = (name) => fs.openSync(join(work, name), 'wx', 0o600);
    // A big file, as NodeHost.remoteCopy fetches it: STAT, the GET sent, the temp made, written.
    const big = client.stat(server, '/big');
    client.prefetch(server, '/big', big.size);
    client.writeInto(server, '/big', big.size, temp('big'));
    // A tree: listings (the subdirectories' read ahead), its small files (read ahead), then
    // converged by digest (MD5s together) and a verified read.
    for (const entry of client.list(server, '/tree')) {
      const dir = `/tree/${entry.name}`;
      const listing = client.list(server, dir);
      for (const f of listing) client.writeInto(server, `${dir}/${f.name}`, f.size, temp(`${entry.name}-${f.name}`));
      client.differsMany(server, listing.map(f => ({ path: `${dir}/${f.name}`, digest: crypto.createHash('md5').update(files.get(`${dir}/${f.name}`)).digest() })));
    }
    client.read(server, '/tree/d0/f1', files.get('/tree/d0/f1').length, true);
    client.differs(server, '/tree/d0/f2', files.get('/tree/d0/f2'));
    // Then as a run ends: the connections closed (close_notify; the worker sets the flag when they are).
    Atomics.store(handle.flag, 0, 0);
    handle.port.postMessage('close');
    await Atomics.waitAsync(handle.flag, 0, 0, 5000).value;
    const cache = await new Promise((done, failed) => {
      handle.worker.on('message', m => m.codeCache && done(m.codeCache));
      handle.worker.once('error', failed);
      handle.worker.postMessage({ codeCache: true });
    });
    client.close();
    fs.writeFileSync(join(remote, 'worker.bundle.cjs.cache'), cache);
    serverThread.postMessage('stop');
    await serverThread.terminate();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

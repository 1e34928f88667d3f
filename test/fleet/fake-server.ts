/**
 * @fileoverview A hostile cfengine server for the tests: it speaks cf-serverd's TLS protocol
 * (the greeting, 8-byte transaction headers, SYNCH STAT, OPENDIR, GET, MD5) but answers what the
 * test scripts: names no real server sends (`../x`, `a/b`, `..`), an endless tree, a GET that
 * trickles, an MD5 that never matches. It runs in the test's own process, so the client must be
 * another process (the CLI, spawned asynchronously): a client in this thread would block the
 * event loop the server answers from.
 */
import * as crypto from 'node:crypto';
import * as tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { keyDigest, selfSignedCertificate } from '../../host/node/remote/keys.js';
import type { KeyPair } from '../../host/node/remote/keys.js';

export interface FakeEntry {
  type: 'file' | 'dir' | 'link';
  /** A link's target (STAT answers for the link itself, as an lstat). */
  target?: string;
  content?: Buffer;
  ino: number;
  dev?: number;
  mtime?: number;
  /** The size STAT claims, if not the content's. */
  size?: number | string;
  /** The permission bits STAT claims (0644 for a file, 0755 for a directory by default). */
  mode?: number;
  /** The mtime, atime and ctime STAT claims, as sent (digits a number cannot hold, say). */
  time?: string;
  /** The STAT reply's two transactions as sent, in place of those made from the fields above. */
  reply?: [string, string];
}

export interface FakeScript {
  /** A path's stat, or a `BAD: …` reply, or undefined: "BAD: no such file". */
  stat(path: string): FakeEntry | string | undefined;
  /** A directory's names as sent (`.` and `..` are added; a Buffer: those bytes, UTF-8 or not), or undefined: refused. */
  list(path: string): (string | Buffer)[] | undefined;
  /** Sends a GET's reply (the next request waits for the promise); the default sends the entry's content whole. */
  get?(path: string, send: (bytes: Buffer) => void, socket: tls.TLSSocket): void | Promise<void>;
  /** Whether the file differs from `digest`, or a reply to send as it is; the default compares with the content's MD5. */
  differs?(path: string, digest: Buffer): boolean | string;
  /** Waited for before a request is answered (a slow server; the next requests wait too). */
  pause?(request: string): Promise<void> | void;
  /** True: this STAT is answered twice, in one write (a reply no request asked for). */
  twice?(request: string): boolean;
}

const TERMINATOR = '---cfXen/gine/cfXen/gine---';

export function fakeKeys(): KeyPair {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, publicKey };
}

/** The key of every fake server started without one (start). */
let defaultKeys: KeyPair | null = null;

function transaction(body: Buffer | string, more = false): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const header = Buffer.alloc(8);
  header.write(`${more ? 'm' : 't'} ${b.length}`, 'latin1');
  return Buffer.concat([header, b]);
}

/**
 * Every write to `socket` sent `size` bytes at a time, each piece on its own turn of the event
 * loop (so in its own TLS record): replies split in odd places, a header in two halves.
 */
function chopped(socket: tls.TLSSocket, size: number): void {
  const write = socket.write.bind(socket) as (b: Buffer) => boolean;
  let queue = Promise.resolve();
  socket.write = ((data: Buffer | string) => {
    const bytes = Buffer.from(data);
    for (let at = 0; at < bytes.length; at += size) {
      const piece = bytes.subarray(at, at + size);
      queue = queue.then(() => new Promise<void>(done => setImmediate(() => { write(piece); done(); })));
    }
    return true;
  }) as typeof socket.write;
}

export class FakeServer {
  /** The requests received, in order (their text up to a NUL). */
  readonly requests: string[] = [];
  /** The requests as they arrived together: those of each piece the connection delivered at once (sent together). */
  readonly arrivals: string[][] = [];
  /** The requests of each connection, in the order the connections were made. */
  readonly byConnection: string[][] = [];
  private sockets = new Set<tls.TLSSocket>();
  /** Connections whose client has ended its side (close_notify, FIN). */
  ended = 0;

  private constructor(private readonly server: tls.Server, readonly keys: KeyPair) {}

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get digest(): string {
    return keyDigest(this.keys.publicKey);
  }

  /** `halfOpen`: a connection the client ends stays open on the server's side (it never closes it). */
  static async start(script: FakeScript, options: { keys?: KeyPair; port?: number; chop?: number; halfOpen?: boolean } = {}): Promise<FakeServer> {
    // One key for every fake server of a test process that asks for no key of its own. A new
    // key each time made a test flaky: a later fake server given an earlier one's port by the
    // kernel presented another key for the same name and port, refused as SERVER KEY CHANGED
    // in a state directory shared by a test file. Tests about keys pass theirs (keys).
    const keys = options.keys ?? (defaultKeys ??= fakeKeys());
    const server = tls.createServer({
      key: keys.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
      cert: selfSignedCertificate(keys, 'fake-serverd'),
      requestCert: true, rejectUnauthorized: false, allowHalfOpen: options.halfOpen ?? false,
    });
    const fake = new FakeServer(server, keys);
    server.on('secureConnection', (socket) => {
      if (options.chop) chopped(socket, options.chop);
      fake.serve(socket, script);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  private serve(socket: tls.TLSSocket, script: FakeScript): void {
    this.sockets.add(socket);
    socket.setNoDelay(true); // replies are whole messages: no wait on a delayed ACK between them
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('end', () => this.ended++);
    socket.on('error', () => {});
    let buffer = Buffer.alloc(0);
    let lines = 0;
    // Requests are answered one after the other, as cf-serverd does (a slow GET holds the next).
    let queue: Promise<void> = Promise.resolve();
    const mine: string[] = [];
    this.byConnection.push(mine);
    socket.write('CFE_v2 cf-serverd 3.21.0\n');
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      // The client's two lines (CFE_v2 …, IDENTITY …), then transactions.
      while (lines < 2) {
        const nl = buffer.indexOf(0x0a);
        if (nl < 0) return;
        buffer = buffer.subarray(nl + 1);
        if (++lines === 2) socket.write('OK WELCOME fake\n');
      }
      const together: string[] = [];
      this.arrivals.push(together);
      while (buffer.length >= 8) {
        const n = Number(/^[tm] (\d+)/.exec(buffer.subarray(0, 8).toString('latin1'))?.[1] ?? -1);
        if (n < 0 || buffer.length < 8 + n) return;
        const body = buffer.subarray(8, 8 + n);
        buffer = buffer.subarray(8 + n);
        const nul = body.indexOf(0);
        together.push(body.subarray(0, nul < 0 ? body.length : nul).toString('utf8'));
        mine.push(together[together.length - 1]);
        queue = queue.then(() => this.answer(socket, script, body)).catch(() => {});
      }
    });
  }

  private async answer(socket: tls.TLSSocket, script: FakeScript, body: Buffer): Promise<void> {
    const nul = body.indexOf(0);
    const text = body.subarray(0, nul < 0 ? body.length : nul).toString('utf8');
    this.requests.push(text);
    await script.pause?.(text);
    let m: RegExpExecArray | null;
    if ((m = /^SYNCH \d+ STAT ([\s\S]*)$/.exec(text))) {
      const st = script.stat(m[1]);
      if (st === undefined || typeof st === 'string') {
        socket.write(transaction(st ?? 'BAD: no such file'));
        return;
      }
      const size = st.size ?? (st.type === 'file' ? st.content?.length ?? 0 : 4096);
      const t = st.time ?? st.mtime ?? 1_700_000_000;
      const mode = st.mode ?? (st.type === 'file' ? 0o644 : 0o755);
      const type = { file: 0, link: 1, dir: 2 }[st.type];
      const reply = st.reply ? Buffer.concat(st.reply.map(t => transaction(t))) : Buffer.concat([
        transaction(`OK: ${type} ${mode} ${st.type === 'link' ? 0o777 : 0} 0 0 ${size} ${t} ${t} ${t} 0 ${st.ino} 1 ${st.dev ?? 2049}`),
        transaction(`OK:${st.target ?? ''}`),
      ]);
      socket.write(script.twice?.(text) ? Buffer.concat([reply, reply]) : reply);
    } else if ((m = /^OPENDIR (.*)$/.exec(text))) {
      const names = script.list(m[1]);
      if (!names) {
        socket.write(transaction('BAD: no such directory'));
        return;
      }
      socket.write(transaction(Buffer.concat(['.', '..', ...names, TERMINATOR].flatMap(n => [Buffer.from(n), Buffer.alloc(1)]))));
    } else if ((m = /^GET \d+ ([\s\S]*)$/.exec(text))) {
      const path = m[1];
      const send = (bytes: Buffer) => socket.write(bytes);
      if (script.get) await script.get(path, send, socket);
      else {
        const st = script.stat(path);
        if (st && typeof st !== 'string' && st.content) send(st.content);
      }
    } else if ((m = /^MD5 (.*)$/.exec(text))) {
      const digest = body.subarray(nul + 2, nul + 18);
      const path = m[1];
      let differs: boolean | string = true;
      if (script.differs) differs = script.differs(path, digest);
      else {
        const st = script.stat(path);
        if (st && typeof st !== 'string' && st.content) differs = !crypto.createHash('md5').update(st.content).digest().equals(digest);
      }
      socket.write(transaction(typeof differs === 'string' ? differs : differs ? 'CFD_TRUE' : 'CFD_FALSE'));
    } else {
      socket.write(transaction('BAD: unknown request'));
    }
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

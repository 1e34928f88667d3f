/**
 * @fileoverview One connection to a cfengine server (cf-serverd 3.x) in its TLS protocol
 * ("protocol 2"), asynchronous: it runs in the worker thread (worker.ts). The dialogue:
 *   TLS handshake, each side presenting a self-signed certificate of its RSA key;
 *   server: `CFE_v3 cf-serverd 3.21.0\n`; client: `CFE_v2 cfwasm <version>\n`, then
 *   `IDENTITY USERNAME=<user>\n`; server: `OK WELCOME …`.
 * Then requests and replies are transactions: an 8-byte header `t LEN` (`m` when more follow),
 * NUL-padded, then LEN bytes. A GET's reply is the file's raw bytes, exactly the size STAT gave,
 * with errors in band (`BAD: …`) that leave the stream unusable: the connection is then closed.
 * Whether we trust the server is decided by its key (keys.ts), never by its certificate.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { keyDigest, KeyPair, readKeyFile, selfSignedCertificate, trustedKeyPath, trustKey } from './keys.js';
import { writeAtomically } from '../atomic-write.js';
import { readBounded } from '../bounded-read.js';

/** Why a request failed: the whole server (down, refused us, key not trusted) or one file. */
export type RemoteFailure = 'server' | 'denied' | 'missing' | 'failed';

export class RemoteError extends Error {
  constructor(readonly kind: RemoteFailure, message: string) {
    super(message);
  }
}

export interface RemoteStat {
  type: 'file' | 'dir' | 'link' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  atime: number;
  mtime: number;
  ctime: number;
  ino: number;
  /** A link's target (STAT's second reply). */
  target?: string;
}

export interface SessionOptions {
  host: string;
  port: number;
  /** Learn the server's key if we do not know it (trustkey=true, TrustKeysFrom). */
  trustKey: boolean;
  keys: KeyPair;
  stateDir: string;
  user: string;
  /** Seconds without a byte from the server before a request fails. */
  timeout: number;
  /** Told of keys learnt. */
  note: (message: string) => void;
}

const TYPES: RemoteStat['type'][] = ['file', 'link', 'dir', 'other', 'other', 'other', 'other'];
const TERMINATOR = '---cfXen/gine/cfXen/gine---';
const CHANGED = 'BAD: File changed while copying';
const BLOCK = 2048;

/** The server names we last saw each key for, so a changed key is noticed (state/lastseen-keys). */
function lastSeenPath(stateDir: string): string {
  return `${stateDir}/ppkeys/lastseen.json`;
}

function readLastSeen(stateDir: string): Record<string, string> {
  try {
    return JSON.parse(readBounded(lastSeenPath(stateDir), 1 << 20, { what: 'lastseen.json', noFollow: true }).toString('utf8'));
  } catch {
    return {};
  }
}

function writeLastSeen(stateDir: string, table: Record<string, string>): void {
  // Exclusive temp, never through a link (atomic-write.ts).
  writeAtomically(lastSeenPath(stateDir), new TextEncoder().encode(JSON.stringify(table, null, 1) + '\n'), { mode: 0o600, durable: false });
}

export class Session {
  private socket!: tls.TLSSocket;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes received in all (the idle timeout looks whether it moved). */
  private received = 0;
  private waiting: (() => void) | null = null;
  private closedWith: Error | null = null;
  /** Unusable after an in-band error or a lost connection. */
  broken = false;
  /** A request and its replies hold the connection alone: the holder, and who waits (urgent first). */
  private busy = false;
  private queue: (() => void)[] = [];

  private constructor(private readonly o: SessionOptions) {}

  static async open(o: SessionOptions): Promise<Session> {
    const s = new Session(o);
    await s.connect();
    return s;
  }

  private where(): string {
    return `${this.o.host}:${this.o.port}`;
  }

  private async connect(): Promise<void> {
    const o = this.o;
    const key = o.keys.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    await new Promise<void>((resolve, reject) => {
      const socket = tls.connect({
        host: o.host, port: o.port, key, cert: selfSignedCertificate(o.keys),
        // Any certificate: the server is trusted by its key (checkServerKey), as cf-agent does.
        rejectUnauthorized: false, timeout: o.timeout * 1000,
      });
      this.socket = socket;
      const fail = (e: Error) => {
        const code = (e as NodeJS.ErrnoException).code;
        reject(new RemoteError('server', code === 'ECONNREFUSED' ? `cannot connect to ${this.where()}: connection refused (is cf-serverd running there?)`
          : `cannot connect to ${this.where()}: ${e.message}`));
      };
      socket.once('error', fail);
      socket.once('timeout', () => { socket.destroy(); reject(new RemoteError('server', `cannot connect to ${this.where()}: no answer in ${o.timeout} s`)); });
      socket.once('secureConnect', () => {
        socket.off('error', fail);
        socket.setTimeout(0);
        socket.setNoDelay(true); // requests are whole messages: no waiting to coalesce them
        resolve();
      });
    });
    // 'readable' hands over everything received so far at once (a file arrives as 2 KB TLS
    // records: 'data' would call back 50,000 times for 100 MB).
    this.socket.on('readable', () => {
      let b: Buffer | null;
      while ((b = this.socket.read() as Buffer | null) !== null) {
        this.chunks.push(b);
        this.buffered += b.length;
        this.received += b.length;
      }
      this.wake();
    });
    const lost = (e?: Error) => {
      this.closedWith ??= new RemoteError('server', `the connection to ${this.where()} was lost${e ? `: ${e.message}` : ''}`);
      this.broken = true;
      this.wake();
    };
    this.socket.on('error', lost);
    this.socket.on('end', () => lost());
    this.socket.on('close', () => lost());
    this.checkServerKey();
    const greeting = (await this.readLine()).trim();
    if (!/^CFE_v[2-9]\b/.test(greeting)) {
      this.close();
      throw new RemoteError('server', `${this.where()} does not speak cfengine's TLS protocol (it said "${greeting.slice(0, 80)}")`);
    }
    this.socket.write(`CFE_v2 cfwasm 0.1\nIDENTITY USERNAME=${this.o.user}\n`);
    const welcome = (await this.readLine().catch(() => '')).trim();
    if (!welcome.startsWith('OK WELCOME')) {
      this.close();
      throw new RemoteError('server', `${this.where()} does not accept us as ${this.o.user}` +
        (welcome ? ` (it said "${welcome.slice(0, 120)}")` : ' (it hung up: our key is not trusted there, or the user is not in allowusers)'));
    }
  }

  /** Trust by key: known in ppkeys, or learnt now where allowed; a changed key is refused. */
  private checkServerKey(): void {
    const cert = this.socket.getPeerX509Certificate();
    if (!cert) {
      this.close();
      throw new RemoteError('server', `${this.where()} presented no certificate`);
    }
    const key = cert.publicKey;
    const digest = keyDigest(key);
    const { stateDir, host } = this.o;
    const known = trustedKeyPath(stateDir, 'root', digest);
    const seen = readLastSeen(stateDir);
    if (fs.existsSync(known)) {
      const kept = crypto.createPublicKey(readKeyFile(known));
      if (keyDigest(kept) !== digest) {
        this.close();
        throw new RemoteError('server', `${known} does not hold the key its name says; refusing ${this.where()}`);
      }
      if (seen[host] !== digest) writeLastSeen(stateDir, { ...seen, [host]: digest });
      return;
    }
    if (seen[host] && seen[host] !== digest) {
      this.close();
      throw new RemoteError('server', `SERVER KEY CHANGED: ${this.where()} presented ${digest}, but it was ${seen[host]}; ` +
        `refusing it (someone may be impersonating the server). If the server's key really was replaced, remove ` +
        `${trustedKeyPath(stateDir, 'root', seen[host])} and its entry in ${lastSeenPath(stateDir)}, then trust the new key`);
    }
    if (!this.o.trustKey) {
      this.close();
      throw new RemoteError('server', `${this.where()} presented the unknown key ${digest}; not trusted ` +
        `(give trustkey=true or TrustKeysFrom for a first connection, or put its public key in ${known})`);
    }
    const path = trustKey(stateDir, 'root', key);
    writeLastSeen(stateDir, { ...seen, [host]: digest });
    this.o.note(`trusting the new key ${digest} of ${this.where()} (kept in ${path})`);
  }

  /**
   * Runs `op` (one request and its replies) when the connection is free. The worker's read-ahead
   * waits behind what the main thread asks for (`urgent`), never in front of it.
   */
  async exclusive<T>(urgent: boolean, op: () => Promise<T>): Promise<T> {
    // The connection is handed from one holder to the next without being free in between.
    if (this.busy) await new Promise<void>((go) => (urgent ? this.queue.unshift(go) : this.queue.push(go)));
    else this.busy = true;
    try {
      return await op();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.busy = false;
    }
  }

  close(): void {
    this.broken = true;
    this.socket?.destroy();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }

  /** Waits until `n` bytes are buffered (or the connection ends, or the timeout). */
  private async need(n: number): Promise<void> {
    if (this.buffered < n) await this.pump(() => this.buffered >= n);
  }

  /**
   * Calls `step` now and again each time bytes arrive, until it returns true (or throws, or the
   * connection ends, or nothing arrives for the timeout). One promise and one timer for the whole
   * wait, however many TLS records it takes: a 100 MB GET arrives as 50,000 of them.
   */
  private pump(step: () => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let arrived = this.received;
      const finish = (e?: Error) => {
        clearTimeout(timer);
        this.waiting = null;
        if (e) reject(e);
        else resolve();
      };
      const timer = setTimeout(() => idle(), this.o.timeout * 1000);
      const idle = () => {
        if (this.received !== arrived) {
          arrived = this.received;
          timer.refresh();
          return;
        }
        this.close();
        finish(new RemoteError('failed', `${this.where()} sent nothing for ${this.o.timeout} s`));
      };
      const run = () => {
        try {
          if (step()) return finish();
          if (this.closedWith) return finish(this.closedWith);
          this.waiting = run;
        } catch (e) {
          finish(e as Error);
        }
      };
      run();
    });
  }

  /** The next `n` buffered bytes (a view where they lie in one chunk: no copying per block). */
  private take(n: number): Buffer {
    this.gather(n);
    const first = this.chunks[0];
    const out = first.subarray(0, n);
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.buffered -= n;
    return out;
  }

  /** At least `n` bytes (or all there are) at the front, in one chunk. */
  private gather(n: number): void {
    if (this.chunks.length < 2 || this.chunks[0].length >= n) return;
    let k = 0;
    let have = 0;
    while (k < this.chunks.length && have < n) have += this.chunks[k++].length;
    this.chunks.splice(0, k, Buffer.concat(this.chunks.slice(0, k), have));
  }

  /** The buffered bytes at the front: at least `n` of them in one piece, if there are so many. */
  private peek(n = this.buffered): Buffer {
    this.gather(Math.min(n, this.buffered));
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private async readLine(): Promise<string> {
    for (;;) {
      const i = this.peek().indexOf(0x0a);
      if (i >= 0) return this.take(i + 1).toString('utf8');
      if (this.buffered > 4096) throw new RemoteError('server', `${this.where()} sent a line too long`);
      await this.need(this.buffered + 1);
    }
  }

  private send(payload: Buffer | string): void {
    if (this.broken) throw new RemoteError('failed', `the connection to ${this.where()} is closed`);
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (body.length > 4096 - 8) throw new RemoteError('failed', 'request too long for the protocol');
    const header = Buffer.alloc(8);
    header.write(`t ${body.length}`, 'ascii');
    this.socket.write(Buffer.concat([header, body]));
  }

  private async receive(): Promise<{ more: boolean; data: Buffer }> {
    await this.need(8);
    const header = this.take(8).toString('latin1');
    const m = /^([tm]) (\d+)/.exec(header);
    if (!m) {
      this.close();
      throw new RemoteError('failed', `${this.where()} sent a bad transaction header`);
    }
    const n = Number(m[2]);
    await this.need(n);
    return { more: m[1] === 'm', data: Buffer.from(this.take(n)) };
  }

  private static text(b: Buffer): string {
    const nul = b.indexOf(0);
    return b.subarray(0, nul < 0 ? b.length : nul).toString('utf8');
  }

  private refusal(what: string, path: string, reply: string): RemoteError {
    const why = reply.replace(/^BAD:\s*/, '');
    // cf-serverd answers a missing file and a forbidden one alike (it does not tell which).
    if (what === 'STAT' || what === 'OPENDIR') return new RemoteError('missing', `not there, or access denied (cf-serverd does not tell which; its log does): ${why}`);
    return new RemoteError('denied', `refused by ${this.where()} (${what}): ${why}`);
  }

  async stat(path: string, now: number): Promise<RemoteStat> {
    this.send(`SYNCH ${Math.floor(now)} STAT ${path}`);
    return this.statReply(path);
  }

  /**
   * A directory's entries with their stats: the STATs are sent together and the replies read in
   * order (the server answers each in turn), so a directory costs two round trips, not one per
   * entry. An entry whose STAT the server refuses carries the error.
   */
  async listWithStats(path: string, now: number): Promise<(RemoteStat & { name: string } | { name: string; error: RemoteError })[]> {
    const names = await this.list(path);
    const prefix = path.endsWith('/') ? path : `${path}/`;
    // Corked: the requests leave in a few TLS records and packets, not one each.
    this.socket.cork();
    try {
      for (const name of names) this.send(`SYNCH ${Math.floor(now)} STAT ${prefix}${name}`);
    } finally {
      this.socket.uncork();
    }
    const out: (RemoteStat & { name: string } | { name: string; error: RemoteError })[] = [];
    for (const name of names) {
      try {
        out.push({ name, ...await this.statReply(prefix + name) });
      } catch (e) {
        if (!(e instanceof RemoteError) || e.kind !== 'missing') throw e;
        out.push({ name, error: e });
      }
    }
    return out;
  }

  private async statReply(path: string): Promise<RemoteStat> {
    const first = Session.text((await this.receive()).data);
    if (first.includes('unsynchronized')) {
      throw new RemoteError('server', `the clocks of this host and ${this.where()} differ by more than an hour; the server refuses copies by date`);
    }
    if (first.startsWith('BAD')) throw this.refusal('STAT', path, first);
    const f = /^OK:\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(first);
    if (!f) {
      this.close();
      throw new RemoteError('failed', `${this.where()} sent a STAT reply we cannot read: ${first.slice(0, 80)}`);
    }
    const second = Session.text((await this.receive()).data);
    const n = f.slice(1).map(Number);
    // cf-serverd 3.x resolves the path it is asked for before it stats it, so a link there
    // arrives as what it points to; a server that reports the link itself (lmode) is honoured.
    const st: RemoteStat = {
      type: n[2] !== 0 && second.length > 3 ? 'link' : TYPES[n[0]] ?? 'other', mode: n[1] & 0o7777, uid: n[3], gid: n[4], size: n[5],
      atime: n[6], mtime: n[7], ctime: n[8], ino: n[10],
    };
    if (second.startsWith('OK:') && second.length > 3) st.target = second.slice(3);
    return st;
  }

  async list(path: string): Promise<string[]> {
    this.send(`OPENDIR ${path}`);
    const names: string[] = [];
    for (;;) {
      const { data } = await this.receive();
      const first = Session.text(data);
      if (names.length === 0 && first.startsWith('BAD')) throw this.refusal('OPENDIR', path, first);
      for (const name of data.toString('utf8').split('\0')) {
        if (name === TERMINATOR) return names.filter(n => n !== '.' && n !== '..').sort();
        if (name) names.push(name);
      }
    }
  }

  /** True if the server's file differs from `local` (by MD5; the server compares). */
  async differs(path: string, local: Uint8Array): Promise<boolean> {
    const digest = crypto.createHash('md5').update(local).digest();
    this.send(Buffer.concat([Buffer.from(`MD5 ${path}`, 'utf8'), Buffer.alloc(2), digest]));
    const reply = Session.text((await this.receive()).data);
    if (reply.startsWith('BAD')) throw this.refusal('MD5', path, reply);
    return reply !== 'CFD_FALSE';
  }

  /** The file's bytes: exactly `size` of them (from STAT), else an error and the connection closed. */
  async get(path: string, size: number): Promise<Uint8Array> {
    const out = new Uint8Array(size);
    await this.fetch(path, size, (bytes, at) => out.set(bytes, at));
    return out;
  }

  /**
   * The file's bytes, handed to `sink` in order as they arrive (`at`: their offset): exactly
   * `size` of them, else an error (after some may have been handed over) and the connection closed.
   */
  async fetch(path: string, size: number, sink: (bytes: Uint8Array, at: number) => void): Promise<void> {
    if (size === 0) return;
    this.send(`GET ${BLOCK} ${path}`);
    let got = 0;
    try {
      // Whatever has arrived is taken at once, each time bytes arrive (no promise per record).
      await this.pump(() => {
        while (got < size && this.buffered > 0) {
          // The server sends blocks of BLOCK bytes, and an in-band error in place of one (at the
          // start: a refusal, possibly framed; later: "BAD: File changed…"). What has arrived is
          // taken in one piece up to the next block that starts with 'B' or 't', which is looked at.
          const chunk = this.peek(1);
          let n = Math.min(chunk.length, size - got);
          for (let k = (BLOCK - (got % BLOCK)) % BLOCK; k < n; k += BLOCK) {
            if (chunk[k] === 0x42 || (got + k === 0 && chunk[k] === 0x74)) {
              n = k;
              break;
            }
          }
          if (n === 0) {
            // A block that may be an error: enough of it to tell.
            const want = Math.min(size - got, BLOCK);
            if (this.buffered < Math.min(want, 13)) return false;
            const head = this.peek(16).subarray(0, 16).toString('latin1');
            const framed = got === 0 && /^t \d+\0*BAD: /.test(head);
            if (framed || (got === 0 && head.startsWith('BAD: ')) || head.startsWith(CHANGED.slice(0, 16))) {
              const said = Session.text(this.peek(300).subarray(framed ? 8 : 0, 300));
              throw said.startsWith(CHANGED)
                ? new RemoteError('failed', `it changed on ${this.where()} while it was being copied`)
                : new RemoteError('denied', `refused by ${this.where()} (GET): ${said.replace(/^BAD:\s*/, '')}`);
            }
            if (this.buffered < want) return false;
            n = want;
          }
          sink(this.take(n), got);
          got += n;
        }
        return got >= size;
      });
    } catch (e) {
      this.close();
      if (e instanceof RemoteError && e.kind !== 'server') throw e;
      throw new RemoteError('failed', `the transfer stopped after ${got} of ${size} bytes: ${(e as Error).message}`);
    }
  }
}

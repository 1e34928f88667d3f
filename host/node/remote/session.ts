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
import { isUtf8 } from 'node:buffer';
import { certificateFor, keepCertificate, keyDigest, KeyPair, readKeyFile, trustedKeyPath, trustKey } from './keys.js';
import { writeAtomically } from '../atomic-write.js';
import { readBounded } from '../bounded-read.js';

/**
 * Why a request failed: the whole server (down, refused us, key not trusted, stalled, the
 * connection lost), or one file (denied, missing, failed; changed: what arrived is not the
 * server's file as it is now, asked again it may succeed).
 */
export type RemoteFailure = 'server' | 'denied' | 'missing' | 'failed' | 'changed';

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
  /** The server's device number: with `ino`, a directory's identity (loops). */
  dev: number;
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
  /** A transfer's overall deadline: `timeout` plus its size at this rate (bytes per second). */
  minRate?: number;
  /** Told of keys learnt. */
  note: (message: string) => void;
  /**
   * Opened before the run asked for this server (worker.ts, early.ts): the server's key must be
   * pinned for the name already, nothing is learnt or written (not even our own certificate:
   * contextOf), and the run checks it again when it takes the connection (adopt).
   */
  speculative?: boolean;
}

/**
 * One TLS context per key pair, shared by every connection of the run: the key is parsed and the
 * certificate found (kept in the state directory: keys.ts certificateFor) once, not per
 * connection. A certificate made new is kept by the first connection the run itself uses: a
 * speculative one writes nothing (the run has not checked the state directory yet).
 */
const contexts = new WeakMap<KeyPair, { context: tls.SecureContext; unkept: string | null }>();

/**
 * The context a connection presents our key with. It trusts no certificate authority (`ca: []`):
 * a server is trusted by its key alone, and Node's own CA store, which it would otherwise parse
 * here (≈140 certificates, 30-50 ms of the worker's time before the first connection), is never
 * asked.
 */
export function contextOf(keys: KeyPair, stateDir: string): tls.SecureContext {
  let made = contexts.get(keys);
  if (!made) {
    const { pem, kept } = certificateFor(stateDir, keys);
    made = { context: tls.createSecureContext({ key: keys.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, cert: pem, ca: [] }), unkept: kept ? null : pem };
    contexts.set(keys, made);
  }
  return made.context;
}

/** Keeps the context's new certificate (once) for the next runs; see contextOf. */
function keepContextCertificate(keys: KeyPair, stateDir: string): void {
  const made = contexts.get(keys);
  if (made?.unkept) {
    keepCertificate(stateDir, made.unkept);
    made.unkept = null;
  }
}

const TYPES: RemoteStat['type'][] = ['file', 'link', 'dir', 'other', 'other', 'other', 'other'];
/** What each number of a STAT reply is, in order. */
const STAT_FIELDS = ['type', 'mode', 'link mode', 'uid', 'gid', 'size', 'atime', 'mtime', 'ctime', 'makeholes', 'inode', 'link count', 'device'];
const TERMINATOR = '---cfXen/gine/cfXen/gine---';
const CHANGED = 'BAD: File changed while copying';
const BLOCK = 2048;
/** The slowest transfer accepted: 16 KB/s, plus the idle timeout (a trickling server is cut off). */
const MIN_RATE = 16 * 1024;
/** A listing longer than this is refused (a hostile server could send names without end). */
const MAX_NAMES = 200_000;
const TAIL = 512;
/**
 * Arriving bytes are copied into slabs of this size. A piece handed on keeps its slab alive only
 * while it is used: replies are parsed at once, a file's blocks copied to where they go.
 */
const SLAB = 256 * 1024;
const MAX_LISTING_BYTES = 32 * 1024 * 1024;
/** MD5 requests sent together before their replies are read (differsMany). */
const MD5_WINDOW = 256;

/**
 * Whether a file's last bytes hold the start of a transaction (the reply to the STAT sent with
 * the GET): then the stream ran short and the reply was taken for the file's end.
 */
function endsInReply(tail: Buffer): boolean {
  return /t \d{1,5}(?:\0+(?:OK|BAD)|\0*$)/.test(tail.subarray(-64).toString('latin1'));
}

/**
 * The length of the whole STAT reply (its two transactions, or one `BAD`) that `tail` ends with,
 * or -1. A GET that ran short is followed at once by the reply to the STAT sent with it: taken for
 * the file's bytes, it is the last thing the server sends before it falls quiet.
 */
export function statReplyAtEnd(tail: Buffer): number {
  for (let i = tail.length - 8; i >= 0; i--) {
    if (tail[i] !== 0x74 || tail[i + 1] !== 0x20) continue;
    const first = /^t (\d{1,5})\0*$/.exec(tail.subarray(i, i + 8).toString('latin1'));
    if (!first) continue;
    const next = i + 8 + Number(first[1]);
    const body = tail.subarray(i + 8, i + 11).toString('latin1');
    if (next === tail.length && body === 'BAD') return tail.length - i;
    if (body !== 'OK:' || next + 8 > tail.length) continue;
    const second = /^t (\d{1,5})\0*$/.exec(tail.subarray(next, next + 8).toString('latin1'));
    if (second && next + 8 + Number(second[1]) === tail.length) return tail.length - i;
  }
  return -1;
}

/**
 * A transaction's 8-byte header: exactly `t LEN` or `m LEN` (more follow), NUL-padded; null for
 * anything else (not a reply: a GET's surplus bytes).
 */
function transactionHeader(bytes: Buffer): { more: boolean; length: number } | null {
  const length = headerLength(bytes);
  return length < 0 ? null : { more: bytes[0] === 0x6d, length };
}

/**
 * transactionHeader's length, or -1 for what is not a header; read byte by byte, as it is done
 * for each of a listing's thousands of STAT replies (no string, no regular expression).
 */
export function headerLength(bytes: Uint8Array): number {
  if ((bytes[0] !== 0x74 && bytes[0] !== 0x6d) || bytes[1] !== 0x20) return -1;
  let length = 0;
  let i = 2;
  for (; i < 8 && bytes[i] >= 0x30 && bytes[i] <= 0x39; i++) length = length * 10 + bytes[i] - 0x30;
  if (i === 2 || i > 7) return -1; // 1 to 5 digits
  for (; i < 8; i++) if (bytes[i] !== 0) return -1;
  return length;
}

/** How long a stream must stay quiet after what looks like our STAT's reply before it is taken to have run short. */
const QUIET_MS = 1000;

/** What a verified fetch says when the bytes are not the server's file's. */
export function digestMismatch(where: string): RemoteError {
  return new RemoteError('changed', `what arrived does not have the MD5 digest of the file on ${where} (it changed while it was copied)`);
}

/** The protocol's MD5 request: whether the server's file has this digest. */
function md5Request(path: string, digest: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`MD5 ${path}`, 'utf8'), Buffer.alloc(2), digest]);
}

/** `data` cut at each NUL: the same pieces as its text split at '\0' (a NUL is never inside a UTF-8 character). */
function splitNul(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let nul = data.indexOf(0); nul >= 0; at = nul + 1, nul = data.indexOf(0, at)) out.push(data.subarray(at, nul));
  out.push(data.subarray(at));
  return out;
}

/** A name from a listing that may not be used as one: empty, `.`, `..`, with `/` or NUL. */
function badName(name: string): boolean {
  return name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0');
}

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

  private constructor(private o: SessionOptions) {}
  private peerKey: crypto.KeyObject | null = null;

  static async open(o: SessionOptions): Promise<Session> {
    const s = new Session(o);
    await s.connect();
    return s;
  }

  /**
   * Takes a speculative connection (opened before the run asked) for the run, with the run's
   * options: the server's key is checked again as for a new connection, so what it may learn or
   * must refuse is decided now, with the state directory the run checked.
   */
  adopt(o: SessionOptions): void {
    this.o = { ...o, speculative: false };
    this.checkServerKey();
    keepContextCertificate(this.o.keys, this.o.stateDir);
  }

  private where(): string {
    return `${this.o.host}:${this.o.port}`;
  }

  private async connect(): Promise<void> {
    const o = this.o;
    await new Promise<void>((resolve, reject) => {
      const socket = tls.connect({
        host: o.host, port: o.port, secureContext: contextOf(o.keys, o.stateDir),
        // Any certificate: the server is trusted by its key (checkServerKey), as cf-agent does.
        rejectUnauthorized: false, timeout: o.timeout * 1000,
        // Straight from the TLS layer, no stream in between: cf-serverd sends a file in 2 KB
        // records, each a callback (a stream's events cost twice as much). Node asks for the
        // buffer of the next read after each: a GET's bytes are read where they go (readBuffer).
        onread: { buffer: () => this.readBuffer(), callback: (n: number, buf: Uint8Array) => this.arrived(n, buf) },
      } as tls.ConnectionOptions);
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
    const lost = (e?: Error) => {
      this.closedWith ??= new RemoteError('server', `the connection to ${this.where()} was lost${e ? `: ${e.message}` : ''}`);
      this.broken = true;
      this.wake();
    };
    this.socket.on('error', lost);
    this.socket.on('end', () => lost());
    this.socket.on('close', () => lost());
    // Our last handshake flight (certificate, signature, Finished) is written once the callback
    // that said the handshake is done has returned: the key is checked just after, while the
    // server answers it, not before (≈1 ms of the way to the first request). Nothing is sent to
    // the server before the check (what it sends meanwhile waits in `arrived`).
    await new Promise<void>((go) => setImmediate(go));
    if (this.closedWith) throw this.closedWith; // lost meanwhile: said as such, not as a missing certificate
    if (!o.speculative) keepContextCertificate(o.keys, o.stateDir);
    this.checkServerKey();
    // A refusal closes the connection, this one too (a greeting past 4 KiB: readLine throws).
    this.requestSent();
    const greeting = (await this.readLine().catch((e) => {
      void this.close();
      throw e;
    })).trim();
    if (!/^CFE_v[2-9]\b/.test(greeting)) {
      void this.close();
      throw new RemoteError('server', `${this.where()} does not speak cfengine's TLS protocol (it said "${greeting.slice(0, 80)}")`);
    }
    this.socket.write(`CFE_v2 cfwasm 0.1\nIDENTITY USERNAME=${this.o.user}\n`);
    this.requestSent();
    const welcome = (await this.readLine().catch(() => '')).trim();
    if (!welcome.startsWith('OK WELCOME')) {
      void this.close();
      throw new RemoteError('server', `${this.where()} does not accept us as ${this.o.user}` +
        (welcome ? ` (it said "${welcome.slice(0, 120)}")` : ' (it hung up: our key is not trusted there, or the user is not in allowusers)'));
    }
  }

  /**
   * Trust by key, pinned per server name and port (`lastseen.json`): a name is accepted only with
   * the key pinned for it. An unpinned name takes a key where `trustKey` allows (first contact),
   * or one an administrator put in ppkeys that no other name holds; a key pinned for another name
   * is not enough (one trusted server could then stand in for every other), and moves no pin.
   */
  private checkServerKey(): void {
    // Kept from the handshake: an adopted connection is checked again with it (adopt).
    this.peerKey ??= this.socket.getPeerX509Certificate()?.publicKey ?? null;
    const key = this.peerKey;
    if (!key) {
      void this.close();
      throw new RemoteError('server', `${this.where()} presented no certificate`);
    }
    const digest = keyDigest(key);
    const { stateDir } = this.o;
    const id = this.where();
    const known = trustedKeyPath(stateDir, 'root', digest);
    const seen = readLastSeen(stateDir);
    const refuse = (why: string): never => {
      void this.close();
      throw new RemoteError('server', why);
    };
    // Pins made before they had the port are the name's on every port.
    const pinned = seen[id] ?? seen[this.o.host];
    if (this.o.speculative) {
      // Only a key already pinned for this name, unchanged; anything else waits for the run.
      if (pinned !== digest || !fs.existsSync(known) || keyDigest(crypto.createPublicKey(readKeyFile(known))) !== digest) {
        refuse(`${id}: its key is not pinned for it (a speculative connection decides nothing)`);
      }
      return;
    }
    if (pinned !== undefined && pinned !== digest) {
      refuse(`SERVER KEY CHANGED: ${id} presented ${digest}, but it was ${pinned}; ` +
        `refusing it (someone may be impersonating the server). If the server's key really was replaced, remove ` +
        `${trustedKeyPath(stateDir, 'root', pinned)} and the entry "${id}" in ${lastSeenPath(stateDir)}, then trust the new key`);
    }
    if (fs.existsSync(known)) {
      const kept = crypto.createPublicKey(readKeyFile(known));
      if (keyDigest(kept) !== digest) refuse(`${known} does not hold the key its name says; refusing ${id}`);
    }
    if (pinned === digest && fs.existsSync(known)) {
      if (seen[id] !== digest) writeLastSeen(stateDir, { ...seen, [id]: digest });
      return;
    }
    // Pinned, but its key file removed: trust was withdrawn; only trustKey gives it again.
    const other = Object.keys(seen).find(name => name !== id && name !== this.o.host && seen[name] === digest);
    if (!this.o.trustKey) {
      if (other !== undefined) {
        refuse(`${id} presented the key ${digest}, which is trusted for ${other}, not for this name; not trusted ` +
          `(give trustkey=true or TrustKeysFrom for a first connection)`);
      }
      if (!fs.existsSync(known)) {
        refuse(`${id} presented the unknown key ${digest}; not trusted ` +
          `(give trustkey=true or TrustKeysFrom for a first connection, or put its public key in ${known})`);
      }
      // Put in ppkeys by hand, for no other name: pinned for this one now.
      writeLastSeen(stateDir, { ...seen, [id]: digest });
      this.o.note(`pinning the key ${digest} of ${id} (from ${known})`);
      return;
    }
    const path = trustKey(stateDir, 'root', key);
    writeLastSeen(stateDir, { ...seen, [id]: digest });
    this.o.note(`trusting the new key ${digest} of ${id} (kept in ${path})`);
  }

  /** How many requests hold or wait for the connection. */
  get load(): number {
    return this.queue.length + (this.busy ? 1 : 0);
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

  /**
   * Closes the connection with TLS's close_notify (cf-serverd logs an "unexpected eof" for a
   * connection that just drops), then the socket a moment later whatever the server does.
   * Resolves when our side is closed (close_notify and FIN written), or the socket is.
   */
  close(): Promise<void> {
    this.broken = true;
    this.landing = null;
    this.landingAt = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
    const socket = this.socket;
    if (!socket || socket.destroyed) return Promise.resolve();
    return new Promise<void>((done) => {
      const timer = setTimeout(() => socket.destroy(), 500);
      timer.unref();
      socket.once('close', () => {
        clearTimeout(timer);
        done();
      });
      // Done once our close_notify and FIN are written ('finish'): the run need not wait a round
      // trip for the server's own close (the socket still takes it, or is destroyed as above).
      socket.once('finish', done);
      socket.end();
    });
  }

  /** Where arrived() copies to: one slab carved into pieces, not a small buffer (and GC) per 2 KB record. */
  private slab = Buffer.alloc(0);
  private slabAt = 0;
  /** What the TLS layer reads into when no GET's bytes are wanted (arrived copies them out). */
  private reused = Buffer.allocUnsafe(64 * 1024);
  /**
   * While a GET waits for its bytes (receiveFile): where the next ones may go, none past the
   * file's end (what follows is a reply), and the file's offset of that place.
   */
  private landing: (() => Uint8Array) | null = null;
  private landingAt: (() => number) | null = null;
  /**
   * The landing place being filled, record after record (a file's bytes arrive in 2 KB TLS
   * records, each a callback), its file offset, and how much of it is filled. It goes to the
   * GET's step (`landed`) once full, or as soon as a record holds a block that may be an in-band
   * error, or when the stream goes quiet (flushLanding): not record by record. Waking the step per
   * record was most of the JavaScript a record cost, and, with V8's optimising compiler inlining
   * the whole step into the callback, most of that compiler's work during a transfer.
   */
  private region: Uint8Array | null = null;
  private regionAt = 0;
  private filled = 0;
  /** The buffer readBuffer last gave out if it was a landing place, and the bytes read into place (for receiveFile). */
  private landingView: Uint8Array | null = null;
  private landed: Uint8Array | null = null;

  /**
   * The buffer the TLS layer reads the next decrypted bytes into (Node asks after each read): the
   * rest of the landing place while a GET waits with nothing buffered before it (the bytes are
   * then in place: no copy), else the reused buffer.
   */
  private readBuffer(): Uint8Array {
    if (this.region !== null) return (this.landingView = this.region.subarray(this.filled));
    if (this.landing && this.waiting && this.buffered === 0 && this.landed === null) {
      const view = this.landing();
      if (view.length > 0) {
        this.region = view;
        this.regionAt = this.landingAt!();
        this.filled = 0;
        return (this.landingView = view);
      }
    }
    this.landingView = null;
    return this.reused;
  }

  /** Bytes from the TLS layer: read into a GET's landing place (kept where they are), or into the reused buffer (copied). */
  private arrived(n: number, buf: Uint8Array): boolean {
    if (n > 0 && buf === this.landingView) {
      this.landingView = null;
      const at = this.regionAt + this.filled;
      this.filled += n;
      this.received += n;
      this.lastArrival = Date.now();
      // A block starting here with 'B' or 't' may be an in-band error: the step looks at once.
      let suspect = false;
      for (let k = (BLOCK - (at % BLOCK)) % BLOCK; k < n; k += BLOCK) if (buf[k] === 0x42 || buf[k] === 0x74) suspect = true;
      if (suspect || this.filled === this.region!.length) this.flushLanding();
    } else if (n > 0) {
      // (What was read into place comes first.)
      this.flushLanding(false);
      this.keep(n === buf.length ? buf : buf.subarray(0, n));
      this.received += n;
      this.lastArrival = Date.now();
      this.wake();
    }
    return true;
  }

  /** Hands what was read into the landing place to the GET's step (`landed`), waking it unless told not to. True if there was any. */
  private flushLanding(wake = true): boolean {
    const region = this.region;
    if (region === null) return false;
    this.region = null;
    this.landingView = null;
    if (this.filled === 0) return false;
    this.landed = this.filled === region.length ? region : region.subarray(0, this.filled);
    this.filled = 0;
    if (wake) this.wake();
    return true;
  }

  /** Buffers a copy of `bytes` (their memory is the TLS layer's, or a landing place's). */
  private keep(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.slab.length - this.slabAt < n) {
      this.slab = Buffer.allocUnsafeSlow(Math.max(SLAB, n));
      this.slabAt = 0;
    }
    this.slab.set(bytes, this.slabAt);
    this.chunks.push(this.slab.subarray(this.slabAt, this.slabAt + n));
    this.slabAt += n;
    this.buffered += n;
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

  private minRate(): number {
    return this.o.minRate ?? MIN_RATE;
  }

  /**
   * The connection's one timer for the idle limit and deadlines (see pump): armed for the earliest
   * moment a wait must be looked at, never earlier one than armed; a wait that ends leaves it, and
   * the next wait is looked at when it fires. Unreferenced: only the socket keeps the thread alive.
   */
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  /** What the timer looks at when it fires: the current wait's check, if one waits. */
  private watcher: (() => void) | null = null;
  /** When the last bytes arrived (Date.now()). */
  private lastArrival = 0;
  /**
   * When the current request was sent, and the bytes received by then. A reply with no deadline
   * of its own (all but a GET's bytes) must end by the timeout plus 1 s per minRate bytes of it,
   * however many waits and transactions it takes: one byte a second never hits the idle limit,
   * and without this a greeting, a listing or a STAT trickled so held the run for ever.
   */
  private requestAt = 0;
  private requestBase = 0;

  private requestSent(): void {
    this.requestAt = Date.now();
    this.requestBase = this.received;
  }

  private armAt(at: number): void {
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.watcher?.();
    }, Math.max(1, at - Date.now()));
    this.timer.unref();
  }

  /**
   * Calls `step` now and again each time bytes arrive, until it returns true (or throws, or the
   * connection ends, or nothing arrives for the timeout, or `deadline` passes). One promise for
   * the whole wait, however many TLS records it takes (a 100 MB GET arrives as 50,000 of them),
   * and no timer of its own: a wait of a different length per request made a timer list each.
   */
  private pump(step: () => boolean, deadline = Infinity): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const started = this.received;
      const since = Date.now();
      const idleMs = this.o.timeout * 1000;
      // A wait with no deadline given has its request's: the timeout, then 1 s per minRate bytes (requestAt).
      const own = deadline !== Infinity;
      const limit = () => (own ? deadline : this.requestAt + idleMs + ((this.received - this.requestBase) / this.minRate()) * 1000);
      const finish = (e?: Error) => {
        this.waiting = null;
        this.watcher = null;
        if (e) reject(e);
        else resolve();
      };
      // The idle limit counts from the last byte (or the wait's start); looked at when the timer fires.
      const check = () => {
        const now = Date.now();
        const lastByte = Math.max(since, this.lastArrival);
        const end = limit();
        if (now >= end && this.received !== (own ? started : this.requestBase)) {
          void this.close();
          return finish(new RemoteError('server', `${this.where()} is too slow: ${own ? 'the transfer' : 'its reply'} did not end in its time ` +
            `(${this.o.timeout} s and 1 s per ${this.minRate() / 1024} KB)`));
        }
        if (now - lastByte >= idleMs || now >= end) {
          void this.close();
          return finish(new RemoteError('server', `${this.where()} sent nothing for ${this.o.timeout} s`));
        }
        this.armAt(Math.min(lastByte + idleMs, end));
      };
      const run = () => {
        try {
          if (step()) return finish();
          if (this.closedWith) return finish(this.closedWith);
          // Only when the step must wait: what has arrived often answers it at once.
          if (this.watcher !== check) {
            this.watcher = check;
            this.armAt(Math.min(since + idleMs, limit()));
          }
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
    // A zero-length transaction may be the last thing that arrived: no chunk to cut it from.
    if (n === 0) return Buffer.alloc(0);
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

  /**
   * Requests are one at a time (exclusive), so bytes here when a request is sent, or after the
   * last reply a request awaits, are a reply nobody asked for (more STAT replies than STATs):
   * every reply after them would be read out of step. The connection is dropped.
   */
  private inStep(): void {
    if (this.buffered === 0) return;
    void this.close();
    throw new RemoteError('failed', `${this.where()} sent ${this.buffered} bytes no request asked for (its replies are out of step); the connection is dropped`);
  }

  private send(...payloads: (Buffer | string)[]): void {
    if (this.broken) throw new RemoteError('failed', `the connection to ${this.where()} is closed`);
    this.inStep();
    // Requests sent together leave in one write (one TLS record where they fit), not one each.
    const parts: Buffer[] = [];
    for (const payload of payloads) {
      const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
      if (body.length > 4096 - 8) {
        throw new RemoteError('failed', `request too long for the protocol (${body.length} bytes to ${this.where()}: ` +
          `${JSON.stringify(body.toString('utf8', 0, 240).slice(0, 60))}…)`);
      }
      const header = Buffer.alloc(8);
      header.write(`t ${body.length}`, 'ascii');
      parts.push(header, body);
    }
    if (parts.length) this.socket.write(Buffer.concat(parts));
    this.requestSent();
  }

  private async receive(): Promise<{ more: boolean; data: Buffer }> {
    await this.need(8);
    const h = transactionHeader(this.take(8));
    if (!h) {
      void this.close();
      throw new RemoteError('failed', `${this.where()} sent a bad transaction header`);
    }
    await this.need(h.length);
    return { more: h.more, data: this.take(h.length) }; // a view: arrived() copied the bytes already
  }

  /** The 8 buffered bytes from `at` (across pieces, copied), or null if they have not all arrived. */
  private bytesAt(at: number): Buffer | null {
    if (this.buffered < at + 8) return null;
    const out = this.head;
    let i = 0;
    let off = at;
    for (let k = 0; k < 8; k++, off++) {
      while (off >= this.chunks[i].length) off -= this.chunks[i++].length;
      out[k] = this.chunks[i][off];
    }
    return out;
  }

  private head = Buffer.alloc(8);

  /**
   * The length (header and data) of the transaction at `at` of what is buffered, or -1 if it has
   * not all arrived; what is not a header there closes the connection.
   */
  private wholeAt(at: number): number {
    const bytes = this.bytesAt(at);
    if (!bytes) return -1;
    const length = headerLength(bytes);
    if (length < 0) {
      void this.close();
      throw new RemoteError('failed', `${this.where()} sent a bad transaction header`);
    }
    return this.buffered >= at + 8 + length ? 8 + length : -1;
  }

  /** The next transaction's data, which wholeAt said has arrived. */
  private takeWhole(): Buffer {
    return this.take(headerLength(this.take(8)));
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
    const { names, notUtf8 } = await this.listing(path);
    const prefix = path.endsWith('/') ? path : `${path}/`;
    // A name that is not one (`..`, with `/`) is not asked about: the core refuses it by name. A
    // name listed twice is asked about once (a reply is awaited only for a STAT sent); both go to
    // the core, which refuses the repeat by name.
    // Counted in bytes, as the protocol limits them: a name of two-byte characters that fits in
    // characters but not in bytes made the whole listing fail (send refused its STAT).
    const asked = [...new Set(names.filter(name => !badName(name) && !notUtf8.has(name) && Buffer.byteLength(prefix + name) < 4000))];
    this.send(...asked.map(name => `SYNCH ${Math.floor(now)} STAT ${prefix}${name}`));
    const replies = new Map<string, RemoteStat | RemoteError>();
    // The replies are read as they arrive, all in one wait (not a promise per reply).
    let i = 0;
    await this.pump(() => {
      for (; i < asked.length; i++) {
        try {
          const st = this.statReplyNow(prefix + asked[i]);
          if (!st) return false;
          replies.set(asked[i], st);
          // The next reply's budget counts from here: each STAT is a request of its own.
          this.requestSent();
        } catch (e) {
          if (!(e instanceof RemoteError) || (e.kind !== 'missing' && e.kind !== 'denied')) throw e;
          replies.set(asked[i], e);
          this.requestSent();
        }
      }
      return true;
    });
    this.inStep();
    return names.map(name => {
      const reply = replies.get(name) ?? new RemoteError('failed', notUtf8.has(name)
        ? `${this.where()} listed a name that is not UTF-8 (its bad bytes shown as U+FFFD); not copied`
        : 'not usable as a file name');
      if (reply instanceof RemoteError) return { name, error: reply };
      return Object.assign(reply, { name }); // a repeat shares its first's stat (same name)
    });
  }

  private async statReply(path: string): Promise<RemoteStat> {
    let st: RemoteStat | null = null;
    await this.pump(() => (st = this.statReplyNow(path)) !== null);
    return st!;
  }

  /**
   * A STAT reply that has arrived whole, read without waiting (the replies to a listing's STATs
   * mostly come together); null if it has not yet. A refusal is one transaction (what follows
   * belongs to the next reply), thrown; a reply is two.
   */
  private statReplyNow(path: string): RemoteStat | null {
    const first = this.wholeAt(0);
    if (first < 0) return null;
    const ok = first >= 11 && this.peek(first).toString('latin1', 8, 11) === 'OK:';
    if (ok && this.wholeAt(first) < 0) return null;
    const fields = this.statFields(path, this.takeWhole()); // throws what is not OK
    return this.statOf(path, fields, this.takeWhole());
  }

  /** The numbers of a STAT reply's first transaction, or the server's refusal thrown. */
  private statFields(path: string, data: Buffer): number[] {
    const first = Session.text(data);
    if (first.includes('unsynchronized')) {
      throw new RemoteError('server', `the clocks of this host and ${this.where()} differ by more than an hour; the server refuses copies by date`);
    }
    if (first.startsWith('BAD')) throw this.refusal('STAT', path, first);
    const f = /^OK:\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)(?:\s+(\d+)\s+(\d+))?/.exec(first);
    if (!f) {
      void this.close();
      throw new RemoteError('failed', `${this.where()} sent a STAT reply we cannot read: ${first.slice(0, 80)}`);
    }
    return f.slice(1).map(x => Number(x ?? 0));
  }

  /** The stat from a reply's numbers and its second transaction (a link's target). */
  private statOf(path: string, n: number[], data: Buffer): RemoteStat {
    const second = Session.text(data);
    // A number past 2^53 is not held exactly (a size, a time no file can have): refused for
    // this file alone; the reply was read whole, so the connection stays in step.
    const huge = n.findIndex(x => !Number.isSafeInteger(x));
    if (huge >= 0) {
      throw new RemoteError('denied', `${this.where()} sent a STAT of ${path} whose ${STAT_FIELDS[huge]} is too large to be true (${n[huge]}); refused`);
    }
    // cf-serverd 3.x resolves the path it is asked for before it stats it, so a link there
    // arrives as what it points to; a server that reports the link itself (lmode) is honoured.
    const target = second.startsWith('OK:') && second.length > 3 ? second.slice(3) : undefined;
    const type = n[2] !== 0 && target !== undefined ? 'link' : TYPES[n[0]] ?? 'other';
    // A link with no target cannot be made here (symlink refuses ""): refused for this file
    // alone, by the server's name, not left to fail as a local error that names no server.
    if (type === 'link' && target === undefined) {
      throw new RemoteError('denied', `${this.where()} sent a STAT of ${path} as a link with no target; refused`);
    }
    const st: RemoteStat = {
      type, mode: n[1] & 0o7777, uid: n[3], gid: n[4], size: n[5],
      atime: n[6], mtime: n[7], ctime: n[8], ino: n[10], dev: n[12],
    };
    if (target !== undefined) st.target = target;
    return st;
  }

  async list(path: string): Promise<string[]> {
    return (await this.listing(path)).names;
  }

  /**
   * The listing's names, and those of them that were not UTF-8 as sent: decoded, their bad bytes
   * became U+FFFD, so the name is not the server's (a STAT of it would ask for another file, and
   * two such names may come out the same). They are told apart from a name that holds U+FFFD.
   */
  private async listing(path: string): Promise<{ names: string[]; notUtf8: Set<string> }> {
    this.send(`OPENDIR ${path}`);
    const names: string[] = [];
    const notUtf8 = new Set<string>();
    let bytes = 0;
    for (;;) {
      const { data } = await this.receive();
      const first = Session.text(data);
      if (names.length === 0 && first.startsWith('BAD')) throw this.refusal('OPENDIR', path, first);
      bytes += data.length;
      const text = data.toString('utf8');
      // Only a transaction with U+FFFD in it is looked at name by name, in its bytes.
      const raw = text.includes('\uFFFD') ? splitNul(data) : null;
      const pieces = text.split('\0');
      for (let k = 0; k < pieces.length; k++) {
        const name = pieces[k];
        if (name === TERMINATOR) return { names: names.filter(n => n !== '.' && n !== '..').sort(), notUtf8 };
        if (!name) continue;
        names.push(name);
        if (raw && name.includes('\uFFFD') && !isUtf8(raw[k])) notUtf8.add(name);
      }
      if (names.length > MAX_NAMES || bytes > MAX_LISTING_BYTES) {
        void this.close();
        throw new RemoteError('failed', `the listing of ${path} on ${this.where()} has more than ${MAX_NAMES} names or ${MAX_LISTING_BYTES >> 20} MB; refused`);
      }
    }
  }

  /** True if the server's file differs from `local` (by MD5; the server compares). */
  async differs(path: string, local: Uint8Array): Promise<boolean> {
    return this.differsFrom(path, crypto.createHash('md5').update(local).digest());
  }

  /** True if the MD5 of the server's file is not `digest` (the protocol's MD5 request). */
  private async differsFrom(path: string, digest: Buffer): Promise<boolean> {
    this.sendMd5(path, digest);
    return this.md5Reply(path);
  }

  private sendMd5(path: string, digest: Uint8Array): void {
    this.send(md5Request(path, digest));
  }

  private async md5Reply(path: string): Promise<boolean> {
    // Each answer of a window has its own budget (the server hashes each file in turn: a window of
    // big files may take minutes, each answer within the timeout).
    this.requestSent();
    const reply = Session.text((await this.receive()).data);
    if (reply.startsWith('BAD')) throw this.refusal('MD5', path, reply);
    return reply !== 'CFD_FALSE';
  }

  /**
   * differsFrom for many files: the requests are sent together, a window at a time, and the
   * replies read in order (the server answers each in turn), so many files cost a few round trips,
   * not one each. A file the server refuses gets its refusal's message.
   */
  async differsMany(items: { path: string; digest: Uint8Array }[]): Promise<(boolean | string)[]> {
    const out: (boolean | string)[] = [];
    for (let from = 0; from < items.length; from += MD5_WINDOW) {
      const window = items.slice(from, from + MD5_WINDOW);
      const fits = (path: string) => Buffer.byteLength(path) + 22 <= 4096 - 8;
      this.send(...window.filter(item => fits(item.path)).map(item => md5Request(item.path, item.digest)));
      for (const item of window) {
        if (!fits(item.path)) {
          out.push('request too long for the protocol');
          continue;
        }
        try {
          out.push(await this.md5Reply(item.path));
        } catch (e) {
          if (!(e instanceof RemoteError) || e.kind === 'server' || e.kind === 'failed') throw e;
          out.push(e.message);
        }
      }
    }
    return out;
  }

  /** The file's bytes: exactly `size` of them (from STAT), else an error and the connection closed. */
  async get(path: string, size: number, verify = false): Promise<Uint8Array> {
    const out = new Uint8Array(size);
    // Bytes read into place are there already (a view of `out` itself).
    const into = (at: number, max: number) => out.subarray(at, at + max);
    await this.fetch(path, size, (bytes, at) => bytes.buffer === out.buffer || out.set(bytes, at), verify, into);
    return out;
  }

  /**
   * The file's bytes, handed to `sink` in order as they arrive (`at`: their offset): exactly
   * `size` of them, else an error (after some may have been handed over). A GET's reply has no
   * length of its own, so a STAT of the file is sent with it: its reply must follow the `size`
   * bytes at once. A file that grew meanwhile leaves surplus bytes there instead, and one that
   * changed size is told by the STAT; either is 'changed' and the connection is closed (a stream
   * out of step is never reused). With `verify`, the MD5 of what arrived is compared with the
   * server's file's. The whole transfer has a deadline from its size (minRate).
   *
   * `into(at, max)`, if given: where the bytes from `at` (at most `max`) may be read straight
   * from the TLS layer, not copied (they then reach `sink` as a view of that memory, in place). It
   * must be memory of this fetch alone, never Node's shared pool (after a failure the TLS layer
   * may still write into the last place given), and what it gave keeps its bytes until TAIL more
   * have arrived (the last ones are looked at for a reply that ended the stream early).
   */
  async fetch(path: string, size: number, sink: (bytes: Uint8Array, at: number) => void, verify = false,
    into?: (at: number, max: number) => Uint8Array): Promise<void> {
    const md5 = verify ? crypto.createHash('md5') : null;
    const give = md5 ? (bytes: Uint8Array, at: number) => {
      md5.update(bytes);
      sink(bytes, at);
    } : sink;
    if (size > 0) {
      this.send(`GET ${BLOCK} ${path}`, `SYNCH ${Math.floor(Date.now() / 1000)} STAT ${path}`);
      const tail = await this.receiveFile(path, size, give, into);
      // The STAT sent with it is answered now: its time counts from here, not from the GET.
      this.requestSent();
      let after: RemoteStat | null = null;
      try {
        after = await this.statReply(path);
      } catch (e) {
        // 'denied': a whole reply, in step, with a number refused (statOf).
        if (!(e instanceof RemoteError) || e.kind === 'server' || e.kind === 'denied') throw e;
        if (e.kind !== 'missing') {
          void this.close();
          throw endsInReply(tail) ? this.ranShort()
            : new RemoteError('changed', `${this.where()} sent more than the ${size} bytes its STAT gave (the file grew while it was copied)`);
        }
        // Gone since it was sent whole: what arrived stands.
      }
      if (after && after.size !== size) {
        throw new RemoteError('changed', `it changed on ${this.where()} while it was copied (${size} bytes, now ${after.size})`);
      }
    }
    if (md5 && await this.differsFrom(path, md5.digest())) throw digestMismatch(this.where());
  }

  private ranShort(): RemoteError {
    return new RemoteError('changed', `${this.where()} sent fewer bytes than its STAT gave (the file shrank while it was copied)`);
  }

  /** A GET's `size` bytes, handed to `sink`; an error closes the connection. Its last bytes are returned. */
  private async receiveFile(path: string, size: number, sink: (bytes: Uint8Array, at: number) => void,
    into?: (at: number, max: number) => Uint8Array): Promise<Buffer> {
    let got = 0;
    // The last pieces taken (at least TAIL bytes): a stream that ran short has our STAT's reply in them.
    const recent: Uint8Array[] = [];
    let recentBytes = 0;
    const tail = (): Buffer => Buffer.concat(recent).subarray(-TAIL);
    const taken = (piece: Uint8Array) => {
      sink(piece, got);
      got += piece.length;
      recent.push(piece);
      recentBytes += piece.length;
      while (recentBytes - recent[0].length >= TAIL) recentBytes -= recent.shift()!.length;
    };
    // Up to the file's end, the bytes may be read where they go (readBuffer); what follows is a reply.
    if (into) {
      this.landing = () => into(got, size - got);
      this.landingAt = () => got;
    }
    const deadline = Date.now() + this.o.timeout * 1000 + (size / this.minRate()) * 1000;
    // Ran short: the bytes end with our STAT's reply and nothing follows for QUIET_MS (a file
    // whose own bytes look so at a pause is only asked for again). One timer, looked at when it
    // fires (not a look at the bytes per TLS record).
    const quietMs = Math.min(QUIET_MS, this.o.timeout * 500);
    let quiet: NodeJS.Timeout | null = null;
    const since = Date.now();
    /** When the last bytes arrived (they are read into place without waking the step: arrived). */
    const lastAt = () => Math.max(since, this.lastArrival);
    let short = -1;
    /** What has arrived ends with our STAT's reply: the file's bytes, if it stays so for QUIET_MS. */
    const fileBytes = (): number => {
      const end = this.buffered > 0 ? Buffer.concat([tail(), this.peek()]).subarray(-TAIL) : tail();
      const reply = statReplyAtEnd(end);
      return reply < 0 ? -1 : got + this.buffered - reply;
    };
    // `wait`: when to look (by default when the stream will have been quiet for quietMs).
    const watch = (wait = Math.max(1, lastAt() + quietMs - Date.now())) => {
      if (quiet) return;
      quiet = setTimeout(() => {
        quiet = null;
        const idle = Date.now() - lastAt();
        if (idle < quietMs) return watch();
        // Bytes read into place and not yet looked at are taken first (the step then watches again).
        if (this.flushLanding()) return watch();
        short = fileBytes();
        if (short >= 0) this.wake();
        // Quiet with no reply at its end: a stall, which the idle limit and the deadline end.
        // Looked at again a quiet period later, not every millisecond until bytes come.
        else watch(quietMs);
      }, wait);
    };
    try {
      // Whatever has arrived is taken at once, each time bytes arrive (no promise per record).
      await this.pump(() => {
        this.flushLanding(false);
        if (short >= 0) throw new RemoteError('changed', `${this.where()} ended its reply after ${short} of the ${size} bytes ` +
          'its STAT gave (the file shrank while it was copied)');
        const landed = this.landed;
        if (landed) {
          // Read in place (nothing was buffered before them). A block that may be an in-band error
          // and all after it are buffered instead, to be looked at as below.
          this.landed = null;
          let n = landed.length;
          for (let k = (BLOCK - (got % BLOCK)) % BLOCK; k < n; k += BLOCK) {
            if (landed[k] === 0x42 || landed[k] === 0x74) {
              n = k;
              break;
            }
          }
          if (n < landed.length) this.keep(landed.subarray(n));
          if (n > 0) taken(n === landed.length ? landed : landed.subarray(0, n));
        }
        while (got < size && this.buffered > 0) {
          // The server sends blocks of BLOCK bytes, and an in-band error in place of one (at the
          // start: a refusal, possibly framed; later: "BAD: File changed…"). What has arrived is
          // taken in one piece up to the next block that starts with 'B' or 't', which is looked at.
          const chunk = this.peek(1);
          let n = Math.min(chunk.length, size - got);
          for (let k = (BLOCK - (got % BLOCK)) % BLOCK; k < n; k += BLOCK) {
            if (chunk[k] === 0x42 || chunk[k] === 0x74) {
              n = k;
              break;
            }
          }
          if (n === 0) {
            // A block that may be an error: enough of it to tell.
            const want = Math.min(size - got, BLOCK);
            if (this.buffered < Math.min(want, 13)) return false;
            const head = this.peek(16).subarray(0, 16).toString('latin1');
            const framed = /^t \d+\0*BAD: /.test(head);
            if (framed || (got === 0 && head.startsWith('BAD: ')) || head.startsWith(CHANGED.slice(0, 16))) {
              const said = Session.text(this.peek(300).subarray(framed ? 8 : 0, 300));
              throw said.startsWith(CHANGED)
                ? new RemoteError('changed', `it changed on ${this.where()} while it was being copied`)
                : new RemoteError('denied', `refused by ${this.where()} (GET): ${said.replace(/^BAD:\s*/, '')}`);
            }
            if (this.buffered < want) {
              watch();
              return false;
            }
            n = want;
          }
          taken(this.take(n));
        }
        if (got < size) watch();
        return got >= size;
      }, deadline);
    } catch (e) {
      void this.close();
      if (e instanceof RemoteError && e.kind !== 'server') throw e;
      if (got > 0 && endsInReply(tail())) throw this.ranShort();
      throw new RemoteError('server', `the transfer of ${path} stopped after ${got} of ${size} bytes: ${(e as Error).message}`);
    } finally {
      if (quiet) clearTimeout(quiet);
      // Bytes read later into the last place given (the stream ended otherwise) are buffered as any.
      this.landing = null;
      this.landingAt = null;
      this.region = null;
      this.filled = 0;
      this.landed = null;
      this.landingView = null;
    }
    return tail();
  }
}

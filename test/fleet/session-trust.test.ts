/**
 * host/node/remote/session.ts's opening of a connection, in this process (Stryker's first run of
 * lines 1-405 found the key checks reached only by the CLI as a child, test/fleet/key.test.ts):
 * which server keys are trusted, pinned, learnt or refused, and the exact words of each refusal;
 * lastseen.json as written; a speculative connection and its adoption; what a server that does not
 * speak the protocol, does not welcome us, refuses the connection or never answers gives; a lost
 * connection; and the order in which requests take the connection (exclusive).
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as tls from 'node:tls';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { keyDigest, keyPaths, makeKeyPair, selfSignedCertificate, trustedKeyPath } from '../../host/node/remote/keys.js';
import type { KeyPair } from '../../host/node/remote/keys.js';
import { RemoteError, Session, statReplyAtEnd } from '../../host/node/remote/session.js';
import type { SessionOptions } from '../../host/node/remote/session.js';
import { fakeKeys, FakeServer } from './fake-server.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-session-trust-'));
let keys: KeyPair;
let keyA: KeyPair;
let keyB: KeyPair;
beforeAll(() => {
  keys = makeKeyPair(join(scratch, 'own'), 1024);
  keyA = fakeKeys();
  keyB = fakeKeys();
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const closers: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

let n = 0;
/** A fresh state directory (ppkeys/ made, empty). */
function stateDir(): string {
  const d = join(scratch, `state-${n++}`);
  fs.mkdirSync(join(d, 'ppkeys'), { recursive: true, mode: 0o700 });
  return d;
}
const lastSeen = (state: string) => join(state, 'ppkeys', 'lastseen.json');
const pin = (state: string, table: Record<string, string>) => fs.writeFileSync(lastSeen(state), JSON.stringify(table));
const keep = (state: string, k: KeyPair, as = k) =>
  fs.writeFileSync(trustedKeyPath(state, 'root', keyDigest(as.publicKey)), k.publicKey.export({ type: 'pkcs1', format: 'pem' }) as string);

async function server(k: KeyPair): Promise<FakeServer> {
  const fake = await FakeServer.start({ stat: () => undefined, list: () => undefined }, { keys: k });
  closers.push(() => fake.stop());
  return fake;
}

/** Opens a session (closed after the test) or gives the RemoteError it failed with; `notes` gets the notes. */
async function open(port: number, state: string, more: Partial<SessionOptions> = {}, notes: string[] = []): Promise<Session | RemoteError> {
  try {
    const s = await Session.open({ host: '127.0.0.1', port, trustKey: false, keys, stateDir: state, user: 'root', timeout: 30, note: (m) => notes.push(m), ...more });
    closers.push(() => s.close());
    return s;
  } catch (e) {
    expect(e).toBeInstanceOf(RemoteError);
    expect((e as RemoteError).kind).toBe('server');
    return e as RemoteError;
  }
}
const refusal = (r: Session | RemoteError) => {
  if (!(r instanceof RemoteError)) throw new Error('the connection was accepted');
  return r.message;
};

describe('server keys', () => {
  it('trustKey, first contact: the key kept in ppkeys, pinned in lastseen.json (0600, as written), a note saying so', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    const notes: string[] = [];
    const id = `127.0.0.1:${fake.port}`;
    expect(await open(fake.port, state, { trustKey: true }, notes)).toBeInstanceOf(Session);
    const kept = trustedKeyPath(state, 'root', fake.digest);
    expect(notes).toEqual([`trusting the new key ${fake.digest} of ${id} (kept in ${kept})`]);
    expect(fs.readFileSync(kept, 'utf8')).toBe(keyA.publicKey.export({ type: 'pkcs1', format: 'pem' }));
    expect(fs.readFileSync(lastSeen(state), 'utf8')).toBe(`${JSON.stringify({ [id]: fake.digest }, null, 1)}\n`);
    expect(fs.statSync(lastSeen(state)).mode & 0o7777).toBe(0o600);
  });

  it('pinned and kept: accepted without a note, lastseen.json not written again', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    const id = `127.0.0.1:${fake.port}`;
    keep(state, keyA);
    pin(state, { [id]: fake.digest });
    const before = fs.statSync(lastSeen(state)).ino;
    const notes: string[] = [];
    expect(await open(fake.port, state, {}, notes)).toBeInstanceOf(Session);
    expect(notes).toEqual([]);
    expect(fs.statSync(lastSeen(state)).ino).toBe(before);
  });

  it('pinned for the name alone (an old pin): accepted, and pinned for the name and port too', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    pin(state, { '127.0.0.1': fake.digest });
    expect(await open(fake.port, state)).toBeInstanceOf(Session);
    expect(JSON.parse(fs.readFileSync(lastSeen(state), 'utf8'))).toEqual({ '127.0.0.1': fake.digest, [`127.0.0.1:${fake.port}`]: fake.digest });
  });

  it('another key than the one pinned: SERVER KEY CHANGED, with what to remove', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    const id = `127.0.0.1:${fake.port}`;
    const old = keyDigest(keyB.publicKey);
    keep(state, keyA);
    pin(state, { [id]: old });
    expect(refusal(await open(fake.port, state, { trustKey: true }))).toBe(`SERVER KEY CHANGED: ${id} presented ${fake.digest}, but it was ${old}; ` +
      'refusing it (someone may be impersonating the server). If the server\'s key really was replaced, remove ' +
      `${trustedKeyPath(state, 'root', old)} and the entry "${id}" in ${lastSeen(state)}, then trust the new key`);
  });

  it('a key file that does not hold the key its name says: refused', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyB, keyA); // keyB's key under keyA's name
    pin(state, { [`127.0.0.1:${fake.port}`]: fake.digest });
    expect(refusal(await open(fake.port, state, { trustKey: true }))).toBe(`${trustedKeyPath(state, 'root', fake.digest)} does not hold the key its name says; refusing 127.0.0.1:${fake.port}`);
  });

  it('an unknown key without trustKey: refused, saying where its key would go; nothing written', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    const known = trustedKeyPath(state, 'root', fake.digest);
    expect(refusal(await open(fake.port, state))).toBe(`127.0.0.1:${fake.port} presented the unknown key ${fake.digest}; not trusted ` +
      `(give trustkey=true or TrustKeysFrom for a first connection, or put its public key in ${known})`);
    expect(fs.readdirSync(join(state, 'ppkeys')).filter((f) => f !== 'localhost.cert')).toEqual([]);
  });

  it('a key pinned for another name: refused without trustKey (naming that one), learnt with it', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    pin(state, { 'other.example:5308': fake.digest, '127.0.0.1:1': keyDigest(keyB.publicKey) });
    expect(refusal(await open(fake.port, state))).toBe(`127.0.0.1:${fake.port} presented the key ${fake.digest}, which is trusted for other.example:5308, not for this name; not trusted ` +
      '(give trustkey=true or TrustKeysFrom for a first connection)');
    const notes: string[] = [];
    expect(await open(fake.port, state, { trustKey: true }, notes)).toBeInstanceOf(Session);
    expect(notes).toEqual([`trusting the new key ${fake.digest} of 127.0.0.1:${fake.port} (kept in ${trustedKeyPath(state, 'root', fake.digest)})`]);
  });

  it('a key put in ppkeys by hand, pinned for no name: pinned for this one now, with a note', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    // Pinned under its own name on another port only: the same host, not another name.
    pin(state, { '127.0.0.2:5308': keyDigest(keyB.publicKey) });
    const notes: string[] = [];
    const id = `127.0.0.1:${fake.port}`;
    expect(await open(fake.port, state, {}, notes)).toBeInstanceOf(Session);
    expect(notes).toEqual([`pinning the key ${fake.digest} of ${id} (from ${trustedKeyPath(state, 'root', fake.digest)})`]);
    expect(JSON.parse(fs.readFileSync(lastSeen(state), 'utf8'))).toEqual({ '127.0.0.2:5308': keyDigest(keyB.publicKey), [id]: fake.digest });
  });

  it('a pin whose key file was removed: trust withdrawn, refused without trustKey (an old pin of the name is no other name)', async () => {
    const fake = await server(keyA);
    const unknown = (state: string) => `127.0.0.1:${fake.port} presented the unknown key ${fake.digest}; not trusted ` +
      `(give trustkey=true or TrustKeysFrom for a first connection, or put its public key in ${trustedKeyPath(state, 'root', fake.digest)})`;
    const state = stateDir();
    pin(state, { [`127.0.0.1:${fake.port}`]: fake.digest });
    expect(refusal(await open(fake.port, state))).toBe(unknown(state));
    const old = stateDir();
    pin(old, { '127.0.0.1': fake.digest });
    expect(refusal(await open(fake.port, old))).toBe(unknown(old));
  });

  it('our certificate is kept in the state directory by the first connection of the run', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    pin(state, { [`127.0.0.1:${fake.port}`]: fake.digest });
    const own = makeKeyPair(join(scratch, `own-${n}`), 1024); // a key pair no connection has used
    expect(fs.existsSync(keyPaths(state).cert)).toBe(false);
    expect(await open(fake.port, state, { keys: own })).toBeInstanceOf(Session);
    expect(fs.readFileSync(keyPaths(state).cert, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });
});

describe('speculative connections', () => {
  it('only to a key pinned for the name and kept; anything else refused, nothing written', async () => {
    const fake = await server(keyA);
    const id = `127.0.0.1:${fake.port}`;
    const unpinned = stateDir();
    expect(refusal(await open(fake.port, unpinned, { speculative: true, trustKey: true }))).toBe(`${id}: its key is not pinned for it (a speculative connection decides nothing)`);
    expect(fs.existsSync(lastSeen(unpinned))).toBe(false);
    const keptOnly = stateDir();
    keep(keptOnly, keyA);
    expect(refusal(await open(fake.port, keptOnly, { speculative: true }))).toBe(`${id}: its key is not pinned for it (a speculative connection decides nothing)`);
    const unkept = stateDir();
    pin(unkept, { [id]: fake.digest });
    expect(refusal(await open(fake.port, unkept, { speculative: true }))).toBe(`${id}: its key is not pinned for it (a speculative connection decides nothing)`);
    const wrong = stateDir();
    pin(wrong, { [id]: fake.digest });
    keep(wrong, keyB, keyA);
    expect(refusal(await open(fake.port, wrong, { speculative: true }))).toBe(`${id}: its key is not pinned for it (a speculative connection decides nothing)`);
    const good = stateDir();
    pin(good, { [id]: fake.digest });
    keep(good, keyA);
    expect(await open(fake.port, good, { speculative: true })).toBeInstanceOf(Session);
  });

  it('an old pin (the name alone) is enough to open one, which writes nothing; adopted, it is checked as the run\'s (pinned for the port too)', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    pin(state, { '127.0.0.1': fake.digest });
    const s = await open(fake.port, state, { speculative: true });
    expect(s).toBeInstanceOf(Session);
    expect(JSON.parse(fs.readFileSync(lastSeen(state), 'utf8'))).toEqual({ '127.0.0.1': fake.digest });
    (s as Session).adopt({ host: '127.0.0.1', port: fake.port, trustKey: false, keys, stateDir: state, user: 'root', timeout: 30, note: () => {} });
    expect(JSON.parse(fs.readFileSync(lastSeen(state), 'utf8'))).toEqual({ '127.0.0.1': fake.digest, [`127.0.0.1:${fake.port}`]: fake.digest });
  });
});

/** A TLS server with keyA's certificate that plays `serve` on each connection. */
async function rawServer(serve: (socket: tls.TLSSocket) => void): Promise<number> {
  const srv = tls.createServer({
    key: keyA.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    cert: selfSignedCertificate(keyA, 'raw'), requestCert: true, rejectUnauthorized: false,
  }, (socket) => {
    held.add(socket);
    socket.on('error', () => {});
    serve(socket);
  });
  // Its connections ended by the server (a client that gave up may not have closed its side).
  const held = new Set<tls.TLSSocket>();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  closers.push(() => new Promise((r) => {
    for (const socket of held) socket.destroy();
    srv.close(() => r(undefined));
  }));
  return (srv.address() as net.AddressInfo).port;
}
/** A state directory that trusts keyA for 127.0.0.1 on `port`. */
function trusting(port: number): string {
  const state = stateDir();
  keep(state, keyA);
  pin(state, { [`127.0.0.1:${port}`]: keyDigest(keyA.publicKey) });
  return state;
}

describe('servers that do not let us in', () => {
  it('one that does not speak the protocol: what it said, cut at 80 characters', async () => {
    const port = await rawServer((s) => s.write(`HTTP/1.1 400 ${'x'.repeat(100)}\n`));
    expect(refusal(await open(port, trusting(port)))).toBe(`127.0.0.1:${port} does not speak cfengine's TLS protocol (it said "${`HTTP/1.1 400 ${'x'.repeat(100)}`.slice(0, 80)}")`);
  });

  it('a short greeting that is not cfengine\'s, or names it only after something else: refused, said without its newline', async () => {
    const ssh = await rawServer((s) => s.write('SSH-2.0-OpenSSH_9.6\n'));
    expect(refusal(await open(ssh, trusting(ssh)))).toBe(`127.0.0.1:${ssh} does not speak cfengine's TLS protocol (it said "SSH-2.0-OpenSSH_9.6")`);
    const late = await rawServer((s) => s.write('HELLO CFE_v3 cf-serverd\n'));
    expect(refusal(await open(late, trusting(late)))).toBe(`127.0.0.1:${late} does not speak cfengine's TLS protocol (it said "HELLO CFE_v3 cf-serverd")`);
  });

  it('one that answers us with something else than OK WELCOME: its words; one that hangs up: why it may have', async () => {
    const port = await rawServer((s) => {
      s.write('CFE_v2 cf-serverd 3.21.0\n');
      s.once('data', () => s.write('BAD: who are you\n'));
    });
    expect(refusal(await open(port, trusting(port)))).toBe(`127.0.0.1:${port} does not accept us as root (it said "BAD: who are you")`);
    const long = `BAD: ${'w'.repeat(200)}`;
    const wordy = await rawServer((s) => {
      s.write('CFE_v2 cf-serverd 3.21.0\n');
      s.once('data', () => s.write(`${long}\n`));
    });
    expect(refusal(await open(wordy, trusting(wordy)))).toBe(`127.0.0.1:${wordy} does not accept us as root (it said "${long.slice(0, 120)}")`);
    const quiet = await rawServer((s) => {
      s.write('CFE_v3 cf-serverd 3.21.0\n');
      s.once('data', () => s.end());
    });
    expect(refusal(await open(quiet, trusting(quiet)))).toBe(`127.0.0.1:${quiet} does not accept us as root (it hung up: our key is not trusted there, or the user is not in allowusers)`);
  });

  it('no server on the port: connection refused, saying what to check', async () => {
    const srv = net.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise((r) => srv.close(r));
    expect(refusal(await open(port, stateDir()))).toBe(`cannot connect to 127.0.0.1:${port}: connection refused (is cf-serverd running there?)`);
  });

  it('a server that drops the connection before TLS: the reason given; one that never answers: the timeout', async () => {
    const drop = net.createServer((c) => c.destroy());
    await new Promise<void>((r) => drop.listen(0, '127.0.0.1', () => r()));
    closers.push(() => new Promise((r) => drop.close(() => r(undefined))));
    const port = (drop.address() as net.AddressInfo).port;
    const dropped = refusal(await open(port, stateDir()));
    expect(dropped).toMatch(new RegExp(`^cannot connect to 127\\.0\\.0\\.1:${port}: .+`));
    expect(dropped).not.toContain('connection refused');
    const held: net.Socket[] = [];
    const silent = net.createServer((c) => { held.push(c); });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    closers.push(() => new Promise((r) => { for (const c of held) c.destroy(); silent.close(() => r(undefined)); }));
    const quiet = (silent.address() as net.AddressInfo).port;
    expect(refusal(await open(quiet, stateDir(), { timeout: 1 }))).toBe(`cannot connect to 127.0.0.1:${quiet}: no answer in 1 s`);
  });

  it('one that hangs up as the handshake ends (its key is checked a moment later, after our Finished is written): the connection was lost', async () => {
    for (let i = 0; i < 5; i++) {
      const port = await rawServer((s) => s.destroy());
      expect(refusal(await open(port, trusting(port)))).toBe(`the connection to 127.0.0.1:${port} was lost`);
    }
  });

  it('a connection the server ends while a request waits: the request fails as lost, and the session is broken', async () => {
    const port = await rawServer((s) => {
      s.write('CFE_v2 cf-serverd 3.21.0\n');
      s.once('data', () => {
        s.write('OK WELCOME\n');
        s.once('data', () => s.end()); // the request: never answered
      });
    });
    const s = await open(port, trusting(port));
    expect(s).toBeInstanceOf(Session);
    const asked = (s as Session).stat('/f', Math.floor(Date.now() / 1000));
    await expect(asked).rejects.toThrow(new RegExp(`^the connection to 127\\.0\\.0\\.1:${port} was lost$`));
    expect((s as Session).broken).toBe(true);
  });
});

describe('lastseen.json', () => {
  it('a link put in its place is not followed: its pins are not read (the key in ppkeys is pinned afresh)', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    const elsewhere = join(state, 'elsewhere.json');
    fs.writeFileSync(elsewhere, JSON.stringify({ [`127.0.0.1:${fake.port}`]: keyDigest(keyB.publicKey) }));
    fs.symlinkSync(elsewhere, lastSeen(state));
    const notes: string[] = [];
    expect(await open(fake.port, state, {}, notes)).toBeInstanceOf(Session);
    expect(notes).toEqual([`pinning the key ${fake.digest} of 127.0.0.1:${fake.port} (from ${trustedKeyPath(state, 'root', fake.digest)})`]);
  });
});

describe('closing', () => {
  it('a second close of a connection already gone returns at once', async () => {
    const fake = await server(keyA);
    const s = (await open(fake.port, trusting(fake.port))) as Session;
    await s.close();
    const socket = (s as unknown as { socket: tls.TLSSocket }).socket;
    for (const deadline = Date.now() + 5000; !socket.destroyed;) {
      if (Date.now() > deadline) throw new Error('the socket was not closed within 5 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    await s.close();
  });

  it('a server that never closes its side: the socket is destroyed a moment after ours is closed', async () => {
    const fake = await FakeServer.start({ stat: () => undefined, list: () => undefined }, { keys: keyA, halfOpen: true });
    closers.push(() => fake.stop());
    const s = (await open(fake.port, trusting(fake.port))) as Session;
    await s.close();
    const socket = (s as unknown as { socket: tls.TLSSocket }).socket;
    for (const deadline = Date.now() + 5000; !socket.destroyed;) {
      if (Date.now() > deadline) throw new Error('the socket was not destroyed within 5 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  });
});

describe('exclusive: one request at a time', () => {
  it('the first runs at once; then those waiting, an urgent one first; load counts them all', async () => {
    const fake = await server(keyA);
    const state = stateDir();
    keep(state, keyA);
    pin(state, { [`127.0.0.1:${fake.port}`]: fake.digest });
    const s = (await open(fake.port, state)) as Session;
    expect(s.load).toBe(0);
    const order: string[] = [];
    let release!: () => void;
    const first = s.exclusive(false, () => new Promise<void>((r) => { order.push('first'); release = r; }));
    const later = s.exclusive(false, async () => { order.push('later'); });
    const urgent = s.exclusive(true, async () => { order.push('urgent'); });
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['first']);
    expect(s.load).toBe(3);
    release();
    await Promise.all([first, later, urgent]);
    expect(order).toEqual(['first', 'urgent', 'later']);
    expect(s.load).toBe(0);
    // A request that fails frees the connection too.
    await expect(s.exclusive(false, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(s.load).toBe(0);
    expect(await s.exclusive(false, async () => 'next')).toBe('next');
  });
});

describe('statReplyAtEnd, round 17', () => {
  const tx = (body: string) => {
    const header = Buffer.alloc(8);
    header.write(`t ${body.length}`, 'latin1');
    return Buffer.concat([header, Buffer.from(body, 'latin1')]);
  };
  it('a header is the 8 bytes `t LEN` and NULs, nothing after them', () => {
    expect(statReplyAtEnd(Buffer.from('t 3\0\0\0\0ZBAD', 'latin1'))).toBe(-1);
    const first = tx('OK: 1 2');
    expect(statReplyAtEnd(Buffer.concat([first, Buffer.from('t 1\0\0\0\0Zy', 'latin1')]))).toBe(-1);
    expect(statReplyAtEnd(Buffer.concat([first, Buffer.from('Zt 1\0\0\0\0x', 'latin1')]))).toBe(-1);
  });
  it('a second transaction of several digits, or none at all, ends the reply', () => {
    const ok = Buffer.concat([tx('OK: 0 420 0 0 0 5 1 1 1 0 7 1 2049'), tx('OK:../../target')]);
    expect(statReplyAtEnd(ok)).toBe(ok.length);
    const empty = Buffer.concat([tx('OK: 1'), tx('')]);
    expect(statReplyAtEnd(empty)).toBe(empty.length);
  });
});

/**
 * A server (keyA, trusted) that greets and welcomes, then gives each request's body to `answer`,
 * which writes what it likes; `after` bytes are sent right after the welcome.
 */
async function scripted(answer: (body: string, socket: tls.TLSSocket) => void, after = ''): Promise<{ port: number; state: string }> {
  const port = await rawServer((s) => {
    s.write('CFE_v2 cf-serverd 3.21.0\n');
    let buffer = Buffer.alloc(0);
    let welcomed = false;
    s.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!welcomed) {
        const lines = buffer.toString('latin1').split('\n');
        if (lines.length < 3) return;
        buffer = Buffer.from(lines.slice(2).join('\n'), 'latin1');
        welcomed = true;
        s.write(`OK WELCOME\n${after}`);
      }
      while (buffer.length >= 8) {
        const n = Number(/^t (\d+)/.exec(buffer.subarray(0, 8).toString('latin1'))?.[1] ?? -1);
        if (n < 0 || buffer.length < 8 + n) return;
        answer(buffer.subarray(8, 8 + n).toString('latin1'), s);
        buffer = buffer.subarray(8 + n);
      }
    });
  });
  return { port, state: trusting(port) };
}
const transaction = (body: string) => {
  const header = Buffer.alloc(8);
  header.write(`t ${body.length}`, 'latin1');
  return Buffer.concat([header, Buffer.from(body, 'latin1')]);
};
const NOW = 1_700_000_000;

describe('requests and replies, round 17 (lines 406-717)', () => {
  it('a greeting line past 4 KiB without its end: "sent a line too long", and the connection closed', async () => {
    let ended = false;
    const port = await rawServer((s) => {
      s.on('end', () => { ended = true; });
      s.write('C'.repeat(5000));
    });
    expect(refusal(await open(port, trusting(port)))).toBe(`127.0.0.1:${port} sent a line too long`);
    // The client closes its side (as for every other refusal), not left open until the process ends.
    for (let i = 0; i < 200 && !ended; i++) await new Promise(r => setTimeout(r, 25));
    expect(ended).toBe(true);
  });

  it('bytes no request asked for: the next request fails and drops the connection; later ones: "is closed"', async () => {
    const { port, state } = await scripted(() => {}, 'junk');
    const s = (await open(port, state)) as Session;
    await new Promise((r) => setTimeout(r, 100)); // the junk arrives
    await expect(s.stat('/f', NOW)).rejects.toThrow(`127.0.0.1:${port} sent 4 bytes no request asked for (its replies are out of step); the connection is dropped`);
    await expect(s.stat('/f', NOW)).rejects.toThrow(`the connection to 127.0.0.1:${port} is closed`);
  });

  it('a request body of 4088 bytes is sent; one byte more is refused before anything is sent', async () => {
    const got: number[] = [];
    const { port, state } = await scripted((body, s) => {
      got.push(body.length);
      s.write(transaction('BAD: no such file'));
    });
    const s = (await open(port, state)) as Session;
    const prefix = `SYNCH ${NOW} STAT /`;
    await expect(s.stat(`/${'p'.repeat(4088 - prefix.length)}`, NOW)).rejects.toMatchObject({ kind: 'missing' });
    await expect(s.stat(`/${'p'.repeat(4089 - prefix.length)}`, NOW)).rejects.toThrow('request too long for the protocol');
    expect(got).toEqual([4088]);
  });

  it('a reply that is not a transaction: "sent a bad transaction header"', async () => {
    const { port, state } = await scripted((_, s) => s.write('HTTP/1.1 400 Bad Request\r\n\r\n'));
    const s = (await open(port, state)) as Session;
    await expect(s.stat('/f', NOW)).rejects.toThrow(`127.0.0.1:${port} sent a bad transaction header`);
    expect(s.broken).toBe(true);
  });

  it('a refusal\'s words without "BAD:" and the blanks after it, however many', async () => {
    const replies = ['BAD:  two spaces', 'BAD:none', 'BAD: \tmixed'];
    const { port, state } = await scripted((_, s) => s.write(transaction(replies.shift()!)));
    const s = (await open(port, state)) as Session;
    const why = 'not there, or access denied (cf-serverd does not tell which; its log does): ';
    for (const words of ['two spaces', 'none', 'mixed']) await expect(s.stat('/f', NOW)).rejects.toThrow(`${why}${words}`);
  });
});

describe('replies cut into small pieces, round 17 (lines 406-717)', () => {
  const entries: Record<string, { type: 'file' | 'dir'; ino: number; content?: Buffer }> = {
    '/d': { type: 'dir', ino: 1 },
    '/d/a': { type: 'file', ino: 2, content: Buffer.from('x') },
    '/d/b': { type: 'file', ino: 3, content: Buffer.from('yy') },
  };
  for (const chop of [1, 3, 7]) {
    it(`in pieces of ${chop} bytes: the same stats and listings, in step`, async () => {
      const fake = await FakeServer.start({ stat: (p) => entries[p], list: (p) => (p === '/d' ? ['a', 'b'] : undefined) }, { keys: keyA, chop });
      closers.push(() => fake.stop());
      const s = (await open(fake.port, trusting(fake.port))) as Session;
      expect(await s.stat('/d/b', NOW)).toMatchObject({ type: 'file', size: 2, ino: 3 });
      expect(await s.list('/d')).toEqual(['a', 'b']);
      const listed = await s.listWithStats('/d', NOW);
      expect(listed.map((e) => [e.name, 'ino' in e ? e.ino : e.error.message])).toEqual([['a', 2], ['b', 3]]);
      expect(await s.stat('/d/a', NOW)).toMatchObject({ size: 1, ino: 2 });
    });
  }

  it('an empty first line is a greeting too: refused at once, saying it was empty', async () => {
    const port = await rawServer((s) => s.write('\nCFE_v2 cf-serverd 3.21.0\n'));
    expect(refusal(await open(port, trusting(port)))).toBe(`127.0.0.1:${port} does not speak cfengine's TLS protocol (it said "")`);
  });
});

describe('STAT replies as servers may space them, round 17 (lines 718-882)', () => {
  it('numbers apart by several blanks, a link count of two digits: read as with one blank; a reply it cannot read quoted to 80 characters', async () => {
    const garbled = `OK: 0 420 ${'x'.repeat(100)}`;
    const entries: Record<string, { type: 'file'; ino: number; reply: [string, string] }> = {
      '/spaced': { type: 'file', ino: 0, reply: ['OK:  0  420\t0  12  34  5  100  200  300  0  77  12  2049', 'OK:'] },
      '/garbled': { type: 'file', ino: 0, reply: [garbled, 'OK:'] },
    };
    const fake = await FakeServer.start({ stat: (p) => entries[p], list: () => undefined }, { keys: keyA });
    closers.push(() => fake.stop());
    const s = (await open(fake.port, trusting(fake.port))) as Session;
    expect(await s.stat('/spaced', NOW)).toEqual({ type: 'file', mode: 0o644, uid: 12, gid: 34, size: 5, atime: 100, mtime: 200, ctime: 300, ino: 77, dev: 2049 });
    const e = await s.stat('/garbled', NOW).then(() => null, (x: Error) => x);
    expect(e?.message).toBe(`127.0.0.1:${fake.port} sent a STAT reply we cannot read: ${garbled.slice(0, 80)}`);
  });
});

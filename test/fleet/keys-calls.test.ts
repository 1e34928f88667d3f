/**
 * host/node/remote/keys.ts called directly, in this process (key.test.ts and tls-context.test.ts
 * ask the same of the CLI as a child, where a mutant of the module cannot be seen): the key
 * files' names, modes and refusals, the digest, the errors that name the file, the trusted keys,
 * and the certificate's fields and the checks before a kept one is used.
 */
import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  certificateFor, ensureKeyPair, keepCertificate, keyDigest, keyPaths, loadKeyPair, makeKeyPair, readKeyFile, readPublicKey,
  selfSignedCertificate, trustedKeyPath, trustKey,
} from '../../host/node/remote/keys.js';
import type { KeyPair } from '../../host/node/remote/keys.js';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-keys-calls-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
let n = 0;
const fresh = () => fs.mkdtempSync(join(scratch, `s${n++}-`));
// One 1,024-bit pair for the tests that need a key but not a new one (key generation is the slow part).
const shared: KeyPair = (() => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  return { privateKey, publicKey };
})();
const pem = (k: crypto.KeyObject, type: 'pkcs1' | 'spki' = 'pkcs1') => k.export({ type, format: 'pem' }) as string;
const DAY = 86400_000;

describe('keyDigest', () => {
  it('is MD5= and the hex MD5 of the modulus then the exponent, big-endian, as cf-key prints it', () => {
    const jwk = shared.publicKey.export({ format: 'jwk' });
    const md5 = crypto.createHash('md5');
    md5.update(Buffer.concat([Buffer.from(jwk.n!, 'base64url'), Buffer.from(jwk.e!, 'base64url')]));
    expect(keyDigest(shared.publicKey)).toBe(`MD5=${md5.digest('hex')}`);
    // The exponent counts: 65537 (01 00 01) against 3 (03) for the same kind of key.
    const three = crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 3 }).publicKey;
    const j3 = three.export({ format: 'jwk' });
    expect(keyDigest(three)).toBe(`MD5=${crypto.createHash('md5').update(Buffer.from(j3.n!, 'base64url')).update(Buffer.from([3])).digest('hex')}`);
  });

  it('refuses a key that is not RSA', () => {
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey;
    expect(() => keyDigest(ec)).toThrow(/^not an RSA key$/);
    const ed = crypto.generateKeyPairSync('ed25519').publicKey;
    expect(() => keyDigest(ed)).toThrow(/^not an RSA key$/);
  });
});

describe('the key pair in <state>/ppkeys', () => {
  it('keyPaths and trustedKeyPath name the files as cfengine does', () => {
    expect(keyPaths('/s')).toEqual({ dir: '/s/ppkeys', priv: '/s/ppkeys/localhost.priv', pub: '/s/ppkeys/localhost.pub', cert: '/s/ppkeys/localhost.cert' });
    expect(trustedKeyPath('/s', 'root', 'MD5=ab')).toBe('/s/ppkeys/root-MD5=ab.pub');
  });

  it('makeKeyPair writes PKCS#1 PEM, the private key 0600 and the public 0644, in a directory 0700, of the bits asked', () => {
    const dir = join(fresh(), 'state');
    const made = makeKeyPair(dir, 1024);
    const p = keyPaths(dir);
    expect(fs.statSync(p.dir).mode & 0o7777).toBe(0o700);
    expect(fs.statSync(p.priv).mode & 0o7777).toBe(0o600);
    expect(fs.statSync(p.pub).mode & 0o7777).toBe(0o644);
    expect(fs.readFileSync(p.priv, 'utf8')).toBe(pem(made.privateKey));
    expect(fs.readFileSync(p.priv, 'utf8')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    expect(fs.readFileSync(p.pub, 'utf8')).toBe(pem(made.publicKey));
    expect(fs.readFileSync(p.pub, 'utf8')).toMatch(/^-----BEGIN RSA PUBLIC KEY-----\n/);
    expect(made.publicKey.asymmetricKeyDetails).toEqual({ modulusLength: 1024, publicExponent: 65537n });
    expect(crypto.createPublicKey(made.privateKey).equals(made.publicKey)).toBe(true);
    // Never replaced: the same files, word for word.
    expect(() => makeKeyPair(dir, 1024)).toThrow(`${p.priv} exists already; remove it first to make a new key pair`);
    expect(fs.readFileSync(p.priv, 'utf8')).toBe(pem(made.privateKey));
  });

  it('loadKeyPair: null where there is none, the pair where there is, an error naming the file otherwise', () => {
    const dir = fresh();
    expect(loadKeyPair(dir)).toBeNull();
    const made = makeKeyPair(dir, 1024);
    const loaded = loadKeyPair(dir)!;
    expect(loaded.privateKey.equals(made.privateKey)).toBe(true);
    expect(loaded.publicKey.equals(made.publicKey)).toBe(true);
    expect(loaded.publicKey.type).toBe('public');
    const p = keyPaths(dir);
    fs.writeFileSync(p.priv, 'hello\nworld\n');
    expect(() => loadKeyPair(dir)).toThrow(new RegExp(`^${p.priv}: not a key we can read \\(PEM, PKCS#1 or SPKI\\): [^\\n]+$`));
    // A private key file past 64 KiB: refused unread, named as a key.
    fs.writeFileSync(p.priv, Buffer.alloc(64 * 1024 + 1, 0x41));
    expect(() => loadKeyPair(dir)).toThrow(`${p.priv}: cannot read: larger than 64 KiB, too big for a key`);
    // Never through a link: a link planted in place of the private key is refused, not followed.
    const other = fresh();
    makeKeyPair(other, 1024);
    fs.rmSync(p.priv);
    fs.symlinkSync(keyPaths(other).priv, p.priv);
    expect(() => loadKeyPair(dir)).toThrow(`${p.priv}: cannot read: is a symbolic link`);
  });

  it('ensureKeyPair makes a pair once and says so, then only reads it', () => {
    const dir = fresh();
    const notes: string[] = [];
    const made = ensureKeyPair(dir, (m) => notes.push(m));
    expect(notes).toEqual([`made this host's key pair in ${dir}/ppkeys (${keyDigest(made.publicKey)})`]);
    expect(made.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048); // cf-key's default size
    const again = ensureKeyPair(dir, (m) => notes.push(m));
    expect(notes).toHaveLength(1);
    expect(again.privateKey.equals(made.privateKey)).toBe(true);
  });
});

describe('reading a public key', () => {
  it('takes PKCS#1, SPKI, and a private key (its public half)', () => {
    const dir = fresh();
    for (const [name, text] of [['pkcs1', pem(shared.publicKey)], ['spki', pem(shared.publicKey, 'spki')], ['priv', pem(shared.privateKey)]] as const) {
      fs.writeFileSync(join(dir, name), text);
      const k = readPublicKey(join(dir, name));
      expect(k.type).toBe('public');
      expect(k.equals(shared.publicKey)).toBe(true);
    }
  });

  it('names the file and gives the first line of OpenSSL\'s words for what is not a key', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'bad'), '-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n');
    expect(() => readPublicKey(join(dir, 'bad'))).toThrow(new RegExp(`^${dir}/bad: not a key we can read \\(PEM, PKCS#1 or SPKI\\): [^\\n]+$`));
    fs.writeFileSync(join(dir, 'text'), 'hello\n');
    expect(() => readPublicKey(join(dir, 'text'))).toThrow(`${dir}/text: not a key we can read`);
    // OpenSSL's own words, their first line whole (not cut at another character).
    let theirs = '';
    try {
      crypto.createPublicKey('hello\n');
    } catch (e) {
      theirs = (e as Error).message.split('\n')[0];
    }
    expect(theirs.length).toBeGreaterThan(1);
    expect(() => readPublicKey(join(dir, 'text'))).toThrow(`${dir}/text: not a key we can read (PEM, PKCS#1 or SPKI): ${theirs}`);
  });

  it('reads at most 64 KiB, and only a regular file', () => {
    const dir = fresh();
    fs.writeFileSync(join(dir, 'big'), Buffer.alloc(64 * 1024 + 1, 0x41));
    expect(() => readKeyFile(join(dir, 'big'))).toThrow(`${dir}/big: cannot read: larger than 64 KiB, too big for a key`);
    fs.writeFileSync(join(dir, 'edge'), Buffer.alloc(64 * 1024, 0x41));
    expect(readKeyFile(join(dir, 'edge')).length).toBe(64 * 1024);
    expect(() => readKeyFile(dir)).toThrow(`${dir}: cannot read: is a directory`);
  });
});

describe('trustKey', () => {
  it('keeps a key as <user>-MD5=<hex>.pub (0644, in ppkeys/ made 0700), once', () => {
    const dir = join(fresh(), 'state');
    const path = trustKey(dir, 'alice', shared.publicKey);
    expect(path).toBe(`${dir}/ppkeys/alice-${keyDigest(shared.publicKey)}.pub`);
    expect(fs.statSync(`${dir}/ppkeys`).mode & 0o7777).toBe(0o700);
    expect(fs.statSync(path).mode & 0o7777).toBe(0o644);
    expect(fs.readFileSync(path, 'utf8')).toBe(pem(shared.publicKey));
    // A key kept already is left as it is (trust on first use: not written again).
    fs.writeFileSync(path, 'kept before\n');
    expect(trustKey(dir, 'alice', shared.publicKey)).toBe(path);
    expect(fs.readFileSync(path, 'utf8')).toBe('kept before\n');
  });
});

describe('the self-signed certificate', () => {
  it('has the key, the common name as subject and issuer, our signature, a day back to a year on', () => {
    const now = Date.UTC(2026, 5, 15, 12, 30, 45, 500);
    vi.spyOn(Date, 'now').mockReturnValue(now);
    const cert = new crypto.X509Certificate(selfSignedCertificate(shared, 'host.example'));
    expect(cert.subject).toBe('CN=host.example');
    expect(cert.issuer).toBe('CN=host.example');
    expect(cert.publicKey.equals(shared.publicKey)).toBe(true);
    expect(cert.verify(shared.publicKey)).toBe(true);
    expect(Date.parse(cert.validFrom)).toBe(Date.UTC(2026, 5, 14, 12, 30, 45));
    expect(Date.parse(cert.validTo)).toBe(Date.UTC(2027, 5, 15, 12, 30, 45));
    expect(new crypto.X509Certificate(selfSignedCertificate(shared)).subject).toBe('CN=cfwasm');
    // The PEM as written (X509Certificate's toString would be OpenSSL's own): lines of 64, the last shorter.
    expect(selfSignedCertificate(shared)).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/]{64}\n)+[A-Za-z0-9+/=]{1,63}\n-----END CERTIFICATE-----\n$/);
  });

  it('a serial of eight bytes, positive, its first byte 0x40-0x7f; each certificate a new one', () => {
    const serials = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const serial = new crypto.X509Certificate(selfSignedCertificate(shared)).serialNumber;
      expect(serial).toMatch(/^[4-7][0-9A-F]{15}$/);
      serials.add(serial);
    }
    expect(serials.size).toBe(40);
  });

  it('encodes each DER length in its shortest form, at each bound', () => {
    // The name's UTF8String: its tag 0x0c, then the length as DER wants it (OpenSSL reads longer
    // forms too, and a length of 0x80 alone would be the indefinite form).
    const forms: [number, number[]][] = [[6, [6]], [127, [127]], [128, [0x81, 128]], [255, [0x81, 255]], [256, [0x82, 1, 0]],
      [65535, [0x82, 255, 255]], [65536, [0x83, 1, 0, 0]], [70_000, [0x83, 1, 0x11, 0x70]]];
    for (const [length, header] of forms) {
      const cn = 'x'.repeat(length);
      const cert = new crypto.X509Certificate(selfSignedCertificate(shared, cn));
      expect(cert.subject).toBe(`CN=${cn}`);
      expect(cert.verify(shared.publicKey)).toBe(true);
      expect(cert.raw.includes(Buffer.concat([Buffer.from([0x0c, ...header]), Buffer.from(cn)])), `${length}`).toBe(true);
    }
  });
});

describe('certificateFor and keepCertificate: the one kept beside the key', () => {
  /** A state directory with ppkeys/ and `pem` kept as its certificate, with `mode`. */
  const kept = (text: string, mode = 0o600) => {
    const dir = fresh();
    fs.mkdirSync(keyPaths(dir).dir, { mode: 0o700 });
    fs.writeFileSync(keyPaths(dir).cert, text, { mode });
    fs.chmodSync(keyPaths(dir).cert, mode);
    return dir;
  };
  const madeAgo = (ms: number) => {
    const spy = vi.spyOn(Date, 'now').mockReturnValue(Date.now() - ms);
    const text = selfSignedCertificate(shared);
    spy.mockRestore();
    return text;
  };

  it('none kept: a new one, not kept; keepCertificate writes it 0600 and the next call takes it', () => {
    const dir = fresh();
    const first = certificateFor(dir, shared);
    expect(first.kept).toBe(false);
    expect(new crypto.X509Certificate(first.pem).verify(shared.publicKey)).toBe(true);
    expect(fs.existsSync(keyPaths(dir).cert)).toBe(false);
    fs.mkdirSync(keyPaths(dir).dir);
    keepCertificate(dir, first.pem);
    expect(fs.readFileSync(keyPaths(dir).cert, 'latin1')).toBe(first.pem);
    expect(fs.statSync(keyPaths(dir).cert).mode & 0o7777).toBe(0o600);
    expect(certificateFor(dir, shared)).toEqual({ pem: first.pem, kept: true });
  });

  it('keepCertificate where it cannot write (ppkeys is a file) says nothing', () => {
    const dir = fresh();
    fs.writeFileSync(keyPaths(dir).dir, 'not a directory');
    expect(() => keepCertificate(dir, 'x')).not.toThrow();
    expect(fs.readFileSync(keyPaths(dir).dir, 'utf8')).toBe('not a directory');
  });

  it('is used at mode 0600 and 0644 only', () => {
    const text = selfSignedCertificate(shared);
    for (const mode of [0o600, 0o644]) expect(certificateFor(kept(text, mode), shared)).toEqual({ pem: text, kept: true });
    for (const mode of [0o640, 0o604, 0o400, 0o700, 0o4600, 0o666]) {
      const got = certificateFor(kept(text, mode), shared);
      expect(got.kept, `mode ${mode.toString(8)}`).toBe(false);
      expect(got.pem).not.toBe(text);
    }
  });

  it('is not used when another user owns it, or it is bigger than a key file may be', () => {
    const text = selfSignedCertificate(shared);
    const dir = kept(text);
    if (process.getuid?.() === 0) {
      fs.chownSync(keyPaths(dir).cert, 1, 1);
      expect(certificateFor(dir, shared).kept).toBe(false);
      fs.chownSync(keyPaths(dir).cert, 0, 0);
    }
    expect(certificateFor(dir, shared).kept).toBe(true);
    // The certificate then padding to one byte past 64 KiB: refused before it is parsed; at 64 KiB, taken.
    const pad = (size: number) => text + '\n'.repeat(size - Buffer.byteLength(text));
    expect(certificateFor(kept(pad(64 * 1024 + 1)), shared).kept).toBe(false);
    expect(certificateFor(kept(pad(64 * 1024)), shared)).toEqual({ pem: pad(64 * 1024), kept: true });
  });

  it('is not used through a link, nor when it is a directory or a FIFO (never blocks)', () => {
    const text = selfSignedCertificate(shared);
    const real = kept(text);
    const dir = fresh();
    fs.mkdirSync(keyPaths(dir).dir);
    fs.symlinkSync(keyPaths(real).cert, keyPaths(dir).cert);
    expect(certificateFor(dir, shared).kept).toBe(false);
    const d2 = fresh();
    fs.mkdirSync(keyPaths(d2).cert, { recursive: true, mode: 0o600 });
    expect(certificateFor(d2, shared).kept).toBe(false);
    const d3 = fresh();
    fs.mkdirSync(keyPaths(d3).dir);
    execFileSync('mkfifo', ['-m', '600', keyPaths(d3).cert]);
    expect(certificateFor(d3, shared).kept).toBe(false);
  });

  it('a user other than root: one of root\'s is not used either', () => {
    const dir = kept(selfSignedCertificate(shared));
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    expect(certificateFor(dir, shared).kept).toBe(fs.statSync(keyPaths(dir).cert).uid === 1000);
  });

  it('leaves no descriptor open, used or not', () => {
    const text = selfSignedCertificate(shared);
    const dirs = [kept(text), kept(text, 0o640), kept('not a certificate')];
    const open = () => fs.readdirSync('/proc/self/fd').length;
    const before = open();
    for (let i = 0; i < 5; i++) for (const d of dirs) certificateFor(d, shared);
    expect(open()).toBe(before);
  });

  it('is not used for another key, or signed by another key', () => {
    const other = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(certificateFor(kept(selfSignedCertificate(other)), shared).kept).toBe(false);
    expect(certificateFor(kept(selfSignedCertificate({ privateKey: other.privateKey, publicKey: shared.publicKey })), shared).kept).toBe(false);
  });

  it('is made again when it has 30 days or less left, or is not valid yet', () => {
    // Valid to a year after it was made: made 300 days ago it has 65 days left, 340 days ago 25.
    const young = madeAgo(300 * DAY);
    expect(certificateFor(kept(young), shared)).toEqual({ pem: young, kept: true });
    expect(certificateFor(kept(madeAgo(340 * DAY)), shared).kept).toBe(false);
    // Either side of the 30 days by a minute.
    const justIn = madeAgo(335 * DAY - 60_000);
    expect(certificateFor(kept(justIn), shared)).toEqual({ pem: justIn, kept: true });
    expect(certificateFor(kept(madeAgo(335 * DAY + 60_000)), shared).kept).toBe(false);
    // Valid from a day before it was made: made two days from now, it starts tomorrow.
    expect(certificateFor(kept(madeAgo(-2 * DAY)), shared).kept).toBe(false);
    const started = madeAgo(-DAY + 60_000);
    expect(certificateFor(kept(started), shared)).toEqual({ pem: started, kept: true });
  });

  it('at the very millisecond of either bound: still used', () => {
    const text = selfSignedCertificate(shared);
    const cert = new crypto.X509Certificate(text);
    const dir = kept(text);
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(cert.validFrom));
    expect(certificateFor(dir, shared)).toEqual({ pem: text, kept: true });
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(cert.validTo) - 30 * DAY);
    expect(certificateFor(dir, shared)).toEqual({ pem: text, kept: true });
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(cert.validTo) - 30 * DAY + 1);
    expect(certificateFor(dir, shared).kept).toBe(false);
  });
});

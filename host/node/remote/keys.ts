/**
 * @fileoverview Keys as cfengine keeps them: an RSA key pair in PKCS#1 PEM (`localhost.priv`,
 * `localhost.pub` in `<state>/ppkeys/`), a key's identity `MD5=<hex>` (the MD5 of its modulus
 * and then its public exponent, big-endian without leading zeros, as cf-key prints it), the
 * trusted keys of others as `ppkeys/<user>-MD5=<hex>.pub`, and a self-signed X.509 certificate
 * of the key pair (TLS needs one; trust is decided by the key, not by it), kept beside the key as
 * `localhost.cert` so that a run does not sign a new one (certificateFor, keepCertificate).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { writeAtomically } from '../atomic-write.js';
import { readBounded, readBoundedIfExists } from '../bounded-read.js';

/** The largest key file read (a 16384-bit PEM key is about 12 KiB). */
const MAX_KEY_BYTES = 64 * 1024;

/** The bytes of key file `path` (bounded; a regular file, never /dev/zero or a FIFO). */
export function readKeyFile(path: string): Buffer {
  return readBounded(path, MAX_KEY_BYTES, { what: 'a key' });
}

/** `parse`'s key, or an error naming `path` (OpenSSL's own words name no file). */
function parsedKey<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new Error(`${path}: not a key we can read (PEM, PKCS#1 or SPKI): ${(e as Error).message.split('\n')[0]}`);
  }
}

/** `MD5=<hex>` of an RSA public key. */
export function keyDigest(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' }) as { n?: string; e?: string };
  if (!jwk.n || !jwk.e) throw new Error('not an RSA key');
  const md5 = crypto.createHash('md5');
  md5.update(Buffer.from(jwk.n, 'base64url'));
  md5.update(Buffer.from(jwk.e, 'base64url'));
  return `MD5=${md5.digest('hex')}`;
}

export interface KeyPair { privateKey: crypto.KeyObject; publicKey: crypto.KeyObject }

export function keyPaths(stateDir: string): { dir: string; priv: string; pub: string; cert: string } {
  const dir = `${stateDir}/ppkeys`;
  return { dir, priv: `${dir}/localhost.priv`, pub: `${dir}/localhost.pub`, cert: `${dir}/localhost.cert` };
}

/** Reads the host's key pair; null if there is none. */
export function loadKeyPair(stateDir: string): KeyPair | null {
  const p = keyPaths(stateDir);
  const pem = readBoundedIfExists(p.priv, MAX_KEY_BYTES, { what: 'a key', noFollow: true });
  if (!pem) return null;
  const privateKey = parsedKey(p.priv, () => crypto.createPrivateKey(pem));
  return { privateKey, publicKey: crypto.createPublicKey(privateKey) };
}

/**
 * Makes a new key pair in `<stateDir>/ppkeys`; refuses to replace one. 2048 bits, the size cf-key
 * makes by default (and so the size of the servers' keys cfwasm meets): a 3072-bit key cost the
 * TLS handshake's signature ≈29 M instructions more, on the path to a run's first request
 * (docs/architecture.md, "Remote copy speed"). A key already made is used whatever its size.
 */
export function makeKeyPair(stateDir: string, bits = 2048): KeyPair {
  const p = keyPaths(stateDir);
  if (fs.existsSync(p.priv)) throw new Error(`${p.priv} exists already; remove it first to make a new key pair`);
  fs.mkdirSync(p.dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 65537 });
  writeExclusive(p.priv, privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, 0o600);
  writeExclusive(p.pub, publicKey.export({ type: 'pkcs1', format: 'pem' }) as string, 0o644);
  return { privateKey, publicKey };
}

/** The key pair, made (and said so through `note`) if there is none yet. */
export function ensureKeyPair(stateDir: string, note: (message: string) => void): KeyPair {
  const have = loadKeyPair(stateDir);
  if (have) return have;
  const made = makeKeyPair(stateDir);
  note(`made this host's key pair in ${keyPaths(stateDir).dir} (${keyDigest(made.publicKey)})`);
  return made;
}

/** Reads a public key (PKCS#1 or SPKI PEM, or a private key) from a file. */
export function readPublicKey(path: string): crypto.KeyObject {
  const text = readKeyFile(path).toString('utf8');
  return parsedKey(path, () =>
    text.includes('PRIVATE KEY') ? crypto.createPublicKey(crypto.createPrivateKey(text)) : crypto.createPublicKey(text));
}

/** Writes a key file atomically (exclusive temp, never through a link); callers check it is new. */
function writeExclusive(path: string, text: string, mode: number): void {
  writeAtomically(path, new TextEncoder().encode(text), { mode });
}

/** Where a trusted key of `user` with `digest` is kept. */
export function trustedKeyPath(stateDir: string, user: string, digest: string): string {
  return `${keyPaths(stateDir).dir}/${user}-${digest}.pub`;
}

/** Keeps `key` as trusted (trust on first use). */
export function trustKey(stateDir: string, user: string, key: crypto.KeyObject): string {
  const path = trustedKeyPath(stateDir, user, keyDigest(key));
  fs.mkdirSync(keyPaths(stateDir).dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(path)) writeExclusive(path, key.export({ type: 'pkcs1', format: 'pem' }) as string, 0o644);
  return path;
}

// --- A self-signed certificate in DER, by hand (node:crypto makes keys but not certificates).

function der(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n])
    : n < 0x100 ? Buffer.from([0x81, n])
      : n < 0x10000 ? Buffer.from([0x82, n >> 8, n & 0xff])
        : Buffer.from([0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...parts: Buffer[]) => der(0x30, Buffer.concat(parts));
const oid = (bytes: number[]) => der(0x06, Buffer.from(bytes));
const SHA256_RSA = seq(oid([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b]), Buffer.from([0x05, 0x00]));
const name = (cn: string) => seq(der(0x31, seq(oid([0x55, 0x04, 0x03]), der(0x0c, Buffer.from(cn, 'utf8')))));
const utcTime = (d: Date) => der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z', 'ascii'));

/** A self-signed X.509 (v1) certificate for the key pair, as PEM. */
export function selfSignedCertificate(keys: KeyPair, commonName = 'cfwasm'): string {
  const now = Date.now();
  const serial = crypto.randomBytes(8);
  // DER wants a positive INTEGER in its fewest bytes: the first byte neither 0 (then it would be
  // padding, which OpenSSL refuses) nor with its top bit set (then it would be negative).
  serial[0] = (serial[0] & 0x3f) | 0x40;
  const tbs = seq(
    der(0x02, serial),
    SHA256_RSA,
    name(commonName),
    seq(utcTime(new Date(now - 86400_000)), utcTime(new Date(now + 365 * 86400_000))),
    name(commonName),
    keys.publicKey.export({ type: 'spki', format: 'der' }) as Buffer,
  );
  const signature = crypto.sign('sha256', tbs, keys.privateKey);
  const cert = seq(tbs, SHA256_RSA, der(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = cert.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}-----END CERTIFICATE-----\n`;
}

/** A kept certificate is made again when it has less than this left (it is valid for a year). */
const CERT_MARGIN_MS = 30 * 86400_000;

/**
 * The kept certificate's PEM if it can be used as ours: a regular file (not through a link)
 * owned by us, mode 0600 or 0644, a certificate of exactly this public key, signed by it, and
 * valid from now for at least CERT_MARGIN_MS; else null (anything planted or stale is not used).
 */
function keptCertificate(path: string, keys: KeyPair, now: number): string | null {
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    const mode = st.mode & 0o7777;
    if (!st.isFile() || st.uid !== (process.getuid?.() ?? st.uid) || (mode !== 0o600 && mode !== 0o644) || st.size > MAX_KEY_BYTES) return null;
    const pem = fs.readFileSync(fd, 'latin1');
    const cert = new crypto.X509Certificate(pem);
    if (!cert.publicKey.equals(keys.publicKey) || !cert.verify(keys.publicKey)) return null;
    if (Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now + CERT_MARGIN_MS) return null;
    return pem;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The self-signed certificate of `keys` (the host's pair in `stateDir`): the one kept in
 * `ppkeys/localhost.cert` if it is right for them (keptCertificate; `kept`), else a new one, for
 * keepCertificate to keep once the run may write there.
 */
export function certificateFor(stateDir: string, keys: KeyPair): { pem: string; kept: boolean } {
  const kept = keptCertificate(keyPaths(stateDir).cert, keys, Date.now());
  return kept ? { pem: kept, kept: true } : { pem: selfSignedCertificate(keys), kept: false };
}

/**
 * Keeps `pem` as `ppkeys/localhost.cert` for the next runs (atomically, mode 0600, in place of
 * whatever is there: never through a link). Not being able to keep it costs only the signature.
 */
export function keepCertificate(stateDir: string, pem: string): void {
  try {
    writeAtomically(keyPaths(stateDir).cert, new TextEncoder().encode(pem), { mode: 0o600, durable: false });
  } catch { /* a read-only state directory: made again next time */ }
}

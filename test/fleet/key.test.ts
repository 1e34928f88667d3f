// `cfwasm key`: the host's key pair as cf-key makes it (PKCS#1 PEM) and its digest as cf-key
// prints it (compared with Debian's cf-key where it is installed).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';

const haveCfKey = fs.existsSync('/usr/bin/cf-key');
if (!haveCfKey) console.log('test/fleet/key.test.ts: cf-key is not installed; the digest is not compared with it');

describe('cfwasm key', () => {
  const state = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-key-'));

  it('makes the key pair once, prints its MD5= digest, and keeps it on a second call', () => {
    const first = cfwasm(['key', '--state-dir', state]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^MD5=[0-9a-f]{32}\n$/);
    expect(fs.readFileSync(join(state, 'ppkeys/localhost.priv'), 'utf8')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(fs.readFileSync(join(state, 'ppkeys/localhost.pub'), 'utf8')).toMatch(/^-----BEGIN RSA PUBLIC KEY-----/);
    expect(fs.statSync(join(state, 'ppkeys/localhost.priv')).mode & 0o777).toBe(0o600);
    const again = cfwasm(['key', '--state-dir', state]);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toMatch(/exists already.*kept/);
    const printed = cfwasm(['key', '--print-digest', join(state, 'ppkeys/localhost.pub')]);
    expect(printed.stdout).toBe(first.stdout);
  });

  it.skipIf(!haveCfKey)('prints the digest cf-key prints, for its keys and ours', () => {
    const work = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-cfkey-'));
    const env = { ...process.env, CFENGINE_TEST_OVERRIDE_WORKDIR: work };
    execFileSync('/usr/bin/cf-key', [], { env, stdio: 'ignore' });
    for (const file of [join(work, 'ppkeys/localhost.pub'), join(state, 'ppkeys/localhost.pub')]) {
      const theirs = execFileSync('/usr/bin/cf-key', ['-p', file], { env, encoding: 'utf8' }).trim();
      expect(cfwasm(['key', '--print-digest', file]).stdout.trim()).toBe(theirs);
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('a file that is not a key: a clear error', () => {
    const bad = join(state, 'not-a-key');
    fs.writeFileSync(bad, 'hello\n');
    const r = cfwasm(['key', '--print-digest', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not-a-key: not a key we can read/);
  });
});

describe('the self-signed certificate a connection presents', () => {
  it('is valid DER for every random serial (a serial starting with a zero byte used to be badly encoded: 1 run in 256 failed with "illegal padding")', async () => {
    const crypto = await import('node:crypto');
    const { selfSignedCertificate } = await import('../../host/node/remote/keys.js');
    const keys = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
    // 3,000 certificates: with the old encoding, at least one bad one is all but certain (1 - (255/256)^3000).
    for (let i = 0; i < 3000; i++) {
      const cert = new crypto.X509Certificate(selfSignedCertificate(keys));
      expect(cert.publicKey.equals(keys.publicKey)).toBe(true);
    }
  });
});

describe('the certificate kept beside the key (ppkeys/localhost.cert)', async () => {
  const crypto = await import('node:crypto');
  const { certificateFor, keepCertificate, keyPaths } = await import('../../host/node/remote/keys.js');
  /** What a run's first connection does: the kept certificate, else a new one, kept. */
  const cachedCertificate = (dir: string, keys: { privateKey: import('node:crypto').KeyObject; publicKey: import('node:crypto').KeyObject }) => {
    const { pem, kept } = certificateFor(dir, keys);
    if (!kept) keepCertificate(dir, pem);
    return pem;
  };
  const pair = () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  /** A state directory with ppkeys/ and the key pair of a fresh cachedCertificate call kept. */
  const fresh = () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-cert-'));
    fs.mkdirSync(keyPaths(dir).dir, { mode: 0o700 });
    return { dir, cert: keyPaths(dir).cert };
  };
  const keyOf = (pem: string) => new crypto.X509Certificate(pem).publicKey;

  it('is made once (mode 0600) and then reused: no new signature per run', () => {
    const { dir, cert } = fresh();
    const keys = pair();
    const first = cachedCertificate(dir, keys);
    expect(keyOf(first).equals(keys.publicKey)).toBe(true);
    expect(fs.readFileSync(cert, 'latin1')).toBe(first);
    expect(fs.statSync(cert).mode & 0o7777).toBe(0o600);
    // Each certificate made has a new random serial: the same text means the kept one was used.
    expect(certificateFor(dir, keys)).toEqual({ pem: first, kept: true });
    fs.chmodSync(cert, 0o644);
    expect(cachedCertificate(dir, keys)).toBe(first);
  });

  it('is made again for another key pair (the key changed), and kept in place of the old one', () => {
    const { dir, cert } = fresh();
    const old = cachedCertificate(dir, pair());
    const keys = pair();
    const made = cachedCertificate(dir, keys);
    expect(made).not.toBe(old);
    expect(keyOf(made).equals(keys.publicKey)).toBe(true);
    expect(fs.readFileSync(cert, 'latin1')).toBe(made);
  });

  it('a planted certificate of our public key that our key did not sign is not used', async () => {
    const { dir, cert } = fresh();
    const keys = pair();
    const other = pair();
    // Our public key in a certificate signed with another private key.
    const { selfSignedCertificate } = await import('../../host/node/remote/keys.js');
    const forged = selfSignedCertificate({ privateKey: other.privateKey, publicKey: keys.publicKey });
    fs.writeFileSync(cert, forged, { mode: 0o600 });
    const used = cachedCertificate(dir, keys);
    expect(used).not.toBe(forged);
    expect(new crypto.X509Certificate(used).verify(keys.publicKey)).toBe(true);
  });

  it('a file that is not a certificate, or one others may write, is replaced', () => {
    const { dir, cert } = fresh();
    const keys = pair();
    fs.writeFileSync(cert, 'not a certificate\n', { mode: 0o600 });
    const made = cachedCertificate(dir, keys);
    expect(keyOf(made).equals(keys.publicKey)).toBe(true);
    expect(fs.readFileSync(cert, 'latin1')).toBe(made);
    fs.chmodSync(cert, 0o666);
    const again = cachedCertificate(dir, keys);
    expect(again).not.toBe(made);
    expect(fs.statSync(cert).mode & 0o7777).toBe(0o600);
  });

  it('is never read or written through a symbolic link', () => {
    const { dir, cert } = fresh();
    const keys = pair();
    // A good certificate of ours elsewhere, linked to: not used, and the link's target untouched.
    const elsewhere = join(dir, 'elsewhere.pem');
    const good = cachedCertificate(fresh().dir, keys);
    fs.writeFileSync(elsewhere, good, { mode: 0o600 });
    fs.symlinkSync(elsewhere, cert);
    const used = cachedCertificate(dir, keys);
    expect(used).not.toBe(good);
    expect(fs.readFileSync(elsewhere, 'latin1')).toBe(good);
    expect(fs.lstatSync(cert).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(cert, 'latin1')).toBe(used);
  });

  it.runIf(process.getuid?.() === 0)('one owned by another user is not used (as root: chown)', () => {
    const { dir, cert } = fresh();
    const keys = pair();
    const made = cachedCertificate(dir, keys);
    fs.chownSync(cert, 1234, 1234);
    expect(cachedCertificate(dir, keys)).not.toBe(made);
    expect(fs.statSync(cert).uid).toBe(0);
  });

  it('a state directory it cannot be kept in costs only the signature: the certificate is still made', () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-cert-'));
    const keys = pair();
    // No ppkeys/ (a file in its place): nothing can be written there.
    fs.writeFileSync(join(dir, 'ppkeys'), '');
    expect(keyOf(cachedCertificate(dir, keys)).equals(keys.publicKey)).toBe(true);
  });
});

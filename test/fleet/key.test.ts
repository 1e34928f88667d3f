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

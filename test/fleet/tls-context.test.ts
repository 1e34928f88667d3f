/**
 * The TLS context a connection to a cfengine server presents our key with (session.ts
 * contextOf): it trusts no certificate authority, so Node never builds its CA store for it (the
 * store took 30-50 ms of the remote worker's time before its first connection). Node reads
 * NODE_EXTRA_CA_CERTS only at a process's start, so the check runs in a child process given a
 * CA of the test's own: a server certificate that CA signed passes Node's default context (the
 * control: the CA would be trusted if the store were asked) and not ours.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = fs.mkdtempSync(join(os.tmpdir(), 'cfwasm-tls-context-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const haveOpenssl = fs.existsSync('/usr/bin/openssl');
const dist = (p: string) => pathToFileURL(join(__dirname, '..', '..', 'dist', 'host', 'node', 'remote', p)).href;

/** A CA, and a certificate for 127.0.0.1 it signed (with the openssl command). */
function makeCa(): void {
  const ssl = (...args: string[]) => execFileSync('/usr/bin/openssl', args, { cwd: scratch, stdio: 'ignore' });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=cfwasm test CA');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  fs.writeFileSync(join(scratch, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf');
}

// In the child: a TLS server with the CA-signed certificate, a connection with Node's default
// context and one with ours; each says whether it found the server's certificate trusted.
const CHILD = `
import * as tls from 'node:tls';
import * as fs from 'node:fs';
const { contextOf } = await import(process.env.SESSION_URL);
const { makeKeyPair } = await import(process.env.KEYS_URL);
const dir = process.env.SCRATCH;
const server = tls.createServer({ key: fs.readFileSync(dir + '/server.key'), cert: fs.readFileSync(dir + '/server.pem') }, (s) => s.end());
server.on('tlsClientError', () => {});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const trusted = (secureContext) => new Promise((done, fail) => {
  const socket = tls.connect({ host: '127.0.0.1', port: server.address().port, secureContext, rejectUnauthorized: false }, () => {
    done({ authorized: socket.authorized, error: String(socket.authorizationError ?? '') });
    socket.destroy();
  });
  socket.on('error', fail);
});
const keys = makeKeyPair(dir + '/state', 1024);
const out = { node: await trusted(tls.createSecureContext({})), ours: await trusted(contextOf(keys, dir + '/state')) };
server.close();
process.stdout.write(JSON.stringify(out));
`;

describe('the TLS context of a connection to a server', () => {
  it.skipIf(!haveOpenssl)('trusts no certificate authority, not even one Node trusts (NODE_EXTRA_CA_CERTS): a server is trusted by its key', () => {
    makeCa();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: join(scratch, 'ca.pem'), SCRATCH: scratch, SESSION_URL: dist('session.js'), KEYS_URL: dist('keys.js') },
    });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<'node' | 'ours', { authorized: boolean; error: string }>;
    expect(out.node).toEqual({ authorized: true, error: '' });
    expect(out.ours.authorized).toBe(false);
    expect(out.ours.error).toMatch(/^[A-Z_]+$/); // OpenSSL's reason: the chain ends in no CA it trusts
  });
});

/**
 * --root confinement (issue: cfwasm run on real servers): no path of the policy may read or write
 * outside the root, whether through `..`, absolute or relative symbolic links, or a link swapped
 * in during the run; such a path is refused with an error naming it.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostError } from '../../host/core/host-interface.js';
import { NodeHost } from '../../host/node/node-host.js';
import { cfwasm } from '../support/cli.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-confine-'));
const root = join(base, 'root');
const outside = join(base, 'outside');
fs.mkdirSync(join(root, 'etc'), { recursive: true });
fs.mkdirSync(outside);
fs.writeFileSync(join(outside, 'secret'), 'secret\n');
fs.writeFileSync(join(root, 'etc', 'motd'), 'hello\n');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof HostError && e.code === 'EACCES' ? e.message : `other error: ${e}`;
  }
  return 'not refused';
};

describe('NodeHost with a root', () => {
  const host = new NodeHost({ root });

  it('resolves policy paths inside the root', () => {
    expect(new TextDecoder().decode(host.readFile('/etc/motd'))).toBe('hello\n');
  });

  it('refuses .. that would leave the root, naming the path', () => {
    expect(refused(() => host.readFile('/../outside/secret'))).toMatch(/\/\.\.\/outside\/secret: leaves the root/);
    expect(refused(() => host.saveFile('/etc/../../outside/secret', new Uint8Array(1), null))).toMatch(/leaves the root/);
  });

  it('an absolute link target counts from the root (chroot-like), so it cannot reach outside', () => {
    fs.symlinkSync('/etc/motd', join(root, 'abs-link'));
    expect(new TextDecoder().decode(host.readFile('/abs-link'))).toBe('hello\n');
    fs.symlinkSync(join(outside, 'secret'), join(root, 'real-abs-link'));
    // The host path of `outside` does not exist inside the root: nothing is read from outside.
    expect(() => host.readFile('/real-abs-link')).toThrow(/no such file/);
  });

  it('a linked directory in the middle of a path is resolved by the rules, not by the system (the fast check)', () => {
    // /mid/secret: the first component is a link to the real outside directory. Followed by the
    // system it would read outside; by the root's rules its target does not exist inside.
    fs.symlinkSync(outside, join(root, 'mid'));
    expect(() => host.readFile('/mid/secret')).toThrow(/no such file/);
    expect(() => host.writeFile('/mid/planted', new TextEncoder().encode('x'), 0o644)).toThrow();
    expect(fs.existsSync(join(outside, 'planted'))).toBe(false);
    // Deeper: a plain directory, then the link, then more names.
    fs.mkdirSync(join(root, 'deep', 'er'), { recursive: true });
    fs.symlinkSync(join(base), join(root, 'deep', 'er', 'up'));
    expect(() => host.readFile('/deep/er/up/outside/secret')).toThrow(/no such file/);
    // A relative link inside the root in the middle of a path still works.
    fs.symlinkSync('../etc', join(root, 'deep', 'etc-link'));
    expect(new TextDecoder().decode(host.readFile('/deep/etc-link/motd'))).toBe('hello\n');
  });

  it('a relative link climbing out of the root is refused', () => {
    fs.symlinkSync('../../outside/secret', join(root, 'etc', 'rel-link'));
    expect(refused(() => host.readFile('/etc/rel-link'))).toMatch(/leaves the root/);
    expect(refused(() => host.saveFile('/etc/rel-link', new TextEncoder().encode('pwned\n'), null))).toMatch(/leaves the root/);
    expect(fs.readFileSync(join(outside, 'secret'), 'utf8')).toBe('secret\n');
  });

  it('a link swapped in after a first check is resolved again at the write', () => {
    fs.writeFileSync(join(root, 'etc', 'swap'), 'mine\n');
    expect(host.stat('/etc/swap').type).toBe('file');
    fs.rmSync(join(root, 'etc', 'swap'));
    fs.symlinkSync('../../outside/secret', join(root, 'etc', 'swap'));
    expect(refused(() => host.saveFile('/etc/swap', new TextEncoder().encode('pwned\n'), null))).toMatch(/leaves the root/);
    expect(fs.readFileSync(join(outside, 'secret'), 'utf8')).toBe('secret\n');
  });

  it('commands are refused under a root unless allowed', () => {
    expect(() => host.exec('/bin/true')).toThrow(/--allow-exec/);
    expect(new NodeHost({ root, allowExec: true }).exec('/bin/echo ok')).toEqual({ status: 0, output: 'ok\n' });
  });
});

describe('cfwasm run --root', () => {
  it('an edit through an escaping link is refused with a message and the run goes on', () => {
    const policy = join(base, 'escape.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( editfiles )\neditfiles:\n' +
      ' { /etc/rel-link\n AppendIfNoSuchLine "pwned"\n }\n { /etc/motd\n AppendIfNoSuchLine "still edited"\n }\n');
    const r = cfwasm(['run', '-f', policy, '--root', root]);
    expect(fs.readFileSync(join(outside, 'secret'), 'utf8')).toBe('secret\n');
    expect(fs.readFileSync(join(root, 'etc', 'motd'), 'utf8')).toBe('hello\nstill edited\n');
    expect(r.stdout + r.stderr).toMatch(/\/etc\/rel-link/);
  });
});

/**
 * What the early remote worker is told to connect to before the run asks (host/node/remote/early.ts
 * hintOf): the servers of copies that surely run, on the port the policy gives literally. Each
 * case names the spelling it pins down; a wrong guess costs a server a connection for nothing, a
 * missed one the run its head start.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hintOf, startEarly, takeEarly } from '../../host/node/remote/early.js';

/** The servers hinted for `text` ("host:port"), or null for no hint. */
function servers(text: string): string[] | null {
  const hint = hintOf(text, '/var/lib/cfwasm');
  return hint && hint.servers.map(s => `${s.host}:${s.port}`);
}

const copy = (line: string) => `control:\n actionsequence = ( copy )\ncopy:\n ${line}\n`;

describe('hintOf: the port', () => {
  it.each([
    ['port = ( 5308 )', 5308],
    ['port=(5308)', 5308],
    ['port = 5308', 5308],
    ['\tport\t=\t(\t5308\t)', 5308],
    ['  port = ( 5308 )', 5308],
    [' PORT = ( 443 )', 443],
  ])('%j gives %i', (line, port) => {
    expect(servers(`control:\n${line}\ncopy:\n /a dest=/b server=h\n`)).toEqual([`h:${port}`]);
  });

  it('none given: 0 (the default port, decided later)', () => {
    expect(servers(copy('/a dest=/b server=h'))).toEqual(['h:0']);
  });

  it('a word ending in "port" is no port setting', () => {
    expect(servers(`control:\n support = ( 99 )\n port = ( 5308 )\ncopy:\n /a dest=/b server=h\n`)).toEqual(['h:5308']);
  });

  it.each([
    ['port = ( 5308x )'],
    ['port = ( x5308 )'],
    ['port = ( 123456 )'],
    ['port = ( $(p) )'],
  ])('%j is not a literal port: no guess at all', (line) => {
    expect(servers(`control:\n ${line}\ncopy:\n /a dest=/b server=h\n`)).toBeNull();
  });

  it('two port settings: no guess (which one holds depends on classes)', () => {
    expect(servers(`control:\n port = ( 1 )\n port = ( 2 )\ncopy:\n /a dest=/b server=h\n`)).toBeNull();
  });
});

describe('hintOf: which copies surely run', () => {
  it('a copy before any section or class', () => {
    expect(servers('/a dest=/b server=h1\n')).toEqual(['h1:0']);
  });

  it('not under a class, unless it is any::', () => {
    expect(servers('copy:\n linux::\n /a dest=/b server=h1\n')).toBeNull();
    expect(servers('copy:\n  linux::\n /a dest=/b server=h1\n')).toBeNull();
    expect(servers('copy:\n linux::\n any::\n /a dest=/b server=h1\n')).toEqual(['h1:0']);
  });

  it('a new section ends the class', () => {
    expect(servers('copy:\n linux::\n /a dest=/b server=h1\ncopy:\n /c dest=/d server=h2\n')).toEqual(['h2:0']);
    expect(servers('copy:\n linux::\n /a dest=/b server=h1\nCopy:\n /c dest=/d server=h2\n')).toEqual(['h2:0']);
  });

  it('a token ending in a colon is no section, a commented class no class', () => {
    expect(servers('copy:\n linux::\n /x:\n /a dest=/b server=h1\n')).toBeNull();
    expect(servers('copy:\n#linux::\n /a dest=/b server=h1\n')).toEqual(['h1:0']);
  });
});

describe('hintOf: the server names', () => {
  it('server= in any case and spacing, and no other option ending the same way', () => {
    expect(servers(copy('/a dest=/b SERVER = h1'))).toEqual(['h1:0']);
    expect(servers(copy('/a dest=/b serverx=h9 server=h1'))).toEqual(['h1:0']);
  });

  it('only a literal name: none with a variable anywhere in it', () => {
    expect(servers(copy('/a dest=/b server=h$(v)'))).toBeNull();
    expect(servers(copy('/a dest=/b server=$(v)h'))).toBeNull();
    expect(servers(copy('/a dest=/b server=files.example.org'))).toEqual(['files.example.org:0']);
    expect(servers(copy('/a dest=/b server=::1'))).toEqual(['::1:0']);
  });

  it('at most two servers, the first two named', () => {
    expect(servers('copy:\n /a dest=/b server=h1\n /c dest=/d server=h2\n /e dest=/f server=h3\n /g dest=/h server=h1\n'))
      .toEqual(['h1:0', 'h2:0']);
  });

  it('not after a comment; a # inside quotes starts none', () => {
    expect(servers(copy('/a dest=/b # server=h1'))).toBeNull();
    expect(servers(copy("/a dest='/b#c' server=h1"))).toEqual(['h1:0']);
    expect(servers(copy('/a dest="/b#c" server=h1'))).toEqual(['h1:0']);
    expect(servers(copy(`/a dest="/b'c" # server=h1`))).toBeNull();
  });
});

describe('hintOf: trees and the state directory', () => {
  it('trees only for recurse=', () => {
    const trees = (text: string) => hintOf(text, '/s')?.trees;
    expect(trees(copy('/a dest=/b server=h recurse=inf'))).toBe(true);
    expect(trees(copy('/a dest=/b server=h RECURSE = 2'))).toBe(true);
    expect(trees(copy('/a dest=/b server=h recursex=1'))).toBe(false);
    expect(trees(copy('/a dest=/b server=h'))).toBe(false);
  });

  it('the state directory as given', () => {
    expect(hintOf(copy('/a dest=/b server=h'), '/some/state')).toEqual({ stateDir: '/some/state', servers: [{ host: 'h', port: 0 }], trees: false });
  });
});

describe('startEarly: the options around --state-dir', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'cfwasm-early-hint-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('other options after it leave the state directory, and with it the hint, as given', () => {
    const file = join(dir, 'p.cf');
    fs.writeFileSync(file, copy('/a dest=/b server=h'));
    const state = fs.mkdtempSync(join(dir, 'state-'));
    for (const args of [['run', '-f', file, '--state-dir', state, '-q'], ['run', '--state-dir', state, '-v', '-f', file, '-I']]) {
      startEarly(args);
      const handle = takeEarly();
      if (handle) void handle.worker.terminate();
      expect(handle?.connections, args.join(' ')).toBe(true);
    }
  });
});

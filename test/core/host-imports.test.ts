/**
 * hostImports (host/core/host-interface.ts) request by request, with a recording host and a
 * plain buffer for the core's memory: the call each operation makes, the arguments it passes, the
 * status and reply it gives back (and the error statuses), and the fallbacks for a host without
 * the optional calls (readFileInto, copyFile, sameContents, listStatRecords, remoteDiffersMany).
 * The runs through the core reach most operations but read few replies in full.
 */
import { describe, expect, it } from 'vitest';
import { differsOneByOne, encodeStatRecords, HostError, hostImports, localOfSize, plainRequest } from '../../host/core/host-interface.js';
import type { Host, ServerRef } from '../../host/core/host-interface.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const SERVER = { host: 's', port: 0, trustKey: false } as ServerRef;

/** A host whose every call is recorded and answered from `answers` (a function of the arguments). */
function recorder(answers: Record<string, (...a: unknown[]) => unknown> = {}) {
  const calls: string[] = [];
  const host = new Proxy({} as Host, {
    get: (_t, name: string) => {
      if (!(name in answers) && ['readFileInto', 'copyFile', 'sameContents', 'listStatRecords', 'remoteDiffersMany'].includes(name)) return undefined;
      return (...args: unknown[]) => {
        calls.push(`${name} ${JSON.stringify(args, (_k, v) => (v instanceof Uint8Array ? `<${text(v)}>` : v))}`);
        return answers[name]?.(...args);
      };
    },
  });
  return { host, calls };
}

/** The wire over `host`: send(request, data) gives the status and the reply as text. */
function wire(host: Host) {
  const memory = new Uint8Array(4096);
  const dryRuns: unknown[] = [];
  const w = hostImports(() => host, () => ({ bytes: (p: number, n: number) => memory.subarray(p, p + n) }), (now, owner) => void dryRuns.push([now, owner]));
  const send = (request: object | string, data = '') => {
    const req = bytes(typeof request === 'string' ? request : JSON.stringify(request));
    memory.set(req, 0);
    const d = bytes(data);
    memory.set(d, 1024);
    // read-into's data is where the file goes: the space given is the data's length.
    const status = w.call(0, req.length, 1024, d.length);
    const n = w.replyLength();
    w.take(2048);
    const raw = memory.slice(2048, 2048 + n);
    return { status, reply: text(raw), raw, into: memory.subarray(1024, 1024 + d.length) };
  };
  return { send, dryRuns, replyLength: () => w.replyLength() };
}

describe('each operation reaches its call with its arguments', () => {
  it('answers nothing for the calls that change something, and passes their arguments', () => {
    const { host, calls } = recorder();
    const { send } = wire(host);
    const requests: [object, string?][] = [
      [{ op: 'chmod', path: '/a', mode: 420 }],
      [{ op: 'mkdir', path: '/d', mode: 493 }],
      [{ op: 'symlink', target: '/t', path: '/l' }],
      [{ op: 'chown', path: '/a', uid: 1, gid: 2 }],
      [{ op: 'chown', path: '/a', uid: 1, gid: -1, follow: false }],
      [{ op: 'link', target: '/t', path: '/h' }],
      [{ op: 'state-write', name: 'locks' }, 'STATE'],
      [{ op: 'rename', from: '/a', to: '/b' }],
      [{ op: 'remove', path: '/a' }],
      [{ op: 'remove', path: '/e', ino: 77 }],
      [{ op: 'write', path: '/w', mode: 384 }, 'WRITE'],
      [{ op: 'create', path: '/c', mode: 420 }],
      [{ op: 'save', path: '/s', backup: '/s.cfsaved' }, 'SAVE'],
      [{ op: 'touch', path: '/t' }],
      [{ op: 'signal', pid: 12, signal: 'hup' }],
      [{ op: 'sleep', seconds: 3 }],
      [{ op: 'progress', index: 2, total: 5, action: 'files' }],
      [{ op: 'remote-copy', server: SERVER, path: '/r', size: 3, dest: '/d', mode: 420, verify: true }],
      [{ op: 'remote-copy', server: SERVER, path: '/r', size: 3, dest: '/d', mode: 420 }],
    ];
    for (const [request, data] of requests) expect(send(request, data), JSON.stringify(request)).toMatchObject({ status: 0, reply: '' });
    expect(calls).toEqual([
      'chmod ["/a",420]', 'mkdir ["/d",493]', 'symlink ["/t","/l"]', 'chown ["/a",1,2,true]', 'chown ["/a",1,-1,false]',
      'link ["/t","/h"]', 'writeState ["locks","<STATE>"]', 'rename ["/a","/b"]', 'remove ["/a",null]', 'remove ["/e",77]', 'writeFile ["/w","<WRITE>",384]',
      'createFile ["/c",420]', 'saveFile ["/s","<SAVE>","/s.cfsaved"]', 'touch ["/t"]', 'signal [12,"hup"]', 'sleep [3]',
      'progress [2,5,"files"]', `remoteCopy [${JSON.stringify(SERVER)},"/r",3,"/d",420,true]`, `remoteCopy [${JSON.stringify(SERVER)},"/r",3,"/d",420,false]`,
    ]);
  });
  it('gives the answers of the calls that read', () => {
    const { host, calls } = recorder({
      readFile: () => bytes('FILE'),
      readlink: () => '/t\udcff',
      accounts: () => ({ users: [], groups: [{ name: 'g', gid: 3 }] }),
      readState: (name) => (name === 'kept' ? bytes('S') : null),
      list: () => [{ name: 'x', type: 'file' }],
      processes: () => [{ pid: 1, line: 'l' }],
      processAlive: (pid) => pid === 1,
      freeSpace: () => 99,
      exec: () => ({ status: 0, output: 'o' }),
      remoteStat: () => ({ type: 'file', size: 1 }),
      remoteNotes: () => ['n'],
      remoteList: () => [],
      remoteDiffers: () => true,
    });
    const { send } = wire(host);
    expect(send({ op: 'read', path: '/f' })).toMatchObject({ status: 0, reply: 'FILE' });
    expect(JSON.parse(send({ op: 'readlink', path: '/l' }).reply)).toBe('/t\udcff');
    expect(JSON.parse(send({ op: 'accounts' }).reply)).toEqual({ users: [], groups: [{ name: 'g', gid: 3 }] });
    expect(send({ op: 'state-read', name: 'kept' })).toMatchObject({ status: 0, reply: 'S' });
    expect(send({ op: 'state-read', name: 'none' })).toMatchObject({ status: -1, reply: 'no state none' });
    expect(JSON.parse(send({ op: 'list', path: '/d' }).reply)).toEqual([{ name: 'x', type: 'file' }]);
    expect(JSON.parse(send({ op: 'processes' }).reply)).toEqual([{ pid: 1, line: 'l' }]);
    expect(JSON.parse(send({ op: 'alive', pid: 1 }).reply)).toEqual({ alive: true });
    expect(JSON.parse(send({ op: 'alive', pid: 2 }).reply)).toEqual({ alive: false });
    expect(JSON.parse(send({ op: 'freespace', path: '/' }).reply)).toEqual({ bytes: 99 });
    expect(JSON.parse(send({ op: 'exec', command: 'c', options: { useShell: false } }).reply)).toEqual({ status: 0, output: 'o' });
    expect(JSON.parse(send({ op: 'exec', command: 'c' }).reply)).toEqual({ status: 0, output: 'o' });
    expect(JSON.parse(send({ op: 'remote-stat', server: SERVER, path: '/r' }).reply)).toEqual({ type: 'file', size: 1 });
    expect(JSON.parse(send({ op: 'remote-notes' }).reply)).toEqual(['n']);
    expect(JSON.parse(send({ op: 'remote-list', server: SERVER, path: '/r' }).reply)).toEqual([]);
    expect(JSON.parse(send({ op: 'remote-differs', server: SERVER, path: '/r' }, 'LOCAL').reply)).toEqual({ differs: true });
    expect(calls.filter(c => /^(exec|remoteDiffers|readState) /.test(c))).toEqual([
      'readState ["kept"]', 'readState ["none"]', 'exec ["c",{"useShell":false}]', 'exec ["c",{}]', `remoteDiffers [${JSON.stringify(SERVER)},"/r","<LOCAL>"]`,
    ]);
  });
  it('puts the overlay on for a dry run with the run\'s owner, root when not given', () => {
    const { host } = recorder();
    const { send, dryRuns } = wire(host);
    expect(send({ op: 'dry-run', now: 5, uid: 7, gid: 8 })).toMatchObject({ status: 0, reply: '' });
    send({ op: 'dry-run', now: 6 });
    expect(dryRuns).toEqual([[5, { uid: 7, gid: 8 }], [6, { uid: 0, gid: 0 }]]);
  });
});

describe('errors', () => {
  it('gives each host error its status and message, anything else -9 and its text', () => {
    const codes = ['ENOENT', 'ENOTFILE', 'EACCES', 'ENOTAVAIL', 'ECHANGED', 'EREMOTE', 'EFAIL'] as const;
    for (const [i, code] of codes.entries()) {
      const { host } = recorder({ remove: () => { throw new HostError(code, `why ${code}`); } });
      expect(wire(host).send({ op: 'remove', path: '/a' }), code).toEqual(expect.objectContaining({ status: [-1, -2, -3, -4, -5, -6, -9][i], reply: `why ${code}` }));
    }
    const { host } = recorder({ remove: () => { throw new TypeError('broken'); }, touch: () => { throw 'plain'; } });
    expect(wire(host).send({ op: 'remove', path: '/a' })).toMatchObject({ status: -9, reply: 'broken' });
    expect(wire(host).send({ op: 'touch', path: '/a' })).toMatchObject({ status: -9, reply: 'plain' });
    expect(wire(host).send({ op: 'frobnicate' })).toMatchObject({ status: -9, reply: 'unknown host operation frobnicate' });
  });
  it('a request too short for a mode after its path is no plain request', () => {
    expect(plainRequest(bytes('{"op":"chmod","path":"/a",1}'), new TextDecoder())).toBeNull();
  });
  it('a reply is taken once: the next call that answers nothing leaves none', () => {
    const { host } = recorder({ readFile: () => bytes('FILE') });
    const w = wire(host);
    expect(w.send({ op: 'read', path: '/f' }).reply).toBe('FILE');
    expect(w.replyLength()).toBe(0);
    expect(w.send({ op: 'touch', path: '/f' }).reply).toBe('');
  });
});

describe('the fallbacks for a host without the optional calls', () => {
  it('read-into: the file read whole and as much as fits copied, the status its length', () => {
    const { host } = recorder({ readFile: () => bytes('abcdef') });
    expect(wire(host).send({ op: 'read-into', path: '/f' }, '....')).toMatchObject({ status: 4, reply: '' });
    const r = wire(host).send({ op: 'read-into', path: '/f' }, '..........');
    expect(r.status).toBe(6);
    expect(text(r.into)).toBe('abcdef....');
    const own = recorder({ readFileInto: (_p, into) => ((into as Uint8Array).set(bytes('xy')), 2) });
    expect(wire(own.host).send({ op: 'read-into', path: '/f' }, '....')).toMatchObject({ status: 2 });
    expect(own.calls).toEqual(['readFileInto ["/f","<....>"]']);
  });
  it('copy and same-contents by reading; the host\'s own when it has them', () => {
    const files: Record<string, string> = { '/a': 'same', '/b': 'same', '/c': 'diff', '/d': 'same, longer' };
    const plain = recorder({ readFile: (p) => bytes(files[p as string]) });
    const w = wire(plain.host);
    expect(w.send({ op: 'copy', from: '/a', to: '/n', mode: 420 }).status).toBe(0);
    expect(plain.calls).toEqual(['readFile ["/a"]', 'writeFile ["/n","<same>",420]']);
    const same = (path: string, other: string) => JSON.parse(w.send({ op: 'same-contents', path, other }).reply);
    expect(same('/a', '/b')).toEqual({ same: true });
    expect(same('/a', '/c')).toEqual({ same: false });
    expect(same('/a', '/d')).toEqual({ same: false });
    const own = recorder({ copyFile: () => undefined, sameContents: () => false });
    expect(JSON.parse(wire(own.host).send({ op: 'same-contents', path: '/a', other: '/a' }).reply)).toEqual({ same: false });
    wire(own.host).send({ op: 'copy', from: '/a', to: '/n', mode: 420 });
    expect(own.calls).toEqual(['sameContents ["/a","/a"]', 'copyFile ["/a","/n",420]']);
  });
  it('list-stat as records of listStat; the host\'s own records when it has them', () => {
    const entries = [{ name: 'f', info: { type: 'file' as const, mode: 420, mtime: 1, size: 2, uid: 3, gid: 4 } }];
    const plain = recorder({ listStat: () => entries });
    const r = wire(plain.host).send({ op: 'list-stat', path: '/d' });
    expect(r.status).toBe(0);
    expect(r.raw).toEqual(encodeStatRecords(entries));
    const own = recorder({ listStatRecords: () => bytes('RECORDS') });
    expect(wire(own.host).send({ op: 'list-stat', path: '/d', next: ['/e'] }).reply).toBe('RECORDS');
    expect(own.calls).toEqual(['listStatRecords ["/d",["/e"]]']);
  });
  it('remote-differs-many one by one: a missing or short local file differs unasked, a refusal is its message', () => {
    const local: Record<string, string> = { '/l1': 'abc', '/l2': 'ab', '/l3': 'abc', '/l4': 'abc' };
    const { host, calls } = recorder({
      readFile: (p) => { if (!(p as string in local)) throw new HostError('ENOENT', 'gone'); return bytes(local[p as string]); },
      remoteDiffers: (_s, path) => {
        if (path === '/r3') throw new HostError('EACCES', 'denied');
        return path === '/r4';
      },
    });
    const files = [
      { path: '/r0', size: 3, local: '/none' }, { path: '/r1', size: 3, local: '/l1' }, { path: '/r2', size: 3, local: '/l2' },
      { path: '/r3', size: 3, local: '/l3' }, { path: '/r4', size: 3, local: '/l4' },
    ];
    expect(JSON.parse(wire(host).send({ op: 'remote-differs-many', server: SERVER, files }).reply)).toEqual([true, false, true, 'denied', true]);
    expect(calls.filter(c => c.startsWith('remoteDiffers'))).toHaveLength(3);
    // A whole server that failed, or a host without servers, fails the whole request.
    for (const code of ['EREMOTE', 'ENOTAVAIL'] as const) {
      const down = recorder({ readFile: () => bytes('abc'), remoteDiffers: () => { throw new HostError(code, `server ${code}`); } });
      expect(() => differsOneByOne(down.host, SERVER, files.slice(1, 2)), code).toThrow(`server ${code}`);
    }
    const broken = recorder({ readFile: () => bytes('abc'), remoteDiffers: () => { throw new TypeError('bug'); } });
    expect(() => differsOneByOne(broken.host, SERVER, files.slice(1, 2))).toThrow('bug');
    const many = recorder({ remoteDiffersMany: () => ['x'] });
    expect(JSON.parse(wire(many.host).send({ op: 'remote-differs-many', server: SERVER, files }).reply)).toEqual(['x']);
  });
  it('localOfSize: the bytes only when the file has exactly that size', () => {
    const { host } = recorder({ readFile: () => bytes('abc') });
    expect(text(localOfSize(host, '/f', 3)!)).toBe('abc');
    expect(localOfSize(host, '/f', 2)).toBeNull();
    expect(localOfSize(host, '/f', 4)).toBeNull();
  });
});

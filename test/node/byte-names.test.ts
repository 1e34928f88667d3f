/**
 * File names are bytes end to end (issue 16): a name that is not UTF-8 (`new\xe9.log`, Latin-1;
 * `old\xff.log`) is found by sweeps and acted on itself — never skipped, and never confused with
 * `new\uFFFD.log` (the UTF-8 of U+FFFD, what a lossy decoding makes of it). Real files through
 * the CLI and the Node host, with and without --root; policies written in Latin-1 name them.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfwasm } from '../support/cli.js';
import { REPO } from '../support/shared.js';

const base = fs.mkdtempSync(join(tmpdir(), 'cfwasm-bytes-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const E9 = Buffer.from('new\xe9.log', 'latin1'); // not UTF-8
const FFFD = Buffer.from('new\ufffd.log', 'utf8'); // EF BF BD: a valid name of its own
const FF = Buffer.from('old\xff.log', 'latin1');
const bytes = (...parts: (string | Buffer)[]) => Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
const at = (dir: string, name: Buffer) => bytes(dir, '/', name);
const mode = (p: Buffer) => fs.statSync(p).mode & 0o7777;
const names = (dir: string) => fs.readdirSync(dir, { encoding: 'buffer' }).map(n => n.toString('latin1')).sort();

let n = 0;
/** A fresh tree (`files`: name → contents, mode 644) and a run of `policy` (Latin-1 bytes) on it. */
function setup(files: Record<string, Buffer[]>) {
  const dir = join(base, `t${n++}`);
  for (const [sub, list] of Object.entries(files)) {
    fs.mkdirSync(join(dir, sub), { recursive: true });
    for (const name of list) {
      fs.writeFileSync(at(join(dir, sub), name), bytes('contents of ', name, '\n'));
      fs.chmodSync(at(join(dir, sub), name), 0o644);
    }
  }
  return dir;
}
function run(dir: string, policy: Buffer, root: boolean) {
  const file = join(base, `p${n++}.cf`);
  fs.writeFileSync(file, policy);
  const r = cfwasm(['run', '-f', file, '-K', ...(root ? ['--root', dir] : [])]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r;
}

for (const root of [true, false]) {
  describe(root ? 'with --root' : 'without --root', () => {
    const path = (dir: string, p: string) => (root ? p : `${dir}${p}`);

    it('files mode= on new\\xe9.log changes that file, not new\\uFFFD.log', () => {
      const dir = setup({ d: [E9, FFFD] });
      run(dir, bytes('control:\n actionsequence = ( files )\nfiles:\n ', path(dir, '/d/'), E9, ' mode=600 action=fixall\n'), root);
      expect(mode(at(join(dir, 'd'), E9))).toBe(0o600);
      expect(mode(at(join(dir, 'd'), FFFD))).toBe(0o644);
      expect(names(join(dir, 'd'))).toEqual([E9, FFFD].map(b => b.toString('latin1')).sort());
    });

    it('a files sweep reaches every name; a second run has nothing to do', () => {
      const dir = setup({ d: [E9, FFFD, FF, Buffer.from('plain.log')] });
      const policy = bytes('control:\n actionsequence = ( files )\nfiles:\n ', path(dir, '/d'), ' mode=600 recurse=inf action=fixall\n');
      run(dir, bytes(policy), root);
      for (const name of [E9, FFFD, FF]) expect(mode(at(join(dir, 'd'), name))).toBe(0o600);
      const second = cfwasm(['run', '-f', join(base, `p${n - 1}.cf`), '-K', '-I', ...(root ? ['--root', dir] : [])]);
      expect(second.stdout).not.toMatch(/had permission/);
    });

    it('a sweep lists directory dir\\xe9 itself, not its twin dir\\uFFFD (the lstat from inside a directory)', () => {
      const dir = setup({ s: [] });
      const e9 = bytes(dir, '/s/dir\xe9');
      const twin = bytes(dir, '/s/dir', Buffer.from('\ufffd', 'utf8'));
      for (const [d, name] of [[e9, 'a.log'], [twin, 'b.log']] as const) {
        fs.mkdirSync(d);
        fs.writeFileSync(bytes(d, '/', name), '');
        fs.chmodSync(bytes(d, '/', name), 0o600);
      }
      run(dir, bytes('control:\n actionsequence = ( files )\nfiles:\n ', path(dir, '/s'), ' mode=644 recurse=inf action=fixall\n'), root);
      expect(mode(bytes(e9, '/a.log'))).toBe(0o644);
      expect(mode(bytes(twin, '/b.log'))).toBe(0o644);
    });

    it('tidy deletes the old *.log files whatever their bytes, and only those', () => {
      const dir = setup({ t: [E9, FFFD, Buffer.from('keep\xff.txt', 'latin1')] });
      for (const name of [E9, FFFD, Buffer.from('keep\xff.txt', 'latin1')]) fs.utimesSync(at(join(dir, 't'), name), 1e9, 1e9);
      run(dir, bytes('control:\n actionsequence = ( tidy )\ntidy:\n ', path(dir, '/t'), ' pattern=*.log age=1 recurse=inf\n'), root);
      expect(names(join(dir, 't'))).toEqual(['keep\xff.txt']);
    });

    it('copy makes each file under its own name with its own contents', () => {
      const dir = setup({ src: [E9, FFFD, FF] });
      fs.mkdirSync(join(dir, 'dst'));
      run(dir, bytes('control:\n actionsequence = ( copy )\ncopy:\n ', path(dir, '/src'), ' dest=', path(dir, '/dst'), ' recurse=inf\n'), root);
      expect(names(join(dir, 'dst'))).toEqual(names(join(dir, 'src')));
      for (const name of [E9, FFFD, FF]) expect(fs.readFileSync(at(join(dir, 'dst'), name))).toEqual(bytes('contents of ', name, '\n'));
    });

    it('disable renames new\\xe9.log; editfiles edits new\\uFFFD.log; neither touches the other', () => {
      const dir = setup({ e: [E9, FFFD] });
      run(dir, bytes('control:\n actionsequence = ( disable editfiles )\ndisable:\n ', path(dir, '/e/'), E9,
        '\neditfiles:\n { ', path(dir, '/e/'), FFFD, '\n AppendIfNoSuchLine "added"\n }\n'), root);
      expect(names(join(dir, 'e'))).toEqual([bytes(E9, '.cfdisabled'), FFFD, bytes(FFFD, '.cfsaved')].map(b => b.toString('latin1')).sort());
      expect(fs.readFileSync(at(join(dir, 'e'), bytes(E9, '.cfdisabled')))).toEqual(bytes('contents of ', E9, '\n'));
      expect(fs.readFileSync(at(join(dir, 'e'), FFFD))).toEqual(bytes('contents of ', FFFD, '\nadded\n'));
    });

    it('editfiles edits new\\xe9.log itself', () => {
      const dir = setup({ e: [E9, FFFD] });
      run(dir, bytes('control:\n actionsequence = ( editfiles )\neditfiles:\n { ', path(dir, '/e/'), E9, '\n AppendIfNoSuchLine "caf\xe9"\n }\n'), root);
      expect(fs.readFileSync(at(join(dir, 'e'), E9))).toEqual(bytes('contents of ', E9, '\ncaf\xe9\n'));
      expect(fs.readFileSync(at(join(dir, 'e'), FFFD))).toEqual(bytes('contents of ', FFFD, '\n'));
    });

    it('a link to a non-UTF-8 target is made once, then found in place (readlink keeps the bytes)', () => {
      const dir = setup({ l: [E9] });
      const policy = bytes('control:\n actionsequence = ( links )\nlinks:\n ', path(dir, '/l/link\xe9'), ' -> ', path(dir, '/l/'), E9, '\n');
      run(dir, policy, root);
      expect(fs.readlinkSync(at(join(dir, 'l'), Buffer.from('link\xe9', 'latin1')), { encoding: 'buffer' })).toEqual(bytes(path(dir, '/l/'), E9));
      const again = run(dir, policy, root);
      expect(again.stdout).not.toMatch(/points somewhere else|warning/);
    });
  });
}

describe('messages name a file by its bytes', () => {
  it('as ls shows it in text output, as \\udcXX escapes in --json', () => {
    const dir = setup({ d: [E9] });
    const policy = join(base, 'messages.cf');
    fs.writeFileSync(policy, 'control:\n actionsequence = ( files )\nfiles:\n /d mode=600 recurse=inf action=fixall\n');
    const run = (...extra: string[]) => spawnSync(process.execPath, [join(REPO, 'bin', 'cfwasm.js'), 'run', '-f', policy, '--root', dir, '-K', '-I', ...extra],
      { env: { ...process.env, CFWASM_STATE_DIR: join(base, `state${n++}`) } });
    const text = run();
    expect(text.stdout.includes(bytes('/d/', E9, ' had permission 644'))).toBe(true);
    fs.chmodSync(at(join(dir, 'd'), E9), 0o644);
    const json = run('--json').stdout.toString('utf8').trim().split('\n').map(l => JSON.parse(l));
    expect(json.filter(e => e.event === 'action' && e.path === '/d/new\udce9.log')).toHaveLength(1);
  });
});

/**
 * Without --root, root's sweep (`files mode=0644 r=inf`, owner=) lists a directory with its
 * entries' lstat, then chmods or chowns them one by one. A user who owns a directory in the tree
 * can swap an entry (or a directory above it) for a link to a file of root's between the two:
 * before, the chmod followed it (the probe of round 13 saw 59 of 1,500 swapped entries' targets
 * made 0644 in one run). The host must change the inode it listed, or nothing.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node-host.js';
import { refused } from '../support/refused.js';
import { cfwasm } from '../support/cli.js';

const base = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), 'cfwasm-sweep-race-')));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const NOBODY = 65534;

/**
 * `name`/tree/data/{a,b,c} (0600) and `name`/secret (0600), outside the tree; `name` belongs to
 * a user (nobody), who can therefore rename or replace anything below it. A tree that only root
 * can change (`guarded`) is swept by name: see the last test of the first group.
 */
function stage(name: string, owner = NOBODY) {
  const dir = join(base, name);
  const data = join(dir, 'tree', 'data');
  fs.mkdirSync(data, { recursive: true });
  fs.chownSync(dir, owner, owner);
  for (const f of ['a', 'b', 'c']) fs.writeFileSync(join(data, f), f, { mode: 0o600 });
  const secret = join(dir, 'secret');
  fs.writeFileSync(secret, 'root\'s', { mode: 0o600 });
  return { dir, data, secret, mode: (p: string) => fs.statSync(p).mode & 0o7777 };
}

describe('a sweep\'s chmod and chown without a root', () => {
  it('an entry swapped for a link after the listing is not followed', () => {
    const { data, secret, mode } = stage('entry');
    const host = new NodeHost();
    host.listStatRecords(data);
    host.chmod(`${data}/a`, 0o644); // as listed: changed
    fs.rmSync(join(data, 'b'));
    fs.symlinkSync(secret, join(data, 'b'));
    expect(refused(() => host.chmod(`${data}/b`, 0o644))).toBe(true);
    expect(refused(() => host.chown(`${data}/b`, -1, -1))).toBe(true);
    expect(mode(secret)).toBe(0o600);
    expect(mode(join(data, 'a'))).toBe(0o644);
  });

  it('a directory above the entries swapped for a link is caught', () => {
    const { dir, data, mode } = stage('dir');
    const elsewhere = join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(join(elsewhere, 'b'), 'root\'s', { mode: 0o600 });
    const host = new NodeHost();
    host.listStatRecords(data);
    fs.renameSync(data, `${data}.old`);
    fs.symlinkSync(elsewhere, data);
    expect(refused(() => host.chmod(`${data}/b`, 0o4755))).toBe(true);
    expect(mode(join(elsewhere, 'b'))).toBe(0o600);
  });

  it('an entry replaced by another file of the same name is not changed either', () => {
    const { data, mode } = stage('replaced');
    const host = new NodeHost();
    host.listStatRecords(data);
    fs.renameSync(join(data, 'c'), join(data, 'c.old'));
    fs.writeFileSync(join(data, 'c'), 'new', { mode: 0o600 });
    expect(refused(() => host.chmod(`${data}/c`, 0o644))).toBe(true);
    expect(mode(join(data, 'c'))).toBe(0o600);
  });

  it('in a tree only root can change, entries are changed by name (no one else can swap them)', () => {
    // The same swap as the first test's, made by root itself: in a guarded directory it is
    // followed, as a chmod by name does; the pin is only where another user could swap.
    const { data, secret, mode } = stage('guarded', 0);
    const host = new NodeHost();
    host.listStatRecords(data);
    fs.rmSync(join(data, 'b'));
    fs.symlinkSync(secret, join(data, 'b'));
    host.chmod(`${data}/b`, 0o640);
    expect(mode(secret)).toBe(0o640);
  });

  it('a directory of root\'s that others can write is no guard: its entries are pinned', () => {
    const { dir, data, secret, mode } = stage('writable', 0);
    fs.chmodSync(dir, 0o777); // anyone may rename tree/ away and put a link in its place
    const host = new NodeHost();
    host.listStatRecords(data);
    fs.rmSync(join(data, 'b'));
    fs.symlinkSync(secret, join(data, 'b'));
    expect(refused(() => host.chmod(`${data}/b`, 0o644))).toBe(true);
    expect(mode(secret)).toBe(0o600);
  });

  it('a directory the run itself opens to another user (a mode giving write to others, a chown) is no guard from then on', () => {
    const opens = [(host: NodeHost, data: string) => host.chmod(data, 0o777), (host: NodeHost, data: string) => host.chown(data, NOBODY, NOBODY)];
    opens.forEach((open, i) => {
      const { data, secret, mode } = stage(`opened-${i}`, 0);
      const host = new NodeHost();
      host.listStatRecords(data);
      host.chmod(`${data}/a`, 0o644); // guarded: by name (the host now knows the directory)
      open(host, data);
      fs.rmSync(join(data, 'b'));
      fs.symlinkSync(secret, join(data, 'b'));
      expect(refused(() => host.chmod(`${data}/b`, 0o644))).toBe(true);
      expect(mode(secret)).toBe(0o600);
      expect(mode(join(data, 'a'))).toBe(0o644);
    });
  });

  it('what the host found of the directories is forgotten when it renames one of them: each is found again', () => {
    // (A rename or a link at a name the host has not looked at keeps what it found: nothing it
    // found is at that name or beneath it, nor is led to through it. unguarded-last-name.test.ts.)
    const { dir, data, secret, mode } = stage('relinked', 0);
    const host = new NodeHost();
    host.listStatRecords(data);
    host.chmod(`${data}/a`, 0o644); // guarded: by name
    fs.chmodSync(data, 0o777); // opened behind the host's back; the host's rename makes it look again
    host.rename(data, join(dir, 'moved'));
    host.rename(join(dir, 'moved'), data);
    host.listStatRecords(data);
    fs.rmSync(join(data, 'b'));
    fs.symlinkSync(secret, join(data, 'b'));
    expect(refused(() => host.chmod(`${data}/b`, 0o644))).toBe(true);
    expect(mode(secret)).toBe(0o600);
  });

  it('links the policy\'s own path goes through are fine: the entry is found by what it is', () => {
    const { dir, data, mode } = stage('via-link');
    fs.symlinkSync(join(dir, 'tree'), join(dir, 'alias'));
    const host = new NodeHost();
    host.listStatRecords(join(dir, 'alias', 'data'));
    host.chmod(join(dir, 'alias', 'data', 'a'), 0o640);
    expect(mode(join(data, 'a'))).toBe(0o640);
  });

  it('a path the policy names (not a listed entry): a link at its last name in another user\'s directory is not followed (round 15)', () => {
    // Round 14 followed it: nobody could point it at /etc/shadow and have root chmod that
    // (test/node/unguarded-last-name.test.ts). The plain file it led to is still changed by its name.
    const { dir, data, mode } = stage('named');
    const link = join(dir, 'named-link');
    fs.symlinkSync(join(data, 'a'), link);
    const host = new NodeHost();
    host.listStatRecords(data);
    expect(refused(() => host.chmod(link, 0o640))).toBe(true);
    expect(mode(join(data, 'a'))).toBe(0o600);
    host.chmod(join(data, 'a'), 0o640);
    expect(mode(join(data, 'a'))).toBe(0o640);
  });

  it('a whole run: a sweep still changes every entry, and leaves a planted link\'s target alone', () => {
    const { dir, data, secret, mode } = stage('run');
    fs.symlinkSync(secret, join(data, 'planted'));
    const policy = join(dir, 'p.conf');
    fs.writeFileSync(policy, `control:\n   actionsequence = ( files )\nfiles:\n   ${join(dir, 'tree')} mode=0644 r=inf action=fixall\n`);
    const r = cfwasm(['run', '-f', policy, '-q', '-K', '--state-dir', `${dir}.state`]);
    expect(r.status, r.stderr).toBe(0);
    expect(['a', 'b', 'c'].map(f => mode(join(data, f)))).toEqual([0o644, 0o644, 0o644]);
    expect(mode(secret)).toBe(0o600);
  });
});

describe('a tidy\'s remove without a root', () => {
  it('a directory above the entries swapped for a link after the listing: nothing elsewhere is removed', () => {
    const { dir, data } = stage('tidy-dir');
    const elsewhere = join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    for (const f of ['a', 'b']) fs.writeFileSync(join(elsewhere, f), 'root\'s');
    const host = new NodeHost();
    host.listStatRecords(data);
    host.remove(`${data}/a`); // as listed: removed
    fs.renameSync(data, `${data}.old`);
    fs.symlinkSync(elsewhere, data);
    expect(refused(() => host.remove(`${data}/b`))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual(['a', 'b']);
    expect(fs.readdirSync(`${data}.old`)).toEqual(['b', 'c']);
  });

  it('each listed entry is removed in turn, the listing standing for the rest', () => {
    const { data, secret } = stage('tidy-all');
    fs.symlinkSync(secret, join(data, 'l'));
    const host = new NodeHost();
    host.listStatRecords(data);
    for (const f of ['a', 'b', 'c', 'l']) host.remove(`${data}/${f}`);
    expect(fs.readdirSync(data)).toEqual([]);
    expect(fs.readFileSync(secret, 'utf8')).toBe('root\'s');
  });

  it('an entry replaced after the listing is not removed', () => {
    const { data } = stage('tidy-replaced');
    const host = new NodeHost();
    host.listStatRecords(data);
    host.remove(`${data}/a`);
    fs.renameSync(join(data, 'b'), join(data, 'b.old'));
    fs.writeFileSync(join(data, 'b'), 'new');
    expect(refused(() => host.remove(`${data}/b`))).toBe(true);
    expect(fs.readFileSync(join(data, 'b'), 'utf8')).toBe('new');
  });
});

describe('tidy and purge name the inode they listed', () => {
  it('a remove given the listed inode refuses what a link swapped in since leads to, with no listing held', () => {
    const { dir, data } = stage('ino-given');
    const ino = fs.lstatSync(join(data, 'b')).ino;
    const elsewhere = join(dir, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(join(elsewhere, 'b'), 'root\'s');
    fs.renameSync(data, `${data}.old`);
    fs.symlinkSync(elsewhere, data);
    const host = new NodeHost();
    expect(refused(() => host.remove(`${data}/b`, ino))).toBe(true);
    expect(fs.readFileSync(join(elsewhere, 'b'), 'utf8')).toBe('root\'s');
    host.remove(`${data}.old/b`, ino);
    expect(fs.existsSync(`${data}.old/b`)).toBe(false);
  });

  it.each([
    ['tidy', (d: string) => `tidy:\n   ${d}/tree pattern=* age=0 r=inf\n`],
    ['purge', (d: string) => `copy:\n   ${d}/empty dest=${d}/tree/data r=inf purge=true\n`],
  ])('a %s run sends each entry\'s inode with its remove (-d2 shows the host calls)', (action, body) => {
    const { dir, data } = stage(`run-${action}`);
    const inodes = Object.fromEntries(['a', 'b', 'c'].map(f => [f, fs.lstatSync(join(data, f)).ino]));
    fs.mkdirSync(join(dir, 'empty'));
    const policy = join(dir, 'p.conf');
    fs.writeFileSync(policy, `control:\n   actionsequence = ( ${action === 'tidy' ? 'tidy' : 'copy'} )\n${body(dir)}`);
    const r = cfwasm(['run', '-f', policy, '-q', '-K', '-d2', '--state-dir', `${dir}.state`]);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readdirSync(data)).toEqual([]);
    const removes = (r.stdout + r.stderr).split('\n').filter(l => l.startsWith('host.remove(') && /\/data\/[abc]"/.test(l));
    expect(removes).toHaveLength(3);
    for (const f of ['a', 'b', 'c']) {
      const sent = removes.find(l => l.includes(`${data}/${f}"`))?.match(/", ([0-9.e+]+)\) ->/);
      expect(Number(sent?.[1])).toBe(inodes[f]);
    }
  });
});

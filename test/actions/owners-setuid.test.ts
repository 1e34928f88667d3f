/**
 * owner= and group= (files L9020-9034, directories, copy) against the memory host's own owner
 * model, and the setuid log (L2425-2435, L5672-5687) kept in the host's state.
 */
import { describe, expect, it } from 'vitest';
import { policyOf, run, runOn, volume } from './helpers.js';

const files = (line: string) => policyOf('files', `files:\n ${line}`);

describe('owner= and group=', () => {
  it('fix actions give the first owner and group of the lists; define= follows (L9020-9034)', () => {
    const r = run(files('/d owner=daemon,bin group=www-data r=inf action=fixall define=owned'), {
      '/d/a': 'x', '/d/b': 'x',
    }, { owners: { '/d/b': { uid: 2, gid: 33 } } });
    expect([r.owner('/d'), r.owner('/d/a'), r.owner('/d/b')]).toEqual(['1:33', '1:33', '2:33']);
    expect(r.result.classes).toContain('owned');
    expect(r.log).toContain('changed the owner of /d/a from root:root to daemon:www-data');
    expect(r.result.changes).toContainEqual({ op: 'chown', path: '/d/a', uid: 1, gid: 33 });
  });

  it('warn actions only report, as "owned by … [should be …]", and define nothing', () => {
    const r = run(files('/f owner=daemon action=warnall define=owned'), { '/f': 'x' });
    expect(r.owner('/f')).toBe('0:0');
    expect(r.log).toContain('File /f is owned by root:root [should be daemon:root]');
    expect(r.result.classes).not.toContain('owned');
    expect(r.result.changes).toEqual([]);
  });

  it('numeric ids and * are accepted; unknown names are reported and left out', () => {
    const r = run(files('/f owner=nosuchuser,33 group=* action=fixall'), { '/f': 'x' });
    expect(r.owner('/f')).toBe('33:0');
    expect(r.log).toContain('Unknown user nosuchuser');
    const any = run(files('/f owner=* action=fixall'), { '/f': 'x' }, { owners: { '/f': { uid: 7, gid: 7 } } });
    expect(any.owner('/f')).toBe('7:7');
  });

  it('names come from the volume\'s /etc/passwd and /etc/group when it has them', () => {
    const r = run(files('/f owner=alice group=staff action=fixall'), {
      '/f': 'x', '/etc/passwd': 'root:x:0:0::/root:/bin/sh\nalice:x:1001:1001::/home/alice:/bin/sh\n',
      '/etc/group': 'root:x:0:\nstaff:x:50:alice\n',
    });
    expect(r.owner('/f')).toBe('1001:50');
  });

  it('directories and copy set owner and group too; saves keep the owner of the file', () => {
    const dirs = run(policyOf('directories', 'directories:\n /srv/www mode=750 owner=www-data group=www-data'), {});
    expect([dirs.owner('/srv'), dirs.owner('/srv/www'), dirs.mode('/srv/www')]).toEqual(['0:0', '33:33', '750']);
    const copy = run(policyOf('copy', 'copy:\n /src/f dest=/dst/f owner=bin group=adm'), { '/src/f': 'data' });
    expect([copy.read('/dst/f'), copy.owner('/dst/f')]).toEqual(['data', '2:4']);
    const edit = run(policyOf('editfiles', 'editfiles:\n { /etc/x\n AppendIfNoSuchLine "y"\n }'), { '/etc/x': 'a\n' },
      { owners: { '/etc/x': { uid: 1, gid: 1 } } });
    expect([edit.read('/etc/x'), edit.owner('/etc/x'), edit.owner('/etc/x.cfsaved')]).toEqual(['a\ny\n', '1:1', '1:1']);
  });

  it('the owner model is the host\'s: seeded files belong to root whatever uid runs the tests', () => {
    const r = run(policyOf('files', 'files:\n /new owner=root group=root action=touch'), { '/old': 'x' });
    expect([r.owner('/old'), r.owner('/new')]).toEqual(['0:0', '0:0']);
    expect(r.result.changes.filter(c => c.op === 'chown')).toEqual([]);
  });
});

describe('the setuid log', () => {
  const suid = { '/bin/su': { mode: 0o4755 }, '/bin/ls': { mode: 0o755 }, '/bin/wall': { mode: 0o2755 } };

  it('a new setuid/setgid root program is reported once to root, and remembered between runs', () => {
    const state = new Map<string, Uint8Array>();
    const vol = volume(suid);
    const first = runOn(vol, files('/bin mode=+000 r=1 action=warnall'), { state });
    expect(first.log).toContain('NEW SETUID root PROGRAM /bin/su');
    expect(first.log).toContain('NEW SETGID root PROGRAM /bin/wall');
    expect(first.log).not.toContain('/bin/ls');
    expect(new TextDecoder().decode(state.get('setuid.log'))).toBe('/bin/su\n/bin/wall\n');
    const second = runOn(vol, files('/bin mode=+000 r=1 action=warnall'), { state });
    expect(second.log).not.toContain('NEW SET');
  });

  it('only root is warned; files owned by others are not setuid root', () => {
    const state = new Map<string, Uint8Array>();
    const r = run(files('/bin mode=+000 r=1 action=warnall'), suid, { state, uid: 1000 });
    expect(r.log).not.toContain('NEW SET');
    // Still remembered, so root is not told about them later as if they were new.
    expect(new TextDecoder().decode(state.get('setuid.log'))).toBe('/bin/su\n/bin/wall\n');
    const other = run(files('/bin mode=+000 r=1 action=warnall'), suid, { owners: { '/bin/su': { uid: 5, gid: 5 } } });
    expect(other.log).not.toContain('/bin/su');
  });

  it('a mode that drops the bit: warned under warn actions, removed under fix actions', () => {
    const warn = run(files('/bin/su mode=-4000 action=warnall'), suid);
    expect(warn.log).toContain('WARNING setuid (root) flag on /bin/su');
    expect(warn.mode('/bin/su')).toBe('4755');
    const fix = run(files('/bin/su mode=-4000 action=fixall'), suid);
    expect(fix.log).toContain('removing the setuid (root) flag from /bin/su');
    expect(fix.mode('/bin/su')).toBe('755');
  });

  it('under dry run the log is not kept', () => {
    const state = new Map<string, Uint8Array>();
    run(files('/bin mode=+000 r=1 action=warnall'), suid, { state, dryRun: true });
    expect(state.size).toBe(0);
  });
});

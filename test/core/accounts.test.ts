/**
 * parseAccounts (host/core/accounts.ts): the users and groups of /etc/passwd and /etc/group text,
 * skipping comments (also one that holds a whole record) and records with too few fields (a
 * blank line is one of those).
 */
import { describe, expect, it } from 'vitest';
import { parseAccounts } from '../../host/core/accounts.js';

describe('parseAccounts', () => {
  it('reads name, uid, gid and home of each user with at least six fields', () => {
    const passwd = [
      '# the administrator',
      '#old:x:5:5:gone:/home/old:/bin/sh',
      'root:x:0:0:root:/root:/bin/bash',
      '',
      'short:x:7:7:only five',
      'six:x:3:4:gecos:/home/six',
      'alice:x:1000:100:Alice:/home/alice:/bin/sh',
      '',
    ].join('\n');
    expect(parseAccounts(passwd, '').users).toEqual([
      { name: 'root', uid: 0, gid: 0, home: '/root' },
      { name: 'six', uid: 3, gid: 4, home: '/home/six' },
      { name: 'alice', uid: 1000, gid: 100, home: '/home/alice' },
    ]);
  });

  it('reads name and gid of each group with at least three fields', () => {
    const group = '# groups\n#old:x:60:\nwheel:x:10:root,alice\nstaff:x:50\nbad:x\n\nusers:x:100:\n';
    expect(parseAccounts('', group).groups).toEqual([
      { name: 'wheel', gid: 10 },
      { name: 'staff', gid: 50 },
      { name: 'users', gid: 100 },
    ]);
  });

  it('keeps a record whose # is not at the start of its line', () => {
    expect(parseAccounts('a#b:x:5:6:g:/h\n', 'g#1:x:9\n')).toEqual({
      users: [{ name: 'a#b', uid: 5, gid: 6, home: '/h' }],
      groups: [{ name: 'g#1', gid: 9 }],
    });
  });

  it('gives no accounts for empty files', () => {
    expect(parseAccounts('', '')).toEqual({ users: [], groups: [] });
  });
});

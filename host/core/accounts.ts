/**
 * @fileoverview The user and group databases from the text of /etc/passwd and /etc/group, for
 * hosts whose accounts are files (the Node host reads the machine's or the root's; the memory
 * host its volume's, when it has them).
 */
import type { Accounts } from './host-interface.js';

function records(text: string, fields: number): string[][] {
  return text.split('\n').filter(l => l && !l.startsWith('#')).map(l => l.split(':')).filter(f => f.length >= fields);
}

export function parseAccounts(passwd: string, group: string): Accounts {
  return {
    users: records(passwd, 6).map(f => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5] })),
    groups: records(group, 3).map(f => ({ name: f[0], gid: Number(f[2]) })),
  };
}

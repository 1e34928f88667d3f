// @fileoverview The inputs several benchmarks share: the 4 MB edit (a 100,000-line config-like
// file, a 10-command editfiles block and the same edits as a sed -E script) and a tree of real
// files for the sweeps.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configText } from './config-text.mjs';

export const BIG_EDIT_POLICY = `control:
  actionsequence = ( editfiles )
  editfilesize = ( 0 )
editfiles:
  { /etc/big.conf
  AppendIfNoSuchLine "PermitRootLogin no"
  DeleteLinesMatching "#.*TODO.*"
  HashCommentLinesContaining "telnet"
  LocateLineMatching "Port 22"
  InsertLine "Port 2222"
  DeleteLinesStarting "backup"
  WarnIfLineMatching "debug.*"
  CommentLinesMatching "X11Forwarding.*"
  UnCommentLinesMatching "# *UsePAM.*"
  ReplaceAll "example\\.org" With "example.net"
  }
`;

// The same edits for sed -E (AppendIfNoSuchLine: append at the end; the pointer insert: after
// the first "Port 22" line).
export const BIG_EDIT_SED = [
  '/^#.*TODO.*$/d',
  '/telnet/{/^# /!s/^/# /}',
  '0,/^Port 22$/{/^Port 22$/a Port 2222',
  '}',
  '/^backup/d',
  '/^X11Forwarding.*$/{/^# /!s/^/# /}',
  's/^# (UsePAM.*)$/\\1/',
  's/example\\.org/example.net/g',
  '$a PermitRootLogin no',
].join('\n');

/** Writes the 100,000-line (~4 MB) input to `dir`/input.conf and the sed script to `dir`/edit.sed; their paths. */
export function writeBigEdit(dir) {
  let text = '';
  for (let seed = 1; text.split('\n').length < 100_000; seed++) text += configText(400_000, seed);
  text = text.split('\n').slice(0, 100_000).join('\n') + '\n';
  const input = join(dir, 'input.conf');
  writeFileSync(input, text);
  const sedScript = join(dir, 'edit.sed');
  writeFileSync(sedScript, `${BIG_EDIT_SED}\n`);
  return { input, sedScript };
}

/** `files` files under `top` in directories of about 100 files, mode 0600; with oldEvery, every oldEvery-th is an old .tmp. */
export function realTree(top, files, oldEvery = 0) {
  // Old by the clock the CLI runs with (the real one): files from the future are not old.
  const old = new Date(Date.now() - 30 * 86400 * 1000);
  for (let i = 0; i < files; i++) {
    const dir = `${top}/d${i % 100}/e${Math.floor(i / 100) % Math.ceil(files / 10_000)}`;
    if (i < files / 100 + 100) mkdirSync(dir, { recursive: true, mode: 0o755 });
    const name = `${dir}/f${i}.${oldEvery && i % oldEvery === 0 ? 'tmp' : 'log'}`;
    writeFileSync(name, '', { mode: 0o600 });
    if (oldEvery && i % oldEvery === 0) utimesSync(name, old, old);
  }
}

/**
 * cfwasm fmt's exact layout, rule by rule (the rules of host/fmt/format.ts's header and README's
 * `fmt`): fmt.test.ts and the fuzz prove the IR stays and fmt is idempotent, which any layout
 * passes; these pin the layout itself. Each expected output is written from the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { formatText } from '../../host/fmt/index.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const fmt = (text: string) => formatText(runtime.parser, text, 'layout.cf');

describe('fmt layout', () => {
  it('section headers at column 0, items 2 before any selector, selectors 2, items after one 4', () => {
    expect(fmt('   files:\n/tmp/a mode=644\n      any::\n/tmp/b\n  tidy:\n        /tmp pattern=*\n')).toBe(
      'files:\n  /tmp/a mode=644\n  any::\n    /tmp/b\ntidy:\n  /tmp pattern=*\n');
  });

  it('an item on its selector\'s line keeps the selector\'s indentation; its continuation is 4 past the item\'s level', () => {
    expect(fmt('files:\n any:: /tmp/x\n   mode=644\n')).toBe('files:\n  any:: /tmp/x\n        mode=644\n');
  });

  it('continuation lines of an item 4 more, before and after a selector', () => {
    expect(fmt('files:\n/tmp/a\nmode=644\n  any::\n/tmp/b\n owner=root\n')).toBe(
      'files:\n  /tmp/a\n      mode=644\n  any::\n    /tmp/b\n        owner=root\n');
  });

  it('a list\'s values and closing parenthesis 4 more, also when the list opens on the item\'s line', () => {
    expect(fmt('control:\n actionsequence = (\nfiles\n      tidy\n  )\n')).toBe(
      'control:\n  actionsequence = (\n      files\n      tidy\n      )\n');
    expect(fmt('control:\n actionsequence = ( files\ntidy )\n')).toBe('control:\n  actionsequence = ( files\n      tidy )\n');
    expect(fmt('control:\n actionsequence =\n( files\ntidy\n)\n')).toBe(
      'control:\n  actionsequence =\n      ( files\n      tidy\n      )\n');
  });

  it('the commands of a { } block 2 more, its closing brace at the block\'s level', () => {
    expect(fmt('editfiles:\n{ /etc/x\nAppendIfNoSuchLine "a"\n      }\n any::\n{ /etc/y\n# why\n  AppendIfNoSuchLine "b"\n}\n')).toBe(
      'editfiles:\n  { /etc/x\n    AppendIfNoSuchLine "a"\n  }\n  any::\n    { /etc/y\n      # why\n      AppendIfNoSuchLine "b"\n    }\n');
    expect(fmt('acl:\n { acl1\n  fstype:posix\n      }\n')).toBe('acl:\n  { acl1\n    fstype:posix\n  }\n');
  });

  it('a comment at the level of what it introduces: 2 before a selector, 4 after one, 0 before a header or at the start', () => {
    expect(fmt('   # head\ncontrol:\n      # why\n actionsequence = ( files )\n\n   # about files\nfiles:\n# before\n any::\n # after\n /tmp/x\n')).toBe(
      '# head\ncontrol:\n  # why\n  actionsequence = ( files )\n\n# about files\nfiles:\n  # before\n  any::\n    # after\n    /tmp/x\n');
  });

  it('a comment that introduces nothing (the file\'s last line) at 0; a comment alone in a file at 0', () => {
    expect(fmt('control:\n x = ( y )\n     # last\n')).toBe('control:\n  x = ( y )\n# last\n');
    expect(fmt('    # only\n')).toBe('# only\n');
  });

  it('blanks within a line kept as written, blanks at the end of a line dropped (a comment\'s own are its text)', () => {
    expect(fmt('control:\n  x\t=  ( y ) \t # note\n  z = ( w )   \t\n')).toBe('control:\n  x\t=  ( y ) \t # note\n  z = ( w )\n');
    expect(fmt('control:\n  # note \t\n  z = ( w )\n')).toBe('control:\n  # note \t\n  z = ( w )\n');
  });

  it('runs of blank lines become one, blank lines with blanks in them too', () => {
    expect(fmt('control:\n\n\n  x = ( y )\n  # c\n \t \n\n\n  # d\n\n z = ( w )\n')).toBe(
      'control:\n\n  x = ( y )\n  # c\n\n  # d\n\n  z = ( w )\n');
    expect(fmt('editfiles:\n { /etc/x\n AppendIfNoSuchLine "a"\n\n\n   }\n')).toBe(
      'editfiles:\n  { /etc/x\n    AppendIfNoSuchLine "a"\n\n  }\n');
  });

  it('no blank lines at the start, one newline at the end, CRLF and CR blanks become LF', () => {
    expect(fmt('\n\n \n  control:\n  x = ( y )\n\n\n\n')).toBe('control:\n  x = ( y )\n');
    expect(fmt('control:\n  x = ( y )')).toBe('control:\n  x = ( y )\n');
    expect(fmt('control:\r\n  x = ( y )   \r\n\r\n\r\n  z = ( w )\r\n')).toBe('control:\n  x = ( y )\n\n  z = ( w )\n');
  });

  it('a file of blanks only is empty after; a file with syntax errors is not formatted', () => {
    expect(fmt('   \n\t \n')).toBe('');
    expect(fmt('')).toBe('');
    expect(fmt('control:\n  x = ( y\n')).toBeNull();
  });

  it('a quoted string spanning lines is one token: its inside keeps its blanks and line breaks', () => {
    expect(fmt('shellcommands:\n      "/bin/echo a   \n   b"\n')).toBe('shellcommands:\n  "/bin/echo a   \n   b"\n');
  });

  it('every kind of item is placed: links, processes and their options, list sections, mounts, assignments', () => {
    expect(fmt('links:\n      /a -> /b\n any::\n/c ->! /d\nprocesses:\n     "sshd" signal=hup\nSetOptionString "-ef"\n' +
      'ignore:\n     /tmp\nmiscmounts:\n      server:/x /mnt mode=ro\ngroups:\n    web = ( a b )\n')).toBe(
      'links:\n  /a -> /b\n  any::\n    /c ->! /d\nprocesses:\n  "sshd" signal=hup\n  SetOptionString "-ef"\n' +
      'ignore:\n  /tmp\nmiscmounts:\n  server:/x /mnt mode=ro\ngroups:\n  web = ( a b )\n');
  });

  it('a comment between a selector\'s items and the next selector stays at the items\' level (it is inside the section)', () => {
    expect(fmt('files:\n any::\n /a\n # about linux\n linux::\n /b\n')).toBe(
      'files:\n  any::\n    /a\n    # about linux\n  linux::\n    /b\n');
  });

  it('a command\'s arguments and comments on lines of their own 4 past the command, inside its block', () => {
    expect(fmt('editfiles:\n { /etc/x\n AppendIfNoSuchLine\n # the line\n "x"\n ReplaceAll "a"\nWith\n  "b"\n }\n')).toBe(
      'editfiles:\n  { /etc/x\n    AppendIfNoSuchLine\n        # the line\n        "x"\n    ReplaceAll "a"\n        With\n        "b"\n  }\n');
  });
});

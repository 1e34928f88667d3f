/**
 * Every editfiles command beyond the corpus: empty files, the unset pointer, the pointer at the
 * first and last lines, bumps at the ends, the abort boundary, nested groups, and a bad regex in
 * each command that takes one. Each test names the manual's line.
 */
import { describe, expect, it } from 'vitest';
import { edit, FIVE } from './helpers.js';

describe('adding lines', () => {
  it('AppendIfNoSuchLine appends once, compares whole lines (L8385)', async () => {
    expect((await edit(FIVE, 'AppendIfNoSuchLine "beta"\nAppendIfNoSuchLine "bet"')).text).toBe(`${FIVE}bet\n`);
  });
  it('AppendIfNoSuchLine on an empty file; "" appends nothing (decision B)', async () => {
    expect((await edit('', 'AppendIfNoSuchLine "x"\nAppendIfNoSuchLine ""')).text).toBe('x\n');
  });
  it('Append and Prepend act on every run (L8379, L8603, D17)', async () => {
    expect((await edit('a\n', 'Append "z"\nPrepend "y"')).text).toBe('y\na\nz\n');
  });
  it('PrependIfNoSuchLine (L8614)', async () => {
    expect((await edit('a\n', 'PrependIfNoSuchLine "a"\nPrependIfNoSuchLine "b"')).text).toBe('b\na\n');
  });
  it('AppendIfNoLineMatching / PrependIfNoLineMatching use SetLine (L8389, L8609)', async () => {
    expect((await edit('a\n', 'SetLine "x=1"\nAppendIfNoLineMatching "x=.*"\nPrependIfNoLineMatching "y.*"')).text)
      .toBe('x=1\na\nx=1\n');
  });
  it('AppendIfNoLineMatching without SetLine is an error, and the command is skipped (case 007)', async () => {
    const r = await edit('a\n', 'AppendIfNoLineMatching "x.*"');
    expect(r.text).toBe('a\n');
    expect(r.log.join('\n')).toContain('SetLine not set');
  });
  it('AppendToLineIfNotContains works on the current line (L8395)', async () => {
    expect((await edit(FIVE, 'LocateLineMatching "gamma"\nAppendToLineIfNotContains ",x"\nAppendToLineIfNotContains "mm"')).text)
      .toBe('alpha\nbeta\ngamma,x\ndelta\nepsilon\n');
  });
  it('AppendToLineIfNotContains on an empty file does nothing', async () => {
    expect((await edit('', 'AppendToLineIfNotContains "x"')).text).toBe('');
  });
});

describe('the line pointer (L8318-8322)', () => {
  it('InsertLine inserts after the current line and moves onto it (D3)', async () => {
    expect((await edit(FIVE, 'InsertLine "1"\nInsertLine "2"')).text).toBe('alpha\n1\n2\nbeta\ngamma\ndelta\nepsilon\n');
  });
  it('InsertLine into an empty file inserts at the start (L8570)', async () => {
    expect((await edit('', 'InsertLine "a"\nInsertLine "b"')).text).toBe('a\nb\n');
  });
  it('IncrementPointer bumps into the first and last lines (L8555-8559)', async () => {
    expect((await edit(FIVE, 'IncrementPointer "-9"\nReplaceLineWith "first"\nIncrementPointer "99"\nReplaceLineWith "last"')).text)
      .toBe('first\nbeta\ngamma\ndelta\nlast\n');
  });
  it('IncrementPointer "0" aborts the file\'s commands, edits made before are kept (case 069)', async () => {
    expect((await edit(FIVE, 'ReplaceLineWith "A"\nIncrementPointer "0"\nReplaceLineWith "B"')).text)
      .toBe('A\nbeta\ngamma\ndelta\nepsilon\n');
  });
  it('GotoLastLine and ResetSearch "EOF" go to the last line (L8538, D18)', async () => {
    expect((await edit(FIVE, 'GotoLastLine\nInsertLine "z"\nResetSearch "1"\nReplaceLineWith "A"\nResetSearch "EOF"\nReplaceLineWith "Z"')).text)
      .toBe('A\nbeta\ngamma\ndelta\nepsilon\nZ\n');
  });
  it('ResetSearch beyond the end aborts (D18, case 072)', async () => {
    expect((await edit(FIVE, 'ResetSearch "6"\nAppend "no"')).text).toBe(FIVE);
  });
  it('LocateLineMatching searches forward from the current line; no match aborts (D5)', async () => {
    expect((await edit(FIVE, 'LocateLineMatching "delta"\nLocateLineMatching "beta"\nAppend "no"')).text).toBe(FIVE);
  });
  it('BreakIfLineMatches ends editing, keeping what was done (L8458)', async () => {
    expect((await edit(FIVE, 'Append "kept"\nBreakIfLineMatches "alpha"\nAppend "no"')).text).toBe(`${FIVE}kept\n`);
  });
  it('ReplaceLineWith keeps the pointer on the line (L8618)', async () => {
    expect((await edit(FIVE, 'ReplaceLineWith "A"\nInsertLine "after A"')).text).toBe('A\nafter A\nbeta\ngamma\ndelta\nepsilon\n');
  });
  it('EmptyEntireFilePlease unsets the pointer; InsertLine then inserts at the start', async () => {
    expect((await edit(FIVE, 'EmptyEntireFilePlease\nInsertLine "only"')).text).toBe('only\n');
  });
  it('ReplaceAll that replaced something leaves the pointer at the end (cases 128, 187)', async () => {
    expect((await edit(FIVE, 'ReplaceAll "beta" With "B"\nLocateLineMatching "gamma"\nAppend "no"')).text)
      .toBe('alpha\nB\ngamma\ndelta\nepsilon\n');
  });
});

describe('deleting', () => {
  it('DeleteLinesMatching matches whole lines (D2); Starting is a prefix; Containing a substring', async () => {
    expect((await edit('old\noldhost\nxold\n', 'DeleteLinesMatching "old"')).text).toBe('oldhost\nxold\n');
    expect((await edit('old\noldhost\nxold\n', 'DeleteLinesStarting "old"')).text).toBe('xold\n');
    expect((await edit('old\noldhost\nxold\n', 'DeleteLinesContaining "ldh"')).text).toBe('old\nxold\n');
  });
  it('DeleteNLines from the current line; short counts warn and continue (L8503)', async () => {
    const r = await edit(FIVE, 'LocateLineMatching "delta"\nDeleteNLines "5"\nAppend "z"');
    expect(r.text).toBe('alpha\nbeta\ngamma\nz\n');
    expect(r.log.join('\n')).toContain('DeleteNLines deleted only 2 lines (not 5)');
  });
  it('DeleteToLineMatching keeps the matching line (D4); no match aborts', async () => {
    expect((await edit(FIVE, 'DeleteToLineMatching "delta"')).text).toBe('delta\nepsilon\n');
    expect((await edit(FIVE, 'DeleteToLineMatching "zzz"\nAppend "no"')).text).toBe(FIVE);
  });
  it('DeleteLinesAfterThisMatching deletes only after the current line (L8492, case 043)', async () => {
    expect((await edit(FIVE, 'LocateLineMatching "beta"\nDeleteLinesAfterThisMatching ".*"')).text).toBe('alpha\nbeta\n');
  });
});

describe('comments (L8289-8313, D6, D21, D22)', () => {
  it('lines commented one after another, one of them deleted, are written each on its own line', async () => {
    // The commented lines lie back to back in the editor's memory; the one-byte "%" between the
    // others is gone, and must not be taken for the newline between them.
    const r = await edit('a\n\nc\n', ' PercentCommentLinesMatching ".*"\n DeleteLinesMatching "%"');
    expect(r.text).toBe('%a\n%c\n');
  });
  it('Hash/Percent/Slash prefixes, lines already commented with the prefix are left alone', async () => {
    expect((await edit('a\n# b\n#c\n', 'HashCommentLinesContaining "b"\nHashCommentLinesStarting "#c"\nHashCommentLinesMatching "a"')).text)
      .toBe('# a\n# b\n# #c\n');
    expect((await edit('a\n', 'PercentCommentLinesStarting "a"')).text).toBe('%a\n');
    expect((await edit('a\n', 'SlashCommentLinesMatching "a"')).text).toBe('//a\n');
  });
  it('CommentLinesMatching uses SetCommentStart/End (L3810-3815)', async () => {
    expect((await edit('printf(x);\ny;\n', 'SetCommentStart "/* "\nSetCommentEnd " */"\nCommentLinesMatching ".*printf.*"')).text)
      .toBe('/* printf(x); */\ny;\n');
  });
  it('CommentNLines and CommentToLineMatching (including the matching line, D22)', async () => {
    expect((await edit(FIVE, 'LocateLineMatching "beta"\nCommentNLines "2"\nInsertLine "x"')).text)
      .toBe('alpha\n# beta\n# gamma\ndelta\nx\nepsilon\n');
    expect((await edit(FIVE, 'LocateLineMatching "beta"\nCommentToLineMatching "delta"')).text)
      .toBe('alpha\n# beta\n# gamma\n# delta\nepsilon\n');
  });
  it('UnCommentNLines removes start and end delimiters independently (D21, L8742-8761)', async () => {
    expect((await edit('/* 1\n   2\n   3 */\n', 'SetCommentStart "/*"\nSetCommentEnd "*/"\nUnCommentNLines "3"')).text)
      .toBe(' 1\n   2\n   3 \n');
  });
  it('UnCommentLinesMatching / Containing (L8731-8739)', async () => {
    expect((await edit('#OP x\n#DY y\n', 'SetCommentStart "#"\nUnCommentLinesMatching "#OP.*"\nUnCommentLinesContaining "DY"')).text)
      .toBe('OP x\nDY y\n');
  });
});

describe('groups, loops and the abort boundary', () => {
  it('groups nest: a false group skips to its own EndGroup (D9)', async () => {
    const cmds = 'BeginGroupIfNoSuchLine "alpha"\n BeginGroupIfNoSuchLine "x"\n Append "inner"\n EndGroup\n Append "outer"\nEndGroup\nAppend "after"';
    expect((await edit(FIVE, cmds)).text).toBe(`${FIVE}after\n`);
  });
  it('a missing EndGroup is an error for that file: nothing saved, exit status 1 (D9)', async () => {
    const r = await edit(FIVE, 'BeginGroupIfNoSuchLine "x"\nAppend "y"');
    expect(r.text).toBe(FIVE);
    expect(r.exitCode).toBe(1);
    expect(r.log.join('\n')).toMatch(/BeginGroupIfNoSuchLine has no EndGroup/);
    // Named by where it was written (made from the command's place when the message is made).
    expect(r.log.join('\n')).toMatch(/:7:1: BeginGroupIfNoSuchLine has no EndGroup/);
  });
  it('BeginGroupIfNoMatch tests the current line; BeginGroupIfNoLineContaining any line', async () => {
    expect((await edit(FIVE, 'BeginGroupIfNoMatch "alp.*"\nAppend "no"\nEndGroup\nBeginGroupIfNoLineContaining "zz"\nAppend "yes"\nEndGroup')).text)
      .toBe(`${FIVE}yes\n`);
  });
  it('ForEachLineIn sets the SetLine register per line (L8533)', async () => {
    const r = await edit('root:x:0:0\n', 'ForEachLineIn "/etc/test.conf"\nAppendIfNoLineMatching "zz.*"\nEndLoop');
    expect(r.text).toBe('root:x:0:0\nroot:x:0:0\n');
  });
  it('ForEachLineIn over a file it cannot read skips the loop and says why', async () => {
    const r = await edit('a\n', 'ForEachLineIn "/etc/missing"\nAppend "x"\nEndLoop');
    expect(r.text).toBe('a\n');
    expect(r.log.join('\n')).toMatch(/ForEachLineIn: cannot read \/etc\/missing \(.+\), loop skipped/);
  });
  it('the abort boundary stops searches and deletes; UnsetAbort lifts it (L8366-8377)', async () => {
    expect((await edit('a\nSTOP\na\n', 'AbortAtLineMatching "STOP"\nDeleteLinesMatching "a"\nUnsetAbort\nAppend "z"')).text)
      .toBe('STOP\na\nz\n');
  });
});

describe('other commands', () => {
  it('ReplaceAll: leftmost-longest, every match, literal replacement (L8623, D20)', async () => {
    expect((await edit('hello cfengine cfengine\n', 'ReplaceAll "cf.*" With "CFENGINE"')).text).toBe('hello CFENGINE\n');
  });
  it('ReplaceLinesMatchingField replaces lines whose field matches SetLine\'s (L8636)', async () => {
    expect((await edit('root:x:0\nuser:y:1\n', 'SetLine "user:z:9"\nReplaceLinesMatchingField "1"')).text).toBe('root:x:0\nuser:z:9\n');
  });
  it('SplitOn changes the field separator (L8721)', async () => {
    expect((await edit('a,1\nb,2\n', 'SplitOn ","\nSetLine "b,3"\nReplaceLinesMatchingField "1"')).text).toBe('a,1\nb,3\n');
  });
  it('FixEndOfLine dos / unix (L8526)', async () => {
    expect((await edit('a\nb\r\n', 'FixEndOfLine "dos"')).text).toBe('a\r\nb\r\n');
    expect((await edit('a\r\nb\rc\n', 'FixEndOfLine "unix"')).text).toBe('a\nb\n');
  });
  it('DefineClasses defines classes only when the file is edited (L8488)', async () => {
    expect((await edit('a\n', 'DefineClasses "x:y"\nAppendIfNoSuchLine "a"')).classes).not.toContain('x');
    expect((await edit('a\n', 'DefineClasses "x,y"\nAppendIfNoSuchLine "b"')).classes).toEqual(expect.arrayContaining(['x', 'y']));
  });
  it('Warn… commands warn and never edit (L8766-8791)', async () => {
    const r = await edit('a\n', 'WarnIfLineMatching "a"\nWarnIfNoLineContaining "zz"');
    expect(r.text).toBe('a\n');
    expect(r.log).toEqual(expect.arrayContaining([
      'warning: Warning, file /etc/test.conf has a line matching a',
      'warning: Warning, file /etc/test.conf has no line containing zz']));
  });
  it('an unchanged result saves nothing and writes no backup (D7)', async () => {
    const r = await edit('a\n', 'ReplaceAll "a" With "a"');
    expect(r.saved).toBe(false);
  });
  it('a missing file without AutoCreate is reported; with AutoCreate it is created (D8)', async () => {
    const missing = await edit(null, 'Append "x"');
    expect(missing.text).toBeNull();
    expect(missing.log.join('\n')).toContain('does not exist');
    expect((await edit(null, 'AutoCreate\nAppend "x"')).text).toBe('x\n');
  });
  it('editfilesize refuses larger files (D19)', async () => {
    const r = await edit('x'.repeat(50) + '\n', 'Append "y"', { control: ' editfilesize = ( 10 )' });
    expect(r.text).toBe('x'.repeat(50) + '\n');
    expect(r.log.join('\n')).toContain('bigger than the limit editfilesize = 10');
  });
});

describe('a bad regular expression is that command\'s error, never a crash (D1)', () => {
  const regexCommands = ['AbortAtLineMatching', 'AppendIfNoLineMatching', 'BeginGroupIfNoLineMatching',
    'BeginGroupIfNoMatch', 'BreakIfLineMatches', 'CommentLinesMatching', 'CommentToLineMatching',
    'DeleteLinesAfterThisMatching', 'DeleteLinesMatching', 'DeleteToLineMatching', 'HashCommentLinesMatching',
    'LocateLineMatching', 'PercentCommentLinesMatching', 'PrependIfNoLineMatching', 'SlashCommentLinesMatching',
    'UnCommentLinesMatching', 'WarnIfLineMatching', 'WarnIfNoLineMatching', 'WarnIfNoSuchLine', 'ReplaceAll'];
  it.each(regexCommands)('%s "a(" ', async (name) => {
    const body = name === 'ReplaceAll' ? 'ReplaceAll "a(" With "b"' : name.startsWith('BeginGroup')
      ? `${name} "a("\nAppend "in group"\nEndGroup` : `SetLine "s"\n${name} "a("`;
    const r = await edit(FIVE, `${body}\nAppend "after"`);
    expect(r.log.join('\n')).toMatch(new RegExp(`${name}: invalid regular expression "a\\(": unmatched \\( or \\\\\\( at byte 2`));
    expect(r.text).toContain('after');
  });
});

describe('home/ (L8267-8284, L9080-9091)', () => {
  it('edits the file in every user\'s home under mountpattern/homepattern, skipping users without it', async () => {
    const { run } = await import('../../host/api/index.js');
    const r = await run(`control:
 actionsequence = ( editfiles )
 mountpattern = ( /export )
 homepattern = ( u? )
editfiles:
 { home/.cshrc
 AppendIfNoSuchLine "setenv PRINTER default-printer"
 }
`, {
      now: 1_700_000_000,
      files: {
        '/etc/passwd': 'root:x:0:0::/root:/bin/sh\nmark:x:1000:1000::/export/u1/mark:/bin/csh\nricky:x:1001:1001::/export/u2/ricky:/bin/csh\n',
        '/export/u1/mark/.cshrc': 'set prompt="% "\n',
        '/export/u2/ricky/.profile': 'PS1=$\n',
        '/export/u2/stranger/.cshrc': 'not a user\n',
        '/export/other/mark/.cshrc': 'not under homepattern\n',
      },
    });
    expect(r.diffs.map(c => c.path)).toEqual(['/export/u1/mark/.cshrc', '/export/u1/mark/.cshrc.cfsaved']);
    expect(new TextDecoder().decode(r.files['/export/u1/mark/.cshrc'])).toBe('set prompt="% "\nsetenv PRINTER default-printer\n');
  });
});

describe('backups (D7)', () => {
  it('with a repository, the old file goes there under its path with / as RepChar (L3940-3957, L7208)', async () => {
    const { run } = await import('../../host/api/index.js');
    const r = await run(`control:
 actionsequence = ( editfiles )
 repository = ( /var/backups )
 repchar = ( - )
editfiles:
 { /etc/test.conf
 Append "b"
 }
`, { now: 1_700_000_000, files: { '/etc/test.conf': 'a\n', '/var/backups/README': '' } });
    expect(Object.keys(r.files).sort()).toEqual(['/etc/test.conf', '/var/backups/-etc-test.conf.cfsaved', '/var/backups/README']);
    expect(new TextDecoder().decode(r.files['/var/backups/-etc-test.conf.cfsaved'])).toBe('a\n');
  });
});

describe('the driver', () => {
  it('NFS and network actions say they are not supported here; an unknown one that it is no action', async () => {
    const { run } = await import('../../host/api/index.js');
    const r = await run('control:\n actionsequence = ( mountall netconfig edtfiles )\n', { now: 1_700_000_000 });
    const log = r.log.map(l => l.message).join('\n');
    expect(log).toMatch(/action mountall is not supported on this platform/);
    expect(log).toMatch(/action netconfig is not supported on this platform/);
    expect(log).toMatch(/edtfiles is not an action of the actionsequence \(L6399-6597\); skipped/);
  });

  it('no actionsequence is a warning: nothing to do (L962-964)', async () => {
    const { run } = await import('../../host/api/index.js');
    const r = await run('control:\n domain = ( x )\n', { now: 1_700_000_000 });
    expect(r.log.map(l => l.message).join('\n')).toMatch(/actionsequence is empty/);
  });
});

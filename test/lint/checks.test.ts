/**
 * host/lint/checks.ts rule by rule, on small policies: each check's branches, texts and places,
 * most through the parse alone (`noRun`), the non-convergence rule on one-block policies. Fast on
 * purpose: Stryker (scripts/mutate.mjs) runs this file first for host/lint, so a mutant of a check
 * fails here in milliseconds instead of in lint.test.ts's corpus runs.
 */
import { describe, expect, it } from 'vitest';
import { lintPolicy, optionNamed, valuesIn } from '../../host/lint/lint.js';
import type { LintOptions } from '../../host/lint/lint.js';
import { nodeRuntime } from '../../host/node/runtime.js';

const runtime = await nodeRuntime();
const show = (text: string, options: LintOptions = { noRun: true }) =>
  lintPolicy(runtime, text, 'p.cf', options).map(d => `${d.loc.line}:${d.loc.column} ${d.code} ${d.message}`);
const EDIT = (cmds: string) => `control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n${cmds}\n }\n`;
const FILES = (selector: string) => `control:\n actionsequence = ( files )\nfiles:\n ${selector}:: /x mode=644\n`;

describe('editfiles blocks (CF003-CF007)', () => {
  it('names an unknown command with a suggestion, a cfengine 2 one as such, and checks no further', () => {
    expect(show(EDIT(' AppendIfNoSuchLin "x"\n Backup "on"\n Frobnicate "y"'))).toEqual([
      '5:2 CF003 unknown editfiles command AppendIfNoSuchLin; did you mean AppendIfNoSuchLine?',
      '6:2 CF004 Backup is a cfengine 2 command, not a 1.x one',
      '7:2 CF003 unknown editfiles command Frobnicate',
    ]);
  });
  it('checks the regex of a regex command at the byte that fails, and only literal regexes', () => {
    expect(show(EDIT(' DeleteLinesMatching "ab(c"'))).toEqual([
      '5:25 CF005 DeleteLinesMatching: invalid regular expression "ab(c": unmatched ( or \\( (at byte 3 of the pattern)',
    ]);
    const [d] = lintPolicy(runtime, EDIT(' DeleteLinesMatching "ab(c"'), 'p.cf', { noRun: true });
    expect(d.loc).toEqual({ file: 'p.cf', line: 5, column: 25, endLine: 5, endColumn: 26 });
    // `\\` in the policy is one backslash of the regex: `a\(` is a literal parenthesis.
    expect(show(EDIT(' DeleteLinesMatching "a\\\\("'))).toEqual([]);
    // With a variable the regex is only known at run time.
    expect(show('control:\n actionsequence = ( editfiles )\n v = ( x )\neditfiles:\n { /etc/x\n DeleteLinesMatching "$(v)("\n }\n')).toEqual([]);
    // A literal command's argument is no regex; a regex command with no argument is not checked.
    expect(show(EDIT(' DeleteLinesContaining "ab("'))).toEqual([]);
    expect(show(EDIT(' DeleteLinesMatching\n Append "x"'))).toEqual([]);
  });
  it('checks the pattern of a process the same way', () => {
    expect(show('control:\n actionsequence = ( processes )\nprocesses:\n "ssh(d" signal=hup\n')).toEqual([
      '4:6 CF005 processes: invalid regular expression "ssh(d": unmatched ( or \\( (at byte 4 of the pattern)',
    ]);
  });
  it('warns of the SetLine register used before SetLine or ForEachLineIn sets it', () => {
    for (const cmd of ['AppendIfNoLineMatching "x.*"', 'PrependIfNoLineMatching "x.*"', 'ReplaceLinesMatchingField "1"']) {
      const name = cmd.split(' ')[0];
      expect(show(EDIT(` ${cmd}`))).toEqual([`5:2 CF007 ${name} without a SetLine or ForEachLineIn before it: it does nothing`]);
      expect(show(EDIT(` SetLine "x=1"\n ${cmd}`))).toEqual([]);
      // Set after the use: still a warning (the register is read in order).
      expect(show(EDIT(` ${cmd}\n SetLine "x=1"`))).toHaveLength(1);
    }
    expect(show(EDIT(' ForEachLineIn "/etc/list"\n AppendIfNoLineMatching "x.*"\n EndLoop'))).toEqual([]);
    expect(show(EDIT(' AppendIfNoSuchLine "x"'))).toEqual([]);
  });
  it('pairs groups and loops, naming what is missing', () => {
    expect(show(EDIT(' BeginGroupIfNoSuchLine "x"\n Append "y"\n EndGroup'))).toEqual([]);
    expect(show(EDIT(' ForEachLineIn "/etc/l"\n BeginGroupIfNoMatch "a"\n EndGroup\n EndLoop'))).toEqual([]);
    expect(show(EDIT(' EndGroup'))).toEqual(['5:2 CF006 EndGroup without a matching BeginGroupIf…']);
    expect(show(EDIT(' EndLoop'))).toEqual(['5:2 CF006 EndLoop without a matching ForEachLineIn']);
    // The innermost open one must be the right kind.
    expect(show(EDIT(' BeginGroupIfNoMatch "a"\n EndLoop\n EndGroup'))).toEqual(['6:2 CF006 EndLoop without a matching ForEachLineIn']);
    expect(show(EDIT(' ForEachLineIn "/etc/l"\n EndGroup\n EndLoop'))).toEqual(['6:2 CF006 EndGroup without a matching BeginGroupIf…']);
    expect(show(EDIT(' BeginGroupIfFileExists "/a"\n ForEachLineIn "/etc/l"'))).toEqual([
      '5:2 CF006 BeginGroupIfFileExists has no EndGroup',
      '6:2 CF006 ForEachLineIn has no EndLoop',
    ]);
    // A closed group is popped: the second EndGroup has none left.
    expect(show(EDIT(' BeginGroupIfNoMatch "a"\n EndGroup\n EndGroup'))).toEqual(['7:2 CF006 EndGroup without a matching BeginGroupIf…']);
  });
});

describe('the actionsequence (CF009-CF011)', () => {
  it('names a word that is no action, with a suggestion, and reads only the part before a dot', () => {
    expect(show('control:\n actionsequence = ( edtfiles files.pass2 mountall )\nfiles:\n /x mode=644\n')).toEqual([
      '2:21 CF009 edtfiles is not an action (see the actionsequence, L6399-6597); did you mean editfiles?',
    ]);
    expect(show('control:\n actionsequence = ( zzzz )\n')).toEqual(['2:21 CF009 zzzz is not an action (see the actionsequence, L6399-6597)']);
  });
  it('warns of an action with no items, naming its first section, and of a section never run', () => {
    expect(show('control:\n actionsequence = ( disks tidy )\nfiles:\n /x mode=644\n')).toEqual([
      '2:21 CF011 disks is in the actionsequence but no required: section has items',
      '2:27 CF011 tidy is in the actionsequence but no tidy: section has items',
      '3:1 CF010 files: is never run: the actionsequence has no files',
    ]);
    expect(show('control:\n actionsequence = ( files )\ndisks:\n /x freespace=1m\n')).toEqual([
      '2:21 CF011 files is in the actionsequence but no files: section has items',
      '3:1 CF010 disks: is never run: the actionsequence has no required',
    ]);
    // Either section of an action with two counts; links runs for simplelinks too.
    expect(show('control:\n actionsequence = ( required simplelinks )\ndisks:\n /x freespace=1m\nlinks:\n /a -> /b\n')).toEqual([]);
  });
  it('says nothing of sections without an actionsequence, and nothing of empty ones', () => {
    expect(show('control:\n domain = ( x )\nfiles:\n /x mode=644\n')).toEqual([]);
    expect(show('control:\n actionsequence = ( files )\nfiles:\n /x mode=644\ntidy:\n')).toEqual([]);
  });
  it('takes a file that imports others as having their items', () => {
    expect(show('control:\n actionsequence = ( files tidy )\nimport:\n cf.files\n')).toEqual([]);
    // An empty import section imports nothing.
    expect(show('control:\n actionsequence = ( tidy )\nimport:\nfiles:\n /x mode=644\n')).toEqual([
      '2:21 CF011 tidy is in the actionsequence but no tidy: section has items',
      '4:1 CF010 files: is never run: the actionsequence has no files',
    ]);
  });
});

describe('options (CF008)', () => {
  it('reports unknown and ambiguous options, and knows full names, prefixes and short forms in any case', () => {
    expect(show('control:\n actionsequence = ( files copy )\nfiles:\n /x mdoe=644 MODE=600 o=root\ncopy:\n /a dest=/b s=1 qqq=1\n')).toEqual([
      '4:5 CF008 mdoe= is not an option of files: it is ignored; did you mean mode=?',
      '6:13 CF008 s= is ambiguous in copy (symlink, size, server, syslog, secure, stealth): it is ignored',
      '6:17 CF008 qqq= is not an option of copy: it is ignored',
    ]);
  });
  it('resolves an option by the rules of its section, or by the common ones', () => {
    const vocabulary = runtime.core.vocabulary();
    expect(optionNamed(vocabulary, 'files', 'MODE')).toBe('mode');
    expect(optionNamed(vocabulary, 'files', 'mdoe')).toBeNull();
    expect(optionNamed(vocabulary, 'files', 'toString')).toBeNull();
    const common = vocabulary.abbreviations[''];
    const [written, name] = Object.entries(common)[0];
    expect(optionNamed(vocabulary, 'no-such-section', written)).toBe(name);
  });
});

describe('classes (CF012)', () => {
  const message = (name: string, suggestion = '') =>
    `CF012 class ${name} is never defined: not a hard class, a group, an addclasses or define= class (a host name? pass it with --classes)${suggestion}`;
  it('knows hard classes, time, release and address classes, and names with variables', () => {
    for (const c of ['linux', 'any', 'ipv4', 'Hr02', 'Hr02_Q1', 'Min00', 'Min00_05', 'Day1', 'Day12', 'Yr2026', 'Q3', 'Monday',
      'Tuesday', 'December', 'sunos_5_8', 'ipv4_10_0']) {
      expect(show(FILES(c)), c).toEqual([]);
    }
    // A selector with a variable is only known at run time.
    expect(show('control:\n actionsequence = ( files )\n c = ( x )\nfiles:\n $(c):: /x mode=1\n')).toEqual([]);
    for (const c of ['Hr2x', 'Mondays', 'Yr26', 'Q5', 'sunos_', 'Min0', 'xHr02']) expect(show(FILES(c)), c).toHaveLength(1);
  });
  it('reports an unknown class once per place, through not, and, or, with suggestions from every known name', () => {
    expect(show(FILES('lniux'))).toEqual([`4:2 ${message('lniux', '; did you mean linux?')}`]);
    expect(show(FILES('!Mondy'))).toEqual([`4:3 ${message('Mondy', '; did you mean Monday?')}`]);
    expect(show(FILES('linux.(zzq|!zzr)'))).toEqual([`4:9 ${message('zzq')}`, `4:14 ${message('zzr')}`]);
    // One selector over two items: one report.
    expect(show('control:\n actionsequence = ( files )\nfiles:\n zzq::\n /x mode=644\n /y mode=644\n')).toEqual([`4:2 ${message('zzq')}`]);
    expect(show('control:\n actionsequence = ( files )\ngroups:\n webservers = ( a )\nfiles:\n webserver:: /x mode=644\n'))
      .toEqual([`6:2 ${message('webserver', '; did you mean webservers?')}`]);
  });
  it('knows the classes the policy defines', () => {
    const defined = 'control:\n actionsequence = ( files editfiles.pass2 )\n addclasses = ( extra )\n AddInstallable = ( later )\n' +
      ' domain = ( Example.COM )\ngroups:\n web = ( www1 www2 )\nclasses:\n mine = ( www3 )\n' +
      'files:\n web.www1.www2.mine.www3.extra.later.example_com.pass2.fixed.unfixed.edited:: /x mode=644 define=fixed elsedefine=unfixed\n' +
      'editfiles:\n { /etc/x\n DefineClasses "edited"\n }\n';
    expect(show(defined)).toEqual([]);
    // A define= of another option does not count, nor a DefineClasses-like text elsewhere.
    expect(show('control:\n actionsequence = ( files )\nfiles:\n fixed:: /x mode=644 owner=fixed\n')).toEqual([`4:2 ${message('fixed')}`]);
    // The ones given from outside.
    expect(show(FILES('fromcli'), { noRun: true, classes: ['fromcli'] })).toEqual([]);
  });
  it('is not checked in a part of a policy (one that imports, declares only, or has no actionsequence)', () => {
    expect(show('control:\n actionsequence = ( files )\nimport:\n other.cf\nfiles:\n zzq:: /x mode=644\n')).toEqual([]);
    expect(show('files:\n zzq:: /x mode=644\n')).toEqual([]);
    expect(show('control:\n actionsequence = ( files )\n zzq:: x = ( 1 )\n')).toEqual([]);
  });
});

describe('variables (CF013)', () => {
  it('knows macros, special and environment variables and positional ones; reports the rest at the value', () => {
    const policy = 'control:\n actionsequence = ( files )\n base = ( /srv )\nfiles:\n' +
      ' $(base)/$(host)/$(Spc)$(HOME)/$(1)$(12) mode=644\n /a/$(bsae)/$(home) mode=644\n';
    expect(show(policy)).toEqual([
      '6:2 CF013 variable bsae is never defined: it expands to nothing (D10)',
      '6:2 CF013 variable home is never defined: it expands to nothing (D10)',
    ]);
    // Not checked in a part of a policy.
    expect(show('files:\n /a/$(bsae) mode=644\n')).toEqual([]);
  });
  it('collects the values of any IR tree but for selectors and places', () => {
    const value = (raw: string) => ({ raw, parts: [{ kind: 'text', text: raw }] });
    const a = value('a'), b = value('b'), c = value('c');
    expect(valuesIn({ x: [a, { y: b }], when: c, loc: c, n: null, s: 'text' })).toEqual([a, b]);
    expect(valuesIn([[a], null, 3, b])).toEqual([a, b]);
    // A value's own parts are not searched further.
    const nested = { raw: 'n', parts: [value('inner')] };
    expect(valuesIn(nested)).toEqual([nested]);
    // An object with parts but no raw text is no value.
    expect(valuesIn({ parts: [a], raw: 1 })).toEqual([a]);
  });
});

describe('macros (CF014) and EditFileSize (CF016)', () => {
  it('reports a macro defined again under the same classes, at the second name', () => {
    expect(show('control:\n x = ( 1 )\n y = ( 3 )\n x = ( 2 )\n')).toEqual([
      '4:2 CF014 x is defined again (first at line 2); the last definition wins',
    ]);
    expect(show('control:\n x = ( 1 )\n x = ( 2 )\n x = ( 3 )\n')).toEqual([
      '3:2 CF014 x is defined again (first at line 2); the last definition wins',
      '4:2 CF014 x is defined again (first at line 3); the last definition wins',
    ]);
    expect(show('control:\n sun4:: x = ( 1 )\n hpux:: x = ( 2 )\n')).toEqual([]);
    expect(show('control:\n x = ( 1 )\n X = ( 2 )\n')).toEqual([]);
    expect(show('control:\n ExcludeCopy = ( *.o )\n excludecopy = ( *~ )\n')).toEqual([]);
  });
  it('wants EditFileSize as digits', () => {
    expect(show('control:\n EditFileSize = ( 10k )\n')).toEqual([
      '2:19 CF016 EditFileSize = 10k is not a number of bytes (digits only): the run edits no file',
    ]);
    expect(show('control:\n editfilesize = ( 1234567890123456 )\n')).toHaveLength(1);
    expect(show('control:\n EditFileSize = ( 123456789012345 )\n')).toEqual([]);
    expect(show('control:\n EditFileSize = ( " 4096 " )\n')).toEqual([]);
    expect(show('control:\n EditFileSize = ( "" )\n')).toHaveLength(1);
    expect(show('control:\n size = ( 1 )\n EditFileSize = ( $(size)k )\n')).toEqual([]);
    expect(show('control:\n MaxSize = ( 10k )\n')).toEqual([]);
  });
});

describe('lintPolicy', () => {
  it('gives the parser\'s errors as CF001, an unknown section it could not read as CF002, and stops there', () => {
    expect(show('control:\n x = ( a\nfiles:\n /x mdoe=1\n')).toEqual(["2:6 CF001 '(' is never closed before section 'files:' at line 3"]);
    expect(show('bogus:\n = = (\nfiles:\n /x mdoe=1\n').map(s => s.split(' ').slice(0, 2).join(' '))).toEqual(['1:1 CF002', '2:6 CF001']);
    // A readable unknown section is CF002 as well, and the other checks go on.
    expect(show('control:\n actionsequence = ( files )\nbogus:\n /y\nfiles:\n /x mdoe=1\n')).toEqual([
      '3:1 CF002 bogus: is not a section of cfengine 1.x',
      '6:5 CF008 mdoe= is not an option of files: it is ignored; did you mean mode=?',
    ]);
    // Warnings of the parser keep their own code.
    const warned = lintPolicy(runtime, 'control:\n actionsequence = ( files )\nfiles:\n /x mode=644\n', 'p.cf', { noRun: true });
    expect(warned).toEqual([]);
  });
  it('sorts what it finds by place', () => {
    const found = show('control:\n actionsequence = ( edtfiles files )\n x = ( 1 )\n x = ( 2 )\nfiles:\n /x mdoe=644\n');
    expect(found.map(s => s.split(' ').slice(0, 2).join(' '))).toEqual(['2:21 CF009', '4:2 CF014', '6:5 CF008']);
  });
});

describe('CF015 on one-block policies', () => {
  const cf015 = (text: string, options: LintOptions = {}) => show(text, options).filter(s => s.includes('CF015'));
  it('names the command most likely to blame, or the block', () => {
    expect(cf015(EDIT(' Append "x"'))).toEqual([
      '5:2 CF015 /etc/x changes again on a second run: Append adds a line on every run (D17); use AppendIfNoSuchLine or a group',
    ]);
    expect(cf015(EDIT(' Prepend "x"'))).toEqual([
      '5:2 CF015 /etc/x changes again on a second run: Prepend adds a line on every run (D17); use PrependIfNoSuchLine or a group',
    ]);
    expect(cf015(EDIT(' ReplaceAll "a" With "aa"'))).toEqual([
      '5:2 CF015 /etc/x changes again on a second run: the replacement text matches the pattern again',
    ]);
    expect(cf015(EDIT(' InsertLine "x"'))).toEqual([
      '5:2 CF015 /etc/x changes again on a second run: InsertLine inserts after the current line on every run (D3); guard it with a BeginGroupIfNo… that its own line satisfies',
    ]);
    // None of those: the block, at its file name.
    expect(cf015(EDIT(' SetLine "zz"\n AppendIfNoLineMatching "q.*"'))).toEqual([
      '4:2 CF015 /etc/x changes again on a second run: the block is not idempotent',
    ]);
    // An insert is blamed before an append.
    expect(cf015(EDIT(' Append "y"\n InsertLine "x"'))[0]).toMatch(/^6:2 CF015 .*: InsertLine inserts/);
  });
  it('is quiet with noRun, on an error, and for a file named by a variable or a relative path', () => {
    expect(cf015(EDIT(' Append "x"'), { noRun: true })).toEqual([]);
    expect(cf015(EDIT(' Append "x"\n EndLoop'))).toEqual([]);
    expect(cf015('control:\n actionsequence = ( editfiles )\n d = ( /etc )\neditfiles:\n { $(d)/x\n Append "x"\n }\n')).toEqual([]);
    expect(cf015('control:\n actionsequence = ( editfiles )\neditfiles:\n { home/x\n Append "x"\n }\n')).toEqual([]);
  });
  it('tries a block without an actionsequence as a run of editfiles', () => {
    expect(cf015('editfiles:\n { /etc/x\n Append "x"\n }\n')).toEqual([
      '3:2 CF015 /etc/x changes again on a second run: Append adds a line on every run (D17); use AppendIfNoSuchLine or a group',
    ]);
  });
  it('starts from the fixtures when given: a file where the edit converges is not reported', () => {
    const guard = EDIT(' LocateLineMatching "here"\n InsertLine "x"');
    // No line "here": the pointer is never set and nothing is inserted.
    expect(cf015(guard, { fixtures: { '/etc/x': 'a\nb\n' } })).toEqual([]);
    expect(cf015(guard, { fixtures: { '/etc/x': 'a\nhere\n' } })).toHaveLength(1);
    // Without fixtures, the trial files hold a line the search finds.
    expect(cf015(guard)).toHaveLength(1);
  });
  it('reports each edited file once, and every file that repeats', () => {
    const two = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/a\n Append "x"\n }\n { /etc/b\n Append "y"\n }\n { /etc/a\n Prepend "z"\n }\n';
    expect(cf015(two)).toEqual([
      '5:2 CF015 /etc/a changes again on a second run: Append adds a line on every run (D17); use AppendIfNoSuchLine or a group',
      '8:2 CF015 /etc/b changes again on a second run: Append adds a line on every run (D17); use AppendIfNoSuchLine or a group',
    ]);
  });
  it('finds an edit that repeats only when a searched line is there, or only when it is missing', () => {
    // Only a file holding a line of the regex's shortest match triggers it.
    expect(cf015(EDIT(' LocateLineMatching "^[0-9]+ [a-z]+ port$"\n InsertLine "next"'))).toHaveLength(1);
    // Only a file without the text (the trial with each searched line left out).
    expect(cf015(EDIT(' BeginGroupIfNoLineContaining "one"\n Append "two"\n EndGroup\n BeginGroupIfNoLineStarting "three"\n Append "four"\n EndGroup'))).toEqual([]);
    expect(cf015(EDIT(' BeginGroupIfNoLineContaining "absent"\n Append "present"\n EndGroup'))).toHaveLength(1);
    expect(cf015(EDIT(' DeleteLinesStarting "PermitRoot"\n DeleteLinesContaining "xyzzy"'))).toEqual([]);
  });
  it('says a file that would grow past the trial limit is not checked', () => {
    // Each ReplaceAll doubles the file: 26 of them pass 1 MiB (and the core's own limit).
    const grow = EDIT(' ReplaceAll "x*" With "Y"\n'.repeat(26));
    expect(cf015(grow)).toEqual(['5:2 CF015 /etc/x: not checked: too big (a trial run made it grow past 1 MiB)']);
    // Two files: the one named in the error is the one reported.
    const two = 'control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/a\n AppendIfNoSuchLine "a"\n }\n' +
      ' { /etc/b\n' + ' ReplaceAll "x*" With "Y"\n'.repeat(26) + ' }\n';
    expect(cf015(two)).toEqual(['8:2 CF015 /etc/b: not checked: too big (a trial run made it grow past 1 MiB)']);
  });
});

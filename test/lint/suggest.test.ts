/**
 * "Did you mean …?" (#23 item 6, #24): parse and lint name the nearest known section, editfiles
 * command, option, action or class; unrelated names get none. A misspelt section is reported at
 * its name, not where the parser's recovery gave up.
 */
import { describe, expect, it } from 'vitest';
import { lint, parse } from '../../host/api/index.js';
import type { Diagnostic } from '../../host/api/index.js';
import { editDistance, nearest } from '../../host/ir/suggest.js';
import { cfwasm } from '../support/cli.js';

const show = (ds: Diagnostic[]) => ds.map(d => `${d.loc.line}:${d.loc.column} ${d.message}${d.code ? ` [${d.code}]` : ''}`);

describe('the nearest name', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('editfile', 'editfiles')).toBe(1);
    expect(editDistance('lniux', 'linux')).toBe(1);
    expect(editDistance('mdoe', 'mode')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3); // stops early: "more than the limit"
  });

  it('suggests only close names, case aside, the alphabetically first of equals', () => {
    expect(nearest('Files', ['files', 'tidy'])).toBe('files');
    expect(nearest('admit', ['acl', 'control', 'files'])).toBeNull();
    expect(nearest('ix', ['aix', 'six'])).toBeNull(); // too short to guess
    expect(nearest('Hr5', ['Hr15', 'Hr05'])).toBe('Hr05');
    expect(nearest('frobnicate', ['files', 'tidy', 'copy'])).toBeNull();
  });
});

const TYPO = `control:
   actionsequence = ( editfiles )

editfile:
   { /etc/motd
     AppendIfNoSuchLine "hello"
   }

   { /etc/issue
     AppendIfNoSuchLine "x"
   }
`;

describe('parse: a misspelt section is reported at its name', () => {
  it('editfile: once, at line 4, with the section it meant; not at the braces after it', async () => {
    expect(show((await parse(TYPO)).diagnostics)).toEqual(['4:1 editfile: is not a section of cfengine 1.x; did you mean editfiles:?']);
  });

  it('a header recovery swallowed (contorl: followed by assignments) is found inside the error', async () => {
    const text = 'contorl:\n   actionsequence = ( files )\n\nfiles:\n   /etc/x mode=644\n';
    expect(show((await parse(text)).diagnostics)).toEqual(['1:1 contorl: is not a section of cfengine 1.x; did you mean control:?']);
  });

  it('an unknown name far from every section gets no guess, and a known section keeps its own messages', async () => {
    expect(show((await parse('frobnicate:\n   { /etc/x\n   }\n')).diagnostics)).toEqual(['1:1 frobnicate: is not a section of cfengine 1.x']);
    expect(show((await parse('control:\n   x = ( 1 )\nfiles:\n   { /etc/x }\n')).diagnostics)).toEqual([
      "4:4 unexpected '{' in section 'files:'"]);
  });

  it('cfwasm parse prints it as FILE:LINE:COL', () => {
    const r = cfwasm(['parse', '-'], { input: TYPO });
    expect(r.stdout).toBe('-:4:1: error: editfile: is not a section of cfengine 1.x; did you mean editfiles:?\n');
    expect(r.status).toBe(1);
  });
});

describe('lint: did you mean …?', () => {
  it('CF002 for a misspelt section, whether or not its items parse', async () => {
    expect(show(await lint(TYPO, 'p.cf', { noRun: true }))).toEqual([
      '4:1 editfile: is not a section of cfengine 1.x; did you mean editfiles:? [CF002]']);
    const parses = 'control:\n   actionsequence = ( files )\nfiles:\n   /etc/y mode=644\nfile:\n   /etc/x mode=644\n';
    expect(show(await lint(parses, 'p.cf', { noRun: true }))).toEqual([
      '5:1 file: is not a section of cfengine 1.x; did you mean files:? [CF002]']);
  });

  it('CF003 an editfiles command, CF008 an option, CF009 an action', async () => {
    const policy = `control:
   actionsequence = ( edtfiles files frobnicate )
files:
   /etc/y mdoe=644 zzzzz=1
editfiles:
   { /etc/motd
     AppendIfNoSuchLin "x"
     FrobnicateEverything "y"
   }
`;
    expect(show(await lint(policy, 'p.cf', { noRun: true })).filter(l => /CF00[389]/.test(l))).toEqual([
      '2:23 edtfiles is not an action (see the actionsequence, L6399-6597); did you mean editfiles? [CF009]',
      '2:38 frobnicate is not an action (see the actionsequence, L6399-6597) [CF009]',
      '4:11 mdoe= is not an option of files: it is ignored; did you mean mode=? [CF008]',
      '4:20 zzzzz= is not an option of files: it is ignored [CF008]',
      '7:6 unknown editfiles command AppendIfNoSuchLin; did you mean AppendIfNoSuchLine? [CF003]',
      '8:6 unknown editfiles command FrobnicateEverything [CF003]',
    ]);
  });

  it('CF012 a class: a hard, time, group or --classes name; the domain defines its own', async () => {
    const policy = `control:
   actionsequence = ( tidy )
   domain = ( Example.ORG )
groups:
   webservers = ( web1 web2 )
tidy:
  lniux::
   /a pattern=* age=1
  Mondy|webserver|myhost|example_org|exmaple::
   /b pattern=* age=1
  backupp::
   /c pattern=* age=1
`;
    const cf012 = (ds: Diagnostic[]) => show(ds).filter(l => l.endsWith('[CF012]')).map(l => l.replace(/ is never defined: .*\)/, ''));
    expect(cf012(await lint(policy, 'p.cf', { noRun: true, classes: ['backup'] }))).toEqual([
      '7:3 class lniux; did you mean linux? [CF012]',
      '9:3 class Mondy; did you mean Monday? [CF012]',
      '9:9 class webserver; did you mean webservers? [CF012]',
      '9:19 class myhost [CF012]',
      '9:38 class exmaple [CF012]',
      '11:3 class backupp; did you mean backup? [CF012]',
    ]);
  });
});

/**
 * cfwasm lint: every rule fires where it should and not elsewhere; the non-convergence rule
 * agrees with the corpus (a case has after2/ exactly when its policy does not converge from its
 * before/ tree); the manual's insert-once example is reported at its InsertLine (D3).
 */
import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../host/lint/lint.js';
import { outOfScope } from '../../host/testing/memory-runner.js';
import { nodeRuntime } from '../../host/node/runtime.js';
import { cfwasm } from '../support/cli.js';
import { caseNames, loadCase } from '../conformance/corpus.js';
import { manualExamples } from '../support/manual.js';

const runtime = await nodeRuntime();
const lint = (text: string, fixtures?: Record<string, string>) =>
  lintPolicy(runtime, text, 'p.cf', { fixtures }).map(d => `${d.loc.line}:${d.loc.column} ${d.code} ${d.message}`);
const codes = (text: string) => lint(text).map(s => s.split(' ')[1]);
const EDIT = (cmds: string) => `control:\n actionsequence = ( editfiles )\neditfiles:\n { /etc/x\n${cmds}\n }\n`;

describe('lint rules', () => {
  it('CF001 syntax errors', () => expect(codes('control:\n x = ( a\n')).toEqual(['CF001']));
  it('CF002 unknown section', () => expect(codes('control:\n actionsequence = ( files )\nfiles:\n /x mode=644\nbogus:\n /y\n')).toEqual(['CF002']));
  it('CF003/CF004 unknown and cfengine-2-only editfiles commands', () => {
    expect(codes(EDIT(' AppendIfNoSuchLin "x"\n BeginGroupIfDefined "c"\n EndGroup'))).toEqual(['CF003', 'CF004', 'CF006']);
  });
  it('CF005 invalid regex, at its column', () => {
    expect(lint(EDIT(' DeleteLinesMatching "ab(c"'))[0]).toMatch(/^5:25 CF005 DeleteLinesMatching: invalid regular expression "ab\(c": unmatched \( or/);
  });
  it('CF006 unpaired groups and loops', () => {
    expect(codes(EDIT(' BeginGroupIfNoSuchLine "x"\n Append "y"'))).toEqual(['CF006']);
    expect(codes(EDIT(' EndLoop'))).toEqual(['CF006']);
  });
  it('CF007 AppendIfNoLineMatching without SetLine', () => {
    expect(codes(EDIT(' AppendIfNoLineMatching "x.*"'))).toEqual(['CF007']);
    expect(codes(EDIT(' SetLine "x=1"\n AppendIfNoLineMatching "x=.*"'))).toEqual([]);
  });
  it('CF008 unknown and ambiguous options; the manual\'s short forms are not ambiguous', () => {
    expect(lint('control:\n actionsequence = ( files copy )\nfiles:\n /x mdoe=644\ncopy:\n /a dest=/b s=1\n')).toEqual([
      '4:5 CF008 mdoe= is not an option of files: it is ignored',
      '6:13 CF008 s= is ambiguous in copy (symlink, size, server, syslog, secure, stealth): it is ignored',
    ]);
    expect(codes('control:\n actionsequence = ( tidy copy )\ntidy:\n /tmp P=*.tmp a=1 r=inf\ncopy:\n /a d=/b o=root g=0 M=644\n')).toEqual([]);
  });
  it('CF009/CF010/CF011 the actionsequence', () => {
    expect(codes('control:\n actionsequence = ( edtfiles tidy )\nfiles:\n /x mode=644\n')).toEqual(['CF009', 'CF011', 'CF010']);
  });
  it('CF014 a macro defined twice under the same class; under different classes it is a choice', () => {
    expect(codes('control:\n x = ( 1 )\n x = ( 2 )\n')).toEqual(['CF014']);
    expect(codes('control:\n sun4:: x = ( 1 )\n hpux:: x = ( 2 )\n')).toEqual([]);
  });
  it('CF015 the manual\'s insert-once idiom (L8330-8347) is reported at its InsertLine (D3)', () => {
    const e8 = EDIT(' LocateLineMatching "insert point"\n IncrementPointer "1"\n BeginGroupIfNoMatch "# cfengine - 2/Jan/95"\n' +
      ' InsertLine "# cfengine - 2/Jan/95"\n InsertLine "/local/bin/start-xdm"\n EndGroup');
    const found = lint(e8, { '/etc/x': 'a\ninsert point\nb\nc\n' });
    expect(found).toEqual([expect.stringMatching(/^8:2 CF015 \/etc\/x changes again on a second run: InsertLine inserts after/)]);
  });
  it('CF015 is quiet for convergent edits', () => {
    expect(codes(EDIT(' AppendIfNoSuchLine "x"\n DeleteLinesMatching "y.*"\n ReplaceAll "old" With "new"'))).toEqual([]);
  });
});

describe('CF015 agrees with the corpus', () => {
  for (const name of caseNames()) {
    const c = loadCase(name);
    if (outOfScope(runtime.parser.parse(c.policy, name).policy) || c.dryRun) continue;
    it(`${name}: non-convergent exactly when the case has after2/`, () => {
      const fixtures: Record<string, string> = {};
      for (const [path, e] of c.before) if (e.type === 'file') fixtures[`/sandbox/${path}`] = e.content.toString('latin1');
      fixtures['/sandbox/.stage'] = ''; // the sandbox exists even when before/ is EMPTY
      const all = lintPolicy(runtime, c.policy, name, { fixtures });
      expect(all.some(d => d.code === 'CF015')).toBe(c.after2 !== null);
      // Nothing else, but the deliberate invalid regex of case 048 (E18, L12471).
      const others = all.filter(d => d.code !== 'CF015').map(d => d.code);
      expect(others).toEqual(name.startsWith('048-') ? ['CF005'] : []);
    });
  }
});

/** Manual examples with findings on purpose, by line of their block, with the reason. */
const MANUAL_FINDINGS: Record<number, [string, string]> = {
  6566: ['CF009', 'the actionsequence shows "..." for "and so on"'],
  8209: ['CF003', 'the editfiles synopsis writes `action "quoted-string..."`'],
  13286: ['CF011', 'cf.main is one file of a policy split with import: its sections are in cf.site, cf.linux, …'],
};

describe('no findings on the manual\'s examples but the deliberate ones', () => {
  it('lints every parseable example', () => {
    for (const e of manualExamples()) {
      const { diagnostics } = runtime.parser.parse(e.text, 'x');
      if (diagnostics.some(d => d.severity === 'error')) continue; // listed as not policy text
      const { policy } = runtime.parser.parse(e.text, 'x');
      if (policy.sections.some(s => !s.known)) continue; // cfd.conf
      const all = lintPolicy(runtime, e.text, `L${e.line}`, { noRun: true });
      if (process.env.DEBUG_LINT) for (const d of all) console.log(e.line, d.loc.line, d.code, d.message);
      const found = [...new Set(all.map(d => d.code))];
      if (!process.env.DEBUG_LINT) expect(found, `manual L${e.line}`).toEqual(MANUAL_FINDINGS[e.line] ? [MANUAL_FINDINGS[e.line][0]] : []);
    }
  });
});

describe('cfwasm lint', () => {
  it('text, exit 1 on errors; JSON; SARIF 2.1.0', () => {
    const file = new URL('../../examples/cfengine.conf', import.meta.url).pathname;
    const clean = cfwasm(['lint', file]);
    expect(clean.status).toBe(0);
    const sarif = JSON.parse(cfwasm(['lint', '--format', 'sarif', file]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('CF015');
    expect(cfwasm(['lint', '--format', 'yaml', file]).status).toBe(2);
  });
});

// The two entry points of the JS API called in process: host/api/browser.ts's loadCfwasm (given
// the wasm modules as bytes, as a page gives them; test/trace/browser.test.ts runs its bundle in a
// browser-like context, which Stryker's instrumented sources cannot reach) and host/api/index.ts's
// functions, each with its default file name and with one given, and each answering as the other.
import { describe, expect, it } from 'vitest';
import { loadCfwasm } from '../../host/api/browser.js';
import { explainRegex, format, lint, matchPattern, parse, run } from '../../host/api/index.js';
import { wasmModules } from '../support/browser-bundle.js';

const cf = await loadCfwasm(wasmModules());
const BAD = 'control:\n  actionsequence = ( files\n';
// CF012 (a class nothing defines) unless `classes` names it.
const POLICY = 'control:\n   actionsequence = ( editfiles )\neditfiles:\n web::\n  { /etc/motd\n   AppendIfNoSuchLine "hello"\n  }\n';
const files = (d: { loc: { file: string } }[]) => [...new Set(d.map(x => x.loc.file))];

describe('loadCfwasm (the browser entry) and the Node entry', () => {
  it('a runtime with the parser and the core', () => {
    expect(typeof cf.runtime.parser.parse).toBe('function');
    expect(typeof cf.runtime.core.runPolicy).toBe('function');
  });

  it('parse: policy.cf unless a file is named', async () => {
    expect(files(cf.parse(BAD).diagnostics)).toEqual(['policy.cf']);
    expect(files(cf.parse(BAD, 'site.cf').diagnostics)).toEqual(['site.cf']);
    expect(files((await parse(BAD)).diagnostics)).toEqual(['policy.cf']);
    expect(files((await parse(BAD, 'site.cf')).diagnostics)).toEqual(['site.cf']);
    expect(cf.parse(POLICY).policy).toEqual((await parse(POLICY)).policy);
  });

  it('lint: the file name, and the options passed on', async () => {
    const plain = cf.lint(POLICY);
    expect(plain.map(d => d.code)).toContain('CF012');
    expect(files(plain)).toEqual(['policy.cf']);
    expect(files(cf.lint(POLICY, 'site.cf'))).toEqual(['site.cf']);
    expect(cf.lint(POLICY, 'policy.cf', { classes: ['web'], noRun: true }).map(d => d.code)).not.toContain('CF012');
    expect(await lint(POLICY)).toEqual(plain);
    expect(files(await lint(POLICY, 'site.cf'))).toEqual(['site.cf']);
    expect((await lint(POLICY, 'policy.cf', { classes: ['web'], noRun: true })).map(d => d.code)).not.toContain('CF012');
  });

  it('format: the same layout; null for a syntax error', async () => {
    const messy = 'control:\n actionsequence = ( files )   \n\n\n\nfiles:\n/etc/x mode=644\n';
    const want = 'control:\n  actionsequence = ( files )\n\nfiles:\n  /etc/x mode=644\n';
    expect(cf.format(messy)).toBe(want);
    expect(cf.format(messy, 'x.cf')).toBe(want);
    expect(await format(messy)).toBe(want);
    expect(await format(messy, 'x.cf')).toBe(want);
    expect(cf.format(BAD)).toBeNull();
    expect(await format(BAD)).toBeNull();
  });

  it('run, matchPattern and explainPattern answer as the Node entry does', async () => {
    const options = { files: { '/etc/motd': 'hi\n' }, define: ['web'], now: 0 };
    const a = cf.run(POLICY, options);
    const b = await run(POLICY, options);
    expect(new TextDecoder().decode(a.files['/etc/motd'])).toBe('hi\nhello\n');
    expect(a.files).toEqual(b.files);
    expect(a.log).toEqual(b.log);
    const m = cf.matchPattern('DeleteLinesMatching', 'h.*', 'hi\nno\n');
    expect(m).toEqual(await matchPattern('DeleteLinesMatching', 'h.*', 'hi\nno\n'));
    expect(m).toMatchObject({ lines: [1] });
    const e = cf.explainPattern('a+b', 'xaab');
    expect(e).toEqual(await explainRegex('a+b', 'xaab'));
    expect(e).toMatchObject({ match: { start: 1, end: 4 } });
  });
});

/**
 * Malformed policies get diagnostics at the line:column where a person should look, and nothing
 * throws or hangs, whatever the input.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../host/ir/diagnostics.js';
import { parse } from '../support/parser.js';

async function problems(text: string): Promise<string[]> {
  return (await parse(text, 'p.cf')).diagnostics.map(formatDiagnostic);
}

describe('syntax diagnostics', () => {
  it('an unterminated string is reported at its opening quote', async () => {
    expect(await problems('editfiles:\n  { /etc/motd\n    AppendIfNoSuchLine "hello\n  }\n'))
      .toEqual(['p.cf:3:24: error: unterminated string: the " here is never closed']);
  });

  it('a list missing its ) is reported at its (', async () => {
    expect(await problems('control:\n  actionsequence = ( files\n  domain = ( x )\n'))
      .toEqual(["p.cf:2:20: error: '(' is never closed before the '(' at line 3, column 12"]);
  });

  it('a list missing its ) at the end of the file', async () => {
    expect(await problems('control:\n  actionsequence = ( files\n'))
      .toEqual(["p.cf:2:20: error: '(' is never closed before the end of the file"]);
  });

  it('an edit block missing its } is reported at its {', async () => {
    expect(await problems('editfiles:\n  { /etc/motd\n    AutoCreate\nfiles:\n  /x mode=1\n'))
      .toEqual(["p.cf:2:3: error: '{' is never closed before section 'files:' at line 4"]);
  });

  it('a stray :: is an invalid class selector', async () => {
    expect(await problems('files:\n  :: /x mode=1\n')).toEqual([
      "p.cf:2:3: error: invalid class selector '::'"]);
  });

  it('blank operands at the edges of a selector are no error (D26)', async () => {
    for (const sel of ['a.', '.a', '||a', 'a||', '|a', 'a|', '|', '()', '(|a).!(b|)', 'a..b', 'a.!', '!|a', '(!)']) {
      expect(await problems(`files:\n  /x\n  ${sel}::\n  /y\n`), sel).toEqual([]);
    }
  });

  it('a selector that is malformed otherwise is an error at its place', async () => {
    expect(await problems('files:\n  /x\n  (a|b::\n  /y\n')).toEqual([
      "p.cf:3:3: error: invalid class selector '(a|b::': '(' is never closed"]);
    expect(await problems('files:\n  a|b)::\n  /y\n')).toEqual([
      "p.cf:2:6: error: invalid class selector 'a|b)::': ')' closes nothing"]);
    expect(await problems('files:\n  a(b)::\n  /y\n')).toEqual([
      "p.cf:2:4: error: invalid class selector 'a(b)::': expected an operator before '('"]);
  });

  it('an item a section cannot hold names the section and what it expects', async () => {
    expect(await problems('control:\n actionsequence = ( files )\n /x\n')).toEqual([
      "p.cf:3:2: error: unexpected '/x' in section 'control:' (expected name = ( values ))"]);
  });

  it('text before any section header: one error, which does not quote it (issue 16: an import of /etc/shadow)', async () => {
    const message = 'text before any section header (e.g. control:): not a policy, or its first section header is missing (the text is not shown: it may be a secret)';
    expect(await problems('/etc/passwd mode=644\n')).toEqual([`p.cf:1:1: error: ${message}`]);
    expect(await problems('# comment\n\nroot:$6$abc.def:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n')).toEqual([`p.cf:3:1: error: ${message}`]);
  });

  it('binary junk is reported at its first control byte', async () => {
    const junk = 'control:\n  x = ( a )\nab\u0000\u0001\u00ff\u0002garbage\n';
    expect(await problems(junk)).toEqual([
      'p.cf:3:3: error: binary data (byte 0x00): this is not a policy file']);
  });

  it('random bytes never throw', async () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 200; n++) {
      const bytes = Array.from({ length: 1 + (next() % 400) }, () => next() % 256);
      const text = String.fromCharCode(...bytes);
      const result = await parse(text, 'junk.cf');
      expect(Array.isArray(result.diagnostics)).toBe(true);
    }
  });

  it('random fragments of real policy text never throw, and errors carry positions', async () => {
    const source = 'control:\n actionsequence = ( files editfiles )\n domain = ( x.y )\n' +
      'files:\n any::\n /etc/passwd mode=644 owner=root\n editfiles:\n { /etc/motd\n' +
      ' AppendIfNoSuchLine "hello $(host)"\n ReplaceAll "a" With \'b\'\n }\n';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const cut = next() % source.length;
      const len = next() % 20;
      const text = source.slice(0, cut) + source.slice(cut + len);
      const result = await parse(text, 'cut.cf');
      for (const d of result.diagnostics) {
        expect(d.loc.line).toBeGreaterThanOrEqual(1);
        expect(d.loc.column).toBeGreaterThanOrEqual(1);
        expect(d.loc.line).toBeLessThanOrEqual(text.split('\n').length);
      }
    }
  });

  it('an empty file is a warning, not an error', async () => {
    expect(await problems('')).toEqual(['p.cf:1:1: warning: empty policy: no sections, so nothing to do']);
    expect(await problems('# only a comment\n')).toEqual([
      'p.cf:1:1: warning: empty policy: no sections, so nothing to do']);
  });

  it('a 10 MB policy parses, and an error at its end is found at the right line', async () => {
    const block = 'files:\n  any::\n    /etc/passwd mode=644 owner=root group=0 action=fixall\n';
    const copies = Math.ceil(10_000_000 / block.length);
    const text = block.repeat(copies) + 'control:\n  x = ( a\n';
    const lines = copies * 3;
    expect(await problems(text)).toEqual([
      `p.cf:${lines + 2}:7: error: '(' is never closed before the end of the file`]);
  });
});

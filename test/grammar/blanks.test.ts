/**
 * One definition of a blank (host/ir/blanks.ts): the grammar's regular tokens (grammar.js BLANK),
 * its external scanner (scanner.c is_space: comments, section headers, selectors, option names)
 * and the lexical scans of syntax-errors.ts must all agree with it, for every character anyone
 * might take for a blank. A character that is not a blank is part of the word it touches.
 */
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../host/ir/blanks.js';
import { BLANK_LIKE } from '../support/blank-like.js';
import { parse } from '../support/parser.js';

const name = (c: string) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'loc' || k === 'nameLoc' ? undefined : v)));

describe('blanks: the grammar, its scanner and blanks.ts agree', () => {
  it('only space, tab, LF and CR are blanks', () => {
    expect(BLANK_LIKE.filter(isBlank)).toEqual(['\t', '\n', '\r', ' ']);
  });

  for (const c of BLANK_LIKE) {
    it(`${name(c)} is ${isBlank(c) ? 'a blank' : 'a word character'} everywhere`, async () => {
      // A files path, and an editfiles path, at the end of a line and before an option.
      const files = (await parse(`files:\n  /etc/x${c}\n  /etc/y${c}mode=644\n`, 'p.cf')).policy.sections[0].items as any[];
      const edit = (await parse(`editfiles:\n  { /etc/x${c}\n    AppendIfNoSuchLine "a"\n  }\n`, 'p.cf')).policy.sections[0].items as any[];
      if (isBlank(c)) {
        expect(files.map(i => i.path.raw)).toEqual(['/etc/x', '/etc/y']);
        expect(files[1].options.map((o: any) => o.name)).toEqual(['mode']);
        expect(edit[0].file.raw).toBe('/etc/x');
      } else {
        expect(files.map(i => i.path.raw)).toEqual([`/etc/x${c}`, `/etc/y${c}mode=644`]);
        expect(edit[0].file.raw).toBe(`/etc/x${c}`);
      }

      // The scanner: a section header, a class selector and a comment after the character.
      const header = await parse(`files:\n  /etc/x\n${c}control:\n  a = ( b )\n`, 'p.cf');
      const selector = await parse(`files:\n  /etc/x\n${c}linux::\n  /etc/y\n`, 'p.cf');
      const comment = await parse(`files:\n  /etc/x${c}#note\n`, 'p.cf');
      if (isBlank(c)) {
        expect(header.policy.sections.map(s => s.name)).toEqual(['files', 'control']);
        expect(strip((selector.policy.sections[0].items as any[])[1].when)).toMatchObject({ kind: 'class', name: 'linux' });
        expect((comment.policy.sections[0].items as any[]).map(i => i.path.raw)).toEqual(['/etc/x']);
      } else {
        expect(header.policy.sections.map(s => s.name)).toEqual(['files']);
        expect((selector.policy.sections[0].items as any[]).every(i => i.when === null)).toBe(true);
        expect((comment.policy.sections[0].items as any[]).map(i => i.path.raw)).toEqual([`/etc/x${c}#note`]);
      }

      // syntax-errors.ts: a line starting with the character before a header is or is not a policy.
      const notAPolicy = await parse(`${c}control:\n  a = ( b\n`, 'p.cf');
      expect(notAPolicy.diagnostics.some(d => d.message.startsWith('text before any section header'))).toBe(!isBlank(c));
    });
  }
});

/**
 * Every policy the manual shows parses clean: the example configuration files (L13140-14548)
 * and the fragments of the command reference (L5813-10843). Blocks that are not policy text are
 * listed below, by the line of their `@smallexample`, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { manualExamples } from '../support/manual.js';
import { parse } from '../support/parser.js';

const NOT_POLICY: Record<number, string> = {
  5941: 'ACE syntax template shown outside its { } block',
  5987: 'ACE entry lines shown outside their { } block',
  6015: 'list of ACL type names',
  6031: 'list of permission letters with descriptions',
  6054: 'list of DFS ACL type names',
  6076: 'list of DFS permission letters with descriptions',
  6630: 'placeholder "..." for items',
  6643: 'shell transcript (host# cfengine -N …)',
  6652: 'shell transcript (host# cfengine -N …)',
  7117: 'a class name shown alone in prose',
  7320: 'a path shown alone in prose',
  7554: 'copy synopsis with placeholders (size=size limits, define=class-list(,:.))',
  7900: 'disks synopsis with placeholders (define=class-list(,:.))',
  8299: 'sample of a // comment in an edited file',
  8306: 'sample of a % comment in an edited file',
  8750: 'sample C comments in an edited file',
  8757: 'sample C comment in an edited file',
  9569: 'links synopsis with ->[!] placeholders',
  9905: 'a relative path shown alone in prose',
  10152: 'table of signal names',
  10234: 'matches= values explained in a table',
  10341: 'required synopsis with placeholders (define=class-list(,:.))',
  10548: 'shell environment variable output (CFALLCLASSES=…)',
  14494: 'cfd.conf: the server daemon configuration, another language (L5392)',
};

describe('manual examples (L5813-10843, L13140-14548)', async () => {
  const examples = manualExamples();
  const policies = examples.filter(e => !(e.line in NOT_POLICY));

  it('finds the example chapter files and the command reference fragments', () => {
    expect(examples.length).toBeGreaterThan(150);
    for (const line of Object.keys(NOT_POLICY)) {
      expect(examples.map(e => e.line), `NOT_POLICY lists a block at L${line} that does not exist`)
        .toContain(Number(line));
    }
    console.log(`manual examples: ${policies.length} policies parsed, ` +
      `${examples.length - policies.length} blocks listed as not policy text`);
  });

  it.each(policies.map(e => [e.line, e]))('L%i parses with no ERROR or MISSING node', async (_, e) => {
    const result = await parse(e.text, `manual:L${e.line}`);
    expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  });

  it.each(Object.entries(NOT_POLICY))('L%s is really not policy text (%s)', async (line) => {
    const e = examples.find(x => x.line === Number(line))!;
    const result = await parse(e.text, `manual:L${line}`);
    // A listed block must be rejected (a syntax error, or cfd.conf's sections that cfengine.conf
    // does not have); one that parses clean belongs in the checked set above.
    const rejected = result.diagnostics.some(d => d.severity === 'error') ||
      result.policy.sections.some(s => !s.known);
    expect(rejected).toBe(true);
  });
});

/** The policy IR says what the policy says: one test per construct, citing the manual. */
import { describe, expect, it } from 'vitest';
import type { ClassExpression, Item, Policy } from '../../host/ir/types.js';
import { parse } from '../support/parser.js';

async function ir(text: string): Promise<Policy> {
  const result = await parse(text, 'p.cf');
  expect(result.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
  return result.policy;
}
async function items(text: string): Promise<Item[]> {
  return (await ir(text)).sections.flatMap(s => s.items);
}

/** A class expression as a compact string, to compare tree shapes. */
function show(e: ClassExpression | null): string {
  if (!e) return 'any';
  switch (e.kind) {
    case 'class': return e.name;
    case 'not': return `!${show(e.operand)}`;
    case 'and': return `(${e.operands.map(show).join(e.blank ? ' .. ' : ' . ')}${e.blank && e.operands.length < 2 ? ' ..' : ''})`;
    case 'or': return e.operands.length ? `(${e.operands.map(show).join(' | ')})` : 'false';
  }
}

describe('policy IR', () => {
  it('sections keep their order and repeat (L1049); unknown names are marked', async () => {
    const p = await ir('files:\n /a\ntidy:\n /b\nfiles:\n /c\nbogus:\n /d\n');
    expect(p.sections.map(s => [s.name, s.known])).toEqual([
      ['files', true], ['tidy', true], ['files', true], ['bogus', false]]);
  });

  it('a selector applies until the next selector or section (L1549-1556)', async () => {
    const p = await ir('files:\n /a\n sun4::\n /b\n /c\n hpux:: /d\ntidy:\n /e\n');
    expect(p.sections[0].items.map(i => show(i.when))).toEqual(['any', 'sun4', 'sun4', 'hpux']);
    expect(show(p.sections[1].items[0].when)).toBe('any');
  });

  it('AND binds tighter than OR, ! tighter than AND, parentheses override (L1627-1640)', async () => {
    const when = async (sel: string) => show((await items(`files:\n ${sel}::\n /x\n`))[0].when);
    expect(await when('a.b|c')).toBe('((a . b) | c)');
    expect(await when('a|b.c')).toBe('(a | (b . c))');
    expect(await when('a&!b')).toBe('(a . !b)');
    expect(await when('!(a|b).c')).toBe('(!(a | b) . c)');
    expect(await when('solaris||irix')).toBe('(solaris | irix)');
    expect(await when('a.|b')).toBe('(a | b)');
    expect(await when('a..b')).toBe('(a .. b)');
    // n-ary: a run of one operator is one node, parentheses of the same kind merge.
    expect(await when('a.b.c|d|(e|f)')).toBe('((a . b . c) | d | e | f)');
    expect(await when('a.(b.c).!!d')).toBe('(a . b . c . d)');
  });

  it('blank operands: skipped in an OR, also at the edges; false in an AND (D26, L1610-1627)', async () => {
    const when = async (sel: string) => show((await items(`files:\n ${sel}::\n /x\n`))[0].when);
    expect(await when('||a')).toBe('a');
    expect(await when('a||')).toBe('a');
    expect(await when('|a')).toBe('a');
    expect(await when('a|')).toBe('a');
    expect(await when('(|a|)|b')).toBe('(a | b)');
    expect(await when('.a')).toBe('(a ..)');
    expect(await when('a.')).toBe('(a ..)');
    expect(await when('a.()')).toBe('(a ..)');
    expect(await when('|')).toBe('false');
    expect(await when('()')).toBe('( ..)'); // a blank AND operand: false too
  });

  it('deep and long selectors build without recursion (#16)', async () => {
    const when = async (sel: string) => (await items(`files:\n ${sel}::\n /x\n`))[0].when;
    const deep = await when(`${'('.repeat(9000)}a${')'.repeat(9000)}`);
    expect(deep).toMatchObject({ kind: 'class', name: 'a' });
    const long = await when(Array.from({ length: 5000 }, (_, i) => `c${i}`).join('|'));
    expect(long?.kind === 'or' && long.operands.length).toBe(5000);
    const notted = await when(`${'!('.repeat(9000)}a${')'.repeat(9000)}`);
    expect(notted).toMatchObject({ kind: 'class', name: 'a' }); // an even number of NOTs
  });

  it('alternation nested past the depth limit is a clear error at the selector', async () => {
    const sel = `${'(a.(b|'.repeat(600)}c${'))'.repeat(600)}`;
    const result = await parse(`files:\n ${sel}::\n /x\n`, 'p.cf');
    expect(result.diagnostics.map(d => [d.loc.line, d.severity, d.message.replace(/'.*'/, "'…'")])).toEqual([
      [2, 'error', "invalid class selector '…': nested more than 1000 levels deep"]]);
  });

  it('assignments hold words and strings, variables kept apart (L1798-1843)', async () => {
    const [a] = await items('control:\n OutputPrefix = ( "cf:$(host):" x${y}z )\n');
    expect(a.kind).toBe('assignment');
    if (a.kind !== 'assignment') return;
    expect(a.name).toBe('OutputPrefix');
    expect(a.values.map(v => [v.raw, v.quote, v.parts])).toEqual([
      ['cf:$(host):', '"', [{ kind: 'text', text: 'cf:' }, { kind: 'variable', name: 'host', brace: false },
        { kind: 'text', text: ':' }]],
      ['x${y}z', null, [{ kind: 'text', text: 'x' }, { kind: 'variable', name: 'y', brace: true },
        { kind: 'text', text: 'z' }]],
    ]);
  });

  it('files statements: path, options as written, bare flags, home (L8876, L9063, L9075)', async () => {
    const [a, b] = await items('files:\n /dir mode=a+rw r=inf fixall\n home m=o-w act=fixall\n');
    expect(a).toMatchObject({
      kind: 'statement', home: false, path: { raw: '/dir' },
      options: [{ name: 'mode', value: { raw: 'a+rw' } }, { name: 'r', value: { raw: 'inf' } }],
      flags: [{ text: 'fixall' }],
    });
    expect(b).toMatchObject({ kind: 'statement', home: true, path: null, flags: [] });
  });

  it('# inside a word is not a comment (L936-938)', async () => {
    const [t] = await items('tidy:\n /tmp pattern=#* age=1 # real comment\n');
    expect(t).toMatchObject({ options: [{ name: 'pattern', value: { raw: '#*' } }, { name: 'age' }] });
  });

  it('links: the four arrows (L9568-9651)', async () => {
    const links = await items('links:\n /a -> /b\n /c +> /d\n /e ->! /f type=relative\n /g +>! /h\n');
    expect(links.map(l => l.kind === 'link' && [l.from.raw, l.to.raw, l.children, l.force])).toEqual([
      ['/a', '/b', false, false], ['/c', '/d', true, false], ['/e', '/f', false, true], ['/g', '/h', true, true]]);
    expect(links[2]).toMatchObject({ options: [{ name: 'type', value: { raw: 'relative' } }] });
  });

  it('editfiles blocks: file, commands, arguments, ReplaceAll … With (L8208, L8623)', async () => {
    const [e] = await items("editfiles:\n { /etc/motd\n AutoCreate\n AppendIfNoSuchLine 'hi $(host)'\n" +
      ' ReplaceAll "a+" With "b"\n }\n');
    expect(e.kind).toBe('edit');
    if (e.kind !== 'edit') return;
    expect(e.file.raw).toBe('/etc/motd');
    expect(e.commands.map(c => [c.name, c.args.map(a => a.raw)])).toEqual([
      ['AutoCreate', []], ['AppendIfNoSuchLine', ['hi $(host)']], ['ReplaceAll', ['a+', 'b']]]);
    expect(e.commands[1].loc).toMatchObject({ line: 4, column: 2 });
  });

  it('processes: pattern, options, restart; SetOptionString (L10115-10130)', async () => {
    const [p, o] = await items('processes:\n "cron" signal=hup restart "/etc/init.d/cron start" useshell=false\n' +
      ' SetOptionString "-ef"\n');
    expect(p).toMatchObject({
      kind: 'process', pattern: { raw: 'cron' }, restart: { raw: '/etc/init.d/cron start' },
      options: [{ name: 'signal' }, { name: 'useshell' }],
    });
    expect(o).toMatchObject({ kind: 'process-options', value: { raw: '-ef' } });
  });

  it('shellcommands, miscmounts, acl, list sections', async () => {
    const all = await items('shellcommands:\n "/bin/true" timeout=5\nmiscmounts:\n h:/a /b ro\n' +
      'acl:\n { a1\n method:overwrite\n user:*:rwx\n }\nimport:\n cf.main cf.site\n');
    expect(all.map(i => i.kind)).toEqual(['shell', 'mount', 'acl', 'entry', 'entry']);
    expect(all[1]).toMatchObject({ source: { raw: 'h:/a' }, destination: { raw: '/b' }, flags: [{ text: 'ro' }] });
    expect(all[2]).toMatchObject({ name: { raw: 'a1' }, entries: [{ raw: 'method:overwrite' }, { raw: 'user:*:rwx' }] });
    expect(all[4]).toMatchObject({ value: { raw: 'cf.site' } });
  });

  it('locations are 1-based and name the file', async () => {
    const [s] = (await ir('\n\nfiles:\n   /etc/passwd mode=644\n')).sections;
    expect(s.nameLoc).toMatchObject({ file: 'p.cf', line: 3, column: 1 });
    expect(s.items[0].loc).toMatchObject({ line: 4, column: 4, endLine: 4, endColumn: 24 });
  });
});

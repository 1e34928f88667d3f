/**
 * @fileoverview The import section (L9498-9533): the files it names are read after the main
 * policy and their sections appended, each item taking the import's class as well as its own
 * (so `linux:: cf.linux` applies cf.linux only on linux hosts). Imports may import; a file is read
 * once. Environment-neutral: the caller says how to read a name.
 */
import type { Diagnostic } from './diagnostics.js';
import type { PolicyParser } from './parser.js';
import type { ClassExpression, Policy } from './types.js';

/**
 * Reads an imported file by the name written in the policy: null if there is none, or throws an
 * Error saying why it cannot be read.
 */
export type ImportReader = (name: string) => { file: string; text: string } | null;

function both(a: ClassExpression | null, b: ClassExpression | null): ClassExpression | null {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'and', operands: [a, b], blank: false, loc: b.loc };
}

export function resolveImports(parser: PolicyParser, policy: Policy, read: ImportReader): { policy: Policy; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sections = [...policy.sections];
  const seen = new Set<string>();
  const queue: { name: string; when: ClassExpression | null; loc: Diagnostic['loc'] }[] = [];
  const collect = (p: Policy, outer: ClassExpression | null) => {
    for (const s of p.sections) {
      if (s.name !== 'import') continue;
      for (const item of s.items) {
        if (item.kind === 'entry') queue.push({ name: item.value.raw, when: both(outer, item.when), loc: item.value.loc });
      }
    }
  };
  collect(policy, null);
  while (queue.length) {
    const next = queue.shift()!;
    if (seen.has(next.name)) continue;
    seen.add(next.name);
    let found: { file: string; text: string } | null;
    try {
      found = read(next.name);
    } catch (e) {
      diagnostics.push({ severity: 'warning', message: `import: ${(e as Error).message}`, loc: next.loc });
      continue;
    }
    if (!found) {
      diagnostics.push({ severity: 'warning', message: `import: cannot read ${next.name}`, loc: next.loc });
      continue;
    }
    const parsed = parser.parse(found.text, found.file);
    diagnostics.push(...parsed.diagnostics);
    for (const s of parsed.policy.sections) {
      sections.push({ ...s, items: s.items.map(item => ({ ...item, when: both(next.when, item.when) })) });
    }
    collect(parsed.policy, next.when);
  }
  return { policy: { ...policy, sections }, diagnostics };
}

/**
 * @fileoverview The import section (L9498-9533): the files it names are read after the main
 * policy and their sections appended, each item taking the import's class as well as its own
 * (so `linux:: cf.linux` applies cf.linux only on linux hosts). Imports may import; a file is read
 * once. Environment-neutral: the caller says how to read a name.
 *
 * Variables in a name (`cf.$(site)`, L1999-2003) are expanded from the macros of the files read
 * before it, as L9528-9535 says ("variables from earlier files are inherited by later includes").
 * Classes are not known yet when the files are read, so only a macro defined for every host (no
 * class, or `any::`) counts; a name with any other variable is read with it left empty (D10).
 */
import type { Diagnostic } from './diagnostics.js';
import type { PolicyParser } from './parser.js';
import type { ClassExpression, Policy, Value } from './types.js';

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

/** Whether a macro defined under `when` is defined on every host. */
function everyHost(when: ClassExpression | null): boolean {
  return when === null || (when.kind === 'class' && when.name === 'any');
}

/** Longer than any file name a system takes (PATH_MAX is 4096): an expansion past it names no import. */
const MAX_NAME = 65536;

/** `text`, or null past MAX_NAME. */
function within(text: string): string | null {
  return text.length > MAX_NAME ? null : text;
}

export function resolveImports(parser: PolicyParser, policy: Policy, read: ImportReader): { policy: Policy; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const sections = [...policy.sections];
  const seen = new Set<string>();
  // null: a macro whose value grew past MAX_NAME (`a = ( $(b)$(b) )` doubling, level by level)
  const macros = new Map<string, string | null>();
  const queue: { value: Value; when: ClassExpression | null; loc: Diagnostic['loc'] }[] = [];
  const collect = (p: Policy, outer: ClassExpression | null) => {
    for (const s of p.sections) {
      for (const item of s.items) {
        if (s.name === 'control' && item.kind === 'assignment' && everyHost(item.when)) {
          const values = item.values.map(v => expand(v));
          macros.set(item.name, values.includes(null) ? null : within(values.join(' ')));
        }
        if (s.name === 'import' && item.kind === 'entry') queue.push({ value: item.value, when: both(outer, item.when), loc: item.value.loc });
      }
    }
  };
  const expand = (v: Value): string | null => {
    const parts = v.parts.map((part): string | null => (part.kind === 'text' ? part.text : macros.has(part.name) ? macros.get(part.name) as string | null : ''));
    return parts.includes(null) ? null : within(parts.join(''));
  };
  collect(policy, null);
  while (queue.length) {
    const next = queue.shift()!;
    const name = expand(next.value);
    if (name === null) {
      diagnostics.push({ severity: 'warning', message: `import: the name is longer than ${MAX_NAME} characters once expanded; not read`, loc: next.loc });
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    let found: { file: string; text: string } | null;
    try {
      found = read(name);
    } catch (e) {
      diagnostics.push({ severity: 'warning', message: `import: ${(e as Error).message}`, loc: next.loc });
      continue;
    }
    if (!found) {
      diagnostics.push({ severity: 'warning', message: `import: cannot read ${name}`, loc: next.loc });
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

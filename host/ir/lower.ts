/**
 * @fileoverview Lowers a tree-sitter syntax tree of a policy into the policy IR (types.ts).
 * Runs in Node and in the browser alike (no Node imports). Parts of the tree inside ERROR nodes
 * are skipped; syntax-errors.ts reports them.
 */
import { buildClassExpression } from './class-expression.js';
import type { Diagnostic } from './diagnostics.js';
import { locationOf } from './syntax-errors.js';
import type { SyntaxNode as Node } from './syntax-node.js';
import { childByField, childrenByField, isError } from './syntax-node.js';
import type {
  ClassExpression, EditCommand, Flag, Item, Location, Option, Policy, Section, Value, ValuePart,
} from './types.js';
import { SECTION_NAMES } from './types.js';

const KNOWN_SECTIONS = new Set<string>(SECTION_NAMES);

/** `problems` receives what the tree cannot show: malformed class selectors. */
export function lowerPolicy(root: Node, file: string, problems: Diagnostic[] = []): Policy {
  const lowering = policyLowering(file, problems);
  lowering.add(root, false);
  return lowering.policy;
}

/**
 * Lowers a policy tree by tree: the trees of consecutive pieces of one text (parser.ts). With
 * `continues`, the tree's first section is the rest of the previous tree's last section (its
 * header was made up for the parse): its items join that section, under the class selector in
 * force there, and it ends where this one ends.
 */
export function policyLowering(file: string, problems: Diagnostic[] = []): { policy: Policy; add(root: Node, continues: boolean): void } {
  const loc = (n: Node): Location => locationOf(n, file);
  const named = (n: Node): Node[] =>
    n.children.filter(c => c.named && c.type !== 'comment' && !isError(c) && !c.missing);
  const field = childByField;

  function value(n: Node): Value {
    const isString = n.type === 'string';
    const parts: ValuePart[] = [];
    for (const c of named(n)) {
      if (c.type === 'variable') {
        parts.push({ kind: 'variable', name: c.text.slice(2, -1), brace: c.text[1] === '{' });
      } else {
        const last = parts[parts.length - 1];
        if (last && last.kind === 'text') last.text += c.text;
        else parts.push({ kind: 'text', text: c.text });
      }
    }
    const raw = isString ? n.text.slice(1, n.text.length - (n.text.length > 1 ? 1 : 0)) : n.text;
    // A plain word is its one text part: one string for both (a big policy has one per item).
    if (parts.length === 1 && parts[0].kind === 'text' && parts[0].text === raw) parts[0].text = raw;
    const quote = isString ? (n.text[0] as Value['quote']) : null;
    return { raw, quote, parts, loc: loc(n) };
  }

  const options = (n: Node): Option[] => named(n).filter(c => c.type === 'option').map(o => ({
    name: field(o, 'name')?.text ?? '',
    value: field(o, 'value') ? value(field(o, 'value')!) : emptyValue(loc(o)),
    loc: loc(o),
  }));
  const flags = (n: Node): Flag[] =>
    named(n).filter(c => c.type === 'flag').map(f => ({ text: f.text, loc: loc(f) }));

  function editCommand(n: Node): EditCommand {
    const name = field(n, 'name')!;
    const args = n.type === 'replace_all'
      ? [field(n, 'pattern'), field(n, 'replacement')].filter((a): a is Node => !!a)
      : childrenByField(n, 'argument');
    return { name: name.text, nameLoc: loc(name), args: args.map(value), loc: loc(n) };
  }

  function item(n: Node, when: ClassExpression | null): Item | null {
    const base = { when, loc: loc(n) };
    switch (n.type) {
      case 'assignment': {
        const name = field(n, 'name')!;
        const list = field(n, 'value');
        return {
          kind: 'assignment', ...base, name: name.text, nameLoc: loc(name),
          values: list ? named(list).map(value) : [],
        };
      }
      case 'statement': {
        const path = field(n, 'path')!;
        const home = path.type === 'home';
        return {
          kind: 'statement', ...base, path: home ? null : value(path), home,
          options: options(n), flags: flags(n),
        };
      }
      case 'list_item':
        return { kind: 'entry', ...base, value: value(named(n)[0]) };
      case 'edit_block':
        return {
          kind: 'edit', ...base, file: value(field(n, 'file')!),
          commands: named(n).filter(c => c.type === 'edit_command' || c.type === 'replace_all')
            .map(editCommand),
        };
      case 'acl_block':
        return {
          kind: 'acl', ...base, name: value(field(n, 'name')!),
          entries: childrenByField(n, 'entry').map(value),
        };
      case 'link': {
        const arrow = field(n, 'arrow')!.text;
        return {
          kind: 'link', ...base, from: value(field(n, 'from')!), to: value(field(n, 'to')!),
          children: arrow.startsWith('+'), force: arrow.endsWith('!'), options: options(n),
        };
      }
      case 'process': {
        const restart = field(n, 'restart');
        return {
          kind: 'process', ...base, pattern: value(field(n, 'pattern')!), options: options(n),
          flags: flags(n), restart: restart ? value(restart) : null,
        };
      }
      case 'process_options':
        return { kind: 'process-options', ...base, value: value(field(n, 'value')!) };
      case 'shell_command':
        return { kind: 'shell', ...base, command: value(field(n, 'command')!), options: options(n) };
      case 'mount':
        return {
          kind: 'mount', ...base, source: value(field(n, 'source')!),
          destination: value(field(n, 'destination')!), options: options(n), flags: flags(n),
        };
      default:
        return null;
    }
  }

  const sections: Section[] = [];
  let when: ClassExpression | null = null;

  function lowerSection(s: Node, continued: boolean): void {
    const nameNode = field(s, 'name')!;
    let section: Section;
    if (continued) {
      section = sections[sections.length - 1];
      section.loc = { ...section.loc, endLine: loc(s).endLine, endColumn: loc(s).endColumn };
    } else {
      section = {
        name: nameNode.text, known: KNOWN_SECTIONS.has(nameNode.text), items: [],
        loc: loc(s), nameLoc: loc(nameNode),
      };
      sections.push(section);
      when = null;
    }
    for (const c of named(s)) {
      if (c === nameNode || c.type === 'section_name') continue;
      if (c.type === 'class_selector') {
        const condition = field(c, 'condition');
        if (!condition || condition.hasError) {
          when = null;
        } else {
          const built = buildClassExpression(condition, file);
          if (built.error) problems.push(built.error);
          when = built.expr;
        }
        continue;
      }
      if (c.hasError) continue;
      const lowered = item(c, when);
      if (lowered) section.items.push(lowered);
    }
  }

  function add(root: Node, continues: boolean): void {
    let first = true;
    for (const s of named(root)) {
      if (s.type !== 'section' || s.hasError && !field(s, 'name')) continue;
      lowerSection(s, continues && first && sections.length > 0);
      first = false;
    }
  }
  return { policy: { file, sections }, add };
}

function emptyValue(loc: Location): Value {
  return { raw: '', quote: null, parts: [], loc };
}

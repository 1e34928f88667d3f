/**
 * @fileoverview The policy IR: what a cfengine 1.x policy says, independent of its syntax tree.
 * Produced by `lower.ts` from the tree-sitter tree; consumed by the engine (serialised to it),
 * lint, fmt and the playground. This file is the one definition of the schema. Every node carries
 * the source location of the text it came from (1-based line and column).
 */

/** A span of source text. Lines and columns are 1-based; `end*` point just past the span. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One piece of a value: literal text or a variable reference `$(name)` / `${name}`. */
export type ValuePart =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; brace: boolean };

/** A word or a quoted string, with its variables kept apart from its text (L1839-1843). */
export interface Value {
  /** The value as written, without quotes, variables unexpanded. */
  raw: string;
  /** The quote character for quoted strings (L2464: all three mean the same), else null. */
  quote: '"' | "'" | '`' | null;
  parts: ValuePart[];
  loc: Location;
}

/**
 * A class expression (L1547-1640), built by class-expression.ts. AND and OR are n-ary, so a long
 * selector is a flat list; an OR of no operands is false (a selector with no class name, `|`).
 */
export type ClassExpression =
  | { kind: 'class'; name: string; loc: Location }
  | { kind: 'not'; operand: ClassExpression; loc: Location }
  /** `blank` is set when the AND has a blank operand (`a..b`, `.a`, `a.`): it is then false (D26). */
  | { kind: 'and'; operands: ClassExpression[]; blank: boolean; loc: Location }
  | { kind: 'or'; operands: ClassExpression[]; loc: Location };

/** `key=value` in files, tidy, copy, links, processes, shellcommands, … (L8876). */
export interface Option {
  /** As written; resolving abbreviations is the reader's job (it knows the section's keys). */
  name: string;
  value: Value;
  loc: Location;
}

/** A bare word after a path: an action keyword (`fixall`, L9063) or the obsolete form of L8073. */
export interface Flag {
  text: string;
  loc: Location;
}

interface ItemBase {
  /** The class selector in force for this item; null means `any` (L2198). */
  when: ClassExpression | null;
  loc: Location;
}

/** `name = ( values )` in control, groups and classes (L950-953). */
export interface Assignment extends ItemBase {
  kind: 'assignment';
  name: string;
  nameLoc: Location;
  values: Value[];
}

/** A path with options: files, tidy, copy, disable, directories, required, disks. */
export interface Statement extends ItemBase {
  kind: 'statement';
  /** null for the `home` pseudo-directory (L9075). */
  path: Value | null;
  home: boolean;
  options: Option[];
  flags: Flag[];
}

/** One bare entry of import, ignore, homeservers, binservers, mailserver, mountables, broadcast,
 * resolve, defaultroute, unmount. */
export interface ListEntry extends ItemBase {
  kind: 'entry';
  value: Value;
}

/** One editfiles command; `ReplaceAll "re" With "s"` has the two strings as its arguments. */
export interface EditCommand {
  name: string;
  nameLoc: Location;
  args: Value[];
  loc: Location;
}

/** `{ file commands… }` in editfiles (L8208). */
export interface EditBlock extends ItemBase {
  kind: 'edit';
  file: Value;
  commands: EditCommand[];
}

/** `{ alias entries… }` in acl (L5863). */
export interface AclBlock extends ItemBase {
  kind: 'acl';
  name: Value;
  entries: Value[];
}

/** `from -> to` (single), `from +> to` (children); `!` forces (L9568-9651). */
export interface Link extends ItemBase {
  kind: 'link';
  from: Value;
  to: Value;
  children: boolean;
  force: boolean;
  options: Option[];
}

/** processes (L10115): "regex" options, optionally `restart "command"` and its options. */
export interface Process extends ItemBase {
  kind: 'process';
  pattern: Value;
  options: Option[];
  flags: Flag[];
  restart: Value | null;
}

/** `SetOptionString "…"` in processes (L10129). */
export interface ProcessOptions extends ItemBase {
  kind: 'process-options';
  value: Value;
}

/** shellcommands (L10495): a quoted command and its options. */
export interface ShellCommand extends ItemBase {
  kind: 'shell';
  command: Value;
  options: Option[];
}

/** miscmounts (L10020): `host:/source /destination mode`. */
export interface Mount extends ItemBase {
  kind: 'mount';
  source: Value;
  destination: Value;
  options: Option[];
  flags: Flag[];
}

export type Item =
  | Assignment | Statement | ListEntry | EditBlock | AclBlock | Link | Process | ProcessOptions
  | ShellCommand | Mount;

/** Every section name the manual reserves (L1104-1107 and the command reference). */
export const SECTION_NAMES = [
  'acl', 'binservers', 'broadcast', 'classes', 'control', 'copy', 'defaultroute', 'directories',
  'disable', 'disks', 'editfiles', 'files', 'groups', 'homeservers', 'ignore', 'import', 'links',
  'mailserver', 'miscmounts', 'mountables', 'processes', 'required', 'resolve', 'shellcommands',
  'tidy', 'unmount',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** One `name:` header and what follows it up to the next header. Sections may repeat. */
export interface Section {
  name: string;
  /** false for a `name:` that is not one of SECTION_NAMES (a lint error, not a parse error). */
  known: boolean;
  items: Item[];
  loc: Location;
  nameLoc: Location;
}

/** A parsed policy file. */
export interface Policy {
  file: string;
  sections: Section[];
}

/**
 * @fileoverview Extracts the policy examples of the cfengine 1.4.9 manual (texinfo): the
 * `@smallexample`/`@example` blocks of the command reference (L5813-10843) and the files of the
 * chapter "Example configuration files" (L13140-14548), with texinfo markup decoded.
 */
import { readFileSync } from 'node:fs';
import { manualPath } from './shared.js';

export interface ManualExample {
  /** 1-based line of the `@smallexample` that opens the block. */
  line: number;
  /** The enclosing `@section` (a cfengine section name in the command reference). */
  section: string;
  /** The decoded text; a fragment shown without its header gets `section:` prepended. */
  text: string;
  /** True when `section:` was prepended. */
  wrapped: boolean;
}

export const COMMAND_REFERENCE = { from: 5813, to: 10843 };
export const EXAMPLE_FILES = { from: 13140, to: 14548 };

const RESERVED = new Set(['acl', 'binservers', 'broadcast', 'control', 'classes', 'copy',
  'defaultroute', 'disks', 'directories', 'disable', 'editfiles', 'files', 'groups', 'homeservers',
  'ignore', 'import', 'links', 'mailserver', 'miscmounts', 'mountables', 'processes', 'required',
  'resolve', 'shellcommands', 'tidy', 'unmount']);

/** Texinfo to plain text: `@var{x}` and friends to `x`, `@{ @} @@` to `{ } @`. */
export function decodeTexinfo(line: string): string {
  let s = line;
  for (let i = 0; i < 3; i++) {
    s = s.replace(/@(var|b|code|samp|i|emph|file|w|t|strong|kbd|dfn|r|sc|key|env|command|option)\{([^{}]*)\}/g, '$2');
  }
  return s.replace(/@dots\{\}/g, '...').replace(/@\{/g, '{').replace(/@\}/g, '}').replace(/@@/g, '@');
}

export function manualExamples(): ManualExample[] {
  const lines = readFileSync(manualPath(), 'latin1').split('\n');
  const examples: ManualExample[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^@(?:section|chapter) (\S+)/.exec(lines[i]);
    if (heading) section = heading[1];
    if (!/^@(small)?example\s*$/.test(lines[i].trim())) continue;
    const line = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && !/^@end (small)?example/.test(lines[i].trim()); i++) {
      if (/^\s*@(c |cindex|noindent|cartouche|end cartouche|vindex|findex)/.test(lines[i])) continue;
      body.push(decodeTexinfo(lines[i]));
    }
    const inRange = (r: { from: number; to: number }) => line >= r.from && line <= r.to;
    if (!inRange(COMMAND_REFERENCE) && !inRange(EXAMPLE_FILES)) continue;
    const text = body.join('\n');
    const firstCode = body.find(l => l.trim() !== '' && !l.trim().startsWith('#'));
    const hasHeader = firstCode !== undefined && /^\s*[A-Za-z]+:\s*(#.*)?$/.test(firstCode);
    const wrap = !hasHeader && RESERVED.has(section);
    examples.push({ line, section, text: wrap ? `${section}:\n${text}` : text, wrapped: wrap });
  }
  return examples;
}

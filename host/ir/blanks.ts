/**
 * @fileoverview The blanks of the policy language: the characters that separate tokens and are
 * nothing themselves. Space, tab, line feed and carriage return — no other character, ASCII or
 * Unicode (NBSP, U+2028, U+3000, a BOM, VT, FF are word characters, as in cfengine's own lexer).
 * The grammar has the same four (grammar.js `BLANK`, scanner.c `is_space`); test/grammar/
 * blanks.test.ts holds the three to each other. Anything that decides what is a blank in a policy
 * (fmt, the lexical scans of syntax-errors.ts) asks here.
 */
export const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** `s` without the blanks at its start and end (String.trim would also cut Unicode spaces). */
export function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s[a])) a++;
  while (b > a && isBlank(s[b - 1])) b--;
  return s.slice(a, b);
}

/** @fileoverview Characters someone might take for a blank: every Unicode White_Space character,
 * what JavaScript's \s adds (the BOM) and look-alikes (U+180E, U+200B). Only four are blanks in a
 * policy (host/ir/blanks.ts). */
export const BLANK_LIKE = ['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u180e',
  '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
  '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

/**
 * @fileoverview Diagnostics: the one shape in which parse, lint and run problems are reported,
 * and their text form `FILE:LINE:COL: SEVERITY: MESSAGE` (1-based, as compilers print them).
 */
import type { Location } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  loc: Location;
  /** Stable rule id for lint diagnostics (`CF…`); absent for syntax errors. */
  code?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const code = d.code ? ` [${d.code}]` : '';
  return `${d.loc.file}:${d.loc.line}:${d.loc.column}: ${d.severity}: ${d.message}${code}`;
}

export function pointLocation(file: string, line: number, column: number): Location {
  return { file, line, column, endLine: line, endColumn: column };
}

/** Orders diagnostics by position, for stable output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return collate(a.loc.file, b.loc.file) || a.loc.line - b.loc.line ||
    a.loc.column - b.loc.column || collate(a.message, b.message);
}

/**
 * localeCompare, asked only of texts that differ: the same text is equal in any collation, and
 * most comparisons are of one file's name with itself (loading the collator and calling it were a
 * share of lint's time per file).
 */
function collate(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

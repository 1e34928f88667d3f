/**
 * @fileoverview The lint rules: one table of stable ids, severities and titles (docs/lint-rules.md
 * explains each with an example). Environment-neutral.
 */
import type { Severity } from '../ir/diagnostics.js';

export interface Rule { id: string; severity: Severity; title: string }

export const RULES = {
  syntax: { id: 'CF001', severity: 'error', title: 'syntax error' },
  unknownSection: { id: 'CF002', severity: 'error', title: 'not a section of cfengine 1.x' },
  unknownCommand: { id: 'CF003', severity: 'error', title: 'unknown editfiles command' },
  version2Command: { id: 'CF004', severity: 'error', title: 'a cfengine 2 editfiles command, not 1.x' },
  badRegex: { id: 'CF005', severity: 'error', title: 'invalid regular expression' },
  unbalancedGroup: { id: 'CF006', severity: 'error', title: 'BeginGroup/EndGroup or ForEachLineIn/EndLoop do not pair' },
  noSetLine: { id: 'CF007', severity: 'warning', title: 'uses the SetLine register before anything sets it' },
  badOption: { id: 'CF008', severity: 'warning', title: 'unknown or ambiguous option' },
  badAction: { id: 'CF009', severity: 'error', title: 'not an action of the actionsequence' },
  sectionNeverRun: { id: 'CF010', severity: 'warning', title: 'a section the actionsequence never runs' },
  actionWithoutItems: { id: 'CF011', severity: 'warning', title: 'an actionsequence entry with nothing to do' },
  undefinedClass: { id: 'CF012', severity: 'warning', title: 'a class nothing can define' },
  undefinedVariable: { id: 'CF013', severity: 'warning', title: 'a variable never defined' },
  macroTwice: { id: 'CF014', severity: 'warning', title: 'a macro defined twice' },
  nonConvergent: { id: 'CF015', severity: 'warning', title: 'an edit that changes the file again on every run' },
  badEditFileSize: { id: 'CF016', severity: 'warning', title: 'EditFileSize is not a number of bytes' },
} as const satisfies Record<string, Rule>;

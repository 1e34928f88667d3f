/**
 * @fileoverview Coverage marks for the editor's gutter, from the last run's trace (docs/trace.md):
 * for each editfiles command and each item of a traced action (tidy, files, copy, …) written in
 * the policy, whether it ran and changed something, ran without a change, was skipped (and why),
 * or was never reached. A line reached several times (a loop, several files) shows the most
 * telling kind (changed, then ran, then skipped) and counts the rest in its title.
 */
import type { Change, EditEvent, ItemEvent, TraceEvent } from '../../host/api/browser.js';
import type { PolicyStructure } from './protocol.js';

export type CoverageKind = 'changed' | 'ran' | 'skipped' | 'unreached';

export interface CoverageMark { line: number; kind: CoverageKind; title: string }

/** The symbol of each kind (the marks are not told apart by colour alone) and its words. */
export const COVERAGE: Record<CoverageKind, { symbol: string; words: string }> = {
  changed: { symbol: '●', words: 'ran and changed' },
  ran: { symbol: '✓', words: 'ran, no change' },
  skipped: { symbol: '↷', words: 'skipped' },
  unreached: { symbol: '○', words: 'never reached' },
};

const RANK: Record<CoverageKind, number> = { changed: 3, ran: 2, skipped: 1, unreached: 0 };

/** Why an editfiles command or an item was skipped, in words. */
function skipWhy(reason: string | undefined, detail: string | undefined): string {
  const why = reason === 'class' ? 'its class is false'
    : reason === 'group' ? 'its group\'s condition is false (BeginGroupIf…)'
      : reason === 'aborted' ? 'the file\'s editing stopped before it (an earlier command failed or broke off)'
        : reason === 'loop' ? 'the loop did not run it'
          : reason === 'file' ? 'the file cannot be edited'
            : reason ?? 'skipped';
  return detail ? `${why}: ${detail}` : why;
}

function editOutcome(e: EditEvent): { kind: CoverageKind; note: string } {
  if (e.status === 'skipped') return { kind: 'skipped', note: `skipped: ${skipWhy(e.reason, e.detail)}` };
  const changed = Boolean(e.added?.length || e.deleted?.length || e.changed?.length);
  if (e.status === 'failed') return { kind: changed ? 'changed' : 'ran', note: `failed: ${e.reason ?? ''}`.trim() };
  const condition = e.condition === undefined ? '' : ` (group condition ${e.condition})`;
  return changed ? { kind: 'changed', note: `changed the file${condition}` } : { kind: 'ran', note: `ran, no change${condition}` };
}

function itemOutcome(e: ItemEvent, changes: Change[]): { kind: CoverageKind; note: string } {
  if (e.status === 'skipped') return { kind: 'skipped', note: `skipped: ${skipWhy(e.reason, undefined)}` };
  // A command run is a record (exec), not a change of the files.
  const made = e.changes ? changes.slice(e.changes[0], e.changes[1]).filter(c => c.op !== 'exec') : [];
  return made.length ? { kind: 'changed', note: `${made.length} change(s): ${made.slice(0, 3).map(c => `${c.op}${c.path ? ` ${c.path}` : ''}`).join(', ')}${made.length > 3 ? ', …' : ''}` }
    : { kind: 'ran', note: 'ran, no change' };
}

/**
 * The marks of the policy's lines (1-based), in line order: `file` is the policy's name in the
 * trace. `dryRun`: the run only planned, so "changed" means "would change".
 */
export function coverageMarks(trace: TraceEvent[], changes: Change[], structure: PolicyStructure, file = 'policy.cf', dryRun = false): CoverageMark[] {
  const byLine = new Map<number, { kind: CoverageKind; notes: string[] }>();
  const note = (line: number, kind: CoverageKind, text: string) => {
    const m = byLine.get(line) ?? { kind, notes: [] };
    if (RANK[kind] > RANK[m.kind]) m.kind = kind;
    m.notes.push(text);
    byLine.set(line, m);
  };
  for (const e of trace) {
    if (e.event === 'edit' && e.at?.file === file) {
      const o = editOutcome(e);
      const where = `${e.command} on ${e.file}${e.iteration ? ` (loop ${e.iteration.n})` : ''}`;
      note(e.at.line, o.kind, `${where}: ${o.note}`);
    } else if (e.event === 'item' && e.at.file === file) {
      const o = itemOutcome(e, changes);
      note(e.at.line, o.kind, `${e.action}: ${o.note}`);
    }
  }
  // What the policy holds that the trace never mentions: its action did not run (not in the
  // actionsequence, or the run ended before it).
  const written = [...structure.commands.map(c => ({ line: c.loc.line, what: c.name })), ...structure.items.map(i => ({ line: i.line, what: `${i.action} item` }))];
  for (const w of written) if (!byLine.has(w.line)) byLine.set(w.line, { kind: 'unreached', notes: [`${w.what}: never reached (its action did not run: not in the actionsequence, or the run ended first)`] });
  return [...byLine].sort(([a], [b]) => a - b).map(([line, m]) => {
    const words = dryRun && m.kind === 'changed' ? 'ran and would change (plan)' : COVERAGE[m.kind].words;
    const notes = m.notes.length > 6 ? [...m.notes.slice(0, 6), `… and ${m.notes.length - 6} more`] : m.notes;
    return { line, kind: m.kind, title: `Line ${line}: ${words}\n${notes.join('\n')}` };
  });
}
